# The one-character functions of unicodedata called right and wrong: argument counts, keywords,
# non-characters, defaults; and their values for a few characters.
import unicodedata as u
calls = [lambda: u.category(), lambda: u.category('ab'), lambda: u.category(5), lambda: u.category(chr=' '),
         lambda: u.combining('a', 'b'), lambda: u.name('a', 1, 2), lambda: u.name(), lambda: u.name(chr='a'),
         lambda: u.decimal('a', 'b', 'c'), lambda: u.decimal(), lambda: u.name(5), lambda: u.category(''),
         lambda: u.name(chr='a', default=1), lambda: u.digit('x'), lambda: u.numeric('x', None),
         lambda: u.mirrored('(', ')'), lambda: u.bidirectional(x=1)]
for f in calls:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(u.category('a'), u.combining('\u0301'), u.east_asian_width('\u6f22'), u.name('a'), u.name('\x00', 'd'),
      u.decimal('7'), u.digit('\u00b2'), u.numeric('\u00bd'), u.decomposition('\u00e9'), u.mirrored('('))
