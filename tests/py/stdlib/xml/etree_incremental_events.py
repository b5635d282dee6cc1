import xml.etree.ElementTree as ET
class T:
    def start(self, tag, attrib): print("start", tag, attrib)
    def end(self, tag): print("end", tag)
    def start_ns(self, prefix, uri): print("start_ns", repr(prefix), uri)
    def end_ns(self, prefix): print("end_ns", repr(prefix))
    def data(self, d): print("data", repr(d))
    def comment(self, t): print("comment", repr(t))
    def pi(self, t, d): print("pi", t, repr(d))
    def doctype(self, name, pubid, system): print("doctype", name, pubid, system)
    def close(self): print("close"); return 42
p = ET.XMLParser(target=T())
p.feed('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<!-- pre --><r xmlns="u:d" xmlns:b="u:b" xmlns:c="u:c"><b:x c:y="1">t')
print("--fed")
p.feed('xt<?p q?><!--in--></b:x><e xmlns:z="u:z"/></r><!-- post -->')
print("--fed2")
print(p.close())
pp = ET.XMLPullParser(events=("start-ns", "end-ns", "start", "end", "comment", "pi"))
pp.feed("<r xmlns:a='u:a' xmlns='u:d'><a:x/><!--c--><?pi x?>")
print([(e, v if isinstance(v, (tuple, type(None))) else v.tag if callable(v.tag) is False else (v.tag.__name__, v.text)) for e, v in pp.read_events()])
pp.feed("</r>")
print([(e, v if isinstance(v, (tuple, type(None))) else v.tag) for e, v in pp.read_events()])
pp.close()
print(list(pp.read_events()))
pp = ET.XMLPullParser()
pp.feed(b'<?xml version="1.0" encoding="iso-8859-1"?><r>\xe9')
print(list(pp.read_events()))
pp.feed(b'</r>')
print([(e, v.tag, v.text) for e, v in pp.read_events()])
try:
    pp = ET.XMLPullParser(); pp.feed("<r><a></b>"); print("queued")
    list(pp.read_events())
except ET.ParseError as e: print("read_events error", e)
try:
    pp.feed("more")
except ET.ParseError as e: print("feed after error", e)
pp = ET.XMLPullParser(); pp.feed("<r>\r"); pp.feed("\n</r>"); pp.close(); print([repr(v.text) for e, v in pp.read_events()])
pp = ET.XMLPullParser(); pp.feed("<r>a]"); pp.feed("]x</r>"); pp.close(); print([v.text for e, v in pp.read_events()])
pp = ET.XMLPullParser(); pp.feed("<r>"); 
try: pp.close()
except ET.ParseError as e: print(e)
pp = ET.XMLPullParser(); pp.feed("<r>\n<a>\n"); pp.feed("</a>\n\n  <b></c>") if False else None
try:
    pp.feed("</a>\n\n  <b></c>")
except ET.ParseError as e: print(e, e.position)
p = ET.XMLParser(); 
for ch in "<root a='1'>x&amp;y<![CDATA[z]]></root>": p.feed(ch)
r = p.close(); print(r.tag, r.attrib, r.text)
print([(e, x.tag) for e, x in ET.iterparse(__import__("io").StringIO("<a><b/></a>"), events=("start", "end"))])

class T:
    def data(self, d): print("data", repr(d))
    def start(self, t, a): print("start", t)
    def end(self, t): print("end", t)
p = ET.XMLParser(target=T())
p.feed("<r>ab\ncd\n\n  e&amp;f&#65;g<![CDATA[x\ny]]>h\r\ni</r>")
p.close()
p = ET.XMLParser(target=T())
for c in "<r>abc<a>def</a>gh</r>": p.feed(c)
p.close()

import io, os, tempfile
try:
    ET.iterparse("/nonexistent/file.xml")
except FileNotFoundError as e:
    print("eager open", e.errno)
big = "<root>" + "".join("<e i='%d'>%s</e>" % (i, "x" * (i % 50)) for i in range(3000)) + "</root>"
it = ET.iterparse(io.BytesIO(big.encode()), events=("start", "end"))
print(it.root, sum(1 for ev, el in it if ev == "end"), it.root.tag, len(it.root))
p = ET.XMLParser(); p.feed(b'<?xml version="1.0" encoding="utf-8"?><r>\xc3'); p.feed(b'\xa9</r>'); print(p.close().text)
p = ET.XMLParser(); p.feed(b"\xef\xbb\xbf<r>bom</r>"); print(p.close().text)
for chunks in (["<a", "/>"], ["<!-", "-c--><a/>"], ["<!DOC", "TYPE a [<!ENTITY e 'v'>]><a>&e;</a>"], ["<a>&am", "p;</a>"], ["<?x", "ml version='1.0'?><a/>"]):
    p = ET.XMLParser()
    for c in chunks:
        p.feed(c)
    r = p.close(); print(r.tag, r.text)
