"""Trace a Python program: print each line as it runs, count how often each line runs
(written to <module>.cover files), or list the functions called and who called whom.

Built on sys.settrace, so what it sees is exactly the interpreter's 'call' and 'line' events.
Usage: python -m trace [--count | --trace | --listfuncs | --trackcalls] [options] prog.py [args]
"""

import gc
import inspect
import linecache
import os
import sys
import threading
import token
import tokenize
from time import monotonic as _time

__all__ = ["Trace", "CoverageResults"]

# A line carrying this marker is never flagged as missed in a .cover file.
PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Decides, once per module name, whether tracing skips a module: it is named in the
    ignored modules (or is a submodule of one), has no file (built in), or lives below one of
    the ignored directories."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in (dirs or ())]
        self._ignore = {"<string>": 1}

    def names(self, filename, modulename):
        known = self._ignore.get(modulename)
        if known is not None:
            return known
        self._ignore[modulename] = verdict = self._decide(filename, modulename)
        return verdict

    def _decide(self, filename, modulename):
        for mod in self._mods:
            # "spam" covers "spam" and "spam.eggs" but not "spammer".
            if modulename == mod or modulename.startswith(mod + "."):
                return 1
        if filename is None:
            return 1
        # The separator makes sure a directory matches as a whole path component.
        if any(filename.startswith(d + os.sep) for d in self._dirs):
            return 1
        return 0


def _modname(path):
    """The module name a file would have on its own: its base name without the extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted module name of a file, found from the longest sys.path entry holding it."""
    target = os.path.normcase(path)
    best = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if len(entry) > len(best) and target.startswith(entry) and target[len(entry) : len(entry) + 1] == os.sep:
            best = entry
    rest = path[len(best) + 1 :] if best else path
    rest = os.path.splitdrive(rest)[1].replace(os.sep, ".")
    if os.altsep:
        rest = rest.replace(os.altsep, ".")
    return os.path.splitext(rest)[0].lstrip(".")


class CoverageResults:
    """What a Trace collected: line counts keyed by (filename, lineno), the functions called
    and the caller/callee pairs. It can merge a counts file saved by an earlier run and write
    the .cover reports."""

    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = dict(self.counts)
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})
        self.infile = infile
        self.outfile = outfile
        if infile:
            self._merge_saved(infile)

    def _merge_saved(self, path):
        import pickle

        try:
            with open(path, "rb") as f:
                counts, calledfuncs, callers = pickle.load(f)
        except (OSError, EOFError, ValueError) as err:
            print("Skipping counts file %r: %s" % (path, err), file=sys.stderr)
            return
        self.update(self.__class__(counts, calledfuncs, callers=callers))

    def is_ignored_filename(self, filename):
        """True for pseudo file names such as '<string>', which have no source to report."""
        return filename.startswith("<") and filename.endswith(">")

    def update(self, other):
        """Add another result's counts to ours and take the union of its functions and calls."""
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the functions called and calling relationships, write one .cover file per
        traced source file (next to it, or under coverdir named by the dotted module name),
        print a per-file summary when asked, and save the counts to outfile if one was given."""
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))

        if self.callers:
            self._print_callers()

        by_file = {}
        for (filename, lineno), n in self.counts.items():
            by_file.setdefault(filename, {})[lineno] = n

        sums = {}
        for filename, hits in by_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                outdir = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                outdir = coverdir
                if not os.path.exists(outdir):
                    os.makedirs(outdir)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            with open(filename, "rb") as fp:
                encoding = tokenize.detect_encoding(fp.readline)[0]
            n_hits, n_lines = self.write_results_file(
                os.path.join(outdir, modulename + ".cover"),
                linecache.getlines(filename),
                executable,
                hits,
                encoding,
            )
            if summary and n_lines:
                sums[modulename] = (n_lines, int(100 * n_hits / n_lines), modulename, filename)

        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])

        if self.outfile:
            import pickle

            try:
                with open(self.outfile, "wb") as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def _print_callers(self):
        print()
        print("calling relationships:")
        current_file = current_callee_file = ""
        for (caller, callee) in sorted(self.callers):
            pfile, pmod, pfunc = caller
            cfile, cmod, cfunc = callee
            if pfile != current_file:
                print()
                print("***", pfile, "***")
                current_file, current_callee_file = pfile, ""
            if cfile != pfile and cfile != current_callee_file:
                print("  -->", cfile)
                current_callee_file = cfile
            print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write one annotated source file: each line prefixed by its count ('%5d: '), by
        '>>>>>> ' when it is executable but never ran, or by blanks. Returns (lines hit,
        lines counted)."""
        try:
            out = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err), file=sys.stderr)
            return 0, 0
        hit = counted = 0
        with out:
            for lineno, text in enumerate(lines, 1):
                if lineno in lines_hit:
                    prefix = "%5d: " % lines_hit[lineno]
                    hit += 1
                    counted += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in text:
                    prefix = ">>>>>> "
                    counted += 1
                else:
                    prefix = "       "
                out.write(prefix)
                out.write(text.expandtabs(8))
        return hit, counted


