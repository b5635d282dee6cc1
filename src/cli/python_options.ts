/**
 * python3's own command-line options (`-X dev`, `-W error`, `-I`, `-OO`, `-u`, ...), read as
 * CPython's getopt reads them (Python/getopt.c, Python/initconfig.c): options may be combined in
 * one word (`-IS`, `-OO`), an option's value may follow in the same word (`-Wd`, `-Xdev`) or be
 * the next word, and the first word that is no option (or `-c`, `-m`, `-`, `--`) ends them.
 */
import { defaultInterpreterFlags, type InterpreterFlags } from "../modules/interpreter_flags.js";
import { CliError } from "./cli_error.js";

/** python3's exit status for a command-line usage error. */
const EXIT_PYTHON_USAGE = 2;

const PYTHON_VERSION_LINE = "Python 3.11.7";

/** Options without a value, with what each sets. */
const SWITCHES: Record<string, (f: InterpreterFlags) => void> = {
  b: (f) => f.bytesWarning++,
  B: (f) => {
    f.dontWriteBytecode = 1;
  },
  d: (f) => f.debug++,
  E: (f) => {
    f.ignoreEnvironment = 1;
  },
  i: (f) => {
    f.inspect = 1;
  },
  I: (f) => {
    f.isolated = 1;
    f.ignoreEnvironment = 1;
    f.noUserSite = 1;
    f.safePath = true;
  },
  O: (f) => f.optimize++,
  P: (f) => {
    f.safePath = true;
  },
  q: (f) => {
    f.quiet = 1;
  },
  s: (f) => {
    f.noUserSite = 1;
  },
  S: (f) => {
    f.noSite = 1;
  },
  // -R: hash randomization, on by default since 3.3: accepted and ignored
  R: () => {},
  // -t was removed in 3.0 but is still accepted and ignored
  t: () => {},
  u: (f) => {
    f.unbuffered = true;
  },
  v: (f) => f.verbose++,
  x: (f) => {
    f.skipFirstLine = true;
  },
};

/** What python3's options in front of a command line amount to. */
export interface PythonOptions {
  flags: InterpreterFlags;
  /** The words that were python3 options (for sys.orig_argv). */
  words: string[];
  /** The rest of the command line: -c/-m with what follows, the script and its arguments. */
  rest: string[];
  /** The last of `words` (`-Ic`) was split before its -c/-m/-h, which begins `rest`. */
  splitWord?: boolean;
  /** -V / --version: print this line on stdout and run nothing. */
  version?: string;
}

/** Whether `word` starts with an option python3 knows and heapstack's own parser does not. */
export function isPythonOption(word: string): boolean {
  if (word === "--version" || word === "--check-hash-based-pycs") return true;
  if (!/^-[^-]/.test(word)) return false;
  const letter = word[1]!;
  return letter in SWITCHES || letter === "W" || letter === "X" || letter === "V" || letter === "J";
}

/**
 * Reads python3's options at the front of `argv`, up to the first word that is not one of them
 * (a script name, `-c`, `-m`, `-h`, a heapstack option such as `--report`). Prints the version
 * for -V and ends with python3's message and status for a missing value.
 */
export function parsePythonOptions(argv: string[], flags = defaultInterpreterFlags()): PythonOptions {
  const words: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--version") return { flags, words, rest: [], version: PYTHON_VERSION_LINE };
    if (word === "--check-hash-based-pycs") {
      const value = argv[i + 1];
      if (value === undefined) throw usageError("Argument expected for the --check-hash-based-pycs option");
      if (!["always", "default", "never"].includes(value))
        throw usageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
      words.push(word, value);
      i++;
      continue;
    }
    if (!isPythonOption(word)) break;
    words.push(word);
    for (let j = 1; j < word.length; j++) {
      const letter = word[j]!;
      // -VV would add the build's date and compiler; scripts parse the plain version
      if (letter === "V") return { flags, words, rest: [], version: PYTHON_VERSION_LINE };
      if (letter === "W" || letter === "X") {
        let value = word.slice(j + 1);
        if (value === "") {
          const next = argv[i + 1];
          if (next === undefined) throw usageError(`Argument expected for the -${letter} option`);
          value = next;
          words.push(next);
          i++;
        }
        if (letter === "W") flags.warnOptions.push(value);
        else addXOption(flags, value);
        break;
      }
      const set = SWITCHES[letter];
      if (letter === "J") throw usageError("-J is reserved for Jython");
      if (set === undefined && !"cmh".includes(letter)) throw usageError(`Unknown option: -${letter}`);
      if (set === undefined) {
        // -c, -m or -h inside a group: python3 reads -c/-m's value from the rest of the word;
        // heapstack's parser does that, so the group is split there
        return { flags, words, rest: [`-${word.slice(j)}`, ...argv.slice(i + 1)], splitWord: true };
      }
      set(flags);
    }
  }
  return { flags, words, rest: argv.slice(i) };
}

/** `-X name=value` / `-X name` (a bad int_max_str_digits is refused when the run starts). */
function addXOption(flags: InterpreterFlags, option: string): void {
  const eq = option.indexOf("=");
  flags.xOptions.push(eq < 0 ? [option, true] : [option.slice(0, eq), option.slice(eq + 1)]);
}

/** python3's complaint about its command line (exit status 2). */
export function usageError(message: string): CliError {
  return new CliError(
    `${message}\nusage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.`,
    EXIT_PYTHON_USAGE,
  );
}
