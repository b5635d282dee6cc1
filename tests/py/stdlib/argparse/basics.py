# argparse: positionals/optionals, types, defaults, choices, nargs, actions, errors (usage + exit 2)
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="demo", description="A demo program.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="how many")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-I", action="append", dest="includes", metavar="DIR")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--tags", nargs="*")
p.add_argument("--files", nargs="+")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--level", nargs="?", const="medium", default="low")
p.add_argument("--ext", action="extend", nargs="+", type=str)
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
for args in [["a"], ["a", "b", "-n", "3", "-vvv", "--mode", "slow", "-q", "--no-color"],
             ["-n5", "x", "-I", "inc1", "-Iinc2", "--ratio=0.5", "--pair", "k", "v"],
             ["x", "--tags", "--files", "f1", "f2", "--const", "--level"],
             ["x", "--level", "high", "--ext", "a", "b", "--ext", "c", "--no-flag"],
             ["x", "--coun", "7", "--verb", "--", "-dash"], ["-v", "-q", "-vq", "x"],
             [], ["a", "b", "c"], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "-n"],
             ["a", "--pair", "1"], ["a", "--files"], ["a", "--nope"], ["a", "--const=3"],
             ["a", "-qx"], ["--version"], ["a", "--ratio", "abc"], ["-x", "y", "a"]]:
    print(args)
    run(p, args)
print(p.parse_known_args(["a", "--zzz", "b", "extra"]))
p.print_help()
p.print_usage()
print(repr(p.format_usage()))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns), argparse.Namespace(**{"x-y": 1}))
print(p.get_default("count"), p.get_default("nope"))
p.set_defaults(count=9, extra="e")
print(p.parse_args(["a"]))
