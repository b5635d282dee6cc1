# optparse: declaring options, parsing, help output, errors and exits.
import io
import sys
from optparse import (OptionParser, OptionGroup, Option, OptionValueError, OptionError,
                      OptionConflictError, Values, SUPPRESS_HELP, make_option)

sys.argv[0] = "prog"


def record(option, opt, value, parser, tag):
    parser.values.seen = (opt, value, tag)


parser = OptionParser(usage="%prog [options] FILE...", version="%prog 1.2",
                      description="Process some files. The description is long enough to be "
                                  "wrapped over more than one line by the help formatter.",
                      epilog="Report bugs to nobody.")
parser.add_option("-f", "--file", dest="filename", metavar="FILE",
                  help="write the report to FILE (default: %default)", default="out.txt")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-v", action="count", dest="level", help="more output; repeat for even more")
parser.add_option("-n", "--num", type="int", default=3, help="how many")
parser.add_option("--ratio", type="float")
parser.add_option("--pair", nargs=2, type="int", help="two numbers")
parser.add_option("--mode", choices=["fast", "slow"], default="fast", help="one of fast, slow")
parser.add_option("-I", "--include", action="append", dest="includes", help="add a directory")
parser.add_option("--const", action="store_const", const=42)
parser.add_option("--tag", action="append_const", const="t", dest="tags")
parser.add_option("--cb", action="callback", callback=record, type="string", callback_args=("x",))
parser.add_option("--secret", help=SUPPRESS_HELP)
parser.add_option("--a-very-long-option-name-indeed", help="this option string is longer than the help position so the help starts on the next line")
group = OptionGroup(parser, "Dangerous Options", "Caution: use these options at your own risk.")
group.add_option("-g", action="store_true", help="group option")
parser.add_option_group(group)

parser.print_help()
print(parser.format_help() == parser.format_help())
parser.print_usage()
parser.print_version()
print(parser.get_usage(), end="")

for args in [[], ["-f", "x", "a", "b"], ["--file=y", "-qvvv", "-n0x1f"], ["-vn", "7", "c"],
             ["--num", "010", "--ratio", "2.5", "--pair", "1", "2"], ["--mode", "slow", "-I", "a", "-Ib"],
             ["--const", "--tag", "--tag", "--cb", "val"], ["a", "--", "-f", "x"], ["--fi", "z", "--qu"],
             ["-g", "-"], ["--secret", "s"]]:
    values, rest = parser.parse_args(args)
    print(args, "->", sorted(vars(values).items(), key=lambda kv: kv[0]), rest)

for args in [["--file"], ["-x"], ["--nope"], ["-n", "abc"], ["--ratio", "x"], ["--mode", "medium"],
             ["--pair", "1"], ["--quiet=1"], ["--a"], ["-n"]]:
    try:
        parser.parse_args(args)
    except SystemExit as exc:
        print(args, "exit", exc.code)

for args in [["--help"], ["--version"], ["-h"]]:
    try:
        parser.parse_args(args)
    except SystemExit as exc:
        print(args, "exit", exc.code)

p2 = OptionParser(add_help_option=False, prog="tool")
p2.add_option("-x")
p2.disable_interspersed_args()
print(p2.parse_args(["a", "-x", "1"])[1], p2.format_help())
p2.set_defaults(x="d")
print(p2.parse_args([])[0])
print(p2.has_option("-x"), p2.get_option("-x"), p2.get_option("-z"))
p2.remove_option("-x")
print(p2.has_option("-x"))

for bad in [lambda: Option("x"), lambda: Option("--x", action="nope"), lambda: Option("--x", type="nope"),
            lambda: Option("--x", action="store_true", type="int"), lambda: Option("--x", type="choice"),
            lambda: Option("--x", bogus=1), lambda: Option("-xy"), lambda: Option("---x"),
            lambda: Option("--x", action="store_true", nargs=2), lambda: Option("--x", const=1),
            lambda: Option("--x", action="callback", callback=5), lambda: Option()]:
    try:
        bad()
    except (OptionError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    p3 = OptionParser()
    p3.add_option("-a")
    p3.add_option("-a", "--bb")
except OptionConflictError as exc:
    print("OptionConflictError", exc)
p4 = OptionParser(conflict_handler="resolve")
p4.add_option("-a", "--aa", help="first")
p4.add_option("-a", help="second")
p4.print_help()
v = Values({"a": 1})
print(v, v == {"a": 1}, v.ensure_value("b", []), v == Values({"a": 1, "b": []}))
print(make_option is Option, str(Option("-a", "--bb")))
