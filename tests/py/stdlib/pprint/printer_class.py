import io
import pprint

for kw in [{"indent": -1}, {"depth": 0}, {"depth": -2}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
pp = pprint.PrettyPrinter(indent="2", width="30")
print(pp.pformat(list(range(15))))
buf = io.StringIO()
pprint.pprint({"a": [1, 2, 3]}, stream=buf, width=10)
print(repr(buf.getvalue()))
p = pprint.PrettyPrinter(stream=buf, width=15)
p.pprint(list(range(8)))
print(repr(buf.getvalue()))


class Hex(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)


Hex(width=20).pprint({"ints": list(range(10, 20)), "flag": True})
print(pprint.__all__)
