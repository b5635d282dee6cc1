import csv, io
samples = ["a;b;c\n1;2;3\n", 'name,age\n"Smith, J",42\n"Doe, A",37\n', "x\ty\tz\n1\t2\t3\n4\t5\t6\n", "id:val\n1:2\n3:4\n", "'a' 'b'\n'c' 'd'\n",
           "h1, h2, h3\n1, 2, 3\n4, 5, 6\n", 'a,"b ""q"" c",d\n1,2,3\n', "one\ntwo\nthree\n", "name|score\nann|10\nbob|9\n", "a,b\n1,2,3\n4\n"]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == "\r\n", d.quoting)
        print(csv.Sniffer().has_header(s), list(csv.reader(io.StringIO(s), d))[:2])
    except csv.Error as e:
        print("Error", e)
print(csv.Sniffer().sniff("a-b-c\n1-2-3\n", delimiters="-").delimiter)
try: csv.Sniffer().sniff("abc\n", delimiters=";")
except csv.Error as e: print(e)
