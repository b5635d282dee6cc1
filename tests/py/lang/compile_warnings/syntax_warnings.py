# Compile-time SyntaxWarnings are printed (with the source line) before the program runs, and
# the program then runs normally.
x = 5
if x is 5:
    print("is with an int literal")
if x is not "five":
    print("is not with a str literal")
assert (x, "message")
print([10, 20] [0, 1] if False else "indices warning")
print((x, 1) (2) if False else "callable warning")
print(None [0] if False else "subscriptable warning")
print("done")
