# The second program `npm run bench:trace` records: about a million steps of object- and
# dict-heavy Python (instances created and dropped, a linked structure, dict and set updates,
# tuples, string keys), so that the recorder's cost is measured on more than one kind of code.


class Node:
    def __init__(self, key, value, nxt):
        self.key = key
        self.value = value
        self.next = nxt


class Cache:
    def __init__(self, limit):
        self.limit = limit
        self.table = {}
        self.order = None
        self.size = 0

    def put(self, key, value):
        node = Node(key, value, self.order)
        self.order = node
        self.table[key] = node
        self.size += 1
        if self.size > self.limit:
            self.trim()

    def trim(self):
        keep = {}
        node = self.order
        count = 0
        while node is not None and count < self.limit // 2:
            if node.key not in keep:
                keep[node.key] = node
                count += 1
            node = node.next
        self.table = keep
        self.size = count

    def get(self, key):
        node = self.table.get(key)
        return None if node is None else node.value


def words(n):
    out = []
    for i in range(n):
        out.append("w" + str(i * 7 % 37))
    return out


def run(rounds):
    cache = Cache(40)
    counts = {}
    seen = set()
    hits = 0
    for i, w in enumerate(words(rounds)):
        counts[w] = counts.get(w, 0) + 1
        pair = (w, i % 5)
        seen.add(pair)
        if cache.get(w) is not None:
            hits += 1
        cache.put(w, pair)
    return hits, len(counts), len(seen)


print(run(36000))
