# select and selectors over the descriptors a program has: its standard streams (pipes: the
# input already written and closed, the output writable) and files (always ready; epoll
# refuses them). select.select/poll/epoll report readiness and errors as the C module does;
# the selectors keep their keys and map poll events back to EVENT_READ/EVENT_WRITE.
import os
import select
import selectors
import sys
import tempfile

print(select.select([sys.stdin], [sys.stdout, 1], [], 0), select.select([], [], [], 0.01))
for args in [([-1], [], [], 0), (5, [], [], 0), ([], [], [], -1), ([], [], [], "x"), (["x"], [], [], 0)]:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(repr(e))

poller = select.poll()
poller.register(0)
poller.register(sys.stdout, select.POLLOUT)
print(poller.poll(0))
poller.modify(0, select.POLLIN)
print(poller.poll(10))
for call in (lambda: poller.modify(7, select.POLLIN), lambda: poller.unregister(5)):
    try:
        call()
    except (OSError, KeyError) as e:
        print(repr(e))

with select.epoll() as ep:
    print(ep.closed, ep.fileno() > 2)
    ep.register(sys.stdout.fileno(), select.EPOLLOUT | select.EPOLLIN)
    ep.register(0, select.EPOLLIN)
    print(ep.poll(timeout=0.01, maxevents=5))
    for call in (lambda: ep.register(1), lambda: ep.modify(9, select.EPOLLIN)):
        try:
            call()
        except OSError as e:
            print(repr(e))
    ep.unregister(1)
    try:
        ep.unregister(1)
    except OSError as e:
        print(repr(e))
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print(e)

with tempfile.TemporaryFile() as f:
    print(select.select([f], [f], [f], 0)[0] == [f])
    with select.epoll() as ep:
        try:
            ep.register(f, select.EPOLLIN)
        except OSError as e:
            print(repr(e))

sel = selectors.DefaultSelector()
print(type(sel).__name__)
key = sel.register(sys.stdout, selectors.EVENT_WRITE, data="x")
print(key)
print(sel.select(0), len(sel.get_map()), list(sel.get_map()), sel.get_key(sys.stdout) is key)
for call in (lambda: sel.register(sys.stdout, selectors.EVENT_WRITE), lambda: sel.register(sys.stdin, 0),
             lambda: sel.get_key(5), lambda: sel.register("x", 1), lambda: sel.unregister(7)):
    try:
        call()
    except (KeyError, ValueError) as e:
        print(repr(e))
print(sel.modify(sys.stdout, selectors.EVENT_READ | selectors.EVENT_WRITE, "y"))
print(sel.modify(sys.stdout, selectors.EVENT_READ | selectors.EVENT_WRITE, "z"))
print(sel.unregister(1))
sel.close()
print(sel.get_map())

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as s:
        s.register(0, selectors.EVENT_READ, "in")
        s.register(1, selectors.EVENT_WRITE | selectors.EVENT_READ, "out")
        print(cls.__name__, [(k.fd, k.data, ev) for k, ev in s.select(timeout=0.01)])
        print(sys.stdin.readline().rstrip())
print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
print(issubclass(selectors.EpollSelector, selectors.BaseSelector), selectors.DefaultSelector is selectors.EpollSelector)
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.EPOLLET, select.PIPE_BUF, select.error)
print([name for name in dir(select) if not name.startswith("__")])

# os.pipe(): the read end is ready while it holds unread bytes, hung up once the write end closes
r, w = os.pipe()
pipe_poller = select.poll()
pipe_poller.register(r, select.POLLIN)
print(select.select([r], [w], [], 0), pipe_poller.poll(0))
os.write(w, b"hi")
print(select.select([r], [w], [], 0), pipe_poller.poll(0), os.read(r, 2))
print(select.select([r], [], [], 0))
os.close(w)
print(select.select([r], [], [], 0), pipe_poller.poll(0))
with selectors.SelectSelector() as s:
    s.register(r, selectors.EVENT_READ, "pipe")
    print([(k.data, ev) for k, ev in s.select(0)], os.read(r, 10))
os.close(r)
