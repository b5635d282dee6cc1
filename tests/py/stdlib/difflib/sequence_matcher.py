# SequenceMatcher: matching blocks, opcodes, grouped opcodes, the three ratios,
# find_longest_match with bounds, junk (isjunk) and autojunk's popular elements, and
# set_seq1/set_seq2 reuse.
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
print(s.find_longest_match(1, 3, 0, 9))

a = list(range(1, 40))
b = a[:]
b[8:8] = ['i']
b[20:23] = []
b[30] = 'x'
s = SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes():
    print(group)
for group in s.get_grouped_opcodes(1):
    print(group)
print(list(SequenceMatcher(None, 'same', 'same').get_grouped_opcodes()))
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(SequenceMatcher(None, '', '').ratio(), SequenceMatcher(None, 'a', '').get_opcodes())

# autojunk: an element filling more than 1% of a 200+ long b never starts a match
b = 'x' * 150 + 'abc' + 'x' * 60
s = SequenceMatcher(None, 'xxabcxx', b)
print(sorted(s.bpopular), s.get_matching_blocks())
s = SequenceMatcher(None, 'xxabcxx', b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks())

s = SequenceMatcher()
s.set_seq2('abcdefg')
for word in ['abc', 'bcdx', 'gfedcba', 'abcdefg']:
    s.set_seq1(word)
    print(word, round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s.set_seqs('kitten', 'sitting')
print(s.get_opcodes(), Match(1, 2, 3), Match(1, 2, 3).size)
print(SequenceMatcher[int])
