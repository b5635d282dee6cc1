"""A tolerant HTML tokenizer (heapstack's own html.parser).

Subclass HTMLParser and override the handle_* methods; feed() text in
pieces of any size and close() at the end.  Tokenization follows CPython
3.11's parser: the same tolerant regular expressions, the same buffering of
incomplete constructs between feed() calls, and the same calls for odd
input.
"""

import re

from html import unescape

__all__ = ["HTMLParser"]

# What a start tag, an attribute and the end of a start tag look like
# (HTML5 tokenization, tolerant of junk).
_TAG_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"
_tag_start = re.compile("<[a-zA-Z]")
_tag_name = re.compile(r"(%s)(?:\s|/(?!>))*" % _TAG_NAME)
_attribute = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*")
_start_tag_body = re.compile(
    r"<%s(?:[\s/]*(?:(?<=['\"\s/])[^\s/>][^\s/=>]*"
    r"(?:\s*=+\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*)\s*)?(?:\s|/(?!>))*)*)?\s*" % _TAG_NAME)
_end_tag = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_markup_or_ref = re.compile("[&<]")
_maybe_ref = re.compile("&[a-zA-Z#]")
_entity_ref = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_char_ref = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_comment_end = re.compile(r"--\s*>")
_section_end = re.compile(r"]\s*]\s*>")
_ms_section_end = re.compile(r"]\s*>")
_decl_name = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_ref_end = re.compile(r"[\s;]")

# next characters that mean a start tag is still being typed
_TAG_CONTINUES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/"


class HTMLParser:
    """Find tags and other markup and call handler functions.

    p = HTMLParser(); p.feed(data); ...; p.close().  Start tags go to
    handle_starttag() (or handle_startendtag() for <tag/>), end tags to
    handle_endtag(), text to handle_data().  With convert_charrefs (the
    default) character references in text are decoded before
    handle_data() sees it; otherwise they go to handle_entityref() and
    handle_charref().
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all state, including unprocessed data."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Parse more text (any amount)."""
        self.rawdata += data
        self.goahead(False)

    def close(self):
        """Process whatever is still buffered, as at the end of input."""
        self.goahead(True)

    _starttag_text = None

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self._starttag_text

    def getpos(self):
        """(line number, column) of the parser's position."""
        return self.lineno, self.offset

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None

    def updatepos(self, i, j):
        # advance the line/column counters over rawdata[i:j]
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _next_markup(self, i, n):
        # Where the next '<' (or '&') is; None to wait for more input.
        raw = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = raw.find("<", i)
            if j >= 0:
                return j
            # a reference might be cut in half at the end of the buffer
            amp = raw.rfind("&", max(i, n - 34))
            if amp >= 0 and not _ref_end.search(raw, amp):
                return None
            return n
        found = self.interesting.search(raw, i)
        if found:
            return found.start()
        return None if self.cdata_elem else n

    def goahead(self, end):
        raw = self.rawdata
        i, n = 0, len(raw)
        while i < n:
            j = self._next_markup(i, n)
            if j is None:
                break
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith("<", i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # unterminated construct at the end: it is text up to
                    # the next '>' (or '<')
                    gt = raw.find(">", i + 1)
                    if gt >= 0:
                        k = gt + 1
                    else:
                        k = raw.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith("&#", i):
                found = _char_ref.match(raw, i)
                if found:
                    self.handle_charref(found.group()[2:-1])
                    k = found.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith("&", i):
                found = _entity_ref.match(raw, i)
                if found:
                    self.handle_entityref(found.group(1))
                    k = found.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                partial = _maybe_ref.match(raw, i)
                if partial:
                    if end and partial.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _markup(self, i, n):
        # Handle the construct at rawdata[i] == '<'.  Returns the end, -1 when
        # it is not complete yet, None to stop at the end of the buffer.
        raw = self.rawdata
        if _tag_start.match(raw, i):
            return self.parse_starttag(i)
        if raw.startswith("</", i):
            return self.parse_endtag(i)
        if raw.startswith("<!--", i):
            return self.parse_comment(i)
        if raw.startswith("<?", i):
            return self.parse_pi(i)
        if raw.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    # -- the constructs -----------------------------------------------------

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        close = _comment_end.search(raw, i + 4)
        if not close:
            return -1
        if report:
            self.handle_comment(raw[i + 4:close.start()])
        return close.end()

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if raw[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == "<!doctype":
            gt = raw.find(">", i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = _section_end.search(raw, i + 3)
        elif name in ("if", "else", "endif"):
            close = _ms_section_end.search(raw, i + 3)
        else:
            raise AssertionError(f"unknown status keyword {raw[i + 3:j]!r} in marked section")
        if not close:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:close.start()])
        return close.end()

    def _scan_name(self, i, start):
        raw = self.rawdata
        if i == len(raw):
            return None, -1
        found = _decl_name.match(raw, i)
        if not found:
            self.updatepos(start, i)
            raise AssertionError(f"expected name token at {raw[start:start + 20]!r}")
        if found.end() == len(raw):
            return None, -1
        return found.group().strip().lower(), found.end()

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def check_for_whole_start_tag(self, i):
        raw = self.rawdata
        j = _start_tag_body.match(raw, i).end()
        following = raw[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            return j + 2 if raw.startswith("/>", j) else -1
        if following == "" or following in _TAG_CONTINUES:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        raw = self.rawdata
        self._starttag_text = raw[i:end]
        named = _tag_name.match(raw, i + 1)
        tag = self.lasttag = named.group(1).lower()
        attrs = []
        k = named.end()
        while k < end:
            found = _attribute.match(raw, k)
            if not found:
                break
            name, assignment, value = found.group(1, 2, 3)
            if not assignment:
                value = None
            elif value[:1] in ("'", '"') and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = found.end()
        closing = raw[k:end].strip()
        if closing not in (">", "/>"):
            self.handle_data(raw[i:end])
            return end
        if closing.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find(">", i + 1)
        if gt < 0:
            return -1
        gt += 1
        whole = _end_tag.match(raw, i)
        if whole:
            elem = whole.group(1).lower()
            if self.cdata_elem is not None and elem != self.cdata_elem:
                self.handle_data(raw[i:gt])
                return gt
            self.handle_endtag(elem)
            self.clear_cdata_mode()
            return gt
        if self.cdata_elem is not None:
            self.handle_data(raw[i:gt])
            return gt
        named = _tag_name.match(raw, i + 2)
        if not named:
            if raw[i:i + 3] == "</>":
                return i + 3
            return self.parse_bogus_comment(i)
        # anything between the name and the '>' is ignored
        close = raw.find(">", named.end())
        self.handle_endtag(named.group(1).lower())
        return close + 1

    # -- handlers to override -----------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """<tag .../>: by default a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
