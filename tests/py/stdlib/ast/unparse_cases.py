# ast.unparse of many small constructs (strings, f-strings, precedence, patterns, targets).
import ast
cases = [
    "u'abc'", "f'{x!a}'", "f'{x=}'", "f'{x:{y}}'", "f\"{'a'}\"", "f'{a[\"b\"]}'", "f'''{x}\\n'''",
    "'''a\"\"\"b'''", "'\\'\"'", "\"\"\"\\n\"\"\"", "'\\r\\x00'", "r'\\d+'", "b'\\xff\"'",
    "f'{ {1, 2} }'", "f'{(lambda: 1)()}'", "f'{x!r:^10}'", "f'a{{b}}c'", "f'{x}' 'y' f'{z}'",
    "not (a and b)", "(a, *b) = c", "[*a, *b]", "{**a, **b}", "print(*a, *b)",
    "a[b:c, d:e]", "a[:, None]", "x = *a, *b", "-2 ** 3", "(-2) ** 3", "2 ** (-3)", "(a := 1, b := 2)",
    "await x", "lambda: (yield)", "x = yield", "def f():\n    return (yield x)\n", "async def f():\n    return await x\n",
    "(yield)", "a if b else c if d else e", "(a if b else c) if d else e", "x = (1 if 2 else 3)",
    "del (a, b), [c, d]", "for (a, b) in c: pass", "with (a, b): pass", "with (yield): pass",
    "global a, b", "class A(): pass", "class A(metaclass=B): pass", "@a.b(c)\nclass A: pass",
    "def f(a, b=1, /, c=2, *, d): pass", "def f(*, a): pass", "def f(a, /): pass", "lambda *a, **k: 0",
    "try:\n    pass\nexcept:\n    pass\n", "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass\n",
    "x = 1e1000j", "x = -1e1000", "x = (1).real", "x = 1.5.real", "x = 1j.imag", "x = 'a' 'b'",
    "match x:\n    case {1: _, 'a': [1, *_]}:\n        pass\n    case A.B(c, d=[]):\n        pass\n    case -1 + 2j | 1 - 2j:\n        pass\n    case (a, b):\n        pass\n    case [a] | (b):\n        pass\n",
    "import a.b.c as d", "from . import *", "from .a import b", "raise", "assert (a, b)",
    "x: int", "x: 'List[int]' = []", "a.b: int", "a[0]: int = 1",
    "while not x: pass", "x = not -y", "x = ~-+y", "x = a < b < c", "x = (a < b) < c", "x = a < (b < c)",
    "x = a.b.c()[d](e)", "x = (a + b).c", "x = (a)(b)", "x = [a for b in c for d in e if f]",
    "x = (a for b in c)", "f(a for b in c)", "f((a for b in c), d)", "x = {a: b for a, b in c}",
    "'doc'\nx = 1", "def f():\n    'doc'\n    'not doc'\n", "x = f'{1!r}' f'{2}'",
    "x = '\\u20ac\\U0001f600\\t'", "x = 'multi\\nline'", "x = '''triple'''", "x = \"'\"", "x = '\"'",
]
for c in cases:
    try:
        print(ast.unparse(ast.parse(c)))
    except Exception as e:
        print("ERR", type(e).__name__, e)
    print("--")
