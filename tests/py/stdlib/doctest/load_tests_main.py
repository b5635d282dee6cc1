# The load_tests protocol: unittest.main() picks up a DocTestSuite of this module next to a
# regular TestCase, reports the doctest failure in unittest's format and exits with 1.
# Timing is normalized by running main() with a stream we post-process.
import io
import re
import sys
import unittest
import doctest


def double(x):
    """
    >>> double(4)
    8
    >>> double('ab')
    'abab'
    >>> double(0)
    1
    """
    return x * 2


class Regular(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(double(2), 4)


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(optionflags=doctest.REPORT_NDIFF))
    return tests


stream = io.StringIO()
try:
    unittest.main(testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
except SystemExit as e:
    code = e.code
text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', stream.getvalue())
text = re.sub(r'  File ".*doctest\.py", line \d+, in runTest\n    .*\n', '', text)
print(text)
print('exit', code)
