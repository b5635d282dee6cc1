# Plain coroutines without an event loop (in the spirit of pyperformance's coroutines): a
# recursive chain of awaits driven by send(); a generator-based awaitable at the bottom that
# yields control, and coroutine objects resumed by hand.
import sys
import types

# tests/py/bench_like/coroutines_chain.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 24


class Yield:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


@types.coroutine
def pause(v):
    got = yield v
    return got * 2


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def worker(n):
    total = 0
    for i in range(n):
        total += await Yield(i)
        total += await pause(i)
    return total


def drive(coro, feed=1):
    sent = None
    steps = 0
    try:
        while True:
            coro.send(sent)
            steps += 1
            sent = feed
    except StopIteration as stop:
        return stop.value, steps


def main():
    value, steps = drive(fib(SCALE))
    print("fib", SCALE, value, steps)
    total = 0
    all_steps = 0
    for k in range(SCALE * 30):
        v, s = drive(worker(20), feed=k % 5)
        total += v
        all_steps += s
    print("workers", total, all_steps)
    c = worker(3)
    print(c.send(None), c.send(5), c.cr_running, type(c).__name__)
    c.close()
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)


main()
