# PEP 495 inter-zone equality: a datetime whose utcoffset depends on fold (in a fold or a gap)
# is never equal to a datetime of another tzinfo, even at the same UTC instant.
from datetime import datetime, timedelta, timezone, tzinfo

class Eastern(tzinfo):
    # US Eastern with 2002's rules: DST from 2002-04-07 02:00 to 2002-10-27 02:00
    def utcoffset(self, dt):
        start = datetime(2002, 4, 7, 2)
        end = datetime(2002, 10, 27, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=-4 if dt.fold else -5)   # the gap
        if end <= naive < end + timedelta(hours=1):
            return timedelta(hours=-5 if dt.fold else -4)   # the fold
        if start + timedelta(hours=1) <= naive < end:
            return timedelta(hours=-4)
        return timedelta(hours=-5)
    def tzname(self, dt):
        return "E"

E = Eastern()
t_fold = datetime(2002, 10, 27, 1, 45, tzinfo=E)
t_fold_utc = t_fold.astimezone(timezone.utc)
t_gap = datetime(2002, 4, 7, 2, 45, tzinfo=E)
t_gap_utc = t_gap.astimezone(timezone.utc)
t_plain = datetime(2002, 6, 1, 12, tzinfo=E)
t_plain_utc = t_plain.astimezone(timezone.utc)
print(t_fold_utc, t_gap_utc, t_plain_utc)
print(t_fold == t_fold_utc, t_fold != t_fold_utc, t_fold_utc == t_fold, t_fold <= t_fold_utc, t_fold >= t_fold_utc)
print(t_gap == t_gap_utc, t_gap != t_gap_utc, t_gap_utc == t_gap, t_gap < t_gap_utc)
print(t_plain == t_plain_utc, t_plain != t_plain_utc)
print(t_fold == t_fold.replace(fold=1), t_fold == datetime(2002, 10, 27, 1, 45, tzinfo=E))
print(t_fold.replace(fold=1) == t_fold.replace(fold=1).astimezone(timezone.utc))
print(len({t_plain, t_plain_utc}), t_fold.utcoffset(), t_fold.replace(fold=1).utcoffset())
