import sys
def run():
    try:
        print("working")
        sys.exit(2)
    finally:
        print("finally still runs")
run()
