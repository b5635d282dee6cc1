"""Readable AST of one file as CPython 3.11 sees it, for diffing against heapstack's.

    python3 dump_one.py FILE

Prints ast.dump(ast.parse(bytes, FILE), include_attributes=True, indent=1), or one line
describing the SyntaxError, in the same format scripts/diff-ast.ts produces for heapstack.
"""
import ast
import json
import sys


def main(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        print(f"{type(e).__name__}: {json.dumps(e.msg, ensure_ascii=False)} lineno={e.lineno} "
              f"offset={e.offset} end_lineno={e.end_lineno} end_offset={e.end_offset}")
        return
    except (ValueError, RecursionError, MemoryError) as e:
        print(f"{type(e).__name__}: {json.dumps(str(e), ensure_ascii=False)}")
        return
    print(ast.dump(tree, include_attributes=True, indent=1))


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    main(sys.argv[1])
