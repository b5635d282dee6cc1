# XML with xml.etree.ElementTree (in the spirit of pyperformance's xml_etree): build a tree of
# elements with attributes and text, serialize it with tostring, parse it back with fromstring
# and with iterparse over io.BytesIO, then walk it with iter/findall/find/get.
import hashlib
import io
import sys
import xml.etree.ElementTree as ET

# tests/py/bench_like/xml_etree.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 100


def build(n):
    root = ET.Element("catalog", {"version": "1.0", "lang": "en"})
    for i in range(n):
        book = ET.SubElement(root, "book", id=f"b{i}")
        title = ET.SubElement(book, "title")
        title.text = f"Title <{i}> & co"
        author = ET.SubElement(book, "author", role="main" if i % 3 else "editor")
        author.text = "Author %d" % (i * 7 % 13)
        price = ET.SubElement(book, "price", currency="EUR")
        price.text = str(round(i * 1.25 + 3, 2))
        tags = ET.SubElement(book, "tags")
        for t in range(i % 4):
            tag = ET.SubElement(tags, "tag")
            tag.text = "t%d" % t
            tag.tail = "\n"
        if i % 5 == 0:
            book.append(ET.Comment(f" note {i} "))
    return root


def walk(root):
    total = 0.0
    roles = {}
    for book in root.iter("book"):
        total += float(book.find("price").text)
        role = book.find("author").get("role")
        roles[role] = roles.get(role, 0) + 1
    tags = len(root.findall(".//tag"))
    titles = [b.findtext("title") for b in root.findall("book")]
    return round(total, 2), sorted(roles.items()), tags, titles[-1]


def main():
    h = hashlib.sha256()
    for rep in range(SCALE):
        root = build(30 + rep % 7)
        data = ET.tostring(root, encoding="utf-8")
        h.update(data)
        again = ET.fromstring(data)
        info = walk(again)
        h.update(repr(info).encode())
        events = 0
        depth = 0
        maxdepth = 0
        for event, elem in ET.iterparse(io.BytesIO(data), events=("start", "end")):
            events += 1
            if event == "start":
                depth += 1
                maxdepth = max(maxdepth, depth)
            else:
                depth -= 1
                if elem.tag == "book":
                    elem.clear()
        h.update(f"{events}/{maxdepth}".encode())
        text = ET.tostring(again, encoding="unicode", method="text")
        h.update(text.encode())
        tree = ET.ElementTree(again)
        buf = io.BytesIO()
        tree.write(buf, encoding="utf-8", xml_declaration=True)
        h.update(buf.getvalue()[:200])
    print(info)
    print(data[:160].decode())
    print(h.hexdigest())


main()
