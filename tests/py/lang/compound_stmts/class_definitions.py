class Animal:
    """An animal."""
    kingdom = "animalia"
    def __init__(self, name, sound):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def fetch(self):
        return self.name + " fetches"

d = Dog("rex")
print(d.speak(), d.fetch(), repr(d), Dog.__doc__, Dog.kingdom)
print(Dog.__bases__, Dog.__name__, Dog.__qualname__, Dog.__module__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls

class WithMeta(metaclass=Meta, flavor="vanilla"):
    pass
print(WithMeta.created_by, WithMeta.extra, type(WithMeta).__name__)

class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="child"):
    pass
print(Child.tag)

def make_class():
    class Local:
        def method(self):
            return __class__.__name__
    return Local
print(make_class()().method(), make_class().__qualname__)
