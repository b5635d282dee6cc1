def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code

def numbered(lines, start=1):
    n = start
    for line in lines:
        yield n, line
        n += 1

SRC = """x = 1  # set x
# whole comment
y = x + 2

print(y)  # show
"""
for n, line in numbered(strip_comments(read_lines(SRC))):
    print(n, line)

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
