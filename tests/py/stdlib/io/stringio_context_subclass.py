import io

with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print(u.write("abc"), u.getvalue())
u.writelines(["x", "y\n", "z"])
print(repr(u.getvalue()))
print(isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))


class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + "!" if line else line


print(list(Lines("a\nb\n")))


class Noisy(io.StringIO):
    def close(self):
        print("closing", repr(self.getvalue()))
        super().close()


n = Noisy("data")
del n
print("after del")
n2 = Noisy("more")
n2.close()
del n2
print("done")
s = io.StringIO()
s.extra = 5
print(s.extra, s.__dict__)
s2 = io.StringIO("state")
s2.seek(2)
print(s2.__getstate__())
s3 = io.StringIO()
s3.__setstate__(("restored", "\n", 3, {"k": 1}))
print(repr(s3.read()), s3.k, s3.tell())
