# bench/programs/raytrace.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("raytrace", 16)
