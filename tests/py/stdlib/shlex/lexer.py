# the shlex class: tokens, punctuation_chars, wordchars, pushback, lineno, sources
import io
import shlex


def tokens(text, **kw):
    extra = kw.pop("split", None)
    lex = shlex.shlex(text, **kw)
    if extra is not None:
        lex.whitespace_split = extra
    return list(lex)


src = "a = b + c; foo(bar, 'baz qux') # trailing\nnext \"dq\" x.y-z"
print(tokens(src))
print(tokens(src, posix=True))
print(tokens(src, split=True))
print(tokens(src, posix=True, split=True))
print(tokens(src, punctuation_chars=True))
print(tokens("a && b || c; d > e >> f < g | h & (i)", punctuation_chars=True))
print(tokens("~/x-y.z *.py a=b;c", punctuation_chars=True, posix=True))
print(tokens("a;;b||c", punctuation_chars=";", split=True))
print(tokens("ls|grep x>out", posix=True, punctuation_chars=True, split=True))
lex = shlex.shlex("one two three", posix=True)
print(lex.get_token(), lex.lineno, lex.state)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), lex.state)
lex = shlex.shlex("x\ny\n\nz # c\nw")
print([(t, lex.lineno) for t in lex])
print(lex.error_leader(), lex.error_leader("f.txt", 7), repr(lex.eof), repr(shlex.shlex(posix=True).eof))
lex = shlex.shlex(io.StringIO("first second"), infile="in.txt")
print(lex.infile, lex.get_token())
lex.push_source("inner words", "inner.txt")
print(lex.infile, lex.get_token(), lex.get_token(), lex.get_token(), lex.infile, lex.get_token())
p = shlex.shlex(posix=True, punctuation_chars=True)
print(repr(p.wordchars), p.punctuation_chars, repr(shlex.shlex().wordchars), repr(shlex.shlex(posix=True).wordchars))
print(repr(shlex.shlex(punctuation_chars="|").punctuation_chars), shlex.shlex().whitespace_split, shlex.shlex().quotes, shlex.shlex().escapedquotes)
try:
    shlex.shlex().punctuation_chars = "x"
except AttributeError as e:
    print("AttributeError")
lex = shlex.shlex("a 'b c' d")
lex.quotes = ""
print(list(lex))
lex = shlex.shlex("key:value,other:thing", posix=True)
lex.whitespace = ",:"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a%b c", posix=True)
lex.commenters = "%"
print(list(lex))
lex = shlex.shlex("x 'a\\'b' \"c\\\"d\" e\\f", posix=True)
lex.escapedquotes = "'\""
print(list(lex))
lex = shlex.shlex("run 'x' y", posix=True)
print(lex.read_token(), lex.read_token(), lex.read_token(), lex.read_token(), lex.read_token())
lex = shlex.shlex("abc def")
lex.debug = 3
print(lex.get_token())
