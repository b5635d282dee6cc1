/**
 * The shape of what a program can see at a step, written exactly as tests/trace/oracle.py writes
 * it for python3: frames of the program's code with their local names, and for each local a
 * canonical string of the object graph reachable from it.
 */
import type { StepView, TraceObject } from "../../src/trace/rebuild.js";

const MAX_ITEMS = 50;

export interface FrameShape {
  function: string;
  line: number;
  locals: [string, string][];
}

/** The str value of a str object's summary (a repr). */
function strValue(repr: string): string {
  const body = repr.endsWith("...") ? repr.slice(1, -4) : repr.slice(1, -1);
  return body.replace(/\\(x[0-9a-f]{2}|n|r|t|\\|'|")/g, (_m, e: string) => {
    if (e === "n") return "\n";
    if (e === "r") return "\r";
    if (e === "t") return "\t";
    if (e.startsWith("x")) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return e;
  });
}

/** Python's repr of a str of at most 40 characters (enough for the tests' programs). */
function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + q;
}

const ATOM_TYPES = new Set(["int", "float", "str", "bytes", "bool", "complex", "NoneType"]);

function atom(o: TraceObject): string {
  switch (o.type) {
    case "NoneType":
    case "bool":
      return o.value;
    case "float":
      return `float:${o.value}`;
    case "str":
      return `str:${pyStrRepr(strValue(o.value).slice(0, 40))}`;
    case "int":
      return `int:${o.value.length <= 40 && !o.value.includes("digits") ? o.value : "big"}`;
    default:
      return o.type;
  }
}

function sortKey(o: TraceObject | undefined): string {
  if (o === undefined) return "";
  return `${o.type}\0${ATOM_TYPES.has(o.type) ? atomRepr(o) : ""}`;
}

function atomRepr(o: TraceObject): string {
  return o.type === "str" ? pyStrRepr(strValue(o.value)) : o.value;
}

class Walker {
  private readonly seen = new Map<number, number>();
  constructor(private readonly view: StepView) {}

  /** Children: object ids, or an atom already written (an inline attribute's name). */
  private refsOf(o: TraceObject): (number | string)[] {
    const view = this.view;
    switch (o.type) {
      case "dict":
      case "list":
      case "tuple":
        return o.refs.map((r) => r.to);
      case "set":
      case "frozenset":
        return o.refs
          .map((r) => r.to)
          .sort((a, b) => {
            const ka = sortKey(view.object(a));
            const kb = sortKey(view.object(b));
            return ka < kb ? -1 : ka > kb ? 1 : 0;
          });
    }
    const dict = o.refs.find((r) => r.name === "__dict__");
    if (dict === undefined) {
      // inline values (no __dict__ object yet): the attributes are the instance's own references
      const cls = o.refs.find((r) => r.name === "__class__");
      if (cls === undefined) return [];
      const slots = this.slotNames(cls.to);
      const out: (number | string)[] = [];
      for (const r of o.refs) {
        const name = String(r.name);
        if (r.kind !== "attr" || name === "__class__" || slots.has(name)) continue;
        out.push(`str:${pyStrRepr(name.slice(0, 40))}`, r.to);
      }
      return out;
    }
    return this.view.object(dict.to)?.refs.map((r) => r.to) ?? [];
  }

  /** The __slots__ members of a class and its bases (names whose class entry is a member_descriptor). */
  private slotNames(typeId: number): Set<string> {
    const names = new Set<string>();
    for (let t = this.view.object(typeId); t !== undefined && !t.external; ) {
      const dict = t.refs.find((r) => r.name === "__dict__");
      const d = dict === undefined ? undefined : this.view.object(dict.to);
      if (d !== undefined) {
        for (let i = 0; i + 1 < d.refs.length; i += 2) {
          const key = this.view.object(d.refs[i]!.to);
          if (key?.type === "str" && this.view.object(d.refs[i + 1]!.to)?.type === "member_descriptor") {
            names.add(strValue(key.value));
          }
        }
      }
      const base = t.refs.find((r) => r.name === "__base__");
      t = base === undefined ? undefined : this.view.object(base.to);
    }
    return names;
  }

