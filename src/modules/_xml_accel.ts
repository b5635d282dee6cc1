/**
 * `_xml_accel`: lib/xml/etree/ElementTree.py's XML scanner in TypeScript (CPython parses with
 * expat, in C; ours ran as Python, two thirds of an ElementTree round trip).
 *
 * `parse(parser, final, Fail)` is `XMLParser._scan(final)` step for step: it reads the parser's
 * state (`_src`, `_i`, `_stack`, `_scopes`, `_buf`, ...), reports tokens to `parser.target` with
 * the same calls in the same order, stores the same state back and raises `Fail(message, pos)`
 * where the Python scanner raises `_Fail`. Anything unusual is handed to the Python helpers it
 * would have run: `_doctype` for a DOCTYPE, `_expand` for a reference other than a predefined
 * entity, a declared entity or a plain decimal/hex character number. It returns False, having
 * done nothing, when the text holds an astral character: positions are str indexes (code
 * points), which JS string indexes match only without surrogate pairs.
 */

import {
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttrString,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  PySequence_Contains,
} from "../objects/abstract.js";
import { Py_False, Py_True } from "../objects/bool.js";
import {
  PyDict,
  PyDict_Copy,
  PyDict_GetItemString,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Type,
  PyDict_Update,
} from "../objects/dict.js";
import { exceptionMatches, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import {
  _PyList_AppendTakeRef,
  list_resize,
  PyList,
  PyList_Append,
  PyList_New,
  PyList_SetSlice,
  PyList_Type,
} from "../objects/list.js";
import { PyMethod } from "../objects/method.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import {
  isUnicodeSpace,
  PyStr,
  PyStr_FromString,
  PyStr_InternFromString,
  PyStr_Type,
} from "../objects/str.js";
import { PyTuple, PyTuple_New, PyTuple_Pack } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { object_new, typeLookupString } from "../objects/typeobject.js";
import { serializeElement } from "./_xml_serialize.js";
import { registerFunctionModule } from "./importlib.js";

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

// _name_re: [A-Za-z_:\u00c0-\U000effff][\w.:\-\u00b7\u00c0-\U000effff]* (BMP text only here)
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

// the characters below U+00C0 that \w (or the class's extras) accepts after the first
const NAME_LOW = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb7, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || NAME_LOW.has(c);
}

