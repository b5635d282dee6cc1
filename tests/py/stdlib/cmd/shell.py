# cmd.Cmd driven by standard input: dispatch, help listings, precmd/postcmd hooks, the empty line
# repeating the last command, unknown syntax, parseline, columnize; then a stdin/stdout pair with do_EOF.
import cmd, sys
class Shell(cmd.Cmd):
    intro = 'Welcome. Type help or ? to list commands.'
    prompt = '(shell) '
    def do_add(self, arg):
        'Add numbers: ADD 1 2 3'
        print(sum(map(int, arg.split())))
    def do_greet(self, arg):
        """Greet someone."""
        print('hello', arg or 'world')
    def help_greet2(self): print('custom help')
    def do_undoc(self, arg): print('undoc', repr(arg))
    def complete_greet(self, text, line, b, e): return ['ann', 'bob']
    def do_quit(self, arg):
        'Quit the shell'
        print('bye'); return True
    def precmd(self, line): return line.lower() if line.startswith('ADD') else line
    def postcmd(self, stop, line): return stop
    def preloop(self): print('preloop')
    def postloop(self): print('postloop')
if __name__ == '__main__':
    s = Shell()
    s.cmdloop()
    print(s.onecmd('add 4 5'), s.parseline('greet  x y'), s.parseline('?foo'), s.parseline('!ls'), s.parseline(''), s.lastcmd)
    s2 = cmd.Cmd(); s2.onecmd('help'); print(s2.completenames('he'), s2.get_names()[:3])
    s.columnize(['alpha', 'beta', 'gamma', 'delta', 'epsilon'] * 5, displaywidth=40)
    s.columnize([])
    s.columnize(['one'])
    print(s.completenames('gr'), s.complete_help('gr'))
    import io

    class Calc(cmd.Cmd):
        prompt = 'calc> '
        use_rawinput = False
        def do_square(self, arg):
            """Square a number."""
            self.stdout.write('%d\n' % (int(arg) ** 2))
        def do_EOF(self, arg):
            self.stdout.write('EOF reached\n')
            return True
    out = io.StringIO()
    Calc(stdin=io.StringIO('square 7\n\nsquare 12\nhelp square\n'), stdout=out).cmdloop('calculator')
    print(out.getvalue())
    try:
        s.columnize(['a', 3, None])
    except TypeError as e:
        print(e)
    s.columnize(['x' * 50, 'y' * 50, 'z'], displaywidth=60)
