/**
 * Python Tutor's execution trace format (OnlinePythonTutor v3/docs/opt-trace-format.md and its
 * pg_encoder): `{code, trace: [{event, line, func_name, globals, ordered_globals,
 * stack_to_render, heap, stdout}]}`. Numbers, strings, booleans and None are written inline;
 * every other object is `["REF", id]` with its encoding in `heap`: `["LIST", ...]`,
 * `["TUPLE", ...]`, `["SET", ...]`, `["DICT", [k, v], ...]`, `["INSTANCE", class, [attr, v], ...]`,
 * `["CLASS", name, [bases], [attr, v], ...]`, `["FUNCTION", "f(a, b)", null]`, or
 * `[type name, value]` for anything else. Only the program's own frames are shown, the module
 * frame's names as `globals`, and only objects reachable from them.
 */
import type { StepView, TraceFrame, TraceObject } from "./rebuild.js";
import type { Trace } from "./session.js";

type Encoded = null | boolean | number | string | unknown[];

export interface PyTutorFrame {
  func_name: string;
  is_parent: boolean;
  frame_id: number;
  parent_frame_id_list: number[];
  encoded_locals: Record<string, Encoded>;
  ordered_varnames: string[];
  is_zombie: boolean;
  is_highlighted: boolean;
  unique_hash: string;
}

export interface PyTutorStep {
  event: "step_line" | "call" | "return" | "exception" | "uncaught_exception";
  line: number;
  func_name: string;
  globals: Record<string, Encoded>;
  ordered_globals: string[];
  stack_to_render: PyTutorFrame[];
  heap: Record<string, unknown[]>;
  stdout: string;
  exception_msg?: string;
}

export interface PyTutorTrace {
  code: string;
  trace: PyTutorStep[];
}

/** Class attributes Python Tutor does not show (pg_encoder). */
const CLASS_HIDDEN = new Set([
  "__doc__",
  "__module__",
  "__return__",
  "__locals__",
  "__dict__",
  "__weakref__",
  "__qualname__",
]);

const EVENT_NAMES = { line: "step_line", call: "call", return: "return", exception: "exception" } as const;

/** The Python value of a str's summary (a repr, possibly cut at 80 characters). */
function unrepr(text: string): string {
  const cut = text.endsWith("...");
  const body = cut ? text.slice(1, -4) : text.slice(1, -1);
  const s = body.replace(/\\(x[0-9a-f]{2}|n|r|t|\\|'|")/g, (_m, e: string) => {
    if (e === "n") return "\n";
    if (e === "r") return "\r";
    if (e === "t") return "\t";
    if (e.startsWith("x")) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return e;
  });
  return cut ? `${s}...` : s;
}

/** The inline encoding of a number, string, bool or None (undefined: a heap object). */
function primitive(o: TraceObject): Encoded | undefined {
  switch (o.type) {
    case "NoneType":
      return null;
    case "bool":
      return o.value === "True";
    case "int": {
      const n = Number(o.value);
      if (Number.isSafeInteger(n)) return n;
      break;
    }
    case "float": {
      const n = Number(o.value);
      if (Number.isFinite(n)) return n;
      return ["SPECIAL_FLOAT", o.value === "nan" ? "NaN" : o.value === "inf" ? "Infinity" : "-Infinity"];
    }
    case "str":
      return unrepr(o.value);
  }
  return undefined;
}

function isDunder(name: string): boolean {
  return name.startsWith("__") && name.endsWith("__");
}

/** A heap object's encoding as made at an earlier step, valid while the objects it was made from are unchanged. */
interface Cached {
  enc: unknown[];
  /** JSON.stringify(enc), once asked for. */
  text: string | null;
  /** The objects it refers to as ["REF", id] (each encoded into the heap with it). */
  kids: number[];
  /** The last step that used it. */
  used: number;
}

/** Steps between sweeps of the encodings no step used for that long (objects freed since). */
const SWEEP_EVERY = 4096;

/**
 * Encodes the values of one step after another. An object's encoding depends on its own record
 * and, for an instance or a class, on its __dict__ (and a class's bases): it is made once and
 * reused at later steps until the rebuild says (view.touched) that one of these changed. The
 * encodings of ints, floats, strs... never change (an object's id is never reused).
 */
