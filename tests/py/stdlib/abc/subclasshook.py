# __subclasshook__ structural checks, NotImplemented falls back to normal rules
import abc


class Quacker(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            if any("quack" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Robot(Duck):
    pass


class Stone:
    pass


print(isinstance(Duck(), Quacker), issubclass(Robot, Quacker), isinstance(Stone(), Quacker))


class Never(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Explicit(Never):
    pass


print(issubclass(Explicit, Never), isinstance(Explicit(), Never))


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)
try:
    issubclass(3, Quacker)
except TypeError as e:
    print("TypeError", e)
