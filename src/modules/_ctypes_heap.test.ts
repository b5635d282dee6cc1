/**
 * ctypes where python3 cannot be the oracle: an address that is no live object's header (CPython
 * reads whatever is there or crashes) raises a clear ValueError, writes into an object are
 * refused, and native libraries raise OSError.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-ctypes-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(source: string): { stdout: string; stderr: string; status: number | null } {
  const file = join(dir, "prog.py");
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [CLI, "run", file], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("ctypes: heapstack's limits", () => {
  before(() => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  });

  test("unmodelled addresses, writes and native libraries raise clear errors", () => {
    const r = run(`import ctypes
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).replace(hex(id(x)), "ADDR").replace(hex(id(x) + 24), "ADDR+24"))
x = [1, 2]
attempt(lambda: ctypes.c_long.from_address(0x1234).value)
attempt(lambda: ctypes.c_long.from_address(id(x) + 24).value)
attempt(lambda: ctypes.cast(0x1230, ctypes.py_object).value)
def write():
    ctypes.c_long.from_address(id(x)).value = 5
attempt(write)
attempt(lambda: ctypes.c_long.from_address(id(x)).value)
attempt(lambda: ctypes.CDLL("libc.so.6"))
attempt(lambda: ctypes.cdll.LoadLibrary("libm.so.6"))
attempt(lambda: ctypes.pythonapi)
`);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        "ValueError heapstack: ctypes cannot read address 0x1234: not the header of a live object",
        "ValueError heapstack: ctypes cannot read address ADDR+24: offset 24 of a live 'list' object is not modelled (only its header: ob_refcnt, ob_type, ob_size and a few type-specific fields)",
        "ValueError heapstack: ctypes cannot read address 0x1230: not the header of a live object",
        "ValueError heapstack: ctypes cannot write address ADDR: objects' memory is read-only",
        "1",
        "OSError heapstack: native libraries are not available (cannot load 'libc.so.6')",
        "OSError heapstack: native libraries are not available (cannot load 'libm.so.6')",
        "OSError heapstack: native libraries are not available (cannot load 'pythonapi')",
        "",
      ].join("\n"),
    );
  });
});
