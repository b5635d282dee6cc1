"""Tools for building and combining context managers (PEP 343)."""

# heapstack's own contextlib.

import abc
import sys
import _collections_abc
from collections import deque

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager",
    "AsyncExitStack", "ContextDecorator", "ExitStack",
    "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir",
]

GenericAlias = type(list[int])


def _copy_metadata(wrapper, wrapped):
    # What functools.wraps does, without importing functools here.
    for attr in ("__module__", "__name__", "__qualname__", "__doc__",
                 "__annotations__"):
        if hasattr(wrapped, attr):
            setattr(wrapper, attr, getattr(wrapped, attr))
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


# ---------------------------------------------------------------------------
# Abstract base classes

class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with statement."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        """Entering returns the manager itself by default."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Subclasses decide; the default lets exceptions propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an async with statement."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        """Entering returns the manager itself by default."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Subclasses decide; the default lets exceptions propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, "__aenter__", "__aexit__")


# ---------------------------------------------------------------------------
# Context managers usable as decorators

class ContextDecorator(object):
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        """Return a recreated instance of self (self by default); one-shot
        context managers override this so each call gets a fresh one."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_metadata(inner, func)


class AsyncContextDecorator(object):
    """A base class or mixin that enables async context managers to work as decorators."""

    def _recreate_cm(self):
        """Return a recreated instance of self."""
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_metadata(inner, func)


