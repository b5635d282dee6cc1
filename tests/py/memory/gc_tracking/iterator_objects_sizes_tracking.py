# Iterators of builtins and C modules as CPython 3.11 makes them: iter(callable, sentinel) and
# anext(ait, default) are tracked GC objects, array's iterator is 40 bytes (index, array,
# getitem) and struct.iter_unpack's 112 (its Py_buffer is 80), each with the GC header.
import array
import gc
import struct
import sys

calls = iter(int, 1)
print("callable_iterator", sys.getsizeof(calls), gc.is_tracked(calls), type(calls).__basicsize__)
values = array.array("i", [1, 2, 3])
arrays = iter(values)
print("arrayiterator", sys.getsizeof(arrays), gc.is_tracked(arrays), type(arrays).__basicsize__)
unpacked = struct.iter_unpack("i", b"\0\0\0\0" * 2)
print("unpack_iterator", sys.getsizeof(unpacked), gc.is_tracked(unpacked), type(unpacked).__basicsize__)


class Ait:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


waiting = anext(Ait(), None)
print("anext_awaitable", sys.getsizeof(waiting), gc.is_tracked(waiting))
waiting.close()
before = gc.get_count()[0]
kept = [iter(int, 1) for _ in range(5)]
print("counted", gc.get_count()[0] - before)
print(list(iter(iter([1, 2, 3]).__next__, 3)), list(unpacked), list(arrays))
