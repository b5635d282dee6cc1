# 'python -m filecmp [-r] dir1 dir2' prints dircmp's report; wrong arguments raise GetoptError.
import getopt
import os
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
for folder in ('left', 'right', 'left/sub', 'right/sub'):
    os.mkdir(folder)
for path, text in (('left/same', 'x'), ('right/same', 'x'), ('left/changed', 'one'),
                   ('right/changed', 'two!'), ('left/only_left', ''), ('right/sub/only_right', ''),
                   ('left/sub/deep', 'a'), ('right/sub/deep', 'bb')):
    with open(path, 'w') as f:
        f.write(text)


def run(*args):
    print('--', args)
    sys.argv = ['filecmp', *args]
    try:
        runpy.run_module('filecmp', run_name='__main__')
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.opt), repr(e.msg))


run('left', 'right')
run('-r', 'left', 'right')
run('left')
run()
run('-x', 'left', 'right')
