# _thread's lock and RLock are GC objects in CPython 3.11 (heap types whose traverse visits the
# type): tracked, sized with the 16-byte GC header, counted by gc.get_count(), and referring
# to their type.
import _thread
import gc
import sys
import threading

lock = _thread.allocate_lock()
rlock = _thread.RLock()
print("tracked", gc.is_tracked(lock), gc.is_tracked(rlock), gc.is_tracked(threading.Lock()))
print("basicsize", type(lock).__basicsize__, type(rlock).__basicsize__)
print("getsizeof", sys.getsizeof(lock), sys.getsizeof(rlock), sys.getsizeof(threading.RLock()))
print("referents", gc.get_referents(lock) == [type(lock)], gc.get_referents(rlock) == [type(rlock)])
before = gc.get_count()[0]
locks = [_thread.allocate_lock() for _ in range(5)]
rlocks = [_thread.RLock() for _ in range(5)]
print("counted", gc.get_count()[0] - before)
del locks, rlocks
print("freed", gc.get_count()[0] - before)
condition = threading.Condition()
print("condition", gc.is_tracked(condition._lock), sys.getsizeof(condition._lock))
