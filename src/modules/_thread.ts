/**
 * The `_thread` module (CPython 3.11's Modules/_threadmodule.c) over green threads: heapstack
 * has one JavaScript thread, so Python threads are scheduled by the VM, deterministically and
 * never preemptively. A thread switch happens only where a thread blocks: a lock acquire that
 * must wait, time.sleep while other threads exist, and everything built on those (lib/threading.py,
 * lib/queue.py).
 *
 * How a thread waits. A blocking call describes what it waits for (a `Wait`: can it complete
 * now, what completing does, a deadline). Then either:
 * - the thread is suspended: when every Python frame of the thread runs in the evaluation loop
 *   started for its bottom frame and the blocking call was made directly by the innermost frame's
 *   CALL or BEFORE_WITH, the call throws `threadSwitch`; the loop lets it through untouched
 *   (src/vm/eval.ts), so the frames keep their pc and stack. Resuming the thread completes that
 *   instruction with the call's result and runs the frames again (resumeFrames);
 * - or the thread waits in place: the main thread, or a thread blocked under native code (a key
 *   function called by sorted(), a `__repr__`), runs other threads nested on the JavaScript
 *   stack until its own wait can complete. Such a thread cannot be switched back to while a
 *   thread it started is still on the stack above it.
 *
 * Which thread runs next: among the threads that can run (new ones, and suspended ones whose
 * wait can complete or whose deadline passed), the one ready earliest (the time it blocked, or
 * its deadline). When none can and some deadline is pending, the process really sleeps until
 * it; when none ever can, the program is stopped as deadlocked (CPython would hang).
 *
 * A new thread does not run when start_new_thread() returns: threading.Thread.start() then
 * waits for it to have started, which runs it (until it finishes or blocks), as CPython's GIL
 * usually does.
 */
