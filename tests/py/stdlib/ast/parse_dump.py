# ast.parse + ast.dump of varied code, with and without indent= and attributes.
import ast

SOURCES = [
    "x = 1",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> list[int]:\n    return a + b\n",
    "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 0\n",
    "for i in range(3):\n    if i % 2:\n        continue\nelse:\n    pass\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError from e\nfinally:\n    pass\n",
    "with open('f') as fh, lock:\n    data = fh.read()\n",
    "match p:\n    case Point(x=0) | [1, *rest] | {'k': v, **kw}:\n        pass\n    case _:\n        pass\n",
    "f'{x!r:>{width}} {y}'",
    "lambda x, *y, z=1: (x, y, z)",
    "[i * j for i in a if i for j in b]",
    "{k: v for k, v in d.items()}",
    "a[1:2, ::3]",
    "x = yield from g()",
    "async def g():\n    async with a:\n        await b\n    async for i in c:\n        pass\n",
    "import os.path as p, sys\nfrom .. import x as y\n",
    "b'\\x00' + 'text' + 1.5 + 2j + ... + None + True",
    "global a; nonlocal b",
    "del a[0], b.c",
    "assert x > 0 < y != z, 'msg'",
    "x = -1 ** 2 and not y or z",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))
    print(ast.dump(tree, annotate_fields=False))
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=2))
    print(ast.dump(tree, indent='\t', include_attributes=True))

print(ast.dump(ast.parse("1 + 2", mode="eval"), indent=4))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> list[int]", mode="func_type")))
print(ast.dump(ast.parse(b"x = '\xc3\xa9'")))
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=True)))
print(ast.dump(ast.parse("def f(a):  # type: (int) -> None\n    pass\n", type_comments=True)))
print(ast.dump(ast.parse("pass", filename="<mine>")))
try:
    ast.dump("not a node")
except TypeError as e:
    print("TypeError:", e)
