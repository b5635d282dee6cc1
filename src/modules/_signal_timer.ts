/**
 * `_signal_timer`: the real-time interval timer behind lib/signal.py's alarm, setitimer,
 * getitimer and pause. heapstack gets no SIGALRM from the system: the timer is a deadline that
 * the evaluation loop's checks and time.sleep look at (src/vm/budget.ts), and when it expires
 * they call signal._on_alarm(), which runs the program's action for SIGALRM there, where CPython
 * runs the handler of a signal that has arrived.
 *
 * - `set_real(seconds, interval)` -> `(seconds left, interval)` of the previous setting.
 * - `get_real()` -> `(seconds left, interval)`.
 * - `pause()`: waits for the timer's next expiry (or Ctrl-C) and runs the action.
 */

import { PyObject_CallMethod } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/float.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyTuple_New } from "../objects/tuple.js";
import { pauseForSignal, realTimer, setRealTimer } from "../vm/budget.js";
import { PyImport_ImportModule, registerFunctionModule } from "./importlib.js";

/** The timer's expiry: signal._on_alarm() (looked up then, so no reference is held meanwhile). */
function onAlarm(): void {
  const signal = PyImport_ImportModule("signal");
  try {
    Py_DECREF(PyObject_CallMethod(signal, "_on_alarm", []));
  } finally {
    Py_DECREF(signal);
  }
}

function timerTuple([ms, intervalMs]: [number, number]): PyObject {
  return PyTuple_New([PyFloat_FromDouble(ms / 1000), PyFloat_FromDouble(intervalMs / 1000)]);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "set_real",
    impl: (_m, args, kw) => {
      const [seconds, interval] = parseArgs("set_real", args, kw, {
        names: ["seconds", "interval"],
        required: 2,
      });
      const ms = PyFloat_AsDouble(seconds!) * 1000;
      const intervalMs = PyFloat_AsDouble(interval!) * 1000;
      return timerTuple(setRealTimer(ms, intervalMs, onAlarm));
    },
    doc: "set_real(seconds, interval) -> (seconds, interval) of the previous real-time timer.",
  },
  {
    name: "get_real",
    impl: () => timerTuple(realTimer()),
    doc: "get_real() -> (seconds left, interval) of the real-time timer.",
  },
  {
    name: "pause",
    impl: () => {
      pauseForSignal();
      return Py_NewRef(Py_None);
    },
    doc: "pause() waits for the real-time timer to expire and runs its action.",
  },
];

export function registerSignalTimerModule(): void {
  registerFunctionModule("_signal_timer", FUNCTIONS);
}
