# An inventory tool: dataclass products, a container class with dunder methods, report formatting, json/csv output, groupby and statistics.
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable
import json, io, csv, operator, itertools, string, textwrap, statistics
@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: set = field(default_factory=set)
    @property
    def value(self): return self.price * self.qty
    def __str__(self): return f"{self.sku:<6}{self.name:<12}{self.price:>8.2f}{self.qty:>5}{self.value:>10.2f}"
class Inventory:
    def __init__(self): self._items: dict[str, Product] = {}
    def add(self, p):
        if p.sku in self._items: raise KeyError(f"duplicate sku {p.sku}")
        self._items[p.sku] = p
    def __len__(self): return len(self._items)
    def __contains__(self, sku): return sku in self._items
    def __getitem__(self, sku): return self._items[sku]
    def __iter__(self): return iter(sorted(self._items.values(), key=operator.attrgetter("sku")))
    def restock(self, sku, n): self[sku].qty += n
    def sell(self, sku, n):
        p = self[sku]
        if n > p.qty: raise ValueError(f"only {p.qty} {p.name} left")
        p.qty -= n; return n * p.price
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}", "-" * 41]
        lines += [str(p) for p in self]
        lines.append(f"{'Total':<31}{sum(p.value for p in self):>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for i, (n, pr) in enumerate([("widget", 2.5), ("gadget", 10), ("doohickey", 0.99), ("gizmo", 125.0)]):
    inv.add(Product(f"P{i:03}", n, pr, (i + 1) * 7, {"a", "b"} if i % 2 else set()))
inv.restock("P001", 5)
print(inv.sell("P002", 3))
try: inv.sell("P000", 100)
except ValueError as e: print("Error:", e)
try: inv.add(Product("P001", "x", 1))
except KeyError as e: print("Error:", e)
print(inv.report())
print("P003" in inv, len(inv), inv["P003"])
by_tag = defaultdict(list)
for p in inv:
    for t in sorted(p.tags) or ["untagged"]: by_tag[t].append(p.name)
print(json.dumps(by_tag, indent=1))
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC); w.writerow(["sku", "price"]); [w.writerow([p.sku, p.price]) for p in inv]; print(out.getvalue())
print(statistics.mean(p.price for p in inv), statistics.median([p.qty for p in inv]))
for k, grp in itertools.groupby(sorted(inv, key=lambda p: p.price > 5), key=lambda p: p.price > 5):
    print(k, [p.name for p in grp])
print(textwrap.fill(", ".join(p.name.title() for p in inv), 20))
tbl = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]); print("gizmo".translate(tbl))
print(max(inv, key=lambda p: p.value).name, sorted(inv, key=lambda p: (-p.qty, p.name))[0].sku)
print(vars(inv["P000"]))
print(repr(inv["P001"]))
