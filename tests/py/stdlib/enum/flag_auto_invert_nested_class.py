# Enum details python3 3.11 has and a rewrite can miss:
# - Flag's auto() continues from the highest value so far, so an alias does not rewind it;
# - ~member keeps only the single-bit members' bits (a multi-bit MASK alias adds none);
# - a class nested in an enum body warns that 3.13 will not make it a member (to stderr);
# - super().__new__ in a member constructor fails with "has no members defined";
# - vars().update(...) in the body assigns one name at a time, so a repeat is refused.
from enum import Enum, Flag, IntFlag, auto


class Confused(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    DOS = 2
    EIGHT = auto()
    SIXTEEN = auto()


print(list(Confused), Confused.EIGHT.value, Confused.SIXTEEN.value, Confused.DOS)


class OpenAB(Flag):
    A = 1
    B = 2
    MASK = 255


A, B = OpenAB.A, OpenAB.B
print(~A, ~B, ~(A | B), ~OpenAB.MASK, ~OpenAB(0))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(~Perm.R, repr(~Perm.R), ~Perm.RWX, repr(~Perm(0)))


class Outer(Enum):
    a = 1

    class Inner(Enum):
        foo = 10


print(list(Outer), isinstance(Outer.Inner, Outer))

for enum_type in (Enum, Flag, IntFlag):
    try:

        class BadSuper(enum_type):
            def __new__(cls, value):
                return super().__new__(cls, value)

            failed = 1

    except TypeError as e:
        print("TypeError:", e)

defines = {"FOO_CAT": "aloof", "BAR_DOG": "friendly", "FOO_HORSE": "big"}


class Foo(Enum):
    vars().update({k: v for k, v in defines.items() if k.startswith("FOO_")})


print(list(Foo))
try:

    class FooBar(Enum):
        vars().update({k: v for k, v in defines.items() if k.startswith("FOO_")}, FOO_CAT="small")

except TypeError as e:
    print("TypeError:", e)


class WithGetter:
    def __get__(self, obj, owner=None):
        return "got"


class Holder(Enum):
    X = 1
    Getter = WithGetter


print(list(Holder), Holder.Getter)
