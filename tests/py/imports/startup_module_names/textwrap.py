# The program's own textwrap.py: python3 had not imported textwrap at startup, so a sibling
# script's `import textwrap` gets this file.
def dedent(text):
    return "the program's dedent"


if __name__ == "__main__":
    print("the program's textwrap.py runs as", __name__)
