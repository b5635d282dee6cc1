def nothing():
    pass
print(nothing())
def early(x):
    if x:
        return "early"
    return
print(early(1), early(0))
def multi():
    return 1, 2, 3
print(multi(), type(multi()).__name__)
class Empty:
    pass
print(Empty.__name__)
for _ in range(2):
    pass
print("done")
