# string.Template builds its pattern with re (VERBOSE | IGNORECASE)
import string

t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid())

class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"

print(Percent("%name is %age").substitute(name="ann", age=3))
print(Percent.pattern.pattern.strip().splitlines()[0])
try:
    string.Template("$1x").substitute()
except ValueError as e:
    print("ValueError", e)

class Braces(string.Template):
    pattern = r"\{\{(?:(?P<escaped>\{)|(?P<named>\w+)|(?P<braced>\w+)|(?P<invalid>))\}\}"

print(Braces("{{a}} and {{b}}").substitute(a=1, b=2))
