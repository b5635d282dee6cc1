/**
 * `heapstack view`'s local server (src/cli/view_command.ts): it listens on 127.0.0.1 only and
 * serves only the files under its root, whatever the request path looks like. Requests are
 * written on a raw socket so that no client normalises the path first.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { resolveRequestPath, serveDirectory } from "../../src/cli/view_command.js";

const dir = mkdtempSync(join(tmpdir(), "heapstack-view-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const root = join(dir, "root");
const SECRET = "top secret outside the root";

let server: Server;
let port = 0;

/** Sends one raw HTTP request line; resolves with the status code and the body. */
function raw(requestLine: string, host = "127.0.0.1"): Promise<{ status: number; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect(port, host, () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (d) => {
      data += d;
    });
    socket.on("error", reject);
    socket.on("end", () => {
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0);
      resolvePromise({ status, body: data.slice(data.indexOf("\r\n\r\n") + 4) });
    });
  });
}

describe("heapstack view server", () => {
  before(async () => {
    mkdirSync(join(root, "assets"), { recursive: true });
    writeFileSync(join(root, "index.html"), "<!doctype html>app");
    writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
    writeFileSync(join(dir, "secret.txt"), SECRET);
    symlinkSync(join(dir, "secret.txt"), join(root, "link.txt"));
    const served = await serveDirectory(root, 0);
    server = served.server;
    const addr = server.address();
    port = typeof addr === "object" && addr !== null ? addr.port : 0;
  });
  after(() => {
    server?.close();
  });

  test("listens on 127.0.0.1 only", async () => {
    const addr = server.address();
    assert.equal(typeof addr === "object" && addr !== null ? addr.address : addr, "127.0.0.1");
    const ok = await raw("GET / HTTP/1.1");
    assert.equal(ok.status, 200);
    // Every other address of this machine refuses the connection.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.family === "IPv4")
      .map((i) => i!.address);
    for (const address of others) {
      await assert.rejects(raw("GET / HTTP/1.1", address), /ECONNREFUSED/, address);
    }
  });

  test("serves its own files", async () => {
    assert.equal((await raw("GET /assets/app.js HTTP/1.1")).body, "console.log(1)");
    assert.equal((await raw("GET /index.html?x=1#y HTTP/1.1")).status, 200);
  });

  const ATTACKS = [
    "/../secret.txt",
    "/../../../../../../etc/passwd",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/assets/../../secret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/%252e%252e/secret.txt",
    "/./././../secret.txt",
    `//${dir.slice(1)}/secret.txt`,
    `/%2f${dir.slice(1)}/secret.txt`,
    "/index.html%00.js",
    "/%c0%ae%c0%ae/secret.txt",
    "/%",
    "/..",
    "../secret.txt",
    "http://127.0.0.1/../secret.txt",
    "/link.txt",
  ];
  for (const path of ATTACKS) {
    test(`no file outside the root: GET ${path}`, async () => {
      const r = await raw(`GET ${path} HTTP/1.1`);
      assert.notEqual(r.status, 200, `${path} was served`);
      assert.doesNotMatch(r.body, /top secret|root:x:0/);
    });
  }

  test("only GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "TRACE"]) {
      const r = await raw(`${method} /index.html HTTP/1.1`);
      assert.equal(r.status, 405, method);
    }
  });

  test("resolveRequestPath keeps to the root", () => {
    assert.equal(resolveRequestPath(root, "/index.html"), join(root, "index.html"));
    assert.equal(resolveRequestPath(root, "/../secret.txt"), null);
    assert.equal(resolveRequestPath(root, "/%2e%2e/secret.txt"), null);
    assert.equal(resolveRequestPath(root, "/assets"), null);
  });
});
