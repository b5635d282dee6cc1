# DocTestSuite and DocFileSuite run by unittest.TextTestRunner (verbose and not): test ids,
# descriptions, the failure message format with the '-' divider, setUp/tearDown hooks,
# optionflags, set_unittest_reportflags, and case.debug(). Timing is normalized.
import io
import re
import sys
import unittest
import doctest


def good():
    """
    >>> good()
    'good'
    """
    return 'good'


def bad():
    """
    >>> bad()
    'good'
    >>> bad() + '!'
    'bad'
    """
    return 'bad'


class Holder:
    """
    >>> Holder().hold(SETUP_VALUE)
    [10]
    """

    def hold(self, x):
        """
        >>> print(list(range(15)))
        [0, 1, ..., 14]
        """
        return [x]


def run(suite, verbosity=1):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', stream.getvalue())
    # the raising frame is inside each implementation's own doctest.py
    text = re.sub(r'  File ".*doctest\.py", line \d+, in runTest\n    .*\n', '', text)
    print(text)
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())


def set_up(test):
    print('setUp', test.name)
    test.globs['SETUP_VALUE'] = 10


def tear_down(test):
    print('tearDown', test.name, 'SETUP_VALUE' in test.globs)


suite = doctest.DocTestSuite(setUp=set_up, tearDown=tear_down)
print(suite.countTestCases(), [case.id() for case in suite], [repr(case) for case in suite])
print([case.shortDescription() for case in suite])
run(suite)
run(doctest.DocTestSuite(sys.modules[__name__], setUp=set_up,
                         optionflags=doctest.ELLIPSIS), verbosity=2)
old = doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE)
print(old)
run(doctest.DocTestSuite(setUp=set_up))
print(doctest.set_unittest_reportflags(old))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError:', e)

files = doctest.DocFileSuite('testfile_sample.txt', globs={'EXTRA': 42})
print([case.id() for case in files], [repr(case).endswith('testfile_sample.txt') for case in files])
run(files, verbosity=2)

case = doctest.DocTestSuite(setUp=set_up)._tests[1]
print(case.id())
try:
    case.debug()
except doctest.DocTestFailure as failure:
    print('DocTestFailure', failure.test.name, repr(failure.got), str(failure) == str(failure.test))

test = doctest.DocTestParser().get_doctest('>>> raise KeyError(1)\n', {}, 'boom', 'boom.py', 0)
try:
    doctest.DocTestCase(test).debug()
except doctest.UnexpectedException as failure:
    print('UnexpectedException', failure.test.name, failure.exc_info[0].__name__,
          repr(failure.exc_info[1]))
