# str methods on non-ASCII text (case mapping, casefold, title, predicates), unicodedata
# normalize/name/category, encode/decode error handlers, bytes/bytearray methods, reprs.
import unicodedata
words = ['straße', 'ǅungla', 'ﬁne', 'İstanbul', 'ΣΑΣ', 'hello world', "they're bill's friends", 'ABC def', 'ß', 'ŉ', '1st 2nd', 'x_y-z', 'ǈ', 'Ⅻ', '٣', '½', '²', 'a\u0301', 'ﬀ', 'groß']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), len(w.upper()))
    print(' ', w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isidentifier(), w.istitle(), w.isupper(), w.islower(), w.isprintable(), w.isspace(), w.isascii())
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        print('  ', form, ascii(unicodedata.normalize(form, w)))
for ch in 'aÅ½٣€\u0301 \t😀ß':
    print(ascii(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), unicodedata.numeric(ch, None), unicodedata.decimal(ch, None), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.bidirectional(ch), unicodedata.mirrored(ch))
print(unicodedata.lookup('GREEK SMALL LETTER ALPHA'), '\N{EM DASH}', unicodedata.unidata_version)
s = 'Hello, World! 😀 foo'
print(len(s), s[::-1], s[-5:], s.find('o'), s.rfind('o'), s.index('W'), s.count('o'), s.partition(', '), s.rpartition('o'), s.split(), s.rsplit(' ', 1))
print(s.center(30, '*'), s.ljust(25, '.'), s.rjust(25), s.zfill(25), '-42'.zfill(6), '+7'.zfill(4))
print('a,b,,c'.split(','), 'a b  c'.split(' '), '  a  b '.split(), 'a\nb\r\nc\rd\x0ce\x1cf'.splitlines(), 'x\ny\n'.splitlines(True), ''.split(','), ''.split())
print('abc'.strip('ac'), 'xxhixx'.lstrip('x'), 'www.example.com'.removeprefix('www.').removesuffix('.com'))
print('{0}{1}{0}'.format('a', 'b'), '{name!r:>10}'.format(name='x'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0[1]}{1.real}'.format([5, 6], 3))
print('tab\there'.expandtabs(4), 'a\tbc\td'.expandtabs(), 'hello'.translate(str.maketrans('el', 'ip', 'o')), str.maketrans({'a': 'b'}))
print('Hello'.encode('utf-16'), 'é'.encode('latin-1'), 'é'.encode('ascii', 'replace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'), b'\xe9'.decode('utf-8', 'replace'), b'\xe9x'.decode('utf-8', 'ignore'))
try: 'é'.encode('ascii')
except UnicodeEncodeError as e: print(e)
try: b'ab\xff'.decode()
except UnicodeDecodeError as e: print(e)
print('-'.join(map(str, range(5))), 'abc' * 3, 'a' in 'cat', 'abc' < 'abd', 'Z' < 'a', ord('€'), chr(128512), '%s' % ('x',))
print('ab'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 3), 'aaa'.replace('a', 'b', 2), 'hello'.index('l', 3))
try: 'abc'.index('z')
except ValueError as e: print(e)
try: 'abc'[5]
except IndexError as e: print(e)
try: 'abc'[0] = 'x'
except TypeError as e: print(e)
try: 'a' + 1
except TypeError as e: print(e)
try: 1 + 'a'
except TypeError as e: print(e)
try: ''.join([1, 2])
except TypeError as e: print(e)
b = b'Hello\x00World\xff'
print(b, b.hex(), b.hex(':'), b.hex('-', 2), bytes.fromhex('de ad be ef'), b.upper(), b.split(b'\x00'), b[1], b[1:3], list(b[:3]), b.find(b'W'), b.decode('latin-1'))
ba = bytearray(b'abc')
ba.extend(b'def'); ba.append(33); ba[0] = 65; ba[1:3] = b'XYZ'; del ba[-1]; ba.insert(0, 48); ba.reverse()
print(ba, len(ba), ba.pop(), ba.count(b'X'), bytes(ba), ba.isalpha(), bytearray(3), bytes(range(5)), bytes([1, 2]) * 2)
print(b'%d-%s-%r' % (5, b'x', b'y'), b'abc'.center(9, b'*'), b'a,b'.partition(b','), b'  x '.strip(), b'AbC'.swapcase(), b'ab'.zfill(5), b'hello world'.title())
print(bytes.maketrans(b'ab', b'xy'), b'aabb'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'))
try: bytes([256])
except ValueError as e: print(e)
try: b'a' + 'b'
except TypeError as e: print(e)
try: ba[0] = 300
except ValueError as e: print(e)
print(memoryview(b'abcdef')[1:4].tobytes(), memoryview(bytearray(b'xyz')).tolist(), repr(b"'\"\n\t\\"), repr(bytearray(b"it's")))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\x00\x7f\x80\xa0\xad\u200b\ud800'), ascii('héllo😀'), str(b'x'), repr('\U0001f600'))
