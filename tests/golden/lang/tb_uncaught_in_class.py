class Config:
    def __init__(self, values):
        self.values = values
    def __getitem__(self, key):
        return self.values[key]
    def port(self):
        return int(self["port"])
c = Config({"port": "eighty"})
print("starting")
print(c.port())
