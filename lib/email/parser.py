"""Parsers making Message trees from text, files and bytes (heapstack's own
text).  Each is a thin front of email.feedparser.FeedParser: the input is
fed to it whole and the root message comes back from close()."""

from io import StringIO, TextIOWrapper

from email._policybase import compat32
from email.feedparser import BytesFeedParser, FeedParser

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']


class Parser:
    """Parses text.  _class makes the message objects (by default the
    policy's message_factory, else email.message.Message)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """The message read from a text file; with headersonly the body
        is left unparsed, one str payload."""
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feeder._set_headersonly()
        for block in iter(lambda: fp.read(8192), ''):
            feeder.feed(block)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """The message parsed from the str text."""
        return self.parse(StringIO(text), headersonly)


class HeaderParser(Parser):
    """A Parser that only parses the headers (the body stays a str)."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)


class BytesParser:
    """Parses bytes: they are read as ASCII, any other byte kept as a
    surrogate escape so that the generators can write it back."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """The message read from a binary file."""
        wrapper = TextIOWrapper(fp, encoding='ascii', errors='surrogateescape')
        try:
            return self.parser.parse(wrapper, headersonly)
        finally:
            # leave fp open for the caller
            wrapper.detach()

    def parsebytes(self, text, headersonly=False):
        """The message parsed from a bytes object."""
        decoded = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(decoded, headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that only parses the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, headersonly=True)
