for stmt in ["import no_such_module_abc", "import mod_helper.sub", "from no_such_pkg import x", "from mod_helper import nothing", "import pkg_basic.sub.nope", "from . import anything", "from .. import up"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        text = str(e).split(" (/")[0]
        print(type(e).__name__ + ":", text, "| name =", e.name)
import sys
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e)
