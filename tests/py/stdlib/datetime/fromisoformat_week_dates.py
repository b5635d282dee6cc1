# ISO 8601 week dates in fromisoformat as python3 3.11 reads them: datetime splits a week date
# from its time where CPython's _find_isoformat_datetime_separator does (any one character
# separates: '2022W52520' is 2022W52 then 20:00), and date.fromisoformat reads the date at the
# start of a 7, 8 or 10 character string, an invalid week or weekday being an invalid string.
from datetime import datetime, date
for s in ["2022W52520", "2026W01516", "2025W01503", "2025W01512", "2025-W01003+00", "2025W014", "2025-W01-4", "2025-W01-4T10:30", "2025W014T10", "2025-W01", "2025W01", "2025W01T05", "2025-W01-", "2025-W01-4x", "2021W537", "2020W537", "2025-W53-1", "2025-W01-8", "2025-W00-1", "2025W0141030", "2025-01-04T10", "20250104T103000", "2025-W011", "2025W01-4", "2025-W01-4 12:00:00+05:30", "2025W"]:
    try:
        print(s, datetime.fromisoformat(s))
    except ValueError as e:
        print(s, "ValueError:", e)
    try:
        print(s, date.fromisoformat(s))
    except ValueError as e:
        print(s, "ValueError:", e)
for s in ['2025010499', '2025-01-0499', '20250104', '2025W0199', '2025W01-19', '2025-W0199', '2025-W01x1', '2025-W01-1x', '2025W01x', '2025W01xx', '2025-01-04', '2025-02-30', '2025-13-01', '2025-0101', '202501-01', '2025-W01xx', '2025W014xx', '２０２５-01-01', '2025-1-01', '', 'abcdefg', '2025-W011xx', '0000-01-01', '2025W537']:
    try: print(s, date.fromisoformat(s))
    except ValueError as e: print(s, e)
