total = (1 +
         2 +
         3)
items = [
    "a",
    "b",  # trailing comma
]
long_line = 1 + \
    2
if total > 5: print("one-line if")
x = 1; y = 2; print(x + y)
def f(): return "compact"
print(total, items, long_line, f())
# comment only line
s = """docstring-like
    keeps indentation"""
print(s)
