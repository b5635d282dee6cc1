import sys
import traceback


def level3():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno) for fs in stack])
    print(traceback.extract_stack(limit=2)[-1].name)
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout, limit=2)
    frames = [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]
    print(frames)


def level2():
    level3()


def level1():
    level2()


level1()
f = sys._getframe()
print(traceback.format_stack(f)[0].count("\n"))
