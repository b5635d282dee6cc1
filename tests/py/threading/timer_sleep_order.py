# Sleeping threads wake in order of their wake-up time; Timer fires or is cancelled.
import threading
import time

order = []


def sleeper(name, secs):
    time.sleep(secs)
    order.append(name)


threads = [threading.Thread(target=sleeper, args=(n, s)) for n, s in
           [("slow", 0.3), ("fast", 0.1), ("medium", 0.2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)

fired = []
t = threading.Timer(0.02, fired.append, args=["fired"])
t.start()
t.join()
print(fired)
c = threading.Timer(5, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

# A thread that sleeps while another waits on an Event with a timeout.
ev = threading.Event()
log = []


def late_setter():
    time.sleep(0.3)
    log.append("setting")
    ev.set()


s = threading.Thread(target=late_setter)
s.start()
log.append(("short wait", ev.wait(0.05)))
log.append(("long wait", ev.wait(1)))
s.join()
print(log)

# join with a timeout on a thread that is still sleeping.
t = threading.Thread(target=time.sleep, args=(0.3,))
t.start()
t.join(0.05)
print("alive after short join:", t.is_alive())
t.join()
print("alive after join:", t.is_alive())

# Ping-pong with two events: strict alternation.
ping, pong = threading.Event(), threading.Event()
seq = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        seq.append(f"pong{i}")
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(3):
    seq.append(f"ping{i}")
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(seq)
