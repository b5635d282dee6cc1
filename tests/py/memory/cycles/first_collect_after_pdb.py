# A user's first gc.collect() right after `import pdb` returns CPython's number: the cyclic
# garbage the import leaves (classes built and then replaced or thrown away).
import gc
import pdb

print("pdb:", gc.collect())
print("again:", gc.collect())
print(type(pdb).__name__)
