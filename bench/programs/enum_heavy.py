# enum-heavy code: Enum, IntEnum, StrEnum, Flag and IntFlag members used as dict keys, in
# state machines and bit sets; lookups by value and name, iteration, auto(), aliases, unique,
# flag combinations, their reprs and formats.
import enum
import sys
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique

# tests/py/bench_like/enum_heavy.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 15000


@unique
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

    def next(self, event):
        return TRANSITIONS.get((self, event), self)


class Event(StrEnum):
    START = auto()
    PAUSE = auto()
    RESUME = auto()
    STOP = auto()


class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
    URGENT = 10  # alias


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
    D = 8


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.DONE,
    (State.PAUSED, Event.STOP): State.DONE,
}


def main():
    events = list(Event)
    counts = {s: 0 for s in State}
    s = State.IDLE
    for i in range(SCALE):
        s = s.next(events[(i * i + i // 3) % 4])
        counts[s] += 1
        if s is State.DONE:
            s = State.IDLE
    print({k.name: v for k, v in counts.items()})
    total = 0
    for i in range(SCALE):
        p = Prio((1, 5, 10)[i % 3])
        total += p * 2 + (p > Prio.LOW)
        m = Mode(i % 16)
        total += len(list(m)) + (Mode.B in m)
        perm = Perm(i % 8)
        total += bool(perm & Perm.W) + (perm == Perm.RW)
        total += State(i % 4 + 1).value + len(Event(events[i % 4].value))
        total += State["PAUSED"].value
    print(total)
    print(list(Prio), Prio.URGENT is Prio.HIGH, Prio.__members__.keys(), len(Prio))
    print(repr(Perm.R | Perm.X), str(Perm.RW), Perm(0), ~Perm.R, list(Perm.RW))
    print(repr(Mode.A | Mode.C), Mode(5), Mode.A | 16, format(Mode.C), f"{Prio.MID}", f"{Event.STOP!r}")
    print(Event.START.upper(), Event("stop"), State.RUNNING, repr(State.DONE), State.DONE.name)
    Color = Enum("Color", "RED GREEN BLUE", start=0)
    print(list(Color), Color(2), Color.RED < 1 if False else Color.GREEN.value)
    try:
        State(99)
    except ValueError as e:
        print("ValueError", e)
    try:
        class Bad(Enum):
            A = 1
            A = 2
    except TypeError as e:
        print("TypeError", e)
    print(enum.unique(Color) is Color, isinstance(Prio.LOW, int), hash(State.IDLE) == hash(State.IDLE))


main()
