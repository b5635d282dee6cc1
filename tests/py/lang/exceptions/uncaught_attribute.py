class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

acct = Account("ada")
acct.deposit(10)
