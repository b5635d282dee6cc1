"""The concurrent package: concurrent.futures (heapstack's own)."""
