# How big are the objects of the standard library's C types? A tour with sys.getsizeof.
import collections
import csv
import io
import queue
import re
import sys
import threading
import zlib

objects = {
    "deque()": collections.deque(),
    "deque(range(100))": collections.deque(range(100)),
    "OrderedDict()": collections.OrderedDict(),
    "defaultdict(list)": collections.defaultdict(list),
    "Counter('hello')": collections.Counter("hello"),
    "SimpleQueue()": queue.SimpleQueue(),
    "threading.local()": threading.local(),
    "csv.reader([])": csv.reader([]),
    "csv.writer(StringIO())": csv.writer(io.StringIO()),
    "zlib.compressobj()": zlib.compressobj(),
    "zlib.decompressobj()": zlib.decompressobj(),
    "re.compile('a+b')": re.compile("a+b"),
    "re.compile('(a)(b)(c)')": re.compile("(a)(b)(c)"),
    "re.match('(a)(b)', 'ab')": re.match("(a)(b)", "ab"),
    "StringIO()": io.StringIO(),
    "BytesIO(b'x' * 100)": io.BytesIO(b"x" * 100),
}
for label, o in objects.items():
    print(f"{label:28} {type(o).__qualname__:14} {sys.getsizeof(o):6}")
