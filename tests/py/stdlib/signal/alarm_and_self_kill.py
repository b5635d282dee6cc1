# A program's own signals: os.kill(os.getpid(), ...) runs the installed handler at once (SIGUSR1
# is not the host's: Node would start its debugger), SIG_IGN drops it, and the real-time timer
# (alarm, setitimer(ITIMER_REAL)) fires its SIGALRM handler in a busy loop, in time.sleep (which
# goes on after a handler that returns) and in signal.pause(): the usual timeout idiom.
import os
import signal, time
def h(s, f): print("handler", s, f.f_code.co_name)
signal.signal(signal.SIGINT, h)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(0.2)
print("after")
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(0.2)
print("ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.5)
    print("not reached")
except KeyboardInterrupt:
    print("KI")
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("usr2 ignored")
def usr1(signum, frame):
    print("usr1 handler", signal.Signals(signum).name, frame.f_lineno)
signal.signal(signal.SIGUSR1, usr1)
os.kill(os.getpid(), signal.SIGUSR1)
print("after usr1")



class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    print("alarm in", frame.f_code.co_name, signal.Signals(signum).name)
    raise Timeout("took too long")

def slow_search(n):
    total = 0
    i = 0
    while True:
        total += i * i
        i += 1
    return total

signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    slow_search(10)
except Timeout as e:
    print("timed out:", e)
finally:
    signal.alarm(0)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))

print(signal.alarm(5), signal.alarm(3), signal.alarm(0))
old = signal.setitimer(signal.ITIMER_REAL, 10)
print(old)
left, iv = signal.setitimer(signal.ITIMER_REAL, 0)
print(9.0 < left <= 10.0, iv)

ticks = []
def tick(signum, frame):
    ticks.append(signum)
    if len(ticks) == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
t0 = time.time()
while len(ticks) < 3 and time.time() - t0 < 5:
    pass
print("ticks", ticks, signal.getitimer(signal.ITIMER_REAL))

# sleep is resumed after a handler that returns (PEP 475)
signal.signal(signal.SIGALRM, lambda s, f: print("during sleep"))
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
time.sleep(0.3)
print("slept whole", time.monotonic() - t0 >= 0.29)

# a handler that raises ends the sleep
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
try:
    time.sleep(3)
except Timeout:
    print("sleep cut short", time.monotonic() - t0 < 1)

signal.signal(signal.SIGALRM, lambda s, f: print("paused until", s))
signal.setitimer(signal.ITIMER_REAL, 0.1)
signal.pause()
print("after pause")

signal.signal(signal.SIGALRM, signal.SIG_IGN)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
print("ignored alarm")

def compute():
    x = 0
    for i in range(10**9):
        x += i
    return x
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
compute()
