/**
 * `_codecs_native`: what lib/_codecs.py (and so lib/codecs.py) needs from the runtime's codec
 * machinery in src/objects/codecs.ts:
 *
 * - `canonical(encoding, for_encode)`: the codec's canonical name ('utf_8', 'latin_1', ...),
 *   raising CPython's LookupError messages for unknown and non-text encodings.
 * - `set_error_handler(name, handler)`: makes a codecs.register_error() handler visible to
 *   str.encode/bytes.decode (the table the native codecs consult).
 */

import { PyObject_IsTrue } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { customErrorHandlers, lookupCodec } from "../objects/codecs.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { registerBuiltinModule } from "./importlib.js";

function strArg(fn: string, o: PyObject | null | undefined): string {
  if (!(o instanceof PyStr)) raise(PyExc_TypeError, `${fn}() argument must be str`);
  return o.value;
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "canonical",
    impl: (_m, args, kw) => {
      const [enc, forEncode] = parseArgs("canonical", args, kw, {
        names: ["encoding", "for_encode"],
        required: 2,
      });
      return PyStr_FromString(lookupCodec(strArg("canonical", enc), PyObject_IsTrue(forEncode!)));
    },
    doc: "The canonical name of a text codec the runtime implements, or LookupError.",
  },
  {
    name: "set_error_handler",
    impl: (_m, args, kw) => {
      const [name, handler] = parseArgs("set_error_handler", args, kw, {
        names: ["name", "handler"],
        required: 2,
      });
      const key = strArg("set_error_handler", name);
      const old = customErrorHandlers.get(key);
      Py_INCREF(handler!);
      customErrorHandlers.set(key, handler!);
      if (old !== undefined) Py_DECREF(old);
      return Py_NewRef(Py_None);
    },
    doc: "Let str.encode/bytes.decode call handler for errors=name.",
  },
];

function createModule(): PyModule {
  const m = PyModule_New("_codecs_native");
  PyModule_AddFunctions(m, FUNCTIONS);
  return m;
}

export function registerCodecsNativeModule(): void {
  registerBuiltinModule("_codecs_native", createModule);
}
