import xml.etree.ElementTree as ET
doc = """<?xml version="1.0"?>
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <!-- a comment -->
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price>44.95</price>
    <dc:subject>computers</dc:subject>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight Rain &amp; more</title>
    <price currency="EUR">5.95</price>
  </book>
  <magazine id="m1"><title>Weekly</title></magazine>
</catalog>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text), len(root))
for child in root:
    print(child.tag, child.attrib, repr(child.tail))
for b in root.findall("book"):
    print(b.get("id"), b.findtext("title"), b.find("price").text, b.find("price").get("currency", "USD"))
print([e.tag for e in root.iter()])
print([e.text for e in root.iter("title")])
print(root.findall(".//title")[2].text, root.find("book[@id='bk102']/author").text)
print([b.get("id") for b in root.findall("book[price]")], [e.get("id") for e in root.findall("*[@lang]")])
print(root.find("book/{http://purl.org/dc/elements/1.1/}subject").text)
print(root.find("book/dc:subject", {"dc": "http://purl.org/dc/elements/1.1/"}).text)
print(root.findall("book[2]/title")[0].text, root.findall("book[last()]")[0].get("id"))
print(root.findtext("missing", "default"), root.findtext("magazine/title"))
print([e.tag for e in root.findall("./book/..")], [e.tag for e in root.findall("book/*")])
print([t for t in root.find("magazine").itertext()], "".join(root.itertext())[:40])
print(ET.tostring(root.find("magazine")))
print(ET.tostring(root, encoding="unicode"))
new = ET.Element("data", {"version": "2"}, extra="yes")
new.text = "hi & <bye>"
s = ET.SubElement(new, "item", name='quote"d')
s.text = "é ü"
s.tail = "\n"
ET.SubElement(new, "empty")
c = ET.Comment(" note ")
new.append(c)
new.append(ET.PI("target", "x=1"))
print(ET.tostring(new))
print(ET.tostring(new, encoding="unicode"))
print(ET.tostring(new, encoding="utf-8"))
print(ET.tostring(new, encoding="iso-8859-1"))
print(ET.tostring(new, encoding="unicode", short_empty_elements=False))
print(ET.tostring(new, method="text", encoding="unicode"))
print(ET.tostring(new, xml_declaration=True, encoding="unicode"))
ns = ET.Element("{http://example.com/ns}root")
ET.SubElement(ns, "{http://example.com/ns}child", {"{http://example.com/other}attr": "v"})
ET.SubElement(ns, "{http://www.w3.org/2001/XMLSchema}el")
print(ET.tostring(ns, encoding="unicode"))
ET.register_namespace("ex", "http://example.com/ns")
print(ET.tostring(ns, encoding="unicode"))
print(ET.tostring(ns, encoding="unicode", default_namespace="http://example.com/ns") if False else "")
tree = ET.ElementTree(new)
ET.indent(tree)
print(ET.tostring(new, encoding="unicode"))
import io
buf = io.BytesIO(); tree.write(buf); print(buf.getvalue())
buf = io.BytesIO(); tree.write(buf, encoding="utf-8", xml_declaration=True); print(buf.getvalue())
sio = io.StringIO(); tree.write(sio, encoding="unicode"); print(sio.getvalue())
t2 = ET.parse(io.BytesIO(doc.encode()))
print(t2.getroot().tag, t2.find("book").get("id"), len(t2.findall(".//price")))
ET.dump(ET.fromstring("<a><b>1</b></a>"))
e = ET.fromstring("<r><x/><y/><x/></r>")
e.remove(e[1]); print(len(e), [c.tag for c in e]); e.insert(0, ET.Element("z")); print([c.tag for c in e])
del e[0]; e[0] = ET.Element("w"); print([c.tag for c in e], e[-1].tag, [c.tag for c in e[0:1]])
e.set("k", "v"); print(e.keys(), e.items(), e.get("nope"))
e.clear(); print(len(e), e.attrib, e.text)
for bad in ['<a><b></a>', '<a>', '', '<a/><b/>', '<a>&foo;</a>', '<a x=1/>', '<a x="1" x="2"/>', 'abc', '<a>\n<b>\n</c></a>', '<a b="<"/>', '<a:b/>', '<a></a>x', '<1a/>', '<a', '<a><![CDATA[x</a>', '<a>&#0;</a>', '\n\n  <a>\n <b x="1" y=\'2\'>t</b></a>  \n  junk']:
    try:
        r = ET.fromstring(bad); print(repr(bad), ET.tostring(r))
    except ET.ParseError as ex:
        print(repr(bad), ex, ex.position, ex.code)
print(ET.tostring(ET.fromstring('<a x="1&#10;2" y="a\tb\nc">&lt;&#65;&#x42;<![CDATA[<x>]]>&apos;&quot;</a>')))
print(ET.fromstring('<a xmlns="urn:d"><b/></a>')[0].tag)
print(ET.tostring(ET.fromstring('<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:q="1"/></a>')))
print(ET.iselement(e), ET.iselement("x"), ET.QName("urn:x", "tag"), ET.QName("t") == "t")
for ev, el in ET.iterparse(io.BytesIO(b"<r><a>1</a><b/></r>"), events=("start", "end")):
    print(ev, el.tag)
try: ET.Element("a", "b")
except TypeError as ex: print(ex)
try: e.append("x")
except TypeError as ex: print(ex)
try: root.findall("/book")
except SyntaxError as ex: print(ex)
