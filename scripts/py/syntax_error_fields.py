"""Shows the SyntaxError attributes CPython 3.11 produces for one file, in both input modes.

    python3 syntax_error_fields.py FILE

- "string": ast.parse(bytes, FILE) -- what heapstack's parse(bytes, {filename}) must match
  (the stdlib differential test compares these).
- "file": what `python3 FILE` reports -- CPython then reads the source through its FILE*
  tokenizer, whose decoding errors and error lines differ from the string tokenizer's. It is
  obtained by calling the C API PyRun_SimpleFileExFlags on the file through ctypes with a
  sys.excepthook that records the exception instead of printing it.
"""
import ast
import ctypes
import json
import sys


def fields(e):
    if not isinstance(e, SyntaxError):
        return {"type": type(e).__name__, "str": str(e)}
    return {"type": type(e).__name__, "msg": e.msg, "filename": e.filename, "lineno": e.lineno,
            "offset": e.offset, "text": e.text, "end_lineno": e.end_lineno,
            "end_offset": e.end_offset}


def string_mode(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        ast.parse(source, path)
    except Exception as e:
        return fields(e)
    return None


def file_mode(path):
    recorded = []
    sys.excepthook = lambda kind, value, tb: recorded.append(fields(value))
    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    fp = libc.fopen(path.encode(), b"rb")
    if not fp:
        raise OSError(f"cannot open {path}")
    run = ctypes.pythonapi.PyRun_SimpleFileExFlags
    run.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
    # Compiles (and, if it compiles, runs) the file exactly as `python3 FILE` does.
    run(fp, path.encode(), 1, None)
    sys.excepthook = sys.__excepthook__
    return recorded[0] if recorded else None


if __name__ == "__main__":
    target = sys.argv[1]
    print(json.dumps({"string": string_mode(target), "file": file_mode(target)}, indent=1,
                     ensure_ascii=False))
