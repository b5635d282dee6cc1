"""Module docstring with an example.

>>> 1 + 1
2
"""


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(2, 2)
    5
    """
    return a + b


def silent():
    """Prints nothing but something is expected.

    >>> x = 3
    >>> x
    4
    >>> print("hello")
    >>> None
    """


def multiline():
    """
    >>> for i in range(3):
    ...     print(i)
    0
    1
    3
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print("a\\n\\nb")
    a
    b
    """


class Greeter:
    """A class.

    >>> Greeter().greet()
    'hi'
    """

    def greet(self):
        """
        >>> Greeter().greet()
        'hello'
        """
        return 'hi'


def no_doc():
    pass


if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result)
    print(result.failed, result.attempted)
