# HTTP-like statuses, match statements, sorting and dict keys
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


@unique
class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400

    @classmethod
    def from_code(cls, code):
        try:
            return cls(code)
        except ValueError:
            return None


def describe(status):
    match status:
        case Status.OK | Status.CREATED:
            return "success"
        case Status.NOT_FOUND:
            return "missing"
        case Status(is_error=True):
            return "error"
        case _:
            return "unknown"


for code in (200, 201, 404, 500, 302):
    s = Status.from_code(code)
    print(code, s, repr(s), describe(s) if s is not None else None)
print(sorted([Status.SERVER_ERROR, Status.OK, Status.NOT_FOUND]), max(Status), min(Status).name)
print(Status.OK + 1, Status.OK == 200, 200 in Status._value2member_map_, Status(404) is Status.NOT_FOUND)
print({s: s.is_error for s in Status}, [s.name for s in Status if s.is_error])
print(f"{Status.OK}", f"{Status.OK!r}", f"{Status.OK:>6}", "%d %s" % (Status.CREATED, Status.CREATED))


class Color(Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

    def __str__(self):
        return self.value

    @property
    def hex(self):
        return {"red": "#f00", "green": "#0f0", "blue": "#00f"}[self.value]


def paint(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"


print([paint(c) for c in Color], Color("green").hex, str(Color.BLUE), Color["RED"] == Color.RED)
print(Color.RED != Color.GREEN, Color.RED == "red", Color.RED in {Color.RED: 1}, hash(Color.RED) == hash("RED"))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    APPEND = "a"


print(list(Mode), Mode.READ.upper(), Mode("write"), Mode.READ + "!", "x" + Mode.APPEND, len(Mode.WRITE))
print(sorted(Mode), Mode.READ < Mode.WRITE, {m: len(m) for m in Mode})


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE


p = Perm.READ | Perm.WRITE
print(p, p is Perm.RW, repr(p), Perm.ALL & ~Perm.WRITE, bool(Perm.NONE), Perm.NONE, list(Perm.ALL))
print(Perm.READ in p, Perm.EXECUTE in p, Perm.RW in Perm.ALL, p & Perm.EXECUTE, repr(p ^ Perm.ALL))
perms = Perm.NONE
for flag in (Perm.READ, Perm.EXECUTE):
    perms |= flag
print(perms, repr(perms), len(perms), [f.name for f in perms], perms.value)
