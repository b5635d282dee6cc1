# A small stdin tool: input() with and without a prompt, the rest of stdin by lines, EOFError at the end, sys.exit with a message.
import sys
n = int(input())
nums = list(map(int, input().split()))
name = input("Name? ")
print(n, sum(nums), name.upper(), sys.argv)
for line in sys.stdin:
    print("line:", line.rstrip("\n"))
try:
    input()
except EOFError as e:
    print("EOF", repr(e))
sys.exit("fatal: done")