/** The end of the name _name_re matches at s[i] (before `limit`), or -1. */
function nameEnd(s: string, i: number, limit: number): number {
  if (i >= limit || !isNameStart(s.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < limit && isNameChar(s.charCodeAt(j))) j++;
  return j;
}

const isXmlSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\n";

/** s.find(sub, start, end) */
function findBefore(s: string, sub: string, start: number, end: number): number {
  const k = s.indexOf(sub, start);
  return k >= 0 && k + sub.length <= end ? k : -1;
}

/** XMLParser._quoted_tag_complete */
function quotedTagComplete(s: string, i: number): boolean {
  let j = i + 1;
  for (;;) {
    const gt = s.indexOf(">", j);
    if (gt < 0) return false;
    const dq = findBefore(s, '"', j, gt);
    const sq = findBefore(s, "'", j, gt);
    if (dq < 0 && sq < 0) return true;
    const q = sq < 0 || (dq >= 0 && dq < sq) ? dq : sq;
    const end = s.indexOf(s[q]!, q + 1);
    if (end < 0) return false;
    j = end + 1;
  }
}

const OPENERS: [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];

/** XMLParser._complete: whether the token at s[i] is all there (null: a DOCTYPE decides). */
function tokenComplete(s: string, i: number, n: number): boolean | null {
  if (s[i] === "&") return s.indexOf(";", i) >= 0;
  if (i + 1 < n && s[i + 1] !== "!" && s[i + 1] !== "?") return quotedTagComplete(s, i);
  const head = s.slice(i, i + 9);
  for (const [opener, closer] of OPENERS) {
    if (head.startsWith(opener)) return s.indexOf(closer, i + opener.length) >= 0;
    if (opener.startsWith(head)) return false;
  }
  if (head.startsWith("<!DOCTYPE")) return null;
  if ("<!DOCTYPE".startsWith(head)) return false;
  const gt = s.indexOf(">", i);
  if (gt < 0) return false;
  const inner = s.slice(i, gt);
  if (!inner.includes("'") && !inner.includes('"')) return true;
  return quotedTagComplete(s, i);
}

/** _LINES.split(text) without the empty pieces: the lines and each "\n" apart. */
function linePieces(text: string): string[] {
  return text.split(/(\n)/).filter((x) => x !== "");
}

function str(s: string): PyStr {
  return PyStr_FromString(s) as PyStr;
}

/**
 * Element(tag, attrib) of an Element class whose __init__ is the module's and __new__ object's:
 * its tag, a dict of attrib's items (a copy as {**attrib}, or attrib itself when `copy` is false
 * and the caller made it) and an empty child list, set in __init__'s order.
 */
function newElement(element: PyType, tag: PyObject, attrib: PyDict, copy: boolean): PyObject {
  const elem = object_new(element, [], null);
  try {
    PyObject_SetAttrString(elem, "tag", tag);
    const own = copy ? PyDict_New() : Py_NewRef(attrib);
    try {
      if (copy) PyDict_Update(own, attrib);
      PyObject_SetAttrString(elem, "attrib", own);
    } finally {
      Py_DECREF(own);
    }
    const children = PyList_New();
    try {
      PyObject_SetAttrString(elem, "_children", children);
    } finally {
      Py_DECREF(children);
    }
  } catch (e) {
    Py_DECREF(elem);
    throw e;
  }
  return elem;
}

/**
 * SubElement(parent, tag, attrib, **extra) for an exact Element parent whose class keeps the
 * module's makeelement, __init__ and append (none shadowed in the parent's __dict__) and exact
 * dicts: the new last child, or None where the Python function must run. `spec` is (Element,
 * Element.makeelement, Element.__init__, Element.append).
 */
function subElement(
  parent: PyObject,
  tag: PyObject,
  attrib: PyObject,
  extra: PyObject,
  spec: PyObject,
): PyObject {
  if (!(spec instanceof PyTuple) || spec.items.length !== 4) return Py_NewRef(Py_None);
  const [element, makeelement, init, append] = spec.items as PyObject[];
  const el = element as PyType;
  const ns = parent.ob_dict;
  if (
    parent.ob_type !== el ||
    attrib.ob_type !== PyDict_Type ||
    extra.ob_type !== PyDict_Type ||
    !ns ||
    el.tp_new !== object_new ||
    typeLookupString(el, "makeelement") !== makeelement ||
    typeLookupString(el, "__init__") !== init ||
    typeLookupString(el, "append") !== append ||
    PyDict_GetItemString(ns, "makeelement") !== null ||
    PyDict_GetItemString(ns, "append") !== null
  ) {
    return Py_NewRef(Py_None);
  }
  const children = PyDict_GetItemString(ns, "_children");
  if (children === null || children.ob_type !== PyList_Type) return Py_NewRef(Py_None);
  // {**attrib, **extra}, which Element.__init__ copies again: one dict holds the same items
  const merged = PyDict_New();
  let elem: PyObject;
  try {
    PyDict_Update(merged, attrib);
    PyDict_Update(merged, extra);
    elem = newElement(el, tag, merged, false);
  } finally {
    Py_DECREF(merged);
  }
  try {
    PyList_Append(children as PyList, elem);
  } catch (e) {
    Py_DECREF(elem);
    throw e;
  }
  return elem;
}

/**
 * TreeBuilder's start/end/data for an exact TreeBuilder whose methods are the module's own (as
 * CPython's C TreeBuilder): the same attribute updates in the same order, the element made by
 * the builder's factory. Where an assertion of the Python methods would fail, or elements are
 * not exact Elements with Element.append, the Python method runs instead.
 */
class FastTreeBuilder {
  constructor(
    readonly tb: PyObject,
    readonly element: PyType,
    readonly appendOk: boolean,
    /** Element(tag, attrib) may be made here: Element.__init__ is the module's, __new__ object's. */
    readonly initOk: boolean,
    /** An _EventTarget: start/end also queue ("start", elem) / ("end", elem) when wanted. */
    readonly queuesEvents: boolean,
  ) {}

  /** _EventTarget's `if event in self._want: self._queue.append((event, elem))`. */
  queue(event: string, elem: PyObject): void {
    if (!this.queuesEvents) return;
    const want = this.get("_want");
    const name = PyStr_InternFromString(event);
    try {
      if (!PySequence_Contains(want, name)) return;
      const q = this.get("_queue");
      try {
        const pair = PyTuple_Pack(name, elem);
        try {
          Py_DECREF(PyObject_CallMethod(q, "append", [pair]));
        } finally {
          Py_DECREF(pair);
        }
      } finally {
        Py_DECREF(q);
      }
    } finally {
      Py_DECREF(name);
      Py_DECREF(want);
    }
  }

  /** self._factory(tag, attrib); Element.__init__'s work done here when the factory is Element. */
  make(tag: PyObject, attrib: PyObject): PyObject {
    const factory = this.get("_factory");
    try {
      if (factory !== this.element || !this.initOk || attrib.ob_type !== PyDict_Type) {
        return PyObject_Call(factory, [tag, attrib], null);
      }
    } finally {
      Py_DECREF(factory);
    }
    return newElement(this.element, tag, attrib as PyDict, true);
  }

  get(name: string): PyObject {
    return PyObject_GetAttrString(this.tb, name);
  }

  set(name: string, v: PyObject): void {
    PyObject_SetAttrString(this.tb, name, v);
    Py_DECREF(v);
  }

  /** TreeBuilder._flush, or false (nothing done) where its assertion would fail. */
  flush(): boolean {
    const data = this.get("_data") as PyList;
    try {
      if (!(data instanceof PyList) || data.items.length === 0) return data instanceof PyList;
      const last = this.get("_last");
      try {
        if (last !== Py_None) {
          if (!data.items.every((p) => p.ob_type === PyStr_Type)) return false;
          const tail = this.get("_tail");
          const toTail = PyObject_IsTrue(tail);
          Py_DECREF(tail);
          const field = toTail ? "tail" : "text";
          const old = PyObject_GetAttrString(last, field);
          Py_DECREF(old);
          if (old !== Py_None) return false;
          const text = str(data.items.map((p) => (p as PyStr).value).join(""));
          PyObject_SetAttrString(last, field, text);
          Py_DECREF(text);
        }
      } finally {
        Py_DECREF(last);
      }
      this.set("_data", PyList_New());
      return true;
    } finally {
      Py_DECREF(data);
    }
  }

  start(tag: PyObject, attrib: PyObject): void {
    const elems = this.get("_elem");
    try {
      const parent = elems instanceof PyList ? elems.items[elems.items.length - 1] : undefined;
      if (
        !(elems instanceof PyList) ||
        (parent !== undefined && !(this.appendOk && parent.ob_type === this.element)) ||
        !this.flush()
      ) {
        Py_DECREF(PyObject_CallMethod(this.tb, "start", [tag, attrib]));
        return;
      }
      const elem = this.make(tag, attrib);
      try {
        PyObject_SetAttrString(this.tb, "_last", elem);
        if (parent !== undefined) {
          if (elem.ob_type === this.element) PyList_Append(this.children(parent), elem);
          else Py_DECREF(PyObject_CallMethod(parent, "append", [elem]));
        } else {
          const root = this.get("_root");
          Py_DECREF(root);
          if (root === Py_None) PyObject_SetAttrString(this.tb, "_root", elem);
        }
        PyList_Append(elems, elem);
        this.set("_tail", PyInt_FromNumber(0));
        this.queue("start", elem);
      } finally {
        Py_DECREF(elem);
      }
    } finally {
      Py_DECREF(elems);
    }
  }

  children(elem: PyObject): PyList {
    const c = PyObject_GetAttrString(elem, "_children");
    Py_DECREF(c);
    if (!(c instanceof PyList)) raise(PyExc_TypeError, "Element._children is not a list");
    return c;
  }

  end(tag: PyStr): void {
    const elems = this.get("_elem");
    try {
      const last = elems instanceof PyList ? elems.items[elems.items.length - 1] : undefined;
      let same = false;
      if (last !== undefined) {
        const lastTag = PyObject_GetAttrString(last, "tag");
        same = lastTag.ob_type === PyStr_Type && (lastTag as PyStr).value === tag.value;
        Py_DECREF(lastTag);
      }
      if (!same || !this.flush()) {
        Py_DECREF(PyObject_CallMethod(this.tb, "end", [tag]));
        return;
      }
      const elem = Scan.pop(elems as PyList);
      try {
        PyObject_SetAttrString(this.tb, "_last", elem);
        this.set("_tail", PyInt_FromNumber(1));
        this.queue("end", elem);
      } finally {
        Py_DECREF(elem);
      }
    } finally {
      Py_DECREF(elems);
    }
  }

  data(text: PyObject): void {
    const data = this.get("_data");
    try {
      if (data.ob_type === PyList_Type) PyList_Append(data as PyList, text);
      else Py_DECREF(PyObject_CallMethod(this.tb, "data", [text]));
    } finally {
      Py_DECREF(data);
    }
  }
}

/** The TreeBuilder fast path for `target`, or null: `tree` is (TreeBuilder, its start, end and
 * data functions, Element, Element.append, Element.__init__, _EventTarget, its start and end). */
function fastTreeBuilder(target: PyObject, tree: PyObject): FastTreeBuilder | null {
  if (!(tree instanceof PyTuple) || tree.items.length !== 10) return null;
  const [cls, start, end, data, element, append, init, eventCls, eventStart, eventEnd] =
    tree.items as PyObject[];
  const queuesEvents = target.ob_type === eventCls;
  if (target.ob_type !== cls && !queuesEvents) return null;
  for (const [name, f] of [
    ["start", queuesEvents ? eventStart : start],
    ["end", queuesEvents ? eventEnd : end],
    ["data", data],
  ] as const) {
    const m = PyObject_LookupAttrString(target, name);
    if (m === null) return null;
    const ok = m instanceof PyMethod && m.im_func === f && m.im_self === target;
    Py_DECREF(m);
    if (!ok) return null;
  }
  const el = element as PyType;
  // _EventTarget.start/end run TreeBuilder's through super()
  if (
    queuesEvents &&
    (typeLookupString(cls as PyType, "start") !== start || typeLookupString(cls as PyType, "end") !== end)
  ) {
    return null;
  }
  const initOk = typeLookupString(el, "__init__") === init && el.tp_new === object_new;
  return new FastTreeBuilder(target, el, typeLookupString(el, "append") === append, initOk, queuesEvents);
}

/** One call of XMLParser._scan over the parser's current text. */
class Scan {
  readonly s: string;
  readonly n: number;
  readonly join: boolean;
  readonly nsOn: boolean;

  constructor(
    readonly parser: PyObject,
    readonly src: PyStr,
    readonly target: PyObject,
    readonly stack: PyList,
    readonly scopes: PyList,
    readonly buf: PyList,
    readonly Fail: PyType,
    readonly tree: FastTreeBuilder | null,
  ) {
    this.s = src.value;
    this.n = this.s.length;
    this.join = this.flag("_join");
    this.nsOn = this.flag("_ns_on");
  }

  flag(name: string): boolean {
    const v = PyObject_GetAttrString(this.parser, name);
    try {
      return PyObject_IsTrue(v);
    } finally {
      Py_DECREF(v);
    }
  }

  setFlag(name: string): void {
    PyObject_SetAttrString(this.parser, name, Py_True);
  }

  fail(message: string, pos: number): never {
    const m = str(message);
    const p = PyInt_FromNumber(pos);
    try {
      throw PyObject_Call(this.Fail, [m, p], null);
    } finally {
      Py_DECREF(m);
      Py_DECREF(p);
    }
  }

  /** "junk after document element" once the root has ended, else "syntax error". */
  failOutside(pos: number): never {
    this.fail(this.flag("_done_root") ? "junk after document element" : "syntax error", pos);
  }

  /** target.<name>(*args) if the target has it; false if it has not. Args are borrowed. */
  report(name: string, args: PyObject[]): boolean {
    const m = PyObject_LookupAttrString(this.target, name);
    if (m === null) return false;
    try {
      Py_DECREF(PyObject_Call(m, args, null));
    } finally {
      Py_DECREF(m);
    }
    return true;
  }

  reportEnd(tag: PyStr): void {
    if (this.tree !== null) this.tree.end(tag);
    else this.report("end", [tag]);
  }

  has(name: string): boolean {
    const m = PyObject_LookupAttrString(this.target, name);
    if (m === null) return false;
    Py_DECREF(m);
    return true;
  }

  /** report(name, [s]) for a new str made from `text`. */
  reportText(name: string, texts: string[]): void {
    const args = texts.map(str);
    try {
      this.report(name, args);
    } finally {
      for (const a of args) Py_DECREF(a);
    }
  }

  append(text: string): void {
    _PyList_AppendTakeRef(this.buf, str(text));
  }

  flushText(): void {
    const buf = this.buf;
    if (buf.items.length === 0) return;
    if (this.stack.items.length > 0 && (this.tree !== null || this.has("data"))) {
      if (this.join) {
        const joined = str(buf.items.map((p) => (p as PyStr).value).join(""));
        try {
          if (this.tree !== null) this.tree.data(joined);
          else this.report("data", [joined]);
        } finally {
          Py_DECREF(joined);
        }
      } else {
        const pieces = buf.items.slice();
        for (const p of pieces) p.ob_refcnt++;
        try {
          for (const p of pieces) this.report("data", [p]);
        } finally {
          for (const p of pieces) Py_DECREF(p);
        }
      }
    }
    PyList_SetSlice(buf, 0, buf.items.length, null);
  }

  /** list.pop() of a list of ours: the item's reference goes to the caller. */
  static pop(l: PyList): PyObject {
    const v = l.items[l.items.length - 1]!;
    list_resize(l, l.items.length - 1);
    l.items.pop();
    return v;
  }

  /** XMLParser._expand(text, pos, in_attr); unusual references go to the Python method. */
  expand(text: string, pos: number, inAttr: boolean): PyObject {
    if (!text.includes("&")) return str(inAttr ? text.replace(/[\t\n]/g, " ") : text);
    let out = "";
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text[i]!;
      if (c !== "&") {
        out += inAttr && (c === "\t" || c === "\n") ? " " : c;
        i++;
        continue;
      }
      const end = text.indexOf(";", i);
      if (end < 0) this.fail("not well-formed (invalid token)", pos + i);
      const ref = text.slice(i + 1, end);
      let piece: string | null = null;
      if (ref.startsWith("#")) {
        let code = -1;
        if (/^#[0-9]{1,7}$/.test(ref)) code = Number.parseInt(ref.slice(1), 10);
        else if (/^#x[0-9a-fA-F]{1,6}$/.test(ref)) code = Number.parseInt(ref.slice(2), 16);
        if (code >= 0) {
          if (
            code === 0 ||
            (code >= 0xd800 && code <= 0xdfff) ||
            code === 0xfffe ||
            code === 0xffff ||
            code > 0x10ffff
          ) {
            this.fail("reference to invalid character number", pos + i);
          }
          piece = String.fromCodePoint(code);
        }
      } else if (Object.hasOwn(PREDEFINED, ref)) piece = PREDEFINED[ref]!;
      else piece = this.declaredEntity(ref);
      if (piece === null) {
        const t = str(text);
        const p = PyInt_FromNumber(pos);
        try {
          return PyObject_CallMethod(this.parser, "_expand", [t, p, inAttr ? Py_True : Py_False]);
        } finally {
          Py_DECREF(t);
          Py_DECREF(p);
        }
      }
      out += piece;
      i = end + 1;
    }
    return str(out);
  }

  /** self.entity[ref] when entity is a dict holding a str for it, else null. */
  declaredEntity(ref: string): string | null {
    const entity = PyObject_GetAttrString(this.parser, "entity");
    try {
      if (!(entity instanceof PyDict)) return null;
      const v = PyDict_GetItemString(entity, ref);
      return v instanceof PyStr ? v.value : null;
    } finally {
      Py_DECREF(entity);
    }
  }

  /** XMLParser._qualify: a new str. */
  qualify(name: string, scope: PyDict, pos: number, isAttr: boolean): PyStr {
    if (!this.nsOn) return str(name);
    const colon = name.indexOf(":");
    if (colon >= 0) {
      const uri = PyDict_GetItemString(scope, name.slice(0, colon));
      if (uri === null || uri === Py_None) this.fail("unbound prefix", pos);
      return str(`{${(uri as PyStr).value}}${name.slice(colon + 1)}`);
    }
    if (!isAttr) {
      const uri = PyDict_GetItemString(scope, "");
      if (uri !== null && PyObject_IsTrue(uri)) return str(`{${(uri as PyStr).value}}${name}`);
    }
    return str(name);
  }

  /** The end of the open element: stack and scope popped, end/end_ns reported. */
  closeElement(at: number): void {
    const entry = Scan.pop(this.stack) as PyTuple;
    try {
      Py_DECREF(Scan.pop(this.scopes));
      const [raw, , scope, declared] = entry.items as [PyStr, PyObject, PyDict, PyObject];
      if (this.tree !== null || this.has("end")) {
        const tag = this.qualify(raw.value, scope, at, false);
        try {
          this.reportEnd(tag);
        } finally {
          Py_DECREF(tag);
        }
      }
      this.endNamespaces(declared);
    } finally {
      Py_DECREF(entry);
    }
  }

  endNamespaces(declared: PyObject): void {
    if (!(declared instanceof PyList) || declared.items.length === 0 || !this.has("end_ns")) return;
    const prefixes = declared.items.slice().reverse();
    for (const p of prefixes) p.ob_refcnt++;
    try {
      for (const p of prefixes) this.report("end_ns", [p]);
    } finally {
      for (const p of prefixes) Py_DECREF(p);
    }
  }

  /** A start tag at s[i] (after the checks for other markup): returns the index after it. */
  startTag(i: number): number {
    const { s, n } = this;
    if (this.flag("_done_root")) this.fail("junk after document element", i);
    let j = nameEnd(s, i + 1, n);
    if (j < 0) {
      if (i + 1 >= n) this.fail("unclosed token", i);
      this.fail("not well-formed (invalid token)", i + 1);
    }
    const name = s.slice(i + 1, j);
    const attrs: [string, number][] = [];
    const values: PyObject[] = [];
    const names = new Set<string>();
    const skipSpace = (): void => {
      while (j < n && isXmlSpace(s[j])) j++;
      if (j >= n) this.fail("unclosed token", i);
    };
    try {
      for (;;) {
        const k = j;
        skipSpace();
        if (s[j] === ">" || s.startsWith("/>", j)) break;
        if (j === k) this.fail("not well-formed (invalid token)", j);
        const aend = nameEnd(s, j, n);
        if (aend < 0) this.fail("not well-formed (invalid token)", j);
        const aname = s.slice(j, aend);
        if (names.has(aname)) this.fail("duplicate attribute", j);
        names.add(aname);
        j = aend;
        skipSpace();
        if (s[j] !== "=") this.fail("not well-formed (invalid token)", j);
        j++;
        skipSpace();
        const q = s[j]!;
        if (q !== "'" && q !== '"') this.fail("not well-formed (invalid token)", j);
        const end = s.indexOf(q, j + 1);
        if (end < 0) this.fail("unclosed token", i);
        const rawValue = s.slice(j + 1, end);
        const lt = rawValue.indexOf("<");
        if (lt >= 0) this.fail("not well-formed (invalid token)", j + 1 + lt);
        values.push(this.expand(rawValue, j + 1, true));
        attrs.push([aname, j]);
        j = end + 1;
      }
      const empty = s[j] === "/";
      const after = j + (empty ? 2 : 1);
      if (this.buf.items.length > 0) this.flushText();
      this.openElement(name, i, after, empty, attrs, values);
      return after;
    } finally {
      for (const v of values) Py_DECREF(v);
    }
  }

  openElement(
    name: string,
    i: number,
    after: number,
    empty: boolean,
    attrs: [string, number][],
    values: PyObject[],
  ): void {
    const outer = this.scopes.items[this.scopes.items.length - 1] as PyDict;
    let scope = outer;
    let declared: PyList | null = null;
    const plain: number[] = [];
    const held: PyObject[] = [];
    try {
      for (let k = 0; k < attrs.length; k++) {
        const aname = attrs[k]![0];
        if (!this.nsOn || (aname !== "xmlns" && !aname.startsWith("xmlns:"))) {
          plain.push(k);
          continue;
        }
        if (declared === null) {
          scope = PyDict_Copy(outer);
          held.push(scope);
          declared = PyList_New();
          held.push(declared);
        }
        const prefix = str(aname !== "xmlns" ? aname.slice(6) : "");
        PyDict_SetItem(scope, prefix, values[k]!);
        _PyList_AppendTakeRef(declared, prefix);
      }
      if (declared !== null && this.has("start_ns")) {
        for (const p of declared.items.slice()) {
          const uri = PyDict_GetItemString(scope, (p as PyStr).value)!;
          this.report("start_ns", [p, uri]);
        }
      }
      const attrib = PyDict_New();
      held.push(attrib);
      for (const k of plain) {
        const [aname, apos] = attrs[k]!;
        const key = this.qualify(aname, scope, apos, true);
        try {
          PyDict_SetItem(attrib, key, values[k]!);
        } finally {
          Py_DECREF(key);
        }
      }
      const tag = this.qualify(name, scope, i, false);
      held.push(tag);
      this.setFlag("_seen_root");
      if (this.tree !== null) this.tree.start(tag, attrib);
      else this.report("start", [tag, attrib]);
      if (empty) {
        this.reportEnd(tag);
        this.endNamespaces(declared ?? Py_None);
        if (this.stack.items.length === 0) this.setFlag("_done_root");
      } else {
        _PyList_AppendTakeRef(
          this.stack,
          PyTuple_New([str(name), PyInt_FromNumber(after), Py_NewRef(scope), Py_NewRef(declared ?? Py_None)]),
        );
        _PyList_AppendTakeRef(this.scopes, Py_NewRef(scope));
      }
    } finally {
      for (const o of held) Py_DECREF(o);
    }
  }
}

/** The loop of XMLParser._scan. */
function scanText(p: Scan, final: boolean): void {
  const { s, n, stack, buf } = p;
  const i0 = attrOf(p.parser, "_i", PyInt);
  let i = Number(i0.value);
  Py_DECREF(i0);
  if (!p.flag("_started")) {
    if (!final && n < 6 && "<?xml ".slice(0, n) === s) return;
    if (s.startsWith("<?xml") && (n === 5 || " \t\n?".includes(s[5]!))) {
      const end = s.indexOf("?>");
      if (end < 0) {
        if (!final) return;
        p.fail("unclosed token", 0);
      }
      i = end + 2;
    }
    p.setFlag("_started");
  }
  const doctype = (at: number, probe: boolean): number => {
    const pos = PyInt_FromNumber(at);
    try {
      const r = probe
        ? PyObject_CallMethod(p.parser, "_doctype", [p.src, pos, Py_True], ["probe"])
        : PyObject_CallMethod(p.parser, "_doctype", [p.src, pos]);
      try {
        return Number((r as PyInt).value);
      } finally {
        Py_DECREF(r);
      }
    } finally {
      Py_DECREF(pos);
    }
  };
  while (i < n) {
    const c = s[i]!;
    if (!final && (c === "<" || c === "&")) {
      const complete = tokenComplete(s, i, n);
      if (complete === null) {
        try {
          doctype(i, true);
        } catch (e) {
          if (!exceptionMatches(e, p.Fail)) throw e;
          Py_DECREF(e as PyObject);
          break;
        }
      } else if (!complete) break;
    }
    if (c === "<") {
      const d = s[i + 1];
      if (d === "!" && s.startsWith("<!--", i)) {
        const end = s.indexOf("-->", i + 4);
        if (end < 0) p.fail("unclosed token", i);
        const body = s.slice(i + 4, end);
        if (body.includes("--")) p.fail("not well-formed (invalid token)", i + 4 + body.indexOf("--"));
        if (p.has("comment")) {
          p.flushText();
          p.reportText("comment", [body]);
        }
        i = end + 3;
        continue;
      }
      if (d === "!" && s.startsWith("<![CDATA[", i)) {
        if (stack.items.length === 0) {
          p.fail(p.flag("_seen_root") ? "junk after document element" : "syntax error", i);
        }
        const end = s.indexOf("]]>", i + 9);
        if (end < 0) p.fail("unclosed CDATA section", n);
        const body = s.slice(i + 9, end);
        if (p.has("cdata")) {
          p.flushText();
          p.reportText("cdata", [body]);
        } else if (p.join || !body.includes("\n")) p.append(body);
        else for (const x of linePieces(body)) p.append(x);
        i = end + 3;
        continue;
      }
      if (d === "!" && s.startsWith("<!DOCTYPE", i)) {
        if (p.flag("_seen_root")) p.failOutside(i);
        i = doctype(i, false);
        continue;
      }
      if (d === "?") {
        const end = s.indexOf("?>", i + 2);
        if (end < 0) p.fail("unclosed token", i);
        const nend = nameEnd(s, i + 2, end);
        if (nend < 0) p.fail("not well-formed (invalid token)", i + 2);
        const target = s.slice(i + 2, nend);
        if (target.toLowerCase() === "xml") p.fail("XML or text declaration not at start of entity", i);
        if (p.has("pi")) {
          p.flushText();
          let k = nend;
          while (k < end && isUnicodeSpace(s.charCodeAt(k))) k++;
          p.reportText("pi", [target, s.slice(k, end)]);
        }
        i = end + 2;
        continue;
      }
      if (d === "/") {
        const top = stack.items[stack.items.length - 1] as PyTuple | undefined;
        if (top !== undefined) {
          const raw = (top.items[0] as PyStr).value;
          const j = i + 2 + raw.length;
          if (s.startsWith(raw, i + 2) && s[j] === ">") {
            // the usual case, "</name>" closing the open element
            if (buf.items.length > 0) p.flushText();
            p.closeElement(i + 1);
            i = j + 1;
            if (stack.items.length === 0) p.setFlag("_done_root");
            continue;
          }
        }
        let j = nameEnd(s, i + 2, n);
        if (top === undefined) p.failOutside(i);
        if (j < 0) p.fail("not well-formed (invalid token)", i + 2);
        const name = s.slice(i + 2, j);
        while (j < n && isXmlSpace(s[j])) j++;
        if (j >= n) p.fail("unclosed token", i);
        if (s[j] !== ">") p.fail("not well-formed (invalid token)", j);
        if (name !== (top.items[0] as PyStr).value) p.fail("mismatched tag", i + 2);
        if (buf.items.length > 0) p.flushText();
        p.closeElement(i + 1);
        i = j + 1;
        if (stack.items.length === 0) p.setFlag("_done_root");
        continue;
      }
      i = p.startTag(i);
      continue;
    }
    if (c === "&") {
      if (stack.items.length === 0) p.failOutside(i);
      const end = s.indexOf(";", i);
      if (end < 0) p.fail("unclosed token", i);
      _PyList_AppendTakeRef(buf, p.expand(s.slice(i, end + 1), i, false));
      i = end + 1;
      continue;
    }
    // character data
    let j = s.indexOf("<", i);
    if (j < 0) j = n;
    const amp = findBefore(s, "&", i, j);
    if (amp >= 0) j = amp;
    if (j === n && !final) {
      // "]" at the end may start a "]]>" that the next chunk completes
      while (j > i && s[j - 1] === "]") j--;
      if (j === i) break;
    }
    const chunk = s.slice(i, j);
    if (stack.items.length === 0) {
      let k = 0;
      while (k < chunk.length && isXmlSpace(chunk[k])) k++;
      if (k < chunk.length) p.failOutside(i + k);
    } else {
      const bad = chunk.indexOf("]]>");
      if (bad >= 0) p.fail("not well-formed (invalid token)", i + bad);
      if (p.join || !chunk.includes("\n")) p.append(chunk);
      else for (const x of linePieces(chunk)) p.append(x);
    }
    i = j;
  }
  const iObj = PyInt_FromNumber(i);
  PyObject_SetAttrString(p.parser, "_i", iObj);
  Py_DECREF(iObj);
  if (!final) {
    p.flushText();
    return;
  }
  if (stack.items.length > 0 || !p.flag("_seen_root")) p.fail("no element found", n);
}

function attrOf<T extends PyObject>(o: PyObject, name: string, cls: abstract new (...a: never[]) => T): T {
  const v = PyObject_GetAttrString(o, name);
  if (!(v instanceof cls)) {
    Py_DECREF(v);
    raise(PyExc_TypeError, `XMLParser.${name} has an unexpected type`);
  }
  return v;
}

function parse(parser: PyObject, final: boolean, Fail: PyType, tree: PyObject): PyObject {
  const src = attrOf(parser, "_src", PyStr);
  const held: PyObject[] = [src];
  try {
    // str indexes are code points; with surrogate pairs they are not JS string indexes
    if (/[\uD800-\uDFFF]/.test(src.value)) return Py_NewRef(Py_False);
    const target = PyObject_GetAttrString(parser, "target");
    held.push(target);
    const stack = attrOf(parser, "_stack", PyList);
    held.push(stack);
    const scopes = attrOf(parser, "_scopes", PyList);
    held.push(scopes);
    const buf = attrOf(parser, "_buf", PyList);
    held.push(buf);
    scanText(new Scan(parser, src, target, stack, scopes, buf, Fail, fastTreeBuilder(target, tree)), final);
    return Py_NewRef(Py_True);
  } finally {
    for (const o of held) Py_DECREF(o);
  }
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "parse",
    impl: (_m, args) => {
      if (args.length !== 4) raise(PyExc_TypeError, "parse(parser, final, Fail, tree)");
      return parse(args[0]!, PyObject_IsTrue(args[1]!), args[2] as PyType, args[3]!);
    },
    doc: "parse(parser, final, Fail, (TreeBuilder, start, end, data, Element, Element.append)) -> False if the text is left to the Python scanner, else True",
  },
  {
    name: "subelement",
    impl: (_m, args) => {
      if (args.length !== 5) raise(PyExc_TypeError, "subelement(parent, tag, attrib, extra, spec)");
      return subElement(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!);
    },
    doc: "subelement(parent, tag, attrib, extra, (Element, makeelement, __init__, append)) -> the new child, or None where SubElement's Python code must run",
  },
  {
    name: "serialize",
    impl: (_m, args) => {
      if (args.length !== 4) raise(PyExc_TypeError, "serialize(root, method, short_empty_elements, spec)");
      return serializeElement(args[0]!, args[1]!, PyObject_IsTrue(args[2]!), args[3]!);
    },
    doc: "serialize(root, method, short_empty_elements, (Element, Comment, PI, *Element methods)) -> str, or None where the Python serializer must run",
  },
];

export function registerXmlAccelModule(): void {
  registerFunctionModule("_xml_accel", FUNCTIONS);
}
