import os, sys, tempfile
from importlib.metadata import entry_points, distribution
tmp = tempfile.mkdtemp()
di = os.path.join(tmp, 'wpkg-1.0.dist-info'); os.mkdir(di)
open(os.path.join(di, 'METADATA'), 'w').write('Name: wpkg\nVersion: 1.0\n')
open(os.path.join(di, 'entry_points.txt'), 'w').write('[wpkg_unique.group]\na = os.path:join\n')
sys.path.insert(0, tmp)
groups = entry_points()
eps = groups['wpkg_unique.group']
print(eps)
print('wpkg_unique.group' in groups)
print(eps[0])
ep = eps[0]
print(ep[0], ep.load().__name__)
name, obj = ep
print(name)
eps2 = distribution('wpkg').entry_points
eps2.append(ep)
print(len(eps2), eps2 == (ep, ep))
