# unittest.main(): the dots report, failure/error sections with tracebacks, skips, expected
# failures, subTest, fixtures and cleanups, the summary line and exit status (timing normalized)
import io
import re
import sys
import unittest

events = []


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.value = 10
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_add(self):
        """Adding works."""
        self.assertEqual(self.value + 1, 11)

    def test_fail(self):
        self.assertEqual(self.value * 2, 21)

    def test_error(self):
        {}["missing"]

    def helper(self):
        raise RuntimeError("deep")

    def test_error_deep(self):
        self.helper()

    @unittest.skip("not today")
    def test_skipped(self):
        raise AssertionError("never")

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_skip_inside(self):
        self.skipTest("dynamic skip")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup failed")

    def test_never(self):
        pass


def run_main(argv, **kwargs):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        program = unittest.main(module=__name__, argv=argv, exit=False, **kwargs)
    finally:
        sys.stderr = saved
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", buf.getvalue())
    print(text)
    return program.result


result = run_main(["prog"])
print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.testsRun)
print(events)
run_main(["prog", "-v", "Arithmetic.test_add", "Arithmetic.test_subtests", "Arithmetic.test_skipped"])
run_main(["prog", "-q", "Arithmetic.test_add"])
run_main(["prog", "-k", "skip"])


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    def test_two(self):
        self.assertIn(1, [1])


suite = unittest.TestLoader().loadTestsFromTestCase(Passing)
print(suite.countTestCases(), [t.id() for t in suite])
stream = io.StringIO()
outcome = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()), outcome.wasSuccessful())


def main_exit(argv):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        unittest.main(module=__name__, argv=argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = saved
    print(re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", buf.getvalue()))
    print("exit code", code)


main_exit(["prog", "Passing"])
main_exit(["prog", "Arithmetic.test_fail"])
unittest.defaultTestLoader.testNamePatterns = None
main_exit(["prog", "Passing"])
