# strftime with datetime's own directives (%f, %z, %Z) among others, '%%' and a lone '%' at the end.
from datetime import *
d = datetime(2024, 2, 29, 1, 2, 3, 45, timezone(timedelta(hours=-3), "X%Y"))
for f in ["%f", "a%fb", "%%f", "%", "x%", "%%", "%z%Z%f", "%Y-%m-%d %H:%M:%S.%f", "", "%%%f%", "é%f✓", "%Q%f", "%Z"]:
    print(repr(f), repr(d.strftime(f)), repr(date(2024, 1, 2).strftime(f)), repr(time(1, 2, 3, 4).strftime(f)))
