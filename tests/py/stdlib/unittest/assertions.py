# unittest assertion methods: their failure messages (with the ndiff under unequal containers
# and strings, long-repr shortening, maxDiff), msg= and longMessage, assertRaises/Warns/Logs
import logging
import unittest
import warnings


class Checks(unittest.TestCase):
    def runTest(self):
        pass


t = Checks()


def show(call, *args, **kwargs):
    try:
        result = call(*args, **kwargs)
        print("passed", "" if result is None else type(result).__name__)
    except AssertionError as e:
        print("AssertionError:", e)
        print("--")
    except Exception as e:
        print(type(e).__name__, e)


show(t.assertEqual, 1, 1)
show(t.assertEqual, 1, 2)
show(t.assertEqual, 1, 2, "custom")
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, (1, 2), (1, 2, 3))
show(t.assertEqual, [1, 2, 3, 4], [1, 2])
show(t.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]})
show(t.assertEqual, "abc\ndef\n", "abc\nxyz\n")
show(t.assertEqual, "abc", "abd")
show(t.assertEqual, "one line\tx", "one  line x")
show(t.assertEqual, {1, 2}, {2, 3})
show(t.assertEqual, frozenset([1]), frozenset())
show(t.assertEqual, "a" * 100, "a" * 99 + "b")
show(t.assertEqual, list(range(100)), list(range(99)) + [0])
show(t.assertEqual, [1, 2], (1, 2))
show(t.assertEqual, 1.0, 1)
show(t.assertListEqual, [1], (1,))
show(t.assertSequenceEqual, [1, [2, 3]], [1, [2, 4]])
show(t.assertSequenceEqual, "abc", ["a", "b", "c"])
show(t.assertDictEqual, {"x": 1}, [1])
show(t.assertMultiLineEqual, "a\nb\nc\n", "a\nB\nc\nd\n")
show(t.assertNotEqual, 3, 3)
show(t.assertTrue, 0)
show(t.assertTrue, [], "empty")
show(t.assertFalse, "x")
show(t.assertIs, [], [])
show(t.assertIsNot, None, None)
show(t.assertIsNone, 5)
show(t.assertIsNotNone, None)
show(t.assertIn, 4, [1, 2])
show(t.assertNotIn, 1, {1: 2})
show(t.assertIsInstance, 1, str)
show(t.assertNotIsInstance, 1, int)
show(t.assertGreater, 1, 2)
show(t.assertGreaterEqual, 1, 2)
show(t.assertLess, 2, 1)
show(t.assertLessEqual, 2, 1)
show(t.assertAlmostEqual, 1.0, 1.0000001)
show(t.assertAlmostEqual, 1.0, 1.1)
show(t.assertAlmostEqual, 1.0, 1.1, places=3)
show(t.assertAlmostEqual, 10, 12, delta=1)
show(t.assertAlmostEqual, 1, 2, places=1, delta=1)
show(t.assertNotAlmostEqual, 1.0, 1.00000001)
show(t.assertNotAlmostEqual, 1, 2, delta=5)
show(t.assertCountEqual, [1, 1, 2], [1, 2, 3])
show(t.assertCountEqual, [[1], [2]], [[2], [1]])
show(t.assertCountEqual, [[1], [1]], [[1], [2]])
show(t.assertRegex, "hello", "h.*o")
show(t.assertRegex, "hello", "^x")
show(t.assertNotRegex, "hello", "l+")
show(t.assertSetEqual, {1}, [1])
show(t.fail, "explicit")
show(t.fail)
with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception)
show(t.assertRaises, ValueError, int, "3")
show(t.assertRaises, ValueError, lambda: None)
show(t.assertRaises, KeyError, {}.__getitem__, "k")
show(t.assertRaisesRegex, ValueError, "invalid", int, "x")
show(t.assertRaisesRegex, ValueError, "^nope", int, "x")
show(t.assertRaises, 5)
try:
    with t.assertRaises(TypeError):
        raise ValueError("propagates")
except ValueError as e:
    print("ValueError propagated:", e)
try:
    with t.assertRaises(ZeroDivisionError, msg="extra info"):
        pass
except AssertionError as e:
    print("AssertionError:", e)
with t.assertWarns(UserWarning) as w:
    warnings.warn("careful", UserWarning)
print(w.warning, w.lineno > 0)
show(t.assertWarns, DeprecationWarning, lambda: None)
show(t.assertWarnsRegex, UserWarning, "x+", warnings.warn, "xxx")
with t.assertLogs("demo", level="INFO") as logs:
    logging.getLogger("demo").info("first")
    logging.getLogger("demo.child").warning("second %d", 2)
print(logs.output, [r.getMessage() for r in logs.records])
try:
    with t.assertLogs("quiet"):
        pass
except AssertionError as e:
    print("AssertionError:", e)
t.longMessage = False
show(t.assertEqual, 1, 2, "only mine")
t.longMessage = True
t.maxDiff = 20
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
t.maxDiff = None
show(t.assertEqual, "x" * 30 + "\n", "y" * 30 + "\n")
show(t.assertEquals, 1, 1)
print(unittest.TestCase.failureException, t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
