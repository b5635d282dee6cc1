# symtable's API edges: modes, caching, lookup errors, syntax errors, argument types.
import symtable

top = symtable.symtable("def f(): pass\ndef f(): return 1\nx = f\n", "<st>", "exec")
print(top, top.get_type(), top.get_name())
kids = top.get_children()
print(kids, kids[0] is top.get_children()[0])
f = top.lookup("f")
print(f, f.is_namespace(), len(f.get_namespaces()))
try:
    f.get_namespace()
except ValueError as e:
    print("ValueError", e)
x = top.lookup("x")
print(x.is_namespace(), x.get_namespaces())
try:
    x.get_namespace()
except ValueError as e:
    print("ValueError", e)
print(top.lookup("x") is x)
try:
    top.lookup("nope")
except KeyError as e:
    print("KeyError", e)
print(type(top.get_identifiers()).__name__, list(top.get_identifiers()))
print(type(top.get_id()).__name__)

ev = symtable.symtable("a + (lambda b: b)(c)", "<ev>", "eval")
print(ev, [s.get_name() for s in ev.get_symbols()], ev.get_children())
single = symtable.symtable("y = 1\n", "<in>", "single")
print(single, single.lookup("y").is_local(), single.lookup("y").is_global())
byt = symtable.symtable(b"z = 1\n", "<b>", "exec")
print(byt.get_identifiers())

errors = [
    "def f():\n    x = 1\n    global x\n",
    "def f(a, a): pass\n",
    "nonlocal q\n",
    "def f():\n    nonlocal q\n",
    "def f(a):\n    global a\n",
    "class C:\n    [(y := 1) for i in range(3)]\n",
    "[i := 0 for i in range(5)]\n",
    "def f(:\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "def f():\n    print(x)\n    nonlocal x\n",
]
for src in errors:
    try:
        symtable.symtable(src, "<err>", "exec")
        print("no error for", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)

for args in [(1, "<a>", "exec"), ("x", "<a>", "bogus"), ("x", "<a>", 3)]:
    try:
        symtable.symtable(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

import _symtable
print(sorted(k for k in dir(_symtable) if k.isupper()))
print(_symtable.DEF_BOUND, _symtable.SCOPE_OFF, _symtable.TYPE_MODULE)
print(symtable.__all__)
