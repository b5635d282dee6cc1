# _Py_HandleSystemExit reads the code with PyLong_AsLong: a code outside C long's range becomes
# -1 (exit status 255); one inside keeps its low 32 bits.
import subprocess
import sys

for code in ["2**64", "-2**64", "2**63 - 1", "-2**63", "2**32 + 7", "-300", "True"]:
    done = subprocess.run([sys.executable, "-c", f"raise SystemExit({code})"])
    print(code, done.returncode)
raise SystemExit(2**70)