  private kind(o: TraceObject): string | null {
    if (
      o.type === "dict" ||
      o.type === "list" ||
      o.type === "tuple" ||
      o.type === "set" ||
      o.type === "frozenset"
    )
      return o.type;
    const names = o.refs.filter((r) => r.kind === "attr").map((r) => String(r.name));
    if (names.includes("args") || names.includes("__traceback__")) return null; // an exception
    const cls = o.refs.find((r) => r.name === "__class__");
    if (cls === undefined) return null;
    if (!names.includes("__dict__") && !this.instancesHaveDict(cls.to)) return null; // __slots__ only
    return `obj:${o.type}`;
  }

  /** Whether instances of the class get a __dict__: its dict (or a base's) has a '__dict__' entry. */
  private instancesHaveDict(typeId: number): boolean {
    for (let t = this.view.object(typeId); t !== undefined && !t.external; ) {
      const dict = t.refs.find((r) => r.name === "__dict__");
      const d = dict === undefined ? undefined : this.view.object(dict.to);
      if (d !== undefined) {
        for (const r of d.refs)
          if (r.kind === "key" && this.view.object(r.to)?.value === "'__dict__'") return true;
      }
      const base = t.refs.find((r) => r.name === "__base__");
      t = base === undefined ? undefined : this.view.object(base.to);
    }
    return false;
  }

  shape(id: number): string {
    const o = this.view.object(id);
    if (o === undefined) return "?";
    if (ATOM_TYPES.has(o.type)) return atom(o);
    if (o.type === "function") return `function:${o.value.slice(0, o.value.indexOf("("))}`;
    if (isClass(o)) return `class:${o.value}`;
    if (o.type === "module") return `module:${o.value}`;
    const k = this.kind(o);
    // (oracle.py writes type(o).__name__: a static type's tp_name without its module,
    // "weakref.ReferenceType" -> "ReferenceType")
    if (k === null) return `other:${o.type.slice(o.type.lastIndexOf(".") + 1)}`;
    const n = this.seen.get(id);
    if (n !== undefined) return `#${n}`;
    this.seen.set(id, this.seen.size);
    const parts = this.refsOf(o)
      .slice(0, MAX_ITEMS)
      .map((r) => (typeof r === "string" ? r : this.shape(r)));
    return `${k}(${parts.join(",")})`;
  }
}

/** A class (whatever its metaclass): it has a namespace and a base. */
function isClass(o: TraceObject): boolean {
  if (o.type === "type") return true;
  const names = o.refs.map((r) => String(r.name));
  return names.includes("__dict__") && names.some((n) => n === "__base__" || n.startsWith("__bases__"));
}

function isDunder(n: string): boolean {
  return n.startsWith("__") && n.endsWith("__");
}

/** The frames of `file` at this step, as oracle.py writes them. */
export function stepShape(view: StepView, file: string): FrameShape[] {
  const walker = new Walker(view);
  const out: FrameShape[] = [];
  for (const f of view.frames) {
    if (f.file !== file) continue;
    const locals: [string, string][] = [];
    for (const l of f.locals) {
      if (l.ref === null) continue;
      if (l.kind === "name" && isDunder(l.name)) continue;
      if (l.kind !== "name" && f.function === "<module>") continue;
      // the oracle sees a module's or class body's names through f_locals, without dunders
      let ref: number | null = l.ref;
      if (l.kind === "cell" || l.kind === "free") {
        ref = view.object(l.ref)?.refs.find((r) => r.name === "cell_contents")?.to ?? null;
        if (ref === null) continue;
      }
      if (view.object(ref)?.type === "module") continue;
      locals.push([l.name, walker.shape(ref)]);
    }
    out.push({ function: f.function, line: f.line, locals });
  }
  return out;
}
