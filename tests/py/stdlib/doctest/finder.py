# DocTestFinder: what it discovers (functions, classes, methods, static/class methods,
# properties, nested classes, __test__ entries), the names, the sort order, the line
# numbers, exclude_empty, recurse=False, imported objects skipped, and the DocTest repr.
import doctest
from os.path import join  # imported: its docstring must not be collected


def top():
    """
    >>> 1
    1
    """


class Outer:
    """Outer.

    >>> 2
    2
    """

    def method(self):
        """
        >>> 3
        3
        """

    @staticmethod
    def static():
        """
        >>> 4
        4
        """

    @classmethod
    def klass(cls):
        """Class method.

        >>> 5
        5
        """

    @property
    def prop(self):
        """
        >>> 6
        6
        """

    class Inner:
        """
        >>> 7
        7
        """

        def deep(self):
            """>>> 8
            8
            """

    def undocumented(self):
        pass


alias = top
lam = lambda: None

__test__ = {
    'extra': """
        >>> 9
        9
    """,
    'func': top,
}


finder = doctest.DocTestFinder()
import sys
module = sys.modules[__name__]
for test in finder.find(module):
    print(test.name, test.lineno, len(test.examples), test.filename == __file__)
    for ex in test.examples:
        print('   ', repr(ex.source), repr(ex.want), ex.lineno, ex.indent)
print('---- exclude_empty=False')
for test in doctest.DocTestFinder(exclude_empty=False).find(module):
    print(test.name, test.lineno, len(test.examples))
print('---- recurse=False')
for test in doctest.DocTestFinder(recurse=False).find(Outer):
    print(test)
print('---- class alone')
for test in doctest.DocTestFinder().find(Outer):
    print(test)
print('---- module=False, name given')
for test in doctest.DocTestFinder().find(top, 'renamed', module=False):
    print(test)
try:
    doctest.DocTestFinder().find(object())
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.DocTestFinder().find("""
    >>> 1
    1
    """)
except ValueError as e:
    print('ValueError:', e)
print(doctest.DocTestFinder().find(""">>> 1\n1\n""", 'text'))
print('---- verbose finder')
doctest.DocTestFinder(verbose=True).find(Outer)
sorted_names = [t.name for t in finder.find(module)]
print(sorted_names == sorted(sorted_names))
print(doctest.testmod())
