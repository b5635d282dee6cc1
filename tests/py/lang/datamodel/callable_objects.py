class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
print(double(21), callable(double), callable(5))
print(list(map(Multiplier(3), [1, 2, 3])))

class Method:
    def show(self, suffix):
        return "show" + suffix

m = Method().show
print(m("!"), m.__name__, m.__self__.__class__.__name__)
f = Method.show
print(f(Method(), "?"))
