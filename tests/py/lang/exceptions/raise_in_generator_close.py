def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("raised during close")

g = stubborn()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised:", e)
print(g.gi_frame)
