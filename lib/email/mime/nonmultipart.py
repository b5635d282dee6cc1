"""MIMENonMultipart: the base of MIME parts whose payload is a single
body (text, an image, application data), never a list of parts.
heapstack's own text."""

from email import errors
from email.mime.base import MIMEBase

__all__ = ['MIMENonMultipart']


class MIMENonMultipart(MIMEBase):
    """A MIMEBase that refuses attach(): such a part carries one body,
    so adding a sub-part is a MultipartConversionError (a TypeError)."""

    def attach(self, payload):
        """Always raises: only multipart/* messages hold sub-parts."""
        text = 'Cannot attach additional subparts to non-multipart/*'
        raise errors.MultipartConversionError(text)
