"""Measure the execution time of small code snippets (heapstack's own timeit).

Timer(stmt, setup, timer, globals) builds one function that runs setup once and stmt in a
loop between two timer readings; timeit(), repeat() and autorange() call it; main() is the
command-line interface (`python -m timeit`)."""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_PARAMS = ('_it', '_timer')


def _indent(src, spaces):
    """src with every line after the first indented by spaces more columns."""
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Class for timing execution speed of small code snippets.

    stmt and setup are strings of Python code (or callables without arguments), timer is the
    clock to read (default time.perf_counter) and globals the namespace to run them in."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        run_globals = {} if globals is None else globals
        prelude = ''
        checked_prefix = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            checked_prefix = setup + '\n'
            setup_code = _indent(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            prelude += ', _setup=_setup'
            setup_code = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # a SyntaxError in stmt is reported as if stmt followed setup at module level
            compile(checked_prefix + stmt, dummy_src_name, "exec")
            body = _indent(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            prelude += ', _stmt=_stmt'
            body = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        source = ("\ndef inner(_it, _timer%s):\n"
                  "    %s\n"
                  "    _t0 = _timer()\n"
                  "    for _i in _it:\n"
                  "        %s\n"
                  "        pass\n"
                  "    _t1 = _timer()\n"
                  "    return _t1 - _t0\n") % (prelude, setup_code, body)
        self.src = source
        code = compile(source, dummy_src_name, "exec")
        exec(code, run_globals, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of an exception raised while timing, showing the snippet's
        source lines (they come from the generated function, not from a file)."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time number executions of the main statement; return the seconds taken (a float).
        The garbage collector is off while the loop runs."""
        loop = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loop, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) repeat times; return the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 seconds;
        return (number, time taken). callback(number, time_taken) sees every trial."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}

_USAGE = """\
Usage: python -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [statement ...]

Times a Python statement (default 'pass'); each argument is one line of it.
  -n/--number N   loops per measurement (default: the first of 1, 2, 5, 10, 20, 50, ...
                  that takes at least 0.2 seconds)
  -r/--repeat N   measurements to take (default 5); the best is reported
  -s/--setup S    code run once before timing (may be repeated; default 'pass')
  -p/--process    measure with time.process_time() instead of time.perf_counter()
  -v/--verbose    print the raw timings (repeat for more digits)
  -u/--unit U     report in nsec, usec, msec or sec
  -h/--help       print this message
"""

_SHORT = {"n": True, "u": True, "s": True, "r": True, "p": False, "v": False, "h": False}
_LONG = {"number": "n", "setup": "s", "repeat": "r", "process": "p", "verbose": "v",
         "unit": "u", "help": "h"}


class _OptionError(Exception):
    pass


def _parse_options(args):
    """getopt-style parsing of main()'s arguments: [(option, value)], rest."""
    found = []
    args = list(args)
    while args and args[0].startswith("-") and args[0] != "-":
        arg = args.pop(0)
        if arg == "--":
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            matches = [full for full in _LONG if full.startswith(name)]
            if name in _LONG:
                matches = [name]
            if not matches:
                raise _OptionError("option --%s not recognized" % name)
            if len(matches) > 1:
                raise _OptionError("option --%s not a unique prefix" % name)
            full = matches[0]
            short = _LONG[full]
            if _SHORT[short]:
                if not eq:
                    if not args:
                        raise _OptionError("option --%s requires argument" % full)
                    value = args.pop(0)
            elif eq:
                raise _OptionError("option --%s must not have an argument" % full)
            found.append(("--" + full, value))
            continue
        letters = arg[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            if letter not in _SHORT:
                raise _OptionError("option -%s not recognized" % letter)
            if _SHORT[letter]:
                if not letters:
                    if not args:
                        raise _OptionError("option -%s requires argument" % letter)
                    letters = args.pop(0)
                found.append(("-" + letter, letters))
                letters = ""
            else:
                found.append(("-" + letter, ""))
    return found, args


def _format_time(seconds, unit, precision):
    if unit is None:
        unit = "sec"
        for name in ("nsec", "usec", "msec", "sec"):
            if seconds < _UNITS[name] * 1000 or name == "sec":
                unit = name
                break
    return "%.*g %s" % (precision, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: `python -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [statement]`.
    Returns 0, or 1 after printing the traceback of a failing statement; usage errors print
    a message and return 2."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args)
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup.append(value)
        elif opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(_USAGE, end='')
            return 0
    setup = "\n".join(setup) or "pass"
    sys.path.insert(0, ".")
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        def report(n, taken):
            if verbose:
                plural = "" if n == 1 else "s"
                print("%d loop%s -> %.*g secs" % (n, plural, precision, taken))
        try:
            number, _ = t.autorange(report if verbose else None)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat, number)
    except BaseException:
        t.print_exc()
        return 1
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(dt, unit, precision) for dt in raw))
        print()
    plural = "" if number == 1 else "s"
    print("%d loop%s, best of %d: %s per loop"
          % (number, plural, repeat, _format_time(best, unit, precision)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) "
                               "was more than four times slower than the best time (%s)."
                               % (_format_time(worst, unit, precision),
                                  _format_time(best, unit, precision)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
