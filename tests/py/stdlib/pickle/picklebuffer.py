# PickleBuffer: in-band and out-of-band protocol-5 buffers, errors.
import pickle
buf = pickle.PickleBuffer(b"abc")
print(pickle.dumps(buf, 5), pickle.loads(pickle.dumps(buf, 5)))
ba = pickle.PickleBuffer(bytearray(b"xyz"))
print(pickle.dumps(ba, 5), pickle.loads(pickle.dumps(ba, 5)))
bufs = []
data = pickle.dumps([buf, ba], 5, buffer_callback=bufs.append)
print(data, len(bufs), [bytes(b.raw()) for b in bufs])
print(pickle.loads(data, buffers=[b"111", bytearray(b"222")]))
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print(e)
try:
    pickle.dumps(buf, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except Exception as e:
    print(type(e).__name__, e)
print(bytes(buf.raw()), buf.raw().readonly)
buf.release()
try:
    buf.raw()
except ValueError as e:
    print(e)
