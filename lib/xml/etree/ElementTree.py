"""Lightweight XML support for Python.

 XML is an inherently hierarchical data format, and the most natural way to
 represent it is with a tree.  This module has two classes for this purpose:

    1. ElementTree represents the whole XML document as a tree and

    2. Element represents a single node in this tree.

heapstack's own implementation: a small non-validating XML parser that reports errors the way
expat does (message, line and column), the ElementPath subset of find()/findall(), and the
serializer with CPython's output (attribute order, ` />`, escaping, ns0 prefixes).
"""

import io
import re
import sys
import warnings

import _xml_accel

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An XML document that is not well formed; `code` is expat's error number and
    `position` the (line, column) of the error."""


def iselement(element):
    """True if `element` looks like an Element (it has a tag)."""
    return hasattr(element, "tag")


class Element:
    """An XML element: `tag`, the `attrib` dict, `text` before the first child, `tail` after
    the end tag, and the children, in order (the element is a sequence of them)."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy

        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                if not isinstance(e, Element):
                    raise TypeError('expected an Element, not "%s"' % type(e).__name__)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        _check_element("append() argument", subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"' % type(element).__name__)
            self._children.append(element)

    def insert(self, index, subelement):
        _check_element("insert() argument 2", subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        _check_element("remove() argument", subelement)
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        # Equality as list.remove uses it, for elements that are equal but not identical.
        try:
            self._children.remove(subelement)
        except ValueError:
            raise ValueError("list.remove(x): x not in list") from None

    def find(self, path, namespaces=None):
        return _find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        elem = _find(self, path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        # As the C implementation: comments and processing instructions give their text too.
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def _check_element(what, e):
    if not isinstance(e, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s" % (what, type(e).__name__))


def SubElement(parent, tag, attrib={}, **extra):
    """Create `tag` as a new last child of `parent`."""
    element = _xml_accel.subelement(parent, tag, attrib, extra, _SUB_ELEMENT)
    if element is not None:
        return element
    _check_element("SubElement() argument 1", parent)
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


# What _xml_accel.subelement needs to stand in for SubElement with an Element parent.
_SUB_ELEMENT = (Element, Element.makeelement, Element.__init__, Element.append)


def Comment(text=None):
    """A comment element (serialized as <!--text-->)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element (serialized as <?target text?>)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: `{uri}local` or a plain tag."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


# ---------------------------------------------------------------------------------------------
# ElementPath: the path language of find(), findall(), findtext() and iterfind()

_path_token = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+"
)


def _tokens(pattern, namespaces):
    default_ns = namespaces.get("") if namespaces else None
    parsing_attribute = False
    for op, tag in _path_token.findall(pattern):
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, uri = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield op, "{%s}%s" % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default_ns and not parsing_attribute:
                yield op, "{%s}%s" % (default_ns, tag)
            else:
                yield op, tag
            parsing_attribute = False
        else:
            yield op, tag
            parsing_attribute = op == "@"


def _tag_matcher(tag):
    """A predicate on an element's tag for a path step (with {*} wildcards)."""
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        suffix = "}" + local
        return lambda t: t == local or (isinstance(t, str) and t.endswith(suffix))
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return lambda t: t == tag


def _compile_path(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    toks = list(_tokens(path, namespaces))
    if toks and toks[0][0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    i = 0

    def tok(k):
        return toks[k] if k < len(toks) else ("", "")

    while i < len(toks):
        op, tag = toks[i]
        if op == "" and tag:
            match = _tag_matcher(tag)
            steps.append(("child", match if tag != "*" else None))
            i += 1
        elif op == "*":
            steps.append(("child", None))
            i += 1
        elif op == ".":
            steps.append(("self", None))
            i += 1
        elif op == "..":
            steps.append(("parent", None))
            i += 1
        elif op == "//":
            nop, ntag = tok(i + 1)
            if nop == "*":
                steps.append(("descendant", None))
            elif ntag:
                steps.append(("descendant", _tag_matcher(ntag) if ntag != "*" else None))
            else:
                raise SyntaxError("invalid descendant")
            i += 2
        elif op == "/":
            i += 1
            continue
        elif op == "[":
            j = i + 1
            sig = []
            while j < len(toks) and toks[j][0] != "]":
                t = toks[j]
                if t != ("", ""):
                    sig.append(t)
                j += 1
            if j >= len(toks):
                raise SyntaxError("invalid path")
            steps.append(("predicate", _predicate(sig)))
            i = j + 1
        else:
            raise SyntaxError("invalid path")
        # a step other than a predicate must be followed by "/", "[" or the end
        if i < len(toks) and steps[-1][0] != "predicate":
            nop = toks[i][0]
            if nop not in ("/", "[", "//"):
                raise SyntaxError("invalid path")
    return steps


def _unquote(s):
    return s[1:-1]


def _predicate(sig):
    ops = "".join(op if op else "-" for op, _ in sig)
    vals = [tag for _, tag in sig]
    if ops == "@-":
        key = vals[1]
        return lambda e: e.get(key) is not None
    if ops in ("@-='", '@-="', "@-!='", '@-!="') or (sig and sig[0][0] == "@" and len(sig) == 4):
        key = vals[1]
        value = _unquote(sig[3][0])
        if sig[2][0] == "!=":
            return lambda e: e.get(key) is not None and e.get(key) != value
        return lambda e: e.get(key) == value
    if ops == "-" and not re.match(r"\-?\d+$", vals[0]):
        match = _tag_matcher(vals[0])
        return lambda e: any(match(c.tag) for c in e)
    if len(sig) == 3 and sig[0][0] in ("", ".") and sig[1][0] in ("=", "!="):
        value = _unquote(sig[2][0])
        negate = sig[1][0] == "!="
        if sig[0][0] == ".":
            def pred(e):
                ok = "".join(e.itertext()) == value
                return not ok if negate else ok
            return pred
        match = _tag_matcher(vals[0])

        def pred(e):
            for c in e:
                if match(c.tag):
                    ok = "".join(c.itertext()) == value
                    if ok != negate:
                        return True
            return False

        return pred
    if ops == "-" or ops.startswith("-()"):
        if ops == "-":
            try:
                index = int(vals[0]) - 1
            except ValueError:
                raise SyntaxError("unsupported expression") from None
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if vals[0] != "last":
                raise SyntaxError("unsupported function")
            if len(sig) == 3:
                try:
                    index = int(vals[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression") from None
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1
        return ("index", index)
    raise SyntaxError("invalid predicate")


def _parents(root):
    return {c: p for p in root.iter() for c in p}


def _select(root, steps):
    current = [root]
    parent_map = None
    for kind, arg in steps:
        out = []
        seen = set()

        def add(e):
            if id(e) not in seen:
                seen.add(id(e))
                out.append(e)

        if kind == "child":
            for e in current:
                for c in e:
                    if arg is None or arg(c.tag):
                        if arg is None and not isinstance(c.tag, str) and c.tag is not None:
                            continue
                        add(c)
        elif kind == "self":
            for e in current:
                add(e)
        elif kind == "parent":
            if parent_map is None:
                parent_map = _parents(root)
            for e in current:
                if e in parent_map:
                    add(parent_map[e])
        elif kind == "descendant":
            for e in current:
                for d in e.iter():
                    if d is e:
                        continue
                    if arg is None:
                        if isinstance(d.tag, str):
                            add(d)
                    elif arg(d.tag):
                        add(d)
        elif kind == "predicate":
            if isinstance(arg, tuple):
                index = arg[1]
                if parent_map is None:
                    parent_map = _parents(root)
                for e in current:
                    parent = parent_map.get(e)
                    if parent is None:
                        continue
                    same = [c for c in parent if c.tag == e.tag]
                    try:
                        if same[index] is e:
                            add(e)
                    except IndexError:
                        pass
            else:
                for e in current:
                    if arg(e):
                        add(e)
        current = out
    return current


_path_cache = {}


def _iterfind(elem, path, namespaces=None):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _path_cache.get(key)
    if steps is None:
        steps = _compile_path(path, namespaces)
        if len(_path_cache) > 100:
            _path_cache.clear()
        _path_cache[key] = steps
    return iter(_select(elem, steps))


def _find(elem, path, namespaces=None):
    return next(_iterfind(elem, path, namespaces), None)


# ---------------------------------------------------------------------------------------------
# ElementTree


class ElementTree:
    """A whole document: the root element, with parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _check_path(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3,
            )
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._check_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._check_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._check_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._check_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("text", "xml", "html"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        with _output(file_or_filename, encoding) as (write, declared_encoding):
            if method == "xml" and (
                xml_declaration
                or (xml_declaration is None and encoding.lower() != "unicode"
                    and declared_encoding.lower() not in ("utf-8", "us-ascii"))
            ):
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared_encoding,))
            fast = None
            if not default_namespace and _serializer_is_ours():
                fast = _xml_accel.serialize(self._root, method, short_empty_elements, _SERIALIZE)
            if fast is not None:
                write(fast)
            elif method == "text":
                for part in self._root.itertext():
                    write(part)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                if method == "xml":
                    _serialize_xml(write, self._root, qnames, namespaces, short_empty_elements)
                else:
                    _serialize_html(write, self._root, qnames, namespaces)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


class _output:
    """Context manager giving a write(str) function onto a file, a path or a stream."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding

    def __enter__(self):
        # The pieces are collected and written (encoded) once, on exit.
        self.parts = []
        declared = "utf-8" if self.encoding.lower() == "unicode" else self.encoding
        return self.parts.append, declared

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:
            return
        target, encoding = self.target, self.encoding
        text = "".join(self.parts)
        if encoding.lower() == "unicode":
            if hasattr(target, "write"):
                target.write(text)
            else:
                with open(target, "w", errors="xmlcharrefreplace") as f:
                    f.write(text)
            return
        data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(target, "write"):
            try:
                target.write(data)
            except TypeError:
                target.write(text)
        else:
            with open(target, "wb") as f:
                f.write(data)


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Use `prefix` for `uri` when serializing (replacing any earlier prefix)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _namespaces(elem, default_namespace=None):
    """Map every tag and attribute name in the tree to its serialized qname; collect the
    namespace declarations the root needs."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        for raw, ref in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                         ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
            if raw in text:
                text = text.replace(raw, ref)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        for raw, ref in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
            if raw in text:
                text = text.replace(raw, ref)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
                    if prefix:
                        prefix = ":" + prefix
                    write(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))
            for k, v in elem.items():
                if isinstance(k, QName):
                    k = k.text
                if isinstance(v, QName):
                    v = qnames[v.text]
                else:
                    v = _escape_attrib(v)
                write(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


# What _xml_accel.serialize needs to stand in for _namespaces and _serialize_xml (or itertext)
# over a tree of exact Elements whose methods are these; it returns None for anything else.
_SERIALIZE = (Element, Comment, ProcessingInstruction, Element.items, Element.iter, Element.itertext,
              Element.__iter__, Element.__len__)
_SERIALIZERS = (_namespaces, _serialize_xml, _escape_cdata, _escape_attrib)


def _serializer_is_ours():
    # a program may replace the module's helpers (ET._escape_cdata = ...), as with CPython's
    return (_namespaces, _serialize_xml, _escape_cdata, _escape_attrib) == _SERIALIZERS


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write("<" + tag)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
                    if prefix:
                        prefix = ":" + prefix
                    write(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))
            for k, v in elem.items():
                if isinstance(k, QName):
                    k = k.text
                v = qnames[v.text] if isinstance(v, QName) else _escape_attrib_html(v)
                write(' %s="%s"' % (qnames[k], v))
            write(">")
            low = tag.lower()
            if text:
                write(text if low in ("script", "style") else _escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if low not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The serialized XML of `element` and its subtree: bytes in `encoding` (us-ascii by
    default), or str with encoding="unicode"."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


class _ListDataStream(io.BufferedIOBase):
    def __init__(self, lst):
        self.lst = lst

    def writable(self):
        return True

    def seekable(self):
        return True

    def write(self, b):
        self.lst.append(b)

    def tell(self):
        return len(self.lst)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write the element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the tree in place with whitespace text and tails (one `space` per level)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    pads = ["\n" + level * space]

    def walk(elem, depth):
        inner = depth + 1
        while len(pads) <= inner:
            pads.append(pads[-1] + space)
        if not elem.text or not elem.text.strip():
            elem.text = pads[inner]
        last = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = pads[inner]
            last = child
        if not last.tail.strip():
            last.tail = pads[depth]

    walk(tree, 0)


# ---------------------------------------------------------------------------------------------
# Parsing


def parse(source, parser=None):
    """Parse a file (a path or a binary/text file object) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """Parse a document from a string (or bytes) and return its root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds Elements from start/data/end events (the default XMLParser target)."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem



_ERRORS = {
    "syntax error": 2,
    "no element found": 3,
    "not well-formed (invalid token)": 4,
    "unclosed token": 5,
    "mismatched tag": 7,
    "duplicate attribute": 8,
    "junk after document element": 9,
    "undefined entity": 11,
    "unclosed CDATA section": 20,
    "XML declaration not well-formed": 30,
    "unbound prefix": 27,
    "reference to invalid character number": 14,
    "XML or text declaration not at start of entity": 17,
}

_LINES = re.compile(r"(\n)")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_name_start = re.compile(r"[A-Za-z_:\u00c0-\U000effff]")
_name_re = re.compile(r"[A-Za-z_:\u00c0-\U000effff][\w.:\-\u00b7\u00c0-\U000effff]*")


class _Fail(Exception):
    def __init__(self, message, pos):
        self.message = message
        self.pos = pos


class XMLParser:
    """A non-validating XML parser feeding a target (TreeBuilder by default). It is
    incremental, as expat is: feed() reports every complete token to the target at once and
    keeps an incomplete one for the next feed(); close() reports the rest and checks the end."""

    def __init__(self, *, target=None, encoding=None, _namespaces=True, _prolog=False):
        self.target = target if target is not None else TreeBuilder()
        # xml.dom.minidom parses without namespace processing.
        self._ns_on = _namespaces
        self._prolog = _prolog
        self._encoding = encoding
        self.version = "Expat 2.5.0"
        self.entity = {}
        self._names = {}
        self._raw = b""          # bytes not decoded yet (before the encoding is known)
        self._decoder = None
        self._cr = False         # the decoded text so far ended with "\r"
        self._src = ""           # decoded text from the first token not reported yet
        self._i = 0
        self._base = 0           # characters dropped from the front of _src
        self._lines = 0          # newlines in the dropped characters
        self._col = 0            # characters after the last dropped newline
        self._started = False    # the XML declaration has been looked at
        self._stack = []         # (raw name, position, namespace scope, declared prefixes)
        self._scopes = [{"xml": "http://www.w3.org/XML/1998/namespace"}]
        self._seen_root = False
        self._done_root = False
        self._buf = []
        self._failed = None
        # Character data goes to a TreeBuilder in one piece per run of text; any other target
        # gets it in expat's pieces (each line end, each reference, each fed chunk apart).
        self._join = getattr(type(self.target), "data", None) is TreeBuilder.data

    # -- input --------------------------------------------------------------------------------

    def _decode(self, data, final):
        if isinstance(data, str):
            if self._decoder is not None:
                data = data.encode("utf-8")
            else:
                return data
        elif not isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        if self._decoder is None:
            raw = self._raw + bytes(data)
            if raw[:3] == b"\xef\xbb\xbf":
                raw = raw[3:]
            encoding = self._encoding
            if encoding is None:
                if raw.startswith(b"<?xml") and b"?>" not in raw and not final:
                    self._raw = raw
                    return ""
                if len(raw) < 5 and b"<?xml".startswith(raw) and not final:
                    self._raw = raw
                    return ""
                m = re.match(rb"<\?xml[^>]*encoding\s*=\s*['\"]([A-Za-z0-9._\-]+)['\"]", raw)
                encoding = m.group(1).decode("ascii") if m else "utf-8"
            import codecs

            self._decoder = codecs.getincrementaldecoder(encoding)()
            self._raw = b""
            data = raw
        return self._decoder.decode(data, final)

    def _add_text(self, text, final):
        # Line ends become "\n" (a "\r" at the end of a chunk waits for the next one).
        if self._cr:
            text = "\r" + text
            self._cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._i:
            dropped = self._src[:self._i]
            nl = dropped.rfind("\n")
            if nl >= 0:
                self._lines += dropped.count("\n")
                self._col = len(dropped) - nl - 1
            else:
                self._col += len(dropped)
            self._base += self._i
            self._src = self._src[self._i:] + text
            self._i = 0
        else:
            self._src += text

    def feed(self, data):
        if self._failed is not None:
            raise self._failed
        self._add_text(self._decode(data, False), False)
        self._run(False)

    def flush(self):
        pass

    def close(self):
        if self._failed is not None:
            raise self._failed
        text = self._decode(b"", True) if self._decoder is not None or self._raw else ""
        self._add_text(text, True)
        self._run(True)
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    def _run(self, final):
        try:
            self._parse(final)
        except _Fail as f:
            s = self._src
            nl = s.rfind("\n", 0, f.pos)
            line = self._lines + s.count("\n", 0, f.pos) + 1
            col = f.pos - nl - 1 if nl >= 0 else self._col + f.pos
            err = ParseError("%s: line %d, column %d" % (f.message, line, col))
            err.code = _ERRORS.get(f.message, 2)
            err.position = line, col
            self._failed = err
            raise err from None

    # -- the scanner --------------------------------------------------------------------------

    @staticmethod
    def _complete(s, i, n):
        """Whether the markup token at s[i] ('<' or '&') is all there."""
        if s[i] == "&":
            return s.find(";", i) >= 0
        if i + 1 < n and s[i + 1] not in "!?":
            # a start or end tag: complete at the first '>' outside quotes
            return XMLParser._quoted_tag_complete(s, i, n)
        head = s[i:i + 9]
        for opener, closer in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>")):
            if head.startswith(opener):
                return s.find(closer, i + len(opener)) >= 0
            if opener.startswith(head):
                return False
        if head.startswith("<!DOCTYPE"):
            return None  # decided by _doctype
        if "<!DOCTYPE".startswith(head):
            return False
        gt = s.find(">", i)
        if gt < 0:
            return False
        if "'" not in s[i:gt] and '"' not in s[i:gt]:
            return True
        return XMLParser._quoted_tag_complete(s, i, n)

    @staticmethod
    def _quoted_tag_complete(s, i, n):
        """Whether the tag at s[i] has a '>' outside quoted values."""
        j = i + 1
        while True:
            gt = s.find(">", j)
            if gt < 0:
                return False
            dq = s.find('"', j, gt)
            sq = s.find("'", j, gt)
            if dq < 0 and sq < 0:
                return True
            q = dq if sq < 0 or 0 <= dq < sq else sq
            end = s.find(s[q], q + 1)
            if end < 0:
                return False
            j = end + 1

    def _parse(self, final):
        # _xml_accel.parse is _scan in TypeScript (CPython's expat is C); it leaves text with
        # astral characters, whose str indexes are not JS string indexes, to _scan.
        if not _xml_accel.parse(self, final, _Fail, _TREE_BUILDER):
            self._scan(final)

    def _scan(self, final):
        s = self._src
        n = len(s)
        i = self._i
        target = self.target
        stack = self._stack
        scopes = self._scopes
        buf = self._buf
        if not self._started:
            if not final and len(s) < 6 and "<?xml "[:len(s)] == s:
                return
            if s.startswith("<?xml") and (len(s) == 5 or s[5] in " \t\n?"):
                end = s.find("?>")
                if end < 0:
                    if not final:
                        return
                    raise _Fail("unclosed token", 0)
                i = end + 2
            self._started = True

        join = self._join

        def flush_text():
            if buf:
                if stack and hasattr(target, "data"):
                    if join:
                        target.data("".join(buf))
                    else:
                        for piece in buf:
                            target.data(piece)
                buf.clear()

        while i < n:
            c = s[i]
            if not final and (c == "<" or c == "&"):
                complete = self._complete(s, i, n)
                if complete is None:
                    try:
                        self._doctype(s, i, probe=True)
                    except _Fail:
                        break
                elif not complete:
                    break
            if c == "<":
                d = s[i + 1:i + 2]
                if d == "!" and s.startswith("<!--", i):
                    end = s.find("-->", i + 4)
                    if end < 0:
                        raise _Fail("unclosed token", i)
                    body = s[i + 4:end]
                    if "--" in body:
                        raise _Fail("not well-formed (invalid token)", i + 4 + body.index("--"))
                    if hasattr(target, "comment"):
                        flush_text()
                        target.comment(body)
                    i = end + 3
                    continue
                if d == "!" and s.startswith("<![CDATA[", i):
                    if not stack:
                        raise _Fail("syntax error" if not self._seen_root else "junk after document element", i)
                    end = s.find("]]>", i + 9)
                    if end < 0:
                        raise _Fail("unclosed CDATA section", n)
                    if hasattr(target, "cdata"):
                        flush_text()
                        target.cdata(s[i + 9:end])
                    elif join or "\n" not in s[i + 9:end]:
                        buf.append(s[i + 9:end])
                    else:
                        buf.extend(x for x in _LINES.split(s[i + 9:end]) if x)
                    i = end + 3
                    continue
                if d == "!" and s.startswith("<!DOCTYPE", i):
                    if self._seen_root:
                        raise _Fail("syntax error" if not self._done_root else "junk after document element", i)
                    i = self._doctype(s, i)
                    continue
                if d == "?":
                    end = s.find("?>", i + 2)
                    if end < 0:
                        raise _Fail("unclosed token", i)
                    body = s[i + 2:end]
                    m = _name_re.match(body)
                    if not m:
                        raise _Fail("not well-formed (invalid token)", i + 2)
                    if m.group().lower() == "xml":
                        raise _Fail("XML or text declaration not at start of entity", i)
                    if hasattr(target, "pi"):
                        flush_text()
                        target.pi(m.group(), body[m.end():].lstrip())
                    i = end + 2
                    continue
                if d == "/":
                    if stack:
                        raw = stack[-1][0]
                        j = i + 2 + len(raw)
                        if s.startswith(raw, i + 2) and s[j:j + 1] == ">":
                            # the usual case, "</name>" closing the open element
                            if buf:
                                flush_text()
                            raw, _pos, scope, declared = stack.pop()
                            scopes.pop()
                            if hasattr(target, "end"):
                                target.end(self._qualify(raw, scope, i + 1, False))
                            if declared and hasattr(target, "end_ns"):
                                for prefix in reversed(declared):
                                    target.end_ns(prefix)
                            i = j + 1
                            if not stack:
                                self._done_root = True
                            continue
                    m = _name_re.match(s, i + 2)
                    if not stack:
                        raise _Fail("junk after document element" if self._done_root else "syntax error", i)
                    if not m:
                        raise _Fail("not well-formed (invalid token)", i + 2)
                    name = m.group()
                    j = m.end()
                    while j < n and s[j] in " \t\n":
                        j += 1
                    if j >= n:
                        raise _Fail("unclosed token", i)
                    if s[j] != ">":
                        raise _Fail("not well-formed (invalid token)", j)
                    raw, _pos, scope, declared = stack[-1]
                    if name != raw:
                        raise _Fail("mismatched tag", i + 2)
                    if buf:
                        flush_text()
                    stack.pop()
                    scopes.pop()
                    if hasattr(target, "end"):
                        target.end(self._qualify(raw, scope, i + 1, False))
                    if declared and hasattr(target, "end_ns"):
                        for prefix in reversed(declared):
                            target.end_ns(prefix)
                    i = j + 1
                    if not stack:
                        self._done_root = True
                    continue
                # a start tag
                if self._done_root:
                    raise _Fail("junk after document element", i)
                m = _name_re.match(s, i + 1)
                if not m:
                    if i + 1 >= n:
                        raise _Fail("unclosed token", i)
                    raise _Fail("not well-formed (invalid token)", i + 1)
                name = m.group()
                j = m.end()
                attrs = []
                names = set()
                while True:
                    k = j
                    while j < n and s[j] in " \t\n":
                        j += 1
                    if j >= n:
                        raise _Fail("unclosed token", i)
                    if s[j] == ">" or s.startswith("/>", j):
                        break
                    if j == k:
                        raise _Fail("not well-formed (invalid token)", j)
                    am = _name_re.match(s, j)
                    if not am:
                        raise _Fail("not well-formed (invalid token)", j)
                    aname = am.group()
                    if aname in names:
                        raise _Fail("duplicate attribute", j)
                    names.add(aname)
                    j = am.end()
                    while j < n and s[j] in " \t\n":
                        j += 1
                    if j >= n:
                        raise _Fail("unclosed token", i)
                    if s[j] != "=":
                        raise _Fail("not well-formed (invalid token)", j)
                    j += 1
                    while j < n and s[j] in " \t\n":
                        j += 1
                    if j >= n:
                        raise _Fail("unclosed token", i)
                    q = s[j]
                    if q not in "'\"":
                        raise _Fail("not well-formed (invalid token)", j)
                    end = s.find(q, j + 1)
                    if end < 0:
                        raise _Fail("unclosed token", i)
                    raw_value = s[j + 1:end]
                    lt = raw_value.find("<")
                    if lt >= 0:
                        raise _Fail("not well-formed (invalid token)", j + 1 + lt)
                    value = self._expand(raw_value, j + 1, True)
                    attrs.append((aname, value, j))
                    j = end + 1
                empty = s[j] == "/"
                i = j + (2 if empty else 1)
                if buf:
                    flush_text()
                scope = scopes[-1]
                plain = []
                declared = None
                for aname, value, apos in attrs:
                    if not self._ns_on:
                        plain.append((aname, value, apos))
                    elif aname == "xmlns" or aname.startswith("xmlns:"):
                        if scope is scopes[-1]:
                            scope = dict(scope)
                            declared = []
                        prefix = aname[6:] if aname != "xmlns" else ""
                        scope[prefix] = value
                        declared.append(prefix)
                    else:
                        plain.append((aname, value, apos))
                if declared and hasattr(target, "start_ns"):
                    for prefix in declared:
                        target.start_ns(prefix, scope[prefix])
                attrib = {}
                for aname, value, apos in plain:
                    attrib[self._qualify(aname, scope, apos, True)] = value
                tag = self._qualify(name, scope, m.start() - 1, False)
                self._seen_root = True
                if hasattr(target, "start"):
                    target.start(tag, attrib)
                if empty:
                    if hasattr(target, "end"):
                        target.end(tag)
                    if declared and hasattr(target, "end_ns"):
                        for prefix in reversed(declared):
                            target.end_ns(prefix)
                    if not stack:
                        self._done_root = True
                else:
                    stack.append((name, i, scope, declared))
                    scopes.append(scope)
                continue
            if c == "&":
                if not stack:
                    raise _Fail("junk after document element" if self._done_root else "syntax error", i)
                end = s.find(";", i)
                if end < 0:
                    raise _Fail("unclosed token", i)
                buf.append(self._expand(s[i:end + 1], i, False))
                i = end + 1
                continue
            # character data
            j = s.find("<", i)
            if j < 0:
                j = n
            amp = s.find("&", i, j)
            if amp >= 0:
                j = amp
            if j == n and not final:
                # "]" at the end may start a "]]>" that the next chunk completes
                while j > i and s[j - 1] == "]":
                    j -= 1
                if j == i:
                    break
            chunk = s[i:j]
            if not stack:
                stripped = chunk.strip(" \t\n")
                if stripped:
                    pos = i + (len(chunk) - len(chunk.lstrip(" \t\n")))
                    raise _Fail("junk after document element" if self._done_root else "syntax error", pos)
            else:
                if "]]>" in chunk:
                    raise _Fail("not well-formed (invalid token)", i + chunk.index("]]>"))
                if join or "\n" not in chunk:
                    buf.append(chunk)
                else:
                    buf.extend(x for x in _LINES.split(chunk) if x)
            i = j
        self._i = i
        if not final:
            flush_text()
            return
        if stack or not self._seen_root:
            raise _Fail("no element found", n)

    def _doctype(self, s, i, probe=False):
        depth = 0
        j = i + 9
        n = len(s)
        while j < n:
            c = s[j]
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c in "'\"":
                end = s.find(c, j + 1)
                if end < 0:
                    break
                body = s[j + 1:end]
                j = end
                # <!ENTITY name "value"> inside the internal subset
                m = re.search(r"<!ENTITY\s+([^\s%]+)\s+$", s[i:j - len(body) - 1])
                if m and depth > 0 and not probe:
                    self.entity.setdefault(m.group(1), body)
            elif c == ">" and depth <= 0:
                if not probe and hasattr(self.target, "doctype"):
                    head = re.match(r"""<!DOCTYPE\s+([^\s\[>]+)(?:\s+(?:PUBLIC\s+(["'])(.*?)\2\s+(["'])(.*?)\4|SYSTEM\s+(["'])(.*?)\6))?""",
                                    s[i:j + 1], re.S)
                    if head:
                        pubid = head.group(3)
                        system = head.group(5) if pubid is not None else head.group(7)
                        self.target.doctype(head.group(1), pubid, system)
                return j + 1
            j += 1
        raise _Fail("unclosed token", i)

    def _expand(self, text, pos, in_attr):
        if "&" not in text:
            if in_attr:
                return text.replace("\t", " ").replace("\n", " ")
            return text
        out = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c == "&":
                end = text.find(";", i)
                if end < 0:
                    raise _Fail("not well-formed (invalid token)", pos + i)
                ref = text[i + 1:end]
                if ref.startswith("#"):
                    try:
                        code = int(ref[2:], 16) if ref[1:2] in ("x",) else int(ref[1:], 10)
                        ch = chr(code)
                        if code == 0 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
                            raise ValueError
                    except (ValueError, OverflowError):
                        raise _Fail("reference to invalid character number", pos + i) from None
                    out.append(ch)
                elif ref in _PREDEFINED:
                    out.append(_PREDEFINED[ref])
                elif ref in self.entity:
                    out.append(self.entity[ref])
                elif _name_re.fullmatch(ref):
                    raise _Fail("undefined entity", pos + i)
                else:
                    raise _Fail("not well-formed (invalid token)", pos + i + 1)
                i = end + 1
            else:
                out.append(" " if in_attr and c in "\t\n" else c)
                i += 1
        return "".join(out)

    def _qualify(self, name, scope, pos, is_attr):
        if not self._ns_on:
            return name
        if ":" in name:
            prefix, local = name.split(":", 1)
            uri = scope.get(prefix)
            if uri is None:
                raise _Fail("unbound prefix", pos)
            return "{%s}%s" % (uri, local)
        if not is_attr:
            uri = scope.get("")
            if uri:
                return "{%s}%s" % (uri, name)
        return name

    def _setevents(self, events_queue, events_to_report):
        self._events = (events_queue, events_to_report)


class _EventTarget(TreeBuilder):
    """TreeBuilder that also records (event, value) pairs for iterparse/XMLPullParser."""

    def __init__(self, events, queue):
        super().__init__()
        self._want = set(events)
        self._queue = queue

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._want:
            self._queue.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._want:
            self._queue.append(("end", elem))
        return elem

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._want:
            self._queue.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._want:
            self._queue.append(("pi", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._want:
            self._queue.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self._want:
            self._queue.append(("end-ns", None))


# What _xml_accel needs to stand in for an exact TreeBuilder or _EventTarget whose methods are
# these, making Elements whose __init__ is this one.
_TREE_BUILDER = (TreeBuilder, TreeBuilder.start, TreeBuilder.end, TreeBuilder.data, Element, Element.append,
                 Element.__init__, _EventTarget, _EventTarget.start, _EventTarget.end)


class XMLPullParser:
    """Parses fed data as it comes and hands out (event, element) pairs with read_events();
    a parse error is raised by read_events() where its event would be."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        events = ("end",) if events is None else tuple(events)
        for e in events:
            if e not in ("start", "end", "comment", "pi", "start-ns", "end-ns"):
                raise ValueError("unknown event %r" % e)
        self._target = _EventTarget(events, self._queue)
        self._parser = XMLParser(target=self._target)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        queue = self._queue
        while queue:
            event = queue.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParseIterator:
    """What iterparse() returns: an iterator of events whose `root` is set at the end."""

    def __init__(self, events):
        self._events = events
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)


def iterparse(source, events=None, parser=None):
    """Parse `source` (a path or a binary file object) 16 KiB at a time, yielding (event,
    element) pairs; the iterator's `root` is the document's root once it is exhausted."""
    pull = XMLPullParser(events)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True

    def events_of(source):
        try:
            while True:
                yield from pull.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            it.root = root
        finally:
            if close_source:
                source.close()

    it = _IterParseIterator(events_of(source))
    return it


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("heapstack's ElementTree has no C14N serializer")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("heapstack's ElementTree has no C14N serializer")


def _python_classes_replaced():
    """CPython's ElementTree.py defines ParseError, TreeBuilder and XMLParser in Python and then
    imports the C accelerator's over them (`from _elementtree import *`), so its Python classes
    -- type, dict, bases and mro tuples, __dict__/__weakref__ descriptors and their methods --
    are cyclic garbage of the import (a first gc.collect() after it finds 37 objects).  We have
    one implementation: the same shapes are built once from it and dropped."""
    function = type(iselement)

    def copied(cls, names):
        body = {"__module__": __name__, "__doc__": cls.__doc__}
        for name in names:
            f = cls.__dict__[name]
            g = function(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)
            g.__kwdefaults__ = f.__kwdefaults__
            g.__qualname__ = f.__qualname__
            body[name] = g
        return type(cls.__name__, (), body)

    type(ParseError.__name__, (SyntaxError,), {"__module__": __name__, "__doc__": ParseError.__doc__})
    copied(TreeBuilder, ("__init__", "close", "_flush", "data", "start", "end", "comment", "pi",
                         "_handle_single"))
    copied(XMLParser, ("__init__", "_decode", "_add_text", "feed", "flush", "close", "_run", "_parse",
                       "_doctype", "_expand", "_qualify"))


_python_classes_replaced()
del _python_classes_replaced
