"""MIMEText: a text/* part whose str payload is encoded for its
charset (us-ascii stays 7bit, utf-8 becomes base64, the latin charsets
quoted-printable).  heapstack's own text."""

from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEText']


class MIMEText(MIMENonMultipart):
    """text/_subtype holding _text.  Without _charset, us-ascii is used
    when the text is pure ASCII and utf-8 otherwise; the charset goes
    into Content-Type and decides Content-Transfer-Encoding."""

    def __init__(self, _text, _subtype='plain', _charset=None, *, policy=None):
        charset = _charset
        if charset is None:
            charset = 'us-ascii' if _text.isascii() else 'utf-8'
        super().__init__('text', _subtype, policy=policy,
                         charset=str(charset))
        self.set_payload(_text, charset)
