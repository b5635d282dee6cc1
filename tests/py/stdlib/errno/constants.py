# every errno constant and the errorcode mapping, in the module's order
import errno

names = [k for k in dir(errno) if k.isupper()]
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode.get(getattr(errno, n)))
print(list(errno.errorcode.items()))
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35])
print(type(errno.errorcode), errno.__name__)
