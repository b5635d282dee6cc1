# Argument errors of the datetime constructors and replace() methods (C functions in CPython).
import datetime as D
d = D.date(2020, 1, 1); dt = D.datetime(2020, 1, 1, 5); t = D.time(3)
calls = {
 "today1": lambda: D.date.today(1), "todaykw": lambda: D.date.today(x=1), "dttoday": lambda: D.datetime.today(1),
 "fo0": lambda: D.date.fromordinal(), "fo2": lambda: D.date.fromordinal(1, 2), "fokw": lambda: D.date.fromordinal(n=1), "fostr": lambda: D.date.fromordinal("x"), "fofl": lambda: D.date.fromordinal(1.5),
 "dtfo": lambda: D.datetime.fromordinal(), "dtfo2": lambda: D.datetime.fromordinal(738000),
 "r_foo": lambda: d.replace(foo=1), "r4": lambda: d.replace(1, 2, 3, 4), "r_none": lambda: d.replace(year=None), "r_kw": lambda: d.replace(month=5), "r_dup": lambda: d.replace(2021, year=2022), "r_str": lambda: d.replace("x"),
 "dr_foo": lambda: dt.replace(foo=1), "dr9": lambda: dt.replace(1, 2, 3, 4, 5, 6, 7, None, 0), "dr_fold": lambda: dt.replace(fold=1), "dr_tz": lambda: dt.replace(tzinfo=D.timezone.utc), "dr_none": lambda: dt.replace(hour=None), "dr_tzbad": lambda: dt.replace(tzinfo=1),
 "tr_foo": lambda: t.replace(foo=1), "tr": lambda: t.replace(minute=4), "tr6": lambda: t.replace(1, 2, 3, 4, None, 0), "tr_none": lambda: t.replace(tzinfo=None),
 "now2": lambda: D.datetime.now(1), "nowkw": lambda: D.datetime.now(foo=1), "utcnow": lambda: D.datetime.utcnow(1),
 "ts": lambda: D.date.fromtimestamp(), "tsx": lambda: D.date.fromtimestamp("x"),
 "td": lambda: D.timedelta(foo=1), "td2": lambda: D.timedelta(1, 2, 3, 4, 5, 6, 7, 8),
}
for k, f in calls.items():
    try:
        r = f()
        print(k, "->", r if k not in ("today1",) else "?")
    except Exception as e:
        print(k, type(e).__name__, e)
