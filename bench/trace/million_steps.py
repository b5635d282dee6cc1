# The program `npm run bench:trace` records: about a million steps of ordinary Python
# (function calls, a class with methods, lists, dicts, strings, arithmetic), with a working set
# that stays small, as in most programs one would step through.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        if len(self.history) > 8:
            self.history.pop(0)
        return self.balance


def checksum(text):
    total = 0
    for ch in text:
        total = (total * 31 + ord(ch)) % 1000003
    return total


def simulate(rounds):
    accounts = {name: Account(name, 100) for name in ("ann", "bob", "cy", "dee")}
    names = sorted(accounts)
    log = []
    for i in range(rounds):
        who = names[i % len(names)]
        acct = accounts[who]
        balance = acct.deposit(i % 7 + 0.5)
        if i % 50 == 0:
            log.append(f"{who}:{balance:.1f}")
            if len(log) > 20:
                log = log[-10:]
    return checksum("".join(log))


print(simulate(83000))
