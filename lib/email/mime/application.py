"""MIMEApplication: an application/* part holding bytes (a PDF, a zip
file...), base64-encoded unless another encoder is given.
heapstack's own text.
The payload is kept encoded: get_payload() returns the encoded text,
get_payload(decode=True) the original bytes again.
"""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEApplication']


class MIMEApplication(MIMENonMultipart):
    """application/_subtype (octet-stream by default) holding _data;
    _encoder (a function of email.encoders) encodes the payload and sets
    Content-Transfer-Encoding; _params become Content-Type parameters."""

    def __init__(self, _data, _subtype='octet-stream',
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        super().__init__('application', _subtype, policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)
