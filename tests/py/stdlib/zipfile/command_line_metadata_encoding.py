# zipfile's command line (zipfile.main) has 3.11's --metadata-encoding: accepted with -l, -t and
# -e, refused with -c ("Non-conforming encodings not supported with -c.", exit 1); in the help.
import contextlib
import io
import os
import tempfile
import zipfile

os.chdir(tempfile.mkdtemp())
with open("note.txt", "w") as f:
    f.write("hello\n")


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            zipfile.main(list(args))
    except SystemExit as e:
        code = e.code
    print("--", args, "exit", code)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")


run("-h")
run("-c", "notes.zip", "note.txt")
run("--metadata-encoding", "cp437", "-t", "notes.zip")
run("--metadata-encoding", "utf-8", "-e", "notes.zip", "out")
print(sorted(os.listdir("out")))
run("--metadata-encoding", "utf-8", "-c", "other.zip", "note.txt")
print(os.path.exists("other.zip"))
run("--metadata-encoding")
