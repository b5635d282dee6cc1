# sys.stdout.reconfigure with another codec changes the bytes print writes (they were UTF-8 whatever the
# encoding), with the codec's error handling; stderr likewise. The last print cannot encode
# under ascii/strict and ends the program with UnicodeEncodeError.
import sys

print("before é")
sys.stdout.reconfigure(encoding="latin-1")
print("latin-1: é ü ÿ")
sys.stdout.write("more ñ\n")
sys.stdout.reconfigure(encoding="ascii", errors="replace")
print("ascii replace: é 日本")
sys.stdout.reconfigure(errors="backslashreplace")
print("ascii backslash: é 😀")
sys.stdout.reconfigure(encoding="utf-8")
print("utf-8 again: é 😀")
sys.stderr.reconfigure(encoding="latin-1")
print("stderr é", file=sys.stderr)
sys.stdout.reconfigure(encoding="cp1252")
print("cp1252 €", sys.stdout.encoding)
sys.stdout.reconfigure(encoding="ascii", errors="strict")
print("strict é")
