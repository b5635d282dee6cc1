"""Simple implementation of the Level 1 DOM (heapstack's own).

parse()/parseString() build a Document (comments, processing instructions, CDATA sections
and whitespace text kept; elements and attributes get the prefix, localName and namespaceURI
of their xmlns declarations, as with CPython's namespace-aware expat builder);
Documents, Elements, Text, Comment and ProcessingInstruction nodes support the usual
navigation and editing methods, getElementsByTagName, and toxml()/toprettyxml()/writexml()
with CPython's output.
"""

import io

import xml.dom
from xml.dom import (EMPTY_NAMESPACE, XMLNS_NAMESPACE, HierarchyRequestErr, IndexSizeErr,
                     Node, NotFoundErr)

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element", "Text",
           "Comment", "ProcessingInstruction", "CDATASection", "Attr", "NodeList", "DocumentType"]


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


def _escape(data):
    """Text and attribute values as minidom writes them."""
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;")
        data = data.replace('"', "&quot;").replace(">", "&gt;")
    return data


class _Node(Node):
    """What every node has: its parent, siblings and (for containers) children."""

    __slots__ = ()
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_NAMESPACE
    _child_types = ()

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        out = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def isSameNode(self, other):
        return self is other

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def _detach(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)

    def _relink(self):
        kids = self.childNodes
        for i, k in enumerate(kids):
            k.previousSibling = kids[i - 1] if i else None
            k.nextSibling = kids[i + 1] if i + 1 < len(kids) else None

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        self._detach(node)
        self.childNodes.append(node)
        node.parentNode = self
        self._relink()
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        self._check_child(newChild)
        try:
            index = next(i for i, c in enumerate(self.childNodes) if c is refChild)
        except StopIteration:
            raise NotFoundErr() from None
        self._detach(newChild)
        index = next(i for i, c in enumerate(self.childNodes) if c is refChild)
        self.childNodes.insert(index, newChild)
        newChild.parentNode = self
        self._relink()
        return newChild

    def removeChild(self, oldChild):
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                del self.childNodes[i]
                break
        else:
            raise NotFoundErr()
        oldChild.parentNode = None
        oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        self._check_child(newChild)
        self._detach(newChild)
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                self.childNodes[i] = newChild
                break
        else:
            raise NotFoundErr()
        newChild.parentNode = self
        oldChild.parentNode = None
        oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def normalize(self):
        """Merge adjacent text nodes and drop empty ones, through the whole subtree."""
        kids = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kids and kids[-1].nodeType == Node.TEXT_NODE:
                    kids[-1].data = kids[-1].data + child.data
                    child.parentNode = None
                    continue
            kids.append(child)
            if child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
        self.childNodes[:] = kids
        self._relink()

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    def getElementsByTagName(self, name):
        found = NodeList()
        _collect(self, name, found)
        return found

    def getElementsByTagNameNS(self, namespaceURI, localName):
        found = NodeList()
        _collect_ns(self, namespaceURI, localName, found)
        return found


def _collect_ns(parent, uri, local, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or node.localName == local) and (uri == "*" or node.namespaceURI == uri):
                found.append(node)
            _collect_ns(node, uri, local, found)


def _collect(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _collect(node, name, found)


class Attr(_Node):
    __slots__ = ("_name", "value", "namespaceURI", "_prefix", "childNodes", "_localName",
                 "ownerDocument", "ownerElement")
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.ownerDocument = None
        self._name = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._localName = localName
        self.childNodes = NodeList()
        self.value = ""

    @property
    def name(self):
        return self._name

    nodeName = name

    @property
    def nodeValue(self):
        return self.value

    @property
    def localName(self):
        return self._localName or self._name.split(":", 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)


class NamedNodeMap:
    """The attributes of an element, as a mapping of names to Attr nodes."""

    __slots__ = ("_attrs", "_owner")

    def __init__(self, attrs, owner):
        self._attrs = attrs
        self._owner = owner

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(name, node.value) for name, node in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, name):
        return name in self._attrs

    def __iter__(self):
        return iter(self._attrs)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def removeNamedItem(self, name):
        node = self._attrs.pop(name, None)
        if node is None:
            raise NotFoundErr()
        return node


