import os, sys, tempfile, zipfile
from importlib.metadata import version, files, distribution, entry_points
d = tempfile.mkdtemp()
whl = os.path.join(d, 'zipped_demo-2.0-py3-none-any.whl')
with zipfile.ZipFile(whl, 'w') as z:
    z.writestr('zipped_demo/__init__.py', 'VALUE = 42\n')
    z.writestr('zipped_demo-2.0.dist-info/METADATA', 'Metadata-Version: 2.1\nName: zipped-demo\nVersion: 2.0\n')
    z.writestr('zipped_demo-2.0.dist-info/entry_points.txt', '[zipped_demo.hooks]\nrun = zipped_demo:VALUE\n')
    z.writestr('zipped_demo-2.0.dist-info/RECORD', 'zipped_demo/__init__.py,,\nzipped_demo-2.0.dist-info/METADATA,,\n')
sys.path.insert(0, whl)
print(version('zipped-demo'))
dist = distribution('zipped_demo')
print(type(dist._path).__name__, dist._path.name, dist.locate_file('zipped_demo/__init__.py').read_text())
print([str(f) for f in files('zipped-demo')], files('zipped-demo')[0].read_text())
ep, = entry_points(group='zipped_demo.hooks')
print(ep, ep.module, ep.attr)
