import csv, io
r = csv.reader(io.StringIO(''))
for op in (lambda: delattr(r.dialect, 'delimiter'), lambda: setattr(r.dialect, 'delimiter', ':'), lambda: delattr(r.dialect, 'quoting'), lambda: setattr(r.dialect, 'quoting', None), lambda: setattr(r.dialect, 'zzz', 1), lambda: delattr(r.dialect, 'zzz')):
    try:
        op()
    except AttributeError as e:
        print('AttributeError', e)
