# 'python -m random' runs random._test(): each generator's summary (timings left out: they vary).
import contextlib
import io
import random

random.seed(12345)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    random._test(300)
for line in out.getvalue().splitlines():
    print(line.split(' sec, ')[-1])
print(random.random())
