# python -m platform prints platform(aliased, terse) and exits 0
import platform
import runpy
import sys

for argv in (["platform"], ["platform", "terse"], ["platform", "--nonaliased"]):
    sys.argv = argv
    try:
        runpy.run_module("platform", run_name="__main__")
    except SystemExit as e:
        print("exit", e.code)
print(platform.platform() in ("", None) or "ok")
