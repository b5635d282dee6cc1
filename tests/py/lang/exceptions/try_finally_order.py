log = []
def step(name):
    log.append(name)

def work(fail):
    step("start")
    try:
        step("body")
        if fail:
            raise RuntimeError("boom")
        return "ok"
    except RuntimeError as e:
        step("except " + str(e))
        return "handled"
    else:
        step("else")
    finally:
        step("finally")

print(work(False), log)
log.clear()
print(work(True), log)

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_with_finally())
