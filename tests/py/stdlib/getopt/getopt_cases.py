# getopt.getopt / gnu_getopt and GetoptError.
import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)
cases = [
    (["-a", "1", "-b", "file"], "a:b", []),
    (["-a1", "-bc", "x"], "a:bc", []),
    (["-ab", "rest"], "a:b", []),
    (["--alpha=1", "--beta", "x", "--gamma"], "", ["alpha=", "beta", "gamma"]),
    (["--alpha", "1", "--", "-b"], "", ["alpha="]),
    (["--al=2", "--be"], "", ["alpha=", "beta"]),
    (["-", "-a"], "a", []),
    (["x", "-a"], "a", []),
    (["--beta", "--beta="], "", "beta="),
    (["--foo", "x"], "", ["foo", "foobar"]),
    ([], "a", []),
    (["-a"], "a:", []),
    (["-z"], "ab", []),
    (["--nope"], "", ["yes"]),
    (["--f"], "", ["foo", "far"]),
    (["--beta=3"], "", ["beta"]),
    (["--alpha"], "", ["alpha="]),
    (["-:"], "a:", []),
]
for args, short, long in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, long))
        except getopt.GetoptError as exc:
            print(fn.__name__, args, "GetoptError", exc, repr(exc.opt), repr(exc.msg), exc.args)

print(getopt.gnu_getopt(["x", "-a", "y", "--long", "z"], "a", ["long"]))
print(getopt.gnu_getopt(["x", "-a", "y"], "+a"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["-a", "x", "-a"], "a"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception), getopt.__all__)
e = getopt.GetoptError("message")
print(str(e), repr(e), e.opt)
