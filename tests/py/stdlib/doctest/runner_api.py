# DocTestRunner used directly: run() results and out=, overridden report_* hooks, tries and
# failures, summarize(verbose) and merge(), clear_globs, the spoof stdout (missing final
# newline, sys.stdout restored), displayhook and builtins._, OutputChecker.check_output and
# output_difference, DebugRunner, and testmod's m/name/globs/extraglobs/raise_on_error.
import builtins
import sys
import types
import doctest

parser = doctest.DocTestParser()
runner = doctest.DocTestRunner(verbose=False)

t1 = parser.get_doctest('''
>>> x = 5
>>> x * 2
10
>>> print('no newline', end='')
no newline
>>> x
6
>>> None
>>> 7
7
>>> _
7
''', {}, 't1', 't1.txt', 100)
collected = []
print(runner.run(t1, out=collected.append))
print(''.join(collected))
print(t1.globs, sys.stdout is sys.__stdout__, sys.displayhook is sys.__displayhook__)
print(runner.tries, runner.failures)

t2 = parser.get_doctest('>>> y = 1\n>>> y\n1\n', {}, 't2', None, None)
print(runner.run(t2, clear_globs=False))
print(sorted(k for k in t2.globs if k != '__builtins__'))
print(runner.run(t2))
print(runner.summarize(verbose=True))
print(runner.summarize())

other = doctest.DocTestRunner()
other.run(parser.get_doctest('>>> 1\n2\n', {}, 't3', None, 0), out=lambda s: None)
other.run(parser.get_doctest('', {}, 'empty', None, 0))
runner.merge(other)
print(runner.summarize(verbose=True))


class Recorder(doctest.DocTestRunner):
    def report_start(self, out, test, example):
        out('START %r\n' % example.source)

    def report_success(self, out, test, example, got):
        out('OK %r\n' % got)

    def report_failure(self, out, test, example, got):
        out('FAIL want=%r got=%r\n' % (example.want, got))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out('BOOM %s\n' % exc_info[0].__name__)


rec = Recorder(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(rec.run(parser.get_doctest('''
>>> print(1)
1
>>> print(2)
3
>>> print(4)
5
>>> 1/0
>>> print(6)
6
''', {}, 'rec', None, 0)))
print(rec.run(parser.get_doctest('>>> 1/0\n>>> [][1]\n', {}, 'boom', None, 0)))

checker = doctest.OutputChecker()
F = doctest
for want, got, flags in [('1\n', 'True\n', 0), ('1\n', 'True\n', F.DONT_ACCEPT_TRUE_FOR_1),
                         ('a ... z\n', 'a b c z\n', F.ELLIPSIS), ('a\n\nb\n', 'a b\n', 0),
                         ('a  b\n', 'a\nb\n', F.NORMALIZE_WHITESPACE),
                         ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '   \n', 0),
                         ('caf\\xe9\n', 'café\n', 0), ('...\n', '', F.ELLIPSIS)]:
    print(repr(want), repr(got), checker.check_output(want, got, flags))
example = doctest.Example('f()', 'one\ntwo\n')
print(checker.output_difference(example, 'one\n\nthree\n', 0))
print(checker.output_difference(example, '', 0))
print(checker.output_difference(doctest.Example('f()', ''), 'x\n', 0))
print(checker.output_difference(doctest.Example('f()', ''), '', 0))
print(checker.output_difference(example, 'one\n\n', F.DONT_ACCEPT_BLANKLINE))

debug = doctest.DebugRunner(verbose=False)
failing = parser.get_doctest('>>> z = 3\n>>> z\n4\n', {}, 'dbg', 'dbg.py', 0)
try:
    debug.run(failing)
except doctest.DocTestFailure as f:
    print('DocTestFailure', f, repr(f.example.want), repr(f.got), f.test.globs.get('z'))
print(debug.run(parser.get_doctest('>>> z = 3\n', {}, 'dbg2', 'dbg.py', 0)))

mod = types.ModuleType('fake_mod', '''Fake module.

>>> VALUE
3
>>> EXTRA
'extra'
''')
exec('''
VALUE = 3
def helper():
    """
    >>> helper() + VALUE
    4
    """
    return 2
''', mod.__dict__)
sys.modules['fake_mod'] = mod
print(doctest.testmod(mod, extraglobs={'EXTRA': 'extra'}))
print(doctest.testmod(mod, name='renamed', globs={'VALUE': 2, 'helper': lambda: 2,
                                                  'EXTRA': 'extra'}))
try:
    doctest.testmod(mod, raise_on_error=True, extraglobs={'EXTRA': 'extra'})
except doctest.DocTestFailure as f:
    print('DocTestFailure', f.test.name, repr(f.got))
try:
    doctest.testmod('fake_mod')
except TypeError as e:
    print('TypeError:', e)
print(builtins._ is None)
