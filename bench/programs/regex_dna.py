# DNA sequence regex work (in the spirit of pyperformance's regex_dna): a generated FASTA
# text, header/newline stripping with re.sub, counting variant patterns with alternation and
# character classes (case-insensitive), and IUB code substitution with a replacement function.
import re

import sys

# tests/py/programs/regex_dna.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


def fasta(n):
    seed = 42
    alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGG"
    lines = [">ONE Homo sapiens alu"]
    out = []
    for i in range(n // 60):
        seed = (seed * 3877 + 29573) % 139968
        k = seed % len(alu)
        chunk = (alu[k:] + alu[:k])[:60]
        if seed % 7 == 0:
            chunk = chunk.lower()
        out.append(chunk)
    lines.extend(out)
    lines.append(">TWO IUB ambiguity codes")
    for i in range(n // 120):
        seed = (seed * 3877 + 29573) % 139968
        lines.append("".join("acgtBDHKMNRSVWY"[(seed >> j) % 15] for j in range(60)))
    return "\n".join(lines) + "\n"


text = fasta(SCALE)
ilen = len(text)
seq = re.sub(">.*\n|\n", "", text)
clen = len(seq)
variants = (
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
)
for v in variants:
    print(v, len(re.findall(v, seq, re.IGNORECASE)))
subst = {
    "B": "(c|g|t)", "D": "(a|g|t)", "H": "(a|c|t)", "K": "(g|t)", "M": "(a|c)", "N": "(a|c|g|t)",
    "R": "(a|g)", "S": "(c|g)", "V": "(a|c|g)", "W": "(a|t)", "Y": "(c|t)",
}
pattern = re.compile("|".join(subst))
expanded = pattern.sub(lambda m: subst[m.group()], seq)
print(ilen, clen, len(expanded))
print(len(re.findall(r"(?i)gg[ct]c", seq)), len(re.split("N", seq)), seq.count("ggcc"))
print(re.search(r"(a+)(c+)(g+)", seq).groups(), [m.span() for m in re.finditer("TTTAA", seq[:5000])][:3])