class _GeneratorContextManagerBase:
    """Common state of the managers built by (async)contextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh one-shot manager.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Once entered the manager cannot be recreated: drop the references.
        del self.args, self.kwds, self.func


def _outcome_of_throw(raised, sent, traceback, stop_types):
    """Decide what __exit__ returns when throwing `sent` into the generator
    raised `raised` (not a Stop(Async)Iteration): False, or None meaning
    "re-raise `raised`"."""
    if raised is sent:
        raised.__traceback__ = traceback
        return False
    if (isinstance(raised, RuntimeError)
            and isinstance(sent, stop_types)
            and raised.__cause__ is sent):
        # PEP 479 turned the thrown Stop(Async)Iteration into RuntimeError.
        sent.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """What a @contextmanager-decorated function returns."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as raised:
            if isinstance(raised, StopIteration):
                # The generator finished: swallow, unless it is the very
                # exception that the with-body raised.
                return raised is not value
            verdict = _outcome_of_throw(raised, value, traceback,
                                        (StopIteration,))
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractAsyncContextManager,
    AsyncContextDecorator,
):
    """What an @asynccontextmanager-decorated function returns."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as raised:
            if isinstance(raised, StopAsyncIteration):
                return raised is not value
            verdict = _outcome_of_throw(
                raised, value, traceback, (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager decorator.

    Turns a generator function that yields exactly once into a factory of
    context managers: the code before the yield runs on entry (the yielded
    value is bound by `as`), the code after it on exit; an exception from
    the with-block is raised inside the generator at the yield.
    """
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_metadata(helper, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator.

    The asynchronous counterpart of @contextmanager, for async generator
    functions used with `async with`.
    """
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_metadata(helper, func)


# ---------------------------------------------------------------------------
# Small context managers

class closing(AbstractContextManager):
    """Call thing.close() when the with block ends.

    `with closing(thing) as t:` binds thing and calls thing.close() when
    the block is left, however it is left.
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async with block ends (for async
    generators and other asynchronously closed resources).

    `async with aclosing(agen) as g:` awaits agen.aclose() on exit.
    """

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance can be entered re-entrantly.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Point sys.stdout at another file for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Point sys.stderr at another file for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types raised in the block.

    Execution continues after the with statement when the block raised
    one of the given exception types.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Returning True tells the interpreter to swallow the exception.
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing.

    Handy where a context manager is only sometimes needed:
    `with (real_cm if condition else nullcontext()):`.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the block (not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------
# Exit stacks

def _describe(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class _BaseExitStack:
    """State and registration methods shared by both exit stacks."""

    @staticmethod
    def _bound_exit(cm, cm_exit):
        return lambda *exc_details: cm_exit(cm, *exc_details)

    @staticmethod
    def _plain_callback(callback, /, *args, **kwds):
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        return run_callback

    def __init__(self):
        # Entries are (is_sync, callback), run last-in first-out.
        self._pending = deque()

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        fresh = type(self)()
        fresh._pending, self._pending = self._pending, deque()
        return fresh

    def push(self, exit):
        """Register an __exit__-like callable, or an object whose type has
        __exit__ (then that method is called). A true result suppresses."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._schedule(exit)
        else:
            self._schedule_exit_of(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, schedule its __exit__, and return what __enter__ gave."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        leave = getattr(cls, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{_describe(cls)}' object does "
                            f"not support the context manager protocol")
        value = enter(cm)
        self._schedule_exit_of(cm, leave)
        return value

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds); its result is ignored."""
        wrapper = self._plain_callback(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._schedule(wrapper)
        return callback

    def _schedule_exit_of(self, cm, cm_exit):
        wrapper = self._bound_exit(cm, cm_exit)
        wrapper.__self__ = cm
        self._schedule(wrapper, True)

    def _schedule(self, callback, is_sync=True):
        self._pending.append((is_sync, callback))


def _relink_context(new_exc, old_exc, frame_exc):
    # Make old_exc the context of the chain new_exc starts, stopping where
    # the chain reaches the exception being handled outside the stack.
    node = new_exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        node = ctx
    node.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with-statement target collecting cleanups at run time.

    Callbacks and context managers registered on it are unwound in reverse
    order when the with statement ends (or when close() is called).
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        failing = False
        while self._pending:
            is_sync, cleanup = self._pending.pop()
            assert is_sync
            try:
                swallow = cleanup(*exc_details)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                failing = True
                exc_details = raised
                continue
            if swallow:
                suppressed = True
                failing = False
                exc_details = (None,) * 3
        if failing:
            # raised here (the traceback shows this frame once, as python3's) with the
            # context the loop set up, which a plain raise would overwrite
            saved = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = saved
                raise
        return had_exception and suppressed

    def close(self):
        """Run every registered cleanup now."""
        self.__exit__(*(None,) * 3)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: cleanups may be coroutine functions."""

    @staticmethod
    def _async_bound_exit(cm, cm_exit):
        return lambda *exc_details: cm_exit(cm, *exc_details)

    @staticmethod
    def _async_plain_callback(callback, /, *args, **kwds):
        async def run_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        return run_callback

    async def enter_async_context(self, cm):
        """Enter cm asynchronously, schedule its __aexit__ and return what
        __aenter__ gave."""
        cls = type(cm)
        enter = getattr(cls, "__aenter__", None)
        leave = getattr(cls, "__aexit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{_describe(cls)}' object does not support the "
                            f"asynchronous context manager protocol")
        value = await enter(cm)
        self._schedule_async_exit_of(cm, leave)
        return value

    def push_async_exit(self, exit):
        """Register an __aexit__-like coroutine function, or an object whose
        type has __aexit__."""
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._schedule(exit, False)
        else:
            self._schedule_async_exit_of(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule `await callback(*args, **kwds)`; result ignored."""
        wrapper = self._async_plain_callback(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._schedule(wrapper, False)
        return callback

    async def aclose(self):
        """Run every registered cleanup now."""
        await self.__aexit__(*(None,) * 3)

    def _schedule_async_exit_of(self, cm, cm_exit):
        wrapper = self._async_bound_exit(cm, cm_exit)
        wrapper.__self__ = cm
        self._schedule(wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        failing = False
        while self._pending:
            is_sync, cleanup = self._pending.pop()
            try:
                if is_sync:
                    swallow = cleanup(*exc_details)
                else:
                    swallow = await cleanup(*exc_details)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                failing = True
                exc_details = raised
                continue
            if swallow:
                suppressed = True
                failing = False
                exc_details = (None,) * 3
        if failing:
            # raised here (the traceback shows this frame once, as python3's) with the
            # context the loop set up, which a plain raise would overwrite
            saved = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = saved
                raise
        return had_exception and suppressed
