# The parser on documents fed whole and in pieces of every size: start and
# end tags (with and without attributes, quotes holding '>' and the other
# quote, whitespace before '>'), text with entities and ']' near chunk ends,
# comments, CDATA, processing instructions, and the errors of bad end tags.
import xml.etree.ElementTree as ET

DOC = ('<?xml version="1.0"?>\n<!-- head -->\n'
       '<root a="1" b=\'x>"y\'>text &amp; more &lt;&#65;&#x42;]\n'
       '<item id="i>1" note=\'say "hi"\'>one</item >'
       '<item/><e x="&quot;q&quot;"\t\n/>tail]]'
       '<![CDATA[<raw> & ]]]]><?pi some data?><!-- c -- x? no -->'
       '<deep><er><est>z</est></er ></deep>]</root>')
DOC = DOC.replace('<!-- c -- x? no -->', '<!-- c x? no -->')


def dump(elem, depth=0):
    out = ['  ' * depth + repr((elem.tag, sorted(elem.attrib.items()), elem.text, elem.tail))]
    for child in elem:
        out.extend(dump(child, depth + 1))
    return out


def tagname(el):
    tag = getattr(el, 'tag', el)
    return tag if isinstance(tag, str) else getattr(tag, '__name__', '?')


whole = ET.fromstring(DOC)
print('\n'.join(dump(whole)))
for size in (1, 2, 3, 5, 7, 11, 64):
    parser = ET.XMLParser()
    for k in range(0, len(DOC), size):
        parser.feed(DOC[k:k + size])
    root = parser.close()
    print(size, dump(root) == dump(whole))
    pull = ET.XMLPullParser(events=('start', 'end', 'comment', 'pi'))
    seen = []
    for k in range(0, len(DOC), size):
        pull.feed(DOC[k:k + size])
        seen.extend((ev, tagname(el)) for ev, el in pull.read_events())
    pull.close()
    seen.extend((ev, tagname(el)) for ev, el in pull.read_events())
    print(size, len(seen), seen[:4], seen[-3:])

for bad in ['<a><b></a></b>', '<a></a >x', '<a></ab>', '<a></a', '<a>x</a\n>',
            '<a></ a>', '<a><b/></a><c/>', '<a>&bogus;</a>']:
    try:
        r = ET.fromstring(bad)
        print(repr(bad), 'ok', r.tag, repr(r.text))
    except ET.ParseError as e:
        print(repr(bad), 'ParseError', e, e.code, e.position)
