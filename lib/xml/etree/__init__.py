# heapstack: the ElementTree package (see ElementTree.py).
