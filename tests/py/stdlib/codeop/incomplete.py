# compile_command: complete (code), incomplete (None) or SyntaxError, over many input shapes and the three modes.
import codeop
cases = ["x = 1", "x = 1\n", "if x:", "if x:\n", "if x:\n  pass", "if x:\n  pass\n", "if x:\n  pass\n\n",
 "if x:\n  pass\n  \n", "def f():\n  return 1\n", "def f():\n  return 1\n\n", "(1,", "[1,\n2", "'''abc", "'abc", "x = \\", "x = 1 \\\n",
 "1 +", "print(", "@dec", "@dec\n", "class A:\n  x = 1\n\n", "for i in x:\n  if i:\n    pass\n", "for i in x:\n  if i:\n    pass\n\n",
 "x ==== 1", "a b", "if x:\npass", "  x = 1", "", "# c", "\n", "1\n2", "x = 1; y = 2", "if x:\n  pass\nelse:", "try:\n  pass\n", "try:\n  pass\nexcept:\n  pass\n\n",
 "lambda:", "f'{", "return 1", "break", "def f(:", "if 1:\n  x = 1\n y = 2\n", "x = (1,\n2)\n", "1/0", "if True:\n    x = 1\n    \n", "match x:\n  case 1:\n    pass\n\n", "async def f():\n  await x\n\n",
 "if x:\n  pass\nelif y:", "del", "x = [", "x = 1)", "'''a'''", "\"\"\"doc\n\nmore", "with a as b:", "if x:\n\tpass\n        pass\n\n"]
for c in cases:
    try:
        r = codeop.compile_command(c)
        print(repr(c), "->", "None" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(c), "->", type(e).__name__, e.msg, e.lineno, e.offset)
    for sym in ("eval", "exec"):
        try:
            r = codeop.compile_command(c, "<x>", sym)
            print("   ", sym, "->", "None" if r is None else type(r).__name__)
        except SyntaxError as e:
            print("   ", sym, "->", type(e).__name__, e.msg)

more = ["x = {'a':", "foo(1 2", "if (x", "def f(a,\n", "x = [1,\n  # comment\n", "s = '''a\nb'''", "class C:\n  def m(self):\n    pass\n",
        "class C:\n  def m(self):\n    pass\n\n", "while True:\n  break\nelse:\n  pass\n\n", "x = 1  # trailing", "if x:  # c\n", "(\n", ")", "]",
        "print('a'\n, 'b')", "x = 1 +\\\n2", "  \n  ", "@a\n@b\ndef f(): pass\n\n", "try:\n  1\nfinally:\n", "import sys as", "from x import (a,"]
for c in more:
    try:
        r = codeop.compile_command(c)
        print(repr(c), "->", "None" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(c), "->", type(e).__name__, e.msg, e.lineno)

cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations\n") is not None)
code = cc("def f(x: undefined): pass\n")
print(bool(code.co_flags & codeop.__future__.annotations.compiler_flag if hasattr(codeop, "__future__") else 0))
import __future__
print(bool(cc.compiler.flags & __future__.annotations.compiler_flag))
print(codeop.compile_command("x = 1\n", "<mine>", "exec").co_filename)
print(cc("1 +") if False else "ok", cc("if 1:") is None)
print(codeop.__all__)
