# Observers that register themselves on a subject that holds them: a classic leak without gc.
import gc


class Subject:
    __slots__ = ("observers",)

    def __init__(self):
        self.observers = []


class Observer:
    __slots__ = ("subject",)

    def __init__(self, subject):
        self.subject = subject
        subject.observers.append(self)


gc.collect()
s = Subject()
obs = [Observer(s) for _ in range(5)]
del s, obs
print("subject + list + 5 observers:", gc.collect())
