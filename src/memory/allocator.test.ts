// The allocator model hands out compact handles (small integers V8 stores in place); realAddress
// turns them into the addresses id() shows: arena blocks at 0x7f0000000000 and up, "system"
// (large) blocks at 0x550000000000 and up, as before handles.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Allocator, POOL_OVERHEAD, realAddress } from "./allocator.js";

test("arena blocks: small positive handles, addresses from 0x7f0000000000", () => {
  const a = new Allocator();
  const h1 = a.malloc(32);
  const h2 = a.malloc(32);
  assert.equal(h1, POOL_OVERHEAD);
  assert.ok(Number.isInteger(h2) && h2 > 0 && h2 < 2 ** 31);
  assert.equal(realAddress(h1), 0x7f0000000000 + POOL_OVERHEAD);
  assert.equal(realAddress(h2) - realAddress(h1), 32);
  a.free(h2, 32);
  assert.equal(a.malloc(32), h2, "a freed block is the next one handed out");
});

test("system blocks: negative handles (never 0 or -1), addresses from 0x550000000000", () => {
  const a = new Allocator();
  const h1 = a.malloc(1000);
  const h2 = a.malloc(5000);
  assert.ok(h1 < -1 && h2 < -1 && h1 % 16 === 0);
  assert.equal(realAddress(h1), 0x550000000000);
  assert.equal(realAddress(h2), 0x550000000000 + 1008 + 16);
  a.free(h1, 1000);
  assert.equal(a.malloc(1000), h1, "an exact-size freed block is reused");
});

test("realAddress: 0 stays 0, raw addresses (static objects) pass unchanged, idempotent", () => {
  assert.equal(realAddress(0), 0);
  assert.equal(realAddress(0x7f8000000010), 0x7f8000000010);
  for (const h of [48, 16432, -16, -1040]) assert.equal(realAddress(realAddress(h)), realAddress(h));
});

test("startup space: blocks of a startup module's load leave the program's pools as they were", () => {
  const plain = new Allocator();
  const isolated = new Allocator();
  for (const a of [plain, isolated]) a.free(a.malloc(64), 64);
  isolated.enterStartupSpace();
  const startupBlocks = [isolated.malloc(64), isolated.malloc(64), isolated.malloc(2000)];
  isolated.leaveStartupSpace();
  const programBlocks = [isolated.malloc(64), isolated.malloc(2000)];
  assert.deepEqual(
    programBlocks,
    [plain.malloc(64), plain.malloc(2000)],
    "the program's freed block is still the next one",
  );
  for (const h of startupBlocks) assert.ok(!programBlocks.includes(h));
  isolated.free(startupBlocks[0]!, 64);
  isolated.enterStartupSpace();
  assert.equal(isolated.malloc(64), startupBlocks[0], "a startup block freed goes back to its own pool");
  isolated.leaveStartupSpace();
  assert.equal(isolated.allocatedBlocks(), 2 + 3);
});
