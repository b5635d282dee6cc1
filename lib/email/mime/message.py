"""MIMEMessage: a message/* part (message/rfc822 by default) whose
payload is a whole Message, as when a mail is forwarded as an
attachment.  heapstack's own text."""

from email.message import Message
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEMessage']


class MIMEMessage(MIMENonMultipart):
    """Wraps the Message _msg in a message/_subtype part; the part's
    default type (for parts of multipart/digest) is message/rfc822."""

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if not isinstance(_msg, Message):
            raise TypeError('Argument is not an instance of Message')
        # MIMENonMultipart.attach refuses, so go through Message's own
        # attach: the payload becomes the one-item list [_msg]
        Message.attach(self, _msg)
        # parts of a multipart/digest default to message/rfc822 too
        self.set_default_type('message/rfc822')
