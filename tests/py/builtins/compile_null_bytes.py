# A NUL in source text (str or bytes) is a SyntaxError in compile/eval/exec (3.11.7).
for src in ('\0', 'x = 1\0', b'\0', b'a\0b'):
    for mode in ('exec', 'eval'):
        try: compile(src, 'f', mode)
        except Exception as e: print('compile', type(e).__name__, e)
    try: eval(src)
    except Exception as e: print('eval', type(e).__name__, e)
    try: exec(src)
    except Exception as e: print('exec', type(e).__name__, e)
