/** Process exit statuses of the `heapstack` command. */

/** The program raised an uncaught exception (python3 exits 1 too, e.g. on a SyntaxError). */
export const EXIT_PYTHON_ERROR = 1;

/**
 * Bad command-line usage, an unreadable input file, or an internal error of heapstack itself
 * (python3 also exits 2 when it cannot open the script).
 */
export const EXIT_USAGE_OR_INTERNAL = 2;
