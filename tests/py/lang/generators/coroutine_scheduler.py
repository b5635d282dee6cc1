class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks

async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Sleep(1)
    return name.upper()

def run_all(coros):
    ready = list(coros)
    results = {}
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
            ready.append(coro)
        except StopIteration as e:
            results[coro.__name__] = e.value
    return results

log = []
print(run_all([worker("a", 2, log), worker("b", 3, log)]))
print(log)
