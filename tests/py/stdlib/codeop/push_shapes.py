# compile_command on the line shapes InteractiveConsole.push builds: blank and comment tails, open blocks.
import codeop
for c in ["if 1:\n  x = 1\n  ", "if 1:\n  x = 1\n  # c", "if 1:\n  x = 1  # c", "# only\nx = 1", "x = 1\n# c", "if 1:\n  pass\n# c", "def f():\n  '''doc\n  more'''", "if 1:\n  x = [\n1]", "x = 1\n\n\n", "if 1:\n  pass\n\n  x=1"]:
    try:
        r = codeop.compile_command(c); print(repr(c), None if r is None else "code")
    except SyntaxError as e: print(repr(c), e.msg)
