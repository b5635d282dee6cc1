# REPORT_UDIFF, REPORT_CDIFF and REPORT_NDIFF failure reports (small outputs fall back to
# Expected/Got for the unified and context formats).
import doctest


def lines():
    """
    >>> for word in 'one two three four five six seven'.split():
    ...     print(word)
    one
    two
    tree
    four
    five
    six
    seven
    eight
    >>> print('a\\nb\\nc')
    a
    B
    c
    >>> print('only\\n\\none')
    only
    ones
    >>> print('tab\\tbed\\nspace here\\nabcDefghiJkl')
    tab bed
    space  here
    abcdefGhijkl
    """


for flag in ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF'):
    print('=====', flag)
    print(doctest.testmod(optionflags=getattr(doctest, flag)))
print(doctest.testmod(optionflags=doctest.REPORT_NDIFF | doctest.REPORT_UDIFF))
