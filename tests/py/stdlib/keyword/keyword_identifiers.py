# every keyword is an identifier that cannot be assigned
import keyword

print(all(k.isidentifier() for k in keyword.kwlist), all(k.isidentifier() for k in keyword.softkwlist))
for k in ["pass", "lambda", "nonlocal"]:
    try:
        exec(f"{k} = 1")
    except SyntaxError as e:
        print(k, "SyntaxError")
ns = {}
exec("match = 1\ncase = 2\n_ = 3", ns)
print(ns["match"], ns["case"], ns["_"])
