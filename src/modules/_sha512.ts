/**
 * The `_sha512` module (CPython 3.11's Modules/sha512module.c): sha512() and sha384() hash
 * objects (update, digest, hexdigest, copy, name, digest_size, block_size) over
 * src/util/sha512.ts. random.seed() hashes str/bytes seeds with it.
 */

import { clinicArgs, methodName, noArgs, oneArg } from "../objects/args.js";
import { PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { defineGetSets, defineMethods, type MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, freeObject, Py_NewRef, PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { newStaticType } from "../objects/type.js";
import { Sha512 } from "../util/sha512.js";
import { registerBuiltinModule } from "./importlib.js";

class PySha extends PyObject {
  state: Sha512 = new Sha512();
}

const Sha512_Type = newStaticType({ name: "_sha512.sha512", basicsize: 232 });
const Sha384_Type = newStaticType({ name: "_sha512.sha384", basicsize: 232 });

/** The bytes of a bytes-like object; strings are refused as hashlib does. */
function bufferOf(o: PyObject): Uint8Array {
  if (o instanceof PyStr) raise(PyExc_TypeError, "Strings must be encoded before hashing");
  if (o instanceof PyBytes) return o.value;
  const v = (o as { value?: unknown }).value;
  if (v instanceof Uint8Array) return v;
  raise(PyExc_TypeError, `object supporting the buffer API required`);
}

function newSha(variant: "sha512" | "sha384", data: PyObject | null): PySha {
  const o = new PySha(variant === "sha512" ? Sha512_Type : Sha384_Type);
  o.state = new Sha512(variant);
  allocateObject(o, 232);
  if (data !== null) o.state.update(bufferOf(data));
  return o;
}

for (const t of [Sha512_Type, Sha384_Type]) {
  t.tp_dealloc = (o) => freeObject(o);
  defineMethods(t, {
    update: {
      impl: (self, args, kwnames) => {
        (self as PySha).state.update(bufferOf(oneArg(methodName(self!, "update"), args, kwnames)));
        return Py_NewRef(Py_None);
      },
      doc: "Update this hash object's state with the provided string.",
      textSignature: "($self, obj, /)",
    },
    digest: {
      impl: (self, args, kwnames) => {
        noArgs(methodName(self!, "digest"), args, kwnames);
        return PyBytes_FromBytes((self as PySha).state.digest());
      },
      doc: "Return the digest value as a bytes object.",
      textSignature: "($self, /)",
    },
    hexdigest: {
      impl: (self, args, kwnames) => {
        noArgs(methodName(self!, "hexdigest"), args, kwnames);
        const d = (self as PySha).state.digest();
        return PyStr_FromString(Array.from(d, (b) => b.toString(16).padStart(2, "0")).join(""));
      },
      doc: "Return the digest value as a string of hexadecimal digits.",
      textSignature: "($self, /)",
    },
    copy: {
      impl: (self, args, kwnames) => {
        noArgs(methodName(self!, "copy"), args, kwnames);
        const src = self as PySha;
        const o = new PySha(src.ob_type);
        o.state = src.state.copy();
        allocateObject(o, 232);
        return o;
      },
      doc: "Return a copy of the hash object.",
      textSignature: "($self, /)",
    },
  });
  defineGetSets(t, [
    { name: "name", get: (o) => PyStr_FromString((o as PySha).state.variant) },
    { name: "digest_size", get: (o) => PyInt_FromNumber((o as PySha).state.digestSize) },
    { name: "block_size", get: () => PyInt_FromNumber(128) },
  ]);
}

function shaConstructor(variant: "sha512" | "sha384"): MethodDef {
  return {
    name: variant,
    impl: (_m, args, kwnames) => {
      const [string] = clinicArgs(variant, args, kwnames, {
        names: ["string", "usedforsecurity"],
        minpos: 0,
        maxpos: 1,
      });
      return newSha(variant, string);
    },
    doc: `Return a new ${variant === "sha512" ? "SHA-512" : "SHA-384"} hash object; optionally initialized with a string.`,
    textSignature: "($module, /, string=b'', *, usedforsecurity=True)",
  };
}

function createSha512Module(): PyModule {
  const m = PyModule_New("_sha512");
  PyModule_AddFunctions(m, [shaConstructor("sha512"), shaConstructor("sha384")]);
  void PyModule_Add;
  return m;
}

export function registerSha512Module(): void {
  registerBuiltinModule("_sha512", createSha512Module);
}
