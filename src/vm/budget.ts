/**
 * Budgets for untrusted code and the interrupt check (CPython's "eval breaker").
 *
 * CPython checks for pending signals at a few points of the evaluation loop: a frame starting
 * (RESUME) and a backward jump (the end of every loop iteration). heapstack counts down at the
 * same points: `breaker.ticks` is decremented there and, when it goes below zero, `breakerCheck`
 * runs. So a program's cost is one decrement and compare per call or loop iteration, and the
 * clock, the heap size and the interrupt flag are looked at once every CHECK_INTERVAL ticks.
 * With no budget and no interrupt flag, ticks is +Infinity and the check never runs.
 *
 * A step, for --max-steps of a plain run, is one tick: one function call (or generator resume)
 * or one loop iteration. Every stretch of code between two ticks is straight-line, so this
 * bounds the work a program can do in Python code; one long native operation (10 ** 10 ** 8)
 * is bounded by the CLI's watchdog instead.
 */
import { heap } from "../memory/heap.js";
import { PyErr_NoArgs, PyExc_KeyboardInterrupt } from "../objects/exceptions.js";

/** Ticks between two looks at the clock, the heap size and the interrupt flag. */
const CHECK_INTERVAL = 4096;

/** Why a budget stopped a run. */
export type BudgetReason = "max-steps" | "timeout" | "max-memory" | "deadlock";

/**
 * Told as a limit (a budget here, or the trace recorder's) stops the run, before the stack
 * unwinds. The CLI's worker passes it on to the main thread, whose --timeout watchdog then stands
 * down: the program is stopped, and unwinding a deep stack (or writing the report) may take
 * longer than the watchdog's grace time without being stuck.
 */
export const stopNotice: { listener: ((reason: string) => void) | null } = { listener: null };

/**
 * Thrown through the interpreter when a budget runs out. It is not a Python exception, so no
 * `except` or `finally` of the program runs: the program is stopped, not asked to stop.
 */
export class BudgetExceeded {
  constructor(
    readonly reason: BudgetReason,
    readonly message: string,
  ) {
    stopNotice.listener?.(reason);
  }
}

export interface Budget {
  /** Stop after this many ticks (calls plus loop iterations). */
  maxSteps?: number;
  /** Stop after this many milliseconds of wall time. */
  timeoutMs?: number;
  /** Stop when the modelled heap (allocator bytes in use) grows past this many bytes. */
  maxMemory?: number;
  /** A flag another thread sets to 1 on SIGINT: the program gets a KeyboardInterrupt. */
  interrupt?: Int32Array;
}

/** The countdown the evaluation loop decrements at RESUME and JUMP_BACKWARD. */
export const breaker = { ticks: Number.POSITIVE_INFINITY };

let maxSteps = Number.POSITIVE_INFINITY;
let deadline = Number.POSITIVE_INFINITY;
let timeoutMs = 0;
let maxMemory = Number.POSITIVE_INFINITY;
let interrupt: Int32Array | null = null;
/** Ticks consumed before the current countdown started. */
let used = 0;
/** Allocator bytes in use when the program started (the runtime's own objects). */
let baseline = 0;
/** Length of the current countdown. */
let chunk = Number.POSITIVE_INFINITY;
let active = false;
/** The countdown is a short one, whose check only primes the evaluation loop's call. */
let priming = false;
/** Length of that first countdown. */
const PRIMING_TICKS = 100;

function armCountdown(): void {
  chunk = active ? Math.max(1, Math.min(CHECK_INTERVAL, maxSteps - used)) : Number.POSITIVE_INFINITY;
  breaker.ticks = chunk;
}

