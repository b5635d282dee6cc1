# A format string with no conversion gives itself back from % and str.format, as CPython's writer returns the
# string it was handed whole (a str subclass instance included); '%%' or a conversion make a new one.
class S(str):
    pass


text = "abcde"
s = S("xyz")
u = "héllo wörld"
print(text % () is text, text % {} is text, text % [] is text, u % () is u)
r = s % ()
print(type(r).__name__, r is s)
print("a%%b" % (), "%s" % text is text, ("%d" % 5) == "5")
for bad in (5, "x", (1,)):
    try:
        text % bad
    except TypeError as e:
        print("TypeError:", e)
print(repr("" % ()), text.format() is text)
# str.format and format_map likewise, when there is no field and no escaped brace
print(s.format() is s, type(s.format()).__name__, u.format_map({}) is u, "ab{{c".format() == "ab{c", "abc".format(1, x=2))
