import io

text = "a\r\nb\rc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    s.write("\nw")
    print(repr(nl), repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print(" lines:", [line for line in s])
s = io.StringIO(newline=None)
print(repr(s.newlines))
s.write("only\n")
print(repr(s.newlines))
s.write("cr\r")
print(repr(s.newlines))
s = io.StringIO(newline="")
s.write("a\r\n")
print(repr(s.newlines))
for bad in ["x", "\n\n", " "]:
    try:
        io.StringIO(newline=bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [1, b"\n"]:
    try:
        io.StringIO(newline=bad)
    except TypeError as e:
        print("TypeError", e)
