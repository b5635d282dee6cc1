import { Py_None } from "../objects/none.js";
import type { PyObject } from "../objects/object.js";
import type { VMListener } from "./events.js";
import type { Frame } from "./frame.js";

/**
 * One entry of the handled-exception stack (CPython's _PyErr_StackItem). The thread has a base
 * item; a running generator links its own item on top, so `sys.exc_info()` inside a generator
 * sees the generator's handled exception first.
 */
export interface ExcStackItem {
  /** The exception being handled (a strong reference), None, or null. */
  exc_value: PyObject | null;
  previous: ExcStackItem | null;
}

/**
 * Non-null once interpreter shutdown has emptied sys.modules (finalize_remove_modules onward).
 * CPython's C side still reaches a few things then: `warningsFilters` is the warnings filters
 * list _warnings kept its own reference to (null if none could be found), `warned` the texts its
 * registry has seen.
 */
export interface ModulesGone {
  warningsFilters: PyObject | null;
  warned: Set<string>;
}
export let modulesGone: ModulesGone | null = null;
export function setModulesGone(state: ModulesGone | null): void {
  modulesGone = state;
}

/** The interpreter's per-thread state (CPython's PyThreadState): there is one thread. */
export class ThreadState {
  /** The frame executing now: the top of the frame stack (linked through Frame.back). */
  frame: Frame | null = null;
  /** Base of the handled-exception stack. */
  readonly baseExcInfo: ExcStackItem = { exc_value: null, previous: null };
  /** Topmost handled-exception item. */
  excInfo: ExcStackItem = this.baseExcInfo;
  /** The event listener (DESIGN section 5); null costs one check per instruction. */
  listener: VMListener | null = null;
  /** Number of nested evaluation loops running (native code re-entering Python). */
  evalDepth = 0;
  /** sys.set_asyncgen_hooks' callables (strong references), given to each async generator on its first iteration. */
  asyncGenFirstiter: PyObject | null = null;
  asyncGenFinalizer: PyObject | null = null;
}

export let tstate = new ThreadState();

/**
 * Thrown by a blocking call of a green thread that can be suspended (src/modules/_thread.ts):
 * the evaluation loop lets it through without unwinding, so the thread's frames stay as they are
 * and a later resumeFrames() continues them.
 */
export const threadSwitch: object = { threadSwitch: true };

/** The listener every new thread state starts with (a trace recorder attached before a run). */
let initialListener: VMListener | null = null;

/** Makes the next runs start with `listener` attached (null: none). */
export function setInitialListener(listener: VMListener | null): void {
  initialListener = listener;
}

/** A fresh thread state for a new run. */
export function resetThreadState(): ThreadState {
  tstate = new ThreadState();
  tstate.listener = initialListener;
  return tstate;
}

/** The exception currently being handled (CPython's _PyErr_GetTopmostException), or null. */
export function topmostException(ts: ThreadState = tstate): PyObject | null {
  for (let item: ExcStackItem | null = ts.excInfo; item !== null; item = item.previous) {
    const v = item.exc_value;
    if (v !== null && v !== Py_None) return v;
  }
  return null;
}
