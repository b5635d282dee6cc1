# unittest.IsolatedAsyncioTestCase: async fixtures, cleanups and context managers, a fresh
# loop per test, one contextvars context shared by setUp and the test, failures and errors.
import asyncio
import contextvars
import unittest

events = []
var = contextvars.ContextVar("var", default="unset")


class AsyncResource:
    async def __aenter__(self):
        events.append("resource enter")
        return "resource"

    async def __aexit__(self, *exc):
        events.append("resource exit")


class Service:
    async def fetch(self, n):
        await asyncio.sleep(0)
        return n * 2


class TestService(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")
        var.set("from setUp")

    async def asyncSetUp(self):
        events.append(f"asyncSetUp var={var.get()}")
        self.service = Service()
        self.loop_in_setup = asyncio.get_running_loop()
        self.res = await self.enterAsyncContext(AsyncResource())
        self.addAsyncCleanup(self.cleanup_async, "x")
        self.addCleanup(events.append, "sync cleanup")

    async def cleanup_async(self, tag):
        events.append(f"async cleanup {tag}")

    async def test_fetch(self):
        self.assertEqual(await self.service.fetch(21), 42)
        self.assertIs(asyncio.get_running_loop(), self.loop_in_setup)
        events.append(f"test_fetch var={var.get()} res={self.res}")

    async def test_fails(self):
        self.assertEqual(await self.service.fetch(1), 3)

    async def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            await asyncio.sleep(0)
            1 / 0

    def test_sync(self):
        events.append("sync test")

    async def test_error(self):
        await asyncio.sleep(0)
        raise KeyError("boom")

    async def test_gather(self):
        results = await asyncio.gather(*(self.service.fetch(i) for i in range(3)))
        self.assertEqual(results, [0, 2, 4])

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


class TestBadContext(unittest.IsolatedAsyncioTestCase):
    async def test_not_async_cm(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))


if __name__ == "__main__":
    print("IsolatedAsyncioTestCase" in dir(unittest))
    import io
    stream = io.StringIO()
    result = unittest.main(exit=False, verbosity=2, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2)).result
    for line in stream.getvalue().splitlines():
        if line.startswith(("test_", "FAIL:", "ERROR:", "AssertionError", "KeyError", "OK", "FAILED")):
            print(line)
    for e in events:
        print(e)
    print(len(result.failures), len(result.errors), result.testsRun)
