# shlex.split (posix and not, comments), quote and join
import shlex

cases = [
    "ls -l 'my file.txt' \"other file\" plain",
    "a\\ b c\\\\d 'e\\f' \"g\\\"h\\i\\$\" ''",
    "echo \"\" '' x''y \"a\"'b'c",
    "cmd # a comment here\nnext line",
    "foo=bar baz='qu ux' --opt=\"1 2\"",
    "  leading   and trailing   ",
    "",
    "tab\tsep\nnew\rline",
    "x;y|z&&w>out<in (sub)",
    "unicode ßàé Ω word",
    "it's\\'s",
]
for text in cases:
    print(repr(text))
    print("  posix", shlex.split(text))
    print("  comments", shlex.split(text, comments=True))
    try:
        print("  non-posix", shlex.split(text, posix=False))
    except ValueError as e:
        print("  non-posix ValueError", e)
for bad in ["'unterminated", '"also', "ends with \\", "ok 'mid\"", 'x "a\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, "ValueError", e)
words = ["simple", "", "with space", "it's", "$HOME", "a@b%c+d=e:f,g./h-i", "ü", "tab\there", "*.py", "new\nline", "x'y\"z"]
for w in words:
    print(repr(w), shlex.quote(w))
print(shlex.join(words))
print(shlex.split(shlex.join(words)) == words)
print(shlex.quote(""), shlex.join([]))
try:
    shlex.quote(5)
except TypeError as e:
    print("TypeError", e)
print(shlex.__all__)
