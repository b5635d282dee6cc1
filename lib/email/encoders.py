"""Functions that encode a message's payload and set its
Content-Transfer-Encoding (heapstack's own text)."""

from base64 import encodebytes as _bencode
from quopri import encodestring as _encodestring

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def _qencode(s):
    return _encodestring(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """Base64-encode the payload and say so in the headers."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(str(_bencode(raw), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Quoted-printable-encode the payload and say so in the headers."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(_qencode(raw))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Set Content-Transfer-Encoding to 7bit, or 8bit for non-ASCII bytes."""
    raw = msg.get_payload(decode=True)
    if raw is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        raw.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leave the message as it is."""
