"""Run Python modules and scripts as __main__ (heapstack): run_module, run_path, and what
`heapstack -m MODULE` calls, _run_module_as_main.

CPython freezes this module, so its frames in a traceback read `<frozen runpy>` with no
source line. heapstack keeps the two lines every `-m` traceback passes through where
CPython has them: the exec of the module's code in _run_code at line 88 and the call of
_run_code from _run_module_as_main at line 198.
"""

import sys
import os
import importlib.util

__all__ = ["run_module", "run_path"]


class _CannotRun(Exception):
    """Why a module can't be run with -m; the command line shows 'heapstack: reason'."""


class _Borrowed:
    """While active, sys.modules[name] is a fresh module and sys.argv[0] is argv0 (when
    given); on exit both are put back as they were."""

    _ABSENT = object()

    def __init__(self, name, argv0=None):
        self.name = name
        self.argv0 = argv0
        self.module = type(sys)(name)

    def __enter__(self):
        self.previous_module = sys.modules.get(self.name, self._ABSENT)
        sys.modules[self.name] = self.module
        if self.argv0 is not None:
            self.previous_argv0 = sys.argv[0]
            sys.argv[0] = self.argv0
        return self.module.__dict__

    def __exit__(self, *exc_info):
        if self.argv0 is not None:
            sys.argv[0] = self.previous_argv0
        if self.previous_module is self._ABSENT:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self.previous_module
        return False


def _script_attributes(name, spec, package, filename):
    """The attributes a module sees when it runs as a script: __name__, __file__, ..."""
    if spec is not None:
        if package is None:
            package = spec.parent
        return {"__name__": name, "__file__": spec.origin, "__cached__": spec.cached,
                "__doc__": None, "__loader__": spec.loader, "__package__": package,
                "__spec__": spec}
    return {"__name__": name, "__file__": filename, "__cached__": None, "__doc__": None,
            "__loader__": None, "__package__": package, "__spec__": None}


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Run `code` with `run_globals` as its namespace, after `init_globals` and the script
    attributes have been put in it. Returns the namespace.

    The caller chooses the namespace: __main__'s own dict for -m, a new module's dict for
    run_module(alter_sys=True) and run_path, a plain dict for run_module().

    What the code finds there, besides init_globals:
      __name__     mod_name ('__main__' for -m)
      __file__     the spec's origin, or script_name when there is no spec
      __cached__   the spec's cached path (None without a spec)
      __loader__   the spec's loader (None without a spec)
      __package__  pkg_name, else the spec's parent
      __spec__     mod_spec
      __doc__      None, until the code's own docstring sets it
    """
    if init_globals is not None:
        for key, value in init_globals.items():
            run_globals[key] = value
    attributes = _script_attributes(mod_name, mod_spec, pkg_name, script_name)
    for key, value in attributes.items():
        run_globals[key] = value
    # The frame of this function is in every traceback of a program run with -m; the call
    # below is where CPython's frozen runpy has it.
    exec(code, run_globals)
    return run_globals


def _find_runnable(name, failure=ImportError):
    """(name, spec, code) for running module `name`; for a package, its __main__ submodule.
    Problems are reported as `failure` exceptions with CPython's messages.

    The steps, in order:
      1. a relative name is refused;
      2. the parent package is imported (its own ImportError propagates, except the one
         saying the parent itself is missing, which find_spec reports better);
      3. importlib.util.find_spec finds the module without importing it;
      4. a package is run through its __main__ submodule;
      5. the loader gives the code object, which the caller runs.
    A module that already sits in sys.modules after step 2 (the package imported it) is
    run again all the same, with a RuntimeWarning, as CPython does.
    """
    if name.startswith("."):
        raise failure("Relative module names not supported")
    parent = name.rpartition(".")[0]
    if parent:
        try:
            __import__(parent)
        except ImportError as e:
            # A missing parent is reported by find_spec below; other import errors propagate.
            missing = e.name
            if missing is None or not (missing == parent or parent.startswith(missing + ".")):
                raise
        already = sys.modules.get(name)
        if already is not None and not hasattr(already, "__path__"):
            import warnings
            warnings.warn(RuntimeWarning(
                f"{name!r} found in sys.modules after import of package {parent!r}, "
                f"but prior to execution of {name!r}; this may result in unpredictable "
                "behaviour"))
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, AttributeError, TypeError, ValueError) as problem:
        text = (f"Error while finding module specification for {name!r} "
                f"({type(problem).__name__}: {problem})")
        if name.endswith(".py"):
            text += f". Try using '{name[:-3]}' instead of '{name}' as the module name."
        raise failure(text) from problem
    if spec is None:
        raise failure("No module named %s" % name)
    if spec.submodule_search_locations is not None:
        if name == "__main__" or name.endswith(".__main__"):
            raise failure("Cannot use package as __main__ module")
        try:
            return _find_runnable(name + ".__main__", failure)
        except failure as problem:
            if name not in sys.modules:
                raise
            raise failure(f"{problem}; {name!r} is a package and cannot be directly executed")
    if spec.loader is None:
        raise failure("%r is a namespace package and cannot be executed" % name)
    try:
        code = spec.loader.get_code(name)
    except ImportError as problem:
        raise failure(str(problem)) from problem
    if code is None:
        raise failure("No code object available for %s" % name)
    return name, spec, code


def _find_main_in_path(failure=ImportError):
    """_find_runnable('__main__') while the running __main__ is out of sys.modules."""
    running = sys.modules.pop("__main__")
    try:
        return _find_runnable("__main__")
    except ImportError as problem:
        if "__main__" not in str(problem):
            raise
        raise failure(f"can't find '__main__' module in {sys.path[0]!r}") from problem
    finally:
        sys.modules["__main__"] = running


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; returns the resulting globals.

    With alter_sys, the code runs in a temporary module installed in sys.modules under
    run_name, with sys.argv[0] set to the module's file, and a copy of its globals is
    returned."""
    mod_name, spec, code = _find_runnable(mod_name)
    if run_name is None:
        run_name = mod_name
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, spec)
    with _Borrowed(run_name, spec.origin) as namespace:
        _run_code(code, namespace, init_globals, run_name, spec)
        return dict(namespace)


def _run_module_as_main(mod_name, alter_argv=True):
    """What `heapstack -m MODULE` runs: the module's code in the namespace of the
    __main__ module the interpreter made, which stays the one in sys.modules.

    A module that cannot be run ends the program with 'heapstack: reason' on stderr."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, spec, code = _find_runnable(mod_name, _CannotRun)
        else:
            mod_name, spec, code = _find_main_in_path(_CannotRun)
    except _CannotRun as problem:
        sys.exit(f"heapstack: {problem}")  # python3 names itself by its executable's path
    namespace = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = spec.origin
    return _run_code(code, namespace, None, "__main__", spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the script at `path_name` (or a directory or zip file's __main__.py) in a
    temporary module named run_name (default '<run_path>'); returns a copy of its globals."""
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        with open(path_name, "rb") as source_file:
            code = compile(source_file.read(), path_name, "exec")
        with _Borrowed(run_name, path_name) as namespace:
            _run_code(code, namespace, init_globals, run_name, None, package, path_name)
            return dict(namespace)
    sys.path.insert(0, path_name)
    try:
        _, spec, code = _find_main_in_path()
        with _Borrowed(run_name, path_name) as namespace:
            _run_code(code, namespace, init_globals, run_name, spec, package)
            return dict(namespace)
    finally:
        if path_name in sys.path:
            sys.path.remove(path_name)
