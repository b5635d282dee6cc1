# XMLParser fed whole and in small chunks: the events a target sees (start/end/data/comment/pi,
# namespaces, doctype) and the ParseError (message, code, position) of malformed documents.
# heapstack scans BMP text natively and text with astral characters in Python: both are here.
import xml.etree.ElementTree as ET


class Rec:
    def __init__(self):
        self.ev = []

    def start(self, tag, attrib):
        self.ev.append(("start", tag, sorted(attrib.items())))

    def end(self, tag):
        self.ev.append(("end", tag))

    def data(self, d):
        self.ev.append(("data", d))

    def comment(self, t):
        self.ev.append(("comment", t))

    def pi(self, t, d):
        self.ev.append(("pi", t, d))

    def start_ns(self, p, u):
        self.ev.append(("start_ns", p, u))

    def end_ns(self, p):
        self.ev.append(("end_ns", p))

    def doctype(self, *a):
        self.ev.append(("doctype",) + a)

    def close(self):
        return "closed"


def run(doc, chunk, tb):
    r = Rec() if tb == 0 else ET.TreeBuilder()
    p = ET.XMLParser(target=r)
    try:
        for k in range(0, max(len(doc), 1), chunk):
            p.feed(doc[k:k + chunk])
        res = p.close()
        out = ET.tostring(res) if tb else res
    except ET.ParseError as e:
        out = ("err", str(e), e.code, e.position)
    if tb == 0:
        # data pieces as one string per run (expat's split points are its own)
        ev = []
        for e in r.ev:
            if e[0] == "data" and ev and ev[-1][0] == "data":
                ev[-1] = ("data", ev[-1][1] + e[1])
            else:
                ev.append(e)
        return out, ev
    return out


docs = [
    '<a>x</a>',
    '<?xml version="1.0"?>\n<a b="1" c=\'2\'>t&amp;&lt;&#65;&#x42;<b/>tail</a>',
    '<a xmlns="urn:x" xmlns:p="urn:p"><p:b p:at="v" at2="w">q</p:b><c/></a>',
    '<a><!-- c --><?pi  data ?><![CDATA[x<y]]>z</a>',
    '<!DOCTYPE a [<!ENTITY e "EE">]><a>&e;</a>',
    '<a>\n line\n two\r\n three</a>',
    '<a b="x\ty\nz">',
    '<a></b>',
    '<a>',
    '',
    'x',
    '<a/><b/>',
    '<a b="1" b="2"/>',
    '<a>&undefined;</a>',
    '<a>&#0;</a>',
    '<a>&#xD800;</a>',
    '<a b="<"/>',
    '<a><?xml x?></a>',
    '<p:a/>',
    '<a>&#99999999;</a>',
    '<a x = "1" >y</a >',
    '<a\n>z</a\n>',
    '< a/>',
    '<a b/>',
    '<a b=1/>',
    '<a>text</a>  \n ',
    '  <a/>',
    '<a/>junk',
    '<a>é·<b·c/></a>',
    '<a>&#x1F600;</a>',
    '<a>😀</a>',
    '<a b="&#x41;&quot;"/>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html/>',
    '<a><b><c>deep</c></b></a>',
    '<a:b xmlns:a="u"></a:b>',
    '<a xmlns:a="u"><a:b/></a>',
    '<a/>\n<!-- after -->',
    '<?xml version="1.0" encoding="utf-8"?><r>ü</r>',
]
for doc in docs:
    results = {chunk: (run(doc, chunk, 0), run(doc, chunk, 1)) for chunk in (100000, 1, 3)}
    print(repr(doc))
    print("  ", results[100000])
    for chunk in (1, 3):
        if results[chunk] != results[100000]:
            print("   chunk", chunk, results[chunk])