import { CodeFlag, Op } from "../compiler/opcodes.js";
import {
  addressHex,
  PyNumber_AsSsize_t,
  PyObject_Call,
  PyObject_GetAttrString,
  PyObject_IsTrue,
  recursion,
} from "../objects/abstract.js";
import { clinicArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyDict_Check, PyDict_GetItemString, PyDict_Items, PyDict_Size } from "../objects/dict.js";
import {
  exceptionMatches,
  isPyException,
  PyErr_NoArgs,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_SystemExit,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/float.js";
import { type PyFunction, PyFunction_Type } from "../objects/function.js";
import { PyInt_FromNumber } from "../objects/int.js";
import type { PyList } from "../objects/list.js";
import { type PyMethod, PyMethod_Type } from "../objects/method.js";
import {
  defineMethods,
  type MethodDef,
  type NativeImpl,
  PyCFunction,
  PyMethodDescr,
} from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import { type PyStr, PyStr_FromString } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  type PyTuple,
  PyTuple_Check,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import { BudgetExceeded } from "../vm/budget.js";
import { makeFrame } from "../vm/call.js";
import { evalFrame, resumeFrames } from "../vm/eval.js";
import { clearFrame, type Frame, FrameOwner } from "../vm/frame.js";
import { popCallOperands } from "../vm/ops.js";
import { type ExcStackItem, type ThreadState, threadSwitch, tstate } from "../vm/state.js";
import { PyErr_WriteUnraisable } from "./gc.js";
import { importState, registerBuiltinModule } from "./importlib.js";
import { setThreadSleep } from "./time.js";

/** What a blocked thread waits for. */
interface Wait {
  /** The wait could complete now. */
  poll(): boolean;
  /** Completes it (poll() was true): the blocking call's result, a new reference. */
  complete(): PyObject;
  /** Monotonic milliseconds after which it times out (Infinity: never). */
  deadline: number;
  /** The blocking call's result on timeout (a new reference). */
  timeout(): PyObject;
}

enum State {
  NEW = 0,
  /** Frames saved (or not started yet): can be run by any scheduler loop. */
  SUSPENDED = 1,
  /** On the JavaScript stack: running, or waiting in place. */
  RUNNING = 2,
  DONE = 3,
}

class GreenThread {
  state = State.NEW;
  /** The callable and its arguments (strong references) until the thread starts. */
  func: PyObject | null = null;
  args: PyObject[] = [];
  kwnames: string[] | null = null;
  /** The thread's first frame, when it is a Python function's (then it can be suspended). */
  bottom: Frame | null = null;
  /** The innermost frame of a suspended thread. */
  top: Frame | null = null;
  /** The innermost frame of a thread waiting in place while it runs others (see block). */
  waitingTop: Frame | null = null;
  /** recursion.depth the suspended thread's frames account for. */
  depth = 0;
  excInfo: ExcStackItem = { exc_value: null, previous: null };
  /** The thread's sys.set_asyncgen_hooks callables while it is switched out (per thread, as CPython's). */
  asyncGenFirstiter: PyObject | null = null;
  asyncGenFinalizer: PyObject | null = null;
  wait: Wait | null = null;
  /** When it blocked (or was created): its place among the threads ready to run. */
  since = 0;
  constructor(readonly ident: number) {}
}

interface Scheduler {
  /** The run this state belongs to (a new run starts with a fresh thread state). */
  ts: ThreadState;
  main: GreenThread;
  current: GreenThread;
  /** Threads that are new or suspended, in the order they got there. */
  queue: GreenThread[];
  /** Every thread not finished, by ident (the main thread included). */
  alive: Map<number, GreenThread>;
  nextIdent: number;
}

let sched: Scheduler | null = null;
/** What stack_size() was last given (0: the platform default). */
let threadStackSize = 0;

const MAIN_IDENT = 1;

function scheduler(): Scheduler {
  if (sched === null || sched.ts !== tstate) {
    const main = new GreenThread(MAIN_IDENT);
    main.state = State.RUNNING;
    clock = 0;
    clockAnchor = performance.now();
    sched = {
      ts: tstate,
      main,
      current: main,
      queue: [],
      alive: new Map([[MAIN_IDENT, main]]),
      nextIdent: MAIN_IDENT + 1,
    };
  }
  return sched;
}

/** The scheduler of this run if threads were ever started in it. */
function activeScheduler(): Scheduler | null {
  return sched !== null && sched.ts === tstate ? sched : null;
}

/**
 * The scheduler's clock (milliseconds): it moves only when every thread waits for a deadline,
 * to the earliest one. Deadlines and wake-up order are in this time, so threads sleeping for
 * different lengths wake in the order CPython's would however slow the code between is (the
 * assumption a program whose output depends on sleeps makes); the process still really sleeps
 * for as long as the program asked, less the time the code took.
 */
let clock = 0;
/** performance.now() when `clock` last moved. */
let clockAnchor = 0;

function now(): number {
  return clock;
}

/** Advances the clock to `to`, really sleeping until the same time has passed on the host. */
function advanceClock(to: number): void {
  if (to <= clock) return;
  const target = clockAnchor + (to - clock);
  sleepMs(target - performance.now());
  clock = to;
  clockAnchor = Math.max(target, performance.now());
}

function sleepMs(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Each thread's innermost frame by ident (sys._current_frames); threads not started yet, or
 * with no Python frame, have none.
 */
export function threadTopFrames(): [number, Frame][] {
  const s = activeScheduler();
  if (s === null) return tstate.frame === null ? [] : [[MAIN_IDENT, tstate.frame]];
  const frames: [number, Frame][] = [];
  // CPython's interpreter lists its thread states newest first.
  for (const t of [...s.alive.values()].reverse()) {
    let top: Frame | null = null;
    if (t === s.current) top = tstate.frame;
    else if (t.state === State.SUSPENDED) top = t.top;
    else if (t.state === State.RUNNING) top = t.waitingTop;
    if (top !== null) frames.push([t.ident, top]);
  }
  return frames;
}

/** The ident of the running thread. */
export function currentIdent(): number {
  return activeScheduler()?.current.ident ?? MAIN_IDENT;
}

// ---------------------------------------------------------------------------------------------
// running and switching

/** The entry frame of the evaluation loop running `frame`. */
function entryOf(frame: Frame | null): Frame | null {
  let f = frame;
  while (f !== null && !f.isEntry) f = f.back;
  return f;
}

/** Runs `t` (new, or suspended with the result of its pending call) until it finishes or blocks. */
function runThread(s: Scheduler, t: GreenThread, result: PyObject | null): void {
  const ts = tstate;
  const prev = s.current;
  const savedFrame = ts.frame;
  const savedExc = ts.excInfo;
  const savedFirstiter = ts.asyncGenFirstiter;
  const savedFinalizer = ts.asyncGenFinalizer;
  const depth0 = recursion.depth;
  const qi = s.queue.indexOf(t);
  if (qi >= 0) s.queue.splice(qi, 1);
  s.current = t;
  prev.waitingTop = savedFrame;
  t.state = State.RUNNING;
  t.wait = null;
  ts.frame = null;
  ts.excInfo = t.excInfo;
  ts.asyncGenFirstiter = t.asyncGenFirstiter;
  ts.asyncGenFinalizer = t.asyncGenFinalizer;
  try {
    let res: PyObject;
    const top = t.top;
    if (top !== null) {
      t.top = null;
      recursion.depth += t.depth;
      deliver(top, result!);
      res = resumeFrames(top);
    } else {
      res = startThread(t);
    }
    Py_DECREF(res);
    finish(s, t);
  } catch (e) {
    if (e === threadSwitch) {
      t.depth = recursion.depth - depth0;
      t.excInfo = ts.excInfo;
      t.asyncGenFirstiter = ts.asyncGenFirstiter;
      t.asyncGenFinalizer = ts.asyncGenFinalizer;
      t.state = State.SUSPENDED;
      s.queue.push(t);
    } else {
      const func = t.func;
      if (func !== null) Py_INCREF(func);
      finish(s, t);
      try {
        if (!isPyException(e)) throw e;
        // thread_run's report: SystemExit ends the thread silently.
        if (!exceptionMatches(e, PyExc_SystemExit)) {
          PyErr_WriteUnraisable(e, func, "Exception ignored in thread started by");
        } else Py_DECREF(e);
      } finally {
        if (func !== null) Py_DECREF(func);
      }
    }
  } finally {
    if ((t.state as State) === State.DONE) {
      // The thread's state is cleared when it ends, its hooks with it.
      const firstiter = ts.asyncGenFirstiter;
      const finalizer = ts.asyncGenFinalizer;
      ts.asyncGenFirstiter = ts.asyncGenFinalizer = null;
      if (firstiter !== null) Py_DECREF(firstiter);
      if (finalizer !== null) Py_DECREF(finalizer);
    }
    recursion.depth = depth0;
    ts.frame = savedFrame;
    ts.excInfo = savedExc;
    ts.asyncGenFirstiter = savedFirstiter;
    ts.asyncGenFinalizer = savedFinalizer;
    prev.waitingTop = null;
    s.current = prev;
  }
}

/** Starts a new thread's callable: a Python function gets its own frame, so it can be suspended. */
function startThread(t: GreenThread): PyObject {
  let func = t.func!;
  let args = t.args;
  if (func.ob_type === PyMethod_Type && (func as PyMethod).im_func.ob_type === PyFunction_Type) {
    const m = func as PyMethod;
    func = m.im_func;
    args = [m.im_self, ...args];
  }
  if (func.ob_type === PyFunction_Type && !(func as PyFunction).func_code.isGenerator) {
    const f = func as PyFunction;
    const nkw = t.kwnames === null ? 0 : t.kwnames.length;
    const locals = f.func_code.co_flags & CodeFlag.OPTIMIZED ? null : f.func_globals;
    const frame = makeFrame(f, args, 0, args.length - nkw, t.kwnames, locals);
    t.bottom = frame;
    return evalFrame(frame, null);
  }
  return PyObject_Call(t.func!, t.args, t.kwnames);
}

function finish(s: Scheduler, t: GreenThread): void {
  t.state = State.DONE;
  const bottom = t.bottom;
  t.bottom = null;
  if (bottom !== null && bottom.owner === FrameOwner.THREAD) clearFrame(bottom);
  s.alive.delete(t.ident);
  const func = t.func;
  const args = t.args;
  t.func = null;
  t.args = [];
  if (func !== null) Py_DECREF(func);
  for (const a of args) Py_DECREF(a);
}

/** The thread to run next, with whether its wait timed out (null: none can run now). */
function pick(s: Scheduler, at: number): { t: GreenThread; key: number; timedOut: boolean } | null {
  let best: GreenThread | null = null;
  let bestKey = Number.POSITIVE_INFINITY;
  let bestTimedOut = false;
  for (const t of s.queue) {
    const w = t.wait;
    let key: number;
    let timedOut = false;
    if (w === null || w.poll()) key = t.since;
    else if (w.deadline <= at) {
      key = w.deadline;
      timedOut = true;
    } else continue;
    if (best === null || key < bestKey) {
      best = t;
      bestKey = key;
      bestTimedOut = timedOut;
    }
  }
  return best === null ? null : { t: best, key: bestKey, timedOut: bestTimedOut };
}

/** Runs the chosen thread, completing its wait first. */
function runPicked(s: Scheduler, p: { t: GreenThread; timedOut: boolean }): void {
  const w = p.t.wait;
  const result = w === null ? null : p.timedOut ? w.timeout() : w.complete();
  runThread(s, p.t, result);
}

function deadlock(s: Scheduler): never {
  let stuck = false;
  for (const t of s.alive.values()) {
    if (t !== s.current && t.state === State.RUNNING && t.wait?.poll()) stuck = true;
  }
  const why = stuck
    ? "a thread blocked in a call from native code (a key function, a __repr__, ...) waits for a thread that can continue only once that call returns (heapstack's green threads cannot switch there)"
    : "every thread is blocked and none can wake up (CPython would hang)";
  throw new BudgetExceeded("deadlock", `deadlock: ${why}`);
}

/**
 * Blocks the running thread until `w` completes or times out; returns the result. `direct`
 * says whether the blocking call was made directly by the innermost frame's instruction (so
 * the thread can be suspended there).
 */
function block(w: Wait, direct: (frame: Frame) => boolean): PyObject {
  const s = scheduler();
  const t = s.current;
  const ts = tstate;
  const top = ts.frame;
  if (t !== s.main && t.bottom !== null && top !== null && entryOf(top) === t.bottom && direct(top)) {
    t.wait = w;
    t.since = now();
    t.top = top;
    throw threadSwitch;
  }
  // Wait in place, running the other threads.
  t.wait = w;
  try {
    let first = true;
    for (;;) {
      if (w.poll()) return w.complete();
      const at = now();
      const p = pick(s, at);
      if (w.deadline <= at && (p === null || (!first && p.key > w.deadline))) return w.timeout();
      if (p !== null) {
        first = false;
        runPicked(s, p);
        continue;
      }
      let d = w.deadline;
      for (const q of s.queue) if (q.wait !== null && q.wait.deadline < d) d = q.wait.deadline;
      if (d === Number.POSITIVE_INFINITY) deadlock(s);
      advanceClock(d);
    }
  } finally {
    t.wait = null;
  }
}

/**
 * What the innermost frame's pending instruction calls (CALL, CALL_FUNCTION_EX, or the
 * __enter__ of BEFORE_WITH, seen through the __exit__ it already pushed), with the `self` the
 * stack holds for a method descriptor found by LOAD_METHOD; null for any other instruction.
 */
function pendingCallee(frame: Frame): [PyObject | null, PyObject | null] | null {
  const i = (frame.pc - 1) << 1;
  const instrs = frame.code.instrs;
  const op = instrs[i];
  const arg = instrs[i + 1]!;
  const fast = frame.fast;
  const sp = frame.sp;
  if (op === Op.CALL) {
    const base = sp - arg - 2;
    const m = fast[base] ?? null;
    return m !== null ? [m, fast[base + 1] ?? null] : [fast[base + 1] ?? null, null];
  }
  if (op === Op.CALL_FUNCTION_EX) return [fast[(arg & 1 ? sp - 2 : sp - 1) - 1] ?? null, null];
  if (op === Op.BEFORE_WITH) return [fast[sp - 1] ?? null, null];
  return null;
}

/** Is the innermost frame's pending instruction a direct call of a method of `self` in `impls`? */
function callsMethodOf(frame: Frame, self: PyObject, impls: Set<NativeImpl>): boolean {
  const callee = pendingCallee(frame);
  if (callee === null) return false;
  const [c, stackSelf] = callee;
  if (c instanceof PyMethodDescr) return stackSelf === self && impls.has(c.def.impl);
  if (c instanceof PyCFunction) return c.self === self && impls.has(c.def.impl);
  return false;
}

/** Completes the instruction a suspended thread stopped in with the call's result. */
function deliver(top: Frame, result: PyObject): void {
  const i = (top.pc - 1) << 1;
  const instrs = top.code.instrs;
  const op = instrs[i];
  const fast = top.fast;
  if (op === Op.CALL) {
    const base = popCallOperands(fast, top.sp, instrs[i + 1]!);
    fast[base] = result;
    top.sp = base + 1;
  } else if (op === Op.CALL_FUNCTION_EX) {
    // [NULL, func, callargs, kwargs?] -> [result], as callFunctionEx leaves it.
    const base = top.sp - (instrs[i + 1]! & 1 ? 4 : 3);
    for (let j = base; j < top.sp; j++) {
      const v = fast[j];
      fast[j] = null;
      if (v !== null && v !== undefined) Py_DECREF(v);
    }
    fast[base] = result;
    top.sp = base + 1;
  } else {
    fast[top.sp++] = result;
  }
}

/** time.sleep in a run with threads: lets the others run meanwhile. False: no other threads. */
function threadSleep(secs: number): boolean {
  const s = activeScheduler();
  if (s === null || s.alive.size <= 1) return false;
  const deadline = now() + secs * 1000;
  const w: Wait = {
    poll: () => false,
    complete: () => Py_NewRef(Py_None),
    deadline,
    timeout: () => Py_NewRef(Py_None),
  };
  Py_DECREF(
    block(w, (frame) => {
      const c = pendingCallee(frame)?.[0];
      return c instanceof PyCFunction && c.def.name === "sleep" && c.self?.ob_type.tp_name === "module";
    }),
  );
  return true;
}

// ---------------------------------------------------------------------------------------------
// locks

/** 2**63 nanoseconds in seconds, as CPython's PY_TIMEOUT_MAX / 1e6 on Linux. */
const TIMEOUT_MAX = 9223372036.0;

class PyLock extends PyObject {
  locked = false;
}

class PyRLock extends PyObject {
  owner = 0;
  count = 0;
}

// GC objects in CPython 3.11 (heap types whose traverse visits the type): 16 bytes of GC header
// in sys.getsizeof, counted by gc.get_count(), tracked, gc.get_referents(lock) == [type(lock)]
export const Lock_Type = newStaticType({ name: "_thread.lock", flags: TypeFlag.HAVE_GC, basicsize: 40 });
export const RLock_Type = newStaticType({
  name: "_thread.RLock",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 48,
});

const lockTraverse = (o: PyObject, visit: (o: PyObject) => void): void => visit(o.ob_type);
Lock_Type.tp_traverse = lockTraverse;
RLock_Type.tp_traverse = lockTraverse;
Lock_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  gcFree(o);
};
Lock_Type.tp_repr = (o) =>
  PyStr_FromString(
    `<${(o as PyLock).locked ? "locked" : "unlocked"} _thread.lock object at ${addressHex(o)}>`,
  );

RLock_Type.tp_new = (typeObj) => {
  const self = new PyRLock(typeObj as PyType);
  gcAlloc(self, 48 + 16);
  if (typeObj !== RLock_Type) Py_INCREF(typeObj);
  PyObject_GC_Track(self);
  return self;
};
RLock_Type.tp_dealloc = (o) => {
  const t = o.ob_type;
  PyObject_GC_UnTrack(o);
  gcFree(o);
  if (t !== RLock_Type) Py_DECREF(t);
};
RLock_Type.tp_repr = (o) => {
  const r = o as PyRLock;
  const name = o.ob_type === RLock_Type ? "_thread.RLock" : o.ob_type.tp_name;
  return PyStr_FromString(
    `<${r.owner !== 0 ? "locked" : "unlocked"} ${name} object owner=${r.owner} count=${r.count} at ${addressHex(o)}>`,
  );
};

function newLock(): PyLock {
  const l = new PyLock(Lock_Type);
  gcAlloc(l, 40 + 16);
  PyObject_GC_Track(l);
  return l;
}

/** acquire(blocking=True, timeout=-1)'s arguments: the deadline (-1: none), or null: don't block. */
function acquireArgs(fname: string, args: PyObject[], kwnames: string[] | null): number | null {
  const [b, to] = clinicArgs(fname, args, kwnames, { names: ["blocking", "timeout"], minpos: 0 });
  const blocking = b === null ? true : PyObject_IsTrue(b);
  let timeout = -1;
  if (to !== null) {
    if (to.ob_type.tp_name === "str")
      raise(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    timeout = PyFloat_AsDouble(to);
  }
  if (!blocking && timeout !== -1) raise(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raise(PyExc_ValueError, "timeout value must be positive");
  if (timeout > TIMEOUT_MAX) raise(PyExc_OverflowError, "timeout value is too large");
  if (!blocking || timeout === 0) return null;
  return timeout < 0 ? Number.POSITIVE_INFINITY : now() + timeout * 1000;
}

const lockAcquireImpls = new Set<NativeImpl>();
const rlockAcquireImpls = new Set<NativeImpl>();

function lockAcquire(self: PyLock, deadline: number | null): PyObject {
  if (!self.locked) {
    self.locked = true;
    return Py_NewRef(PyBool_FromBool(true));
  }
  if (deadline === null) return Py_NewRef(PyBool_FromBool(false));
  return block(
    {
      poll: () => !self.locked,
      complete: () => {
        self.locked = true;
        return Py_NewRef(PyBool_FromBool(true));
      },
      deadline,
      timeout: () => Py_NewRef(PyBool_FromBool(false)),
    },
    (frame) => callsMethodOf(frame, self, lockAcquireImpls),
  );
}

const lockAcquireMethod: NativeImpl = (self, args, kwnames) =>
  lockAcquire(self as PyLock, acquireArgs("acquire", args, kwnames));
const lockEnter: NativeImpl = (self) => lockAcquire(self as PyLock, Number.POSITIVE_INFINITY);
function lockRelease(self: PyObject): PyObject {
  const l = self as PyLock;
  if (!l.locked) raise(PyExc_RuntimeError, "release unlocked lock");
  l.locked = false;
  return Py_NewRef(Py_None);
}
const lockExit: NativeImpl = (self) => lockRelease(self!);
const lockLocked: NativeImpl = (self) => Py_NewRef(PyBool_FromBool((self as PyLock).locked));
for (const f of [lockAcquireMethod, lockEnter, lockExit]) lockAcquireImpls.add(f);

defineMethods(Lock_Type, {
  acquire: lockAcquireMethod,
  acquire_lock: lockAcquireMethod,
  release: (self) => lockRelease(self!),
  release_lock: (self) => lockRelease(self!),
  locked: lockLocked,
  locked_lock: lockLocked,
  __enter__: lockEnter,
  __exit__: lockExit,
  _at_fork_reinit: (self) => {
    (self as PyLock).locked = false;
    return Py_NewRef(Py_None);
  },
});

function rlockAcquire(self: PyRLock, deadline: number | null): PyObject {
  const me = currentIdent();
  if (self.owner === me) {
    self.count++;
    return Py_NewRef(PyBool_FromBool(true));
  }
  if (self.owner === 0) {
    self.owner = me;
    self.count = 1;
    return Py_NewRef(PyBool_FromBool(true));
  }
  if (deadline === null) return Py_NewRef(PyBool_FromBool(false));
  return block(
    {
      poll: () => self.owner === 0,
      complete: () => {
        self.owner = me;
        self.count = 1;
        return Py_NewRef(PyBool_FromBool(true));
      },
      deadline,
      timeout: () => Py_NewRef(PyBool_FromBool(false)),
    },
    (frame) => callsMethodOf(frame, self, rlockAcquireImpls),
  );
}

function rlockRelease(self: PyObject): PyObject {
  const r = self as PyRLock;
  if (r.count === 0 || r.owner !== currentIdent())
    raise(PyExc_RuntimeError, "cannot release un-acquired lock");
  if (--r.count === 0) r.owner = 0;
  return Py_NewRef(Py_None);
}

const rlockAcquireMethod: NativeImpl = (self, args, kwnames) =>
  rlockAcquire(self as PyRLock, acquireArgs("acquire", args, kwnames));
const rlockEnter: NativeImpl = (self) => rlockAcquire(self as PyRLock, Number.POSITIVE_INFINITY);
const rlockExit: NativeImpl = (self) => rlockRelease(self!);
/** _acquire_restore((count, owner)): waits for the lock, then takes it over with that state. */
const rlockAcquireRestore: NativeImpl = (self, args) => {
  const r = self as PyRLock;
  const state = args[0];
  if (state === undefined || !PyTuple_Check(state) || state.items.length !== 2) {
    raise(PyExc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
  }
  const count = Number((state.items[0] as unknown as { value: number }).value);
  const owner = Number((state.items[1] as unknown as { value: number }).value);
  const take = (): PyObject => {
    r.owner = owner;
    r.count = count;
    return Py_NewRef(Py_None);
  };
  if (r.owner === 0) return take();
  return block(
    { poll: () => r.owner === 0, complete: take, deadline: Number.POSITIVE_INFINITY, timeout: take },
    (frame) => callsMethodOf(frame, r, rlockAcquireImpls),
  );
};
for (const f of [rlockAcquireMethod, rlockEnter, rlockExit, rlockAcquireRestore]) rlockAcquireImpls.add(f);

defineMethods(RLock_Type, {
  acquire: rlockAcquireMethod,
  release: (self) => rlockRelease(self!),
  __enter__: rlockEnter,
  __exit__: rlockExit,
  _is_owned: (self) => {
    const r = self as PyRLock;
    return Py_NewRef(PyBool_FromBool(r.count > 0 && r.owner === currentIdent()));
  },
  _release_save: (self) => {
    const r = self as PyRLock;
    if (r.count === 0) raise(PyExc_RuntimeError, "cannot release un-acquired lock");
    const state = PyTuple_New([PyInt_FromNumber(r.count), PyInt_FromNumber(r.owner)]);
    r.owner = 0;
    r.count = 0;
    return state;
  },
  _acquire_restore: rlockAcquireRestore,
  _recursion_count: (self) => {
    const r = self as PyRLock;
    return PyInt_FromNumber(r.owner === currentIdent() ? r.count : 0);
  },
  _at_fork_reinit: (self) => {
    const r = self as PyRLock;
    r.owner = 0;
    r.count = 0;
    return Py_NewRef(Py_None);
  },
});

// ---------------------------------------------------------------------------------------------
// the module

function startNewThread(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "start_new_thread() takes no keyword arguments");
  if (args.length < 2 || args.length > 3) {
    raise(PyExc_TypeError, `start_new_thread expected at least 2 arguments, got ${args.length}`);
  }
  const [func, targs, kwargs] = args as [PyObject, PyObject, PyObject | undefined];
  if (func.ob_type.tp_call === null) raise(PyExc_TypeError, "first arg must be callable");
  if (!PyTuple_Check(targs)) raise(PyExc_TypeError, "2nd arg must be a tuple");
  if (kwargs !== undefined && !PyDict_Check(kwargs))
    raise(PyExc_TypeError, "optional 3rd arg must be a dictionary");
  const s = scheduler();
  const t = new GreenThread(s.nextIdent++);
  const callArgs = [...(targs as PyTuple).items];
  if (kwargs !== undefined && PyDict_Size(kwargs) > 0) {
    const items = PyDict_Items(kwargs) as PyList;
    t.kwnames = [];
    for (const it of items.items) {
      const [k, v] = (it as PyTuple).items as [PyObject, PyObject];
      if (k.ob_type.tp_name !== "str") {
        Py_DECREF(items);
        raise(PyExc_TypeError, "keywords must be strings");
      }
      t.kwnames.push((k as PyStr).value);
      callArgs.push(v);
    }
    for (const a of callArgs) Py_INCREF(a);
    Py_DECREF(items);
  } else {
    for (const a of callArgs) Py_INCREF(a);
  }
  Py_INCREF(func);
  t.func = func;
  t.args = callArgs;
  t.state = State.SUSPENDED;
  t.since = now();
  s.queue.push(t);
  s.alive.set(t.ident, t);
  return PyInt_FromNumber(t.ident);
}

function throwSystemExit(): never {
  throw PyErr_NoArgs(PyExc_SystemExit);
}

const THREAD_FUNCTIONS: MethodDef[] = [
  {
    name: "allocate_lock",
    impl: () => newLock(),
    doc: "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks.",
  },
  { name: "allocate", impl: () => newLock() },
  { name: "start_new_thread", impl: (_m, a, k) => startNewThread(a, k) },
  { name: "start_new", impl: (_m, a, k) => startNewThread(a, k) },
  { name: "get_ident", impl: () => PyInt_FromNumber(currentIdent()) },
  { name: "get_native_id", impl: () => PyInt_FromNumber(currentIdent()) },
  { name: "_count", impl: () => PyInt_FromNumber(Math.max(0, (activeScheduler()?.alive.size ?? 1) - 1)) },
  { name: "exit", impl: () => throwSystemExit() },
  { name: "exit_thread", impl: () => throwSystemExit() },
  {
    name: "stack_size",
    impl: (_m, a) => {
      // Remembered only: green threads run on the VM's frame stack, whatever the size.
      const old = threadStackSize;
      if (a.length > 0) {
        const n = PyNumber_AsSsize_t(a[0] as PyObject, null);
        if (!Number.isSafeInteger(n) || Math.abs(n) === Number.MAX_SAFE_INTEGER)
          raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
        if (n < 0) raise(PyExc_ValueError, "size must be 0 or a positive value");
        if (n !== 0 && n < 32768) raise(PyExc_ValueError, `size not valid: ${n} bytes`);
        threadStackSize = n;
      }
      return PyInt_FromNumber(old);
    },
  },
  {
    name: "daemon_threads_allowed",
    impl: () => Py_NewRef(PyBool_FromBool(true)),
  },
  {
    // heapstack: is the thread with this ident still running (or waiting to run)?
    name: "_is_alive",
    impl: (_m, a) => {
      const ident = Number((a[0] as unknown as { value: number }).value);
      return Py_NewRef(PyBool_FromBool(activeScheduler()?.alive.has(ident) ?? ident === MAIN_IDENT));
    },
  },
];

function createThreadModule(): PyModule {
  scheduler();
  setThreadSleep(threadSleep);
  const m = PyModule_New("_thread");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
    ),
  );
  PyModule_AddObjectRef(m, "LockType", Lock_Type);
  PyModule_AddObjectRef(m, "lock", Lock_Type);
  PyModule_AddObjectRef(m, "RLock", RLock_Type);
  PyModule_AddObjectRef(m, "error", PyExc_RuntimeError);
  PyModule_Add(m, "TIMEOUT_MAX", PyFloat_FromDouble(TIMEOUT_MAX));
  PyModule_AddFunctions(m, THREAD_FUNCTIONS);
  return m;
}

/**
 * Py_FinalizeEx's wait_for_thread_shutdown: when threads were used, threading._shutdown() (it
 * joins the non-daemon threads) if the program imported threading.
 */
export function waitForThreadShutdown(): void {
  if (activeScheduler() === null) return;
  const threading = PyDict_GetItemString(importState.modules!, "threading");
  if (threading === null) return;
  try {
    const fn = PyObject_GetAttrString(threading, "_shutdown");
    try {
      Py_DECREF(PyObject_Call(fn, [], null));
    } finally {
      Py_DECREF(fn);
    }
  } catch (e) {
    PyErr_WriteUnraisable(e, null);
  }
}

export function registerThreadModule(): void {
  registerBuiltinModule("_thread", createThreadModule);
}
