/**
 * The plain runs of a program (`heapstack FILE`, `-c CODE`, `-m MODULE`, stdin, `heapstack run
 * FILE`): the main thread reads the source and hands it to the interpreter's worker thread.
 * Kept apart from the other commands so that the start-up fast path (src/cli/launch.ts) loads
 * only this and the thread launcher, never the interpreter or the command-line parser.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import type { InterpreterFlags } from "../modules/interpreter_flags.js";
import { runMainOnThread } from "../vm/thread.js";
import { CliError } from "./cli_error.js";
import { replProgram } from "./repl.js";
import { readSourceBytes, readStdinBytes } from "./source.js";

/** A Python program to run, however it was given on the command line. */
export interface Program {
  /** Raw bytes for files and stdin (decoded like CPython: BOM, coding cookie); text for -c. */
  source: Uint8Array | string;
  /** The name python3 gives the code object: absolute script path, "<string>" or "<stdin>". */
  filename: string;
  /** What the program will see as sys.argv. */
  argv: string[];
  /** `-m MODULE`: run this module as __main__ instead of `source`. */
  module?: string;
  /** A directory run as a script: sys.path[0], where `module` ("__main__") is found. */
  mainPath?: string;
}

/**
 * python3's options given on the command line (`-X dev`, `-I`, ...) and the command line itself
 * (sys.orig_argv): they come before the program and apply to whichever run it starts.
 */
let commandLineFlags: InterpreterFlags | undefined;

export function setCommandLineFlags(flags: InterpreterFlags): void {
  commandLineFlags = flags;
}

export function getCommandLineFlags(): InterpreterFlags | undefined {
  return commandLineFlags;
}

/**
 * Runs a program: the VM runs it as `__main__` on a thread with a large stack (src/vm/thread.ts),
 * printing an uncaught exception (a SyntaxError included) exactly as python3 does. The exit
 * status is set on the process when that thread ends; the value returned here is only a
 * placeholder until then.
 */
export function runProgram(program: Program, limits: RunLimits = {}): number {
  runMainOnThread(
    {
      source: program.source,
      filename: program.filename,
      argv: program.argv,
      module: program.module,
      mainPath: program.mainPath,
      flags: commandLineFlags,
    },
    (status) => {
      process.exitCode = status;
    },
    {
      maxSteps: limits.maxSteps === 0 ? undefined : limits.maxSteps,
      timeoutMs: limits.timeout === undefined ? undefined : limits.timeout * 1000,
      maxMemory: limits.maxMemory,
    },
  );
  return 0;
}

/**
 * Budgets of a plain run (src/vm/budget.ts): a stopped program's output so far is kept, one
 * line `heapstack: stopped: ...` goes to stderr and the exit status is 124.
 */
export interface RunLimits {
  /** Calls plus loop iterations. */
  maxSteps?: number;
  /** Seconds of wall time. */
  timeout?: number;
  /** Bytes of modelled heap beyond the runtime's own objects. */
  maxMemory?: number;
}

/** `heapstack FILE args...` / `heapstack run FILE args...` (`-` means stdin). */
export function runFile(file: string, args: string[], limits: RunLimits = {}): number {
  if (file === "-") return runStdin(args, ["-"], limits);
  const program = fileProgram(file, args);
  return runProgram(program, limits);
}

/**
 * What `heapstack FILE args...` runs, for every command that takes a script (plain runs, `run
 * --report`, `trace`). A directory runs as python3 DIR does: its __main__.py as the module
 * __main__, found on sys.path[0] (the directory); the source is that file's, for a trace's listing.
 */
export function fileProgram(file: string, args: string[]): Program {
  const filename = scriptPath(file);
  if (isDirectory(file)) {
    const main = join(file, "__main__.py");
    if (!existsSync(main)) throw new CliError(`heapstack: can't find '__main__' module in '${filename}'`, 1);
    const source = readSourceBytes(main, (reason) => `heapstack: can't open file '${filename}': ${reason}`);
    return {
      source,
      filename: `${filename.replace(/\/+$/, "")}/__main__.py`,
      argv: [file, ...args],
      module: "__main__",
      mainPath: filename,
    };
  }
  const source = readSourceBytes(file, (reason) => `heapstack: can't open file '${filename}': ${reason}`);
  return { source, filename, argv: [file, ...args] };
}

/** `heapstack -c CODE args...`: sys.argv[0] is "-c", as in python3. */
export function runCode(code: string, args: string[], limits: RunLimits = {}): number {
  return runProgram(codeProgram(code, args), limits);
}

/** What `-c CODE args...` runs: sys.argv[0] is "-c", the code object's file "<string>". */
export function codeProgram(code: string, args: string[]): Program {
  return { source: code, filename: "<string>", argv: ["-c", ...args] };
}

/** `heapstack -m MODULE args...`: sys.argv[0] is "-m" until runpy sets it to the module's file. */
export function runModule(module: string, args: string[], limits: RunLimits = {}): number {
  return runProgram(moduleProgram(module, args), limits);
}

/** What `-m MODULE args...` runs: the module as __main__, sys.path[0] the working directory. */
export function moduleProgram(module: string, args: string[]): Program {
  return { source: "", filename: "<module>", argv: ["-m", ...args], module };
}

/** A program piped on standard input. */
export function runStdin(args: string[], argv0: string[] = [""], limits: RunLimits = {}): number {
  // As python3: a terminal gets the interactive prompt, with its banner
  if (stdinIsTerminal()) return runProgram(replProgram([...argv0, ...args]), limits);
  return runProgram({ source: readStdinBytes(), filename: "<stdin>", argv: [...argv0, ...args] }, limits);
}

/**
 * Whether descriptor 0 is a terminal. node:tty is loaded here only, when a program comes on
 * stdin: it brings node:net and the streams, about 7 ms of CPU that a run of a file or of -c
 * would pay on the main thread for nothing.
 */
function stdinIsTerminal(): boolean {
  return process.getBuiltinModule("node:tty").isatty(0);
}

/**
 * The script name python3 3.11 reports: since 3.9 a relative path is made absolute by plain
 * concatenation with the working directory (Python/fileutils.c `_Py_abspath`), without
 * normalising "./" or "../", so `python3 ./x.py` reports "/cwd/./x.py".
 */
export function scriptPath(file: string): string {
  return isAbsolute(file) ? file : `${process.cwd()}/${file}`;
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
