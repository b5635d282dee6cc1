# Deterministic pseudo-random texts wrapped with many option combinations.
import textwrap

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


pieces = ["word", "a", "hyphen-ated", "re-re-entry", "--", "x--y", "end.", "Why?", "quote.'", "tab\t",
          "new\nline", "  ", "-b", "---", "e-mail", "123-456", "long" * 6, "ok,", "\u00e9t\u00e9-ci", "a-b-c",
          "well--said", "-", "x-", "ab-cd", "Mr.", "\u00a0nbsp", "under_score", "9-lives", "co-op-", "!!!"]
for case in range(300):
    words = [pieces[rand(len(pieces))] for _ in range(rand(14) + 1)]
    text = "".join(w + (" " if rand(3) else "") for w in words)
    width = rand(25) + 3
    opts = {}
    if rand(2):
        opts["break_on_hyphens"] = False
    if rand(3) == 0:
        opts["break_long_words"] = False
    if rand(3) == 0 and "break_long_words" not in opts:
        opts["drop_whitespace"] = False
    if rand(3) == 0:
        opts["fix_sentence_endings"] = True
    if rand(4) == 0:
        opts["expand_tabs"] = False
    if rand(4) == 0:
        opts["replace_whitespace"] = False
    if rand(3) == 0:
        opts["initial_indent"] = "* "
    if rand(3) == 0:
        opts["subsequent_indent"] = "  "
    if rand(3) == 0:
        opts["max_lines"] = rand(4) + 1
        opts["placeholder"] = [" [...]", "...", " ~"][rand(3)]
    try:
        print(case, width, sorted(opts.items()), textwrap.wrap(text, width, **opts))
    except ValueError as e:
        print(case, "ValueError", e)
