"""`heapstack -m unittest [names | discover ...]`: run tests named on the command line, or
discover them (test*.py under the current directory) when none are named."""

import sys

if sys.argv[0].endswith('__main__.py'):
    sys.argv[0] = 'heapstack -m unittest'  # python3 shows 'python3 -m unittest'

from unittest import main

main(module=None)
