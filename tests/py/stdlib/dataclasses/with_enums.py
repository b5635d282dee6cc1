# enums and dataclasses together: a small order-processing state machine
from dataclasses import asdict, dataclass, field, replace
from enum import Enum, Flag, IntEnum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Feature(Flag):
    GIFT = auto()
    EXPRESS = auto()
    INSURED = auto()


TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
}


@dataclass(order=True)
class Order:
    priority: Priority
    ident: int
    state: State = field(default=State.NEW, compare=False)
    features: Feature = field(default=Feature(0), compare=False)
    log: list = field(default_factory=list, compare=False, repr=False)

    def advance(self, new_state):
        if new_state not in TRANSITIONS.get(self.state, ()):
            raise ValueError(f"cannot go from {self.state.name} to {new_state.name}")
        self.log.append((self.state, new_state))
        self.state = new_state
        return self


orders = [Order(Priority.LOW, 1), Order(Priority.HIGH, 2, features=Feature.EXPRESS | Feature.GIFT),
          Order(Priority.HIGH, 1)]
for o in sorted(orders, reverse=True):
    print(o)
orders[0].advance(State.PAID).advance(State.SHIPPED)
try:
    orders[0].advance(State.CANCELLED)
except ValueError as e:
    print("ValueError", e)
print(orders[0].log)
print(asdict(orders[1]))
print(replace(orders[2], state=State.CANCELLED), [o.state.name for o in orders])
by_state = {}
for o in orders:
    by_state.setdefault(o.state, []).append(o.ident)
print(by_state)
express = [o.ident for o in orders if Feature.EXPRESS in o.features]
print(express, orders[1].features, [f.name for f in orders[1].features], Feature.INSURED in orders[1].features)
match orders[1]:
    case Order(priority=Priority.HIGH, state=State.NEW, features=f) if Feature.GIFT in f:
        print("high priority gift", f)
