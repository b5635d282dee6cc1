# The module-level loader functions tutorials still use: unittest.makeSuite, getTestCaseNames
# and findTestCases (deprecated in 3.11: a DeprecationWarning pointing at the caller's line,
# shown since the caller is __main__), with their prefix, sortUsing and suiteClass arguments.
import io
import types
import unittest


class Arithmetic(unittest.TestCase):
    def test_b_add(self):
        self.assertEqual(1 + 1, 2)

    def test_a_div(self):
        self.assertEqual(1 / 2, 0.25)

    def check_extra(self):
        self.assertTrue(True)


suite = unittest.makeSuite(Arithmetic)
print(suite.countTestCases(), suite)
print(unittest.getTestCaseNames(Arithmetic, "test"))
print(unittest.getTestCaseNames(Arithmetic, "check"))
module = types.ModuleType("m")
module.Arithmetic = Arithmetic
print(unittest.findTestCases(module).countTestCases())
print(unittest.makeSuite(Arithmetic, sortUsing=lambda a, b: (a < b) - (a > b)))
print(unittest.makeSuite(Arithmetic, prefix="check"))


class Collecting(unittest.TestSuite):
    pass


print(type(unittest.makeSuite(Arithmetic, suiteClass=Collecting)).__name__)
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(result, [test.id() for test, _ in result.failures])
