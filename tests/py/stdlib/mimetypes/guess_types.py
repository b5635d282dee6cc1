# mimetypes: the built-in tables plus /etc/mime.types as python3 reads them; suffix and encoding
# maps, case, data: URLs, strict and non-strict, reverse lookups, add_type, MimeTypes, read_mime_types.
import mimetypes
print(mimetypes.inited, len(mimetypes.types_map))
for name in ['a.txt', 'b.HTML', 'c.tar.gz', 'archive.tgz', 'x.svgz', 'photo.JPG', 'doc.pdf', 'noext', 'data.json', 'style.css', 'script.js', 'x.py', 'a.b.c.zip', 'https://example.com/img.png?x=1', 'data:text/html;base64,abc', 'data:foo', 'data:,hello', 'file.rtf', 'file.xul', 'song.mp3', 'movie.mkv', 'pic.webp', 'a.wasm', 'file.Z', 'f.bz2', 'f.xz', 'f.br', 'f.md', 'f.yaml', 'f.toml', 'f.csv', '/path/to/FILE.TXT']:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
print(mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types))
for t in ['text/plain', 'image/jpeg', 'application/json', 'text/html', 'image/jpg', 'application/x-unknown', 'TEXT/PLAIN', 'audio/mpeg', 'video/mp4']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t)[:6], mimetypes.guess_extension(t, strict=False))
mimetypes.add_type('application/x-heap', '.heap'); print(mimetypes.guess_type('a.heap'), mimetypes.guess_extension('application/x-heap'))
db = mimetypes.MimeTypes(); print(db.guess_type('x.heap'), db.guess_type('y.png'))
print(mimetypes.read_mime_types('/nonexistent'), len(mimetypes.read_mime_types('/etc/mime.types') or {}) > 100)
import pathlib; print(mimetypes.guess_type(pathlib.Path('a/b.gif')))
