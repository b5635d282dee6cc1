# Output written before a RecursionError from native re-entry (repr calling __repr__ calling
# repr...) is kept, and the traceback is CPython's.
print("before", flush=False)
for i in range(500):
    print("line", i)


class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"


print(repr(Loop()))
