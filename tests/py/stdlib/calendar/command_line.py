# calendar.main, the python -m calendar command line
import calendar
import sys


def run(*args):
    sys.stdout.flush()
    try:
        calendar.main(["calendar"] + list(args))
    except SystemExit as e:
        print("SystemExit", e.code)
    except IndexError as e:
        print("IndexError", e)
    sys.stdout.flush()
    print("--")


run("2024")
run("2024", "2")
run("-w", "3", "-l", "2", "2023", "11")
run("-s", "2", "-m", "4", "2021")
run("--width", "4", "--months", "2", "--spacing", "3", "--lines", "1", "2000")
run("-e", "utf-8", "2026", "1")
run("-t", "html", "-c", "my.css", "2022")
run("-t", "html", "-e", "ascii", "2020")
run("-t", "html", "2022", "3")
run("-L", "C", "2024")
run("-t", "pdf", "2024")
run("2024", "13")
run("x")
run("-h")
