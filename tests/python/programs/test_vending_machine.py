# A vending machine state machine driven by a script of events, with change making and error handling.
class VendingError(Exception):
    pass
class Machine:
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.balance = 0
        self.bank = {c: 5 for c in self.COINS}
        self.state = "idle"
        self.sales = []
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.bank[coin] += 1
        self.balance += coin
        self.state = "has_money"
    def make_change(self, amount):
        change = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                change.append(c)
        if amount:
            for c in change:
                self.bank[c] += 1
            raise VendingError(f"cannot make change, short by {amount}")
        return change
    def select(self, item):
        if self.state != "has_money":
            raise VendingError("insert money first")
        if item not in self.stock:
            raise VendingError(f"unknown item {item!r}")
        price, count = self.stock[item]
        if count == 0:
            raise VendingError(f"{item} sold out")
        if self.balance < price:
            raise VendingError(f"need {price - self.balance} more for {item}")
        change = self.make_change(self.balance - price)
        self.stock[item] = (price, count - 1)
        self.balance = 0
        self.state = "idle"
        self.sales.append(item)
        return item, change
    def refund(self):
        change = self.make_change(self.balance)
        self.balance = 0
        self.state = "idle"
        return change
m = Machine({"cola": (120, 2), "chips": (85, 1), "water": (60, 5)})
script = [("select", "cola"), ("insert", 100), ("select", "cola"), ("insert", 50), ("select", "cola"),
          ("insert", 200), ("select", "chips"), ("insert", 3), ("insert", 100), ("select", "chips"),
          ("select", "tea"), ("refund", None), ("insert", 200), ("select", "cola"), ("insert", 100),
          ("insert", 20), ("select", "cola"), ("insert", 60), ("select", "water")]
for action, arg in script:
    try:
        if action == "insert":
            m.insert(arg)
            print(f"insert {arg:3} -> balance {m.balance}")
        elif action == "select":
            print(f"select {arg} -> {m.select(arg)}")
        else:
            print(f"refund -> {m.refund()}")
    except VendingError as e:
        print(f"{action} {arg} -> error: {e}")
print(m.sales, m.stock, m.balance, m.state)
print(sorted(m.bank.items()), sum(c * n for c, n in m.bank.items()))
