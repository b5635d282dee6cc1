import gc

# With automatic collection disabled, cycles pile up until gc.collect().


class Cyc:
    alive = 0

    def __init__(self):
        Cyc.alive += 1
        self.me = self

    def __del__(self):
        Cyc.alive -= 1


gc.disable()
print(gc.isenabled())
for _ in range(2000):
    Cyc()
print("alive with gc disabled:", Cyc.alive)
print("count grew past the threshold:", gc.get_count()[0] > 700)
print("collected:", gc.collect())
print("alive after collect:", Cyc.alive)
gc.enable()
for _ in range(2000):
    Cyc()
print("alive with gc enabled (only the last few):", Cyc.alive < 800)
gc.collect()
print(Cyc.alive)
