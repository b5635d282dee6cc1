class InsufficientFunds(Exception):
    pass

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

alice = Account("alice", 100)
bob = Account("bob")
transfer(alice, bob, 30)
for amount in (50, 40):
    try:
        transfer(alice, bob, amount)
    except InsufficientFunds as e:
        print("failed:", e)
print(alice, bob)
print(alice.history, bob.history)
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
