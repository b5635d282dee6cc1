# `import gc, datetime` on one line, then user objects before the first collection: the
# collection finds the import's garbage and the user cycles together.
import gc, datetime


class Pair:
    def __init__(self):
        self.me = self


keep = [Pair() for _ in range(3)]
drop = [Pair() for _ in range(5)]
del drop
found = gc.collect()
print(found > 250, found < 360)
print(gc.collect(), len(keep), datetime.date(2024, 2, 29) + datetime.timedelta(days=1))
