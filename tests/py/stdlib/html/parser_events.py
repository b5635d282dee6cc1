# html.parser.HTMLParser: the events for documents fed whole and in pieces.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


docs = [
    "<!DOCTYPE html>\n<html lang='en'><head><title>T &amp; t</title></head>\n<body class=\"a b\" id=x data-v=1>",
    "<p>Hello, <b>world</b>!<br/><img src=\"a.png\" alt='A &lt; B' /></p><!-- a comment --><?php echo 1 ?>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p > a { }</style>",
    "text &copy; &#169; &#xA9; &unknown; &amp x & y &#; &#xZ;",
    "<a href=x?a=1&b=2 checked disabled=\"\">link</a><A HREF='Up'>UP</A>",
    "<![CDATA[raw <stuff>]]><![if !IE]>x<![endif]>",
    "</>< notatag <1 <div\n  class='multi\nline'\n>after</div >",
    "<br/ ><input type=checkbox checked/><tag attr = 'v' / >",
    "unclosed <b class='x", "<!-- open comment", "trailing &am", "end <", "</p junk>", "<!bogus>", "</ 3>",
]
for convert in (True, False):
    for doc in docs:
        whole = Recorder(convert_charrefs=convert)
        whole.feed(doc)
        whole.close()
        pieces = Recorder(convert_charrefs=convert)
        for ch in doc:
            pieces.feed(ch)
        pieces.close()
        print(convert, repr(doc))
        for event in whole.events:
            print("   ", event)
        merged = []
        for ev in pieces.events:
            if ev[0] == "data" and merged and merged[-1][0] == "data":
                merged[-1] = ("data", merged[-1][1] + ev[1])
            else:
                merged.append(ev)
        print("    pieces:", [e[:3] for e in merged] == [e[:3] for e in whole.events] or merged)

p = Recorder()
p.feed("<p>a")
print(p.events, repr(p.rawdata))
p.reset()
print(p.getpos(), p.events[-1], p.lasttag, HTMLParser.CDATA_CONTENT_ELEMENTS)
