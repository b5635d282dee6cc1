# bench/programs/data_report.py at a small scale: the benchmark's own output, compared with python3's.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "programs"))
import _bench  # noqa: E402

_bench.run("data_report", 300)
