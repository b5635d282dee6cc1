print(__debug__)
def positive(n):
    assert n > 0, "must be positive"
    assert isinstance(n, int)
    return n
print(positive(3))
for bad in (-1, 2.5):
    try:
        positive(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e))
