"""heapstack's xml.sax.saxutils (our own): escaping helpers, XMLGenerator (a ContentHandler
that writes the document back out), XMLFilterBase and prepare_input_source."""

import io
import os
import sys

from . import handler, xmlreader


def _replace_all(text, pairs):
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """&, < and > as entity references, then each key of `entities` by its value."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities.items())
    return data


def unescape(data, entities={}):
    """The reverse of escape(): &lt; &gt;, the given entities, and &amp; last."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """An attribute value escaped and quoted, with whichever quote needs no escaping."""
    table = dict(entities)
    table.update({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    data = escape(data, table)
    if '"' not in data:
        return '"' + data + '"'
    if "'" not in data:
        return "'" + data + "'"
    return '"' + data.replace('"', "&quot;") + '"'


class _EncodingWriter:
    """Text written to a byte stream (or anything with a write() taking bytes) in `encoding`,
    characters it cannot hold as character references."""

    def __init__(self, out, encoding):
        self._out = out
        self._encoding = encoding

    def write(self, text): self._out.write(text.encode(self._encoding, "xmlcharrefreplace"))

    def flush(self):
        flush = getattr(self._out, "flush", None)
        if flush is not None:
            flush()


def _text_writer(out, encoding):
    if out is None:
        return sys.stdout
    if isinstance(out, io.TextIOBase):
        return out
    import codecs

    if isinstance(out, (codecs.StreamWriter, codecs.StreamReaderWriter)):
        return out
    return _EncodingWriter(out, encoding)


class XMLGenerator(handler.ContentHandler):
    """Writes the events it receives as XML text."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        stream = _text_writer(out, encoding)
        self._write = stream.write
        self._flush = getattr(stream, "flush", lambda: None)
        self._encoding = encoding
        self._short_empty = short_empty_elements
        # uri -> prefix in force, one dict per mapping started; declarations not yet written
        self._scopes = [{}]
        self._to_declare = []
        # a start tag written without its ">" (short_empty_elements: it may become "/>")
        self._tag_open = False

    def _qname(self, name):
        uri, local = name
        if not uri:
            return local
        if uri == "http://www.w3.org/XML/1998/namespace":
            return "xml:" + local
        prefix = self._scopes[-1][uri]
        return prefix + ":" + local if prefix else local

    def _close_start_tag(self):
        if self._tag_open:
            self._tag_open = False
            self._write(">")

    def startDocument(self):
        self._write(f'<?xml version="1.0" encoding="{self._encoding}"?>\n')

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        scope = dict(self._scopes[-1])
        scope[uri] = prefix
        self._scopes.append(scope)
        self._to_declare.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        if len(self._scopes) > 1:
            self._scopes.pop()

    def _open_tag(self, qname, attributes):
        self._close_start_tag()
        self._write("<" + qname + "".join(f" {n}={quoteattr(v)}" for n, v in attributes))
        if self._short_empty:
            self._tag_open = True
        else:
            self._write(">")

    def _close_tag(self, qname):
        if self._tag_open:
            self._tag_open = False
            self._write("/>")
        else:
            self._write("</" + qname + ">")

    def startElement(self, name, attrs): self._open_tag(name, attrs.items())

    def endElement(self, name): self._close_tag(name)

    def startElementNS(self, name, qname, attrs):
        declared = [("xmlns:" + p if p else "xmlns", uri) for p, uri in self._to_declare]
        self._to_declare = []
        given = [(self._qname(key), value) for key, value in attrs.items()]
        self._open_tag(self._qname(name), declared + given)

    def endElementNS(self, name, qname): self._close_tag(self._qname(name))

    def _text(self, content, escaped):
        if not content:
            return
        self._close_start_tag()
        if isinstance(content, (bytes, bytearray)):
            content = str(content, self._encoding)
        self._write(escape(content) if escaped else content)

    def characters(self, content): self._text(content, True)

    def ignorableWhitespace(self, content): self._text(content, False)

    def processingInstruction(self, target, data):
        self._close_start_tag()
        self._write(f"<?{target} {data}?>")


class XMLFilterBase(xmlreader.XMLReader):
    """A reader between a parent reader and the application's handlers: by default it passes
    every event and request through unchanged."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # error handler
    def error(self, exception): self._err_handler.error(exception)

    def fatalError(self, exception): self._err_handler.fatalError(exception)

    def warning(self, exception): self._err_handler.warning(exception)

    # content handler
    def setDocumentLocator(self, locator): self._cont_handler.setDocumentLocator(locator)

    def startDocument(self): self._cont_handler.startDocument()

    def endDocument(self): self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri): self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix): self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs): self._cont_handler.startElement(name, attrs)

    def endElement(self, name): self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs): self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname): self._cont_handler.endElementNS(name, qname)

    def characters(self, content): self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars): self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data): self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name): self._cont_handler.skippedEntity(name)

    # DTD handler
    def notationDecl(self, name, publicId, systemId): self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    # entity resolver
    def resolveEntity(self, publicId, systemId): return self._ent_handler.resolveEntity(publicId, systemId)

    # reader
    def parse(self, source):
        parent = self._parent
        parent.setContentHandler(self)
        parent.setErrorHandler(self)
        parent.setEntityResolver(self)
        parent.setDTDHandler(self)
        parent.parse(source)

    def setLocale(self, locale): self._parent.setLocale(locale)

    def getFeature(self, name): return self._parent.getFeature(name)

    def setFeature(self, name, state): self._parent.setFeature(name, state)

    def getProperty(self, name): return self._parent.getProperty(name)

    def setProperty(self, name, value): self._parent.setProperty(name, value)

    def getParent(self): return self._parent

    def setParent(self, parent): self._parent = parent


def prepare_input_source(source, base=""):
    """An InputSource for a path, a file object or an InputSource, with a stream to read."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        system_id = source.getSystemId()
        path = os.path.join(os.path.dirname(os.path.normpath(base)), system_id)
        if not os.path.isfile(path):
            path = system_id
        source.setSystemId(path)
        source.setByteStream(open(path, "rb"))
    return source
