# tomllib: valid documents of every value kind, table rules, and the error messages (with
# their positions) for malformed ones.
import io
import tomllib
from decimal import Decimal

VALID = [
    'a = 1\nb = "two"\nc = 3.5\nd = true\ne = false',
    "int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nhex = 0xDEAD_beef\noct = 0o755\nbin = 0b1101",
    "f1 = +1.0\nf2 = 3.1415\nf3 = -0.01\nf4 = 5e+22\nf5 = 1e06\nf6 = -2E-2\nf7 = 6.626e-34\nf8 = 224_617.445_991\nsf1 = inf\nsf2 = +inf\nsf3 = -inf",
    'str = "I\'m a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF. \\U0001F600"',
    'ml = """\nRoses are red\nViolets are blue"""\nml2 = """The quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog."""\nq = """Here are two quotation marks: "". Simple enough."""\nq5 = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""\nend = """"This," she said, "is just a pointless statement.""""',
    "winpath = 'C:\\Users\\nodejs\\templates'\nregex = '<\\i\\c*\\s*>'\nlit = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\nq = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\napos = ''''That,' she said, 'is still pointless.''''",
    "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\nldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999\nlt3 = 00:32:00.1234567",
    'integers = [ 1, 2, 3 ]\ncolors = [ "red", "yellow", "green" ]\nnested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]\nnested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]\nstring_array = [ "all", \'strings\', """are the same""", \'\'\'type\'\'\' ]\nnumbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]\ncontributors = [\n  "Foo Bar <foo@example.com>", # comment\n  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" },\n]\nempty = [ ]\ntrail = [1,2,]',
    '[table-1]\nkey1 = "some string"\nkey2 = 123\n\n[table-2]\nkey1 = "another string"\nkey2 = 456\n[dog."tater.man"]\ntype.name = "pug"\n[a.b.c]\n[ d.e.f ]\n[ g .  h  . i ]\n[ j . "k" . \'l\' ]',
    '[x.y.z.w]\n[x]\n[fruit]\napple.color = "red"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true',
    'name = { first = "Tom", last = "Preston-Werner" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = "pug" }\nempty = {}\nnested = { a = { b = [1, { c = 2 }] } }',
    '[[products]]\nname = "Hammer"\nsku = 738594937\n\n[[products]]  # empty table within the array\n\n[[products]]\nname = "Nail"\nsku = 284758393\ncolor = "gray"',
    '[[fruits]]\nname = "apple"\n[fruits.physical]\ncolor = "red"\nshape = "round"\n[[fruits.varieties]]\nname = "red delicious"\n[[fruits.varieties]]\nname = "granny smith"\n[[fruits]]\nname = "banana"\n[[fruits.varieties]]\nname = "plantain"',
    '"127.0.0.1" = "value"\n"character encoding" = "value"\n"ʎǝʞ" = "value"\n\'key2\' = "value"\n\'quoted "value"\' = "value"\n"" = "blank"\n1234 = "digits"\n3.14159 = "pi"\nsite."google.com" = true',
    "# only a comment\n\n   \t\n",
    "",
    "a = 1\r\nb = 2\r\n[t]\r\nc = 'x'\r\n",
    'k = "tab\there" # trailing comment with \t tab',
    "dates = [1979-05-27, 1979-05-27T07:32:00Z, 07:32:00]",
]

INVALID = [
    "a = ",
    "a = 1 b = 2",
    "= 1",
    "a = 1\na = 2",
    "[t]\n[t]",
    "a = [1, 2\nb = 3",
    "a = {x = 1\n}",
    "a = {x = 1, x = 2}",
    'a = "unterminated',
    "a = 'unterminated",
    "a = '''never closed",
    'a = """never closed',
    'a = "bad \\q escape"',
    'a = "\\uZZZZ"',
    'a = "\\uD800"',
    "a = 01",
    "a = 1__0",
    "a = 0x",
    "a = tru",
    "a = 1979-02-30",
    "a = 1979-13-01",
    "[a]\nb = 1\n[a.b]",
    "a.b = 1\n[a]",
    "[a]\nx.y = 1\n[b]\n[a.x]",
    "a = [1]\n[[a]]",
    "a = {b = 1}\n[a]",
    "a = {b = 1}\na.c = 2",
    "[[a]]\n[a]",
    "a = 1\n[a]",
    "a = 1\n[[a]]",
    "[a\nb = 1",
    "[[a]\nb = 1",
    "a = 'multi\nline'",
    "a = \"x\x01y\"",
    "# comment \x01 ctrl",
    "x = 1 # ok\n  ! bad",
    "a = { b = 1 c = 2 }",
    "a = [1 2]",
    'a = """\\ x"""',
    "a.b = 1\na.b.c = 2",
    "a = \"\"\"\x7f\"\"\"",
    "a = 1\n\n\n  b",
]

for doc in VALID:
    print(repr(tomllib.loads(doc)))
for doc in INVALID:
    try:
        r = tomllib.loads(doc)
        print("accepted", repr(doc), r)
    except tomllib.TOMLDecodeError as e:
        print(type(e).__name__, e, e.__cause__ is not None)

print(tomllib.loads("x = 1.5\ny = [2.25, -inf]", parse_float=Decimal))
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError", e)
print(tomllib.load(io.BytesIO("k = 'v\u00e9'\n".encode())))
try:
    tomllib.load(io.StringIO("k = 1"))
except TypeError as e:
    print("TypeError", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
d = tomllib.loads("t = 1979-05-27T00:32:00-07:00\nu = 1979-05-27T00:32:00+05:30")
print(d["t"].utcoffset(), d["u"].tzinfo, d["t"].tzinfo is tomllib.loads("v = 1980-01-01T00:00:00-07:00")["v"].tzinfo)
