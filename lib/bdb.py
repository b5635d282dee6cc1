"""bdb: the debugger framework pdb builds on.

heapstack's VM delivers no trace events to Python code yet, so a debugger cannot stop at
later lines: set_trace() stops once, where it is called (see pdb), and stepping commands
continue the program.
"""

import sys

__all__ = ["BdbQuit", "Bdb",
           "Breakpoint"]


class BdbQuit(Exception):
    """Raised to abandon the debugged program."""


class Breakpoint:
    """A breakpoint record (kept, never hit: there are no line events to hit it)."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):  # noqa: D107
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.funcname = funcname
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        Breakpoint.bpbynumber.append(self)
        Breakpoint.bplist.setdefault((file, line), []).append(self)

    def deleteMe(self):
        key = (self.file, self.line)
        Breakpoint.bpbynumber[self.number] = None
        Breakpoint.bplist[key].remove(self)
        if not Breakpoint.bplist[key]:
            del Breakpoint.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False


class Bdb:
    """Generic debugger base class."""

    def __init__(self, skip=None):  # noqa: D107
        self.skip = None if not skip else set(skip)
        self.breaks = {}
        self.fncache = {}
        self.botframe = None
        self.quitting = False
        self.stopframe = None

    def canonic(self, filename):
        if filename.startswith("<") and filename.endswith(">"):
            return filename
        import os
        return self.fncache.setdefault(filename, os.path.normcase(os.path.abspath(filename)))

    def reset(self):
        import linecache
        linecache.checkcache()
        self.botframe = None
        self.quitting = False

    def set_trace(self, frame=None):  # noqa: D102
        frame = frame if frame is not None else sys._getframe(1)
        self.reset()
        self.interaction(frame, None)

    def interaction(self, frame, traceback):
        pass

    def set_continue(self):
        pass

    def set_step(self):
        pass

    def set_next(self, frame):
        pass

    def set_return(self, frame):
        pass

    def set_quit(self):
        self.quitting = True

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        import linecache
        filename = self.canonic(filename)
        if not linecache.getline(filename, lineno):
            return 'Line {}:{} does not exist'.format(filename, lineno)
        self.breaks.setdefault(filename, []).append(lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def clear_all_breaks(self):
        for number, bp in enumerate(Breakpoint.bpbynumber):
            if bp:
                bp.deleteMe()
        self.breaks = {}

    def get_all_breaks(self):
        return self.breaks

    def run(self, cmd, globals=None, locals=None):  # noqa: A002
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, filename="<string>", mode="exec")
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass

    def runeval(self, expr, globals=None, locals=None):  # noqa: A002
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        try:
            return eval(expr, globals, locals)  # noqa: S307
        except BdbQuit:
            pass

    def runctx(self, cmd, globals, locals):  # noqa: A002
        return self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):  # noqa: D102
        self.reset()
        try:
            return func(*args, **kwds)
        except BdbQuit:
            pass


def set_trace():
    Bdb().set_trace()
