# The default hook's report for a failing gc callback.
import gc


class BadCallback:
    def __repr__(self):
        return "<BadCallback>"

    def __call__(self, phase, info):
        if phase == "stop":
            raise RuntimeError("stop phase failed")


gc.callbacks.append(BadCallback())
print("collected:", gc.collect())
gc.callbacks.clear()
print("end")
