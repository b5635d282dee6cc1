"""Split URLs into components, join relative URLs, quote and unquote text,
and encode / parse query strings (heapstack's own urllib.parse).

Behaviour follows RFC 3986 the way CPython 3.11's module applies it: the
same scheme lists, the same stripping of control characters, and the
same results for odd inputs.
"""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes support which features (the lists CPython publishes).
uses_relative = "_ ftp http gopher nntp imap wais file https shttp mms prospero rtsp rtsps rtspu sftp svn svn+ssh ws wss"
uses_netloc = "_ ftp http gopher nntp telnet imap wais file mms https shttp snews prospero rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss"
uses_params = "_ ftp hdl prospero http imap https shttp rtsp rtsps rtspu sip sips mms sftp tel"
non_hierarchical = "gopher hdl mailto news telnet wais imap snews sip sips"
uses_query = "_ http wais imap https shttp mms gopher rtsp rtsps rtspu sip sips"
uses_fragment = "_ ftp hdl http gopher news nntp wais https shttp snews file prospero"
uses_relative, uses_netloc, uses_params, non_hierarchical, uses_query, uses_fragment = (
    ["" if word == "_" else word for word in names.split()]
    for names in (uses_relative, uses_netloc, uses_params, non_hierarchical,
                  uses_query, uses_fragment))

scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

_LEADING_JUNK = "".join(chr(c) for c in range(0x21))
_REMOVED = ("\t", "\r", "\n")


def clear_cache():
    """Kept for compatibility: this module has no parse cache to clear."""


# ---------------------------------------------------------------------------
# str / bytes handling

def _identity(value):
    return value


def _to_bytes(value):
    return value.encode("ascii", "strict")


def _coerce_args(*args):
    # The first argument decides: str arguments pass through; bytes-like
    # ones are decoded as ASCII and the result is encoded back.  Empty
    # values (the "scheme=''" defaults) may be of either kind.
    text = isinstance(args[0], str)
    if any(arg and isinstance(arg, str) != text for arg in args[1:]):
        raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return args + (_identity,)
    return tuple(arg.decode("ascii", "strict") if arg else "" for arg in args) + (_to_bytes,)


# ---------------------------------------------------------------------------
# Result types

class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding="ascii", errors="strict"):
        return self._encoded_counterpart(*(part.encode(encoding, errors) for part in self))


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding="ascii", errors="strict"):
        return self._decoded_counterpart(*(part.decode(encoding, errors) for part in self))


class _NetlocResultMixinBase:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # an IPv6 zone id keeps its case
        zone_mark = "%" if isinstance(host, str) else b"%"
        address, mark, zone = host.partition(zone_mark)
        return address.lower() + mark + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number < 0 or number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(type(list[int]))


def _split_userinfo(netloc, at, colon):
    userinfo, found, _host = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_password, password = userinfo.partition(colon)
    return user, (password if has_password else None)


def _split_hostinfo(netloc, at, colon, open_br, close_br):
    host_part = netloc.rpartition(at)[2]
    before, bracket, inside = host_part.partition(open_br)
    if bracket:
        host, _, rest = inside.partition(close_br)
        port = rest.partition(colon)[2]
    else:
        host, _, port = host_part.partition(colon)
    return host, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, "@", ":")

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, "@", ":", "[", "]")


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b"@", b":")

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b"@", b":", b"[", b"]")


_DefragResultBase = namedtuple("DefragResult", "url fragment")
_SplitResultBase = namedtuple("SplitResult", "scheme netloc path query fragment")
_ParseResultBase = namedtuple("ParseResult", "scheme netloc path params query fragment")

_DefragResultBase.__doc__ = "DefragResult(url, fragment)\n\nA 2-tuple of the URL without its fragment and the fragment."
_SplitResultBase.__doc__ = "SplitResult(scheme, netloc, path, query, fragment)\n\nA 5-tuple of URL components."
_ParseResultBase.__doc__ = "ParseResult(scheme, netloc, path, params, query, fragment)\n\nA 6-tuple of URL components."


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b"#" + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._encoded_counterpart = _raw
    _raw._decoded_counterpart = _text
