import gc

# __init__, __del__ and the moments an object dies.
log = []


class Connection:
    open_count = 0

    def __init__(self, host):
        self.host = host
        Connection.open_count += 1
        log.append("open " + host)

    def __del__(self):
        Connection.open_count -= 1
        log.append("close " + self.host)


def use(host):
    c = Connection(host)
    return c.host.upper()


print(use("a"), Connection.open_count)
conns = [Connection(h) for h in "xyz"]
print(Connection.open_count)
conns.pop()
print(Connection.open_count)
conns = None
print(Connection.open_count)
x = Connection("loop")
x.peer = Connection("peer")
x.peer.peer = x
x = None
print("cycle still open:", Connection.open_count)
gc.collect()
print("after collect:", Connection.open_count)
print(log)
