# bench/programs/logging_handlers.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("logging_handlers", 300)
