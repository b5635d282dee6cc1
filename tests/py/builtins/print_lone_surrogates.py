# A str with a lone high surrogate cannot go to stdout: TextIOWrapper.write encodes at once, so
# print() raises UnicodeEncodeError and writes nothing of that call; stderr (backslashreplace)
# shows the surrogate escaped. A surrogate pair is one astral character and prints normally.
import sys

print("pair \U0001f600 ok")
for text in ["lone \ud800 here", "\udbff", "end \ud83d"]:
    try:
        print(text)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    sys.stdout.write("w \ud801\n")
except UnicodeEncodeError as e:
    print("write:", e)
sys.stderr.write("err \ud800 and \udcff\n")
print("done")
print("last \ud800")