del _text, _raw


def _wrap(result, coerce):
    # Build the bytes flavour of a result when the input was bytes.
    if coerce is _identity:
        return result
    return result.encode("ascii")


# ---------------------------------------------------------------------------
# Splitting and joining

def _netloc_end(url, start):
    end = len(url)
    for mark in "/?#":
        found = url.find(mark, start)
        if found >= 0 and found < end:
            end = found
    return end


def _valid_ipv6(text):
    address = text.partition("%")[0]
    if address.count("::") > 1:
        return False
    if "." in address:
        head, _, last = address.rpartition(":")
        quads = last.split(".")
        if len(quads) != 4 or not all(q.isdigit() and q.isascii() and int(q) < 256 for q in quads):
            return False
        address = head + ":0:0"
    if "::" in address:
        left, right = address.split("::")
        groups = [g for g in left.split(":") if g] + [g for g in right.split(":") if g]
        if len(groups) > 7:
            return False
    else:
        groups = address.split(":")
        if len(groups) != 8:
            return False
    return all(0 < len(g) <= 4 and all(c in "0123456789abcdefABCDEF" for c in g) for g in groups)


def _check_bracketed(host):
    if host.startswith("v"):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _valid_ipv6(host):
        return
    quads = host.split(".")
    if len(quads) == 4 and all(q.isdigit() and q.isascii() and int(q) < 256 for q in quads):
        raise ValueError("An IPv4 address cannot be in brackets")
    raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_netloc(netloc):
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "")
    folded = unicodedata.normalize("NFKC", plain)
    if plain == folded:
        return
    for mark in "/?#@:":
        if mark in folded:
            raise ValueError(f"netloc '{netloc}' contains invalid characters under NFKC normalization")


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for bad in _REMOVED:
        url = url.replace(bad, "")
        scheme = scheme.replace(bad, "")
    netloc = query = fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha() \
            and all(ch in scheme_chars for ch in url[:colon]):
        scheme = url[:colon].lower()
        url = url[colon + 1:]
    if url.startswith("//"):
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        opened, closed = "[" in netloc, "]" in netloc
        if opened != closed:
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_bracketed(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    _check_netloc(netloc)
    return _wrap(SplitResult(scheme, netloc, url, query, fragment), coerce)


def _split_params(path):
    # ";params" of the last path segment
    start = path.rfind("/") if "/" in path else 0
    semi = path.find(";", start)
    if semi < 0:
        return path, ""
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ""
    if parts.scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    result = ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment)
    return _wrap(result, coerce)


def urlunsplit(components):
    """Put the five parts urlsplit() returns back together as a URL."""
    scheme, netloc, path, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and not path.startswith("//")):
        if path and not path.startswith("/"):
            path = "/" + path
        path = "//" + (netloc or "") + path
    pieces = [path]
    if scheme:
        pieces.insert(0, scheme + ":")
    if query:
        pieces.append("?" + query)
    if fragment:
        pieces.append("#" + fragment)
    return coerce("".join(pieces))


