"""Run the interactive examples found in docstrings and text files, and check their output.

heapstack's own doctest, written from CPython 3.11's documentation and observed behaviour:
the same classes (Example, DocTest, DocTestParser, DocTestFinder, DocTestRunner,
OutputChecker, DebugRunner), the same entry points (testmod, testfile,
run_docstring_examples, DocTestSuite, DocFileSuite) and the same report texts.

`python -m doctest [-v] [-o OPTION] [-f] file...` tests .py modules and text files.

Not available here: the pdb integration. heapstack has no pdb, so `debug`, `debug_src` and
`debug_script` raise NotImplementedError, and `pdb.set_trace()` inside an example fails
like any other missing module.
"""

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import IncrementalNewlineDecoder, StringIO

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')


# ---------------------------------------------------------------------------
# Option flags: each name gets the next free bit, in registration order.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit for `name`, allocating a new one the first time a name is seen."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# Small helpers

def _future_flags_of(namespace):
    """Compiler flags for the __future__ features imported into `namespace`, so the
    examples compile the way the module that holds them did."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if namespace.get(feature_name, None) is feature:
            flags |= feature.compiler_flag
    return flags


def _resolve_module(module, depth=2):
    """A module object from a module, a module name, or None (the caller `depth` frames up)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        caller = sys._getframe(depth)
        return sys.modules[caller.f_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def _path_beside_module(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % (module,))
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        base = os.path.dirname(module.__file__)
    elif module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        base = os.path.dirname(script) if script else os.curdir
    else:
        for directory in getattr(module, '__path__', ()):
            candidate = os.path.join(directory, test_path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, test_path)


def _read_doctest_file(filename, package, module_relative, encoding):
    """(text, path) of a doctest text file."""
    if module_relative:
        package = _resolve_module(package, 3)
        filename = _path_beside_module(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is None:
            spec = getattr(package, '__spec__', None)
            loader = getattr(spec, 'loader', None)
        if hasattr(loader, 'get_data'):
            raw = loader.get_data(filename).decode(encoding)
            # get_data reads bytes: apply universal newlines by hand
            return IncrementalNewlineDecoder(None, True).decode(raw, True), filename
    with open(filename, encoding=encoding) as handle:
        return handle.read(), filename


def _indent(text, indent=4):
    """`text` with `indent` spaces in front of every line that is not empty."""
    pad = ' ' * indent
    return '\n'.join(pad + line if line else line for line in text.split('\n'))


def _exception_traceback(exc_info):
    """The full traceback report of an exc_info triple, as the interpreter would print it."""
    sink = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


class _SpoofOut(StringIO):
    """sys.stdout while examples run. What an example printed always reads back ending in a
    newline: expected output has no way to say that the last newline is missing."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and text[-1] != '\n':
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want` with each '...' in `want` standing for any text.
    Greedy leftmost placement of the literal pieces is enough (and linear)."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    middle = pieces[1:-1]
    if not got.startswith(head):
        return False
    if not got.endswith(tail):
        return False
    lo, hi = len(head), len(got) - len(tail)
    if lo > hi:
        # the fixed ends overlap, as with want 'aa...aa' against got 'aaa'
        return False
    for piece in middle:
        found = got.find(piece, lo, hi)
        if found < 0:
            return False
        lo = found + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(message):
    """Only the bare exception class name of an exception line: no module path, no detail.
    'pkg.mod.MyError: text' -> 'MyError'."""
    first_line = message.split('\n', 1)[0]
    name = first_line.split(':', 1)[0]
    return name.rpartition('.')[2]


# ---------------------------------------------------------------------------
# Example and DocTest

class Example:
    """One example: the source (one statement, ending in a newline), the output it should
    produce (`want`), the exception line(s) expected if it should raise (`exc_msg`), its
    0-based line number inside its docstring, its indentation, and its option overrides."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring (or text file), run together in one namespace.
    `globs` is a copy of the dict given; `lineno` is 0-based within `filename`."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, described)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        mine = (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)
        theirs = (other.examples, other.docstring, other.globs, other.name, other.filename,
                  other.lineno)
        return mine == theirs

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _sort_key(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._sort_key() < other._sort_key()


# ---------------------------------------------------------------------------
# DocTestParser

class DocTestParser:
    """Splits text into examples (a '>>> ' line, its '... ' continuation lines, then the
    expected output up to a blank line or the next prompt) and the prose between them."""

    # groups: the source lines with their prompts, the first prompt's indentation, and the
    # expected output lines (non-blank lines that do not start a new example)
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?: ^ (?P<indent> [ ]* ) >>> .* )
            (?: \n [ ]* \.\.\. .* )* )
        \n?
        (?P<want>
            (?: (?! [ ]* $ ) (?! [ ]* >>> ) .+ $ \n? )* )
        ''', re.MULTILINE | re.VERBOSE)

    # expected output that is a traceback: the header, the (ignored) stack, and the
    # exception line(s) -- the first line after the header that starts with a word character
    _EXCEPTION_RE = re.compile(r'''
        ^ (?P<hdr> Traceback \  \( (?: most \  recent \  call \  last | innermost \  last ) \) : )
        \s* $
        (?P<stack> .*? )
        ^ (?P<msg> \w+ .* )
        ''', re.VERBOSE | re.MULTILINE | re.DOTALL)

    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

    # '# doctest: +FLAG -FLAG' at the end of a line; a quote after it means the text was
    # probably inside a string literal, so such lines are not taken as directives
    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

    _INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)

    def parse(self, string, name='<string>'):
        """The text as a list alternating prose strings and Example objects."""
        string = string.expandtabs()
        common = self._min_indent(string)
        if common > 0:
            string = '\n'.join(line[common:] for line in string.split('\n'))
        pieces = []
        position = 0
        lineno = 0
        for match in self._EXAMPLE_RE.finditer(string):
            pieces.append(string[position:match.start()])
            lineno += string.count('\n', position, match.start())
            source, options, want, exc_msg = self._parse_example(match, name, lineno)
            if not self._IS_BLANK_OR_COMMENT(source):
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=common + len(match.group('indent')),
                                      options=options))
            lineno += string.count('\n', match.start(), match.end())
            position = match.end()
        pieces.append(string[position:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest holding the examples of `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Just the Example objects of `string` (line numbers 0-based)."""
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, match, name, lineno):
        indent = len(match.group('indent'))
        source_lines = match.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)

        want_lines = match.group('want').split('\n')
        # the final newline (and any spaces after it) is not part of the output
        if len(want_lines) > 1 and want_lines[-1].strip(' ') == '':
            want_lines.pop()
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)

        raised = self._EXCEPTION_RE.match(want)
        exc_msg = raised.group('msg') if raised else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for match in self._OPTION_DIRECTIVE_RE.finditer(source):
            for option in match.group(1).replace(',', ' ').split():
                sign, flag_name = option[0], option[1:]
                if sign not in '+-' or flag_name not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[flag_name]] = sign == '+'
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        widths = [len(lead) for lead in self._INDENT_RE.findall(s)]
        return min(widths) if widths else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for offset, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + offset + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for offset, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + offset + 1, name, line))


# ---------------------------------------------------------------------------
# DocTestFinder

class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of the functions, classes,
    methods, static/class methods and properties defined inside it, plus a module's
    `__test__` dict. Objects imported from other modules are skipped."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests found from `obj`, sorted by name. `module` False means: don't look
        for the defining module (every contained object is then searched)."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        source_lines = self._source_lines_of(obj, module)

        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _source_lines_of(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # source that only lives in linecache, like '<doctest ...>' examples
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, obj):
        """Whether `obj` was defined in `module` (always, when there is no module)."""
        if module is None:
            return True
        home = inspect.getmodule(obj)
        if home is not None:
            return home is module
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj):
            if hasattr(obj, '__objclass__'):
                return module.__name__ == obj.__objclass__.__module__
            if hasattr(obj, '__module__'):
                return module.__name__ == obj.__module__
            return True
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return

        if inspect.ismodule(obj):
            for member_name, member in obj.__dict__.items():
                if ((self._is_routine(member) or inspect.isclass(member))
                        and self._from_module(module, member)):
                    self._find(tests, member, '%s.%s' % (name, member_name), module,
                               source_lines, globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                self._find(tests, value, '%s.__test__.%s' % (name, key), module,
                           source_lines, globs, seen)

        if inspect.isclass(obj):
            for member_name, member in obj.__dict__.items():
                if isinstance(member, (staticmethod, classmethod)):
                    member = member.__func__
                if ((inspect.isroutine(member) or inspect.isclass(member)
                     or isinstance(member, property))
                        and self._from_module(module, member)):
                    self._find(tests, member, '%s.%s' % (name, member_name), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''

        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None

        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of `obj`'s docstring in its source, or None."""
        start = None
        has_doc = getattr(obj, '__doc__', None) is not None

        if inspect.ismodule(obj) and has_doc:
            start = 0

        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b'
                                % re.escape(getattr(obj, '__name__', '-')))
            for index, line in enumerate(source_lines):
                if header.match(line):
                    start = index
                    break

        code = obj
        if inspect.ismethod(code):
            code = code.__func__
        if inspect.isfunction(code) and getattr(code, '__doc__', None):
            code = code.__code__
        if inspect.istraceback(code):
            code = code.tb_frame
        if inspect.isframe(code):
            code = code.f_code
        if inspect.iscode(code):
            start = code.co_firstlineno - 1

        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # the docstring is the first line from there that opens a string literal
        opens_string = re.compile(r'(^|.*:)\s*\w*("|\')')
        for index in range(start, len(source_lines)):
            if opens_string.match(source_lines[index]):
                return index
        return None


# ---------------------------------------------------------------------------
# DocTestRunner

class DocTestRunner:
    """Runs DocTests, reports each example through the overridable report_* methods, and
    keeps per-name (failures, tries) totals for `summarize`."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting hooks ---------------------------------------------------

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example)
            + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is None or example.lineno is None:
                where = '?'
            else:
                where = test.lineno + example.lineno + 1
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # -- running -------------------------------------------------------------

    def _exception_line(self, exc_type, exc_value):
        """What an expected exception is compared against: format_exception_only's text,
        without the source-location lines a SyntaxError puts before its message."""
        lines = traceback.format_exception_only(exc_type, exc_value)
        if issubclass(exc_type, SyntaxError):
            short = exc_type.__qualname__ + ':'
            qualified = '%s.%s:' % (exc_type.__module__, exc_type.__qualname__)
            for index, line in enumerate(lines):
                if line.startswith((short, qualified)):
                    lines = lines[index:]
                    break
        return ''.join(lines)

    def _run_examples(self, test, compileflags, out):
        check = self._checker.check_output
        flags_for_test = self.optionflags
        tried = failed = 0

        for number, example in enumerate(test.examples):
            # after a failure, REPORT_ONLY_FIRST_FAILURE still runs examples (they may set
            # up later ones) but says nothing about them
            quiet = bool(flags_for_test & REPORT_ONLY_FIRST_FAILURE) and failed > 0

            flags = flags_for_test
            for flag, enabled in example.options.items():
                if enabled:
                    flags |= flag
                else:
                    flags &= ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue

            tried += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                code = compile(example.source, filename, "single", compileflags, True)
                exec(code, test.globs)
                raised = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            if raised is None:
                verdict = 'ok' if check(example.want, got, flags) else 'wrong'
            else:
                actual = self._exception_line(raised[0], raised[1])
                if not quiet:
                    got += _exception_traceback(raised)
                if example.exc_msg is None:
                    verdict = 'boom'
                elif check(example.exc_msg, actual, flags):
                    verdict = 'ok'
                elif (flags & IGNORE_EXCEPTION_DETAIL
                      and check(_strip_exception_details(example.exc_msg),
                                _strip_exception_details(actual), flags)):
                    verdict = 'ok'
                else:
                    verdict = 'wrong'

            if verdict == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failed += 1
                if not quiet:
                    if verdict == 'wrong':
                        self.report_failure(out, test, example, got)
                    else:
                        self.report_unexpected_exception(out, test, example, raised)

            if failed and self.optionflags & FAIL_FAST:
                break

        self.optionflags = flags_for_test
        self._record_outcome(test, failed, tried)
        return TestResults(failed, tried)

    def _record_outcome(self, test, failed, tried):
        old_failed, old_tried = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_failed + failed, old_tried + tried)
        self.failures += failed
        self.tries += tried

    _EXAMPLE_FILENAME_RE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def _getlines_with_examples(self, filename, module_globals=None):
        """linecache.getlines while a test runs: tracebacks show the examples' source."""
        match = self._EXAMPLE_FILENAME_RE.match(filename)
        if match and match.group('name') == self.test.name:
            example = self.test.examples[int(match.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run `test`'s examples in test.globs, reporting through `out` (default: write to
        the real sys.stdout); return TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _future_flags_of(test.globs)

        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text):
                    real_stdout.write(str(text.encode(encoding, 'backslashreplace'),
                                          encoding))
        sys.stdout = self._fakeout
        saved_trace = sys.gettrace()
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._getlines_with_examples
        saved_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            sys.settrace(saved_trace)
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals of every test run so far; return TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tried = total_failed = 0
        for name, (f, t) in self._name2ft.items():
            assert f <= t
            total_tried += t
            total_failed += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, t in sorted(passed):
                    print(" %3d tests in %s" % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tried, "tests in", len(self._name2ft), "items.")
            print(total_tried - total_failed, "passed and", total_failed, "failed.")
        if total_failed:
            print("***Test Failed***", total_failed, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failed, total_tried)

    def merge(self, other):
        """Add another runner's per-name totals into this one's."""
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                old_f, old_t = self._name2ft[name]
                f, t = f + old_f, t + old_t
            self._name2ft[name] = (f, t)


# ---------------------------------------------------------------------------
# OutputChecker

class OutputChecker:
    """Decides whether an example's actual output matches the expected one (under the
    comparison flags) and describes the difference when it doesn't."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True

        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (want, got) in (("1\n", "True\n"), ("0\n", "False\n")):
                return True

        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # <BLANKLINE> in want stands for an empty line; whitespace-only lines of got
            # count as empty
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True

        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True

        if optionflags & ELLIPSIS and _ellipsis_match(want, got):
            return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # unified and context diffs only pay off beyond a couple of lines
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)

        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(differ.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))

        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------------------
# Raising instead of reporting

class DocTestFailure(Exception):
    """Raised by DebugRunner for an example whose output was wrong: carries `test`,
    `example` and `got`."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner for an example that raised: carries `test`, `example` and
    `exc_info`."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A DocTestRunner that raises at the first failure (DocTestFailure) or unexpected
    exception (UnexpectedException), leaving the test's globals in place for inspection."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Entry points

master = None


def _remember_runner(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _make_runner(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module `m` (default __main__) and of everything
    defined in it, plus its __test__ dict; return TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _make_runner(raise_on_error, verbose, optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _remember_runner(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples of a text file (relative to the calling module's directory unless
    module_relative is False); return TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _read_doctest_file(filename, package, module_relative, encoding or "utf-8")
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    globs.setdefault('__name__', '__main__')
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    _remember_runner(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Run the examples of `f`'s own docstring (not those of its members) in `globs`."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none of their own; return the
    previous ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case: fails with the doctest report as its message."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        # the next run starts from the globals the test was created with
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved_stdout = sys.stdout
        report = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, _ = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved_stdout
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short_name = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, short_name, err))

    def debug(self):
        """Run without a result object: failures raise DocTestFailure/UnexpectedException."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        module, _, leaf = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (leaf, module)

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # keep the cases after running them: they are cheap and callers may rerun the suite
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` (default: the
    caller's module) that has examples. `options`: setUp, tearDown, optionflags, checker."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _resolve_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if not tests and sys.flags.optimize >= 2:
        suite = _DocTestSuite()
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _read_doctest_file(path, package, module_relative, encoding or "utf-8")
    globs.setdefault("__file__", path)
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per doctest text file. Keywords: module_relative,
    package, setUp, tearDown, globs, optionflags, parser, encoding."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _resolve_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------------------
# Scripts from examples

def script_from_examples(s):
    """The examples of `s` as a Python script: their sources as code, their expected output
    as '## ' comments, the prose as '# ' comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(line) for line in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        del lines[0]
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script (see script_from_examples) of the docstring named `name` in `module`."""
    module = _resolve_module(module)
    matching = [test for test in DocTestFinder().find(module) if test.name == name]
    if not matching:
        raise ValueError(name, "not found in tests")
    return script_from_examples(matching[0].docstring)


def _no_debugger(what):
    raise NotImplementedError("doctest.%s needs pdb, which heapstack does not have" % what)


def debug_src(src, pm=False, globs=None):
    _no_debugger('debug_src')


def debug_script(src, pm=False, globs=None):
    _no_debugger('debug_script')


def debug(module, name, pm=False):
    _no_debugger('debug')


# ---------------------------------------------------------------------------
# Command line: python -m doctest [-v] [-o OPTION]... [-f] file...

def _command_line_parser():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append', default=[],
                        choices=OPTIONFLAGS_BY_NAME.keys(),
                        help='specify a doctest option flag to apply to the test run; may be '
                             'specified more than once to apply multiple options')
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help='stop running tests after first failure (this is a shorthand for '
                             '-o FAIL_FAST, and is in addition to any other -o options)')
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    return parser


def _test():
    """Test each file named on the command line: a .py file as an imported module
    (testmod), anything else as a text file (testfile). Exit status 1 at the first file
    with failures."""
    args = _command_line_parser().parse_args()
    flags = FAIL_FAST if args.fail_fast else 0
    for name in args.option:
        flags |= OPTIONFLAGS_BY_NAME[name]
    for path in args.file:
        if path.endswith('.py'):
            directory, base = os.path.split(path)
            sys.path.insert(0, directory)
            try:
                module = __import__(base[:-3])
            finally:
                del sys.path[0]
            failed, _ = testmod(module, verbose=args.verbose, optionflags=flags)
        else:
            failed, _ = testfile(path, module_relative=False, verbose=args.verbose,
                                 optionflags=flags)
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
