import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\nwhitespace\there  ", 40))
print(repr(textwrap.shorten("", 5)))
for w in (6, 7, 15, 30):
    print(w, textwrap.shorten("The quick brown fox jumped over the lazy dog", w))
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError", e)
print(textwrap.shorten("verylongwordwithoutspaces and more", 15))
