import { codeProgram, fileProgram, moduleProgram, type Program } from "./plain_run.js";
import { recordOnThread } from "./record_worker.js";
import { checkOutputPath, readStdinBytes } from "./source.js";

export {
  codeProgram,
  fileProgram,
  moduleProgram,
  type Program,
  type RunLimits,
  runCode,
  runFile,
  runModule,
  runProgram,
  runStdin,
  scriptPath,
} from "./plain_run.js";

/** What `heapstack run --report` asks for. */
export interface ReportOptions {
  reportFormat: "text" | "json";
  /** Where the report goes: a file, "-" for stdout; stderr when unset. */
  reportFile?: string;
  maxSteps?: number;
  timeout?: number;
  maxMemory?: number;
}

/**
 * `heapstack run --report FILE args...`: the program runs with the recorder attached; its output
 * is exactly what it writes (stdout stays python3's), and the report follows on stderr (or
 * --report-file). The exit status is the program's.
 */
export function runFileWithReport(
  file: string,
  args: string[],
  options: ReportOptions,
  setExitCode: (code: number) => void,
): void {
  const program =
    file === "-"
      ? { source: readStdinBytes(), filename: "<stdin>", argv: ["-", ...args] }
      : fileProgram(file, args);
  runWithReport(program, options, setExitCode);
}

/** `heapstack run --report -c CODE args...` */
export function runCodeWithReport(
  code: string,
  args: string[],
  options: ReportOptions,
  setExitCode: (code: number) => void,
): void {
  runWithReport(codeProgram(code, args), options, setExitCode);
}

/** `heapstack run --report -m MODULE args...` */
export function runModuleWithReport(
  module: string,
  args: string[],
  options: ReportOptions,
  setExitCode: (code: number) => void,
): void {
  runWithReport(moduleProgram(module, args), options, setExitCode);
}

function runWithReport(program: Program, options: ReportOptions, setExitCode: (code: number) => void): void {
  if (options.reportFile !== undefined) checkOutputPath(options.reportFile, "heapstack run");
  recordOnThread(
    {
      heapstackRecord: true,
      mode: "report",
      source: program.source,
      filename: program.filename,
      argv: program.argv,
      module: program.module,
      mainPath: program.mainPath,
      maxSteps: options.maxSteps,
      timeout: options.timeout,
      maxMemory: options.maxMemory,
      reportFormat: options.reportFormat,
      reportFile: options.reportFile,
    },
    setExitCode,
  );
}
