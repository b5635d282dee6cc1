# zoneinfo over the system's TZif files: offsets, names and DST in gaps and folds,
# before the first and after the last transition (the TZ-string rule), fromutc's fold, errors.
import zoneinfo, datetime as dt
from zoneinfo import ZoneInfo
ny = ZoneInfo('America/New_York'); par = ZoneInfo('Europe/Paris'); tok = ZoneInfo('Asia/Tokyo'); utc = ZoneInfo('UTC')
print(ny, repr(ny), ny.key, ZoneInfo('America/New_York') is ny, zoneinfo.TZPATH)
for z in [ny, par, tok, utc, ZoneInfo('Australia/Lord_Howe'), ZoneInfo('Asia/Kolkata'), ZoneInfo('America/Sao_Paulo'), ZoneInfo('Europe/London'), ZoneInfo('Pacific/Chatham')]:
    for d in [dt.datetime(1900, 1, 1), dt.datetime(1970, 6, 1), dt.datetime(2000, 1, 1, 12), dt.datetime(2021, 3, 14, 2, 30), dt.datetime(2021, 11, 7, 1, 30), dt.datetime(2021, 11, 7, 1, 30, fold=1), dt.datetime(2024, 7, 4), dt.datetime(2038, 6, 1), dt.datetime(2077, 10, 31, 2, 30), dt.datetime(2077, 10, 31, 2, 30, fold=1)]:
        a = d.replace(tzinfo=z)
        print(z, a.isoformat(), a.tzname(), a.utcoffset(), a.dst(), a.astimezone(dt.timezone.utc).isoformat())
    for u in [dt.datetime(2021, 11, 7, 5, 30), dt.datetime(2021, 11, 7, 6, 30), dt.datetime(2021, 3, 28, 0, 59), dt.datetime(2021, 3, 28, 1, 0), dt.datetime(2050, 10, 30, 0, 30), dt.datetime(2050, 10, 30, 1, 30), dt.datetime(1950, 5, 5)]:
        l = u.replace(tzinfo=dt.timezone.utc).astimezone(z)
        print(' ', l.isoformat(), l.fold, l.tzname())
print(dt.datetime(2024, 1, 1, tzinfo=par), repr(dt.datetime(2024, 1, 1, tzinfo=par)))
print(dt.datetime(2024, 3, 10, 12, tzinfo=ny) - dt.datetime(2024, 3, 9, 12, tzinfo=ny))
print(dt.datetime(2024, 6, 1, 12, tzinfo=tok).astimezone(ny).strftime('%Y-%m-%d %H:%M %Z %z'))
for k in ['../x', '/abs', 5, 'Nope/Zone', '']:
    try: zoneinfo.ZoneInfo(k)
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(isinstance(zoneinfo.ZoneInfoNotFoundError('x'), KeyError), len(zoneinfo.available_timezones()) > 300, 'America/New_York' in zoneinfo.available_timezones())
print(sorted(zoneinfo.available_timezones()) == sorted(zoneinfo.available_timezones()), str(ZoneInfo.no_cache('UTC')), ZoneInfo.no_cache('UTC') is utc)
import pickle; print(pickle.loads(pickle.dumps(ny)) is ny)
print(len(zoneinfo.available_timezones()), sorted(zoneinfo.available_timezones())[:5])
n = dt.datetime.now(ZoneInfo('Europe/Berlin')); print(n.tzinfo, type(n.utcoffset()).__name__)
print(dt.datetime.fromisoformat('2024-10-27T02:30:00').replace(tzinfo=ZoneInfo('Europe/Berlin')).utcoffset())
