def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

g = resource("a")
print(next(g))
del g
print("after del")

for v in resource("b"):
    print("value", v)
    break
print("after loop")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

h = ignores_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError:", e)
