# multiprocessing as benchmark and exercise programs use it: Pool map/starmap/imap/apply_async,
# Process with Queue/Value/Lock/Pipe, Manager containers; results and exit codes as in CPython.
import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, cpu_count, Lock, Value, Array, Manager

def square(x): return x * x
def add(a, b): return a + b
def worker(q, n):
    q.put(('result', n, n * n))
def counter(v, lock):
    for _ in range(100):
        with lock: v.value += 1
def consumer(q, out):
    while True:
        item = q.get()
        if item is None: break
        out.put(item * 10)

if __name__ == '__main__':
    mp.freeze_support()
    print(cpu_count() > 0, mp.current_process().name, mp.parent_process())
    with Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(square, [5, 6])), sorted(pool.imap_unordered(square, [7, 8])))
        r = pool.apply_async(add, (10, 20)); print(r.get(timeout=5), r.ready(), r.successful())
        print(pool.apply(square, (9,)), pool.map_async(square, [1, 2]).get())
    q = Queue()
    ps = [Process(target=worker, args=(q, i)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(3)), [p.exitcode for p in ps], [p.is_alive() for p in ps])
    v = Value('i', 0); lock = Lock()
    ps = [Process(target=counter, args=(v, lock)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value)
    a = Array('d', [1.0, 2.0, 3.0]); print(a[:], len(a), sum(a))
    inq, outq = Queue(), Queue()
    c = Process(target=consumer, args=(inq, outq)); c.start()
    for i in range(5): inq.put(i)
    inq.put(None); c.join()
    print([outq.get() for _ in range(5)])
    with Manager() as m:
        d = m.dict(); l = m.list([1]); d['k'] = 1; l.append(2); print(dict(d), list(l))
    pool = Pool(2); pool.close(); pool.join()
    try: pool.map(square, [1])
    except ValueError as e: print(e)
    def failing(x): raise ValueError('bad %d' % x)
    p = Process(target=square, args=(3,)); print(p.is_alive(), p.exitcode); p.start(); p.join(); print(p.exitcode)
    a, b = mp.Pipe(); a.send({'x': 1}); print(b.recv()); b.send('back'); print(a.recv())
