# argparse help layout: long usage wrapping, groups, mutually exclusive groups, formatters,
# epilog, metavars, suppressed help, subcommands with aliases
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="tool", epilog="See the manual for more.",
                            description="Tool that does many things with a rather long "
                            "description text that must be wrapped at the terminal width of "
                            "seventy-eight columns.")
g = p.add_argument_group("input", "Where the data comes from.")
g.add_argument("--input-file-with-long-name", metavar="PATH", help="read the data from PATH instead of standard input, which is the default")
g.add_argument("--encoding", default="utf-8", help="text encoding (default: %(default)s)")
x = p.add_mutually_exclusive_group()
x.add_argument("--json", action="store_true", help="JSON output")
x.add_argument("--csv", action="store_true", help="CSV output")
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("--alpha", action="store_true")
r.add_argument("--beta", type=int)
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--choice", choices=range(3), type=int, help="one of %(choices)s")
p.add_argument("items", nargs="*", help="items to process")
p.add_argument("--a-very-long-option-name-indeed", help="an option whose name is longer than the help position")
p.print_help()
for args in [["--alpha"], ["--beta", "2", "--json", "i1", "i2"], ["--json"], ["--alpha", "--beta", "1"],
             ["--json", "--csv", "--alpha"], ["--alpha", "--choice", "5"], ["--alpha", "--hidden", "h"]]:
    print(args)
    run(p, args)

sub = argparse.ArgumentParser(prog="git")
sub.add_argument("--git-dir")
cmds = sub.add_subparsers(dest="command", help="sub-command help")
c1 = cmds.add_parser("commit", help="record changes", aliases=["ci"])
c1.add_argument("-m", "--message", required=True)
c1.add_argument("--amend", action="store_true")
c2 = cmds.add_parser("push", help="update remote")
c2.add_argument("remote", nargs="?", default="origin")
c2.add_argument("-f", "--force", action="store_true")
cmds.add_parser("status")
sub.print_help()
c1.print_help()
for args in [["commit", "-m", "msg"], ["ci", "-m", "x", "--amend"], ["push"], ["--git-dir", "d", "push", "up", "-f"],
             ["status"], [], ["pull"], ["commit"], ["push", "a", "b"]]:
    print(args)
    run(sub, args)

req = argparse.ArgumentParser(prog="req")
sp = req.add_subparsers(title="commands", description="available commands", required=True)
a = sp.add_parser("add")
a.add_argument("x", type=int)
a.set_defaults(func="adder")
req.print_help()
run(req, [])
run(req, ["add", "3"])

for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    q = argparse.ArgumentParser(prog="fmt", formatter_class=cls,
                                description="Line one.\n  Indented line two.\n\nParagraph.")
    q.add_argument("--size", type=int, default=3, help="the size\n  keep this")
    q.add_argument("name", type=str, nargs="?", default="n", help="a name")
    q.print_help()

small = argparse.ArgumentParser(prog="small", add_help=False, usage="%(prog)s [options] FILE")
small.add_argument("file")
small.print_help()
run(small, [])
exit_on = argparse.ArgumentParser(prog="e", exit_on_error=False)
exit_on.add_argument("--n", type=int)
try:
    exit_on.parse_args(["--n", "x"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err, err.argument_name, err.message)
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=int)
neg.add_argument("-y", type=float)
run(neg, ["-5", "-y", "-2.5"])
for bad in [lambda: neg.add_argument("-y"), lambda: neg.add_argument("z", required=True),
            lambda: neg.add_argument("--w", nargs=0), lambda: neg.add_argument("--w", action="bogus"),
            lambda: neg.add_argument("--w", type="int"), lambda: neg.add_argument("bad", "-b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("own")
print(child.parse_args(["o", "--shared", "t"]))
child.print_help()
print(argparse.FileType("r"), argparse.FileType("w", encoding="utf-8"))
print(p.add_argument("--late", nargs=3, metavar="L"))
