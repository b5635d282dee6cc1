# inspect.getmembers over instances, classes, modules and odd objects: attributes whose getattr
# raises AttributeError (found in a class __dict__ or skipped), other errors propagating,
# predicates (truthy results, errors), DynamicClassAttribute names, names dir() repeats, and
# dir() results that are not strings.
import inspect
import types


class Meta(type):
    @property
    def meta_only(cls):
        return "meta"


class Base(metaclass=Meta):
    base_attr = 1

    @types.DynamicClassAttribute
    def dynamic(self):
        return "dynamic from " + type(self).__name__

    def method(self):
        return 2


class Child(Base):
    child_attr = [1, 2]

    @property
    def broken(self):
        raise AttributeError("broken on purpose")

    @property
    def fine(self):
        return "fine"

    def __getattr__(self, name):
        if name == "virtual":
            return "virtual value"
        raise AttributeError(name)

    def __dir__(self):
        return list(super().__dir__()) + ["virtual", "missing_everywhere", "base_attr"]


def names(pairs):
    return [k for k, _ in pairs]


c = Child()
members = inspect.getmembers(c)
print(names(members))
print(dict(members)["virtual"], dict(members)["fine"], "broken" in dict(members))
print(names(inspect.getmembers(Child)))
print([(k, type(v).__name__) for k, v in inspect.getmembers(Child) if not k.startswith("__")])
print(names(inspect.getmembers(Child, inspect.isfunction)))
print(names(inspect.getmembers(c, inspect.ismethod)))
print(names(inspect.getmembers(c, lambda v: 1 if isinstance(v, list) else 0)))
print(names(inspect.getmembers(c, None)), len(inspect.getmembers(c, 0)))
print(names(inspect.getmembers(types, inspect.isclass))[:8])
print(inspect.getmembers(3, lambda v: isinstance(v, int)))


class Loud:
    @property
    def boom(self):
        raise ValueError("boom")


try:
    inspect.getmembers(Loud())
except ValueError as e:
    print("ValueError", e)


def bad_predicate(value):
    raise KeyError("predicate")


try:
    inspect.getmembers(Child, bad_predicate)
except KeyError as e:
    print("KeyError", e)


class OddDir:
    def __dir__(self):
        return [1]


try:
    inspect.getmembers(OddDir())
except TypeError as e:
    print("TypeError", e)


class StrSub(str):
    pass


class SubDir:
    x = 5

    def __dir__(self):
        return [StrSub("x"), "y"]


print(inspect.getmembers(SubDir()))
print(names(inspect.getmembers(object(), inspect.isbuiltin))[:3])
