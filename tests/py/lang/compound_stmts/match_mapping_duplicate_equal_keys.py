for src in ["{0: _, False: _}", "{0: _, 0.0: _}", "{0: _, -0: _}", "{0: _, 0j: _}", "{1: _, True: _}", "{'a': _, b'a': _}", "{1.5: _, 1.5: _}", "{2: _, 2.0: _}", "{None: _, None: _}", "{1: _, 1+0j: _}"]:
    try:
        compile(f"match x:\n    case {src}:\n        pass\n", "<s>", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, e.msg, e.offset)
