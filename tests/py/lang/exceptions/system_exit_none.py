import sys
print("clean exit")
sys.exit()
print("never")
