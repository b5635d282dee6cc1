import assert from "node:assert/strict";
import { test } from "node:test";
import "./bootstrap.js";
import { PyType } from "./type.js";
import { copyInheritedSlots, INHERITED_SLOTS, snapshotOwnSlots } from "./typeobject.js";

test("copyInheritedSlots copies every INHERITED_SLOTS entry, and nothing else", () => {
  const fields = (t: PyType) => t as unknown as Record<string, unknown>;
  for (const slot of INHERITED_SLOTS) {
    const base = new PyType({ name: "B" });
    const t = new PyType({ name: "T" });
    const marker = () => null;
    fields(base)[slot] = marker;
    const before = { ...fields(t) };
    copyInheritedSlots(t, base, true);
    assert.equal(fields(t)[slot], marker, slot);
    for (const [k, v] of Object.entries(before))
      if (k !== slot) assert.equal(fields(t)[k], v, `${slot} changed ${k}`);
  }
  const base = new PyType({ name: "B" });
  const t = new PyType({ name: "T" });
  base.tp_new = () => base;
  copyInheritedSlots(t, base, false);
  assert.equal(t.tp_new, null);
});

test("snapshotOwnSlots reads every INHERITED_SLOTS entry, tp_hash and tp_richcompare", () => {
  for (const slot of [...INHERITED_SLOTS, "tp_hash", "tp_richcompare"]) {
    const t = new PyType({ name: "T" });
    const marker = () => null;
    (t as unknown as Record<string, unknown>)[slot] = marker;
    assert.deepEqual([...snapshotOwnSlots(t)], [[slot, marker]], slot);
  }
});
