// AST parity with CPython 3.11: each source is parsed by python3's ast.parse and by ours, and
// ast.dump(..., include_attributes=True) must be identical (node kinds, fields, constants and
// positions in UTF-8 bytes).

import assert from "node:assert/strict";
import { test } from "node:test";
import { dump } from "./dump.js";
import { parse } from "./parser.js";
import { askPython, PARSE_ORACLE } from "./python_oracle.js";

type Mode = "exec" | "eval" | "single" | "func_type";
type Source = string | { bytes: number[] };
type Case = [Source, Mode?, boolean?];

const bytes = (s: string): { bytes: number[] } => ({ bytes: [...Buffer.from(s, "latin1")] });

const CASES: Case[] = [
  // A high surrogate then a low one as two code points (one character in a JS string)
  ["x = '\\ud800\\udc00', 'a\\ud83d' '\\ude00b', '\\U0001f600\\udc00', '\\ud800\\U0001f600'"],
  ["x = f'\\ud800{y}\\udc00' f'\\udbff' '\\udfff', '\\ud800\\\\udc00', '\\ud800' r'\\udc00'"],
  // Expressions and operators
  ["x = a + b * c ** -d // e % f @ g"],
  ["x = a << b >> c & d | e ^ ~f"],
  ["x = not a and b or c and not d"],
  ["x = a < b <= c == d != e > f >= g is h is not i in j not in k"],
  ["x = a if b else c if d else e"],
  ["x = lambda a, b=1, *c, d, e=2, **f: a"],
  ["x = lambda: 0"],
  ["x = lambda a, /, b, *, c: 0"],
  ["x = (y := 10)"],
  ["x = [i for i in range(3) if i if not i for j in i]"],
  ["x = {k: v for k, v in d.items()}"],
  ["x = {a for a in b}"],
  ["x = (a for a in b)"],
  ["f(a for a in b)"],
  ["async def f():\n    return [x async for x in y], await z\n"],
  ["x = a[1:2, ::3, 4:, :5, *b]"],
  ["x = a[b, c]"],
  ["x = a[()]"],
  ["x = a.b.c(d, *e, f=g, **h).i[j]"],
  ["f(*a, b, *c, d=1, **e, g=2)"],
  ["x = [1, *a, 2]; y = {1, *b}; z = {**c, 'd': 1}"],
  ["x = (1,); y = (); z = 1, 2"],
  ["x = ...; y = None; z = True; w = False"],
  ["x = -1; y = +1.5; z = 1j; w = 2.5e-3J"],
  ["x = 0x1F + 0o17 + 0b101 + 1_000_000 + 0_0 + 00"],
  ["x = 1e16 + 1e-5 + 1.0 + 0.1 + 1e300 * 1e300 + 123456789012345678901234567890"],
  ["x = 'a' 'b' \"c\" '''d''' r'\\e' u'f'"],
  ["x = b'a' b'\\x00\\xff' rb'\\n' Rb'\\''"],
  ["x = 'tab\\there \\N{LATIN SMALL LETTER E WITH ACUTE} \\u00e9 \\U0001f600 \\101 \\x41'"],
  ["x = U'upper' 'lower'"],
  ["x = 'é' + 'ü' + '日本語' + '😀'"],
  ["é = 'x'; ﬁ = 1"],
  // f-strings
  ["x = f'a{b}c{d!r}e{f:>10}g{h!s:{i}}j'"],
  ["x = f'{a=}' f'{b = }' f'{c=!s}' f'{d=:x}'"],
  ["x = f'{{}}' f'{{{a}}}'"],
  ["x = f'{a[\"b\"]}' f\"{c['d']}\""],
  ["x = (f'''a\n  {b}\n{c}''', f'''{\nd}''')"],
  ["x = f'{f\"{a}\"}'"],
  ["x = 'a' f'{b}' 'c'"],
  ["x = f'\\N{BULLET} {a}'"],
  ["x = rf'\\d{a}'"],
  ["x = f'{a:{b}.{c}}'"],
  ["x = f'é{a}ü{b}'"],
  // Statements
  ["x: int = 1\ny: List[int]\n(z): int = 2\na.b: c\nd[0]: e = 3"],
  ["a = b = c = 1\na, *b = c\n[a, b] = c\n(a, b), c = d"],
  [
    "x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x %= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x **= 1; x //= 1",
  ],
  ["del a, b[0], c.d, (e, f), [g]"],
  [
    "import a, b.c as d\nfrom . import e\nfrom .. f import g as h, i\nfrom ... import *\nfrom .... j import (k,)",
  ],
  ["global a, b\nnonlocal c"],
  ["assert x, 'msg'\nraise\nraise E\nraise E from F\nreturn\npass\nbreak\ncontinue"],
  ["if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n"],
  ["while a:\n    break\nelse:\n    pass\n"],
  ["for a, b in c:\n    continue\nelse:\n    pass\n"],
  ["async def f():\n    async for a in b:\n        pass\n    async with c as d, e:\n        pass\n"],
  ["with a as b, c as (d, e), f:\n    pass\n"],
  ["with (a as b, c):\n    pass\n"],
  ["with (a, b):\n    pass\n"],
  [
    "try:\n    pass\nexcept A as e:\n    pass\nexcept (B, C):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  ],
  ["try:\n    pass\nexcept* A:\n    pass\nexcept* (B, C) as e:\n    pass\n"],
  ["try:\n    pass\nfinally:\n    pass\n"],
  ["@a\n@b.c(d)\ndef f(a, b: int = 1, *args: str, c, d=2, **kw) -> None:\n    '''doc'''\n"],
  ["@dec\nclass A(B, metaclass=M, **kw):\n    x = 1\n    def f(self): ...\n"],
  ["class A: pass\nclass B(): pass"],
  ["def f(a, /): pass\ndef g(a=1, /, b=2, *, c): pass\ndef h(*, a): pass\ndef i(*a: *Ts): pass"],
  ["if x:\n    if y:\n        pass\n\n    # comment\n  # other\n    z = 1\n"],
  ["x = 1 \\\n    + 2\n"],
  ["x = (1 +\n     2)\n"],
  ["x = 1; y = 2;"],
  ["\n\n# only comments\n\n"],
  [""],
  ["x = 1\r\ny = 2\r\n"],
  ["x = 1\ry = 2\r"],
  ["\tif x:\n\t\tpass\n".slice(1)],
  // match
  [
    "match x:\n    case 1 | -2 | 3.0 | -4j | 1 + 2j | 'a' 'b' | b'c' | None | True | False:\n        pass\n" +
      "    case [a, *b, c] | (d, e) | [] | () | [*_]:\n        pass\n" +
      "    case {'k': v, 1: w, **rest} | {}:\n        pass\n" +
      "    case Point(x=0, y=1) | Point(1, 2) | a.b.C(d, e=f) | C():\n        pass\n" +
      "    case (a as b) | _ | c if c > 0:\n        pass\n" +
      "    case a.b:\n        pass\n",
  ],
  ["match a, b:\n    case 1, 2:\n        pass\n"],
  ["match = 1\ncase = 2\n_ = match + case\nmatch(x)\n"],
  // Modes
  ["1 + 2", "eval"],
  ["(a, b)\n\n", "eval"],
  ["x = 1", "single"],
  ["if x:\n    y\n", "single"],
  ["for x in y: pass\n", "single"],
  ["(int, str) -> bool", "func_type"],
  ["(*a, **k) -> None", "func_type"],
  ["() -> x", "func_type"],
  // Type comments
  ["x = 1  # type: int\n", "exec", true],
  [
    "def f(a,  # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    pass\n",
    "exec",
    true,
  ],
  ["def f(a, b): # type: (int, str) -> None\n    pass\n", "exec", true],
  ["for x in y:  # type: int\n    pass\nwith a as b:  # type: int\n    pass\n", "exec", true],
  ["x = 1  # type: ignore\ny = 2  # type: ignore[misc]\n# type: ignore\n", "exec", true],
  ["x = 1  # type: int\n", "exec", false],
  // Bytes sources
  [bytes("# -*- coding: latin-1 -*-\nx = '\xe9'\n")],
  [bytes("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n")],
  [bytes("\xef\xbb\xbfx = '\xc3\xa9'\n")],
  [bytes("# coding=cp1252\nx = '\x80'\n")],
  [bytes("x = '\xc3\xa9' \\\n  + '\xe2\x82\xac'\n")],
];

const expected = askPython(
  `${PARSE_ORACLE}
cases = json.load(sys.stdin)
print(json.dumps([result_of(c[0], c[1] if len(c) > 1 else "exec", c[2] if len(c) > 2 else False) for c in cases]))`,
  CASES,
) as unknown[];

CASES.forEach((c, i) => {
  const [src, mode = "exec", typeComments = false] = c;
  const label =
    typeof src === "string"
      ? JSON.stringify(src).slice(0, 70)
      : `bytes ${JSON.stringify(Buffer.from(src.bytes).toString("latin1")).slice(0, 60)}`;
  test(`${mode}${typeComments ? "+type_comments" : ""}: ${label}`, () => {
    const want = expected[i];
    assert.equal(typeof want, "string", `python3 rejected this case: ${JSON.stringify(want)}`);
    const input = typeof src === "string" ? src : new Uint8Array(src.bytes);
    assert.equal(
      dump(parse(input, mode, { typeComments, exactStrings: true }), { includeAttributes: true }),
      want,
    );
  });
});
