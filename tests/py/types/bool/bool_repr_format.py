# repr, str and format of bools.
for b in (True, False):
    print(b, repr(b), str(b), f"{b}", f"{b!r}", f"{b:d}", f"{b:>6}", f"{b:x}", f"{b:.2f}", f"{b:05}", format(b, ""),
          format(b, "^7"), "%s %d %r %f" % (b, b, b, b))
print(str(True).upper(), "True" == str(True), [True, False], (True,), {True: False})
