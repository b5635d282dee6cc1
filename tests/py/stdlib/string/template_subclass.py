# Template subclasses with another delimiter
from string import Template


class Percent(Template):
    delimiter = "%"


print(Percent("%x and %%, %{y}").substitute(x=1, y=2))


class Dollar2(Template):
    delimiter = "$$"


print(Dollar2("$$a and $$$$ and $b").safe_substitute(a="A"))
print(Template.delimiter, Percent.delimiter, Template.idpattern, Template.braceidpattern)
