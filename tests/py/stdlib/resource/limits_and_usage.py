# resource as recursion-heavy programs use it: raise the stack limit next to
# sys.setrecursionlimit, read getrusage's fields; the errors CPython gives.
import resource
import sys

print(sorted(x for x in dir(resource) if not x.startswith('_')))
print(resource.RLIM_INFINITY, resource.RLIMIT_STACK, resource.RLIMIT_NOFILE, resource.RUSAGE_SELF,
      resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD, resource.getpagesize(), resource.error)
soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
print(type(soft).__name__, type(hard).__name__)
resource.setrlimit(resource.RLIMIT_STACK, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
print(resource.getrlimit(resource.RLIMIT_STACK))
resource.setrlimit(resource.RLIMIT_STACK, [2 ** 26, -1])
print(resource.getrlimit(resource.RLIMIT_STACK), resource.prlimit(0, resource.RLIMIT_STACK))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, len(usage), usage.ru_maxrss > 0, usage.ru_utime >= 0.0,
      usage[2] == usage.ru_maxrss, type(usage).n_fields, type(usage).__module__)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss >= 0)
print(resource.struct_rusage.__doc__)
for args in [(99, (1, 1)), (resource.RLIMIT_STACK, (5,)), (resource.RLIMIT_STACK, 5),
             (resource.RLIMIT_CORE, (10, 5)), (resource.RLIMIT_STACK, ('a', 1)), ('x', (1, 1))]:
    try:
        resource.setrlimit(*args)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: resource.getrlimit(99), lambda: resource.getrlimit(-1), lambda: resource.getrusage(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

sys.setrecursionlimit(100000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(20000))
