# At exit the only observer of the interpreter's teardown is gc.callbacks: its collections still run.
import gc
def cb(phase, info):
    if phase == "stop":
        print("gc", info["generation"], "collected", info["collected"] > 0)
gc.callbacks.append(cb)
print("end")
