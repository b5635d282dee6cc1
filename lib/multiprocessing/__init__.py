"""multiprocessing, run inside one heapstack process.

heapstack cannot fork: a Process runs its target on a green thread of this interpreter (so
queues, locks and events between parent and child behave as with real processes, but the
child shares the parent's module globals), and a Pool runs each task in the calling thread,
in submission order. Results, ordering of results and exit codes are CPython's.
"""

import _os

if not _os.can_spawn():
    # the browser sandbox offers no processes, not even these in-process ones
    raise ModuleNotFoundError("No module named 'multiprocessing' (this host has no processes)",
                              name='multiprocessing')

import itertools as _itertools
import os as _os
import sys as _sys
import threading as _threading

from multiprocessing.context import (  # noqa: F401
    ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
    Process, current_process, parent_process, active_children, cpu_count,
    Queue, SimpleQueue, JoinableQueue, Pipe, Lock, RLock, Semaphore, BoundedSemaphore,
    Condition, Event, Barrier, Value, Array, RawValue, RawArray, Manager, Pool,
    freeze_support, get_start_method, set_start_method, get_all_start_methods,
    get_context, set_executable, set_forkserver_preload, allow_connection_pickling,
    get_logger, log_to_stderr,
)

SUBDEBUG = 5
SUBWARNING = 25

del _itertools, _os, _sys, _threading
