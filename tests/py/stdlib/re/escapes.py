# escapes outside classes: numeric, control, categories, literal punctuation, errors
import re

for pat, s in [(r"\x41\u0042\U00000043", "ABC"), (r"\101\0\07", "A\x00\x07"), (r"\a\f\v\t\n\r", "\a\f\v\t\n\r"),
               (r"\\", "\\"), (r"\.\*\+\?\(\)\[\]\{\}\|\^\$", ".*+?()[]{}|^$"), (r"\-\&\~\#\ \'\"", "-&~# '\""),
               (r"\é", "é"), (r"\%\@\/\:", "%@/:"), (r"\x00", "\x00"), (r"\0012", "\x012"), (r"\1234", "S4")]:
    print(ascii(pat), re.fullmatch(pat, s) is not None)
for bad in [r"\q", "\\", "a\\", r"\x4", r"\x4g", r"\u12", r"\U1234", r"\U00110000", r"\400", r"\777",
            r"\8", r"\9", r"\c", r"\e", r"\g", r"\i", r"\j", r"\k", r"\l", r"\m", r"\o", r"\p", r"\y", r"\z",
            r"\C", r"\E", r"\F", r"\G", r"\H", r"\K", r"\R", r"\X", r"\N", r"\N{", r"\N{}"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "->", e)
for bad in [rb"\u0041", rb"\U00000041", rb"\N{LATIN SMALL LETTER A}", rb"\x4"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "->", e)
