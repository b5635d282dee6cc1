import textwrap
texts = ["The quick brown fox jumps over the lazy dog. " * 5, "supercalifragilisticexpialidocious-and-more-hyphenated-words here", "a  b\tc\n\nd   e", "",
         "   leading and trailing   ", "x-" * 40, "--------- ------", "emoji \U0001f600\U0001f600\U0001f600\U0001f600 wide words \U0001f600" * 3, "Mr. Smith went. To town! Yes? ok",
         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbb", "-abc-def-ghi-jkl-mno-pqr"]
opts = [dict(), dict(width=10), dict(width=1), dict(width=5, break_long_words=False), dict(width=7, break_on_hyphens=False), dict(width=12, drop_whitespace=False),
        dict(width=15, initial_indent="* ", subsequent_indent="    "), dict(width=7, initial_indent="---"), dict(width=20, fix_sentence_endings=True),
        dict(width=8, expand_tabs=False, replace_whitespace=False), dict(width=10, max_lines=2), dict(width=True), dict(width=9, drop_whitespace=0, break_long_words=1)]
for t in texts:
    for o in opts:
        try:
            print(repr(t[:20]), o, textwrap.wrap(t, **o))
            print(textwrap.fill(t, **o))
        except Exception as e:
            print(type(e).__name__, e)
for w in (0, -1, 2.5, 2**70):
    try: print(textwrap.wrap("hello world", width=w))
    except Exception as e: print(type(e).__name__, e)
class W(textwrap.TextWrapper):
    def _handle_long_word(self, chunks, line, size, width):
        line.append(chunks.pop()[:3] + "~")
print(W(width=5).wrap("abcdefghij kl mnopqrstuv"))
class S(str): pass
tw = textwrap.TextWrapper(width=6)
ch = [S("abc"), " ", "defgh", " ", "ij"]
print(tw._wrap_chunks(ch), ch)
ch = ["abc", " ", "defghijkl", " ", "ij"]
print(tw._wrap_chunks(ch), ch)
print(textwrap.shorten("Hello  world! How are you today?", width=15), textwrap.indent("a\nb", "> "), textwrap.dedent("  x\n  y"))
