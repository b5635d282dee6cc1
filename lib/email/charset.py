"""What each character set needs in email: how its headers and bodies are
encoded and which charset goes on the wire (heapstack's own text)."""

from functools import partial

import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3
RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset: (header encoding, body encoding, output charset)
CHARSETS = {'us-ascii': (None, None, None),
            'big5': (BASE64, BASE64, None),
            'gb2312': (BASE64, BASE64, None),
            'euc-jp': (BASE64, None, 'iso-2022-jp'),
            'shift_jis': (BASE64, None, 'iso-2022-jp'),
            'iso-2022-jp': (BASE64, None, None),
            'koi8-r': (BASE64, BASE64, None),
            'utf-8': (SHORTEST, BASE64, 'utf-8')}
for _n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16):
    CHARSETS['iso-8859-%d' % _n] = (QP, QP, None)
CHARSETS['windows-1252'] = (QP, QP, None)
CHARSETS['viscii'] = (QP, QP, None)

ALIASES = {'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp',
           'euc_kr': 'euc-kr', 'ascii': 'us-ascii'}
for _latin, _iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10),
                     (7, 13), (8, 14), (9, 15), (10, 16)):
    ALIASES['latin_%d' % _latin] = ALIASES['latin-%d' % _latin] = \
        'iso-8859-%d' % _iso
del _n, _latin, _iso

CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a charset is encoded in headers and bodies."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Register another name of a charset."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Register the Python codec of a charset."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


class Charset:
    """A character set's email properties: input_charset, header_encoding,
    body_encoding, output_charset, input_codec and output_codec."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower()
        self.input_charset = ALIASES.get(name, name)
        henc, benc, out = CHARSETS.get(self.input_charset,
                                       (SHORTEST, BASE64, None))
        out = out or self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(out, out)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset,
                                          self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or a function setting the header."""
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _get_encoder(self, header_bytes):
        how = self.header_encoding
        if how == BASE64:
            return email.base64mime
        if how == QP:
            return email.quoprimime
        if how == SHORTEST:
            b = email.base64mime.header_length(header_bytes)
            q = email.quoprimime.header_length(header_bytes)
            return email.base64mime if b < q else email.quoprimime
        return None

    def header_encode(self, string):
        """string as one RFC 2047 encoded word (or as is, if this charset
        needs no encoding)."""
        codec = self.output_codec or 'us-ascii'
        raw = _encode(string, codec)
        encoder = self._get_encoder(raw)
        if encoder is None:
            return string
        return encoder.header_encode(raw, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as encoded words, each fitting the next length that
        maxlengths yields (the =?...?= around not counted)."""
        codec = self.output_codec or 'us-ascii'
        encoder_module = self._get_encoder(_encode(string, codec))
        encode = partial(encoder_module.header_encode, charset=codec)
        chrome = len(self.get_output_charset()) + RFC2047_CHROME_LEN
        words = []
        current = ''
        room = next(maxlengths) - chrome
        for ch in string:
            trial = current + ch
            if encoder_module.header_length(
                    _encode(trial, self.get_output_charset())) > room:
                if not words and not current:
                    words.append(None)
                else:
                    words.append(encode(_encode(current, codec)))
                current = ch
                room = next(maxlengths) - chrome
            else:
                current = trial
        words.append(encode(_encode(current, codec)))
        return words

    def body_encode(self, string):
        """The body text encoded as this charset's body encoding says."""
        if not string:
            return string
        if self.body_encoding is BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.base64mime.body_encode(string)
        if self.body_encoding is QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
