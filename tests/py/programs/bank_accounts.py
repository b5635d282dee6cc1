# Course-style bank system: classes with properties and ordering, dataclasses, enums/flags, Decimal money, every kind of format spec, datetime formats.
from __future__ import annotations
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, auto, IntEnum, Flag
from functools import total_ordering, wraps, lru_cache, partial, reduce, cached_property
from decimal import Decimal, ROUND_HALF_UP, getcontext
from typing import Optional, List, Dict, NamedTuple
import datetime as dt

class AccountType(Enum):
    CHECKING = auto()
    SAVINGS = auto()

class Perm(Flag):
    R = 4
    W = 2
    X = 1

class Level(IntEnum):
    LOW = 1
    HIGH = 2

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed}, available {available}")
        self.needed = needed
        self.available = available

@dataclass(order=True)
class Transaction:
    when: dt.date
    amount: Decimal
    memo: str = ""
    tags: list[str] = field(default_factory=list, compare=False)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

class Money(NamedTuple):
    amount: Decimal
    currency: str = "USD"

@total_ordering
class Account:
    _next = 1000
    def __init__(self, owner: str, kind: AccountType = AccountType.CHECKING):
        self.owner = owner
        self.kind = kind
        self._balance = Decimal("0.00")
        self.history: list[Transaction] = []
        Account._next += 1
        self.number = Account._next
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    def deposit(self, amt, when=dt.date(2024, 1, 1)):
        amt = Decimal(amt).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.balance += amt
        self.history.append(Transaction(when, amt, "deposit"))
    def withdraw(self, amt, when=dt.date(2024, 1, 2)):
        amt = Decimal(amt)
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self.balance -= amt
        self.history.append(Transaction(when, -amt, "withdraw"))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.kind}, balance={self._balance})"
    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self._balance == other._balance
    def __lt__(self, other):
        return self._balance < other._balance
    def __hash__(self):
        return hash(self.number)

accts = [Account("alice"), Account("bob", AccountType.SAVINGS), Account("carol")]
accts[0].deposit("100.505")
accts[1].deposit(250)
accts[2].deposit("99.995")
try:
    accts[0].withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, repr(e))
print(sorted(accts))
print(max(accts), min(accts))
print(accts[0] <= accts[1], accts[0] >= accts[1])
print(accts[0].history)
t = accts[0].history[0]
print(asdict(t), astuple(t))
print(replace(t, memo="changed"))
print([f.name for f in fields(Transaction)])
p = Point(1)
print(p, hash(p) == hash(Point(1, 0)))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
m = Money(Decimal("1.50"))
print(m, m._asdict(), m._replace(currency="EUR"))
print(AccountType.CHECKING, repr(AccountType.SAVINGS), AccountType["SAVINGS"], AccountType(1))
print(list(AccountType), len(AccountType))
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), Perm(0), ~Perm.R)
print(Level.LOW < Level.HIGH, Level.HIGH + 1, f"{Level.HIGH}", str(Level.LOW), repr(Level.LOW))
print(f"{AccountType.CHECKING}", format(AccountType.CHECKING, ""), f"{Perm.R!r}")
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("10") ** 20, Decimal("1.10") + Decimal("2.205"))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):.0%}", f"{Decimal('-3.14159'):+.3e}")
total = reduce(lambda a, b: a + b, (a.balance for a in accts), Decimal(0))
print(total)

class Report:
    def __init__(self, accts):
        self.accts = accts
    @cached_property
    def total(self):
        print("computing")
        return sum(a.balance for a in self.accts)
r = Report(accts)
print(r.total, r.total)
for a in accts:
    print(f"{a.owner:<10}|{a.kind.name:^12}|{a.balance:>10.2f}|{a.number:#x}|{a.number:08b}")
print(f"{'x':*^9}", f"{12345678:_d}", f"{0.000123:g}", f"{1e20:g}", f"{3.0:n}", f"{-0.0:+}")
w, pr = 12, 3
print(f"{3.14159265:{w}.{pr}f}|", f"{'abc'!a:>{w}}", f"{w=}", f"{w + pr = }", f"{pr=!r:>5}")
print(f"{dt.datetime(2024, 3, 5, 14, 7, 9):%Y-%m-%d %H:%M:%S %A %B %j %p %I}")
print(f"{dt.date(2024, 2, 29):%a %b %d %y %U %W}", dt.date(2024,2,29).isoformat(), dt.timedelta(days=3, seconds=7261))
print(dt.datetime(2024, 1, 1) - dt.datetime(2023, 12, 25, 12), repr(dt.timedelta(hours=-1)))
print(dt.datetime.strptime("2024-03-05 10:11", "%Y-%m-%d %H:%M"), dt.date.fromisoformat("2021-12-31").weekday())
