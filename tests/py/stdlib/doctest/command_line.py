# The command-line entry point (what `python -m doctest` runs): a .py file is imported and
# tested with testmod, another file with testfile; -v, -o OPTION, -f, the exit status, and
# argparse's errors and help.
import sys
sys.dont_write_bytecode = True
import doctest


def main(*argv):
    sys.argv = ['doctest'] + list(argv)
    try:
        print('status', doctest._test())
    except SystemExit as e:
        print('SystemExit', e.code)


main('sample_module.py')
main('plain_sample.txt', 'sample_module.py')
main('-o', 'ELLIPSIS', '-o', 'NORMALIZE_WHITESPACE', 'sample_module.py', 'plain_sample.txt')
main('-o', 'ELLIPSIS', 'plain_sample.txt')
main('-v', '-o', 'ELLIPSIS', 'plain_sample.txt')
main('-f', 'sample_module.py')
main('-v', 'sample_module.py')
sys.stderr = sys.stdout
main('-o', 'NOPE', 'sample_module.py')
main()
main('--help')
