# run_docstring_examples(): only the object's own docstring, the given globals, verbose
# output (with the finder's 'Finding tests in' line), the name used in reports, a
# string as the object, optionflags and compileflags.
import doctest


def adder(a, b):
    """
    >>> adder(2, 3)
    5
    >>> adder(SCALE, 1)
    11
    >>> adder(1, 1)
    3
    """
    return a + b


class Thing:
    """
    >>> Thing.size
    1
    """
    size = 1

    def method(self):
        """
        >>> 1 + 1
        """


doctest.run_docstring_examples(adder, {'adder': adder, 'SCALE': 10})
doctest.run_docstring_examples(adder, {'adder': adder, 'SCALE': 10}, verbose=True,
                               name='my_adder')
doctest.run_docstring_examples(Thing, globals())
doctest.run_docstring_examples("""
>>> print(list(range(30)))
[0, 1, ..., 29]
""", {}, name='text', optionflags=doctest.ELLIPSIS)
doctest.run_docstring_examples("""
>>> print(list(range(30)))
[0, 1, ..., 29]
""", {}, name='text')
print(doctest.run_docstring_examples(Thing.method, {}, True, 'quiet'))
