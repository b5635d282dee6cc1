# InteractiveConsole.push / InteractiveInterpreter.runsource driven directly, with write()
# captured; showsyntaxerror's filename, sys.last_* and excepthook precedence.
import code
import sys


class Capture(code.InteractiveConsole):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.out = []

    def write(self, data):
        self.out.append(data)


con = Capture({"__name__": "__console__"}, filename="<mine>")
lines = ["a = 1", "if a:", "    b = a + 1", "", "b", "def g():", "    return c", "", "g()",
         "x = (1,", "2)", "x", "lambda:", "  indented", "raise ValueError('boom')",
         "import __future__", "try:", "    1/0", "except ZeroDivisionError as e:", "    print('caught', e)", ""]
for line in lines:
    more = con.push(line)
    print(repr(line), "->", more, con.buffer)
print("".join(con.out))
print(sys.last_type.__name__, sys.last_value)

interp = code.InteractiveInterpreter()
print(sorted(interp.locals))
print(interp.runsource("y = 5"), interp.locals["y"])
print(interp.runsource("for i in y:"), interp.runsource("1 2", "<named>"))
print(type(sys.last_value).__name__, sys.last_value.filename, sys.last_value.lineno)
print(interp.runsource("z = 1", symbol="exec"), interp.runsource("y * 2", symbol="eval"))

seen = []
sys.excepthook = lambda t, v, tb: seen.append((t.__name__, str(v)))
interp.runsource("1/0")
interp.runsource("def (")
sys.excepthook = sys.__excepthook__
print(seen)

try:
    code.InteractiveConsole().push("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)

feeds = iter(["q = 7", "q * 6"])
def reader(prompt):
    print("prompt", repr(prompt))
    try:
        return next(feeds)
    except StopIteration:
        raise EOFError
sys.stderr = sys.stdout
code.interact(banner="", readfunc=reader, local={}, exitmsg="")
code.interact(banner="hello", readfunc=lambda p: (_ for _ in ()).throw(EOFError), local={})
print(code.__all__, code.compile_command("1") is not None)
