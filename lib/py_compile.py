"""py_compile: check that Python source files compile, with python3's errors and command line.

heapstack has no bytecode file format of its own, so compile() checks a file's source but
writes no .pyc: it returns None where CPython returns the path of the file it wrote.
"""

import builtins
import enum
import importlib.util
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A source file failed to compile; msg is the report python3's py_compile prints."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if not msg:
            if exc_type is SyntaxError:
                text = ''.join(traceback.format_exception_only(exc_type, exc_value))
                msg = text.replace('File "<string>"', 'File "%s"' % file)
            else:
                msg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile the source file 'file'; report (or, with doraise, raise PyCompileError) an error.

    No .pyc is written (see the module's docstring): the result is None either way.
    """
    if cfile is None:
        if optimize >= 0:
            level = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=level)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        raise FileExistsError('{} is a symlink and will be changed into a regular file if '
                              'import writes a byte-compiled file to it'.format(cfile))
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError('{} is a non-regular file and will be changed into a regular '
                              'one if import writes a byte-compiled file to it'.format(cfile))
    with open(file, 'rb') as source:
        source_bytes = source.read()
    try:
        builtins.compile(source_bytes, dfile or file, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as err:
        error = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise error
            sys.stderr.write(error.msg + '\n')
        return None
    return None


def main():
    """'python -m py_compile [-q] FILE...' ('-' reads the file names from stdin)."""
    import argparse

    parser = argparse.ArgumentParser(description='A simple command-line interface for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    options = parser.parse_args()
    if options.filenames == ['-']:
        filenames = [line.rstrip('\n') for line in sys.stdin.readlines()]
    else:
        filenames = options.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            parser.exit(1, None if options.quiet else error.msg)
        except OSError as error:
            parser.exit(1, None if options.quiet else str(error))


if __name__ == "__main__":
    main()
