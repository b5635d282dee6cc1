# bench/programs/unpack_generators.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("unpack_generators", 5000)
