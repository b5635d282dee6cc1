# itertools-heavy code: permutations/combinations/product counting, groupby runs, accumulate,
# chain/islice/tee/zip_longest/starmap/compress/pairwise, cycle and count, filterfalse,
# takewhile/dropwhile, combined in small puzzles.
import itertools as it
import operator
import sys
from functools import reduce

# tests/py/bench_like/itertools_heavy.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 9


def magic_squares():
    found = 0
    for p in it.islice(it.permutations(range(1, 10)), SCALE * 45000):
        if p[0] + p[1] + p[2] == 15 and p[3] + p[4] + p[5] == 15 and p[0] + p[3] + p[6] == 15 \
                and p[1] + p[4] + p[7] == 15 and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            found += 1
    return found


def main():
    n = SCALE
    print("perm", sum(1 for p in it.permutations(range(n)) if p[0] < p[-1]))
    print("comb", sum(sum(c) for c in it.combinations(range(n * 3), 3)))
    print("cwr", sum(1 for _ in it.combinations_with_replacement("abcde", n)))
    print("product", sum(a * b - c for a, b, c in it.product(range(n * 2), repeat=3)))
    print("magic", magic_squares())
    data = [(i * 37) % 11 // 3 for i in range(n * 2000)]
    runs = [(k, len(list(g))) for k, g in it.groupby(data)]
    print("groupby", len(runs), runs[:5])
    acc = list(it.accumulate(data, operator.add, initial=100))
    print("accumulate", acc[-1], list(it.accumulate([3, 1, 4, 1, 5], max)))
    a, b = it.tee(it.islice(it.count(5, 3), n * 100))
    print("tee", sum(x * y for x, y in zip(a, it.islice(b, 1, None))))
    print("zip_longest", list(it.zip_longest("abc", range(5), fillvalue="-")))
    print("starmap", sum(it.starmap(pow, zip(range(n * 50), it.cycle([2, 3])))))
    print("compress", list(it.compress(range(20), it.cycle([1, 0, 0]))))
    print("pairwise", sum(b - a for a, b in it.pairwise(acc)))
    print("filterfalse", sum(it.filterfalse(lambda v: v % 3, range(n * 1000))))
    print("take/drop", list(it.takewhile(lambda v: v < 10, it.dropwhile(lambda v: v < 5, it.count()))))
    chained = it.chain.from_iterable(it.repeat(range(4), n * 10))
    print("chain", reduce(operator.xor, chained, 0), list(it.chain("ab", [1], ())))
    batches = [tuple(it.islice(src, 4)) for src in [iter(range(n * 5))] for _ in range(3)]
    print("islice", batches)


main()