class Element(_Node):
    __slots__ = ("ownerDocument", "parentNode", "tagName", "nodeName", "prefix", "namespaceURI",
                 "_attrs", "childNodes", "nextSibling", "previousSibling")
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.parentNode = None
        self.ownerDocument = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self)

    def getAttribute(self, attname):
        node = self._attrs.get(attname)
        return node.value if node is not None else ""

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttribute(self, attname, value):
        node = self._attrs.get(attname)
        if node is None:
            node = Attr(attname)
            node.ownerDocument = self.ownerDocument
            node.ownerElement = self
            self._attrs[attname] = node
        node.value = value

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr() from None

    def hasAttribute(self, name):
        return name in self._attrs

    def _attr_ns(self, namespaceURI, localName):
        for node in self._attrs.values():
            if node.namespaceURI == namespaceURI and node.localName == localName:
                return node
        return None

    def getAttributeNS(self, namespaceURI, localName):
        node = self._attr_ns(namespaceURI, localName)
        return node.value if node is not None else ""

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attr_ns(namespaceURI, localName)

    def hasAttributeNS(self, namespaceURI, localName):
        return self._attr_ns(namespaceURI, localName) is not None

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, _, local = qualifiedName.rpartition(":")
        node = self._attrs.get(qualifiedName)
        if node is None:
            node = Attr(qualifiedName, namespaceURI, local, prefix or None)
            node.ownerDocument = self.ownerDocument
            node.ownerElement = self
            self._attrs[qualifiedName] = node
        node.value = value

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep):
        clone = Element(self.tagName, self.namespaceURI, self.prefix)
        clone.ownerDocument = self.ownerDocument
        for name, node in self._attrs.items():
            clone.setAttribute(name, node.value)
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, node in self._attrs.items():
            writer.write(' %s="' % name)
            writer.write(_escape(node.value))
            writer.write('"')
        if self.childNodes:
            writer.write(">")
            if (len(self.childNodes) == 1
                    and self.childNodes[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


class _CharacterData(_Node):
    __slots__ = ("_data", "ownerDocument", "parentNode", "previousSibling", "nextSibling")
    childNodes = NodeList()
    attributes = None

    def __init__(self, data=""):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = data

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        self._data = value

    nodeValue = data

    @property
    def length(self):
        return len(self._data)

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def substringData(self, offset, count):
        if offset < 0:
            raise IndexSizeErr("offset cannot be negative")
        if offset >= len(self._data):
            raise IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise IndexSizeErr("count cannot be negative")
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self._data = self._data + arg

    def cloneNode(self, deep):
        clone = self.__class__(self._data)
        clone.ownerDocument = self.ownerDocument
        return clone

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


class Text(_CharacterData):
    __slots__ = ()
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(_escape("%s%s%s" % (indent, self.data, newl)))

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    def splitText(self, offset):
        if offset < 0 or offset > len(self._data):
            raise IndexSizeErr("illegal offset value")
        newText = self.__class__(self._data[offset:])
        newText.ownerDocument = self.ownerDocument
        self._data = self._data[:offset]
        if self.parentNode is not None:
            self.parentNode.insertBefore(newText, self.nextSibling)
        return newText


class CDATASection(Text):
    __slots__ = ()
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    __slots__ = ()
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    __slots__ = ("target", "data", "ownerDocument", "parentNode", "previousSibling",
                 "nextSibling")
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    childNodes = NodeList()
    attributes = None

    def __init__(self, target, data):
        self.target = target
        self.data = data
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    def cloneNode(self, deep):
        return ProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Document(_Node):
    __slots__ = ("childNodes", "doctype", "parentNode", "previousSibling", "nextSibling")
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    ownerDocument = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)
    actualEncoding = None
    encoding = None
    standalone = None
    version = None

    def __init__(self):
        self.childNodes = NodeList()
        self.doctype = None
        self.parentNode = self.previousSibling = self.nextSibling = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return super().appendChild(node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementById(self, id):
        for node in self.getElementsByTagName("*"):
            if node.getAttribute("id") == id:
                return node
        return None

    def cloneNode(self, deep):
        clone = Document()
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def __repr__(self):
        return "<xml.dom.minidom.Document object at %#x>" % id(self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declaration = '<?xml version="1.0"'
        if encoding is not None:
            declaration += ' encoding="%s"' % encoding
        if standalone is not None:
            declaration += ' standalone="%s"' % ("yes" if standalone else "no")
        writer.write(declaration + ("?>" if encoding is not None or standalone is not None
                                    else " ?>") + newl)
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class DocumentFragment(_Node):
    __slots__ = ("childNodes", "parentNode", "ownerDocument")
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    _child_types = Element._child_types

    def __init__(self):
        self.childNodes = NodeList()
        self.parentNode = None
        self.ownerDocument = None


class _DOMBuilder:
    """XMLParser target building the DOM."""

    def __init__(self):
        self.document = Document()
        self.stack = [self.document]
        self.scopes = [{"xml": "http://www.w3.org/XML/1998/namespace"}]

    def _add(self, node):
        node.ownerDocument = self.document
        parent = self.stack[-1]
        kids = parent.childNodes
        if kids:
            kids[-1].nextSibling = node
            node.previousSibling = kids[-1]
        kids.append(node)
        node.parentNode = parent
        return node

    def start(self, tag, attrs):
        scope = self.scopes[-1]
        for name, value in attrs.items():
            if name == "xmlns" or name.startswith("xmlns:"):
                if scope is self.scopes[-1]:
                    scope = dict(scope)
                scope[name[6:] or None] = value or None
        self.scopes.append(scope)
        prefix = tag.split(":", 1)[0] if ":" in tag else None
        elem = self._add(Element(tag, scope.get(prefix), prefix))
        for name, value in attrs.items():
            if name == "xmlns" or name.startswith("xmlns:"):
                node = Attr(name, XMLNS_NAMESPACE, name[6:] or "xmlns", "xmlns" if name[5:] else None)
            elif ":" in name:
                attr_prefix, local = name.split(":", 1)
                node = Attr(name, scope.get(attr_prefix), local, attr_prefix)
            else:
                node = Attr(name)
            node.value = value
            node.ownerDocument = self.document
            elem.setAttributeNode(node)
        self.stack.append(elem)

    def end(self, tag):
        self.stack.pop()
        self.scopes.pop()

    def data(self, data):
        kids = self.stack[-1].childNodes
        if kids and kids[-1].nodeType == Node.TEXT_NODE:
            kids[-1].data = kids[-1].data + data
        else:
            self._add(Text(data))

    def cdata(self, data):
        self._add(CDATASection(data))

    def comment(self, text):
        self._add(Comment(text))

    def pi(self, target, text=None):
        self._add(ProcessingInstruction(target, text or ""))

    def close(self):
        return self.document


def _build(data):
    from xml.etree.ElementTree import ParseError, XMLParser
    from xml.parsers.expat import ExpatError

    builder = _DOMBuilder()
    parser = XMLParser(target=builder, _namespaces=False, _prolog=True)
    try:
        parser.feed(data)
        return parser.close()
    except ParseError as e:
        err = ExpatError(str(e))
        err.code = e.code
        err.lineno, err.offset = e.position
        raise err from None


def parse(file, parser=None, bufsize=None):
    """Parse a file (a path or a file object) into a Document."""
    if parser is not None:
        raise NotImplementedError("heapstack's minidom has no pluggable SAX parsers")
    if hasattr(file, "read"):
        return _build(file.read())
    with open(file, "rb") as fp:
        return _build(fp.read())


def parseString(string, parser=None):
    """Parse a string (or bytes) into a Document."""
    if parser is not None:
        raise NotImplementedError("heapstack's minidom has no pluggable SAX parsers")
    return _build(string)


class DocumentType(_Node):
    """<!DOCTYPE name PUBLIC 'publicId' 'systemId'>, made by createDocumentType()."""

    __slots__ = ("name", "nodeName", "publicId", "systemId", "internalSubset", "parentNode",
                 "ownerDocument", "nextSibling", "previousSibling", "childNodes")
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    attributes = None

    def __init__(self, qualifiedName, publicId=None, systemId=None):
        self.name = self.nodeName = qualifiedName
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = None
        self.parentNode = self.ownerDocument = None
        self.nextSibling = self.previousSibling = None
        self.childNodes = NodeList()

    def cloneNode(self, deep):
        clone = DocumentType(self.name, self.publicId, self.systemId)
        clone.internalSubset = self.internalSubset
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE " + self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [" + self.internalSubset + "]")
        writer.write(">" + newl)


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if namespaceURI is not None or qualifiedName is not None or doctype is not None:
            if not qualifiedName:
                raise xml.dom.InvalidCharacterErr("Element with no name")
            prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
            if prefix == "xml" and namespaceURI != "http://www.w3.org/XML/1998/namespace":
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
            element = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype is not None:
                doc.appendChild(doctype)
            doc.appendChild(element)
        if doctype is not None:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        return doc


def getDOMImplementation(features=None):
    return DOMImplementation()
