# testfile(): a sibling text file relative to this module (and by absolute path with
# module_relative=False), name, globs, extraglobs, verbose, report, the failure report's
# file name and line numbers, and the errors for bad arguments.
import doctest
import os

here = os.path.dirname(os.path.abspath(__file__))
print(doctest.testfile('testfile_sample.txt', extraglobs={'EXTRA': 42}))
print(doctest.testfile(os.path.join(here, 'testfile_sample.txt'), module_relative=False,
                       globs={'EXTRA': 41}, name='custom-name', report=False))
print(doctest.testfile('testfile_sample.txt', globs={'EXTRA': 42}, verbose=True,
                       optionflags=doctest.ELLIPSIS))
try:
    doctest.testfile('/abs/path.txt')
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.testfile('x.txt', module_relative=False, package='os')
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.testfile('testfile_sample.txt', raise_on_error=True, extraglobs={'EXTRA': 42})
except doctest.DocTestFailure as failure:
    print('DocTestFailure:', failure.test.name, repr(failure.example.source),
          repr(failure.got))
