import traceback


def inner(x):
    return x / 0


def outer():
    return inner(10) + 1


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    print("---")
    traceback.print_exc()
print("---")
try:
    [1, 2, 3][10]
except IndexError:
    traceback.print_exc(limit=1)
try:
    {"a": 1}["missing"]
except KeyError as e:
    print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exc())
