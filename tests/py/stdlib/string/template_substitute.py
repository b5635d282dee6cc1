# string.Template substitute and safe_substitute
from string import Template

t = Template("$who likes ${what} for $$5 and $who")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute(who="x"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = Template("line1\nab $ cd")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute(), bad.is_valid(), t.is_valid(), t.get_identifiers())
print(Template("${a}b $a_c ${ 1 $").safe_substitute(a=1, a_c=2))
print(Template("$x$y$z").substitute(x=1, y=2.5, z=[3]), Template("$$").substitute())
print(Template("Ünïcode $name").substitute(name="ok"), Template("$9 ${x}").safe_substitute(x=1))
try:
    Template("trailing $").substitute()
except ValueError as e:
    print("ValueError", e)
