import string, traceback
t = string.Template("Hello $name, you owe ${amount}$$ $")
for call in (lambda: t.substitute(name="a"), lambda: t.substitute(name="a", amount=3), lambda: string.Template("$x $y").substitute({"x": 1}),
             lambda: t.safe_substitute(name="b"), lambda: string.Template("$who").substitute({"who": "m"}, who="kw")):
    try:
        print(repr(call()))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)][1:])
class Pct(string.Template):
    delimiter = "%"
print(Pct("%a and %{b}").substitute(a=1, b=2), Pct("%a").safe_substitute(), string.Template("$a").get_identifiers(), string.Template("$a $").is_valid())