def _find_lines_from_code(code, strs):
    """The lines where code's own bytecode starts a line, docstring lines left out."""
    import dis

    return {lineno: 1 for _, lineno in dis.findlinestarts(code) if lineno not in strs}


def _find_lines(code, strs):
    """_find_lines_from_code over code and every code object nested in its constants."""
    found = {}
    pending = [code]
    while pending:
        current = pending.pop()
        found.update(_find_lines_from_code(current, strs))
        pending.extend(c for c in current.co_consts if inspect.iscode(c))
    return found


def _find_strings(filename, encoding=None):
    """The lines covered by a string token that stands alone as a statement at the start of a
    block (a docstring): those are not counted as executable lines."""
    lines = {}
    # A string first in the file is the module's docstring: start as if after an INDENT.
    previous = token.INDENT
    with open(filename, encoding=encoding) as f:
        for tok in tokenize.generate_tokens(f.readline):
            if tok.type == token.STRING and previous == token.INDENT:
                for lineno in range(tok.start[0], tok.end[0] + 1):
                    lines[lineno] = 1
            previous = tok.type
    return lines


def _find_executable_linenos(filename):
    """The line numbers of filename that hold code (the keys of the returned dict)."""
    try:
        with tokenize.open(filename) as f:
            source = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err), file=sys.stderr)
        return {}
    code = compile(source, filename, "exec")
    return _find_lines(code, _find_strings(filename, encoding))


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        """count: count the times each line runs; trace: print each line as it runs;
        countfuncs: only record the functions called (overrides count and trace);
        countcallers: only record caller/callee pairs; ignoremods, ignoredirs: modules and
        directories not to trace; infile/outfile: counts file to merge from and save to;
        timing: prefix traced lines with the seconds since the start."""
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = _time() if timing else None
        self.donothing = 0
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace or count:
            self.globaltrace = self.globaltrace_lt
            if trace and count:
                self.localtrace = self.localtrace_trace_and_count
            elif trace:
                self.localtrace = self.localtrace_trace
            else:
                self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__

        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        globals = {} if globals is None else globals
        locals = {} if locals is None else locals
        if not self.donothing:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            return func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def file_module_function_of(self, frame):
        """(filename, module name, function name) of a frame's code; a method's name is
        qualified by its class when the class can be found without ambiguity."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        if code not in self._caller_cache:
            self._caller_cache[code] = self._owning_class_name(code)
        clsname = self._caller_cache[code]
        funcname = code.co_name if clsname is None else "%s.%s" % (clsname, code.co_name)
        return filename, modulename, funcname

    @staticmethod
    def _owning_class_name(code):
        # Walk the references backwards: the one function using this code, the one dict
        # holding that function, the one class owning that dict. Any ambiguity: no class.
        functions = [f for f in gc.get_referrers(code) if inspect.isfunction(f)]
        if len(functions) != 1:
            return None
        namespaces = [d for d in gc.get_referrers(functions[0]) if isinstance(d, dict)]
        if len(namespaces) != 1:
            return None
        owners = [c for c in gc.get_referrers(namespaces[0]) if hasattr(c, "__bases__")]
        if len(owners) != 1:
            return None
        return owners[0].__name__

    def globaltrace_trackcallers(self, frame, why, arg):
        """'call' events: remember the pair (calling function, called function)."""
        if why == "call":
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """'call' events: remember the function called."""
        if why == "call":
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """'call' events: trace the new frame's lines unless its module is ignored (a frame
        whose globals have no __file__ is never traced)."""
        if why != "call":
            return None
        filename = frame.f_globals.get("__file__", None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s" % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _count_line(self, frame):
        key = (frame.f_code.co_filename, frame.f_lineno)
        self.counts[key] = self.counts.get(key, 0) + 1

    def _print_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print("%.2f" % (_time() - self.start_time), end=" ")
        source = linecache.getline(filename, lineno)
        print("%s(%d): %s" % (os.path.basename(filename), lineno, source), end="")

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


def _option_parser():
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--version", action="version", version="trace 2.0")

    main = parser.add_argument_group("Main options", "One of these (or --report) must be given")
    main.add_argument("-c", "--count", action="store_true",
                      help="Count the number of times each line is executed and write the counts "
                      "to <module>.cover for each module executed, in the module's directory. "
                      "See also --coverdir, --file, --no-report below.")
    main.add_argument("-t", "--trace", action="store_true",
                      help="Print each line to sys.stdout before it is executed")
    main.add_argument("-l", "--listfuncs", action="store_true",
                      help="Keep track of which functions are executed at least once and write "
                      "the results to sys.stdout after the program exits. Cannot be specified "
                      "alongside --trace or --count.")
    main.add_argument("-T", "--trackcalls", action="store_true",
                      help="Keep track of caller/called pairs and write the results to "
                      "sys.stdout after the program exits.")

    mods = parser.add_argument_group("Modifiers")
    either = mods.add_mutually_exclusive_group()
    either.add_argument("-r", "--report", action="store_true",
                        help="Generate a report from a counts file; does not execute any code. "
                        "--file must specify the results file to read, which must have been "
                        "created in a previous run with --count --file=FILE")
    either.add_argument("-R", "--no-report", action="store_true",
                        help="Do not generate the coverage report files. Useful if you want to "
                        "accumulate over several runs.")
    mods.add_argument("-f", "--file", help="File to accumulate counts over several runs")
    mods.add_argument("-C", "--coverdir",
                      help="Directory where the report files go. The coverage report for "
                      "<package>.<module> will be written to file <dir>/<package>/<module>.cover")
    mods.add_argument("-m", "--missing", action="store_true",
                      help='Annotate executable lines that were not executed with ">>>>>> "')
    mods.add_argument("-s", "--summary", action="store_true",
                      help="Write a brief summary for each file to sys.stdout. Can only be used "
                      "with --count or --report")
    mods.add_argument("-g", "--timing", action="store_true",
                      help="Prefix each line with the time since the program started. Only used "
                      "while tracing")

    filters = parser.add_argument_group("Filters", "Can be specified multiple times")
    filters.add_argument("--ignore-module", action="append", default=[],
                         help="Ignore the given module(s) and its submodules (if it is a package). "
                         "Accepts comma separated list of module names.")
    filters.add_argument("--ignore-dir", action="append", default=[],
                         help="Ignore files in the given directory (multiple directories can be "
                         "joined by os.pathsep).")

    parser.add_argument("--module", action="store_true", default=False, help="Trace a module. ")
    parser.add_argument("progname", nargs="?", help="file to run as main program")
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help="arguments to the program")
    return parser


def _expand_ignore_dir(path):
    import sysconfig

    path = os.path.expanduser(os.path.expandvars(path))
    path = path.replace("$prefix", sysconfig.get_path("stdlib"))
    path = path.replace("$exec_prefix", sysconfig.get_path("platstdlib"))
    return os.path.normpath(path)


def _main_namespace_and_code(opts):
    """Set sys.argv (and sys.path[0] for a file) as the program expects, and return its code
    and a namespace made to look like __main__'s."""
    if opts.module:
        import runpy

        _, spec, code = runpy._get_module_details(opts.progname)
        sys.argv = [code.co_filename, *opts.arguments]
        namespace = {
            "__name__": "__main__",
            "__file__": code.co_filename,
            "__package__": spec.parent,
            "__loader__": spec.loader,
            "__spec__": spec,
            "__cached__": None,
        }
        return code, namespace
    sys.argv = [opts.progname, *opts.arguments]
    sys.path[0] = os.path.dirname(opts.progname)
    import io

    with io.open_code(opts.progname) as f:
        code = compile(f.read(), opts.progname, "exec")
    namespace = {"__file__": opts.progname, "__name__": "__main__", "__package__": None, "__cached__": None}
    return code, namespace


