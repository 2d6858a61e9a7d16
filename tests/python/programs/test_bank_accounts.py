# A bank-account simulation: classes, exceptions, transfers, interest, an audit log and a final report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account, self.amount = account, amount
class AccountFrozen(Exception):
    pass
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner}: {self.balance:.2f}>"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Checking(Account):
    overdraft = 100.0
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.audit = []
    def open(self, cls, owner, initial=0.0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        self.audit.append(f"open {acct.id} {cls.__name__} {owner}")
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except (InsufficientFunds, AccountFrozen) as e:
            self.audit.append(f"FAILED transfer {src}->{dst} {amount}: {e}")
            return False
        self.accounts[dst].deposit(amount)
        self.audit.append(f"transfer {src}->{dst} {amount}")
        return True
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank()
alice = bank.open(Savings, "alice", 500.0)
bob = bank.open(Checking, "bob", 50.0)
carol = bank.open(Account, "carol")
print(bank.transfer(alice.id, bob.id, 120.5), bank.transfer(bob.id, carol.id, 250.0), bank.transfer(bob.id, carol.id, 30.0))
print(bank.transfer(carol.id, alice.id, 1000.0))
carol.frozen = True
print(bank.transfer(carol.id, alice.id, 1.0))
try:
    carol.deposit(5)
except AccountFrozen as e:
    print("AccountFrozen:", e)
carol.frozen = False
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    print("month", month, "interest", alice.add_interest(), alice)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print("total", bank.total())
for line in bank.audit:
    print(" ", line)
for acct in bank.accounts.values():
    print(acct.owner, acct.log)
