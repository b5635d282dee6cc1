import gc

# gc.freeze() moves every tracked object to a permanent generation the collector ignores.


class Loop:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("freed", self.name)


before = Loop("before-freeze")
del before
gc.freeze()
print("frozen some objects:", gc.get_freeze_count() > 0)
print("collect finds nothing frozen:", gc.collect())
after = Loop("after-freeze")
del after
print("collect:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
