import io, contextlib
import filecmp, os, tempfile
root = tempfile.mkdtemp()
a = os.path.join(root, "a"); b = os.path.join(root, "b")
for d in (a, b): os.makedirs(os.path.join(d, "sub"))
def w(p, s):
    with open(p, "w") as f: f.write(s)
w(os.path.join(a, "same.txt"), "hello"); w(os.path.join(b, "same.txt"), "hello")
w(os.path.join(a, "diff.txt"), "one"); w(os.path.join(b, "diff.txt"), "three")
w(os.path.join(a, "only_a.txt"), "x"); w(os.path.join(b, "only_b.txt"), "y")
w(os.path.join(a, "sub", "s.txt"), "s"); w(os.path.join(b, "sub", "s.txt"), "SS")
os.mkdir(os.path.join(a, "mixed")); w(os.path.join(b, "mixed"), "file")
print(filecmp.cmp(os.path.join(a, "same.txt"), os.path.join(b, "same.txt"), shallow=False), filecmp.cmp(os.path.join(a, "diff.txt"), os.path.join(b, "diff.txt")))
print(filecmp.cmpfiles(a, b, ["same.txt", "diff.txt", "missing.txt"], shallow=False))
d = filecmp.dircmp(a, b)
print(d.left_list, d.right_list, d.common, d.left_only, d.right_only, d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs), d.subdirs["sub"].diff_files)
out0 = io.StringIO()
with contextlib.redirect_stdout(out0): d.report()
print(out0.getvalue().replace(root, "ROOT"))

out = io.StringIO()
with contextlib.redirect_stdout(out):
    d.report_full_closure()
print(out.getvalue().replace(root, "ROOT"))
print(filecmp.DEFAULT_IGNORES)
try: d.nonexistent
except AttributeError as e: print("AttributeError", e)
