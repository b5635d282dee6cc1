"""Iterate over the lines of several files (or standard input) as one stream.

    import fileinput
    for line in fileinput.input():
        process(line)

Files come from the argument or from sys.argv[1:]; "-" (or no file at all) means standard
input. filename(), lineno(), filelineno(), isfirstline(), isstdin(), nextfile() and close()
describe and steer the stream that input() created. With inplace=True each file is moved
aside and standard output is redirected into a new file of the original name.

heapstack's own implementation.
"""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno",
           "filelineno", "fileno", "isfirstline", "isstdin", "FileInput",
           "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r",
          openhook=None, encoding=None, errors=None):
    """Start reading the lines of `files`: a FileInput (an iterator) that the module's
    functions then describe. Arguments as FileInput's."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError("input() " + "already active")
    opts = dict(mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    _state = FileInput(files, inplace, backup, **opts)
    return _state


def _active():
    if _state is None:
        raise RuntimeError("no active " + "input()")
    return _state


def close():
    """Close the sequence."""
    global _state
    state = _state
    _state = None
    if state is not None:
        state.close()


def nextfile():
    """Close the current file so that the next iteration reads the first line of the next
    file (if any); lines not read do not count towards the cumulative line count."""
    return _active().nextfile()


def filename():
    """Name of the file being read (None before the first line is read)."""
    return _active().filename()


def lineno():
    """Cumulative line number of the line just read."""
    return _active().lineno()


def filelineno():
    """Line number of the line just read within its file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file (-1 when none is open)."""
    return _active().fileno()


def isfirstline():
    """True when the line just read is the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True when the line just read came from sys.stdin."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup="", *, mode="r", openhook=None, ...)

    The class underlying the module-level functions, usable on its own; its methods have the
    functions' names. It is an iterator over the lines and a context manager.
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif hasattr(files, "__fspath__"):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ("-",)
        self._pending = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._name = None
        self._base = 0
        self._in_file = 0
        self._file = None
        self._stdin = False
        self._moved_to = None
        self._encoding = encoding
        self._errs = errors
        if encoding is None and "b" not in mode and sys.flags.warn_default_encoding:
            import warnings

            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        if mode not in ("r", "rb"):
            raise ValueError(f"FileInput opening mode must be {'r'!r} or {'rb'!r}")
        self._rmode = mode
        self._write_mode = mode.replace("r", "w")
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook " + "in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook " + "must be callable")
        self._hook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._in_file += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        savestdout = self._savestdout
        self._savestdout = None
        if savestdout:
            sys.stdout = savestdout
        output = self._output
        self._output = None
        try:
            if output:
                output.close()
        finally:
            file = self._file
            self._file = None
            try:
                del self._readline  # the bound method of the previous file
            except AttributeError:
                pass
            try:
                if file and not self._stdin:
                    file.close()
            finally:
                backup = self._moved_to
                self._moved_to = None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._stdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._in_file += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        if not self._pending:
            return b"" if "b" in self._rmode else ""
        self._name = self._pending[0]
        self._pending = self._pending[1:]
        self._base = self.lineno()
        self._in_file = 0
        self._file = None
        self._stdin = False
        self._moved_to = 0
        encoding = self._encoding
        if encoding is None and "b" not in self._rmode:
            encoding = "locale"
        if self._name == "-":
            self._name = "<stdin>"
            if "b" in self._rmode:
                self._file = getattr(sys.stdin, "buffer", sys.stdin)
            else:
                self._file = sys.stdin
            self._stdin = True
        elif self._inplace:
            self._moved_to = os.fspath(self._name) + (self._backup or ".bak")
            try:
                os.unlink(self._moved_to)
            except OSError:
                pass
            os.rename(self._name, self._moved_to)
            self._file = open(self._moved_to, self._rmode, encoding=encoding,
                              errors=self._errs)
            self._output = open(self._name, self._write_mode, encoding=encoding,
                                errors=self._errs)
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._hook:
            if self._encoding is None:
                self._file = self._hook(self._name, self._rmode)
            else:
                self._file = self._hook(self._name, self._rmode, encoding=self._encoding,
                                            errors=self._errs)
        else:
            self._file = open(self._name, self._rmode, encoding=encoding, errors=self._errs)
        self._readline = self._file.readline
        return self._readline()

    def filename(self):
        return self._name

    def lineno(self):
        return self._base + self._in_file

    def filelineno(self):
        return self._in_file

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._in_file == 1

    def isstdin(self):
        return self._stdin

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None,
                    errors=None):
    """An openhook that opens .gz files with gzip (other names with open())."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    if os.path.splitext(filename)[1] == ".gz":
        import gzip

        if "b" in mode:
            return gzip.open(filename, mode)
        if encoding == "locale":
            encoding = None
        return gzip.open(filename, "rt", encoding=encoding, errors=errors)
    return open(filename, mode, errors=errors, encoding=encoding)


def hook_encoded(encoding, errors=None):  # noqa: D401
    """An openhook that opens every file with the given encoding."""

    def openhook(filename, mode):
        return open(filename, mode, errors=errors, encoding=encoding)

    return openhook


def _test():
    import getopt

    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    settings = {"inplace": False, "backup": False}
    for flag, value in opts:
        if flag == "-i":
            settings["inplace"] = True
        elif flag == "-b":
            settings["backup"] = value
    for line in input(args, **settings):
        text = line[:-1] if line.endswith("\n") else line
        text = text[:-1] if text.endswith("\r") else text
        star = "*" if isfirstline() else ""
        print(f"{lineno()}: {filename()}[{filelineno()}]{star} {text}")
    print(f"{lineno()}: {filename()}[{filelineno()}]")


if __name__ == "__main__":
    _test()
