def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x * 2

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert False
except AssertionError as e:
    print(repr(e))

assert 1 == 2, ("tuple", "message")
