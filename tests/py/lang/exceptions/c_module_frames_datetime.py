# An exception raised inside a module CPython writes in C (here _datetime) shows only the
# caller's line in the traceback; tb_next chains agree too.
import datetime
import traceback

for args in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1)]:
    try:
        datetime.date(*args)
    except ValueError as e:
        frames = traceback.extract_tb(e.__traceback__)
        print(args, e, [f.name for f in frames])

try:
    datetime.timedelta(days=10**9)
except OverflowError as e:
    print(e, len(traceback.extract_tb(e.__traceback__)))


def parse(text):
    return datetime.date.fromisoformat(text)


try:
    parse("2020-99-01")
except ValueError:
    traceback.print_exc()

datetime.datetime(2021, 1, 1, hour=25)
