import importlib.metadata as md
from importlib.metadata import version, PackageNotFoundError, distribution, metadata, entry_points, files, requires
import os, sys, tempfile, textwrap, warnings

try:
    version('surely-not-installed-pkg')
except PackageNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
try:
    __version__ = version('another_missing')
except PackageNotFoundError:
    __version__ = 'unknown'
print(__version__)
try:
    distribution('')
except ValueError as e:
    print(e)

tmp = tempfile.mkdtemp()
di = os.path.join(tmp, 'Demo_Pkg-1.2.3.dist-info')
os.mkdir(di)
with open(os.path.join(di, 'METADATA'), 'w') as f:
    f.write(textwrap.dedent('''\
        Metadata-Version: 2.1
        Name: Demo-Pkg
        Version: 1.2.3
        Summary: A demo package
        Keywords: demo test  sample
        Classifier: Programming Language :: Python :: 3
        Classifier: License :: OSI Approved :: MIT License
        Requires-Dist: requests (>=2.0)
        Requires-Dist: click ; extra == "cli"
        Provides-Extra: cli

        Long description
        here.
        '''))
with open(os.path.join(di, 'entry_points.txt'), 'w') as f:
    f.write('[console_scripts]\ndemo = demo_pkg.cli:main\n\n[demo_unique.plugins]\nalpha = demo_pkg.plugins:Alpha [extra1, extra2]\nbeta = json\n')
with open(os.path.join(di, 'RECORD'), 'w') as f:
    f.write('demo_pkg/__init__.py,sha256=abc,12\ndemo_pkg/cli.py,,\nDemo_Pkg-1.2.3.dist-info/METADATA,,\n')
os.mkdir(os.path.join(tmp, 'demo_pkg'))
open(os.path.join(tmp, 'demo_pkg', '__init__.py'), 'w').write('X = 1\n')
eg = os.path.join(tmp, 'old_egg-0.1.egg-info')
os.mkdir(eg)
open(os.path.join(eg, 'PKG-INFO'), 'w').write('Metadata-Version: 1.0\nName: old-egg\nVersion: 0.1\n')
open(os.path.join(eg, 'requires.txt'), 'w').write('six\n\n[test]\npytest\n\n[:python_version < "3"]\nfutures\n\n[fast:sys_platform == "linux"]\nuvloop\n')
sys.path.insert(0, tmp)

print(version('demo-pkg'), version('Demo_Pkg'), version('demo.pkg'), version('old_egg'))
d = distribution('demo-pkg')
print(type(d).__name__, d.name, d.version, d._normalized_name)
m = metadata('demo-pkg')
print(m['Name'], m['Summary'], m['Missing'], m.get_all('Classifier'), m.get_all('Nope'))
print(sorted(m.json.items()))
print(m['Description'])
print(requires('demo-pkg'), requires('old-egg'))
eps = d.entry_points
print(eps, sorted(eps.names), sorted(eps.groups))
ep = eps['alpha']
print(ep, ep.module, ep.attr, ep.extras, ep.group, ep.dist.name)
print(eps.select(group='console_scripts'))
print(entry_points(group='demo_unique.plugins'))
beta = entry_points(group='demo_unique.plugins', name='beta')
print(beta, list(beta)[0].load().__name__)
fs = files('demo-pkg')
print(fs, [(str(p), p.hash, p.size) for p in fs])
print(fs[0].read_text(), fs[0].locate() == d.locate_file('demo_pkg/__init__.py'))
print(files('old-egg'))
print(sorted(md.packages_distributions().get('demo_pkg', [])))
print(sorted(x.metadata['Name'] for x in md.distributions(path=[tmp])))
print(md.Distribution.at(di).version)
try:
    eps['zzz']
except KeyError as e:
    print('KeyError', e)
try:
    ep.name = 'x'
except AttributeError as e:
    print(e)
print(ep == md.EntryPoint('alpha', 'demo_pkg.plugins:Alpha [extra1, extra2]', 'demo_unique.plugins'))
