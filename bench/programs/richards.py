# An operating-system task scheduler simulation (in the spirit of pyperformance's richards):
# task control blocks, packets passed between an idle task, a worker, two handlers and two
# devices; attribute-heavy method calls and linked lists.
import sys

# tests/py/programs/richards.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 150

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def running(self):
        self.packet_pending = self.task_waiting = self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        task.link = self.head
        self.head = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise LookupError("no task %d" % ident)
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue_packet(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.head
        while t is not None:
            if t.is_held_or_suspended():
                t = t.link
            else:
                self.current = t
                self.current_id = t.ident
                t = t.run_step()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state_fn):
        super().__init__()
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.link = None
        state_fn(self)
        sched.add(self)

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return old

    def run_step(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.waiting_with_packet()
        else:
            msg = None
        return self.fn(msg)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        self.control = 1
        self.count = count
        Task.__init__(self, sched, ident, priority, None, TaskState.running)

    def fn(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        self.pending = None
        Task.__init__(self, sched, ident, priority, None, TaskState.waiting_with_packet)
        self.packet_pending = False
        self.task_waiting = True

    def fn(self, pkt):
        s = self.sched
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return s.wait()
            self.pending = None
            return s.queue_packet(pkt)
        self.pending = pkt
        s.trace.append(pkt.datum)
        return s.hold_self()


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        self.work_in = None
        self.device_in = None
        Task.__init__(self, sched, ident, priority, queue, TaskState.waiting_with_packet)

    def fn(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        self.destination = HANDLER_A
        self.letter = 0
        Task.__init__(self, sched, ident, priority, queue, TaskState.waiting_with_packet)

    def fn(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return s.queue_packet(pkt)


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkTask(s, WORKER, 1000, wq)
    for handler, device, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s


total = 0
for rep in range(SCALE):
    s = simulate(1000 + rep * 7)
    total += s.qpkt_count * 31 + s.hold_count + sum(s.trace[-10:])
print(s.qpkt_count, s.hold_count, len(s.trace), s.trace[:12])
print("checksum", total)
