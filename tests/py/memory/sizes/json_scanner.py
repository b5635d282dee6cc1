# json's C scanner (JSONDecoder.scan_once) is a PyScannerObject: strict, five hooks and the memo
# dict, 72 bytes and the GC header.
import gc
import json
import sys

decoder = json.JSONDecoder()
scanner = decoder.scan_once
print(type(scanner).__name__, type(scanner).__basicsize__, sys.getsizeof(scanner), gc.is_tracked(scanner))
print(scanner('{"a": [1, 2.5, null]}', 0))
