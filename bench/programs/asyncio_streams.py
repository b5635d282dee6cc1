# asyncio_tcp-like traffic over in-memory streams: a server and clients exchanging
# length-prefixed frames through asyncio.Queue-backed fake transports, with Events, Locks,
# Semaphores, gather/wait_for/TaskGroup-free task fan-out, timeouts and cancellation.
import asyncio
import hashlib
import sys

# tests/py/bench_like/asyncio_streams.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 400


class Pipe:
    """One direction of a connection: bytes chunks through a queue, read back as a stream."""

    def __init__(self):
        self.q = asyncio.Queue()
        self.buf = bytearray()
        self.closed = False

    async def write(self, data):
        # Split writes to exercise reassembly.
        for i in range(0, len(data), 37):
            await self.q.put(bytes(data[i:i + 37]))

    def close(self):
        self.q.put_nowait(b"")

    async def readexactly(self, n):
        while len(self.buf) < n:
            chunk = await self.q.get()
            if not chunk:
                raise asyncio.IncompleteReadError(bytes(self.buf), n)
            self.buf += chunk
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out


async def send_frame(pipe, payload):
    await pipe.write(len(payload).to_bytes(4, "big") + payload)


async def recv_frame(pipe):
    n = int.from_bytes(await pipe.readexactly(4), "big")
    return await pipe.readexactly(n)


class Server:
    def __init__(self):
        self.store = {}
        self.lock = asyncio.Lock()
        self.sem = asyncio.Semaphore(3)
        self.handled = 0
        self.ready = asyncio.Event()

    async def handle(self, rx, tx):
        await self.ready.wait()
        try:
            while True:
                frame = await recv_frame(rx)
                cmd, _, rest = frame.partition(b" ")
                async with self.sem:
                    if cmd == b"SET":
                        k, _, v = rest.partition(b"=")
                        async with self.lock:
                            self.store[k] = v
                            await asyncio.sleep(0)
                        reply = b"OK"
                    elif cmd == b"GET":
                        reply = self.store.get(rest, b"(nil)")
                    elif cmd == b"SUM":
                        reply = str(sum(int(x) for x in rest.split(b","))).encode()
                    else:
                        reply = b"ERR unknown " + cmd
                self.handled += 1
                await send_frame(tx, reply)
        except asyncio.IncompleteReadError as e:
            return len(e.partial)


async def client(cid, server, n, results):
    up, down = Pipe(), Pipe()
    task = asyncio.create_task(server.handle(up, down))
    got = []
    for i in range(n):
        if i % 3 == 0:
            await send_frame(up, f"SET c{cid}k{i}={'v' * (i % 50)}{i}".encode())
        elif i % 3 == 1:
            await send_frame(up, f"GET c{cid}k{i - 1}".encode())
        else:
            await send_frame(up, ("SUM " + ",".join(str(j * cid) for j in range(i % 20 + 1))).encode())
        got.append(await recv_frame(down))
    await send_frame(up, b"PING")
    got.append(await recv_frame(down))
    up.close()
    leftover = await task
    results[cid] = (got, leftover)
    return len(got)


async def slow(i):
    await asyncio.sleep(0.001 * (i % 3))
    return i


async def main_async():
    server = Server()
    results = {}
    clients = [asyncio.create_task(client(c, server, SCALE, results)) for c in range(8)]
    await asyncio.sleep(0)
    server.ready.set()
    counts = await asyncio.gather(*clients)
    h = hashlib.md5()
    for cid in sorted(results):
        for r in results[cid][0]:
            h.update(r)
    print(counts, server.handled, len(server.store), h.hexdigest())
    print(results[3][0][:4], results[3][1])
    # Timeouts and cancellation.
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(slow(i)) for i in range(6)],
                                       return_when=asyncio.ALL_COMPLETED)
    print(sorted(x.result() for x in done), len(pending))
    out = await asyncio.gather(slow(1), asyncio.sleep(0, "x"), return_exceptions=True)
    print(out)
    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(SCALE * 20):
            await q.put(i)
        await q.put(None)

    async def consumer():
        total = 0
        while (item := await q.get()) is not None:
            total += item
            q.task_done()
        return total

    p = asyncio.create_task(producer())
    total = await consumer()
    await p
    print(total)


asyncio.run(main_async())
