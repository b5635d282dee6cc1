import sys, random, functools, operator, itertools, _random
print(sys.getsizeof(random.Random()), sys.getsizeof(_random.Random()), sys.getsizeof(functools.partial(print)), sys.getsizeof(functools.lru_cache(print)))
print(sys.getsizeof(operator.itemgetter(1)), sys.getsizeof(operator.itemgetter(1, 2)), sys.getsizeof(operator.attrgetter("a")), sys.getsizeof(operator.methodcaller("a")))
print(sys.getsizeof(functools.cmp_to_key(print)), sys.getsizeof(functools.cmp_to_key(print)(1)))
class P(functools.partial): pass
print(sys.getsizeof(P(print)))
import gc
print(gc.is_tracked(functools.partial(print)), gc.is_tracked(operator.itemgetter(1)), gc.is_tracked(itertools.count()), gc.is_tracked(_random.Random()))
