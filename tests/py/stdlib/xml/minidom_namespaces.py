from xml.dom import minidom
from xml.dom.minidom import Document, parseString
doc = parseString("<root xmlns:a='urn:a' id='r'><a:x k='1'>t<![CDATA[c]]></a:x><y/><!--cm--><?pi d?></root>")
r = doc.documentElement
print(r.tagName, r.getAttribute("id"), r.hasAttribute("nope"), [c.nodeName for c in r.childNodes], r.firstChild.firstChild.data, r.firstChild.prefix, r.firstChild.localName, r.firstChild.namespaceURI)
print(doc.getElementsByTagNameNS("urn:a", "x")[0].getAttribute("k") if hasattr(doc, "getElementsByTagNameNS") else "", r.attributes.length, r.attributes.item(0).name if r.attributes.length else "", list(r.attributes.keys()))
d = Document(); e = d.createElement("e"); d.appendChild(e); e.setAttribute("a", 'q"<'); t = d.createTextNode("x & y"); e.appendChild(t); e.appendChild(d.createComment("c")); e.appendChild(d.createProcessingInstruction("p", "v"))
e.insertBefore(d.createElement("first"), e.firstChild); e2 = e.cloneNode(True); print(e2.toxml(), e.childNodes.length, e.lastChild.nodeType, e.hasChildNodes())
print(d.toprettyxml(indent="  ", newl="\n", encoding="utf-8"))
print(d.toxml(standalone=True) if True else "")
n = e.removeChild(e.firstChild); e.replaceChild(d.createTextNode("new"), e.firstChild); print(e.toxml(), n.parentNode, e.firstChild.nextSibling.nodeName, e.lastChild.previousSibling.nodeName)
e.normalize(); print(e.toxml(), d.documentElement is e, e.ownerDocument is d, e.getElementsByTagName("*").length)
print(minidom.parseString("<a>\n  <b>1</b>\n</a>").toprettyxml())
pass
el = d.createElementNS("urn:z", "z:el"); el.setAttributeNS("urn:z", "z:at", "v"); print(el.toxml(), el.getAttributeNS("urn:z", "at"), el.namespaceURI)
try: parseString("<a><b></a>")
except Exception as ex: print(type(ex).__name__, ex)
print(repr(doc)[:20], repr(r)[:18], r.getElementsByTagName("y")[0].toxml(), r.childNodes[0].attributes["k"].value, e.isSameNode(e))
d2 = parseString("<r xmlns='urn:d' xmlns:p='urn:p'><p:a p:k='1' k2='2'><b xmlns='urn:b'/></p:a><c/></r>")
for el in d2.getElementsByTagName("*"):
    print(el.tagName, el.prefix, el.localName, el.namespaceURI, [(a.name, a.prefix, a.localName, a.namespaceURI) for a in el.attributes.values()])
print([e.tagName for e in d2.getElementsByTagNameNS("urn:d", "*")], [e.tagName for e in d2.getElementsByTagNameNS("*", "a")], d2.documentElement.getElementsByTagNameNS("urn:b", "b").length)
a = d2.getElementsByTagName("p:a")[0]; print(a.getAttributeNS("urn:p", "k"), repr(a.getAttributeNS(None, "k2")), a.hasAttributeNS("urn:p", "k"), a.getAttributeNodeNS("urn:p", "k").name, d2.toxml())
