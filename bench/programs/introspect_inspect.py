# Introspection-heavy code (in the spirit of frameworks doing dependency injection and
# argument validation): inspect.signature/bind/Parameter kinds, getmembers, getmro,
# isfunction/ismethod/isclass, unwrap of functools.wraps chains, getattr_static, __qualname__,
# code object attributes, frames via sys._getframe and inspect.currentframe, and dis opnames.
import dis
import functools
import hashlib
import inspect
import sys

# tests/py/bench_like/introspect_inspect.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


def validated(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and isinstance(ann, type) and not isinstance(value, ann):
                raise TypeError(f"{fn.__qualname__}: {name} must be {ann.__name__}, not {type(value).__name__}")
        return fn(*bound.args, **bound.kwargs)
    return wrapper


class Service:
    """A service with injectable dependencies."""
    version = "1.0"

    def __init__(self, name: str, retries: int = 3, *, verbose: bool = False):
        self.name = name
        self.retries = retries
        self.verbose = verbose

    @validated
    def handle(self, request: dict, /, timeout: float = 1.5, *extra, tag: str = "x", **opts) -> str:
        return f"{self.name}:{len(request)}:{timeout}:{len(extra)}:{tag}:{sorted(opts)}"

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def helper(a, b=2):
        return a + b

    @classmethod
    def create(cls, **kw):
        return cls(**kw)


class Cached(Service):
    @functools.cached_property
    def expensive(self):
        return sum(range(100))


def container_build(cls, registry):
    sig = inspect.signature(cls)
    kwargs = {}
    for name, p in sig.parameters.items():
        if name in registry:
            kwargs[name] = registry[name]
        elif p.default is p.empty:
            raise LookupError(f"cannot resolve {name}")
    return cls(**kwargs)


def describe(obj):
    out = []
    for name, value in inspect.getmembers(obj):
        if name.startswith("__"):
            continue
        kind = ("class" if inspect.isclass(value) else "method" if inspect.ismethod(value)
                else "function" if inspect.isfunction(value) else "routine" if inspect.isroutine(value)
                else "data")
        out.append(f"{name}:{kind}")
    return out


def frame_walk():
    f = inspect.currentframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def main():
    h = hashlib.md5()
    sig = inspect.signature(Service.handle)
    print(sig)
    print([(p.name, str(p.kind)) for p in sig.parameters.values()])
    print(inspect.signature(Service), inspect.signature(Service.helper), inspect.signature(Service.create))
    print(inspect.unwrap(Service.handle) is not Service.handle, Service.handle.__wrapped__.__name__)
    print(describe(Cached("c")))
    print([c.__name__ for c in inspect.getmro(Cached)])
    print(type(inspect.getattr_static(Cached, "expensive")).__name__, type(inspect.getattr_static(Service, "helper")).__name__)
    print(Service.handle.__qualname__, Cached.expensive.__class__.__name__, inspect.getdoc(Service))
    code = Service.__init__.__code__
    print(code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:4], code.co_name, code.co_flags & 0x20)
    print(sorted({i.opname for i in dis.get_instructions(Service.helper)} & {"RETURN_VALUE", "BINARY_OP", "LOAD_FAST"}))
    print(frame_walk()[:3], sys._getframe().f_code.co_name, sys._getframe(0).f_lineno > 0)
    print(inspect.isgeneratorfunction(frame_walk), inspect.iscoroutinefunction(main), inspect.isabstract(Service))
    svc = container_build(Service, {"name": "svc", "retries": 5})
    print(svc.retries, svc.handle({"a": 1}, 2.0, 7, 8, tag="t", z=1, a=2))
    try:
        svc.handle([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        sig.bind(svc, {}, 1.0, request=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        container_build(Service, {})
    except LookupError as e:
        print("LookupError:", e)
    total = 0
    for i in range(SCALE):
        s = inspect.signature(Service.handle)
        b = s.bind(svc, {"k": i}, i * 0.5, "e", tag=str(i % 5))
        b.apply_defaults()
        total += len(b.arguments)
        r = svc.handle({"k": i, "j": i}, float(i), *range(i % 4), tag="q", **{f"o{i % 3}": i})
        h.update(r.encode())
        h.update(" ".join(describe(svc)).encode())
        p = inspect.Parameter(f"p{i}", inspect.Parameter.KEYWORD_ONLY, default=i, annotation=int)
        s2 = s.replace(parameters=[*list(s.parameters.values())[:2], p], return_annotation=inspect.Signature.empty)
        h.update(str(s2).encode())
    print(total, h.hexdigest())


main()
