"""The exceptions of heapstack's xml.sax (our own), shaped as CPython 3.11's."""


class SAXException(Exception):
    """A SAX error or warning: a message, maybe wrapping the exception that caused it."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self): return self._msg

    def getException(self): return self._exception

    def __str__(self): return self._msg

    def __getitem__(self, ix):
        # SAX exceptions were once sequences; asking for an item is an error now.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with where it happened (read from the locator when raised)."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self): return self._colnum

    def getLineNumber(self): return self._linenum

    def getPublicId(self): return self._locator.getPublicId()

    def getSystemId(self): return self._systemId

    def __str__(self):
        where = self.getSystemId()
        if where is None:
            where = "<unknown>"
        line = self.getLineNumber()
        if line is None:
            line = "?"
        column = self.getColumnNumber()
        if column is None:
            column = "?"
        return f"{where}:{line}:{column}: {self._msg}"


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No parser module could be loaded."""
