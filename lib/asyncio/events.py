"""asyncio.events: the event loop, its handles and the functions that find or make one.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.events import ...`).
"""
from asyncio import (
    set_event_loop_policy,
    get_event_loop_policy,
    AbstractEventLoopPolicy,
    AbstractEventLoop,
    Handle,
    TimerHandle,
    get_event_loop,
    set_event_loop,
    new_event_loop,
    _set_running_loop,
    get_running_loop,
    _get_running_loop,
)

__all__ = (
    "set_event_loop_policy",
    "get_event_loop_policy",
    "AbstractEventLoopPolicy",
    "AbstractEventLoop",
    "Handle",
    "TimerHandle",
    "get_event_loop",
    "set_event_loop",
    "new_event_loop",
    "_set_running_loop",
    "get_running_loop",
    "_get_running_loop",
)
