# pwd and grp read the system's databases: lookups by id and name, their errors, the struct
# types; what uses them: getpass.getuser() without LOGNAME/USER, os.path.expanduser('~user')
# and '~' without HOME, Path.owner()/group().
import getpass
import grp
import os
import pathlib
import pwd

me = pwd.getpwuid(os.getuid())
print(me)
print(me.pw_name, me.pw_uid, me.pw_dir, me[0], me[2:4], len(me), type(me).__name__, type(me).__module__)
print(pwd.getpwnam(me.pw_name) == me, pwd.getpwuid(0).pw_name, pwd.getpwnam("root").pw_shell)
entries = pwd.getpwall()
print(type(entries).__name__, len(entries) > 0, me in entries, all(type(e) is pwd.struct_passwd for e in entries))
print([e.pw_name for e in entries] == [e.pw_name for e in pwd.getpwall()])
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.pw_dir.__doc__)
print(pwd.struct_passwd.__doc__)

g = grp.getgrgid(os.getgid())
print(g, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g, grp.getgrgid(id=0).gr_name, grp.getgrnam(name="root").gr_gid)
groups = grp.getgrall()
print(len(groups) > 0, g in groups, all(isinstance(x.gr_mem, list) for x in groups))
print(grp.struct_group.n_fields, grp.struct_group.__doc__)

calls = [
    lambda: pwd.getpwuid(99999),
    lambda: pwd.getpwuid(-5),
    lambda: pwd.getpwuid(2**40),
    lambda: pwd.getpwuid("0"),
    lambda: pwd.getpwuid(1.5),
    lambda: pwd.getpwuid(),
    lambda: pwd.getpwuid(uid=0),
    lambda: pwd.getpwnam("no_such_user_x"),
    lambda: pwd.getpwnam(0),
    lambda: pwd.getpwnam("a\0b"),
    lambda: pwd.getpwall(1),
    lambda: grp.getgrgid(99999),
    lambda: grp.getgrgid("0"),
    lambda: grp.getgrgid(),
    lambda: grp.getgrgid(1, 2),
    lambda: grp.getgrnam("no_such_group_x"),
    lambda: grp.getgrnam(b"root"),
    lambda: grp.getgrall(1),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
print(getpass.getuser() == me.pw_name)
home = os.environ.pop("HOME", None)
print(os.path.expanduser("~") == me.pw_dir, os.path.expanduser("~/x") == os.path.join(me.pw_dir, "x"))
print(os.path.expanduser("~root/docs"), os.path.expanduser(b"~root"), os.path.expanduser("~no_such_user_x/y"))
print(pathlib.Path("~root").expanduser(), pathlib.Path.home() == pathlib.Path(me.pw_dir))
p = pathlib.Path(__file__)
print(p.owner() == pwd.getpwuid(p.stat().st_uid).pw_name, p.group() == grp.getgrgid(p.stat().st_gid).gr_name)
