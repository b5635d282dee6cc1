// Entry of the fuzz worker thread: TypeScript loading is registered in the thread itself
// (a worker does not inherit the main thread's `--import tsx` hooks), then fuzz.ts runs the job.
import { register } from "tsx/esm/api";

register();
await import("./fuzz.ts");
