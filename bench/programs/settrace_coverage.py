# A coverage.py-like line tracer: sys.settrace installs a global trace function that returns a
# local tracer per frame, recording executed (file, line) arcs, call/return events and
# exceptions, while a small workload (sorting, recursion, generators, exceptions) runs.
import hashlib
import sys

# tests/py/bench_like/settrace_coverage.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 24


class Collector:
    def __init__(self):
        self.lines = {}
        self.arcs = set()
        self.calls = {}
        self.exceptions = 0
        self.last = {}

    def global_trace(self, frame, event, arg):
        if event == "call":
            code = frame.f_code
            if code.co_filename != __file__:
                return None
            self.calls[code.co_name] = self.calls.get(code.co_name, 0) + 1
            self.last[id(frame)] = -code.co_firstlineno
            return self.local_trace
        return None

    def local_trace(self, frame, event, arg):
        if event == "line":
            ln = frame.f_lineno
            name = frame.f_code.co_name
            key = (name, ln)
            self.lines[key] = self.lines.get(key, 0) + 1
            fid = id(frame)
            self.arcs.add((name, self.last.get(fid, 0), ln))
            self.last[fid] = ln
        elif event == "return":
            self.arcs.add((frame.f_code.co_name, self.last.pop(id(frame), 0), -frame.f_code.co_firstlineno))
        elif event == "exception":
            self.exceptions += 1
        return self.local_trace


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    return xs


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gen_primes(limit):
    found = []
    for n in range(2, limit):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def risky(i):
    try:
        if i % 3 == 0:
            raise KeyError(i)
        return i * 2
    except KeyError:
        return -1
    finally:
        pass


def workload(k):
    data = [(i * 7919 + k) % 101 for i in range(60)]
    s = insertion_sort(data)
    f = fib(12)
    p = sum(gen_primes(200))
    r = sum(risky(i) for i in range(40))
    return s[:5], f, p, r


def main():
    h = hashlib.md5()
    results = []
    for rep in range(SCALE):
        c = Collector()
        sys.settrace(c.global_trace)
        try:
            res = workload(rep)
        finally:
            sys.settrace(None)
        results.append(res)
        assert sys.gettrace() is None
        lines = sorted((name, ln - workload.__code__.co_firstlineno) for name, ln in c.lines)
        h.update(repr(lines).encode())
        h.update(repr(sorted(c.calls.items())).encode())
        if rep == 0:
            print(len(c.lines), len(c.arcs), sorted(c.calls.items()), c.exceptions)
            hot = sorted(c.lines.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
            print([(n, ln - fib.__code__.co_firstlineno, cnt) for (n, ln), cnt in hot])
    # Untraced run gives the same answers.
    assert results[0] == workload(0)
    print(results[-1], h.hexdigest())


main()
