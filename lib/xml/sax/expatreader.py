"""heapstack's xml.sax.expatreader (our own): the SAX driver. python3 drives expat; heapstack
has no expat, so this one drives xml.etree.ElementTree's incremental parser, which reports
the same events, pieces of character data and error messages."""

from xml.etree import ElementTree as _ET

from . import handler, xmlreader
from ._exceptions import SAXNotRecognizedException, SAXNotSupportedException, SAXParseException

version = "0.20"


class _Target:
    """Turns the tree parser's target calls into SAX events on the reader's handlers."""

    def __init__(self, reader):
        self._reader = reader

    def start(self, tag, attrib):
        reader = self._reader
        if not reader._namespaces:
            reader._cont_handler.startElement(tag, xmlreader.AttributesImpl(attrib))
            return
        attrs = {}
        qnames = {}
        for key, value in attrib.items():
            name = _split(key)
            attrs[name] = value
            qnames[name] = key if not key.startswith("{") else None
        reader._cont_handler.startElementNS(_split(tag), None, xmlreader.AttributesNSImpl(attrs, qnames))

    def end(self, tag):
        reader = self._reader
        if reader._namespaces:
            reader._cont_handler.endElementNS(_split(tag), None)
        else:
            reader._cont_handler.endElement(tag)

    def data(self, text):
        self._reader._cont_handler.characters(text)

    def pi(self, target, text):
        self._reader._cont_handler.processingInstruction(target, text)

    def comment(self, text):
        lexical = self._reader._lex_handler_prop
        if lexical is not None:
            lexical.comment(text)

    def start_ns(self, prefix, uri):
        self._reader._cont_handler.startPrefixMapping(prefix or None, uri)

    def end_ns(self, prefix):
        self._reader._cont_handler.endPrefixMapping(prefix or None)


def _split(name):
    if name.startswith("{"):
        uri, _, local = name[1:].partition("}")
        return (uri, local)
    return (None, name)


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for the tree builder's parser."""

    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._entity_stack = []
        self._external_ges = 0
        self._interning = None
        self._position = (1, 0)

    def parse(self, source):
        from . import saxutils

        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(self)
            xmlreader.IncrementalParser.parse(self, source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._base = source.getSystemId()

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name in (handler.feature_validation, handler.feature_external_pes, handler.feature_namespace_prefixes):
            return 0
        if name == handler.feature_external_ges:
            return self._external_ges
        raise SAXNotRecognizedException(f"Feature '{name}' not recognized")

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name == handler.feature_external_ges:
            self._external_ges = state
        elif name == handler.feature_string_interning:
            if state:
                if self._interning is None:
                    self._interning = {}
            else:
                self._interning = None
        elif name == handler.feature_validation:
            if state:
                raise SAXNotSupportedException("expat does not support validation")
        elif name == handler.feature_external_pes:
            if state:
                raise SAXNotSupportedException("expat does not read external parameter entities")
        elif name == handler.feature_namespace_prefixes:
            if state:
                raise SAXNotSupportedException("expat does not report namespace prefixes")
        else:
            raise SAXNotRecognizedException(f"Feature '{name}' not recognized")

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == handler.property_interning_dict:
            return self._interning
        if name == handler.property_xml_string:
            raise SAXNotSupportedException("This property is only available during a parse")
        raise SAXNotRecognizedException(f"Property '{name}' not recognized")

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
        elif name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException(f"Property '{name}' cannot be set")
        else:
            raise SAXNotRecognizedException(f"Property '{name}' not recognized")

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.feed(data)
            if isFinal:
                self._parser.close()
        except _ET.ParseError as e:
            self._position = e.position
            message = str(e).rsplit(": line ", 1)[0]
            self._err_handler.fatalError(SAXParseException(message, e, self))

    def _close_source(self):
        source = self._source
        for stream in (source.getCharacterStream(), source.getByteStream()):
            if stream is not None:
                try:
                    stream.close()
                except Exception:
                    pass

    def close(self):
        if self._entity_stack or self._parser is None:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            self._parser = None
            self._close_source()

    def reset(self):
        self._parser = _ET.XMLParser(
            target=_Target(self), encoding=self._source.getEncoding(), _namespaces=bool(self._namespaces)
        )
        self._parsing = False
        self._entity_stack = []
        self._position = (1, 0)

    def getColumnNumber(self):
        if self._parser is None:
            return None
        return self._position[1]

    def getLineNumber(self):
        if self._parser is None:
            return 1
        return self._position[0]

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
