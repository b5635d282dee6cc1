# ast.literal_eval of literals and containers, and its errors.
import ast

CASES = [
    "1", "-1", "+1.5", "1e10", "3j", "1+2j", "-1-2j", "'text'", "b'bytes'", "None", "True",
    "(1, 2)", "()", "(1,)", "[1, [2, 3]]", "{'a': 1, 'b': [2]}", "{1, 2, 3}", "set()",
    "  42", "\t'tabbed'", "{}", "...",
]
for case in CASES:
    print(repr(case), "->", repr(ast.literal_eval(case)))

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.parse("(3, 4)", mode="eval").body))

BAD = ["x", "f(1)", "1 + x", "2 * 3", "1 + 1", "{**d}", "-'a'", "[i for i in x]", "set([1])", "a.b"]
for case in BAD:
    try:
        ast.literal_eval(case)
    except ValueError as e:
        print(repr(case), "ValueError:", str(e).split(": <")[0])
for case in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(case)
    except SyntaxError as e:
        print(repr(case), "SyntaxError:", e.msg)
node = ast.Name(id="x", ctx=ast.Load())
try:
    ast.literal_eval(node)
except ValueError as e:
    print("ValueError:", str(e).split(": <")[0])
d = ast.Dict(keys=[ast.Constant(1)], values=[])
try:
    ast.literal_eval(d)
except ValueError as e:
    print("ValueError:", str(e).split(": <")[0])
