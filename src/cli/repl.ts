/**
 * The interactive prompt (`heapstack` on a terminal, `heapstack -i`): python3's read-eval-print
 * loop (Python/pythonrun.c's PyRun_InteractiveLoop) as a small Python program run as __main__.
 * It removes its own name from __main__'s namespace first, so the namespace the user types into
 * is the one python3's prompt gives (no __file__ either). Each statement is compiled from the
 * lines read so far as python3's tokenizer does, with "<stdin>" as its file and lines counted
 * from 1; expression statements go through sys.displayhook; an exception is shown by
 * sys.excepthook without this loop's frame; prompts (str(sys.ps1), str(sys.ps2)) go to stderr,
 * as python3 writes them without readline; at the end of input a newline ends the prompt line;
 * Ctrl-C while reading prints KeyboardInterrupt and a new prompt; SystemExit (exit(), quit())
 * leaves through the normal exit path. With -i FILE or -i -c CODE the program runs first in the
 * same namespace (with __file__ for a file), and anything it raises is shown before the prompt.
 */
import type { Program } from "./plain_run.js";

const REPL_SOURCE = `\
def __heapstack_repl__(banner, first, first_file, path0):
    import sys
    from codeop import CommandCompiler
    ns = globals()
    del ns['__heapstack_repl__']
    ns.pop('__file__', None)
    ns.pop('__cached__', None)
    sys.path[0] = path0
    if not hasattr(sys, 'ps1'):
        sys.ps1 = '>>> '
    if not hasattr(sys, 'ps2'):
        sys.ps2 = '... '
    if banner:
        sys.stderr.write('Python %s on %s\\n%s\\n' % (
            sys.version, sys.platform,
            'Type "help", "copyright", "credits" or "license" for more information.'))
    compile_command = CommandCompiler()

    def flush():
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass

    def show(exc, tb):
        # (the hook prints the exception's own __traceback__, as PyErr_Display does)
        exc.__traceback__ = tb
        sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
        sys.excepthook(type(exc), exc, tb)

    def with_newline(source):
        # the error as python3's prompt finds it: the statement's text ends with its newline
        try:
            compile(source + '\\n', '<stdin>', 'single')
        except SyntaxError as exc:
            exc.__context__ = None
            return exc
        return None

    if first_file is not None:
        # -i FILE / -i -c CODE: the program first, in the same namespace; whatever it raises,
        # SystemExit included, is shown and the prompt follows (python3 -i)
        try:
            if first_file in ('<module>', '<dir>'):
                # -i DIR runs DIR/__main__.py as python3 DIR does: sys.argv[0] stays DIR
                import runpy
                runpy._run_module_as_main(first, first_file == '<module>')
            elif first_file != '<string>':
                ns['__file__'] = first_file
                ns['__cached__'] = None
                with open(first_file, 'rb') as f:
                    first = f.read()
            if first_file not in ('<module>', '<dir>'):
                exec(compile(first, first_file, 'exec'), ns)
        except BaseException as exc:
            show(exc, exc.__traceback__.tb_next)

    lines = []
    while True:
        try:
            flush()
            sys.stderr.write(str(sys.ps2 if lines else sys.ps1))
            sys.stderr.flush()
            line = sys.stdin.readline()
        except KeyboardInterrupt:
            sys.stderr.write('\\nKeyboardInterrupt\\n')
            lines = []
            continue
        if not line:
            sys.stderr.write('\\n')
            if not lines:
                break
        else:
            lines.append(line[:-1] if line.endswith('\\n') else line)
        # joined as code.InteractiveConsole does: a block is complete at an empty line
        source = '\\n'.join(lines)
        try:
            code = compile_command(source, '<stdin>', 'single')
            if code is None and not line:
                code = compile(source + '\\n', '<stdin>', 'single')
        except (SyntaxError, OverflowError, ValueError) as exc:
            lines = []
            if isinstance(exc, SyntaxError):
                exc = with_newline(source) or exc
            show(exc, None)
            continue
        if code is None:
            continue
        lines = []
        try:
            exec(code, ns)
        except SystemExit:
            raise
        except BaseException as exc:
            # the traceback starts at this loop's frame, which python3's has no counterpart of
            show(exc, exc.__traceback__.tb_next)
    flush()
`;

/** What runs before the prompt (python3 -i FILE, -i -c CODE). */
export interface FirstProgram {
  /**
   * The script's path as python3 names it (src/cli/plain_run.ts scriptPath), "<string>", "<module>"
   * or "<dir>" (a directory's __main__ module).
   */
  filename: string;
  /** -c's code, -m's (or a directory's) module name (a script is read by the loop, as python3 reads it). */
  code?: string;
  /** sys.path[0]: the script's directory, "" for -c. */
  path0: string;
}

/**
 * The prompt's program: the program `first` before the prompt, or python3's two-line banner (a
 * terminal, or -i alone: `banner`).
 */
export function replProgram(argv: string[], first?: FirstProgram, banner = first === undefined): Program {
  // JSON's string escapes are Python's too
  const args =
    first === undefined
      ? `${banner ? "True" : "False"}, None, None, ''`
      : `False, ${JSON.stringify(first.code ?? "")}, ${JSON.stringify(first.filename)}, ${JSON.stringify(first.path0)}`;
  return { source: `${REPL_SOURCE}__heapstack_repl__(${args})\n`, filename: "<stdin>", argv };
}
