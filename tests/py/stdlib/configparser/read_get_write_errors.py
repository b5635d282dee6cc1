import configparser, io, sys
text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
# a comment
; another
path = /usr/%(user)s/bin
user = admin
multi = first line
    second line

    after blank
[paths]
home = /home/me
data: %(home)s/data
pct = 100%%
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
print(cfg.sections(), list(cfg), len(cfg))
print(cfg["forge.example"]["user"], cfg["forge.example"]["compression"])
ts = cfg["topsecret.server.example"]
print(ts["port"], ts.getint("port"), ts.getboolean("forwardx11"), ts["path"], repr(ts["multi"]))
print(cfg.get("paths", "data"), cfg.get("paths", "data", raw=True), cfg.get("paths", "pct"))
print(cfg.getint("topsecret.server.example", "compressionlevel"), cfg.getfloat("DEFAULT", "serveraliveinterval"))
print(cfg.options("forge.example"), cfg.items("forge.example"))
print(cfg.has_section("paths"), cfg.has_option("paths", "HOME"), cfg.has_option("paths", "nope"), "paths" in cfg, "x" in cfg)
print(cfg.get("paths", "missing", fallback="fb"), ts.get("missing"), ts.get("missing", "d"), cfg.getint("paths", "x", fallback=3))
print(list(cfg["paths"]), dict(cfg["paths"]), repr(cfg["paths"]), cfg["paths"].name)
print([(k, repr(v)) for k, v in cfg.items()])
print(cfg.get("paths", "home", vars={"home": "/override"}))
cfg.add_section("new")
cfg.set("new", "key", "value")
cfg["new"]["other"] = "2"
cfg["extra"] = {"a": 1, "B": "two"}
del cfg["forge.example"]
cfg.remove_option("paths", "pct")
out = io.StringIO(); cfg.write(out); print(out.getvalue())
cfg.write(sys.stdout, space_around_delimiters=False)
errs = [
    lambda: cfg.get("nosuch", "x"),
    lambda: cfg.get("paths", "nosuch"),
    lambda: cfg.add_section("paths"),
    lambda: cfg.add_section("DEFAULT"),
    lambda: cfg.set("nosuch", "a", "b"),
    lambda: cfg.set("new", "a", 5),
    lambda: cfg["nosuch"],
    lambda: cfg["paths"]["nosuch"],
    lambda: configparser.ConfigParser().read_string("key = value\n"),
    lambda: configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n"),
    lambda: configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n"),
    lambda: configparser.ConfigParser().read_string("[a]\nnovalue\n  \n=x\n"),
    lambda: configparser.ConfigParser().read_string("[a]\nx=%(y)s\n").get("a", "x"),
    lambda: (lambda c: (c.read_string("[a]\nx=%(y)s\n"), c.get("a", "x")))(configparser.ConfigParser()),
    lambda: (lambda c: (c.read_string("[a]\nx=%(x)s\n"), c.get("a", "x")))(configparser.ConfigParser()),
    lambda: (lambda c: (c.read_string("[a]\nx=100%\n"), c.get("a", "x")))(configparser.ConfigParser()),
    lambda: cfg.set("new", "bad", "50%"),
    lambda: cfg.getboolean("extra", "b"),
    lambda: cfg.getint("extra", "b"),
    lambda: cfg.__delitem__("DEFAULT"),
]
for f in errs:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args)
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s and 50%\n")
print(raw.get("s", "v"))
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(nv.get("mysqld", "skip-bdb"), list(nv["mysqld"]))
nv.write(sys.stdout)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[common]\nhome=/home\nlib=${home}/lib\n[app]\nbin=${common:lib}/bin\ncost=$$5\n")
print(ext["app"]["bin"], ext["app"]["cost"], ext["common"]["lib"])
c2 = configparser.ConfigParser(inline_comment_prefixes=("#",), delimiters=("=",), default_section="general")
c2.read_string("[general]\nname = x # comment\n[s]\nk = v#notcomment\nkk = a ; b\n")
print(c2["s"]["name"], c2["s"]["k"], c2["s"]["kk"], c2.sections())
c3 = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
c3.read_string("[s]\nitems = a, b ,c\n")
print(c3.getlist("s", "items"), c3["s"].getlist("items"))
c4 = configparser.ConfigParser()
c4.optionxform = str
c4.read_dict({"Sec": {"CamelKey": "v", "n": 3}})
print(c4.items("Sec"), c4.sections())
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
import tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, "app.ini")
with open(p, "w") as f: cfg.write(f)
c5 = configparser.ConfigParser()
print([os.path.basename(x) for x in c5.read([p, os.path.join(d, "missing.ini")])], c5.sections())
with open(p) as f: c6 = configparser.ConfigParser(); c6.read_file(f); print(c6["new"]["key"])