def main():
    parser = _option_parser()
    opts = parser.parse_args()
    opts.ignore_module = [name.strip() for arg in opts.ignore_module for name in arg.split(",")]
    opts.ignore_dir = [_expand_ignore_dir(d) for arg in opts.ignore_dir for d in arg.split(os.pathsep)]

    if opts.report:
        if not opts.file:
            parser.error("-r/--report requires -f/--file")
        saved = CoverageResults(infile=opts.file, outfile=opts.file)
        return saved.write_results(opts.missing, opts.summary, opts.coverdir)
    if not (opts.trace or opts.count or opts.listfuncs or opts.trackcalls):
        parser.error("must specify one of --trace, --count, --report, --listfuncs, or --trackcalls")
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error("cannot specify both --listfuncs and (--trace or --count)")
    if opts.summary and not opts.count:
        parser.error("--summary can only be used with --count or --report")
    if opts.progname is None:
        parser.error("progname is missing: required with the main options")

    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs, countcallers=opts.trackcalls,
                   ignoremods=opts.ignore_module, ignoredirs=opts.ignore_dir, infile=opts.file,
                   outfile=opts.file, timing=opts.timing)
    try:
        code, namespace = _main_namespace_and_code(opts)
        tracer.runctx(code, namespace, namespace)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass

    if not opts.no_report:
        tracer.results().write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == "__main__":
    main()
