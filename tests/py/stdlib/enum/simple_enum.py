# enum._simple_enum, the decorator stdlib modules use to declare enums from plain class bodies
import enum
@enum._simple_enum(enum.IntEnum)
class Code:
    """Some codes."""
    OK = 200
    MOVED = 301
    def describe(self):
        return self.name.lower()
print(list(Code), Code.OK.describe(), Code.__doc__, Code(301), repr(Code.MOVED), Code.__qualname__)
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class Fl:
    A = 1
    B = 2
print(Fl.A | Fl.B, repr(Fl(8)), Fl._boundary_)
