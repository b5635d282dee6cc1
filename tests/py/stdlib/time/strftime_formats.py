import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
for f in "aAbBcdHIjmMpSUwWxXyY%eCDFGghklnRrTtuVP":
    print(f, repr(time.strftime("%" + f, t)))
print(repr(time.strftime("%Y-%m-%dT%H:%M:%S", t)), repr(time.strftime("", t)), repr(time.strftime("no directives", t)))
print(repr(time.strftime("%", t)), repr(time.strftime("abc%", t)), repr(time.strftime("%Q %+ %i", t)))
print(repr(time.strftime("%-d %-m %_H %08Y %5Y %^a %#b %#p %^B %3e %-j", t)))
print(repr(time.strftime("%Ec %EY %Od %Oy %Ex %EX", t)))
g = time.gmtime(1000000000)
print(time.strftime("%a, %d %b %Y %H:%M:%S %Z %z", g))
for y in [5, 99, 999, 1900, 2000, 9999, 10000]:
    print(y, [time.strftime(f, (y, 6, 15, 0, 0, 0, 0, 166, 0)) for f in ["%Y", "%y", "%C", "%F", "%D", "%G", "%g"]])
for tup in [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2018, 12, 31, 0, 0, 0, 0, 365, 0), (2027, 1, 3, 0, 0, 0, 6, 3, 0)]:
    print(tup[:3], time.strftime("%U %W %V %G %g %u %w %j", tup))
print(time.strftime("%I %l %p", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%I %l %p", (2024, 1, 1, 12, 0, 0, 0, 1, 0)), time.strftime("%I %p", (2024, 1, 1, 23, 0, 0, 0, 1, 0)))
