# testmod() of an imported module: names start with the module's name, failures point at
# its file, imported helpers are skipped, name= and exclude_empty behave, and
# doctest.master accumulates across calls.
import sys
sys.dont_write_bytecode = True
import doctest
import sample_module

print(doctest.testmod(sample_module))
print(doctest.testmod(sample_module, verbose=True, exclude_empty=True).attempted)
print(doctest.testmod(sample_module, name='aliased', report=False))
finder = doctest.DocTestFinder()
print([(t.name, t.lineno, t.filename == sample_module.__file__) for t in finder.find(sample_module)])
print(doctest.master.summarize(verbose=False))
print(doctest.testsource(sample_module, 'sample_module.Counter'), end='')
try:
    doctest.testsource(sample_module, 'nope')
except ValueError as e:
    print('ValueError:', e)
for name in ('debug', 'debug_src'):
    print(name in dir(doctest))
