# ast.unparse of varied code (python3's exact text), and that the output parses back the same.
import ast

SOURCES = [
    '"""Doc."""\nimport os, sys as system\nfrom . import a\nfrom ..pkg import (b as c, d)\n',
    "@dec(1)\n@other\ndef f(a, /, b: int = 1, *args, c, d=2, **kw) -> list[int]:\n    'doc'\n    global g\n    x = y = (1, 2)\n    a, b = b, a\n    x += 1\n    z: int = 5\n    (w): str\n    del x[0], y.z\n    assert x, 'msg'\n    return -x ** 2 + (a or b and not c) * (1 if x else 2)\n",
    "async def g():\n    await h()\n    async for i in j:\n        yield i\n    async with a as b, c:\n        pass\n    x = yield from z\n",
    "class C(Base, metaclass=Meta):\n    x = 1\n    def m(self):\n        f = lambda a, *b, c=1: a\n        return {**d, 'k': v}, {1, 2}, set(), [i for i in r if i if not i], {k: v for k, v in x}, (i async for i in a)\n",
    "for i in range(10):\n    if i == 1:\n        continue\n    elif i < 2 <= 3:\n        break\n    elif i in x and i not in y or i is None or i is not None:\n        pass\n    else:\n        print(f\"{i!r:>{w}} and {x}\", f'it\\'s {a[\"b\"]}', f\"{{braces}} {x:.2f}\")\nelse:\n    pass\n",
    "while True:\n    try:\n        pass\n    except ValueError as e:\n        raise TypeError('x') from e\n    except (A, B):\n        raise\n    else:\n        pass\n    finally:\n        pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "with open(f) as fh:\n    data = fh.read()[1:2, ::3][a:b:c][...]\n",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'a': 1, **rest}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case (1 | 2) as z if z > 0:\n        pass\n    case None | True | -1 | 1.5 | 'str':\n        pass\n    case _:\n        pass\n",
    "x = 1 .real, 1.0.real, 1e400, -1j, b'bytes', 'a\\nb', \"'\", '\"\\'', ...\n",
    "print(*args, **kwargs, sep='')\ny = (x := 5)\nz = a if b else (c if d else e)\ns = (1,)\nt = ()\n",
    "u = x[()], x[1,], -(-x), not not x, ~x, +x, (a, b)[0], (-1) ** 2, 2 ** -1, a ** b ** c, (a ** b) ** c\n",
    "v = a - (b - c), (a - b) - c, a / (b * c), x if y else z, (yield), lambda: (yield)\n",
    "def long():\n    '''Multi-line\n    docstring with \"quotes\" and \\\\ backslash'''\n",
    "x = 'tab\\there', \"both ' and \\\"\", '\\x00\\u1234\\U0001f600'\n",
    "f'{a}' f'{b!s}' 'plain'\nf'{x:{y}.{z}}'\nf'{ {1: 2}[1] }'\nf'''{a}\n'''\n",
]

for source in SOURCES:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    print("---", ast.dump(ast.parse(text)) == ast.dump(tree))

print(ast.unparse(ast.parse("x = 1", mode="single")))
print(ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.parse("(int, str) -> None", mode="func_type")))
print(ast.unparse(ast.Raise()))
try:
    ast.unparse(ast.Raise(cause=ast.Name(id="x")))
except ValueError as e:
    print("ValueError:", e)
