x: int = 5
y: list
def f(a: int, b: "str" = "x") -> bool:
    return True
class C:
    attr: int = 3
    other: str
print(x, f(1), C.attr, C.__annotations__, f.__annotations__)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def g():
    local: int = 1
    unset: int
    return local
print(g())
