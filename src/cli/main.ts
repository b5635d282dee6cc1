// The `heapstack` command. Each subcommand lives in its own file; this one only wires
// commander to them and turns failures into python3-style exit statuses.
import { dirname } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { defaultInterpreterFlags } from "../modules/interpreter_flags.js";
import type { ParseMode } from "../parser/index.js";
import { AST_MODES, astCommand } from "./ast_command.js";
import { CliError, reportInternalError } from "./cli_error.js";
import { EXIT_USAGE_OR_INTERNAL } from "./exit_codes.js";
import { isDirectory, setCommandLineFlags } from "./plain_run.js";
import { isPythonOption, parsePythonOptions, usageError } from "./python_options.js";
import { replProgram } from "./repl.js";
import {
  type ReportOptions,
  runCode,
  runCodeWithReport,
  runFile,
  runFileWithReport,
  runModule,
  runModuleWithReport,
  runProgram,
  runStdin,
  scriptPath,
} from "./run.js";
import { readSourceBytes } from "./source.js";
import {
  DEFAULT_MAX_TRACE_BYTES,
  DEFAULT_TRACE_MAX_STEPS,
  parseBytes,
  parseCount,
  parseSeconds,
  parseTraceEvents,
  TRACE_FORMATS,
  type TraceCommandOptions,
  traceCommand,
} from "./trace_command.js";
import { type ViewOptions, viewCommand } from "./view_command.js";

interface RunCommandOptions extends ReportOptions {
  report?: boolean;
  c?: string;
  m?: string;
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("heapstack")
    .description("A Python 3.11 implementation whose stack and heap you can see.")
    .usage("[options] [-c CODE | -m MODULE | FILE | -] [ARGS...]\n       heapstack <command> [options]")
    // Like python3: everything after the script name (or -c CODE) belongs to the program.
    .enablePositionalOptions()
    .passThroughOptions()
    .exitOverride()
    .option("-c <code>", "program passed in as a string (like python3 -c)")
    .option("-m <module>", "run library module as a script (like python3 -m; terminates option list)")
    .option("-i", "the interactive prompt even when stdin is no terminal (like python3 -i)")
    .argument("[file]", "program read from a script file; '-' or nothing reads stdin")
    .argument("[args...]", "arguments for the program's sys.argv[1:]")
    .action((file: string | undefined, args: string[], options: { c?: string; m?: string; i?: boolean }) => {
      if (options.i) setExitCode(runInteractive(file, args, options));
      else if (options.m !== undefined) {
        setExitCode(runModule(options.m, file === undefined ? args : [file, ...args]));
      } else if (options.c !== undefined) {
        setExitCode(runCode(options.c, file === undefined ? args : [file, ...args]));
      } else if (file === undefined) {
        setExitCode(runStdin(args));
      } else {
        setExitCode(runFile(file, args));
      }
    });

