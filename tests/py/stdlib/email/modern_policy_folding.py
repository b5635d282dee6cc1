from email.message import EmailMessage
m = EmailMessage()
m['Subject'] = 'Un résumé très long qui dépasse largement la limite de soixante-dix-huit caractères'
m['To'] = 'Jöhn Doe <j@x.com>, "Smith, A" <a@x.com>, ' + ', '.join('user%d@example.com' % i for i in range(8))
m['X-Long'] = 'word ' * 25
m.set_content('body')
m.add_attachment(b'data', maintype='application', subtype='pdf', filename='résumé.pdf')
m.add_attachment(b'data', maintype='application', subtype='octet-stream', filename='a_very_long_file_name_that_goes_on_and_on_and_on_forever_and_ever.bin')
s = m.as_string()
print(s.replace(m.get_boundary(), 'BND'))
print(m['subject'], m['to'].addresses)
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
import email, email.policy
r=HeaderRegistry()
for v in ['text/plain; charset=utf-8', 'text/plain;charset="utf-8"', "inline; filename*=utf-8''b%C3%A1r.txt", 'attachment;  filename="a b.txt"; size=3', 'TEXT/Plain; Charset=UTF-8', "attachment; filename*0*=us-ascii''abc; filename*1*=def", 'multipart/mixed; boundary="==abc=="']:
    h=r('Content-Disposition', v); print(repr(str(h)), dict(h.params), h.content_disposition)
    h=r('Content-Type', v); print(repr(str(h)), h.content_type, h.maintype, h.subtype)
m = EmailMessage(); m.set_content('x', filename='bár.txt', disposition='inline')
print(m['Content-Disposition'], m.get_filename()); print(m.as_string())
b = b'Subject: Maintenant je vous pr\xc3\xa9sente mon coll\xc3\xa8gue\n\nhi\n'
msg = email.message_from_bytes(b, policy=email.policy.default)
print(msg['subject'])
import io
from email.generator import BytesGenerator
s = io.BytesIO(); BytesGenerator(s, policy=email.policy.default.clone(cte_type='7bit')).flatten(msg); print(s.getvalue())
