import sys
sys.no_such_function()
