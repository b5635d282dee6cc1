"""profile: a deterministic profiler of Python calls, built on sys.setprofile.

cProfile shares this implementation. Every 'call'/'return' (and 'c_call'/'c_return') event the
interpreter reports is timed; pstats.Stats sorts and prints what was collected. The counts are
as complete as the profile events the interpreter delivers.
"""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


def _label(fn):
    """The pseudo file name CPython's profilers give a function that is not Python code."""
    name = getattr(fn, '__name__', None) or repr(fn)
    owner = getattr(fn, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        module = getattr(fn, '__module__', None) or getattr(owner, '__name__', None)
        return '<built-in method %s.%s>' % (module, name) if module else '<built-in method %s>' % name
    kind = owner if isinstance(owner, type) else type(owner)
    prefix = '' if kind.__module__ == 'builtins' else kind.__module__ + '.'
    return "<method '%s' of '%s%s' objects>" % (name, prefix, kind.__qualname__)


_OWN_FILE = _label.__code__.co_filename

# the pseudo function the pure-Python profiler's report shows as 'profile:0(profiler)': the root
# of every call it records, itself never called
_PROFILER = ('profile', 0, 'profiler')


class Profile:
    """Collects, per function, primitive and total call counts, own and cumulative time."""

    # False: name rows as python3's profile module does (':0(print)', 'profile:0(profiler)', the
    # statement run, sys.setprofile counted); cProfile.Profile, True, names them as _lsprof does
    _c_profiler = False

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self.timer = timer if timer is not None else time.perf_counter
        self.timeunit = timeunit
        self.subcalls = subcalls
        self.builtins = builtins
        self.stats = {}
        self._records = {}
        self._stack = []
        self._depth = {}
        self._seen = False

    # --- collecting ------------------------------------------------------------------------

    def _event(self, frame, event, arg):
        if frame.f_code.co_filename == _OWN_FILE and not (
                frame.f_code.co_name in ('runctx', 'runcall') and event[:2] == 'c_'
                and (arg is exec or (arg is sys.setprofile and not self._c_profiler))):
            # the profiler's own enable/disable (a C profiler reports none of its Python side);
            # the exec() in runctx is the profiled program's outermost call, as in CPython, and
            # the pure-Python profiler also sees the setprofile(None) that ends its run
            return
        now = self.timer()
        self._seen = True
        if event == 'call':
            code = frame.f_code
            self._enter((code.co_filename, code.co_firstlineno, code.co_name), now)
        elif event == 'c_call':
            if self.builtins:
                self._enter(self._c_key(arg), now)
        elif event == 'return' or (self.builtins and event in ('c_return', 'c_exception')):
            self._leave(now)

    def _c_key(self, fn):
        if self._c_profiler:
            return ('~', 0, _label(fn))
        return ('', 0, getattr(fn, '__name__', None) or repr(fn))

    def _root(self, cmd):
        """The pure-Python profiler's pseudo frames: 'profiler', then the statement it runs."""
        if self._c_profiler or self._stack:
            return
        now = self.timer()
        self._enter(_PROFILER, now)
        if cmd is not None:
            self._enter(('profile', 0, str(cmd)), now)

    def _record_span(self, keys, start, end):
        """Account a nest of calls the interpreter reported no events for (outermost first)."""
        if self._seen:
            return
        for key in keys:
            self._enter(key, start)
        for _ in keys:
            self._leave(end)

    def _enter(self, key, now):
        caller = self._stack[-1][0] if self._stack else None
        depth = self._depth.get(key, 0)
        self._depth[key] = depth + 1
        self._stack.append([key, now, 0.0, caller, depth == 0])

    def _leave(self, now):
        if not self._stack:
            return
        key, start, inner, caller, primitive = self._stack.pop()
        self._depth[key] -= 1
        if key == _PROFILER and not self._c_profiler:
            self._records.setdefault(key, [0, 0, 0, 0, {}])
            return
        elapsed = now - start
        if self._stack:
            self._stack[-1][2] += elapsed
        record = self._records.get(key)
        if record is None:
            record = self._records[key] = [0, 0, 0.0, 0.0, {}]
        record[1] += 1
        record[2] += elapsed - inner
        if primitive:
            record[0] += 1
            record[3] += elapsed
        if caller is not None and self.subcalls:
            edge = record[4].get(caller)
            if edge is None:
                edge = record[4][caller] = [0, 0, 0.0, 0.0]
            edge[0] += 1
            edge[2] += elapsed - inner
            if primitive:
                edge[1] += 1
                edge[3] += elapsed

    # --- the public interface ---------------------------------------------------------------

    def enable(self, subcalls=True, builtins=True):
        self.subcalls = subcalls
        self.builtins = builtins
        self._enabled = True
        sys.setprofile(self._event)

    def disable(self):
        sys.setprofile(None)
        now = self.timer()
        if getattr(self, '_enabled', False):
            self._enabled = False
            if not self._c_profiler:
                while self._stack:
                    self._leave(now)
                return
            # the C profiler sees its own disable() called, innermost of the unfinished calls
            self._enter(('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>"), now)
        while self._stack:
            self._leave(now)

    def clear(self):
        self._records = {}
        self._stack = []
        self._depth = {}
        self._seen = False
        self.stats = {}

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        if not self._c_profiler:
            self._records.setdefault(_PROFILER, [0, 0, 0, 0, {}])
        for key, (cc, nc, tt, ct, callers) in self._records.items():
            edges = {caller: tuple(edge) for caller, edge in callers.items()}
            self.stats[key] = (cc, nc, tt, ct, edges)

    def getstats(self):
        self.snapshot_stats()
        return list(self.stats.items())

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import marshal
        self.create_stats()
        with open(file, 'wb') as f:
            marshal.dump(self.stats, f)

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self._root(cmd)
        self.enable()
        start = self.timer()
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
            self._record_span([self._c_key(exec), ('<string>', 1, '<module>')],
                              start, self.timer())
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self._root(repr(func))
        self.enable()
        start = self.timer()
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)
            code = getattr(func, '__code__', None)
            key = ((code.co_filename, code.co_firstlineno, code.co_name) if code is not None
                   else self._c_key(func))
            self._record_span([key], start, self.timer())
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()

    def calibrate(self, m, verbose=0):
        return 0.0


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print (or, given filename, save) the statistics."""
    return _run(Profile(), statement, filename, sort, None)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Run statement under the profiler with the given globals and locals."""
    return _run(Profile(), statement, filename, sort, (globals, locals))


def _run(profiler, statement, filename, sort, namespaces):
    try:
        if namespaces is None:
            profiler.run(statement)
        else:
            profiler.runctx(statement, *namespaces)
    except SystemExit:
        pass
    finally:
        if filename is not None:
            profiler.dump_stats(filename)
        else:
            profiler.print_stats(sort)


def _main(name, sort_default, sort_choices, run):
    """The command line of 'python -m profile' / 'python -m cProfile' (name is the module's)."""
    import io
    import os
    from optparse import OptionParser

    parser = OptionParser(usage="%s.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..." % name)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile", default=None, help="Save stats to <outfile>")
    sort_help = "Sort order when printing to stdout, based on pstats.Stats class"
    if sort_choices is None:
        parser.add_option('-m', dest="module", action="store_true", default=False,
                          help="Profile a library module.")
        parser.add_option('-s', '--sort', dest="sort", default=sort_default, help=sort_help)
    else:
        parser.add_option('-s', '--sort', dest="sort", default=sort_default, choices=sort_choices,
                          help=sort_help)
        parser.add_option('-m', dest="module", action="store_true", default=False,
                          help="Profile a library module")
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if not args:
        parser.print_usage()
        return parser
    # the profiled program may change directory: the output path is fixed now
    outfile = os.path.abspath(options.outfile) if options.outfile is not None else None
    if options.module:
        import runpy
        code = "run_module(modname, run_name='__main__')"
        namespace = {'run_module': runpy.run_module, 'modname': args[0]}
    else:
        script = args[0]
        sys.path.insert(0, os.path.dirname(script))
        with io.open_code(script) as source:
            code = compile(source.read(), script, 'exec')
        namespace = {'__file__': script, '__name__': '__main__', '__package__': None,
                     '__cached__': None}
    try:
        run(code, namespace, None, outfile, options.sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return parser


def main():
    return _main('profile', -1, None, runctx)


if __name__ == '__main__':
    main()
