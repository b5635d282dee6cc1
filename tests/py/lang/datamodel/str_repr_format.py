class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "words":
            return f"{self.cents // 100} dollars"
        return format(str(self), spec)

m = Money(1234)
print(m, repr(m), [m], f"{m}", f"{m!r}", f"{m:words}", f"{m:>10}|")
print(str([m]), "%s %r" % (m, m), "{} {!r} {:words}".format(m, m, m))

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(OnlyRepr(), str(OnlyRepr()))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
