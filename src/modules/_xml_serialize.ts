/**
 * `_xml_accel.serialize`: ElementTree.write's "xml" and "text" output for the common tree, in
 * TypeScript (it ran as Python: _namespaces' walk, then _serialize_xml's recursion with a write
 * call and an escape call per piece, about half of a tostring/fromstring round trip).
 *
 * It only reads the tree. Whenever the tree holds anything the Python serializer treats
 * specially or may fail on -- an element that is not an exact Element with the module's own
 * methods, a tag or attribute name in {uri} form (namespace declarations), a QName, a value
 * that is not an exact str, a tree deeper than MAX_DEPTH (possibly a cycle) -- it returns None
 * and the Python serializer runs, producing the output or the error python3 gives.
 */

import {
  dictKeyAt,
  dictValueAt,
  type PyDict,
  PyDict_GetItemString,
  PyDict_NextIndex,
  PyDict_Type,
} from "../objects/dict.js";
import { type PyList, PyList_Type } from "../objects/list.js";
import { Py_None } from "../objects/none.js";
import { Py_NewRef, type PyObject } from "../objects/object.js";
import { type PyStr, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { typeLookupString } from "../objects/typeobject.js";

/** Deeper trees (or cycles) go to the Python serializer, which raises RecursionError as python3. */
const MAX_DEPTH = 200;

/** The Element methods the Python serializer calls; the fast path requires the module's own. */
const ELEMENT_METHODS = ["items", "iter", "itertext", "__iter__", "__len__"];

class Unusual {}
const UNUSUAL = new Unusual();

/** What one element holds, read from its instance dict (exact Elements only). */
interface Parts {
  tag: PyObject;
  text: string | null;
  tail: string | null;
  attrib: PyDict;
  children: PyObject[];
}

class Serializer {
  readonly out: string[] = [];

  constructor(
    readonly element: PyType,
    readonly comment: PyObject,
    readonly pi: PyObject,
  ) {}

  field(d: PyDict, name: string): PyObject {
    const v = PyDict_GetItemString(d, name);
    if (v !== null) return v;
    const cls = typeLookupString(this.element, name);
    if (cls === null) throw UNUSUAL;
    return cls;
  }

  /** An exact str's value, null for None, else the tree is unusual. */
  static text(v: PyObject): string | null {
    if (v === Py_None) return null;
    if (v.ob_type !== PyStr_Type) throw UNUSUAL;
    return (v as PyStr).value;
  }

  /** The element's fields; with `checkTag`, a tag _serialize_xml writes as itself. */
  parts(e: PyObject, depth: number, checkTag: boolean): Parts {
    if (e.ob_type !== this.element || depth > MAX_DEPTH) throw UNUSUAL;
    const d = e.ob_dict;
    if (!d) throw UNUSUAL;
    const attrib = this.field(d, "attrib");
    const children = this.field(d, "_children");
    if (attrib.ob_type !== PyDict_Type || children.ob_type !== PyList_Type) throw UNUSUAL;
    const tag = this.field(d, "tag");
    if (!checkTag) {
      // itertext reads no tag
    } else if (tag.ob_type === PyStr_Type) {
      if ((tag as PyStr).value.startsWith("{")) throw UNUSUAL;
    } else if (tag !== Py_None && tag !== this.comment && tag !== this.pi) {
      throw UNUSUAL;
    }
    return {
      tag,
      text: Serializer.text(this.field(d, "text")),
      tail: Serializer.text(this.field(d, "tail")),
      attrib: attrib as PyDict,
      children: (children as PyList).items,
    };
  }

  /** _serialize_xml(write, e, ...) where every qname is the name itself. */
  xml(e: PyObject, shortEmpty: boolean, depth: number): void {
    const { tag, text, tail, attrib, children } = this.parts(e, depth, true);
    const out = this.out;
    if ((tag === this.comment || tag === this.pi) && (children.length > 0 || attrib.ma_used > 0)) {
      // not written, but _namespaces still visits them
      throw UNUSUAL;
    }
    if (tag === this.comment) {
      out.push(`<!--${text ?? "None"}-->`);
    } else if (tag === this.pi) {
      out.push(`<?${text ?? "None"}?>`);
    } else {
      // attribute names are checked even where they are not written (_namespaces visits them)
      const attrs: string[] = [];
      for (let i = PyDict_NextIndex(attrib, 0); i >= 0; i = PyDict_NextIndex(attrib, i + 1)) {
        const k = dictKeyAt(attrib, i);
        const v = dictValueAt(attrib, i);
        if (k.ob_type !== PyStr_Type || (k as PyStr).value.startsWith("{") || v.ob_type !== PyStr_Type) {
          throw UNUSUAL;
        }
        attrs.push(` ${(k as PyStr).value}="${escapeAttrib((v as PyStr).value)}"`);
      }
      const items = children.slice();
      if (tag === Py_None) {
        if (text) out.push(escapeCdata(text));
        for (const c of items) this.xml(c, shortEmpty, depth + 1);
      } else {
        const name = (tag as PyStr).value;
        out.push(`<${name}`);
        for (const a of attrs) out.push(a);
        if (text || items.length > 0 || !shortEmpty) {
          out.push(">");
          if (text) out.push(escapeCdata(text));
          for (const c of items) this.xml(c, shortEmpty, depth + 1);
          out.push(`</${name}>`);
        } else {
          out.push(" />");
        }
      }
    }
    if (tail) out.push(escapeCdata(tail));
  }

  /** Element.itertext(); returns the element's tail, which its parent's itertext gives. */
  text(e: PyObject, depth: number): string | null {
    const { text, tail, children } = this.parts(e, depth, false);
    if (text) this.out.push(text);
    for (const c of children.slice()) {
      const tail = this.text(c, depth + 1);
      if (tail) this.out.push(tail);
    }
    return tail;
  }
}

function escapeCdata(s: string): string {
  if (!/[&<>]/.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ATTRIB_REFS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#09;",
};

function escapeAttrib(s: string): string {
  if (!/[&<>"\r\n\t]/.test(s)) return s;
  return s.replace(/[&<>"\r\n\t]/g, (c) => ATTRIB_REFS[c]!);
}

/**
 * serialize(root, method, short_empty_elements, (Element, Comment, ProcessingInstruction,
 * *Element's methods)) -> the str ElementTree.write writes for `root` with method "xml" or
 * "text" and no default namespace, or None where the Python serializer must run.
 */
export function serializeElement(
  root: PyObject,
  method: PyObject,
  shortEmpty: boolean,
  spec: PyObject,
): PyObject {
  if (!(spec instanceof PyTuple) || spec.items.length !== 3 + ELEMENT_METHODS.length)
    return Py_NewRef(Py_None);
  const [element, comment, pi, ...methods] = spec.items as PyObject[];
  const el = element as PyType;
  if (!ELEMENT_METHODS.every((name, i) => typeLookupString(el, name) === methods[i]))
    return Py_NewRef(Py_None);
  const mode = method.ob_type === PyStr_Type ? (method as PyStr).value : "";
  if (mode !== "xml" && mode !== "text") return Py_NewRef(Py_None);
  const s = new Serializer(el, comment!, pi!);
  try {
    if (mode === "xml") s.xml(root, shortEmpty, 0);
    else s.text(root, 0);
  } catch (e) {
    if (e === UNUSUAL) return Py_NewRef(Py_None);
    throw e;
  }
  return PyStr_FromString(s.out.join(""));
}
