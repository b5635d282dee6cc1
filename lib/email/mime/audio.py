"""MIMEAudio: an audio/* part (heapstack's own text).
The payload is kept encoded: get_payload() returns the encoded text,
get_payload(decode=True) the original bytes again.
"""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEAudio']


def _what(data):
    h = data[:512]
    if h.startswith(b'FORM') and h[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if h[:4] == b'.snd':
        return 'basic'
    if h.startswith(b'RIFF') and h[8:12] == b'WAVE':
        return 'x-wav'
    return None


class MIMEAudio(MIMENonMultipart):
    """audio/_subtype holding the bytes given; without a subtype it is
    guessed from the data's first bytes (TypeError when that fails).
    _encoder encodes the payload (base64 by default)."""

    def __init__(self, _audiodata, _subtype=None,
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_audiodata)
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        super().__init__('audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
