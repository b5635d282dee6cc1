class Broken(RuntimeError):
    pass
def run():
    raise Broken("state machine jammed")
run()
