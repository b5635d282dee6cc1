# DocTestParser: parse() pieces, get_examples, get_doctest, Example fields (source, want,
# exc_msg, lineno, indent, options), indentation stripping, want trailing spaces, and the
# ValueErrors for a missing blank after a prompt and inconsistent indentation.
import doctest

text = '''
Some prose.

    >>> x = 1
    >>> for i in range(2):
    ...     print(i + x)
    1
    2

More prose.
    >>> raise ValueError('bad')
    Traceback (most recent call last):
      File "x", line 1
    ValueError: bad
    >>> print('trailing  ')   # doctest: +NORMALIZE_WHITESPACE, -ELLIPSIS
    trailing  
    >>>   # just a comment
    >>> 'end'
    'end'
'''

parser = doctest.DocTestParser()
for piece in parser.parse(text, 'sample'):
    if isinstance(piece, doctest.Example):
        print('EXAMPLE', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, piece.options)
    else:
        print('TEXT', repr(piece))

examples = parser.get_examples(text)
print(len(examples))
print(examples[0] == doctest.Example('x = 1', '', lineno=3, indent=4))
print(examples[0] == examples[1], examples[0] != examples[1])
print(hash(examples[0]) == hash(doctest.Example('x = 1\n', '', lineno=3, indent=4)))
test = parser.get_doctest(text, {'a': 1}, 'sample', 'sample.txt', 10)
print(test)
print(test.globs, test.docstring == text, test.name, test.filename, test.lineno)
print(parser.get_doctest('', {}, 'empty', None, None))
print(parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f', 0))
print(test == parser.get_doctest(text, {'a': 1}, 'sample', 'sample.txt', 10))
print(sorted([parser.get_doctest('', {}, n, 'f', 0) for n in 'cab'])[0].name)

e = doctest.Example('print(1)', '1', exc_msg='ValueError: x', lineno=5, indent=2,
                    options={doctest.ELLIPSIS: True})
print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.indent, e.options)
print(repr(doctest.Example('1', '').want))

for bad in ['>>>1\n', '  >>> x = (1,\n ... 2)\n', '  >>> 1\n 1\n', '>>> 1\n...2\n',
            '  >>> print(1)\n  1\n 2\n']:
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as err:
        print('ValueError:', err)

try:
    doctest.DocTest('>>> 1', {}, 'n', None, 0, None)
except AssertionError as err:
    print('AssertionError:', err)

print([(ex.source, ex.want) for ex in parser.get_examples('\t>>> a = 1\n\t>>> a\n\t1\n')])
print(doctest.script_from_examples(text))
