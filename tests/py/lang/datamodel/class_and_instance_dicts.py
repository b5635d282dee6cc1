class Config:
    debug = False
    level = 1
    def __init__(self):
        self.level = 5

c = Config()
print(c.level, Config.level, c.debug)
print(sorted(k for k in vars(c)))
c.debug = True
print(c.debug, Config.debug)
del c.debug
print(c.debug)
Config.level = 10
print(c.level, Config().level)
print(type(Config.__dict__).__name__, "level" in Config.__dict__)
print(c.__class__.__name__, type(c) is Config)
