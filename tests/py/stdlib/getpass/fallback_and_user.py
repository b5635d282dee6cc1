import getpass, os, sys, warnings
os.environ["LOGNAME"] = "tester"; print(getpass.getuser())
warnings.simplefilter("ignore")
import io
sys.stdin = io.StringIO("s3cret\nnext\n")
err = io.StringIO()
print(repr(getpass.getpass("PW? ", stream=err)), repr(err.getvalue()))
print(repr(getpass.getpass(stream=err)))
try: getpass.getpass(stream=err)
except EOFError: print("EOF")
print(issubclass(getpass.GetPassWarning, UserWarning))
