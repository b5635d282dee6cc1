# glob: patterns, hidden files, recursive '**', root_dir, escape, has_magic (results sorted: scandir order is the OS's)
import glob
import os

base = f"/tmp/heapstack-globtest-{os.getpid()}"
os.makedirs(base)
os.chdir(base)
for d in ["src", "src/pkg", "src/pkg/sub", "docs", ".git", "src/.cache"]:
    os.mkdir(d)
for f in ["README.md", "setup.py", ".env", "src/a.py", "src/b.py", "src/c.txt", "src/pkg/__init__.py",
          "src/pkg/sub/deep.py", "docs/index.md", "docs/x[1].md", ".git/config", "src/.cache/hidden.py", "src/.dot.py"]:
    with open(f, "w") as fh:
        fh.write(f)


def show(*args, **kw):
    print(args, kw, sorted(glob.glob(*args, **kw)))


show("*")
show("*.py")
show("src/*.py")
show("src/*")
show("*/*.md")
show("**/*.py")
show("**/*.py", recursive=True)
show("**", recursive=True)
show("src/**/", recursive=True)
show("src/**/*.py", recursive=True, include_hidden=True)
show("*", include_hidden=True)
show(".*")
show("src/?.py")
show("src/[ab].py")
show("src/[!a].*")
show("docs/x[1].md")
show(glob.escape("docs/x[1].md"))
show("nothing*")
show("README.md")
show("missing.txt")
show("src/")
show("*.py", root_dir="src")
show("**/*.py", root_dir="src", recursive=True)
show(b"src/*.py")
print(sorted(glob.iglob("src/*.txt")), type(glob.iglob("*")).__name__)
print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
print(sorted(glob.__all__))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.chdir("/")
os.rmdir(base)
print(os.path.exists(base))
