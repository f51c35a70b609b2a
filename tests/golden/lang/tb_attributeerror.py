class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "me"
acct = Account()
print(acct.balance)
print(acct.balanse)
