"""Building blocks for read-eval-print loops written in Python.

InteractiveInterpreter compiles and runs source in a namespace, reporting errors the way the
interactive interpreter does; InteractiveConsole adds line buffering (lines are collected until
codeop says the command is complete) and a prompt loop; interact() runs one on stdin.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Runs source in a namespace (self.locals), with the interpreter's error reports."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run `source`; True when it is an unfinished command.

        A syntax error is reported with showsyntaxerror() (returning False); complete code
        is handed to runcode().
        """
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object in self.locals, reporting any exception but SystemExit."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Report the syntax error being handled (no traceback: there is no stack to show).

        With `filename`, a plain SyntaxError is rebuilt to carry that name.
        """
        etype, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
        if filename and etype is SyntaxError:
            try:
                msg, (_, lineno, offset, text) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, text))
                sys.last_value = value
        if sys.excepthook is not sys.__excepthook__:
            sys.excepthook(etype, value, tb)
            return
        self.write("".join(traceback.format_exception_only(etype, value)))

    def showtraceback(self):
        """Report the exception being handled, leaving out this module's own frame."""
        etype, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
        try:
            if sys.excepthook is not sys.__excepthook__:
                sys.excepthook(etype, value, tb)
            else:
                self.write("".join(traceback.format_exception(etype, value, tb.tb_next)))
        finally:
            etype = value = tb = None

    def write(self, data):
        """Where reports go: sys.stderr (override to send them elsewhere)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter that gathers input lines into commands and prompts for them."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished command."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Prompt with sys.ps1 / sys.ps2 and run each command until end of input.

        A banner of None prints the interpreter's own greeting, '' prints nothing; likewise
        an exitmsg of None says which class is exiting, '' says nothing.
        """
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        if banner is None:
            notice = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write(f"Python {sys.version} on {sys.platform}\n{notice}\n"
                       f"({type(self).__name__})\n")
        elif banner:
            self.write(f"{banner}\n")
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write(f"now exiting {type(self).__name__}...\n")
        elif exitmsg != "":
            self.write(f"{exitmsg}\n")

    def push(self, line):
        """Add one line (no newline at its end) to the command being gathered.

        Returns True while the command is unfinished; otherwise it has been run (or its
        error reported) and the buffer is emptied.
        """
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read one line with input() (override for another source)."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole on stdin (or on `readfunc`) in the namespace `local`."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401 (line editing where available)
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("-q", action="store_true",
                        help="don't print version and copyright messages")
    options = parser.parse_args()
    interact("" if options.q or sys.flags.quiet else None)
