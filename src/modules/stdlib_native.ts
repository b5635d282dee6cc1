/**
 * Registers the standard-library modules written in TypeScript that back heapstack's `lib/`
 * (json's `_json`, `_io`, `_struct`, `array`, `time`, `_warnings`), and connects the runtime's
 * numeric DeprecationWarnings to the `warnings` module. Called once per process at bootstrap.
 */
import { registerIoModule } from "./_io.js";
import { registerJsonModule } from "./_json.js";
import { registerStdlibHelpersModule } from "./_stdlib_helpers.js";
import { registerStructModule } from "./_struct.js";
import { registerArrayModule } from "./array.js";
import { registerSreModule } from "./re/sre.js";

let registered = false;

export function registerStdlibNativeModules(): void {
  if (registered) return;
  registered = true;
  registerJsonModule();
  registerIoModule();
  registerStructModule();
  registerArrayModule();
  registerStdlibHelpersModule();
  registerSreModule();
}
