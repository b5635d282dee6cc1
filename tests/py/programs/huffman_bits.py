# bench/programs/huffman_bits.py at a small scale: the benchmark's own output, compared with python3's.
import _bench

_bench.run("huffman_bits", 1)
