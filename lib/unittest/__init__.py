"""Unit testing framework (heapstack's own unittest).

TestCase with CPython 3.11's assertion methods and failure messages (including the ndiff
shown under unequal lists, dicts and strings), fixtures, cleanups, subTest, skips and
expected failures; TestSuite, TestLoader, TestResult, TextTestRunner and main() with the same
report as python3 -m unittest; IsolatedAsyncioTestCase (unittest.async_case, imported when
first asked for, as CPython does). The -c/--catch option is not provided."""

import collections
import functools
import pprint
import re
import sys
import time
import traceback
import warnings

from difflib import ndiff as _ndiff

__unittest = True

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'registerResult', 'removeResult',
           'addModuleCleanup', 'doModuleCleanups', 'IsolatedAsyncioTestCase']


def __dir__():
    return sorted(globals().keys() | {'IsolatedAsyncioTestCase'})


def __getattr__(name):
    # loaded on first use so that importing unittest does not import asyncio
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'
_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


# shortening of long reprs in "x != y" messages (CPython's unittest.util constants)
_PLACEHOLDER = 12
_BEGIN = 5
_END = 5
_COMMON = 5
_DIFF = _MAX_LENGTH - (_BEGIN + _PLACEHOLDER + _COMMON + _PLACEHOLDER + _END)


def _cut(text, keep_front, keep_back):
    dropped = len(text) - keep_front - keep_back
    if dropped > _PLACEHOLDER:
        return '%s[%d chars]%s' % (text[:keep_front], dropped, text[len(text) - keep_back:])
    return text


def _short_pair(*objects):
    texts = tuple(safe_repr(o) for o in objects)
    longest = max(len(t) for t in texts)
    if longest <= _MAX_LENGTH:
        return texts
    shared = 0
    limit = min(len(t) for t in texts)
    while shared < limit and all(t[shared] == texts[0][shared] for t in texts):
        shared += 1
    prefix = texts[0][:shared]
    room = _MAX_LENGTH - (longest - shared + _BEGIN + _PLACEHOLDER)
    if room > _COMMON:
        head = _cut(prefix, _BEGIN, room)
        return tuple(head + t[shared:] for t in texts)
    head = _cut(prefix, _BEGIN, _COMMON)
    return tuple(head + _cut(t[shared:], _DIFF, _END) for t in texts)


class SkipTest(Exception):
    """Raise this exception in a test to skip it."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


# --- decorators ------------------------------------------------------------------------------

def skip(reason):
    """Unconditionally skip a test."""
    def mark(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skipped
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)) or isinstance(reason, type):
        test_item, reason = reason, ''
        return mark(test_item)
    return mark


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return (lambda obj: obj) if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# --- assertion context managers --------------------------------------------------------------

class _RaisesContext:
    """assertRaises / assertRaisesRegex as a context manager."""

    _base = BaseException
    _base_text = 'an exception type or tuple of exception types'
    _verb = 'raised'

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _fail(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def handle(self, name, args, kwargs):
        try:
            kinds = self.expected if isinstance(self.expected, tuple) else (self.expected,)
            if not all(isinstance(k, type) and issubclass(k, self._base) for k in kinds):
                raise TypeError('%s() arg 1 must be %s' % (name, self._base_text))
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError('%r is an invalid keyword argument for this function'
                                    % (next(iter(kwargs)),))
                return self
            func, *args = args
            self.obj_name = getattr(func, '__name__', None) or str(func)
            with self:
                func(*args, **kwargs)
        finally:
            self = None

    def _expected_name(self):
        return getattr(self.expected, '__name__', None) or str(self.expected)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                self._fail("{} not raised by {}".format(name, self.obj_name))
            self._fail("{} not raised".format(name))
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._fail('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(exc_value)))
        return True


class _WarnsContext(_RaisesContext):
    """assertWarns / assertWarnsRegex as a context manager."""

    _base = Warning
    _base_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_match = None
        for record in self.warnings:
            if not isinstance(record.message, self.expected):
                continue
            if first_match is None:
                first_match = record.message
            if self.expected_regex is not None and not self.expected_regex.search(str(record.message)):
                continue
            self.warning = record.message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_match is not None:
            self._fail('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(first_match)))
        name = self._expected_name()
        if self.obj_name:
            self._fail("{} not triggered by {}".format(name, self.obj_name))
        self._fail("{} not triggered".format(name))


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _LogsContext:
    """assertLogs / assertNoLogs: capture the records a logger emits."""

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        import logging
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging

        class Capture(logging.Handler):
            def __init__(self, watcher):
                logging.Handler.__init__(self)
                self.watcher = watcher

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = Capture(_LoggingWatcher([], []))
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        self.watcher = handler.watcher
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                text = "Unexpected logs found: {!r}".format(self.watcher.output)
                raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))
        elif not self.watcher.records:
            text = "no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name)
            raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))


# --- running one test ------------------------------------------------------------------------

class _Outcome:
    """The state of one test's run: success so far, an expected failure, the result."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def part(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


