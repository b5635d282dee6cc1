from xml.dom import minidom
import re
def clean(s): return re.sub(r" at 0x[0-9a-f]+", "", str(s))
d = minidom.parseString('<?xml version="1.0"?><!-- top --><root a="1" b="x&amp;y"><item id="1">One</item>\n  <item id="2"><![CDATA[<two>]]></item><empty/><ns:x xmlns:ns="urn:n"/><?pi data?></root>')
print(repr(d.toxml()))
print(d.toprettyxml(indent="  "))
r = d.documentElement
print(clean(r), r.tagName, clean(r.childNodes), clean(r.firstChild), r.attributes.items(), repr(r.getAttribute("zz")), r.attributes["a"].value, r.attributes.length)
print([i.firstChild.data for i in d.getElementsByTagName("item")], clean(d.childNodes), clean(d.firstChild))
c = r.childNodes[1]; print(repr(c), c.nodeType, c.nodeName, repr(c.nodeValue), c.parentNode.tagName, clean(c.previousSibling), clean(c.nextSibling))
doc = minidom.Document(); root = doc.createElement("root"); doc.appendChild(root)
for i in range(2):
    e = doc.createElement("e"); e.setAttribute("n", str(i)); e.appendChild(doc.createTextNode("t%d<" % i)); root.appendChild(e)
root.appendChild(doc.createComment("c"))
print(doc.toprettyxml(), doc.toxml(), doc.toxml("utf-8"), doc.toprettyxml(indent="", newl=""))
try: minidom.parseString("<a><b></a>")
except Exception as e: print(type(e), e, e.code, e.lineno, e.offset)
print(d.getElementsByTagName("item")[0].toxml(), len(d.getElementsByTagName("*")))
import xml.etree.ElementTree as ET
tree = ET.Element("config"); ET.SubElement(tree, "opt", name="a").text = "1"; ET.SubElement(tree, "opt", name="b")
print(minidom.parseString(ET.tostring(tree)).toprettyxml(indent="    "))
x = minidom.parseString("<list><v>1</v><v>2</v><v>3</v></list>")
vals = [int(n.firstChild.nodeValue) for n in x.getElementsByTagName("v")]; print(vals, sum(vals))
lst = x.documentElement; first = lst.firstChild; lst.removeChild(first); lst.appendChild(first); lst.insertBefore(x.createElement("new"), lst.firstChild)
print(lst.toxml(), first.parentNode.tagName, lst.childNodes.length, lst.hasChildNodes(), lst.lastChild.firstChild.data)
cl = lst.cloneNode(True); cl.setAttribute("copy", "yes"); print(cl.toxml(), lst.hasAttribute("copy"), cl.getAttribute("copy"))
t = x.createTextNode("a"); lst.appendChild(t); lst.appendChild(x.createTextNode("b")); lst.normalize(); print(repr(lst.lastChild.data), repr(lst.lastChild))
print(x.documentElement.nodeName, x.nodeType, x.documentElement.nodeType, minidom.Node.TEXT_NODE, repr(x.documentElement.nodeValue))
import os, tempfile
mpath = os.path.join(tempfile.mkdtemp(), "m.xml")
with open(mpath, "w") as f: f.write("<a><b>file</b></a>")
print(minidom.parse(mpath).getElementsByTagName("b")[0].firstChild.data)
