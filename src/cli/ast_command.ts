import { dump, type ParseMode, PySyntaxError, parse } from "../parser/index.js";
import { EXIT_PYTHON_ERROR } from "./exit_codes.js";
import { formatSyntaxError } from "./format_syntax_error.js";
import { readSourceBytes, readStdinBytes } from "./source.js";

/** The options of `python3 -m ast` (Lib/ast.py main()), with the same defaults. */
export interface AstCommandOptions {
  mode: ParseMode;
  /** `--no-type-comments` turns this off; python3 -m ast defaults it to on. */
  typeComments: boolean;
  includeAttributes: boolean;
  indent: number;
}

export const AST_MODES: readonly ParseMode[] = ["exec", "single", "eval", "func_type"];

/**
 * `heapstack ast [FILE]`: prints what `python3 -m ast [FILE]` prints. The input is read as
 * bytes so that coding cookies and BOMs are honoured exactly as CPython's compile() does.
 * Returns the process exit status.
 */
export function astCommand(file: string | undefined, options: AstCommandOptions): number {
  const fromStdin = file === undefined || file === "-";
  // argparse.FileType names stdin "<stdin>" and a file by the path as given.
  const filename = fromStdin ? "<stdin>" : file;
  const source = fromStdin
    ? readStdinBytes()
    : readSourceBytes(file, (reason) => `heapstack ast: error: can't open '${file}': ${reason}: '${file}'`);

  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(source, options.mode, { typeComments: options.typeComments, filename, exactStrings: true });
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    process.stderr.write(formatSyntaxError(error));
    return EXIT_PYTHON_ERROR;
  }
  // ast.dump's indent is `' ' * indent`, so a negative indent means the same as 0.
  const indent = Math.max(0, options.indent);
  process.stdout.write(dump(tree, { includeAttributes: options.includeAttributes, indent }) + "\n");
  return 0;
}
