class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError):
    pass

try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))

class Empty(Exception):
    pass
try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "", e.args)

raise NotFound(410, "gone")
