# bench/programs/async_tree.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("async_tree", 3)
