// Finds the python3 that serves as the oracle for differential tests.
import { execFileSync } from "node:child_process";

export interface PythonInfo {
  /** The real interpreter binary (sys.executable), not a version-manager shim on PATH. */
  executable: string;
  /** "3.11.7" */
  version: string;
  /** sysconfig.get_paths()["stdlib"], i.e. CPython's Lib/ directory. */
  stdlib: string;
}

const PROBE = `
import json, sys, sysconfig
print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3],
                  "stdlib": sysconfig.get_paths()["stdlib"]}))
`;

let cached: PythonInfo | undefined;

/**
 * Asks `python3` (or $HEAPSTACK_PYTHON) once where it really lives. Spawning the binary itself
 * afterwards avoids the ~100 ms a pyenv shim adds to every launch. Throws unless it is 3.11,
 * because every expectation in these tests is "whatever CPython 3.11 does".
 */
export function pythonInfo(): PythonInfo {
  if (cached) return cached;
  const command = process.env.HEAPSTACK_PYTHON ?? "python3";
  let output: string;
  try {
    output = execFileSync(command, ["-c", PROBE], { encoding: "utf8" });
  } catch (error) {
    throw new Error(`cannot run ${command} (the differential tests need CPython 3.11): ${error}`);
  }
  const info = JSON.parse(output) as PythonInfo;
  if (!info.version.startsWith("3.11.")) {
    throw new Error(`${command} is Python ${info.version}; heapstack is checked against CPython 3.11`);
  }
  cached = info;
  return info;
}

/**
 * The environment python3 children run in: UTF-8 I/O whatever the CI locale is, no .pyc
 * litter, and no user customisation that could change what it prints.
 */
export function pythonEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUTF8: "1", PYTHONDONTWRITEBYTECODE: "1" };
  for (const name of ["PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONPATH", "PYTHONHOME", "PYTHONIOENCODING"]) {
    delete env[name];
  }
  return env;
}