  program
    .command("run")
    .description("run a Python program; --report adds a memory report on stderr after its output")
    .usage("[options] [-c CODE | -m MODULE | FILE | -] [ARGS...]")
    .passThroughOptions()
    .argument("[file]", "script file; '-' or nothing reads stdin")
    .argument("[args...]", "arguments for the program's sys.argv[1:]")
    .option("-c <code>", "program passed in as a string (like python3 -c; terminates option list)")
    .option("-m <module>", "run library module as a script (like python3 -m; terminates option list)")
    .option(
      "--report",
      "record the run and print a memory report (peak, allocation sites, stack, collections, cycles, leaks)",
    )
    .addOption(
      new Option("--report-format <format>", "report as text or json")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--report-file <file>", "write the report to FILE ('-' for stdout) instead of stderr")
    .option(
      "--max-steps <n>",
      "stop after N steps: calls plus loop iterations (with --report: recorded line/call/return events)",
      parseCount,
    )
    .option("--timeout <seconds>", "stop after this many seconds of wall time", parseSeconds)
    .option(
      "--max-memory <bytes>",
      "stop when the program's modelled heap grows past this (64M, 1G...)",
      parseBytes,
    )
    .addHelpText(
      "after",
      "\nA program stopped by --max-steps, --timeout or --max-memory keeps the output it wrote;\n" +
        "heapstack prints 'heapstack: stopped: <why>' on stderr and exits with status 124.",
    )
    .action((file: string | undefined, args: string[], options: RunCommandOptions) => {
      // As at the top level: after -c CODE / -m MODULE every word is the program's.
      const rest = file === undefined ? args : [file, ...args];
      if (options.report) {
        if (options.m !== undefined) runModuleWithReport(options.m, rest, options, setExitCode);
        else if (options.c !== undefined) runCodeWithReport(options.c, rest, options, setExitCode);
        else runFileWithReport(file ?? "-", args, options, setExitCode);
        return;
      }
      const limits = { maxSteps: options.maxSteps, timeout: options.timeout, maxMemory: options.maxMemory };
      if (options.m !== undefined) setExitCode(runModule(options.m, rest, limits));
      else if (options.c !== undefined) setExitCode(runCode(options.c, rest, limits));
      else setExitCode(file === undefined ? runStdin(args, [""], limits) : runFile(file, args, limits));
    });

  program
    .command("trace")
    .description("run a program and write its trace: every step's frames, objects and memory")
    .argument("<file>", "script file")
    .argument("[args...]", "arguments for the program's sys.argv[1:] (after --)")
    .option("-o, --output <file>", "write the trace to FILE (default: stdout)")
    .addOption(
      new Option(
        "--format <format>",
        "json (heapstack's schema), pytutor (Python Tutor's), heapsnapshot (Chrome DevTools)",
      )
        .choices(TRACE_FORMATS)
        .default("json"),
    )
    .option(
      "--at-step <n>",
      "only this step (json: with every live object; heapsnapshot: default the last step)",
      parseCount,
    )
    .addOption(
      new Option(
        "--heap <which>",
        "objects per step in json: reachable from the frames, or all live",
      ).choices(["reachable", "all"]),
    )
    .option(
      "--max-steps <n>",
      `stop after N steps (default ${DEFAULT_TRACE_MAX_STEPS}; 0: no limit)`,
      parseCount,
    )
    .option("--timeout <seconds>", "stop after this many seconds", parseSeconds)
    .option("--max-memory <bytes>", "stop when the program's heap grows past this (64M, 1G...)", parseBytes)
    .option(
      "--max-trace-bytes <bytes>",
      `stop adding steps when the written json/pytutor trace reaches this (default ${DEFAULT_MAX_TRACE_BYTES / 1024 ** 2}M; 0: no limit)`,
      parseBytes,
    )
    .option("--events <list>", "optional events each json step lists: refcount", parseTraceEvents)
    .option(
      "--html <file>",
      "write one self-contained HTML page that shows the run, no server needed (default --max-steps 10000)",
    )
    .action((file: string, args: string[], options: TraceCommandOptions) => {
      traceCommand(file, args, options, setExitCode);
    });

  program
    .command("view")
    .description("open FILE's run in the web app, served on 127.0.0.1 (needs `npm run build:web`)")
    .argument("<file>", "script file")
    .option("--port <n>", "port to listen on (0: any free port)", parseCount, 8765)
    .option("--no-open", "only print the URL; don't start a browser")
    .action((file: string, options: ViewOptions) => viewCommand(file, options));

  program
    .command("ast")
    .description("print the abstract syntax tree of a file, exactly like `python3 -m ast`")
    .argument("[file]", "the file to parse; '-' or nothing reads stdin")
    .addOption(
      new Option("-m, --mode <mode>", "what kind of code must be parsed").choices(AST_MODES).default("exec"),
    )
    .option("--no-type-comments", "don't add information about type comments")
    .option("-a, --include-attributes", "include attributes such as line numbers and column offsets", false)
    .option("-i, --indent <n>", "indentation of nodes (number of spaces)", parsePythonInt, 3)
    .action(
      (
        file: string | undefined,
        options: { mode: ParseMode; typeComments: boolean; includeAttributes: boolean; indent: number },
      ) => {
        setExitCode(astCommand(file, options));
      },
    );

  return program;
}

/** `heapstack -i [-c CODE | FILE | -] [ARGS...]`: the program if any, then the prompt (python3 -i). */
function runInteractive(
  file: string | undefined,
  args: string[],
  options: { c?: string; m?: string },
): number {
  if (options.m !== undefined) {
    const argv = ["-m", ...(file === undefined ? args : [file, ...args])];
    return runProgram(replProgram(argv, { filename: "<module>", code: options.m, path0: process.cwd() }));
  }
  if (options.c !== undefined) {
    const argv = ["-c", ...(file === undefined ? args : [file, ...args])];
    return runProgram(replProgram(argv, { filename: "<string>", code: options.c, path0: "" }));
  }
  if (file === undefined || file === "-") return runProgram(replProgram([file ?? "", ...args]));
  const filename = scriptPath(file);
  if (isDirectory(file)) {
    // python3 -i DIR: DIR/__main__.py as `python3 DIR` runs it, found on sys.path[0] = DIR
    return runProgram(replProgram([file, ...args], { filename: "<dir>", code: "__main__", path0: filename }));
  }
  try {
    readSourceBytes(file, (reason) => `heapstack: can't open file '${filename}': ${reason}`);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // python3 -i says so and gives the prompt anyway
    process.stderr.write(`${error.message}\n`);
    return runProgram(replProgram([file, ...args], undefined, false));
  }
  return runProgram(replProgram([file, ...args], { filename, path0: dirname(filename) }));
}

/** Accepts what Python's int() accepts for a decimal literal: "3", " -1 ", "1_0". */
function parsePythonInt(value: string): number {
  if (!/^\s*[+-]?\d+(?:_\d+)*\s*$/.test(value))
    throw new InvalidArgumentError(`invalid int value: '${value}'`);
  return Number.parseInt(value.replaceAll("_", ""), 10);
}

function main(argv: string[]): void {
  // `heapstack ast big.py | head` closes the pipe early; that is not an error worth a trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    reportInternalError(error);
  });

  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    const commandLine = takePythonOptions(argv);
    if (commandLine === null) return;
    program.parse(endOptionsAfterCodeOrModule(commandLine), { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help text).
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE_OR_INTERNAL;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    reportInternalError(error);
    return;
  }
  // Setting exitCode (instead of calling process.exit) lets pending stdout writes finish.
  process.exitCode = exitCode;
}