class Encoder {
  heap: Record<string, unknown[]> = {};
  private view!: StepView;
  private step = 0;
  private readonly prims = new Map<number, Encoded>();
  private readonly cache = new Map<number, Cached>();
  /** For a __dict__ or a base class: the objects whose encodings were made from it. */
  private readonly dependents = new Map<number, number[]>();
  /** While an encoding is made: the objects it refers to, and what it depends on. */
  private kids: number[] | null = null;
  private deps: number[] = [];

  /** Starts step `view` (whose `touched` lists the objects changed since the previous step). */
  begin(view: StepView): void {
    this.view = view;
    this.step = view.step;
    this.heap = {};
    const touched = view.touched;
    if (touched === undefined) this.cache.clear();
    else if (touched.size > 0 && this.cache.size > 0) {
      for (const id of touched.keys()) {
        this.cache.delete(id);
        const d = this.dependents.get(id);
        if (d !== undefined) {
          for (const x of d) this.cache.delete(x);
          this.dependents.delete(id);
        }
      }
    }
    if (view.step % SWEEP_EVERY === SWEEP_EVERY - 1) this.sweep();
  }

  /** Forgets what no recent step used (freed objects). */
  private sweep(): void {
    const old = this.step - SWEEP_EVERY;
    for (const [id, c] of this.cache) if (c.used < old) this.cache.delete(id);
    for (const [id, d] of this.dependents) {
      const live = d.filter((x) => this.cache.has(x));
      if (live.length === 0) this.dependents.delete(id);
      else if (live.length !== d.length) this.dependents.set(id, live);
    }
    if (this.prims.size > 1 << 16) this.prims.clear();
  }

  value(id: number | null): Encoded {
    if (id === null) return null;
    const p = this.prims.get(id);
    if (p !== undefined) return p;
    const c = this.cache.get(id);
    if (c !== undefined) {
      this.kids?.push(id);
      this.use(id, c);
      return ["REF", id];
    }
    const o = this.view.object(id);
    if (o === undefined) return null;
    const prim = primitive(o);
    if (prim !== undefined) {
      this.prims.set(id, prim);
      return prim;
    }
    this.kids?.push(id);
    if (!(String(id) in this.heap)) {
      this.heap[String(id)] = []; // placeholder: cycles refer back to it
      const outerKids = this.kids;
      const outerDeps = this.deps;
      const kids: number[] = [];
      this.kids = kids;
      this.deps = [];
      const enc = this.object(o);
      this.heap[String(id)] = enc;
      for (const d of this.deps) {
        const list = this.dependents.get(d);
        if (list === undefined) this.dependents.set(d, [id]);
        else list.push(id);
      }
      this.cache.set(id, { enc, kids, used: this.step, text: null });
      this.kids = outerKids;
      this.deps = outerDeps;
    }
    return ["REF", id];
  }

  /** JSON.stringify(this.heap), from the encodings' texts as made at earlier steps. */
  heapJson(): string {
    const heap = this.heap;
    let out = "{";
    let first = true;
    // (integer keys: in ascending order, as JSON.stringify writes them)
    for (const key of Object.keys(heap)) {
      const enc = heap[key]!;
      const c = this.cache.get(Number(key));
      let text: string;
      if (c !== undefined && c.enc === enc) {
        if (c.text === null) c.text = JSON.stringify(enc);
        text = c.text;
      } else text = JSON.stringify(enc);
      out += `${first ? "" : ","}${JSON.stringify(key)}:${text}`;
      first = false;
    }
    return `${out}}`;
  }

