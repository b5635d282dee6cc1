"""multiprocessing.pool: Pool, ThreadPool and the result objects, run in the caller."""

from multiprocessing.context import Pool, ThreadPool, ApplyResult, MapResult, IMapIterator  # noqa: F401

AsyncResult = ApplyResult
RUN, CLOSE, TERMINATE = 0, 1, 2
