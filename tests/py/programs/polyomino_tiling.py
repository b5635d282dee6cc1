# bench/programs/polyomino_tiling.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("polyomino_tiling", 0)
