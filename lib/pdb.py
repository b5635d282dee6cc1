"""pdb: the Python debugger, as far as heapstack can offer it.

The VM does not report line events to Python code yet, so breakpoint()/set_trace() stops
once, at the call, and prints where the program is (the line after the call, as CPython's
next stop would be); commands are read from standard input: p/pp/print expressions, any
Python statement run in the frame, where/w, list/l, args/a, continue/c (and next, step,
return, which continue too), quit/q/exit or end of input (BdbQuit). post_mortem()/pm() show
an exception's frame the same way.
"""

import bdb
import cmd
import linecache
import os
import pprint
import signal  # noqa: F401 (imported as CPython's pdb does: its import-time garbage)
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace", "post_mortem", "help"]

line_prefix = '\n-> '


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""


class Pdb(bdb.Bdb, cmd.Cmd):
    prompt = '(Pdb) '

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None, nosigint=False,
                 readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.curframe = None
        self.curlineno = None
        self._resume = False

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    def _where(self, frame, lineno):
        code = frame.f_code
        filename = self.canonic(code.co_filename)
        text = linecache.getline(filename, lineno, frame.f_globals).strip()
        return '> %s(%d)%s()%s%s' % (filename, lineno, code.co_name, line_prefix, text)

    def _next_line(self, frame):
        """The first line after the current one that holds code (where CPython stops next)."""
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        lines = linecache.getlines(filename, frame.f_globals)
        n = lineno + 1
        while n <= len(lines):
            text = lines[n - 1].strip()
            if text and not text.startswith('#'):
                return n
            n += 1
        return lineno

    def interaction(self, frame, tb):
        self.curframe = frame
        self._resume = False
        self.message(self._where(frame, self.curlineno or frame.f_lineno))
        while not self._resume:
            try:
                line = input(self.prompt) if self.use_rawinput else self._read_line()
            except EOFError:
                line = 'EOF'
            if self.onecmd(line):
                break

    def _read_line(self):
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip('\r\n')

    def set_trace(self, frame=None):
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        self.curlineno = self._next_line(frame)
        self.interaction(frame, None)

    def _namespaces(self):
        return self.curframe.f_globals, self.curframe.f_locals

    def _eval(self, expr):
        g, l = self._namespaces()
        try:
            return eval(expr, g, l)
        except Exception:
            info = sys.exc_info()[:2]
            self.error(traceback.format_exception_only(*info)[-1].strip())
            raise

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        g, l = self._namespaces()
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            saved = sys.stdout, sys.displayhook
            try:
                sys.stdout = self.stdout
                exec(code, g, l)
            finally:
                sys.stdout, sys.displayhook = saved
        except Exception:
            info = sys.exc_info()[:2]
            self.error(traceback.format_exception_only(*info)[-1].strip())

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def do_p(self, arg):
        """p expression: print the value of the expression."""
        try:
            self.message(repr(self._eval(arg)))
        except Exception:
            pass

    def do_pp(self, arg):
        """pp expression: pretty-print the value of the expression."""
        try:
            self.message(pprint.pformat(self._eval(arg)))
        except Exception:
            pass

    def do_continue(self, arg):
        """c(ont(inue)): continue execution."""
        self._resume = True
        return 1

    do_c = do_cont = do_next = do_n = do_step = do_s = do_return = do_r = do_until = do_unt = do_continue

    def do_quit(self, arg):
        """q(uit) | exit: quit from the debugger; the program is aborted."""
        self.set_quit()
        raise bdb.BdbQuit

    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        """EOF: handles the receipt of EOF as a command."""
        self.message('')
        self.do_quit(arg)

    def do_where(self, arg):
        """w(here): print a stack trace, most recent frame at the bottom."""
        stack = []
        frame = self.curframe
        while frame is not None:
            stack.append(frame)
            frame = frame.f_back
        for frame in reversed(stack):
            prefix = '> ' if frame is self.curframe else '  '
            lineno = self.curlineno if frame is self.curframe and self.curlineno else frame.f_lineno
            self.message(prefix + self._where(frame, lineno)[2:])

    do_w = do_bt = do_where

    def do_args(self, arg):
        """a(rgs): print the argument list of the current function."""
        code = self.curframe.f_code
        count = code.co_argcount + code.co_kwonlyargcount
        for name in code.co_varnames[:count]:
            if name in self.curframe.f_locals:
                self.message('%s = %r' % (name, self.curframe.f_locals[name]))
            else:
                self.message('%s = *** undefined ***' % name)

    do_a = do_args

    def do_list(self, arg):
        """l(ist) [first[, last]]: list source code of the current file."""
        filename = self.curframe.f_code.co_filename
        current = self.curlineno or self.curframe.f_lineno
        first = max(1, current - 5)
        last = first + 10
        for n in range(first, last + 1):
            text = linecache.getline(filename, n, self.curframe.f_globals)
            if not text:
                break
            mark = '->' if n == current else '  '
            self.message('%4d    %s %s' % (n, mark, text.rstrip('\n')) if False else
                         '%3d %s\t%s' % (n, mark, text.rstrip('\n')))

    do_l = do_list

    def do_help(self, arg):
        """h(elp): list the available commands."""
        cmd.Cmd.do_help(self, arg)

    do_h = do_help


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    if t is None:
        exc = sys.exc_info()[1]
        t = exc.__traceback__ if exc is not None else None
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    while t.tb_next is not None:
        t = t.tb_next
    debugger = Pdb()
    debugger.reset()
    debugger.curlineno = t.tb_lineno
    debugger.interaction(t.tb_frame, t)


def pm():
    post_mortem(getattr(sys, 'last_traceback', None))


def help():
    print(__doc__)


if __name__ == '__main__':
    print("usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...")
