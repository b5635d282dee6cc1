# Option flags: ELLIPSIS, NORMALIZE_WHITESPACE, DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE,
# SKIP, inline directives (+/-, several per line, comma separated), the optionflags argument,
# REPORT_ONLY_FIRST_FAILURE, FAIL_FAST and the error for an unknown option.
import doctest


def ellipsis():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(20)))
    [0, 1, ..., 19]
    >>> print('aaa')  # doctest: +ELLIPSIS
    aa...aa
    >>> print('abc')  # doctest:+ELLIPSIS
    ...
    >>> print('one two three')  # doctest: +ELLIPSIS
    one...three
    """


def whitespace():
    """
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,  3,  4,  5,
     6,  7,  8,  9,  10,  11]
    >>> print('a  b')
    a b
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    [0,    1, ...,
      11]
    >>> print('x   y')  # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
    x ... y
    """


def booleans():
    """
    >>> 3 > 2
    1
    >>> 3 < 2
    0
    >>> 3 > 2  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    """


def blanklines():
    """
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print('a\\n   \\nb')
    a
    <BLANKLINE>
    b
    >>> print('a\\n\\nb')  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print('end\\n')
    end
    <BLANKLINE>
    """


def skipping():
    """
    >>> this_would_fail()  # doctest: +SKIP
    >>> 1 + 1
    2
    >>> print('x')  # doctest: +SKIP
    y
    """


def first_failure_only():
    """
    >>> 1
    2
    >>> 3
    4
    >>> x = 5
    >>> x
    5
    """


def fail_fast():
    """
    >>> 'a'
    'b'
    >>> 'c'
    'd'
    """


print(doctest.testmod())
print(doctest.testmod(optionflags=doctest.ELLIPSIS))
print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.testmod(optionflags=doctest.FAIL_FAST))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))
parser = doctest.DocTestParser()
for bad in [">>> 1  # doctest: +NOPE\n1\n", ">>> 1  # doctest: ELLIPSIS\n1\n",
            ">>> # doctest: +ELLIPSIS\n", ">>> 1  # doctest: +MY_FLAG\n1\n"]:
    try:
        print(parser.get_examples(bad, 'bad')[0].options)
    except ValueError as e:
        print('ValueError:', e)


def bad_directive():
    """
    >>> 1 + 1  # doctest: +ELLIPSES
    2
    """


try:
    doctest.run_docstring_examples(bad_directive, {})
except ValueError as e:
    print('ValueError:', e)
