# Backtracking-heavy regular expressions: nested quantifiers that fail after exploring many ways
# to split the subject, alternations retried at every position, and a lazy scan over a long
# subject. One match call runs for a long time here, unlike the many short calls of regex_dna.
import re

nested = re.compile(r"(?:a*)*b")
print(nested.match("a" * 21 + "c"))

alternation = re.compile(r"(?:a|aa)+$")
print([alternation.match("a" * n + "b") for n in (22, 24, 26)])

groups = re.compile(r"(x+x+)+y")
print(groups.fullmatch("x" * 20))

words = re.compile(r"(\w+\s?)*:")
print(words.match("the quick brown fox jumps"))

csv_line = re.compile(r"(?:[^,]*,){7}x")
print(sum(1 for _ in range(200) if csv_line.match("ab," * 12 + "c")))

lazy = re.compile(r"<(.*?)>")
subject = "<" + "ab" * 20000 + ">" + "<c>" * 5000
print(len(lazy.findall(subject)))
