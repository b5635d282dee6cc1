"""subprocess: run other programs and collect their output and exit status.

heapstack's host runs a child to completion before the call returns (no concurrent pipes):
run/call/check_call/check_output/getoutput/getstatusoutput behave as in CPython; a Popen
starts its child at once, or, when stdin is PIPE, once its input is complete (communicate,
wait, closing stdin or reading its output). A child writing to an inherited stdout/stderr is
copied there when it ends, ahead of what a block-buffered sys.stdout still holds.
"""

import builtins  # noqa: F401 (the modules CPython's subprocess imports)
import contextlib  # noqa: F401
import errno  # noqa: F401
import io
import locale  # noqa: F401
import os
import sys
import threading  # noqa: F401
import time  # noqa: F401
import warnings  # noqa: F401

import _os

if not _os.can_spawn():
    # the browser sandbox: no program can be started, so the module is not there at all
    raise ModuleNotFoundError("No module named 'subprocess' (this host cannot run programs)",
                              name='subprocess')

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

# set by run() with a timeout: its Popen waits for communicate(), which knows the timeout
_defer_start = False

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False

# Popen objects whose process was still running when they were collected;
# heapstack waits for every child it starts, so the list stays empty
_active = []


def _cleanup():
    """Forget the finished processes of _active (test.support calls this)."""
    for proc in _active[:]:
        if proc.poll() is not None and proc in _active:
            _active.remove(proc)


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                parts.append('{}={!r}'.format(name, value))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _argv(args, shell, executable):
    if shell:
        command = args if isinstance(args, (str, bytes)) else ' '.join(map(os.fsdecode, args))
        return [executable or '/bin/sh', '-c', os.fsdecode(command)]
    if isinstance(args, (str, bytes, os.PathLike)):
        argv = [os.fsdecode(args)]
    else:
        argv = [os.fsdecode(a) for a in args]
    if not argv:
        raise IndexError('list index out of range')
    if executable is not None:
        argv[0] = os.fsdecode(executable)
    if argv[0] == sys.executable:
        # sys.executable is the host program (node): it runs Python through heapstack's CLI
        prefix = _os.self_command()
        if prefix is not None:
            argv[:1] = list(prefix)
    return argv


def _find_program(name):
    if '/' in name:
        return os.path.exists(name)
    for folder in os.environ.get('PATH', os.defpath).split(os.pathsep):
        if os.path.isfile(os.path.join(folder or '.', name)):
            return True
    return False


def _translate(data, encoding, errors):
    text = data.decode(encoding or 'utf-8', errors or 'strict')
    return text.replace('\r\n', '\n').replace('\r', '\n')


