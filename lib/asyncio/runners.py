"""asyncio.runners: asyncio.run and Runner.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.runners import ...`).
"""
from asyncio import (
    Runner,
    run,
)

__all__ = (
    "Runner",
    "run",
)
