"""The idna codec: internationalized domain names (RFC 3490 IDNA, with RFC 3491 Nameprep).

Encoding turns each label (the parts between dots, any of the four dots IDNA knows) into
ASCII: an ASCII label stays as it is, any other is prepared with nameprep and written as
"xn--" + its punycode. Decoding reverses that and checks the label round-trips. Query
strings are assumed (unassigned code points are allowed), and only strict error handling
exists, as IDNA requires.
"""

import codecs
import re
import stringprep
import unicodedata

# RFC 3490 3.1: full stop, ideographic full stop, fullwidth and halfwidth full stops
dots = re.compile("[.\u3002\uff0e\uff61]")

ace_prefix = b"xn--"
sace_prefix = "xn--"

_PROHIBITED = (
    stringprep.in_table_c12,
    stringprep.in_table_c22,
    stringprep.in_table_c3,
    stringprep.in_table_c4,
    stringprep.in_table_c5,
    stringprep.in_table_c6,
    stringprep.in_table_c7,
    stringprep.in_table_c8,
    stringprep.in_table_c9,
)


def nameprep(label):
    """RFC 3491: map (B.1 to nothing, B.2 case folding), NFKC, refuse prohibited characters,
    check the bidirectional rules."""
    mapped = "".join(stringprep.map_table_b2(ch) for ch in label if not stringprep.in_table_b1(ch))
    label = unicodedata.normalize("NFKC", mapped)
    for ch in label:
        if any(test(ch) for test in _PROHIBITED):
            raise UnicodeError("Invalid character %r" % ch)
    right_to_left = [stringprep.in_table_d1(ch) for ch in label]
    if True in right_to_left:
        # RFC 3454 6: no left-to-right character with a right-to-left one, which must then
        # both start and end the label
        if any(stringprep.in_table_d2(ch) for ch in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not (right_to_left[0] and right_to_left[-1]):
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked_length(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def _ascii_or_none(text):
    try:
        return text.encode("ascii")
    except UnicodeError:
        return None


def ToASCII(label):
    """One label as the bytes IDNA writes for it."""
    plain = _ascii_or_none(label)
    if plain is not None:
        return _checked_length(plain)
    label = nameprep(label)
    plain = _ascii_or_none(label)
    if plain is not None:
        return _checked_length(plain)
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked_length(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    """One label (bytes, or str) as the text it stands for."""
    if not isinstance(label, bytes):
        plain = _ascii_or_none(label)
        if plain is None:
            plain = _ascii_or_none(nameprep(label))
            if plain is None:
                raise UnicodeError("Invalid character in IDN label")
        label = plain
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    text = label[len(ace_prefix):].decode("punycode")
    again = ToASCII(text)
    # ToASCII lower-cases through nameprep: the label must come back the same but for case
    if str(label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return text


def _split_trailing_dot(labels, final, dot):
    # An empty last label is a trailing dot. Incrementally, a last label with no dot after it
    # may still grow: it waits for the next call (the dot before it is written now).
    if not labels:
        return labels, dot[:0]
    if not labels[-1]:
        return labels[:-1], dot
    if not final:
        labels = labels[:-1]
        return labels, dot if labels else dot[:0]
    return labels, dot[:0]


def _strict_only(errors, capital):
    if errors != "strict":
        raise UnicodeError(("Unsupported" if capital else "unsupported") + " error handling " + errors)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        _strict_only(errors, False)
        if not input:
            return b"", 0
        plain = _ascii_or_none(input)
        if plain is not None:
            # an ASCII name is checked, not changed
            *labels, last = plain.split(b".")
            for label in labels:
                _checked_length(label)
            if len(last) >= 64:
                raise UnicodeError("label too long")
            return plain, len(input)
        labels, trailing = _split_trailing_dot(dots.split(input), True, b".")
        return b".".join(ToASCII(label) for label in labels) + trailing, len(input)

    def decode(self, input, errors="strict"):
        _strict_only(errors, True)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode("ascii"), len(input)
            except UnicodeDecodeError:
                pass
        labels, trailing = _split_trailing_dot(input.split(b"."), True, ".")
        return ".".join(ToUnicode(label) for label in labels) + trailing, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _strict_only(errors, False)
        if not input:
            return b"", 0
        labels, trailing = _split_trailing_dot(dots.split(input), final, b".")
        # each dot counts one character consumed, as the label before it does
        consumed = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + len(trailing)
        return b".".join(ToASCII(label) for label in labels) + trailing, consumed


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _strict_only(errors, True)
        if not input:
            return "", 0
        labels = dots.split(input) if isinstance(input, str) else str(input, "ascii").split(".")
        labels, trailing = _split_trailing_dot(labels, final, ".")
        consumed = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + len(trailing)
        return ".".join(ToUnicode(label) for label in labels) + trailing, consumed


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name="idna",
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
