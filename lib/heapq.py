"""Binary min-heaps on plain lists (priority queues).

A heap is a plain list h where h[i] <= h[2*i+1] and h[i] <= h[2*i+2] for every i
that has children; h[0] is then the smallest item.  heappush, heappop, heapify,
heapreplace and heappushpop maintain that invariant in place; merge,
nsmallest and nlargest are built on top of them.
"""

# heapstack: the list primitives (and their max-heap twins) are the TypeScript module _heapq.
# merge/nsmallest/nlargest below build decorated entries shaped like CPython's (value or key
# first, then an insertion counter), so user-defined comparison methods are called in the
# same sequence and ties resolve identically.

__about__ = """Heap queues

A heap keeps h[k] <= h[2*k+1] and h[k] <= h[2*k+2] for every k, counting from
0, so that h[0] is always its smallest element.  (heapstack's summary; the
TypeScript accelerator _heapq carries CPython's essay.)"""
__all__ = "heappush heappop heapify heapreplace merge nlargest nsmallest heappushpop".split()


# -- pure-Python sift helpers (kept for code that reaches into them) -------------------------

def _siftdown(heap, startpos, pos):
    # Move heap[pos] towards the root (never above startpos) while it beats its parent.
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _siftup(heap, pos):
    # Let the hole at pos sink to a leaf along the smaller children, then settle the item.
    size = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, root, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        above = heap[up]
        if not above < item:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _siftup_max(heap, pos):
    size = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[other] < heap[child]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, root, pos)


# -- merge ----------------------------------------------------------------------------------

def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item and push item (IndexError on an empty heap)."""
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest, faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    for pos in reversed(range(len(x) // 2)):
        _siftup(x, pos)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(x):
    for pos in reversed(range(len(x) // 2)):
        _siftup_max(x, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge several sorted inputs into one sorted iterator (lazily).

    Like sorted(itertools.chain(*iterables)) but consumes the inputs as it goes;
    every input must already be sorted (in descending order when reverse is
    true).  key, when given, is applied to each element to get its sort value.
    Equal elements come out in the order of their inputs.

    >>> list(merge([1, 4, 9], [2, 3, 10], [], [0]))
    [0, 1, 2, 3, 4, 9, 10]
    >>> list(merge(['ox', 'horse'], ['a', 'eel', 'zebra'], key=len))
    ['a', 'ox', 'eel', 'horse', 'zebra']
    """
    if reverse:
        build, drop, swap, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, swap, step = heapify, heappop, heapreplace, 1

    # One entry per live input: [sort value, rank, element, bound __next__, iterator].
    # The rank (input position, negated for reverse) is unique, so comparisons between
    # entries never reach the element or the method.
    entries = []
    rank = 0
    for source in iterables:
        iterator = iter(source)
        pull = iterator.__next__
        try:
            first = pull()
        except StopIteration:
            rank += step
            continue
        entries.append([first if key is None else key(first), rank, first, pull, iterator])
        rank += step
    build(entries)

    while len(entries) > 1:
        try:
            while True:
                head = entries[0]
                yield head[2]
                following = head[3]()
                head[2] = following
                head[0] = following if key is None else key(following)
                swap(entries, head)
        except StopIteration:
            drop(entries)

    if entries:
        # A single input is left: hand its remaining elements straight through.
        last = entries[0]
        yield last[2]
        yield from last[4]


# -- nsmallest / nlargest -------------------------------------------------------------------

def _select(n, iterable, key, largest):
    # Shared body of nsmallest/nlargest.  The running best-n live in a heap whose root is the
    # worst of them (a max-heap for nsmallest, a min-heap for nlargest); each entry is
    # (element, rank) or (key, rank, element) with ranks counting up for nsmallest and down
    # for nlargest, so earlier elements win ties in both.
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]

    try:
        total = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= total:
            return sorted(iterable, key=key, reverse=largest)[:n]

    source = iter(iterable)
    ranks = range(0, -n, -1) if largest else range(n)
    if key is None:
        kept = [(item, r) for r, item in zip(ranks, source)]
    else:
        kept = [(key(item), r, item) for r, item in zip(ranks, source)]
    if not kept:
        return kept

    if largest:
        heapify(kept)
        rank, bump, replace = -n, -1, heapreplace
    else:
        _heapify_max(kept)
        rank, bump, replace = n, 1, _heapreplace_max
    worst = kept[0][0]

    for item in source:
        probe = item if key is None else key(item)
        if (worst < probe) if largest else (probe < worst):
            replace(kept, (probe, rank) if key is None else (probe, rank, item))
            worst = kept[0][0]
            rank += bump

    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (like sorted(...)[:n], stable)."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (like sorted(..., reverse=True)[:n])."""
    return _select(n, iterable, key, True)


if __name__ == "__main__":
    # 'python -m heapq' checks the examples above
    import doctest
    print(doctest.testmod())


# the TypeScript accelerator replaces the pure versions above unless blocked
# (as test.support.import_helper.import_fresh_module does)
try:
    from _heapq import *  # noqa: F401,F403
except ImportError:
    pass
try:
    from _heapq import __about__, _heapify_max, _heappop_max, _heapreplace_max  # noqa: F401
except ImportError:
    pass