/**
 * Takes python3's own options (`-X dev`, `-W error`, `-I`, `-OO`, ...) out of the command line,
 * for the run it starts: in front of the program (`heapstack -X dev FILE`) or among `run`'s
 * options (`heapstack run --report -I FILE`). Returns what commander reads, or null when
 * nothing is to run (-V printed the version).
 */
function takePythonOptions(argv: string[]): string[] | null {
  const inRun = argv[0] === "run";
  const start = inRun ? 1 : 0;
  const kept: string[] = argv.slice(0, start);
  const flags = defaultInterpreterFlags();
  const pythonWords: string[] = [];
  let i = start;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (inRun && RUN_OPTIONS_WITH_VALUE.has(arg)) {
      kept.push(arg, ...argv.slice(i + 1, i + 2));
      i += 2;
    } else if (inRun && arg.startsWith("--") && arg !== "--" && !isPythonOption(arg)) {
      kept.push(arg);
      i++;
    } else if (isPythonOption(arg)) {
      const parsed = parsePythonOptions(argv.slice(i), flags);
      if (parsed.version !== undefined) {
        process.stdout.write(`${parsed.version}\n`);
        return null;
      }
      pythonWords.push(...parsed.words);
      // a group such as -Ic, split before its -c: sys.orig_argv has the word as given
      if (parsed.splitWord) return finish(parsed.rest, parsed.rest.slice(1));
      i = argv.length - parsed.rest.length;
    } else if ((arg === "-c" || arg === "-m") && i === argv.length - 1) {
      throw usageError(`Argument expected for the ${arg} option`);
    } else if (/^-[^-]/.test(arg) && !"cmh".includes(arg[1]!)) {
      throw usageError(`Unknown option: ${arg.slice(0, 2)}`);
    } else if (!inRun && arg.startsWith("--") && arg !== "--" && arg !== "--help") {
      // python3's long options are --version and --check-hash-based-pycs, taken above
      throw usageError(`unknown option ${arg}`);
    } else {
      break;
    }
  }
  return finish(argv.slice(i));

  function finish(program: string[], origProgram = program): string[] {
    flags.origArgv = ["python3", ...pythonWords, ...origProgram];
    setCommandLineFlags(flags);
    // -i is commander's too: the interactive prompt after the program
    // (`run` has no prompt to give: under it -i only sets sys.flags.inspect)
    return [...kept, ...(flags.inspect && !inRun ? ["-i"] : []), ...program];
  }
}

/**
 * As in python3, `-c CODE` and `-m MODULE` end heapstack's own options: what follows belongs to
 * the program (`heapstack -m json.tool --sort-keys`, `heapstack run --report -c CODE -x`).
 * Commander is told so with a `--`.
 */
function endOptionsAfterCodeOrModule(argv: string[]): string[] {
  let inRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-c" || arg === "-m") {
      // Without its value the option is a usage error, which commander reports.
      return i + 1 < argv.length ? [...argv.slice(0, i + 2), "--", ...argv.slice(i + 2)] : argv;
    }
    if (/^-[cm]./.test(arg)) return [...argv.slice(0, i + 1), "--", ...argv.slice(i + 1)];
    // `run` takes -c/-m among its own options, which may come first.
    if (arg === "run" && !inRun) {
      inRun = true;
      continue;
    }
    if (inRun && RUN_OPTIONS_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    // Only heapstack's options come before -c/-m; a command or a script name ends the search.
    if (!arg.startsWith("-") || arg === "-" || arg === "--") return argv;
  }
  return argv;
}

/** `run`'s options whose value is the next word. */
const RUN_OPTIONS_WITH_VALUE = new Set([
  "--report-format",
  "--report-file",
  "--max-steps",
  "--timeout",
  "--max-memory",
]);

// Anything thrown asynchronously (a stream error, say) still ends as one line, not a stack dump.
process.on("uncaughtException", (error) => {
  reportInternalError(error);
  process.exit(EXIT_USAGE_OR_INTERNAL);
});

main(process.argv.slice(2));
