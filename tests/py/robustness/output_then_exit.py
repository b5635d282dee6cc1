# sys.exit inside nested try/finally: every finally prints, the output before is kept, the
# exit status is the one given.
import sys

print("start")
try:
    try:
        for i in range(2000):
            print(i)
        sys.exit(3)
    finally:
        print("inner finally")
finally:
    print("outer finally", end="")
