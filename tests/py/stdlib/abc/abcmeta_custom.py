# ABCMeta used directly, update_abstractmethods, _abc_impl
import abc


class Plugin(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        ...


print(type(Plugin).__name__, Plugin.__abstractmethods__, type(Plugin._abc_impl).__name__)


class Concrete(Plugin):
    pass


Concrete.run = lambda self: "ran"
try:
    Concrete()
except TypeError as e:
    print("TypeError", e)
abc.update_abstractmethods(Concrete)
print(Concrete().run(), Concrete.__abstractmethods__)


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, abc.ABC.__slots__, abc.ABC.__module__)
print(isinstance(abc.ABCMeta, type), issubclass(abc.ABCMeta, type), abc.ABC.__doc__.split("\n")[0])
