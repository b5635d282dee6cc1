/**
 * `_codecs_native`: what lib/_codecs.py (and so lib/codecs.py) needs from the runtime's codec
 * machinery in src/objects/codecs.ts:
 *
 * - `canonical(encoding, for_encode)`: the codec's canonical name ('utf_8', 'latin_1', ...),
 *   raising CPython's LookupError messages for unknown and non-text encodings.
 * - `set_error_handler(name, handler)`: makes a codecs.register_error() handler visible to
 *   str.encode/bytes.decode (the table the native codecs consult).
 * - `text_aliases()`: {normalised alias: canonical name} of the text codecs implemented here
 *   (lib/encodings/aliases.py builds encodings.aliases.aliases from it).
 */

import { PyObject_Call, PyObject_GetAttrString, PyObject_IsTrue } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { type PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { ALIASES, customErrorHandlers, lookupCodec, setExternalCodecs } from "../objects/codecs.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dict.js";
import { isPyException, PyExc_ImportError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { PyType_IsSubtype } from "../objects/type.js";
import { PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";

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
      return PyStr_FromString(lookupCodec(strArg("canonical", enc), PyObject_IsTrue(forEncode!), false));
    },
    doc: "The canonical name of a text codec the runtime implements, or LookupError.",
  },
  {
    name: "text_aliases",
    impl: () => {
      const d = PyDict_New();
      for (const [alias, canonical] of Object.entries(ALIASES)) {
        const v = PyStr_FromString(canonical);
        PyDict_SetItemString(d, alias, v);
        Py_DECREF(v);
      }
      return d;
    },
    doc: "{normalised alias: canonical name} of the text codecs the runtime implements.",
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

/** Calls lib/_codecs.py's function `name` (new reference). */
function callCodecs(name: string, args: PyObject[]): PyObject {
  const module = PyImport_ImportModule("_codecs");
  try {
    const fn = PyObject_GetAttrString(module, name);
    try {
      return PyObject_Call(fn, args, null);
    } finally {
      Py_DECREF(fn);
    }
  } finally {
    Py_DECREF(module);
  }
}

/** Runs a call with fresh str/bytes arguments, releasing them afterwards. */
function withArgs<T>(args: PyObject[], f: (args: PyObject[]) => T): T {
  try {
    return f(args);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

export function registerCodecsNativeModule(): void {
  registerBuiltinModule("_codecs_native", createModule);
  const known = new Map<string, string | null>();
  setExternalCodecs({
    find(normalized, encoding, registry) {
      let found = known.get(normalized);
      if (found === null && registry) {
        // Not a table: a codec of the registry (the program's own, or utf-7, punycode ...)?
        // Asked each time, since search functions may be registered at any point.
        const r = withArgs([PyStr_FromString(encoding)], (a) => callCodecs("_registry_name", a));
        const name = r instanceof PyStr ? r.value : null;
        Py_DECREF(r);
        return name;
      }
      if (found === undefined) {
        let r: PyObject;
        try {
          r = withArgs([PyStr_FromString(normalized)], (a) => callCodecs("_charmap_name", a));
        } catch (e) {
          // without lib/ on the path (an embedding with no stdlib) there are only native codecs
          if (!isPyException(e) || !PyType_IsSubtype(e.ob_type, PyExc_ImportError)) throw e;
          Py_DECREF(e);
          return null;
        }
        found = r instanceof PyStr ? r.value : null;
        Py_DECREF(r);
        known.set(normalized, found);
        if (found === null && registry) return this.find(normalized, encoding, registry);
      }
      return found;
    },
    encode(name, s, errors) {
      const r = withArgs([PyStr_FromString(name), PyStr_FromString(s), PyStr_FromString(errors)], (a) =>
        callCodecs("_table_encode", a),
      );
      const out = (r as PyBytes).value;
      Py_DECREF(r);
      return out;
    },
    decode(name, data, errors) {
      const r = withArgs([PyStr_FromString(name), PyBytes_FromBytes(data), PyStr_FromString(errors)], (a) =>
        callCodecs("_table_decode", a),
      );
      const out = (r as PyStr).value;
      Py_DECREF(r);
      return out;
    },
  });
}
