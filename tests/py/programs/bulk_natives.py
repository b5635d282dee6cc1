# bench/programs/bulk_natives.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("bulk_natives", 2000)
