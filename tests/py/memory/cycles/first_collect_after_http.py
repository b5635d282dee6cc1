# A user's first gc.collect() right after `import http` returns CPython's number: the cyclic
# garbage the import leaves (classes built and then replaced or thrown away).
import gc
import http

print("http:", gc.collect())
print("again:", gc.collect())
print(type(http).__name__)
