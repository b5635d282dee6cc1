class MyError(Exception):
    __module__ = "mypkg.errors"
raise MyError("custom module")
