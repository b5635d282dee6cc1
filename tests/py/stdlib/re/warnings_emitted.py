# FutureWarning / DeprecationWarning issued while parsing patterns and templates
import re, warnings
re.compile('[[a]')
re.compile('(?:(?:[a-b--]))')
def f():
    return re.match('x|((([[c])))', 'x')
f()
re.compile(b'(?P<\xe9>x)')
print(re.sub('(a)', r'\g<1_0>' if False else r'\1', 'a'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile('[&&x]')
    re.compile('[a||b]')
    re.compile('[a~~b]')
    re.compile(b'(?P<\xe9\xe8>x)')
    re.compile('(a)(?(1_0)a|b)'.replace('1_0', '1'))
    re.compile('(?(1_0)a|b)' * 0 + '(a)(?(+1)a|b)')
    re.purge()
    re.sub('(?P<n>a)', r'\g<+1>', 'a')
    re.sub(b'(?P<n>a)', rb'\g<\xb2>' if False else rb'\g<n>', b'a')
    re.template('a')
    re.compile('a', re.T)
    for x in w:
        here = x.filename.endswith('warnings_emitted.py')
        print(x.category.__name__, x.message, x.lineno if here else '-', here)
warnings.simplefilter("error")
try:
    re.compile('[[z]')
except FutureWarning as e:
    print("raised", e)
