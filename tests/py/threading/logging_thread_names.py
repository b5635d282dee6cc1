# LogRecord.threadName is the emitting thread's name (%(threadName)s in a format), MainThread without threading
import logging, threading
logging.basicConfig(format="%(threadName)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("w")
def work(n):
    log.info("working on %d", n)
ts = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(3)]
for t in ts:
    t.start()
    t.join()
log.warning("done in %s", threading.current_thread().name)
t = threading.Thread(target=work, args=(9,))
t.start(); t.join()
r = logging.makeLogRecord({})
print(r.threadName, isinstance(r.thread, int))
