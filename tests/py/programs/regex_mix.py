# bench/programs/regex_mix.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("regex_mix", 2)
