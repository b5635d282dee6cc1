# ElementTree's serializer and iterparse/XMLPullParser events, over trees the native paths
# (_xml_accel.serialize, the _EventTarget tree builder) handle and over the ones they leave to
# the Python code: namespaces, QNames, comments with children, non-str values, subclasses,
# replaced helpers, short_empty_elements, method="text", and deep trees.
import io
import xml.etree.ElementTree as ET

data = b'<r a="1&amp;&quot;\n\t" b="&lt;x&gt;"><x k="v">t&amp;<y/>tail</x><!--c--><?p q?><z>&gt;</z>\xc3\xa9</r>'
root = ET.fromstring(data)
for method in ("xml", "text", "html"):
    for enc in ("unicode", "utf-8", "us-ascii", None):
        print(method, enc, ET.tostring(root, encoding=enc, method=method))
print(ET.tostring(root, short_empty_elements=False))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))

# a tag None element writes its text and children only; its attributes are not written
e = ET.SubElement(root, "w")
e.tag = None
e.text = "plain <&>"
e.set("n", 5)
print(ET.tostring(root, encoding="unicode"))
# namespaces: the root gets the declarations
root.append(ET.Element("{http://example.com/ns}q", {"{http://example.com/ns}at": "1"}))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", method="text"))
root.remove(root[-1])
# a QName value and tag
q = ET.SubElement(root, ET.QName("qq"), {"k": ET.QName("val")})
print(ET.tostring(root, encoding="unicode"))
root.remove(q)
# a comment with a namespaced child: _namespaces still visits it
c = ET.Comment("cc")
c.append(ET.Element("{urn:x}inner"))
root.append(c)
print(ET.tostring(root, encoding="unicode"))
root.remove(c)
# values that cannot be serialized: the same TypeError
for bad in (ET.Element("a", {"k": 3}), ET.Element(7), ET.Element("a", {4: "v"})):
    try:
        ET.tostring(bad)
    except TypeError as exc:
        print("TypeError", exc)
bad = ET.Element("a")
bad.text = 12
try:
    print(ET.tostring(bad))
except TypeError as exc:
    print("TypeError", exc)
# an Element subclass, and a replaced helper, as python3
class Sub(ET.Element):
    def items(self):
        return [("from", "subclass")]

s = ET.Element("s")
s.append(Sub("child"))
print(ET.tostring(s))
saved = ET._escape_cdata
ET._escape_cdata = lambda text: text.upper()
print(ET.tostring(ET.fromstring("<a>b&amp;c</a>")))
ET._escape_cdata = saved
# default_namespace
try:
    print(ET.tostring(ET.fromstring("<a><b/></a>"), default_namespace="urn:d"))
except ValueError as exc:
    print("ValueError", exc)
print(ET.tostring(ET.fromstring('<a xmlns="urn:d"><b/></a>'), default_namespace="urn:d"))
# a deep tree (past the native serializer's depth)
deep = top = ET.Element("d0")
for i in range(1, 300):
    deep = ET.SubElement(deep, "d%d" % i)
    deep.tail = str(i)
out = ET.tostring(top, encoding="unicode")
print(len(out), out[:60], out[-60:])

# iterparse and XMLPullParser events through the native builder
for events in (None, ("start",), ("start", "end"), ("end", "comment", "pi"), ("start-ns", "end-ns", "start")):
    seen = []
    it = ET.iterparse(io.BytesIO(b'<r xmlns:p="urn:p" a="1"><p:x k="v">t<y/>tail</p:x><!--c--><?p q?></r>'), events=events)
    for ev, el in it:
        seen.append((ev, el if el is None or isinstance(el, tuple) else (el.tag if isinstance(el.tag, str) else el.tag.__name__, el.attrib, el.text, el.tail)))
    print(events, seen, it.root.tag, len(it.root))
pull = ET.XMLPullParser(events=("start", "end"))
pull.feed(b"<a><b>x</b>")
print([(ev, el.tag, el.text) for ev, el in pull.read_events()])
pull.feed(b"<c/></a>")
pull.close()
print([(ev, el.tag) for ev, el in pull.read_events()])
try:
    for ev, el in ET.iterparse(io.BytesIO(b"<a><b></a>"), events=("start", "end")):
        print(ev, el.tag)
except ET.ParseError as exc:
    print("ParseError", exc, exc.position)
# a factory that is not Element, and elements cleared while iterating
tb = ET.TreeBuilder(element_factory=Sub)
parser = ET.XMLParser(target=tb)
parser.feed(b"<a><b/></a>")
made = parser.close()
print(type(made).__name__, type(made[0]).__name__, made.items())
count = 0
for ev, el in ET.iterparse(io.BytesIO(b"<a>" + b"<b><c>1</c></b>" * 50 + b"</a>")):
    if el.tag == "b":
        count += len(el)
        el.clear()
print(count)

# SubElement: attrib and keywords merged into a new dict, argument errors as python3's
parent = ET.Element("p")
given = {"x": "1"}
first = ET.SubElement(parent, "a", given, y="2", x="3")
given["late"] = "no"
second = ET.SubElement(parent, "b", attrib={"k": "v"})
third = ET.SubElement(first, "c")
print(ET.tostring(parent), first.attrib, first.attrib is given, second.attrib, third.attrib, list(parent) == [first, second])
for args in (("not an element", "x"), (parent, "x", "not a dict"), (parent, 5)):
    try:
        print(ET.tostring(ET.SubElement(*args)))
    except TypeError as exc:
        print("TypeError", exc)
