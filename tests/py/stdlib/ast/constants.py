# dump/unparse of unusual constants; deep literal_eval.
import ast
for src in ["x = 1e400, -0.0, float('nan'), 10**50, 0x10, 1_000, 0o7, 0b1", "s = '\\ud800' + '\\udc00'", "s = 'a\\x00b\\u2028'", "b = b'\\x00\\xff'", "x = ..."]:
    t = ast.parse(src)
    print(ast.dump(t))
    print(ast.unparse(t))
print(ast.literal_eval("[" * 50 + "]" * 50))
print(ast.literal_eval("{'a': (1, 2.5, -3j, b'x', None, True)}"))
