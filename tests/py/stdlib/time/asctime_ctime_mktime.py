import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
print(time.asctime(t), time.asctime(time.gmtime(0)), time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(time.gmtime(10**9)), time.asctime((2024, 12, 25, 9, 5, 3, 2, 360, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (1, 2)]:
    try:
        time.asctime(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime("%Y", time.gmtime(0)), time.gmtime(time.mktime(time.gmtime(10**9)) - time.timezone)[:6] if time.daylight == 0 else "dst")
print(time.mktime(time.localtime(1709647629)) == 1709647629, time.localtime(time.mktime((2024, 2, 30, 0, 0, 0, 0, 0, -1)))[:3])
print(time.ctime(0) == time.asctime(time.localtime(0)), time.ctime(10**9) == time.asctime(time.localtime(10**9)))
try:
    time.mktime((1, 2))
except TypeError as e:
    print("TypeError", e)
