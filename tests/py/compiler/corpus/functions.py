def simple():
    pass

def with_doc():
    """Docstring."""
    return 1

def params(a, b, /, c, d=1, *args, e, f=2, **kwargs) -> int:
    return a + b + c + d + e + f

def annotated(a: int, b: "str" = "x", *c: float, d: list[int], **e: dict) -> None:
    x: int = 1
    y: str

@decorator
@decorator2(arg)
def decorated():
    pass

def closure():
    x = 1
    y = 2
    def inner():
        nonlocal x
        x += y
        return x
    return inner

def closure_arg(a, b):
    def inner():
        return a
    return inner

def gen():
    yield 1
    x = yield
    yield from range(3)
    return 5

def gen_in_loop(n):
    for i in range(n):
        yield i * 2

async def coro():
    await something()
    async with ctx() as c:
        await c.do()
    async for item in aiter():
        print(item)
    return 1

async def async_gen():
    yield 1
    await x

def defaults(a=[], b={}, c=(1, 2), *, d=None, e=lambda: 1):
    return a, b, c, d, e

def kwonly_defaults(*, a, b=2, c):
    pass

def recursive(n):
    if n <= 1:
        return 1
    return n * recursive(n - 1)

def globals_():
    global G
    G = 1
    return G

def multiple_returns(x):
    if x:
        return 1
    else:
        return 2

def return_in_loop(xs):
    for x in xs:
        if x:
            return x
    return None

def star_args(*args, **kwargs):
    return f(*args, **kwargs)

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
