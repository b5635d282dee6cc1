/**
 * The references CPython 3.11.7's start holds to the functions and classes of the builtins
 * module that heapstack's start does not hold, so that `sys.getrefcount(len)` at a script's first
 * lines is python3's 10, not heapstack's 2. They are held by objects heapstack's start does not
 * make: the interpreter's copy of the builtins dict (interp->builtins_copy: one for every name),
 * a snapshot of the builtins dict made before the exceptions are added (one for every function
 * and non-exception class), the slot wrappers and method descriptors of the builtin classes (each
 * holds its class: 60 for int), the bases and __mro__ tuples of the subclasses the startup
 * modules define (`Exception`: 129), the closure cells of the namedtuple classes made by the
 * modules site imports (`_len = len`), the defaults of their functions (`getattr`), type
 * annotations kept by typing. heapstack does not make those objects: sys.getrefcount adds their
 * number (they never change: the objects holding them live until the interpreter ends).
 *
 * Measured with the reference installation (`python3 script.py`, its site-packages imported),
 * for every function and class in builtins: python3's sys.getrefcount at a script's first line
 * minus heapstack's. Known difference: importing a module python3 had imported at startup
 * (collections, re, typing...) runs heapstack's copy, whose classes and closures add references
 * CPython's count already had: startupImportDone measures what such a load added to the table's
 * objects, and startupReferences subtracts it (`sys.getrefcount(object)` after `import
 * collections` is python3's, which the load does not move).
 */
import { type PyDict, PyDict_GetItemString } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";

const STARTUP_REFERENCES =
  "ArithmeticError:9 AssertionError:3 AttributeError:6 BaseException:113 BaseExceptionGroup:13 " +
  "BlockingIOError:8 BrokenPipeError:5 BufferError:3 BytesWarning:3 ChildProcessError:4 " +
  "ConnectionAbortedError:4 ConnectionError:11 ConnectionRefusedError:4 ConnectionResetError:4 " +
  "DeprecationWarning:5 EOFError:3 EncodingWarning:3 EnvironmentError:59 Exception:128 " +
  "ExceptionGroup:3 FileExistsError:4 FileNotFoundError:4 FloatingPointError:3 FutureWarning:3 " +
  "GeneratorExit:3 IOError:59 ImportError:13 ImportWarning:4 IndentationError:5 IndexError:3 " +
  "InterruptedError:4 IsADirectoryError:4 KeyError:4 KeyboardInterrupt:3 LookupError:10 " +
  "MemoryError:3 ModuleNotFoundError:3 NameError:7 NotADirectoryError:4 NotImplementedError:3 " +
  "OSError:59 OverflowError:3 PendingDeprecationWarning:4 PermissionError:5 ProcessLookupError:4 " +
  "RecursionError:3 ReferenceError:3 ResourceWarning:4 RuntimeError:15 RuntimeWarning:3 " +
  "StopAsyncIteration:3 StopIteration:4 SyntaxError:15 SyntaxWarning:3 SystemError:5 SystemExit:4 " +
  "TabError:3 TimeoutError:4 TypeError:3 UnboundLocalError:3 UnicodeDecodeError:9 " +
  "UnicodeEncodeError:9 UnicodeError:9 UnicodeTranslateError:9 UnicodeWarning:3 UserWarning:3 " +
  "ValueError:19 Warning:28 ZeroDivisionError:3 __build_class__:2 __import__:3 __loader__:42 " +
  "abs:3 aiter:2 all:2 anext:2 any:2 ascii:2 bin:2 bool:26 breakpoint:2 bytearray:81 bytes:75 " +
  "callable:2 chr:2 classmethod:13 compile:2 complex:34 delattr:2 dict:57 dir:2 divmod:2 " +
  "enumerate:8 eval:2 exec:2 filter:7 float:49 format:2 frozenset:35 getattr:6 globals:2 " +
  "hasattr:2 hash:3 hex:3 id:2 input:2 int:95 isinstance:2 issubclass:2 iter:2 len:8 list:42 " +
  "locals:2 map:12 max:2 memoryview:37 min:2 next:2 object:1132 oct:2 open:3 ord:2 pow:2 print:3 " +
  "property:20 range:24 repr:3 reversed:9 round:2 set:48 setattr:2 slice:16 sorted:2 " +
  "staticmethod:14 str:123 sum:2 super:10 tuple:101 type:57 vars:2 zip:14";
/**
 * The objects of STARTUP_REFERENCES found in one builtins dict, with their counts, and the
 * references heapstack's loads of startup modules added to them in this run.
 */
let resolved: { builtins: PyDict | null; counts: Map<PyObject, number>; loaded: Map<PyObject, number> } = {
  builtins: null,
  counts: new Map(),
  loaded: new Map(),
};

/** The builtins dict of the current run (set by the sys module), or null outside a run. */
let runBuiltins: () => PyDict | null = () => null;

export function setStartupBuiltins(get: () => PyDict | null): void {
  runBuiltins = get;
}

/**
 * The references CPython's start holds to `o` beyond heapstack's (0 for anything but the
 * functions and classes of `builtins`, the interpreter's builtins dict), less those heapstack's
 * later loads of startup modules added.
 */
export function startupReferences(o: PyObject, builtins: PyDict): number {
  resolve(builtins);
  return (resolved.counts.get(o) ?? 0) - (resolved.loaded.get(o) ?? 0);
}

/**
 * A module python3 had imported at startup begins to load: the reference counts of the table's
 * objects now, for startupImportDone (null outside a run).
 */
export function startupRefcounts(): Map<PyObject, number> | null {
  const builtins = runBuiltins();
  if (builtins === null) return null;
  resolve(builtins);
  const now = new Map<PyObject, number>();
  for (const o of resolved.counts.keys()) now.set(o, o.ob_refcnt);
  return now;
}

/** The load ended: the references it added to the table's objects were in CPython's count already. */
export function startupImportDone(before: Map<PyObject, number> | null): void {
  if (before === null) return;
  for (const [o, n] of before) {
    const added = o.ob_refcnt - n;
    if (added !== 0) resolved.loaded.set(o, (resolved.loaded.get(o) ?? 0) + added);
  }
}

function resolve(builtins: PyDict): void {
  if (resolved.builtins !== builtins) {
    const counts = new Map<PyObject, number>();
    for (const entry of STARTUP_REFERENCES.split(" ")) {
      const [name, n] = entry.split(":");
      const v = PyDict_GetItemString(builtins, name!);
      if (v !== null) counts.set(v, Number(n));
    }
    resolved = { builtins, counts, loaded: new Map() };
  }
}
