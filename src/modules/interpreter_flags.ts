/**
 * The interpreter's command-line settings (CPython's PyConfig as python3's options set it:
 * `-X dev`, `-W error`, `-O`, `-I`, ...), which sys.flags, sys.warnoptions, sys._xoptions and
 * sys.orig_argv report and which the compiler, the import path and the builtins follow.
 */
export interface InterpreterFlags {
  /** -d */
  debug: number;
  /** -i */
  inspect: number;
  /** -O (1), -OO (2): assert statements and `if __debug__:` blocks dropped, -OO docstrings too. */
  optimize: number;
  /** -B */
  dontWriteBytecode: number;
  /** -s (or -I) */
  noUserSite: number;
  /** -S: no site module, so no exit, quit, help, copyright, credits or license builtins. */
  noSite: number;
  /** -E (or -I): the PYTHON* environment variables are ignored (PYTHONPATH...). */
  ignoreEnvironment: number;
  /** -v */
  verbose: number;
  /** -b (1), -bb (2) */
  bytesWarning: number;
  /** -q */
  quiet: number;
  /** -I */
  isolated: number;
  /** -P (or -I): the script's directory (or the working directory) is not put first on sys.path. */
  safePath: boolean;
  /** -u: the standard streams write through. */
  unbuffered: boolean;
  /** -x: the program's first line is skipped (its line numbers stay the file's). */
  skipFirstLine: boolean;
  /** -W options, in order. */
  warnOptions: string[];
  /** -X options, in order: `-X name=value` or `-X name` (true). */
  xOptions: [string, string | true][];
  /** sys.orig_argv: the command line as given (python3's name first). */
  origArgv: string[] | null;
}

export function defaultInterpreterFlags(): InterpreterFlags {
  return {
    debug: 0,
    inspect: 0,
    optimize: 0,
    dontWriteBytecode: 0,
    noUserSite: 0,
    noSite: 0,
    ignoreEnvironment: 0,
    verbose: 0,
    bytesWarning: 0,
    quiet: 0,
    isolated: 0,
    safePath: false,
    unbuffered: false,
    skipFirstLine: false,
    warnOptions: [],
    xOptions: [],
    origArgv: null,
  };
}

/** The settings of the current run (set by the interpreter before the runtime starts). */
export let runFlags: InterpreterFlags = defaultInterpreterFlags();

export function setRunFlags(flags: InterpreterFlags | undefined): void {
  runFlags = flags ?? defaultInterpreterFlags();
}

/** The value of `-X name` (the last one given), true for a bare `-X name`, or undefined. */
export function xOption(name: string): string | true | undefined {
  let value: string | true | undefined;
  for (const [n, v] of runFlags.xOptions) if (n === name) value = v;
  return value;
}

/** -X dev (or PYTHONDEVMODE): Python's development mode. */
export function devMode(env: Record<string, string | undefined>): boolean {
  return xOption("dev") !== undefined || (!runFlags.ignoreEnvironment && (env.PYTHONDEVMODE ?? "") !== "");
}

/**
 * sys.warnoptions as CPython's config_init_warnoptions builds it: "default" for development
 * mode, then PYTHONWARNINGS' entries (unless -E), then the -W options, then what -b/-bb adds.
 */
export function warnOptions(env: Record<string, string | undefined>): string[] {
  const options: string[] = [];
  if (devMode(env)) options.push("default");
  if (!runFlags.ignoreEnvironment) {
    for (const w of (env.PYTHONWARNINGS ?? "").split(",")) if (w !== "") options.push(w);
  }
  options.push(...runFlags.warnOptions);
  if (runFlags.bytesWarning === 1) options.push("default::BytesWarning");
  else if (runFlags.bytesWarning > 1) options.push("error::BytesWarning");
  return options;
}

/**
 * The flags python3 also takes from its environment unless -E or -I is given (config_read_env_vars):
 * PYTHONDEBUG, PYTHONOPTIMIZE and PYTHONVERBOSE count as their number (any other non-empty
 * text as 1) when that is more than the options gave; PYTHONDONTWRITEBYTECODE, PYTHONNOUSERSITE,
 * PYTHONUNBUFFERED and PYTHONSAFEPATH set theirs when non-empty.
 */
export function withEnvironment(
  flags: InterpreterFlags,
  env: Record<string, string | undefined>,
): InterpreterFlags {
  if (flags.ignoreEnvironment) return flags;
  const level = (name: string): number => {
    const text = env[name] ?? "";
    if (text === "") return 0;
    const n = /^\s*[+-]?\d+\s*$/.test(text) ? Number.parseInt(text, 10) : -1;
    return n < 0 || !Number.isSafeInteger(n) ? 1 : n;
  };
  const set = (name: string): boolean => (env[name] ?? "") !== "";
  return {
    ...flags,
    debug: Math.max(flags.debug, level("PYTHONDEBUG")),
    optimize: Math.max(flags.optimize, level("PYTHONOPTIMIZE")),
    verbose: Math.max(flags.verbose, level("PYTHONVERBOSE")),
    dontWriteBytecode: flags.dontWriteBytecode || (set("PYTHONDONTWRITEBYTECODE") ? 1 : 0),
    noUserSite: flags.noUserSite || (set("PYTHONNOUSERSITE") ? 1 : 0),
    unbuffered: flags.unbuffered || set("PYTHONUNBUFFERED"),
    safePath: flags.safePath || set("PYTHONSAFEPATH"),
  };
}

/**
 * python3 refuses to start with an invalid int/str digit limit (-X int_max_str_digits or
 * PYTHONINTMAXSTRDIGITS): its fatal error, or null.
 */
export function startupConfigError(env: Record<string, string | undefined>): string | null {
  const option = xOption("int_max_str_digits");
  const [source, value] =
    option !== undefined
      ? ["-X int_max_str_digits", option === true ? "" : option]
      : runFlags.ignoreEnvironment || env.PYTHONINTMAXSTRDIGITS === undefined
        ? [null, ""]
        : ["PYTHONINTMAXSTRDIGITS", env.PYTHONINTMAXSTRDIGITS];
  if (source === null) return null;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (n === 0 || n >= 640) return null;
  return `Fatal Python error: config_init_int_max_str_digits: ${source}: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n`;
}
