import gc
from collections import Counter

# Counting the program's own objects by type with gc.get_objects().


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []


class Transaction:
    def __init__(self, amount):
        self.amount = amount


accounts = [Account("user%d" % i) for i in range(5)]
for i, acc in enumerate(accounts):
    for j in range(i):
        acc.history.append(Transaction(j))


def mine(objs):
    return Counter(type(o).__name__ for o in objs if type(o) in (Account, Transaction))


print(sorted(mine(gc.get_objects()).items()))
del accounts[0:2]
print(sorted(mine(gc.get_objects()).items()))
print("Account tracked:", gc.is_tracked(accounts[0]))
print("history list tracked:", gc.is_tracked(accounts[0].history))
print("an int tracked:", gc.is_tracked(12345))