class _Pipe:
    """The parent's end of a child's output pipe: its data once the child has finished."""

    def __init__(self, popen, which):
        self._popen = popen
        self._which = which
        self._stream = None
        self.closed = False

    def _buffer(self):
        if self._stream is None:
            self._popen._finish()
            data = self._popen._captured[self._which]
            self._stream = io.StringIO(data) if isinstance(data, str) else io.BytesIO(data)
        return self._stream

    def read(self, size=-1):
        return self._buffer().read(size)

    def readline(self, size=-1):
        return self._buffer().readline(size)

    def readlines(self, hint=-1):
        return self._buffer().readlines(hint)

    def __iter__(self):
        return iter(self._buffer())

    def close(self):
        self.closed = True

    def fileno(self):
        return 100 + self._which

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _InputPipe:
    """The parent's end of a child's stdin pipe: collected, handed over when closed."""

    def __init__(self, popen, text):
        self._popen = popen
        self._text = text
        self._chunks = []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        if self._text:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            data = data.encode(self._popen._encoding or 'utf-8', self._popen._errors or 'strict')
        self._chunks.append(bytes(data))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._popen._finish()

    def fileno(self):
        return 99

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Popen:
    """Execute a child program (see the module docstring for when it runs)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.args = args
        self._text = bool(text or universal_newlines or encoding or errors)
        self.text_mode = self._text
        self._encoding = encoding
        self._errors = errors
        self._argv = _argv(args, shell, executable)
        if stderr == STDOUT:
            self._argv = ['/bin/sh', '-c', 'exec "$0" "$@" 2>&1'] + self._argv
        self._cwd = None if cwd is None else os.fsdecode(cwd)
        source = os.environ if env is None else env
        self._env = tuple((os.fsdecode(k), os.fsdecode(v)) for k, v in source.items())
        self._targets = (stdout, stderr)
        self._input_source = stdin
        self.returncode = None
        self._exit = None
        self._captured = [None, None]
        self._timed_out = False
        self.pid = None
        self.stdin = _InputPipe(self, self._text) if stdin == PIPE else None
        self.stdout = _Pipe(self, 0) if stdout == PIPE else None
        self.stderr = _Pipe(self, 1) if stderr == PIPE else None
        if stdin == PIPE or _defer_start:
            if not shell and not _find_program(self._argv[0]):
                raise FileNotFoundError(2, 'No such file or directory', self._argv[0])
            self.pid = os.getpid() + 1
        else:
            self._finish()

    def _input_bytes(self, extra=None):
        source = self._input_source
        if source == PIPE:
            data = b''.join(self.stdin._chunks)
        elif source is None or source == DEVNULL:
            data = None if source is None else b''
        elif isinstance(source, int):
            data = os.read(source, 1 << 30)
        else:
            data = source.read()
            if isinstance(data, str):
                data = data.encode('utf-8')
        if extra is not None:
            if isinstance(extra, str):
                extra = extra.encode(self._encoding or 'utf-8', self._errors or 'strict')
            data = (data or b'') + bytes(extra)
        return data

    def _finish(self, extra_input=None, timeout=None):
        if self._exit is not None:
            return
        data = self._input_bytes(extra_input)
        if data is None:
            data = b''
        status, signal, timed_out, pid, out, err = _os.spawn(
            tuple(self._argv), data, self._cwd, self._env, timeout, self._argv[0])
        self.pid = pid
        self._timed_out = timed_out
        self._exit = -signal if status is None else status
        for index, (target, raw) in enumerate(zip(self._targets, (out, err))):
            if target == PIPE:
                self._captured[index] = _translate(raw, self._encoding, self._errors) if self._text else raw
            elif target is None:
                if raw:
                    _os.write_std(index + 1, raw)
            elif target == DEVNULL or target == STDOUT:
                pass
            elif isinstance(target, int):
                os.write(target, raw)
            else:
                if 'b' in getattr(target, 'mode', 'b'):
                    target.write(raw)
                else:
                    target.write(raw.decode('utf-8', 'replace'))
                target.flush()

    def communicate(self, input=None, timeout=None):
        """Send input, wait for the end: (stdout data or None, stderr data or None)."""
        if input is not None and self._input_source != PIPE:
            raise ValueError('Cannot send input after starting communication')
        if self.stdin is not None:
            self.stdin.closed = True
        self._finish(input, timeout)
        if self._timed_out:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = self._exit
        out = self.stdout._buffer().read() if self.stdout is not None else None
        err = self.stderr._buffer().read() if self.stderr is not None else None
        return out, err

    def wait(self, timeout=None):
        """Wait for the child to end; its return code."""
        if self.stdin is not None:
            self.stdin.closed = True
        self._finish(None, timeout)
        if self._timed_out:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = self._exit
        return self.returncode

    def poll(self):
        """The return code once the child has ended (here: once it has run), else None."""
        if self._exit is not None:
            self.returncode = self._exit
        return self.returncode

    def send_signal(self, sig):
        self.poll()

    def terminate(self):
        self.poll()

    def kill(self):
        self.poll()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        if exc_type is not None and self._exit is None:
            return
        if self.stdin is not None:
            self.stdin.close()
        self.wait()

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                   self.args if len(repr(self.args)) <= 80 else repr(self.args)[:76] + '...')

    __class_getitem__ = classmethod(lambda cls, item: cls)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    global _defer_start
    _defer_start = timeout is not None
    try:
        process = Popen(*popenargs, **kwargs)
    finally:
        _defer_start = False
    with process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.output = process.stdout._buffer().read() if process.stdout is not None else None
            exc.stderr = process.stderr._buffer().read() if process.stderr is not None else None
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; return its return code."""
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    """Run command with arguments; CalledProcessError unless it returns 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output (CalledProcessError unless it returns 0)."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        textual = kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors')
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of running cmd in a shell, stderr included, trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of running cmd in a shell, trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Windows command-line quoting of a sequence of arguments."""
    result = []
    for arg in map(os.fsdecode, seq):
        needquote = (" " in arg) or ("\t" in arg) or not arg
        pieces = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                pieces.append('\\' * (backslashes * 2 + 1) + '"')
            else:
                pieces.append('\\' * backslashes + ch)
            backslashes = 0
        tail = '\\' * (backslashes * (2 if needquote else 1))
        text = ''.join(pieces) + tail
        result.append('"%s"' % text if needquote else text)
    return ' '.join(result)


# CPython's subprocess imports signal; its import-time garbage (the throwaway enum classes) is
# still there for a first gc.collect() after `import subprocess`, as here
import signal  # noqa: E402
