"""The python3 half of `npm run bench:parse`.

    python3 time_ast_parse.py < files.json      (a JSON list of paths)

Reads every file as bytes first, then times only ast.parse() over all of them, and prints
{"seconds": wall, "cpu_seconds": cpu, "files": n, "syntax_errors": k} as JSON.
"""
import ast
import json
import sys
import time


def main():
    paths = json.load(sys.stdin)
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    errors = 0
    cpu_start = time.process_time()
    start = time.perf_counter()
    for path, source in sources:
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError):
            errors += 1
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "files": len(sources),
                      "syntax_errors": errors}))


if __name__ == "__main__":
    main()
