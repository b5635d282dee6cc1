# shelve over dbm.dumb (the backend python3 picks here): the files it makes, reopening, writeback,
# read-only and closed shelves, raw dbm keys/values, the .dir index text, whichdb, errors.
import shelve, dbm, dbm.dumb, os
base = '_shelf_tmp'
with shelve.open(base) as db:
    db['numbers'] = [1, 2, 3]
    db['config'] = {'debug': True, 'name': 'app'}
    db['text'] = 'x' * 600
    print(len(db), sorted(db.keys()), 'numbers' in db, db.get('missing', 'dflt'))
print(sorted(f for f in os.listdir('.') if f.startswith(base)), dbm.whichdb(base))
with shelve.open(base) as db:
    print(db['numbers'], db['config'], len(db['text']))
    lst = db['numbers']; lst.append(4); print(db['numbers'])
    db['numbers'] = lst; db['text'] = 'short'; del db['config']
    try: db['config']
    except KeyError as e: print('KeyError', e)
with shelve.open(base, writeback=True) as db:
    db['numbers'].append(5); print(dict(db))
with shelve.open(base, flag='r') as db:
    print(dict(db), sorted(db))
    try: db['new'] = 1
    except Exception as e: print(type(e).__name__, e)
s = shelve.open(base); s.close()
try: s['numbers']
except ValueError as e: print(e)
d = dbm.open(base + '_raw', 'n')
d[b'k1'] = b'v1'; d['k2'] = 'v2'; print(d[b'k1'], d['k2'], sorted(d.keys()), len(d), b'k1' in d)
try: d['k3'] = 5
except TypeError as e: print(e)
d.close()
print(open(base + '_raw.dir').read(), end='')
print(os.path.getsize(base + '_raw.dat'), dbm.whichdb(base + '_raw'), dbm.whichdb('_nothing_here'))
try: dbm.open('_nothing_here')
except dbm.error[0] as e: print(type(e).__name__, e)
try: dbm.dumb.open(base, 'x')
except ValueError as e: print(e)
for f in os.listdir('.'):
    if f.startswith(base): os.remove(f)
