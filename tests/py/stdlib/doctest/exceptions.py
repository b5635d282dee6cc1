# Examples that raise: expected tracebacks (header, '...' body, multi-line messages),
# wrong exception text, unexpected exceptions, IGNORE_EXCEPTION_DETAIL and SyntaxError.
# The frame of doctest.py itself differs between implementations, so it is cut out.
import io
import re
import sys
import doctest


def cases():
    """
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'y'
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    lines
    >>> [].pop()
    >>> def g():
    ...     return {}['k']
    >>> g()
    Traceback (most recent call last):
    KeyError: 'j'
    >>> g()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    foo.bar.KeyError: 'j'
    >>> g()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    IndexError: 'k'
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> 1 +
    >>> raise KeyError
    Traceback (innermost last):
    KeyError
    >>> class MyError(Exception): pass
    >>> raise MyError('boom')
    Traceback (most recent call last):
    __main__.MyError: boom
    >>> raise MyError('boom')
    Traceback (most recent call last):
    MyError: boom
    >>> print('partial'); 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> print('before'); raise TypeError('t')
    before
    Traceback (most recent call last):
    TypeError: t
    """


def clean(text):
    out = []
    skipping = False
    for line in text.split('\n'):
        if re.search(r'File ".*doctest\.py", line \d+, in ', line):
            skipping = True
            continue
        if skipping and line.startswith('        '):
            continue
        skipping = False
        out.append(line)
    return '\n'.join(out)


saved = sys.stdout
sys.stdout = buffer = io.StringIO()
try:
    result = doctest.testmod()
finally:
    sys.stdout = saved
print(clean(buffer.getvalue()))
print(result)
