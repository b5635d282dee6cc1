# A user's first gc.collect() right after `import subprocess` returns CPython's number: the cyclic
# garbage the import leaves (classes built and then replaced or thrown away).
import gc
import subprocess

print("subprocess:", gc.collect())
print("again:", gc.collect())
print(type(subprocess).__name__)