class _Part:
    def __init__(self, outcome, test_case, sub):
        self.outcome = outcome
        self.test_case = test_case
        self.sub = sub

    def __enter__(self):
        self.previous = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.sub and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(exc_value))
                return True
            if issubclass(exc_type, _ShouldStop):
                return True
            info = (exc_type, exc_value, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = info
            else:
                outcome.success = False
                if self.sub:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, info)
                else:
                    _add_error(outcome.result, self.test_case, info)
            return True
        finally:
            outcome.success = outcome.success and self.previous


def _add_skip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test_case, reason)
    else:
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test_case)


def _add_error(result, test, info):
    if result is not None and info is not None:
        if issubclass(info[0], test.failureException):
            result.addFailure(test, info)
        else:
            result.addError(test, info)


_subtest_msg_sentinel = object()


def _enter_with_cleanup(cm, add_cleanup):
    """cm.__enter__() now and its __exit__ as a cleanup (enterContext, enterClassContext)."""
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return value


class TestCase:
    """A class whose instances are single test cases: test methods, run with setUp() before
    and tearDown() after, checking with the assert* methods."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {dict: 'assertDictEqual', list: 'assertListEqual',
                                     tuple: 'assertTupleEqual', set: 'assertSetEqual',
                                     frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_with_cleanup(cm, self.addCleanup)

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_with_cleanup(cm, cls.addClassCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager: a failure inside is reported for this sub-test only, and the
        test goes on."""
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            stop = getattr(result, 'stopTestRun', None)
            if start is not None:
                start()
        else:
            stop = None
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False)
                    or getattr(method, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                _add_skip(result, self, why)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.part(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.part(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.part(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting:
                        if outcome.expectedFailure:
                            add = getattr(result, 'addExpectedFailure', None)
                            if add is not None:
                                add(self, outcome.expectedFailure)
                            else:
                                result.addSuccess(self)
                        else:
                            add = getattr(result, 'addUnexpectedSuccess', None)
                            if add is not None:
                                add(self)
                            else:
                                result.addFailure(self, sys.exc_info())
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop is not None:
                stop()

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False)
                or getattr(method, "__unittest_skip__", False)):
            raise SkipTest(getattr(self.__class__, '__unittest_skip_why__', '')
                           or getattr(method, '__unittest_skip_why__', ''))
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def _failWith(self, msg, text):
        raise self.failureException(self._formatMessage(msg, text))

    # truth and identity

    def assertFalse(self, expr, msg=None):
        if expr:
            self._failWith(msg, "%s is not false" % safe_repr(expr))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._failWith(msg, "%s is not true" % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._failWith(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failWith(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failWith(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failWith(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._failWith(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._failWith(msg, '%s unexpectedly found in %s'
                           % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._failWith(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._failWith(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    # ordering

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._failWith(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._failWith(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._failWith(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._failWith(msg, '%s not greater than or equal to %s'
                           % (safe_repr(a), safe_repr(b)))

    # equality

    def _equality_checker(self, first, second):
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                if isinstance(checker, str):
                    checker = getattr(self, checker)
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._failWith(msg, '%s != %s' % _short_pair(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail if the two objects are unequal as determined by the '==' operator."""
        self._equality_checker(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._failWith(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._failWith(msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._failWith(msg, text)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s' % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s' % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        report = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            report = 'First %s has no length.    Non-sequence?' % kind
        if report is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                report = 'Second %s has no length.    Non-sequence?' % kind
        if report is None:
            if seq1 == seq2:
                return
            report = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _short_pair(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    report += '\nUnable to index element %d of first %s\n' % (i, kind)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    report += '\nUnable to index element %d of second %s\n' % (i, kind)
                    break
                if item1 != item2:
                    report += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _short_pair(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 != len2:
                longer, extra_at = (seq1, len2) if len1 > len2 else (seq2, len1)
                which = 'First' if len1 > len2 else 'Second'
                report += '\n%s %s contains %d additional elements.\n' % (which, kind, abs(len1 - len2))
                try:
                    report += 'First extra element %d:\n%s\n' % (extra_at, safe_repr(longer[extra_at]))
                except (TypeError, IndexError, NotImplementedError):
                    report += 'Unable to index element %d of %s %s\n' % (extra_at, which.lower(), kind)
        diff = '\n' + '\n'.join(_ndiff(pprint.pformat(seq1).splitlines(),
                                       pprint.pformat(seq2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(report, diff)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        # deprecated since 3.2, still there in 3.11; the warning is unittest's own line
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = [key for key in subset if key not in dictionary]
        mismatched = ['%s, expected: %s, actual: %s' % (safe_repr(key), safe_repr(value),
                                                        safe_repr(dictionary[key]))
                      for key, value in subset.items()
                      if key in dictionary and value != dictionary[key]]
        parts = []
        if missing:
            parts.append('Missing: ' + ','.join(safe_repr(key) for key in missing))
        if mismatched:
            parts.append('Mismatched values: ' + ','.join(mismatched))
        if parts:
            self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % _short_pair(d1, d2)
            diff = '\n' + '\n'.join(_ndiff(pprint.pformat(d1).splitlines(),
                                           pprint.pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            lines1 = [first + '\n']
            lines2 = [second + '\n']
        text = '%s != %s' % _short_pair(first, second)
        diff = '\n' + ''.join(_ndiff(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertCountEqual(self, first, second, msg=None):
        """Both iterables have the same elements the same number of times, in any order."""
        seq1, seq2 = list(first), list(second)
        try:
            if collections.Counter(seq1) == collections.Counter(seq2):
                return
            mismatches = _count_mismatches_hashable(seq1, seq2)
        except TypeError:
            mismatches = _count_mismatches_any(seq1, seq2)
        if mismatches:
            lines = ['First has %d, Second has %d:  %r' % m for m in mismatches]
            text = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, text))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._failWith(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._failWith(msg, 'Regex matched: %r matches %r in %r'
                           % (text[found.start():found.end()], unexpected_regex.pattern, text))

    # exceptions, warnings, logs

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _WarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, no_logs=True)


def _deprecated_alias(new_name, old_name):
    def alias(self, *args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(new_name), DeprecationWarning, 2)
        return getattr(self, new_name)(*args, **kwargs)
    alias.__name__ = alias.__qualname__ = old_name
    return alias


for _new, _olds in (('assertEqual', ('assertEquals', 'failUnlessEqual')),
                    ('assertNotEqual', ('assertNotEquals', 'failIfEqual')),
                    ('assertAlmostEqual', ('assertAlmostEquals', 'failUnlessAlmostEqual')),
                    ('assertNotAlmostEqual', ('assertNotAlmostEquals', 'failIfAlmostEqual')),
                    ('assertTrue', ('failUnless', 'assert_')), ('assertFalse', ('failIf',)),
                    ('assertRaises', ('failUnlessRaises',)),
                    ('assertRegex', ('assertRegexpMatches',)),
                    ('assertNotRegex', ('assertNotRegexpMatches',)),
                    ('assertRaisesRegex', ('assertRaisesRegexp',))):
    for _old in _olds:
        setattr(TestCase, _old, _deprecated_alias(_new, _old))
del _new, _olds, _old


def _count_mismatches_hashable(actual, expected):
    first = {}
    for item in actual:
        first[item] = first.get(item, 0) + 1
    second = {}
    for item in expected:
        second[item] = second.get(item, 0) + 1
    out = [(n, second.get(item, 0), item) for item, n in first.items() if n != second.get(item, 0)]
    out.extend((0, n, item) for item, n in second.items() if item not in first)
    return out


def _count_mismatches_any(actual, expected):
    gone = object()
    s, t = list(actual), list(expected)
    out = []
    for i, item in enumerate(s):
        if item is gone:
            continue
        in_s = in_t = 0
        for j in range(i, len(s)):
            if s[j] == item:
                in_s += 1
                s[j] = gone
        for j, other in enumerate(t):
            if other == item:
                in_t += 1
                t[j] = gone
        if in_s != in_t:
            out.append((in_s, in_t, item))
    for i, item in enumerate(t):
        if item is gone:
            continue
        in_t = 0
        for j in range(i, len(t)):
            if t[j] == item:
                in_t += 1
                t[j] = gone
        out.append((0, in_t, item))
    return out


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        params = dict(self.parent.params) if self.parent is not None else {}
        params.update(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.part = outcome.part(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.case
        try:
            handled = self.part.__exit__(exc_type, exc_value, tb)
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return handled
        finally:
            case._subtest = self.parent


class FunctionTestCase(TestCase):
    """A test case wrapping a plain function (with optional setUp/tearDown functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


# --- suites ----------------------------------------------------------------------------------

class _ErrorHolder:
    """Stands for a failed class or module fixture in the error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestSuite:
    """A composite test: runs its tests (and class fixtures) in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing "
                            "them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        top_level = not getattr(result, '_testRunEntered', False)
        if top_level:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._prepare_class(test, result)
                if getattr(test.__class__, '_classSetupFailed', False):
                    continue
            test(result)
        if top_level:
            self._finish_class(None, result)
            result._testRunEntered = False
        return result

    def debug(self):
        for test in self:
            test.debug()

    def _prepare_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current is previous:
            return
        self._finish_class(test, result)
        result._previousTestClass = current
        current._classSetupFailed = False
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current.setUpClass()
        except Exception as err:
            if isinstance(result, _DebugResult):
                raise
            current._classSetupFailed = True
            self._fixture_error(result, err, 'setUpClass', strclass(current))
            current.doClassCleanups()

    def _finish_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test is not None and test.__class__ is previous:
            return
        result._previousTestClass = None
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        try:
            previous.tearDownClass()
        except Exception as err:
            self._fixture_error(result, err, 'tearDownClass', strclass(previous))
        previous.doClassCleanups()
        for info in getattr(previous, 'tearDown_exceptions', []):
            self._fixture_error(result, info[1], 'tearDownClass', strclass(previous), info)

    def _fixture_error(self, result, exception, method, parent, info=None):
        holder = _ErrorHolder("%s (%s)" % (method, parent))
        if isinstance(exception, SkipTest):
            _add_skip(result, holder, str(exception))
            return
        if info is None:
            info = (type(exception), exception, exception.__traceback__)
        result.addError(holder, info)


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# --- results ---------------------------------------------------------------------------------

class TestResult:
    """Collects the outcome of tests: failures, errors, skips, (un)expected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._captured = None
        self._show_captured = False
        self._real_streams = (sys.stdout, sys.stderr)

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._show_captured = False
        if self.buffer:
            import io
            self._real_streams = (sys.stdout, sys.stderr)
            self._captured = (io.StringIO(), io.StringIO())
            sys.stdout, sys.stderr = self._captured

    def _captured_text(self):
        """The output a buffered test printed, as the report shows it."""
        parts = []
        if self.buffer and self._captured is not None:
            for label, stream in zip(('Stdout', 'Stderr'), self._captured):
                text = stream.getvalue()
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    parts.append('\n%s:\n%s' % (label, text))
        return parts

    def startTestRun(self):
        pass

    def stopTest(self, test):
        if self.buffer and self._captured is not None:
            out, err = self._captured
            real_out, real_err = self._real_streams
            if self._show_captured:
                if out.getvalue():
                    text = out.getvalue()
                    real_out.write('\nStdout:\n%s' % (text if text.endswith('\n') else text + '\n'))
                if err.getvalue():
                    text = err.getvalue()
                    real_err.write('\nStderr:\n%s' % (text if text.endswith('\n') else text + '\n'))
            sys.stdout, sys.stderr = real_out, real_err
            self._captured = None
        self._show_captured = False

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._show_captured = True
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._show_captured = True
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            target = self.failures if issubclass(err[0], test.failureException) else self.errors
            target.append((subtest, self._exc_info_to_string(err, test)))
            self._show_captured = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of a failure, without unittest's own frames."""
        kind, value, tb = err
        while tb is not None and '__unittest' in tb.tb_frame.f_globals:
            tb = tb.tb_next
        limit = None
        if kind is getattr(test, 'failureException', None):
            limit = 0
            probe = tb
            while probe is not None and '__unittest' not in probe.tb_frame.f_globals:
                limit += 1
                probe = probe.tb_next
        exception = traceback.TracebackException(kind, value, tb, limit=limit,
                                                 capture_locals=self.tb_locals, compact=True)
        return ''.join(list(exception.format()) + self._captured_text())

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>"
                % (strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


class _WritelnDecorator:
    """A stream with writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A TestResult printing dots (verbosity 1) or one line per test (verbosity 2)."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, test, status, letter):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._mark(subtest, "FAIL" if failed else "ERROR", 'F' if failed else 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, "skipped {0!r}".format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, "expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, "unexpected success", 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a suite and reports on a stream (sys.stderr): progress, failures with their
    tracebacks, "Ran N tests in T.TTTs" and OK / FAILED (counts)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            started = time.perf_counter()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, 'stopTestRun', None)
                if stop_run is not None:
                    stop_run()
            taken = time.perf_counter() - started
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        ran = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (ran, "s" if ran != 1 else "", taken))
        self.stream.writeln()
        expected = len(getattr(result, 'expectedFailures', ()))
        unexpected = len(getattr(result, 'unexpectedSuccesses', ()))
        skipped = len(getattr(result, 'skipped', ()))
        notes = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                notes.append("failures=%d" % len(result.failures))
            if result.errors:
                notes.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("OK")
        if skipped:
            notes.append("skipped=%d" % skipped)
        if expected:
            notes.append("expected failures=%d" % expected)
        if unexpected:
            notes.append("unexpected successes=%d" % unexpected)
        if notes:
            self.stream.writeln(" (%s)" % (", ".join(notes),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# CPython's unittest.signals imports signal here (for installHandler's Ctrl-C handling).
import signal as _signal  # noqa: E402


def registerResult(result):
    pass


def removeResult(result):
    return False


# --- loading ---------------------------------------------------------------------------------

def _three_way(x, y):
    return (x > y) - (x < y)


class TestLoader:
    """Builds suites from test case classes, modules and names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant "
                            "to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            import importlib
            here = parts[:]
            while here:
                try:
                    module = importlib.import_module('.'.join(here))
                    break
                except ImportError:
                    del here[-1]
                    if not here:
                        raise
            parts = parts[len(here):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if (isinstance(parent, type) and issubclass(parent, TestCase) and callable(obj)):
            return self.suiteClass([parent(parts[-1])])
        if callable(obj):
            test = obj()
            if isinstance(test, (TestCase, TestSuite)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        if hasattr(obj, '__dict__') and isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    # --- discovery (python -m unittest [discover]) ---

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module under start_dir whose file name matches pattern,
        importing them as modules of top_level_dir (default: start_dir), which is put at
        the front of sys.path. Packages (directories with __init__.py) are searched too,
        unless their load_tests() takes over."""
        import os
        given = start_dir
        start_dir = os.path.abspath(start_dir)
        top = os.path.abspath(start_dir if top_level_dir is None else top_level_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        self._top_level_dir = top
        importable = os.path.isdir(start_dir) and (
            start_dir == top or os.path.isfile(os.path.join(start_dir, '__init__.py')))
        if not importable:
            raise ImportError('Start directory is not importable: %r' % given)
        return self.suiteClass(list(self._tests_under(start_dir, pattern)))

    def _module_name_for(self, path):
        import os
        relative = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        if relative.startswith('..'):
            raise ImportError('Path must be within the project')
        return relative.replace(os.sep, '.')

    def _import_for_discovery(self, name):
        try:
            __import__(name)
        except SkipTest as e:
            return None, _skipped_module_test(name, str(e), self.suiteClass)
        except BaseException:
            import traceback
            message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
            self.errors.append(message)
            return None, _failed_import_test(name, message, self.suiteClass)
        return sys.modules[name], None

    def _tests_under(self, directory, pattern):
        import fnmatch
        import os
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isfile(path):
                if not _MODULE_FILE.match(entry) or not fnmatch.fnmatch(entry, pattern):
                    continue
                module, failed = self._import_for_discovery(self._module_name_for(path))
                yield failed if module is None else self.loadTestsFromModule(module, pattern=pattern)
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, '__init__.py')):
                package, failed = self._import_for_discovery(self._module_name_for(path))
                if package is None:
                    yield failed
                    continue
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if tests is not None and tests.countTestCases():
                    yield tests
                if getattr(package, 'load_tests', None) is None:
                    yield from self._tests_under(path, pattern)

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(_glob_regex(p).fullmatch(full) for p in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


_MODULE_FILE = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


def _failed_import_test(name, message, suite_class):
    """A test that reports a module discovery could not import (as unittest.loader's)."""
    def test_failure(self):
        raise ImportError(message)
    failed = type('_FailedTest', (TestCase,), {name: test_failure, '__module__': 'unittest.loader'})
    return suite_class((failed(name),))


def _skipped_module_test(name, reason, suite_class):
    def skipped(self):
        raise SkipTest(reason)
    test_class = type('ModuleSkipped', (TestCase,), {name: skipped, '__module__': 'unittest.loader'})
    return suite_class((test_class(name),))


def _glob_regex(pattern):
    """A compiled regex for a shell-style pattern (*, ?, [set], [!set]), as fnmatchcase."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        i += 1
        if ch == '*':
            out.append('.*')
        elif ch == '?':
            out.append('.')
        elif ch == '[':
            close = pattern.find(']', i + 1 if pattern[i:i + 1] in ('!', ']') else i)
            if close < 0:
                out.append('\\[')
                continue
            body = pattern[i:close].replace('\\', '\\\\')
            i = close + 1
            if body.startswith('!'):
                body = '^' + body[1:]
            elif body.startswith('^'):
                body = '\\' + body
            out.append('[%s]' % body)
        else:
            out.append(re.escape(ch))
    return re.compile('(?s:%s)' % ''.join(out))


defaultTestLoader = TestLoader()


# The module-level loader functions of old (deprecated in 3.11, removed in 3.13): a loader with
# the given prefix, order and suite class does the work.

def _deprecated_loader(old, new, prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    warnings.warn("unittest.%s() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.%s() instead." % (old, new),
                  DeprecationWarning, stacklevel=3)
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way, testNamePatterns=None):
    loader = _deprecated_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                                testNamePatterns=testNamePatterns)
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way, suiteClass=TestSuite):
    loader = _deprecated_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing, suiteClass)
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_three_way, suiteClass=TestSuite):
    loader = _deprecated_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing, suiteClass)
    return loader.loadTestsFromModule(module)


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


_module_cleanups = []


def enterModuleContext(cm):
    return _enter_with_cleanup(cm, addModuleCleanup)


def doModuleCleanups():
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


# --- main ------------------------------------------------------------------------------------

class TestProgram:
    """unittest.main(): load the tests of a module (or the names given on the command line),
    run them with a TextTestRunner and exit with 0 when they all passed, 1 otherwise."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        import os
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _parser(self, prog, with_locals):
        """An argument parser with the options the test names and discover forms share."""
        import argparse
        parser = argparse.ArgumentParser(prog=prog)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        if with_locals:
            parser.add_argument('--locals', dest='tb_locals', action='store_true',
                                help='Show local variables in tracebacks')
        parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                            help='Stop on first fail or error')
        parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                            help='Buffer stdout and stderr during tests')
        parser.add_argument('-k', dest='testNamePatterns', action='append',
                            help='Only run tests which match the given substring')
        return parser

    def _take_options(self, options):
        """Settings from the shared options, where the constructor left them unset."""
        if options.verbosity is not None:
            self.verbosity = options.verbosity
        if self.failfast is None:
            self.failfast = options.failfast
        if self.buffer is None:
            self.buffer = options.buffer
        self.tb_locals = self.tb_locals or getattr(options, 'tb_locals', False)
        if options.testNamePatterns:
            self.testNamePatterns = ['*%s*' % p if '*' not in p else p
                                     for p in options.testNamePatterns]
            self.testLoader.testNamePatterns = self.testNamePatterns

    def parseArgs(self, argv):
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._discover(argv[2:])
            return
        parser = self._parser(self.progName, with_locals=True)
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        options = parser.parse_args(argv[1:])
        self._take_options(options)
        if options.tests:
            self.testNames = options.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        if self.module is None and self.testNames is None:
            self._discover([])
        elif self.module is None:
            self.test = self.testLoader.loadTestsFromNames(
                [_name_from_path(name) for name in self.testNames])
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _discover(self, args):
        """`python -m unittest discover [-s START] [-p PATTERN] [-t TOP] [START [PATTERN [TOP]]]`."""
        import argparse
        parser = self._parser('%s discover' % self.progName, with_locals=False)
        parser.add_argument('-s', '--start-directory', dest='start', default=None,
                            help="Directory to start discovery ('.' default)")
        parser.add_argument('-p', '--pattern', dest='pattern', default=None,
                            help="Pattern to match tests ('test*.py' default)")
        parser.add_argument('-t', '--top-level-directory', dest='top', default=None,
                            help='Top level directory of project (defaults to start directory)')
        for name in ('start', 'pattern', 'top'):
            parser.add_argument(name, nargs='?', default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
        options = parser.parse_args(args)
        self._take_options(options)
        self.test = self.testLoader.discover(options.start or '.',
                                             options.pattern or 'test*.py', options.top)

    def runTests(self):
        runner = self.testRunner if self.testRunner is not None else TextTestRunner
        if isinstance(runner, type):
            try:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast,
                                buffer=self.buffer, warnings=self.warnings,
                                tb_locals=self.tb_locals)
            except TypeError:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast,
                                buffer=self.buffer, warnings=self.warnings)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def _name_from_path(name):
    """A test name given as a file path (test_x.py, pkg/test_y.py) as a module name."""
    import os
    if os.path.isfile(name) and name.lower().endswith('.py'):
        relative = os.path.relpath(os.path.normpath(name))
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        return relative[:-3].replace('\\', '.').replace('/', '.')
    return name

for _cls, _where in ((TestCase, 'case'), (FunctionTestCase, 'case'), (SkipTest, 'case'),
                     (TestSuite, 'suite'), (TestResult, 'result'), (TextTestResult, 'runner'),
                     (TextTestRunner, 'runner'), (TestLoader, 'loader'), (TestProgram, 'main')):
    _cls.__module__ = 'unittest.' + _where
del _cls, _where
