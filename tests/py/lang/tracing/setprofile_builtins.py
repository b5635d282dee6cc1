# sys.setprofile: call/return of Python frames and c_call/c_return around builtins (len, sorted
# with a Python key, sum over a generator, a method descriptor); int('x') is a type: no c_ events
import sys
ev = []
def prof(frame, event, arg):
    name = arg.__name__ if event.startswith('c_') else None
    ev.append((event, frame.f_code.co_name, frame.f_lineno, name))
def sq(x):
    return x * x
def gen():
    yield 1
    yield 2
def main():
    a = len([1, 2, 3])
    b = sorted([3, 1, 2], key=sq)
    c = sum(gen())
    try:
        int('x')
    except ValueError:
        pass
    d = [1].append(2)
    return a, b, c
print(sys.getprofile())
sys.setprofile(prof)
main()
sys.setprofile(None)
for e in ev:
    print(*e)
print(sys.getprofile())
