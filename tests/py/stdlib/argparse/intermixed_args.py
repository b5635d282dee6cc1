import argparse
p = argparse.ArgumentParser(prog="tool")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*")
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_intermixed_args("doit 1 --foo bar 2 --zzz 3".split()))
try:
    print(p.parse_args("doit 1 --foo bar 2 3".split()))
except SystemExit as e:
    print("exit", e.code)
q = argparse.ArgumentParser(prog="q")
q.add_argument("-v", action="count", default=0)
q.add_argument("files", nargs="+")
print(q.parse_intermixed_args(["a", "-v", "b", "-vv", "c"]))
r = argparse.ArgumentParser(prog="r")
r.add_argument("--level", type=int, required=True)
r.add_argument("src")
r.add_argument("dst", nargs="?", default="out")
print(r.parse_intermixed_args(["in", "--level", "3"]))
g = r.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
print(r.parse_intermixed_args(["x", "--b", "--level=2", "y"]))
try:
    r.parse_intermixed_args(["x", "--level", "1"])
except SystemExit as e:
    print("exit", e.code)
for bad in (argparse.REMAINDER, argparse.PARSER):
    t = argparse.ArgumentParser()
    t.add_argument("x", nargs=bad)
    try:
        t.parse_intermixed_args([])
    except TypeError as e:
        print(e)
s = argparse.ArgumentParser(prog="s", exit_on_error=False)
s.add_argument("n", type=int)
try:
    s.parse_intermixed_args(["zz"])
except argparse.ArgumentError as e:
    print("argerr", e)
print(r.parse_intermixed_args(["--level", "1", "a", "--a", "b", "c"]))
