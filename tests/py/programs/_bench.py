# Runs a program of bench/programs/ as __main__ with a SCALE argument (the programs read it from
# sys.argv[1]), so the differential tests check the benchmarks themselves rather than copies.
import os
import runpy
import sys

BENCH_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "bench", "programs")


def run(name, scale):
    path = os.path.join(BENCH_DIR, name + ".py")
    sys.argv = [path, str(scale)]
    runpy.run_path(path, run_name="__main__")
