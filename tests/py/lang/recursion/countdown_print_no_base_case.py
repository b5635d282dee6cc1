# The classic runaway recursion: print at every level and no base case. At the limit the
# failing operation is print's write to sys.stdout, not str(n): print itself takes no recursion
# level once the function is warm (3.11 specialises the call), but the call of stdout's write
# does (and under PYTHONUNBUFFERED, TextIOWrapper's write-through to its buffer one more).
def countdown(n):
    print(n)
    countdown(n - 1)


countdown(10)
