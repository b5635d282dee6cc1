# os.times() as benchmarks read it, and threading.stack_size() as deep-recursion programs set it.
import os
import threading

for size in [-1, 100, 'x', 2 ** 70]:
    try:
        print(threading.stack_size(size))
    except Exception as e:
        print(type(e).__name__, e)
print(threading.stack_size(), threading.stack_size(0), threading.stack_size(),
      threading.stack_size(2 ** 26), threading.stack_size(), threading.stack_size(0))
t = os.times()
print(type(t).__name__, type(t).__module__, len(t), t.children_user, t[2], t.children_system,
      isinstance(t.user, float), t.user >= 0, t.system >= 0, t.elapsed > 0, t.n_fields)
a = os.times().elapsed
sum(range(10000))
print(os.times().elapsed >= a)
