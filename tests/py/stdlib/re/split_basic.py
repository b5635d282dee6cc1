# split: separators, captured separators, maxsplit, unmatched groups
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"\W+", "Words, words", -1), re.split(r"\W+", "Words, words", 0))
print(re.split("[a-f]+", "0a3B9", flags=re.I))
print(re.split(r"(\W+)?", "a, b"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split("x", ""), re.split("x", "x"), re.split("x", "axbx"))
print(re.split(b",", b"a,b,,c"), re.split(b"(,)", bytearray(b"a,b")))
print(re.compile(r"\s*").split("a b  c"))
print(re.split("((a)|b)", "xaybz"))
try:
    re.split("a", "b", "c")
except TypeError as e:
    print(e)