/** Installs the budget for the next run (none: every limit off). */
export function setBudget(b: Budget | null): void {
  maxSteps = b?.maxSteps ?? Number.POSITIVE_INFINITY;
  timeoutMs = b?.timeoutMs ?? 0;
  deadline = b?.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + b.timeoutMs;
  maxMemory = b?.maxMemory ?? Number.POSITIVE_INFINITY;
  interrupt = b?.interrupt ?? null;
  used = 0;
  priming = false;
  alarmAt = Number.POSITIVE_INFINITY;
  alarmInterval = 0;
  onAlarm = null;
  updateActive();
  armCountdown();
}

function updateActive(): void {
  active =
    maxSteps !== Number.POSITIVE_INFINITY ||
    deadline !== Number.POSITIVE_INFINITY ||
    maxMemory !== Number.POSITIVE_INFINITY ||
    interrupt !== null ||
    alarmAt !== Number.POSITIVE_INFINITY;
}

// ---------------------------------------------------------------------------------------------
// The real-time interval timer (setitimer(ITIMER_REAL), alarm): heapstack receives no SIGALRM
// from the system, so the timer is a deadline on this clock, looked at where CPython would run
// the handler of a signal that arrived: at the evaluation loop's checks and in time.sleep.

/** When the timer expires (Date.now() milliseconds), or +Infinity when it is off. */
let alarmAt = Number.POSITIVE_INFINITY;
/** Its reload value in milliseconds (0: one shot). */
let alarmInterval = 0;
/** Runs the program's action for SIGALRM (lib/signal.py's dispatcher); may throw. */
let onAlarm: (() => void) | null = null;
/** How many times the timer has expired (signal.pause waits for the next one). */
let alarmsFired = 0;

/**
 * Sets the real-time timer to expire in `ms` milliseconds (0: off) and then every `intervalMs`,
 * calling `action` each time; returns the previous [milliseconds left, interval].
 */
export function setRealTimer(ms: number, intervalMs: number, action: () => void): [number, number] {
  const previous = realTimer();
  alarmAt = ms > 0 ? Date.now() + ms : Number.POSITIVE_INFINITY;
  alarmInterval = ms > 0 ? intervalMs : 0;
  onAlarm = action;
  updateActive();
  // the next check comes soon enough for a short timer
  if (active && breaker.ticks > CHECK_INTERVAL) armCountdown();
  return previous;
}

/** [milliseconds left, interval in milliseconds] of the real-time timer ([0, 0]: off). */
export function realTimer(): [number, number] {
  if (alarmAt === Number.POSITIVE_INFINITY) return [0, 0];
  return [Math.max(alarmAt - Date.now(), 0.001), alarmInterval];
}

/** Calls the SIGALRM action if the timer has expired (reloading or stopping it first). */
function checkAlarm(): void {
  if (Date.now() < alarmAt) return;
  alarmAt = alarmInterval > 0 ? Date.now() + alarmInterval : Number.POSITIVE_INFINITY;
  if (alarmAt === Number.POSITIVE_INFINITY) updateActive();
  alarmsFired++;
  onAlarm?.();
}

/**
 * signal.pause(): waits for the timer's next expiry and runs its action; with no timer set it
 * waits for Ctrl-C (or the run's limits), as pause(2) waits for a signal that never comes.
 */
export function pauseForSignal(): void {
  const fired = alarmsFired;
  while (alarmsFired === fired)
    sleepWithinBudget(alarmAt === Number.POSITIVE_INFINITY ? 3_600_000 : alarmAt - Date.now());
}

/** Starts the clock of a timeout now (the budget is installed before the runtime's setup). */
export function startBudgetClock(): void {
  if (deadline !== Number.POSITIVE_INFINITY) deadline = Date.now() + timeoutMs;
  baseline = heap.allocator.bytesInUse;
  used = 0;
  armCountdown();
  if (active && chunk > PRIMING_TICKS + 1) {
    // The program's first check comes early and only continues the countdown: V8 optimises
    // the evaluation loop after a few thousand instructions and compiles a call it has never
    // seen made as a deoptimisation, so a first check CHECK_INTERVAL ticks later would cost a
    // recompilation of the whole loop. (Not at the very first tick: V8 records what a function
    // does only once it has run a little.)
    priming = true;
    breaker.ticks = PRIMING_TICKS;
  }
}

