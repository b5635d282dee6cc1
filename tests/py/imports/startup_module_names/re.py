# The program's own re.py: a sibling script's `import re` still gets the standard module.
print("the program's re.py runs as", __name__)
