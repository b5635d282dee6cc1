# open(..., 'rb'/'wb', buffering=1) warns (RuntimeWarning, at the caller's line) and uses the default
# buffer; text mode takes line buffering silently; the warning comes before the file is opened.
# A line-buffered text file passes a write holding '\n' or '\r' down to the file at once.
import os
import tempfile
import warnings

path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb", buffering=1) as f:
    f.write(b"abc\ndef\n")
with open(path, "rb", buffering=1) as f:
    print(f.read(), type(f).__name__)
with open(path, "r", buffering=1) as f:
    print(f.line_buffering, f.read().split())
try:
    open(path + ".missing", "rb", buffering=1)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        open(path, "rb", buffering=1)
    except RuntimeWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    open(path, "ab", buffering=1).close()
    print([(w.category.__name__, w.lineno) for w in caught])
# a line-buffered text file passes each line down: another reader sees it before close
text_path = path + ".txt"
lf = open(text_path, "w", buffering=1)
lf.write("first\n")
lf.write("partial")
print(repr(open(text_path).read()))
lf.write(" line\r")
print(repr(open(text_path, newline="").read()))
lf.reconfigure(line_buffering=False)
lf.write("more\n")
print(repr(open(text_path, newline="").read()))
lf.close()
print(repr(open(text_path, newline="").read()))
plain = open(path, "w")
plain.write("not yet\n")
print(repr(open(path).read()))
plain.reconfigure(line_buffering=True)
plain.write("now\n")
print(repr(open(path).read()))
plain.close()
os.remove(path)
os.remove(text_path)
