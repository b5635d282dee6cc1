"""unittest.IsolatedAsyncioTestCase (heapstack's own): a TestCase whose test methods,
asyncSetUp/asyncTearDown and cleanups may be coroutine functions. Each test runs on a fresh
event loop of its own (an asyncio.Runner), and everything it runs shares one contextvars
context, so a context variable set in setUp is seen by the test."""

import contextvars
import inspect
import warnings

from . import TestCase


class IsolatedAsyncioTestCase(TestCase):
    def __init__(self, methodName='runTest'):
        TestCase.__init__(self, methodName)
        self._loop_runner = None  # an asyncio.Runner while the test runs
        self._shared_context = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, function, /, *args, **kwargs):
        # every cleanup goes through _callCleanup, which awaits coroutine functions
        self.addCleanup(function, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters an asynchronous context manager; its __aexit__ runs as a cleanup."""
        kind = type(cm)
        if not (hasattr(kind, '__aenter__') and hasattr(kind, '__aexit__')):
            name = f"{kind.__module__}.{kind.__qualname__}"
            raise TypeError(f"'{name}' object does not support the asynchronous "
                            f"context manager protocol")
        entered = await kind.__aenter__(cm)
        self.addAsyncCleanup(kind.__aexit__, cm, None, None, None)
        return entered

    def _in_test_context(self, function, args=(), kwargs={}):
        """Calls function in the test's context: awaited on the test's loop if it is a
        coroutine function."""
        if not inspect.iscoroutinefunction(function):
            return self._shared_context.run(function, *args, **kwargs)
        coroutine = function(*args, **kwargs)
        return self._loop_runner.run(coroutine, context=self._shared_context)

    def _callSetUp(self):
        # the loop exists (and is the current one) before setUp, which may ask for it
        self._loop_runner.get_loop()
        self._shared_context.run(self.setUp)  # a plain call, even of a coroutine function
        self._in_test_context(self.asyncSetUp)

    def _callTestMethod(self, method):
        returned = self._in_test_context(method)
        if returned is not None:
            message = ('It is deprecated to return a value that is not None '
                       'from a test case (%s)' % (method,))
            warnings.warn(message, DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._in_test_context(self.asyncTearDown)
        self._shared_context.run(self.tearDown)

    def _callCleanup(self, function, /, *args, **kwargs):
        self._in_test_context(function, args, kwargs)

    def _open_loop_runner(self):
        from asyncio import Runner

        self._loop_runner = Runner(debug=True)

    def _close_loop_runner(self):
        held, self._loop_runner = self._loop_runner, None
        if held is not None:
            held.close()

    def run(self, result=None):
        self._open_loop_runner()
        try:
            return TestCase.run(self, result)
        finally:
            self._close_loop_runner()

    def debug(self):
        self._open_loop_runner()
        TestCase.debug(self)
        self._close_loop_runner()

    def __del__(self):
        if getattr(self, '_loop_runner', None) is not None:
            self._close_loop_runner()