  /** Puts a cached encoding (and what it refers to) into this step's heap. */
  private use(id: number, c: Cached): void {
    const key = String(id);
    if (key in this.heap) return;
    this.heap[key] = c.enc;
    c.used = this.step;
    const kids = c.kids;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      const kc = this.cache.get(k);
      if (kc !== undefined) this.use(k, kc);
      else {
        // (dropped since: made again, while no encoding is being made)
        const outer = this.kids;
        this.kids = null;
        this.value(k);
        this.kids = outer;
      }
    }
  }

  private attrsOfDict(
    dictId: number | undefined,
    skip: (key: Encoded) => boolean = () => false,
  ): [Encoded, Encoded][] {
    if (dictId === undefined) return [];
    this.deps.push(dictId);
    const d = this.view.object(dictId);
    if (d === undefined) return [];
    return this.entries(d, skip);
  }

  private entries(d: TraceObject, skip: (key: Encoded) => boolean = () => false): [Encoded, Encoded][] {
    const out: [Encoded, Encoded][] = [];
    for (let i = 0; i + 1 < d.refs.length; i += 2) {
      const k = this.value(d.refs[i]!.to);
      if (!skip(k)) out.push([k, this.value(d.refs[i + 1]!.to)]);
    }
    return out;
  }

  private object(o: TraceObject): unknown[] {
    const items = () => o.refs.filter((r) => r.kind === "item").map((r) => this.value(r.to));
    switch (o.type) {
      case "list":
        return ["LIST", ...items()];
      case "tuple":
        return ["TUPLE", ...items()];
      case "set":
      case "frozenset":
        return ["SET", ...items()];
      case "dict":
        return ["DICT", ...this.entries(o)];
      case "function": {
        const sig = o.value;
        return ["FUNCTION", sig.slice(sig.lastIndexOf(".", sig.indexOf("(")) + 1), null];
      }
      case "type": {
        const dict = o.refs.find((r) => r.name === "__dict__")?.to;
        const bases = o.refs.filter((r) => r.name === "__base__" || String(r.name).startsWith("__bases__"));
        const baseNames = bases.map((b) => {
          this.deps.push(b.to);
          return this.view.object(b.to)?.value ?? "object";
        });
        const attrs = this.attrsOfDict(dict, (k) => typeof k === "string" && CLASS_HIDDEN.has(k));
        return ["CLASS", o.value, baseNames, ...attrs];
      }
    }
    const dict = o.refs.find((r) => r.name === "__dict__");
    const cls = o.refs.find((r) => r.name === "__class__");
    if (
      cls !== undefined &&
      (dict !== undefined || o.refs.some((r) => r.kind === "attr" && !r.name.toString().startsWith("<")))
    ) {
      // an instance of a class the program defined: its attributes (slots and __dict__)
      const attrs: [Encoded, Encoded][] = [];
      for (const r of o.refs) {
        if (
          r.kind !== "attr" ||
          r.name === "__dict__" ||
          r.name === "__class__" ||
          String(r.name).startsWith("<")
        )
          continue;
        attrs.push([String(r.name), this.value(r.to)]);
      }
      attrs.push(...this.attrsOfDict(dict?.to));
      return ["INSTANCE", o.type, ...attrs];
    }
    if (o.type === "int") return ["HEAP_PRIMITIVE", "int", o.value];
    return [o.type, o.value];
  }

  locals(f: TraceFrame, skipDunders: boolean): { encoded: Record<string, Encoded>; ordered: string[] } {
    const encoded: Record<string, Encoded> = {};
    const ordered: string[] = [];
    for (const l of f.locals) {
      if (l.ref === null || (skipDunders && isDunder(l.name)) || l.name.startsWith(".")) continue;
      let ref: number | null = l.ref;
      if (l.kind === "cell" || l.kind === "free") {
        // the variable's value, not the cell holding it
        const cell = this.view.object(l.ref);
        ref = cell?.refs.find((r) => r.name === "cell_contents")?.to ?? null;
        if (ref === null) continue;
      }
      const o = this.view.object(ref);
      if (o !== undefined && o.type === "module") continue;
      encoded[l.name] = this.value(ref);
      ordered.push(l.name);
    }
    return { encoded, ordered };
  }
}

/** JSON.stringify(step) of the step `enc` encoded last, its heap from the encodings' texts. */
function stepJson(step: PyTutorStep, enc: Encoder): string {
  // (fields in the order the step was made: heap, stdout and exception_msg last)
  const { heap: _heap, stdout, exception_msg, ...head } = step;
  const h = JSON.stringify(head);
  const tail = exception_msg === undefined ? "" : `,"exception_msg":${JSON.stringify(exception_msg)}`;
  return `${h.slice(0, -1)},"heap":${enc.heapJson()},"stdout":${JSON.stringify(stdout)}${tail}}`;
}

