/**
 * Registers the standard-library modules written in TypeScript (`import math` etc.). Modules
 * written in Python live in lib/ and are found on sys.path instead.
 */
import { registerBisectModule } from "./_bisect.js";
import { registerCtypesHeapModule } from "./_ctypes_heap.js";
import { registerFunctoolsModule } from "./_functools.js";
import { registerHeapqModule } from "./_heapq.js";
import { registerOperatorModule } from "./_operator.js";
import { registerRandomModule } from "./_random.js";
import { registerSha512Module } from "./_sha512.js";
import { registerSymtableModule } from "./_symtable.js";
import { registerTracemallocModule } from "./_tracemalloc.js";
import { registerAtexitModule } from "./atexit.js";
import { registerCmathModule } from "./cmath.js";
import { registerItertoolsModule } from "./itertools.js";
import { registerMarshalModule } from "./marshal.js";
import { registerMathModule } from "./math.js";
import { registerDataModelModules } from "./stdlib_modules.js";
import { registerStdlibNativeModules } from "./stdlib_native.js";

let registered = false;

/** Makes the TypeScript stdlib modules importable (once per process). */
export function registerStdlibModules(): void {
  if (registered) return;
  registered = true;
  registerMathModule();
  registerMarshalModule();
  registerOperatorModule();
  registerItertoolsModule();
  registerFunctoolsModule();
  registerHeapqModule();
  registerBisectModule();
  registerRandomModule();
  registerSha512Module();
  registerSymtableModule();
  registerAtexitModule();
  registerTracemallocModule();
  registerCtypesHeapModule();
  registerCmathModule();
  registerDataModelModules();
  registerStdlibNativeModules();
}
