# Argument-clinic style errors name None as "None", not "NoneType" (_PyArg_BadArgument), across
# builtins, str/bytes/float/int methods, type(), compile(), heapq, array, struct, sys, time, io.
import heapq, array, struct, sys, time, collections, json, io, os, types
f = open(os.devnull, "w")
cases = ["heapq.heappush(None, 1)", "heapq.heappop(None)", "heapq.heapify(None)", "heapq.heapreplace(None, 1)", "heapq.heappushpop(None, 1)",
 "array.array(None)", "array.array('u').fromunicode(None)", "struct.Struct(None)", "struct.pack_into('i', None, 0, 1)", "sys.intern(None)", "time.strftime(None)",
 "json.loads(None)", "io.StringIO(None, newline=5)", "io.StringIO(5)", "io.StringIO().write(None)", "exec('1', None, 5)", "exec('1', 5)", "print(1, sep=5)", "print(1, end=5)",
 "format(1, None)", "compile('1', 's', None)", "(1).__format__(None)", "(1.0).__format__(None)", "(1j).__format__(None)", "float.fromhex(None)", "bytes.fromhex(None)",
 "[1][None]", "(1,)[None]", "b'a'[None]", "bytearray(b'a')[None]", "range(3)[None]", "bytes('a', None)", "bytes('a', 'utf-8', None)", "bytearray('a', None)", "b'a'.decode(None)",
 "'a'.startswith(None)", "b'a'.startswith(None)", "b'a'.split(None)", "b'a'.strip(5)", "super(None, 1)", "type(None, (), {})", "type('X', None, {})", "type('X', (), None)",
 "(1).to_bytes(1, None)", "memoryview(b'a').tobytes(None)", "open('x', encoding=5)", "float.__getformat__(None)", "'a'.join([None])", "sorted([1], key=5)", "'{}'.format_map(None)",
 "'a'.encode(None)", "'a'.encode('utf-8', None)", "str(b'a', None)", "int('1', None)", "'%s' % None", "getattr(1, None)", "setattr(1, None, 2)", "'a'.split(5)", "'a'.replace(None, 'b')",
 "'a'.count(None)", "'a'.find(None)", "'a' in None", "None in 'a'", "'a'.strip(5)", "'a'.center(None)", "'a'.zfill(None)", "chr(None)", "ord(None)", "len(None)", "iter(None)", "hash(None) and None + 1",
 "'a' * None", "[1] * None", "divmod(None, 1)", "round(None)", "abs(None)", "int(None)", "float(None)", "complex(None)", "bytes(None)", "list(None)", "dict(None)", "set(None)", "min(None)", "sum(None)",
 "collections.deque(None)", "os.path.join(None)", "os.fspath(None)", "isinstance(1, None)", "issubclass(int, None)", "math.sqrt(None)" if False else "pow(None, 2)", "'x'.translate(None) + None",
 "'x'.__format__(None)", "'x'.removeprefix(None)", "'x'.removesuffix(None)", "f.write(None)", "memoryview(b'a').cast(None)", "types.ModuleType(None)",
         "types.TracebackType(None, None, 0, 0)", "io.open_code(None)", "types.FunctionType(None, {})", "types.FunctionType((lambda: 0).__code__, None)"]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
for c in ["io.BytesIO(b'ab').readinto(None)", "json.encoder.c_make_encoder(None, None, None, None, None, None, None, None, None)", "b'a'.center(3, None)", "float.fromhex(5)"]:
    try:
        eval(c)
    except TypeError as e:
        print(c, "->", e)
