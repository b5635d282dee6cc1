"""graphlib: topological ordering of a graph of hashable nodes (CPython 3.11 semantics)."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's pending-predecessor count doubles as its state once the sort is prepared.
_HANDED_OUT = -1
_FINISHED = -2
_EXHAUSTED = object()


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle's nodes,
    the first node repeated at the end."""


class _Vertex:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0
        self.successors = []


class TopologicalSorter:
    """Hands out the nodes of a graph in dependency order, in batches that can run in parallel."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = self._vertices[node] = _Vertex(node)
        return vertex

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        vertex = self._vertex(node)
        vertex.waiting_on += len(predecessors)
        for before in predecessors:
            self._vertex(before).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [v.node for v in self._vertices.values() if v.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._require_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._vertices[node].waiting_on = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        self._require_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._require_prepared()
        vertices = self._vertices
        for node in nodes:
            vertex = vertices.get(node)
            if vertex is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = vertex.waiting_on
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            vertex.waiting_on = _FINISHED
            for after in vertex.successors:
                follower = vertices[after]
                follower.waiting_on -= 1
                if follower.waiting_on == 0:
                    self._ready.append(after)
            self._finished += 1

    def _find_cycle(self):
        # Iterative depth-first search along successor edges; meeting a node that is still
        # on the current path closes a cycle, which is reported in path order.
        vertices = self._vertices
        visited = set()
        path = []
        path_index = {}
        pending = []
        for start in vertices:
            if start in visited:
                continue
            node = start
            while True:
                if node in visited:
                    if node in path_index:
                        return path[path_index[node] :] + [node]
                else:
                    visited.add(node)
                    pending.append(iter(vertices[node].successors))
                    path_index[node] = len(path)
                    path.append(node)
                advanced = False
                while path:
                    following = next(pending[-1], _EXHAUSTED)
                    if following is not _EXHAUSTED:
                        node = following
                        advanced = True
                        break
                    del path_index[path.pop()]
                    pending.pop()
                if not advanced:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
