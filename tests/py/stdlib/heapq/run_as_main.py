# 'python -m heapq' runs the module's doctests and prints their TestResults.
import runpy
import sys

sys.argv = ['heapq']
namespace = runpy.run_module('heapq', run_name='__main__', alter_sys=True)
print(sorted(name for name in ('merge', 'heappush', 'nlargest') if name in namespace))
