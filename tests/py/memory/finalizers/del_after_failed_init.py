# __del__ runs even when __init__ raised: the object existed.
class Fragile:
    def __init__(self, fail):
        self.fail = fail
        if fail:
            raise ValueError("init failed")

    def __del__(self):
        print("__del__, fail =", self.fail)


try:
    Fragile(True)
except ValueError as e:
    print("caught:", e)
ok = Fragile(False)
del ok
print("end")
