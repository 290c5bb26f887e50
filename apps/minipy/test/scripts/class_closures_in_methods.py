class Account:
    def __init__(self, balance):
        self.balance = balance
    def make_withdrawer(self, limit):
        def withdraw(amount):
            if amount > limit:
                raise ValueError(f"limit is {limit}")
            self.balance -= amount
            return self.balance
        return withdraw

acct = Account(100)
w = acct.make_withdrawer(30)
print(w(10), w(30), acct.balance)
try:
    w(31)
except ValueError as e:
    print(e)
