import email
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header, decode_header, make_header
from email.parser import Parser, HeaderParser, BytesParser

m = MIMEText('Hello, world!\nSecond line.\n')
m['Subject'] = 'Test message'
m['From'] = 'Alice <alice@example.com>'
m['To'] = 'bob@example.com'
print(m.as_string())
print(repr(str(m)))
u = MIMEText('Grüße aus Köln', 'plain', 'utf-8')
u['Subject'] = Header('Grüße', 'utf-8')
print(u.as_string())
q = MIMEText('café crème', _charset='iso-8859-1'); print(q.as_string())
mp = MIMEMultipart('alternative', boundary='BOUNDARY')
mp['Subject'] = 'multi'
mp.attach(MIMEText('plain text', 'plain'))
mp.attach(MIMEText('<b>html</b>', 'html'))
att = MIMEApplication(b'\x00\x01binary data' * 5, Name='data.bin')
att['Content-Disposition'] = 'attachment; filename="data.bin"'
mp.attach(att)
b = MIMEBase('application', 'octet-stream'); b.set_payload(b'abc'); encoders.encode_base64(b)
b.add_header('Content-Disposition', 'attachment', filename='x.txt'); mp.attach(b)
s = mp.as_string(); print(s)
p = email.message_from_string(s)
print(p.is_multipart(), p.get_content_type(), p.get_boundary(), len(p.get_payload()))
for part in p.walk():
    print(part.get_content_type(), part.get_filename(), part.get_content_charset(), repr(part.get_payload(decode=True))[:60])
print(p.preamble, repr(p.epilogue), p.as_string() == s)
raw = """From: "Smith, John" <john@x.com>
To: a@b.com, c@d.com
Subject: =?utf-8?q?Caf=C3=A9_menu?= and more
Date: Mon, 20 Nov 1995 19:12:08 -0500
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Long: this is a long header
 that continues here

Caf=C3=A9 au lait =
is nice.
"""
msg = email.message_from_string(raw)
print(msg.keys(), msg['x-long'], repr(msg['X-Long']))
print(decode_header(msg['Subject']), str(make_header(decode_header(msg['Subject']))))
print(msg.get_payload(decode=True).decode('utf-8'), msg.get_params(), msg.get_param('charset'))
print(msg.items())
print(msg.as_string())
del msg['to']; msg.replace_header('Subject', 'new'); msg.add_header('X-A', 'v', a='1', b='two words')
print(msg.as_string()[:300])
h = Header('Hello World', 'utf-8'); print(h.encode(), str(h))
print(Header('a' * 100 + ' ' + 'b' * 20, header_name='Subject').encode())
long = MIMEText('x'); long['Subject'] = 'word ' * 30; print(long.as_string(maxheaderlen=60))
print(email.message_from_bytes(b'Subject: hi\n\nbody \xe9\n').get_payload())
hp = HeaderParser().parsestr('A: 1\nB: 2\n\nbody\n'); print(hp.items(), repr(hp.get_payload()))
nob = email.message_from_string('Content-Type: multipart/mixed\n\nstuff\n'); print(nob.defects, nob.get_payload())
print(email.message_from_string('no header line\nfoo\n').defects)
