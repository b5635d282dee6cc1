# Argument Clinic's order of checks for builtins called with keywords: a missing required
# argument is reported before an unknown keyword (pow(x=1)), and functions whose parameters are
# all positional-only say "takes no keyword arguments" with the qualified name CPython gives.
cases = [
 "pow(x=1)", "pow(2, x=1)", "pow(base=2)", "pow(2, exp=3, mod=None, z=1)", "round(x=1)", "round(1.5, x=1)", "round(number=1.5, ndigits=1, q=2)",
 "int.from_bytes(x=1)", "int.from_bytes(b'', x=1)", "int.from_bytes(b'', 'big', x=1)", "(1).to_bytes(x=1)", "(1).to_bytes(1, 'big', q=1)",
 "sorted([], x=1)", "sorted(iterable=[])", "min(1, 2, x=1)", "max([1], default=0, key=None, q=1)", "print(x=1)", "enumerate(x=1)", "enumerate([], start=1, x=2)",
 "'a'.split(x=1)", "'a'.split(',', sep=',')", "'a'.encode(q=1)", "'a'.encode('utf-8', 'strict', 3)", "'abc'.startswith(prefix='a')", "b''.find(x=1)", "bytearray().endswith(x=1)", "''.rindex(x=1)", "'a'.expandtabs(q=1)",
 "bytes(x=1)", "bytes('a', encoding='utf-8', q=1)", "str(x=1)", "str(b'', encoding='ascii', q=1)", "int(x=1)", "int('1', base=10, q=1)", "float(x=1)",
 "list(x=1)", "dict.fromkeys(x=1)", "[].sort(x=1)", "[].index(x=1)", "range(x=1)", "zip([], strict=True, x=1)", "map(x=1)", "open(q=1)", "open('f', mode='r', q=1)",
 "divmod(x=1, y=2)", "isinstance(obj=1, class_or_tuple=int)", "getattr(1, 'x', default=1)", "compile(source='', filename='', mode='exec', q=1)",
 "'{}'.format(q=1)", "bytearray(b'').decode(q=1)", "memoryview(obj=b'')", "memoryview(q=b'')", "slice(x=1)", "complex(real=1, q=2)", "complex(q=2)",
 "'a'.replace('a', 'b', count=1)", "'a'.ljust(width=3)", "'a'.splitlines(keepends=True, q=1)", "b'a'.split(sep=b'a', q=1)", "b''.hex(q=1)",
 "import itertools; itertools.count(q=1)", "import itertools; itertools.accumulate([], q=1)", "import math; math.isclose(1, 2, q=1)", "import math; math.isclose(a=1)",
 "import functools; functools.reduce(function=1)", "import collections; collections.deque(q=1)", "import operator; operator.itemgetter(q=1)", "import json; json.dumps(1, q=2)",
 "import struct; struct.pack(fmt='i')", "import struct; struct.Struct('i').unpack(x=1)", "import struct; struct.calcsize(x=1)", "open(__file__).read(1, 2)", "import re; re.compile('a').match(q=1)", "import re; re.compile('a').sub(repl='', string='', q=1)", ]
for c in cases:
    try:
        exec(c)
        print(c, "-> ok")
    except Exception as e:
        print(c, "->", e)
