# unittest: -b buffers a test's output (shown only for failing tests), -f stops at the first
# failure, verbosity 0, docstring descriptions, load_tests-free loaders and suites
import io
import re
import sys
import unittest


class Noisy(unittest.TestCase):
    def test_a_quiet_pass(self):
        print("printed by a passing test")

    def test_b_loud_fail(self):
        """Fails after printing."""
        print("printed by a failing test")
        print("to stderr", file=sys.stderr)
        self.assertEqual("x", "y")

    def test_c_after(self):
        pass


def run(argv):
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        unittest.main(module=__name__, argv=argv, exit=False)
    finally:
        sys.stderr = saved
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", err.getvalue()))


run(["prog", "-b"])
run(["prog", "-f"])
run(["prog", "-q", "-b"])
run(["prog", "-v", "-b", "-f"])
suite = unittest.TestSuite([Noisy("test_c_after"), Noisy("test_a_quiet_pass")])
print(suite.countTestCases(), repr(suite)[:40])
result = unittest.TestResult()
suite.run(result)
print(result, result.testsRun, result.wasSuccessful())
