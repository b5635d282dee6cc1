# runpy.run_module and runpy.run_path: the namespace the code sees, what is returned, and
# what sys.modules / sys.argv look like while it runs and afterwards.
import os
import runpy
import sys

directory = f"/tmp/heapstack_runpy_{os.getpid()}"
os.makedirs(os.path.join(directory, "rpkg"), exist_ok=True)
with open(os.path.join(directory, "rpkg", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(directory, "rpkg", "job.py"), "w") as f:
    f.write("import sys\nresult = (__name__, __package__, __spec__.name if __spec__ else None,\n"
            "          sys.argv[0] == __file__, __name__ in sys.modules, GIVEN)\n")
with open(os.path.join(directory, "rpkg", "__main__.py"), "w") as f:
    f.write("print('package main runs as', __name__)\n")
script = os.path.join(directory, "script.py")
with open(script, "w") as f:
    f.write("import sys\nfound = (__name__, __file__ == sys.argv[0], __spec__, GIVEN)\n")
sys.path.insert(0, directory)

g = runpy.run_module("rpkg.job", init_globals={"GIVEN": 1})
print(g["result"], g["__name__"], "rpkg.job" in sys.modules)
g = runpy.run_module("rpkg.job", init_globals={"GIVEN": 2}, run_name="custom", alter_sys=True)
print(g["result"], "custom" in sys.modules, sys.argv[0] == __file__)
g = runpy.run_module("rpkg")
print(sorted(k for k in g if k.startswith("__")))
g = runpy.run_path(script, init_globals={"GIVEN": 3})
print(g["found"], g["__name__"])
g = runpy.run_path(script, init_globals={"GIVEN": 4}, run_name="as_named")
print(g["found"][0])
with open(os.path.join(directory, "__main__.py"), "w") as f:
    f.write("print('directory main', __name__, __file__.endswith('__main__.py'))\n")
runpy.run_path(directory)
for bad in (".relative", "no_such_module_xyz", "rpkg.missing"):
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)

import shutil
shutil.rmtree(directory)
