import io, os, sys, tempfile
import xml.sax
from xml.sax import handler, saxutils
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator, XMLFilterBase

DOC = """<?xml version="1.0"?>
<library name="city &amp; co">
  <!-- a comment -->
  <book id="1" lang='en'><title>Dune</title><year>1965</year></book>
  <book id="2"><title>Emma &lt;2&gt;</title><?render fast?></book>
  <empty/>
</library>
"""

class Counter(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
        self.text = []
    def startDocument(self): self.events.append("startDocument")
    def endDocument(self): self.events.append("endDocument")
    def startElement(self, name, attrs):
        self.events.append(("start", name, sorted(attrs.items()), attrs.getLength(), attrs.getNames()))
        if "id" in attrs:
            print("id", attrs["id"], attrs.getValue("id"), attrs.get("nope", "-"), attrs.getType("id"), attrs.getQNames())
    def endElement(self, name): self.events.append(("end", name))
    def characters(self, content): self.text.append(content)
    def processingInstruction(self, target, data): self.events.append(("pi", target, data))

h = Counter()
xml.sax.parseString(DOC, h)
for e in h.events: print(e)
print(h.text)
h2 = Counter()
xml.sax.parseString(DOC.encode("utf-8"), h2)
print(h2.events == h.events, "".join(h2.text) == "".join(h.text))

class Titles(handler.ContentHandler):
    def __init__(self):
        self.in_title = False; self.titles = []; self.buf = ""
    def startElement(self, name, attrs):
        if name == "title": self.in_title = True; self.buf = ""
    def endElement(self, name):
        if name == "title": self.in_title = False; self.titles.append(self.buf)
    def characters(self, c):
        if self.in_title: self.buf += c
t = Titles()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "lib.xml")
    with open(path, "w") as f: f.write(DOC)
    xml.sax.parse(path, t)
    print(t.titles)
    with open(path, "rb") as f:
        t2 = Titles(); xml.sax.parse(f, t2); print(t2.titles)

for bad in ["<a><b></a>", "<a>", "<a></a><b/>", "<a x='1' x='2'/>", "", "<a>&nope;</a>", "text"]:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(repr(bad), "->", e, "|", e.getMessage(), e.getLineNumber(), e.getColumnNumber(), e.getSystemId())

class NS(handler.ContentHandler):
    def startPrefixMapping(self, prefix, uri): print("map", prefix, uri)
    def endPrefixMapping(self, prefix): print("unmap", prefix)
    def startElementNS(self, name, qname, attrs): print("startNS", name, qname, dict(attrs.items()))
    def endElementNS(self, name, qname): print("endNS", name, qname)
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(NS())
p.parse(io.StringIO('<r xmlns="urn:d" xmlns:x="urn:x"><x:c x:a="1" b="2"/><d/></r>'))
print(p.getFeature(handler.feature_namespaces))
try: p.getFeature("http://example.com/nope")
except xml.sax.SAXNotRecognizedException as e: print(type(e).__name__, e)

print(escape("a < b & c > d"), escape("x", {"x": "&x;"}), unescape("&lt;&amp;lt;&gt;"), unescape("&q;", {"&q;": '"'}))
print(quoteattr("plain"), quoteattr('say "hi"'), quoteattr("it's \"x\""), quoteattr("a\nb\tc"))
out = io.StringIO()
g = XMLGenerator(out, "utf-8")
xml.sax.parseString("<a x='1&amp;2'>t&lt;<b/> <c>é</c></a>", g)
print(out.getvalue())
bout = io.BytesIO()
g = XMLGenerator(bout, "ascii", short_empty_elements=True)
xml.sax.parseString("<a><b/><c>é€</c></a>", g)
print(bout.getvalue())
class Upper(XMLFilterBase):
    def characters(self, content): super().characters(content.upper())
out = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(XMLGenerator(out))
f.parse(io.StringIO("<m>hello <i>world</i></m>"))
print(out.getvalue())
ai = xml.sax.xmlreader.AttributesImpl({"a": "1"})
print(len(ai), ai.keys(), ai.values(), ai.copy().items(), ai.getNameByQName("a"))
try: ai.getNameByQName("z")
except KeyError as e: print("KeyError", e)
e = xml.sax.SAXException("msg")
print(e, e.getMessage(), e.getException())
try: e[0]
except AttributeError as x: print("AttributeError", x)
print(handler.feature_namespaces, handler.all_properties[0], xml.sax.default_parser_list)
out = io.StringIO()
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, 1)
p.setContentHandler(XMLGenerator(out, "utf-8", short_empty_elements=True))
p.parse(io.StringIO('<r xmlns="urn:d" xmlns:x="urn:x"><x:c x:a="1" b="2"/><d xml:lang="en">t</d></r>'))
print(out.getvalue())
class Lex(handler.LexicalHandler):
    def comment(self, content): print("comment", repr(content))
p = xml.sax.make_parser()
p.setProperty(handler.property_lexical_handler, Lex())
p.setContentHandler(handler.ContentHandler())
p.parse(io.StringIO("<a><!-- one --><b/><!--two--></a>"))
