"""cmd: a framework for line-oriented command interpreters.

Subclass Cmd and define do_<name>(self, arg) methods; cmdloop() reads lines, splits off the
command word and calls the matching method (help_<name> methods and docstrings feed 'help').
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    # --- the loop ---------------------------------------------------------------------------

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def cmdloop(self, intro=None):
        """Repeatedly issue a prompt, accept input, parse it and dispatch to do_* methods."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self.precmd(self._next_line())
            stop = self.postcmd(self.onecmd(line), line)
        self.postloop()

    def precmd(self, line):
        """Hook run on a line just before it is interpreted."""
        return line

    def postcmd(self, stop, line):
        """Hook run after a command is dispatched; its result decides whether the loop ends."""
        return stop

    def preloop(self):
        """Hook run once when cmdloop() starts."""

    def postloop(self):
        """Hook run once when cmdloop() is about to return."""

    # --- parsing and dispatch ---------------------------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line); '?' means help, '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Interpret one line as if typed at the prompt; a true result stops cmdloop()."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        handler = getattr(self, 'do_' + command, None)
        if handler is None:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command word is not recognized."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # --- completion -------------------------------------------------------------------------

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """Return the state'th completion of text (readline's protocol)."""
        if state == 0:
            try:
                import readline
                line = readline.get_line_buffer()
                begidx = readline.get_begidx() - (len(line) - len(line.lstrip()))
                endidx = readline.get_endidx() - (len(line) - len(line.lstrip()))
                line = line.lstrip()
            except ImportError:
                line, begidx, endidx = text, 0, len(text)
            if begidx > 0:
                command = self.parseline(line)[0]
                finder = getattr(self, 'complete_' + command, None) if command else None
                finder = finder or self.completedefault
            else:
                finder = self.completenames
            self.completion_matches = finder(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(commands | topics)

    # --- help -------------------------------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, 'help_' + arg, None)
            if helper is not None:
                helper()
                return
            command = getattr(self, 'do_' + arg, None)
            doc = getattr(command, '__doc__', None) if command is not None else None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name[:5] == 'help_'}
        documented, undocumented = [], []
        seen = None
        for name in sorted(names):
            if name[:3] != 'do_' or name == seen:
                continue
            seen = name
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit displaywidth, filling columns top to bottom."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [str(i) for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(bad))
        count = len(list)
        if count == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        layout = None
        for nrows in range(1, count):
            ncols = -(-count // nrows)
            widths = [max(len(s) for s in list[c * nrows:(c + 1) * nrows]) for c in range(ncols)]
            # two spaces between columns; as CPython, a layout stops being measured at the
            # first column that overflows
            total = -2
            fits = True
            for w in widths:
                total += w + 2
                if total > displaywidth:
                    fits = False
                    break
            if fits:
                layout = (nrows, widths)
                break
        if layout is None:
            layout = (count, [0])
        nrows, widths = layout
        for row in range(nrows):
            cells = [list[i] for i in range(row, count, nrows)][:len(widths)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write("%s\n" % "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(cells)))
