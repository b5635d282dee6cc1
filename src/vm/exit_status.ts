/** Exit status of a run stopped by a budget (like the `timeout` command's). */
export const STATUS_BUDGET_EXCEEDED = 124;

/**
 * Thrown by os._exit(n): the process ends at once, as C's _exit does — no finally blocks,
 * atexit handlers, buffered output or thread joins. Not a Python exception, so no handler sees it.
 */
export class ProcessExit {
  constructor(readonly status: number) {}
}
