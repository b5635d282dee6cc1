/**
 * The fast start of `heapstack`: a plain run (`-c CODE`, `-m MODULE`, `FILE`, `run FILE`, a
 * program on stdin) only needs its source read and the interpreter's worker thread started, so
 * dist/cli.js tries this small bundle first and loads the full command line (commander and every
 * subcommand, dist/cli-main.cjs: about 20 ms of CPU) only for anything else. The shapes accepted
 * here are exactly those main.ts would hand to the same functions; any other argument list
 * (options, subcommands, help, a missing value) is left to main.ts.
 */

import { defaultInterpreterFlags } from "../modules/interpreter_flags.js";
import { CliError, reportInternalError } from "./cli_error.js";
import { EXIT_USAGE_OR_INTERNAL } from "./exit_codes.js";
import { runCode, runFile, runModule, runStdin, setCommandLineFlags } from "./plain_run.js";

/** Names main.ts's parser takes for subcommands rather than for a script. */
const COMMANDS = new Set(["run", "trace", "view", "ast", "help"]);

/** Is `arg` a value main.ts would take as it is (no option, no "-" for stdin)? */
function plain(arg: string | undefined): arg is string {
  return arg !== undefined && !arg.startsWith("-");
}

/** The run main.ts would start for `argv`, or null when main.ts must parse it. */
function plainRun(argv: string[]): (() => number) | null {
  const [first, second] = argv;
  if (first === undefined) return () => runStdin([]);
  if ((first === "-c" || first === "-m") && plain(second)) {
    const rest = argv.slice(2);
    return first === "-c" ? () => runCode(second, rest) : () => runModule(second, rest);
  }
  if (plain(first) && !COMMANDS.has(first)) return () => runFile(first, argv.slice(1));
  if (first === "run" && plain(second)) return () => runFile(second, argv.slice(2));
  if (first === "run" && (second === "-c" || second === "-m") && plain(argv[2]))
    return plainRun(argv.slice(1));
  return null;
}

/** Starts the plain run `argv` asks for and returns true, or returns false when it is no plain run. */
export function launch(argv: string[]): boolean {
  const start = plainRun(argv);
  if (start === null) return false;
  // sys.orig_argv: the command line as python3 would have been given it
  setCommandLineFlags({
    ...defaultInterpreterFlags(),
    origArgv: ["python3", ...argv.slice(argv[0] === "run" ? 1 : 0)],
  });
  process.on("uncaughtException", (error) => {
    reportInternalError(error);
    process.exit(EXIT_USAGE_OR_INTERNAL);
  });
  try {
    start();
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      reportInternalError(error);
    }
  }
  return true;
}
