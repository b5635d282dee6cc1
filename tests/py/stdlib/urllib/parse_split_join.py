# urllib.parse: splitting, unsplitting, joining, result objects.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          ParseResult, SplitResult)
import urllib.parse

urls = [
    "http://www.python.org/doc/#frag",
    "https://user:pw@Host.Example.COM:8080/p/a/t/h;params?query=1&x=2#frag",
    "HTTP://example.com",
    "ftp://ftp.example.org/pub/file.txt;type=a",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "//netloc/only/path",
    "/just/a/path?q",
    "relative/path#f",
    "",
    "  \t http://ex\nample.com/a\tb",
    "http://[::1]:80/x",
    "http://[fe80::1%25eth0]/",
    "http://a/b/c;p?q#f;x",
    "news:comp.lang.python",
    "tel:+1-816-555-1212",
    "git+ssh://git@github.com/a/b.git",
    "http://host:/path",
    "http://@host",
    "path:with:colons",
    "1http://x",
    "http:relative",
    "s3://bucket/key",
]
for url in urls:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url))
    print("  ", p)
    print("  ", s)
    print("  ", urlunparse(p), "|", urlunsplit(s), "|", p.geturl())
    print("  ", p.username, p.password, p.hostname, p.port)

print(urlparse("http://a/b", scheme="ftp"), urlsplit("a/b", scheme="ftp"))
print(urlsplit("http://a/b#c", allow_fragments=False))
print(urlparse(b"http://user@host:99/p;x?q#f"))
print(urlparse(b"http://user@host:99/p;x?q#f").decode(), urlparse("http://h/").encode())
print(urlsplit(b"//h/p").hostname, urlsplit(b"//h:7/p").port)
print(urlunsplit(("http", "h", "p", "q", "f")), urlunsplit(("", "", "p", "", "")), urlunsplit(("file", "", "/x", "", "")))
print(urlunparse(("http", "h", "/p", "par", "q", "f")), urlunparse((b"http", b"h", b"/p", b"", b"", b"")))

for bad in ["http://[::1/x", "http://::1]/x", "http://host:port/", "http://host:70000/", "http://[abc]/", "http://[1.2.3.4]/",
            "http://[vx.y]/", "http://[v1.x]/"]:
    try:
        print(bad, urlsplit(bad).port)
    except ValueError as exc:
        print(bad, "ValueError", exc)

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https:g", "a//b"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("http://a/b/", "c"), urljoin("http://a", "b"), urljoin("http://a/b", ""), urljoin("", "x"))
print(urljoin("mailto:x", "y"), urljoin("http://a/b", "https://c/d"), urljoin(b"http://a/b/c", b"../d"))
print(urljoin("http://a/b/c", "d", allow_fragments=False), urljoin("svn+ssh://h/a/b", "c"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag(b"x#y"), urldefrag("a#b").geturl())
try:
    urljoin("http://a", b"b")
except TypeError as exc:
    print("TypeError", exc)
print(isinstance(urlparse("x"), tuple), ParseResult._fields, SplitResult._fields)
print(urllib.parse.uses_netloc[:5], urllib.parse.scheme_chars)
print(sorted(urllib.parse.__all__))
r = urlsplit("http://h/p")
print(r._replace(scheme="https").geturl(), r[0], len(r))
