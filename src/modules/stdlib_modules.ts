/**
 * Built-in modules written in TypeScript that `lib/`'s collections, abc, typing... build on
 * (`_collections`, `_abc`), and the object types they need readied with the builtin ones
 * (`types.GenericAlias`, `types.UnionType`, which also gives `type` its `|`). Registered from
 * stdlib.ts, before sys.builtin_module_names is computed and the static types are readied.
 */
import "../objects/genericalias.js";
import "../objects/unionobject.js";
import { registerAbcModule } from "./_abc.js";
import { registerCollectionsModule } from "./_collections.js";

let registered = false;

/** Makes `import _collections` (and the rest of this group) available, once per process. */
export function registerDataModelModules(): void {
  if (registered) return;
  registered = true;
  registerCollectionsModule();
  registerAbcModule();
}
