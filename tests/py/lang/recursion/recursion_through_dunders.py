class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return self == other

try:
    Eq() == Eq()
except RecursionError as e:
    print(Eq.calls, e)

class Rep:
    calls = 0
    def __repr__(self):
        Rep.calls += 1
        return repr(self)

try:
    repr(Rep())
except RecursionError as e:
    print(Rep.calls, e)

class Attr:
    calls = 0
    def __getattr__(self, name):
        Attr.calls += 1
        return self.missing

try:
    Attr().anything
except RecursionError as e:
    print(Attr.calls, e)

class Prop:
    calls = 0
    @property
    def p(self):
        Prop.calls += 1
        return self.p
try:
    Prop().p
except RecursionError as e:
    print(Prop.calls, e)
