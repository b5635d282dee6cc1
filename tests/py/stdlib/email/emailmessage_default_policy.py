from email.message import EmailMessage
from email import policy
from email.headerregistry import Address
import email
msg = EmailMessage()
msg['Subject'] = 'Meeting tomorrow'
msg['From'] = Address('Alice Smith', 'alice', 'example.com')
msg['To'] = 'bob@example.com, Carol <carol@example.org>'
msg['Date'] = 'Mon, 20 Nov 1995 19:12:08 -0500'
msg.set_content('Hi Bob,\n\nSee you at 10.\n')
print(msg)
print(msg['to'].addresses, msg['from'].addresses[0].display_name, msg['date'].datetime)
print(msg.get_content())
msg.add_attachment(b'PNGDATA' * 20, maintype='image', subtype='png', filename='pic.png')
s = msg.as_string()
print(s.replace(msg.get_boundary(), 'BND'))
try:
    msg['Subject'] = 'dup'
except ValueError as e:
    print(e)
print([p.get_content_type() for p in msg.iter_attachments()], msg.get_body().get_content_type())
m2 = email.message_from_string('Subject: hi\nFrom: x@y.z\n\nbody\n', policy=policy.default)
print(type(m2).__name__, m2['subject'], m2['from'].addresses, m2.get_content())
m3 = EmailMessage(); m3['Subject'] = 'Grüße'; m3.set_content('héllo wörld'); print(m3); print(m3.as_string())
print(msg['content-type'].params if False else '', m2.get_content_type())
alt = EmailMessage(); alt['Subject']='alt'; alt.set_content('plain'); alt.add_alternative('<p>html</p>', subtype='html')
print(alt.get_body(('html',)).get_content(), alt.is_multipart())
print(repr(policy.default), policy.SMTP.linesep == '\r\n', repr(policy.compat32))
