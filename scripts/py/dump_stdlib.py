"""The python3 side of the stdlib parser differential test (tests/parser/stdlib.test.ts).

    python3 dump_stdlib.py ROOT OUT.jsonl

Walks every .py file under ROOT (sorted), reads it as bytes, and writes one JSON line per file:
    {"file": "relative/path.py", "sha1": "<sha1 of ast.dump(tree, include_attributes=True)>"}
or, when CPython rejects the file,
    {"file": "relative/path.py", "error": [type name, msg, lineno, offset, end_lineno, end_offset]}

Results go to a file rather than a pipe so this process never blocks on a busy reader.
"""
import ast
import hashlib
import json
import os
import sys


def iter_python_files(root):
    for directory, subdirs, files in os.walk(root):
        subdirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(directory, name)


def describe(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return {"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    except (ValueError, RecursionError, MemoryError) as e:
        # e.g. "source code string cannot contain null bytes" is a ValueError in 3.11.
        return {"error": [type(e).__name__, str(e), None, None, None, None]}
    text = ast.dump(tree, include_attributes=True)
    # repr() escapes lone surrogates, so a dump is always valid UTF-8; surrogatepass is a guard.
    return {"sha1": hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()}


def main(root, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for path in iter_python_files(root):
            record = {"file": os.path.relpath(path, root)}
            record.update(describe(path))
            out.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
