import pprint

long = "The quick brown fox jumps over the lazy dog. " * 4
print(pprint.pformat(long, width=40))
pprint.pprint(long, width=60)
pprint.pprint({"text": long, "lines": "first line\nsecond line that is rather long\nthird\n"}, width=35)
pprint.pprint(["short", long[:70]], width=30)
pprint.pprint("no_spaces_here_" * 8, width=30)
pprint.pprint("tab\tseparated\tvalues\t" * 3, width=25)
pprint.pprint("", width=1)
pprint.pprint("\u00e9t\u00e9 " * 20, width=30)
b = bytes(range(40))
pprint.pprint(b, width=30)
pprint.pprint(b"short", width=2)
pprint.pprint(bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3), width=30)
pprint.pprint([b"x" * 50, bytearray(b"y" * 30)], width=25)
print(pprint.pformat({"b": b"\x00\xff" * 20}, width=40))