def urlunparse(components):
    """Put the six parts urlparse() returns back together as a URL."""
    scheme, netloc, path, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        path = f"{path};{params}"
    return coerce(urlunsplit((scheme, netloc, path, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the base URL (RFC 3986, section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    b_scheme, b_netloc, b_path, b_params, b_query, _b_frag = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b_scheme, allow_fragments)

    if scheme != b_scheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b_netloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, b_path, b_params,
                                  query or b_query, fragment)))

    if path.startswith("/"):
        segments = path.split("/")
    else:
        directory = b_path.split("/")
        if directory[-1]:
            directory.pop()   # the base's last segment names a file
        segments = directory + path.split("/")
        # empty inner segments would turn into doubled slashes
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]

    stack = []
    for segment in segments:
        if segment == "..":
            if stack:
                stack.pop()
        elif segment != ".":
            stack.append(segment)
    if segments[-1] in (".", ".."):
        stack.append("")
    return coerce(urlunparse((scheme, netloc, "/".join(stack) or "/", params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: (URL without fragment, fragment)."""
    url, coerce = _coerce_args(url)
    if "#" in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        stripped = urlunparse((scheme, netloc, path, params, query, ""))
    else:
        stripped, fragment = url, ""
    return _wrap(DefragResult(stripped, fragment), coerce)


# ---------------------------------------------------------------------------
# Percent-encoding

_HEX = "0123456789ABCDEFabcdef"
_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         b"abcdefghijklmnopqrstuvwxyz"
                         b"0123456789"
                         b"_.-~")
_hex_bytes = {f"{a}{b}".encode(): bytes((int(a + b, 16),)) for a in _HEX for b in _HEX}


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split  # raise AttributeError for objects without a split method
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    pieces = string.split(b"%")
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _hex_bytes.get(piece[:2])
        if byte is None:
            out.append(b"%")
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b"".join(out)


_ascii_runs = re.compile("([\x00-\x7f]+)")


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %xx escapes by the characters they encode."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    parts = _ascii_runs.split(string)
    for i in range(1, len(parts), 2):
        parts[i] = unquote_to_bytes(parts[i]).decode(encoding, errors)
    return "".join(parts)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), and '+' becomes a space."""
    return unquote(string.replace("+", " "), encoding, errors)


class _QuoteTable(dict):
    # byte value -> its text in a quoted string, for one set of safe bytes
    def __init__(self, safe):
        super().__init__()
        self.safe = _ALWAYS_SAFE.union(safe)

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else f"%{byte:02X}"
        self[byte] = text
        return text

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"


_tables = {}


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode every character of string except letters, digits,
    '_.-~' and the characters of safe."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or "utf-8", errors or "strict")
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), but spaces become '+' (for HTML form values)."""
    space = " " if isinstance(string, str) else b" "
    if space not in string:
        return quote(string, safe, encoding, errors)
    safe = safe + (" " if isinstance(safe, str) else b" ")
    return quote(string, safe, encoding, errors).replace(" ", "+")


def quote_from_bytes(bs, safe="/"):
    """quote_from_bytes(b'abc def?') -> 'abc%20def%3F'"""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _tables.get(safe)
    if table is None:
        table = _tables[safe] = _QuoteTable(safe)
    return "".join([table[byte] for byte in bs])


_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))


# ---------------------------------------------------------------------------
# Query strings

def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as an
    application/x-www-form-urlencoded query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence or mapping object") from exc

    def encoded(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for key, value in query:
        key = encoded(key)
        if not doseq or isinstance(value, (str, bytes)):
            pairs.append(key + "=" + encoded(value))
            continue
        try:
            len(value)
        except TypeError:
            pairs.append(key + "=" + encoded(value))
        else:
            for item in value:
                pairs.append(key + "=" + encoded(item))
    return "&".join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding="utf-8", errors="replace", max_num_fields=None, separator="&"):
    """Parse a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = qs.count(separator) + 1 if qs else 0
        if fields > max_num_fields:
            raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, has_value, value = field.partition("=")
        if not has_value:
            if strict_parsing:
                raise ValueError(f"bad query field: {field!r}")
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = coerce(unquote(name.replace("+", " "), encoding=encoding, errors=errors))
            value = coerce(unquote(value.replace("+", " "), encoding=encoding, errors=errors))
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding="utf-8", errors="replace", max_num_fields=None, separator="&"):
    """Parse a query string into a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields=max_num_fields, separator=separator):
        result.setdefault(name, []).append(value)
    return result


def unwrap(url):
    """Strip '<...>' and a 'URL:' prefix: unwrap('<URL:type://host/path>')."""
    url = str(url).strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1].strip()
    if url.startswith("URL:"):
        url = url[4:].strip()
    return url
