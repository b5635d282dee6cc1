import sys
sys.stdin.reconfigure(encoding="latin-1", errors="strict")
print(sys.stdin.encoding, sys.stdin.errors)
print(repr(sys.stdin.readline()))
sys.stdin.reconfigure(line_buffering=False)
for kw in ({"encoding": "utf-8"}, {"errors": "replace"}, {"newline": None}, {"newline": "\n"}):
    try:
        sys.stdin.reconfigure(**kw)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(sys.stdin.read()))
