# code.interact() reading console.stdin-like input: prompts (sys.ps1/ps2), banner, exitmsg,
# expression display, multi-line blocks, syntax errors and tracebacks (stderr joined to stdout).
import code
import sys

sys.stderr = sys.stdout
ns = {"__name__": "__console__"}
code.interact(banner="custom banner", local=ns, exitmsg="bye now")
print("x in namespace:", ns.get("x"), "total:", ns.get("total"))
