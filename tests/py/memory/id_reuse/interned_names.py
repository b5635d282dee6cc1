# Attribute names and identifiers are interned: equal names are one object.
class A:
    def method(self):
        pass


name = "method"
other = "method"
print("identifier constants are one object:", name is other)
print("runtime-built string is not:", name is "".join(["meth", "od"]))
print("attribute name in class dict is the same object:", [k for k in A.__dict__ if k == "method"][0] is name)
import sys

s = sys.intern("".join(["dyn", "amic"]))
print("sys.intern returns the interned copy:", s is sys.intern("dynamic"))
