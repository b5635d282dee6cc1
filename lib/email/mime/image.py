"""MIMEImage: an image/* part, its subtype guessed from the data's first
bytes (heapstack's own text)."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEImage']


def _what(h):
    if h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb':
        return 'jpeg'
    if h.startswith(b'\x89PNG\r\n\x1a\n'):
        return 'png'
    if h[:4] == b"GIF8" and h[4:6] in (b"7a", b"9a"):
        return 'gif'
    if h[:2] in (b'MM', b'II'):
        return 'tiff'
    if h.startswith(b'\x01\xda'):
        return 'rgb'
    if len(h) >= 3 and h[0] == ord('P') and h[2] in b' \t\n\r':
        kind = {ord('1'): 'pbm', ord('4'): 'pbm', ord('2'): 'pgm',
                ord('5'): 'pgm', ord('3'): 'ppm', ord('6'): 'ppm'}.get(h[1])
        if kind:
            return kind
    if h.startswith(b'\x59\xa6\x6a\x95'):
        return 'rast'
    if h.startswith(b'#define '):
        return 'xbm'
    if h.startswith(b'BM'):
        return 'bmp'
    if h[:4] == b"RIFF" and h[8:12] == b"WEBP":
        return 'webp'
    if h[:4] == b"v/1\x01":
        return 'exr'
    return None


class MIMEImage(MIMENonMultipart):
    """image/_subtype holding the bytes given; without a subtype it is
    guessed from the data's first bytes (TypeError when that fails).
    _encoder encodes the payload (base64 by default)."""

    def __init__(self, _imagedata, _subtype=None,
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_imagedata)
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        super().__init__('image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
