import configparser, traceback
cp = configparser.ConfigParser()
cp.read_string("[s]\nk = v\nref = %(missing)s\n")
for call in (lambda: cp.get("nosuch", "k"), lambda: cp.get("s", "nokey"), lambda: cp.get("s", "ref"), lambda: cp.getint("s", "k"),
             lambda: cp["nosuch"], lambda: cp.add_section("s"), lambda: cp.get("s", "k", vars={"k": 5})):
    try:
        print(repr(call()))
    except (configparser.Error, ValueError, KeyError) as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)][1:])
