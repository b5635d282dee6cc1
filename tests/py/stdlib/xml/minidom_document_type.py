from xml.dom import minidom
import xml.dom
imp = minidom.getDOMImplementation()
dt = imp.createDocumentType("html", "-//W3C//DTD XHTML 1.0//EN", "http://x")
dd = imp.createDocument(None, "html", dt)
print(dd.toxml(), dd.doctype.name, dd.doctype.publicId, dd.doctype.systemId, dt.nodeType, dt.nodeName, dt.ownerDocument is dd, dd.documentElement.tagName)
print(dd.toprettyxml())
s = imp.createDocument("urn:x", "x:root", imp.createDocumentType("root", None, "sys.dtd"))
print(s.toxml(), s.documentElement.namespaceURI, s.documentElement.prefix)
print(imp.createDocument(None, None, None).toxml())
for args in [(None, None, dt), ("urn", "xml:a", None), (None, "p:a", None), (None, "", None)]:
    try: imp.createDocument(*args)
    except xml.dom.DOMException as e: print(type(e).__name__, e)