function exceptionMessage(view: StepView, id: number | null): string {
  const o = id === null ? undefined : view.object(id);
  if (o === undefined) return "";
  const text = o.value.startsWith("'") || o.value.startsWith('"') ? unrepr(o.value) : o.value;
  return text === "" ? o.type : `${o.type}: ${text}`;
}

export function pytutorTrace(t: Trace): PyTutorTrace {
  const trace: PyTutorStep[] = [];
  pytutorSteps(t, (s) => trace.push(s));
  return { code: t.source, trace };
}

/**
 * Calls `emit` with each Python Tutor execution point in order (for streaming), and a function
 * that gives the point as JSON.stringify would (faster: the encodings of objects unchanged since
 * an earlier step are written as they were then; only until the next point is made).
 */
export function pytutorSteps(t: Trace, emit: (step: PyTutorStep, json: () => string) => void): void {
  const orderedGlobals: string[] = [];
  let last: PyTutorStep | null = null;
  let lastException = "";
  const enc = new Encoder();
  t.forEachStep(
    (view) => {
      enc.begin(view);
      const frames = view.frames.filter((f) => f.user);
      const module = frames.length > 0 && frames[0]!.function === "<module>" ? frames[0]! : null;
      const globals: Record<string, Encoded> = {};
      if (module !== null) {
        const g = enc.locals(module, true);
        Object.assign(globals, g.encoded);
        for (const name of g.ordered) if (!orderedGlobals.includes(name)) orderedGlobals.push(name);
      }
      const stack: PyTutorFrame[] = [];
      const rest = module === null ? frames : frames.slice(1);
      rest.forEach((f, i) => {
        const { encoded, ordered } = enc.locals(f, false);
        const top = i === rest.length - 1;
        if (top && view.event === "return") {
          encoded.__return__ = enc.value(view.value);
          ordered.push("__return__");
        }
        stack.push({
          func_name: f.function.slice(f.function.lastIndexOf(".") + 1),
          is_parent: false,
          frame_id: f.id,
          parent_frame_id_list: [],
          encoded_locals: encoded,
          ordered_varnames: ordered,
          is_zombie: false,
          is_highlighted: top,
          unique_hash: `${f.function}_f${f.id}`,
        });
      });
      const step: PyTutorStep = {
        event: EVENT_NAMES[view.event],
        line: view.line,
        func_name: view.function.slice(view.function.lastIndexOf(".") + 1),
        globals,
        ordered_globals: orderedGlobals.filter((n) => n in globals),
        stack_to_render: stack,
        heap: enc.heap,
        stdout: view.stdout,
      };
      if (view.event === "exception") {
        lastException = exceptionMessage(view, view.value);
        step.exception_msg = lastException;
      }
      emit(step, () => stepJson(step, enc));
      last = step;
    },
    0,
    t.steps,
    { touched: true },
  );
  const end = last as PyTutorStep | null;
  const o = t.outcome;
  if (end === null && o.stopped === null && o.status !== 0) {
    // The program never ran a line (a SyntaxError): Python Tutor's trace is then one
    // uncaught_exception point at the error's line
    const point: PyTutorStep = {
      event: "uncaught_exception",
      line: Number(/^ {2}File "[^"\n]*", line (\d+)/m.exec(o.stderr)?.[1] ?? 0),
      func_name: "<module>",
      globals: {},
      ordered_globals: [],
      stack_to_render: [],
      heap: {},
      stdout: o.stdout,
      exception_msg: lastLine(o.stderr),
    };
    emit(point, () => JSON.stringify(point));
  }
  if (end !== null && (o.stopped !== null || (o.status !== 0 && lastException !== ""))) {
    // Python Tutor ends a failed run with an uncaught_exception point
    const point: PyTutorStep = {
      ...end,
      event: "uncaught_exception",
      exception_msg: o.stopped !== null ? `heapstack: ${o.stopped.message}` : lastException,
      stdout: o.stdout,
    };
    emit(point, () => JSON.stringify(point));
  }
}

/** The last non-empty line of a program's stderr: the exception of its traceback. */
export function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  return lines[lines.length - 1]!.trim();
}
