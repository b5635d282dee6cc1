# TestCase.enterContext / enterClassContext and unittest.enterModuleContext (3.11): enter now,
# exit as a cleanup (a TypeError for an object that is no context manager); the deprecated
# assertDictContainsSubset and its "Missing" / "Mismatched values" message.
import contextlib
import io
import unittest


@contextlib.contextmanager
def tracked(name):
    print("enter", name)
    yield name.upper()
    print("exit", name)


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = cls.enterClassContext(tracked("class"))

    def test_contexts(self):
        value = self.enterContext(tracked("test"))
        print("in test", value, self.shared)
        with self.assertRaises(TypeError) as caught:
            self.enterContext(5)
        print(caught.exception)

    def test_subset(self):
        self.assertDictContainsSubset({"a": 1}, {"a": 1, "b": 2})
        self.assertDictContainsSubset({"a": 1, "c": 3, "d": 4}, {"a": 2, "b": 2})

    def test_subset_msg(self):
        self.assertDictContainsSubset({"x": [1]}, {"x": [2]}, msg="custom")


print(unittest.enterModuleContext(tracked("module")))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Contexts))
unittest.doModuleCleanups()
for test, text in result.failures:
    print(test.id(), text.strip().splitlines()[-1])
print(result)
