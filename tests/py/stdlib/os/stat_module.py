# the stat module: constants, S_IS* tests, filemode, S_IMODE/S_IFMT
import stat

names = sorted(n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int))
print(len(names), [(n, getattr(stat, n)) for n in names])
modes = [0o100644, 0o040755, 0o120777, 0o104755, 0o102070, 0o041777, 0o020666, 0o060660,
         0o010600, 0o140755, 0, 0o777, 0o107777]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
                                stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(m)])
