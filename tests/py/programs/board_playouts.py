# bench/programs/board_playouts.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("board_playouts", 2)
