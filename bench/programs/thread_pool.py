# concurrent_imap-like: a ThreadPoolExecutor mapping CPU-bound work over chunks, as_completed,
# futures with callbacks and exceptions, a hand-rolled worker pool on queue.Queue with
# threading.Lock/Condition/Event/Barrier, and thread-local state.
import concurrent.futures
import hashlib
import queue
import threading
import sys

# tests/py/bench_like/thread_pool.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 500


def work(n):
    # collatz lengths: pure-Python CPU work
    best = (0, 0)
    for i in range(n * 50, n * 50 + 50):
        x = i + 1
        steps = 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best[0]:
            best = (steps, i + 1)
    return best


def failing(n):
    if n % 7 == 3:
        raise ValueError(f"bad {n}")
    return n * n


local = threading.local()


def tls_worker(results, lock, start, n):
    local.count = 0
    for i in range(start, start + n):
        local.count += i % 7
    with lock:
        results.append((start, local.count))


def main():
    h = hashlib.md5()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        out = list(ex.map(work, range(SCALE)))
        h.update(repr(out).encode())
        print(max(out), out[:3])
        futs = {ex.submit(failing, i): i for i in range(SCALE)}
        ok = errs = 0
        for f in concurrent.futures.as_completed(futs):
            try:
                ok += f.result()
            except ValueError:
                errs += 1
        print(ok, errs)
        seen = []
        f = ex.submit(sum, range(100))
        f.add_done_callback(lambda fut: seen.append(fut.result()))
        concurrent.futures.wait([f])
        print(f.result(), f.done(), f.exception())
    ex.shutdown()
    print(seen)

    # A hand-rolled pool: tasks on a queue, results collected under a condition.
    tasks = queue.Queue()
    results = {}
    cond = threading.Condition()
    stop = object()

    def worker():
        while True:
            item = tasks.get()
            if item is stop:
                tasks.task_done()
                return
            r = work(item)
            with cond:
                results[item] = r
                cond.notify_all()
            tasks.task_done()

    threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
    for t in threads:
        t.start()
    for i in range(SCALE // 2):
        tasks.put(i)
    with cond:
        cond.wait_for(lambda: len(results) == SCALE // 2, timeout=60)
    for _ in threads:
        tasks.put(stop)
    tasks.join()
    for t in threads:
        t.join()
    h.update(repr(sorted(results.items())).encode())
    print(len(results), all(not t.is_alive() for t in threads))

    barrier = threading.Barrier(4)
    order = []
    olock = threading.Lock()

    def phase(i):
        with olock:
            order.append(("a", i))
        barrier.wait()
        with olock:
            order.append(("b", i))

    ts = [threading.Thread(target=phase, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print([k for k, _ in order])
    res = []
    lock = threading.Lock()
    ts = [threading.Thread(target=tls_worker, args=(res, lock, i * 1000, 1000)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(res), hasattr(local, "count"))
    ev = threading.Event()
    t = threading.Timer(0.01, ev.set)
    t.start()
    print(ev.wait(5), threading.active_count() >= 1, threading.current_thread().name)
    t.join()
    print(h.hexdigest())


main()
