print(b"%s %b %r %a %c %c %%" % (b"x", bytearray(b"y"), b"z", "é", 65, b"B"))
print(b"%5s|%-5s|%.1s|%d|%05d|%x|%#X|%o|%5.2f|%e" % (b"ab", b"ab", b"ab", 42, -42, 255, 255, 8, 3.14159, 1234.5))
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 3}, bytearray(b"%s-%s") % (b"a", b"b"), b"no args" % ())
class B:
    def __bytes__(self):
        return b"custom"
print(b"%s" % B(), b"%s" % bytearray(b"ba"))
for fmt, args in [(b"%s", "a"), (b"%d", "a"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%f", "a"), (b"%z", 1), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%(a)s", {"a": b"x"}), (b"%", ())]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
