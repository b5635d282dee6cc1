/**
 * The components under fuzzing, driven in-process through the library entry points, and the
 * invariant each input must keep: it ends normally or with a Python exception (a SyntaxError
 * for the parser and compiler) printed as CPython prints it — never a JavaScript exception, an
 * internal error text, a crash or a hang past the limits.
 */
import { spawnSync } from "node:child_process";
import { compileSource } from "../src/modules/builtins/code.js";
import { isPyException } from "../src/objects/exceptions.js";
import { Py_DECREF } from "../src/objects/object.js";
import { PySyntaxError, parse } from "../src/parser/index.js";
import { bootstrap, runMain } from "../src/vm/interpreter.js";

export type Component = "parser" | "compiler" | "vm" | "cli";

/** A broken invariant: what happened, in one line, with details. */
export interface Violation {
  kind: "js-exception" | "internal-error-text" | "bad-status" | "lost-output" | "hang" | "crash" | "mismatch";
  message: string;
}

/**
 * Text that only a JavaScript failure produces (CPython never prints these): TypeError messages
 * of V8, internal error reports, source positions of our .ts/.js files, stack frames.
 */
const JS_FAILURE_RE =
  /Cannot read propert|Cannot set propert|is not a function|is not iterable \(cannot|is not a constructor|Invalid array length|Invalid string length|Maximum call stack size|Cannot convert a BigInt|Cannot mix BigInt|Cannot convert undefined|Cannot convert null|BigInt division by zero|Division by zero|Invalid typed array length|Array buffer allocation failed|internal error|undefined is not|null is not|\bundefined\b|\[object Object\]|\.ts:\d+|\.js:\d+|at [\w.<>]+ \(|ReferenceError: [\w$]+ is not defined|unknown opcode/;

export function looksLikeJsFailure(text: string): string | null {
  const m = JS_FAILURE_RE.exec(text);
  if (m === null) return null;
  const start = text.lastIndexOf("\n", m.index) + 1;
  const end = text.indexOf("\n", m.index);
  return text.slice(start, end < 0 ? undefined : end);
}

function describe(e: unknown): string {
  if (e instanceof Error)
    return `${e.name}: ${e.message.split("\n")[0]} ${(e.stack ?? "").split("\n").slice(1, 4).join(" | ")}`;
  return `non-Error thrown: ${String(e)}`;
}

export function fuzzParser(source: string): Violation | null {
  try {
    parse(source, "exec", { filename: "<fuzz>", fileInput: true });
    return null;
  } catch (e) {
    // ast.parse of a str with lone surrogates raises UnicodeEncodeError in CPython too.
    if (e instanceof Error && e.name === "UnicodeEncodeError" && /surrogates not allowed$/.test(e.message))
      return null;
    if (e instanceof PySyntaxError) {
      const bad = looksLikeJsFailure(e.msg);
      return bad === null ? null : { kind: "internal-error-text", message: `SyntaxError message: ${bad}` };
    }
    return { kind: "js-exception", message: describe(e) };
  }
}

export function fuzzCompiler(source: string): Violation | null {
  bootstrap();
  try {
    const code = compileSource(source, "<fuzz>", "exec", 0, 0, true);
    Py_DECREF(code);
    return null;
  } catch (e) {
    if (isPyException(e)) {
      Py_DECREF(e);
      return null;
    }
    return { kind: "js-exception", message: describe(e) };
  }
}

/** Limits of one in-process VM run. */
export const VM_LIMITS = { maxSteps: 20_000, timeoutMs: 3_000, maxMemory: 256 * 1024 * 1024 };

export interface VmOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

export function runInProcess(source: string, filename = "<fuzz>"): VmOutcome | Violation {
  let stdout = "";
  let stderr = "";
  let status: number;
  try {
    status = runMain({
      source,
      filename,
      argv: [filename],
      stdin: "",
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      budget: VM_LIMITS,
    });
  } catch (e) {
    return { kind: "js-exception", message: describe(e) };
  }
  return { status, stdout, stderr };
}

function isViolation(o: VmOutcome | Violation): o is Violation {
  return (o as Violation).kind !== undefined;
}

function checkOutcome(o: VmOutcome): Violation | null {
  const bad = looksLikeJsFailure(o.stderr);
  if (bad !== null) return { kind: "internal-error-text", message: bad };
  if (!Number.isInteger(o.status) || o.status < 0 || o.status > 255)
    return { kind: "bad-status", message: `exit status ${o.status}` };
  if (o.status === 2 && /heapstack/.test(o.stderr)) return { kind: "internal-error-text", message: o.stderr };
  return null;
}

export function fuzzVm(source: string): Violation | null {
  const o = runInProcess(source);
  if (isViolation(o)) return o;
  return checkOutcome(o);
}

/** Programs whose output may legitimately differ between two runs. */
const NONDETERMINISTIC_RE =
  /\b(time|random|id|hash|datetime|perf_counter|monotonic|getrefcount|gc|sys\.argv|__file__|stdin|environ|getpid|tracemalloc|getsizeof|getallocatedblocks|uuid)\b/;

/**
 * The same program through the real CLI in a subprocess: the same invariant, plus its stdout
 * and stderr must be what the in-process run wrote (nothing lost on the way out of the worker).
 */
export function fuzzCli(source: string, cli: string, dir: string): Violation | null {
  const r = spawnSync(
    process.execPath,
    [cli, "run", "--max-steps", String(VM_LIMITS.maxSteps), "--timeout", "10", "-"],
    {
      input: source,
      encoding: "utf8",
      cwd: dir,
      timeout: 30_000,
      env: { ...process.env, PYTHONHASHSEED: "0" },
    },
  );
  if (r.error !== undefined) return { kind: "hang", message: `CLI: ${r.error.message}` };
  if (r.signal !== null) return { kind: "crash", message: `CLI killed by ${r.signal}` };
  const cliOutcome = { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  const v = checkOutcome(cliOutcome);
  if (v !== null) return { ...v, message: `CLI: ${v.message}` };
  if (NONDETERMINISTIC_RE.test(source)) return null;
  const inProcess = runInProcess(source);
  if (isViolation(inProcess)) return inProcess;
  if (cliOutcome.status === 124 || inProcess.status === 124) return null;
  if (inProcess.stdout !== cliOutcome.stdout)
    return {
      kind: "lost-output",
      message: `CLI stdout ${JSON.stringify(cliOutcome.stdout.slice(0, 200))} != in-process ${JSON.stringify(inProcess.stdout.slice(0, 200))}`,
    };
  return null;
}