/** Ticks used so far (for messages and tests). */
export function ticksUsed(): number {
  if (!active) return 0;
  return used + (priming ? PRIMING_TICKS : chunk) - breaker.ticks;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3).replace(/\.?0+$/, "");
}

/** The modelled heap is over --max-memory (also called on allocation when a memory budget is set). */
export function checkMemoryBudget(): void {
  if (heap.allocator.bytesInUse - baseline > maxMemory) {
    const limit = maxMemory;
    maxMemory = Number.POSITIVE_INFINITY; // report once: the teardown may allocate
    throw new BudgetExceeded("max-memory", `the program's heap grew past ${limit} bytes (--max-memory)`);
  }
}

/** The memory limit in force, or null. */
export function memoryBudget(): number | null {
  return maxMemory === Number.POSITIVE_INFINITY ? null : maxMemory;
}

/** Runs when the countdown goes below zero: steps, clock, heap, interrupt flag. */
export function breakerCheck(): void {
  if (priming) {
    priming = false;
    breaker.ticks = chunk - (PRIMING_TICKS + 1);
    return;
  }
  used += chunk;
  if (used >= maxSteps) {
    breaker.ticks = Number.POSITIVE_INFINITY;
    active = false;
    throw new BudgetExceeded("max-steps", `the program ran past ${maxSteps} steps (--max-steps)`);
  }
  armCountdown();
  if (Date.now() > deadline) {
    deadline = Number.POSITIVE_INFINITY;
    throw new BudgetExceeded("timeout", `the program ran longer than ${seconds(timeoutMs)} s (--timeout)`);
  }
  checkMemoryBudget();
  if (interrupt !== null && Atomics.exchange(interrupt, 0, 0) !== 0) {
    throw PyErr_NoArgs(PyExc_KeyboardInterrupt);
  }
  checkAlarm();
}

/**
 * time.sleep(secs) within the budget: waits on the interrupt flag, so Ctrl-C ends the sleep with
 * a KeyboardInterrupt at once (as CPython's sleep returns on EINTR), and a --timeout deadline
 * that comes first ends it with the limit's stop instead of sleeping past it.
 */
export function sleepWithinBudget(ms: number): void {
  const end = Date.now() + ms;
  for (;;) {
    const left = Math.min(end, deadline, alarmAt) - Date.now();
    if (left > 0) waitAtMost(left);
    pollBudget();
    // an alarm's handler runs during the sleep, which then goes on unless it raised (PEP 475)
    checkAlarm();
    if (Date.now() >= end) return;
  }
}

/** Made on first use: a browser page that is not cross-origin isolated has no SharedArrayBuffer. */
let sleepCell: Int32Array | null = null;

function waitAtMost(ms: number): void {
  if (interrupt !== null) {
    Atomics.wait(interrupt, 0, 0, ms);
    return;
  }
  if (typeof SharedArrayBuffer === "undefined") {
    // No blocking wait without shared memory (a web worker on a page that is not cross-origin
    // isolated): spin on the clock in short slices, so the caller's pollBudget still runs.
    const until = Date.now() + Math.min(ms, 50);
    while (Date.now() < until) {}
    return;
  }
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}

/**
 * For long native loops (the regular expression matcher, as CPython's _sre checks signals every
 * 4096 operations): the clock, the heap and the interrupt flag, without spending steps.
 */
export function pollBudget(): void {
  if (!active) return;
  if (Date.now() > deadline) {
    deadline = Number.POSITIVE_INFINITY;
    throw new BudgetExceeded("timeout", `the program ran longer than ${seconds(timeoutMs)} s (--timeout)`);
  }
  checkMemoryBudget();
  if (interrupt !== null && Atomics.exchange(interrupt, 0, 0) !== 0) {
    throw PyErr_NoArgs(PyExc_KeyboardInterrupt);
  }
}
