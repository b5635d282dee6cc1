def risky(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise

print(wrapper(1))
try:
    wrapper(5)
except ValueError as e:
    print("outer caught", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

wrapper(7)
