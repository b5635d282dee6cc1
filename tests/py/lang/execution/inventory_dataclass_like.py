class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price, self.qty) == (other.name, other.price, other.qty)
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)
    @property
    def total(self):
        return self.price * self.qty

stock = [Item("pen", 1.5, 10), Item("book", 12.0, 2), Item("mug", 6.25, 4), Item("cap", 6.25, 1)]
print(sorted(stock))
print(max(stock, key=lambda i: i.total))
print(sum(i.total for i in stock))
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2), Item("a", 1) != "a")
by_price = {}
for it in stock:
    by_price.setdefault(it.price, []).append(it.name)
print(by_price)
try:
    hash(stock[0])
except TypeError as e:
    print("TypeError:", e)
