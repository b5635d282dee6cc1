# conditional groups (?(id/name)yes|no)
import re

p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m and m.groups())
q = re.compile(r"(?P<quote>['\"])?\w+(?(quote)(?P=quote))")
for s in ["'abc'", '"abc"', "abc", "'abc"]:
    print(s, q.fullmatch(s))
print(re.match(r"(a)?(?(1)b)", "a"), re.match(r"(a)?(?(1)b)", "ab"), re.match(r"(a)?(?(1)b)", ""))
print(re.match(r"(a)(?(1)|b)", "a"), re.match(r"(?(1)a|b)(x)?", "b"))
print(re.findall(r"(a)?(?(1)b|c)", "abcacab"))
print(re.match(r"(?:(a)|b)(?(1)c|d)", "bd"), re.match(r"(?:(a)|b)(?(1)c|d)", "ac"))
for bad in [r"(?(1)a|b|c)", r"(a)(?(1)b|c|d)", r"(?(a)x)", r"(?(0)x)", r"(?(-1)x)", r"(?(1a)x)",
            r"(?(1)", r"(?(2)x)(a)", r"(?(", r"(?()x)", r"(?(99999999999)x)", r"(?(x", r"(?(1)x"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "->", e)
