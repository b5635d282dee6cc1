# 'python -m inspect [-d] module[:qualname]' prints the source (or, with -d, where it comes from).
import contextlib
import io
import os
import runpy
import sys
import tempfile

folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'shapes_for_inspect.py'), 'w') as f:
    f.write('"""Shapes."""\n\n\ndef area(w, h):\n    return w * h\n\n\n'
            'class Square:\n    side = 2\n\n    def area(self):\n        """Side squared."""\n'
            '        return self.side ** 2\n')
sys.path.insert(0, folder)


def run(*args):
    sys.argv = ['inspect.py', *args]
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            runpy.run_module('inspect', run_name='__main__')
    except SystemExit as e:
        code = e.code
    except AttributeError as e:
        code = 'AttributeError: %s' % e
    print('--', args, 'exit', code)
    print(out.getvalue().replace(folder, '<folder>'), end='')
    if err.getvalue():
        print('stderr:', err.getvalue())


run('shapes_for_inspect')
run('shapes_for_inspect:area')
run('shapes_for_inspect:Square.area')
run('-d', 'shapes_for_inspect:Square.area')
run('--details', 'shapes_for_inspect:Square')
run('sys')
run('no_such_module_for_inspect')
run('shapes_for_inspect:Square.nope')
run()
run('-x', 'shapes_for_inspect')
