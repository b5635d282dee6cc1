# ORM-like work on plain dicts (in the spirit of pyperformance's sqlalchemy benchmarks without a
# database): model classes with a metaclass that collects fields, a session with an identity
# map, query objects with filter/order_by/limit chains, joins by foreign key and group-by
# aggregates, all over lists of dict rows.
import sys

# tests/py/bench_like/orm_dicts.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 8000


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._row.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}")
        obj._row[self.name] = value
        obj._dirty.add(self.name)

    def __eq__(self, other):
        return Cond(self.name, "eq", other)

    def __gt__(self, other):
        return Cond(self.name, "gt", other)

    def __lt__(self, other):
        return Cond(self.name, "lt", other)

    __hash__ = object.__hash__


class Cond:
    OPS = {"eq": lambda a, b: a == b, "gt": lambda a, b: a > b, "lt": lambda a, b: a < b}

    def __init__(self, name, op, value):
        self.name, self.op, self.value = name, op, value

    def __call__(self, row):
        return self.OPS[self.op](row.get(self.name), self.value)

    def __and__(self, other):
        return lambda row: self(row) and other(row)


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls._table = name.lower() + "s"
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        self._row = {}
        self._dirty = set()
        for k, f in self._fields.items():
            setattr(self, k, kw.get(k, f.default))

    def __repr__(self):
        return f"<{type(self).__name__} {self._row}>"


class User(Model):
    id = Field(int)
    name = Field(str, "")
    age = Field(int, 0)


class Post(Model):
    id = Field(int)
    user_id = Field(int)
    title = Field(str, "")
    score = Field(int, 0)


class Query:
    def __init__(self, session, model):
        self.session, self.model = session, model
        self.conds, self.order, self.lim = [], None, None

    def filter(self, cond):
        q = Query(self.session, self.model)
        q.conds = self.conds + [cond]
        q.order, q.lim = self.order, self.lim
        return q

    def order_by(self, name, reverse=False):
        self.order = (name, reverse)
        return self

    def limit(self, n):
        self.lim = n
        return self

    def all(self):
        rows = [r for r in self.session.tables[self.model._table] if all(c(r) for c in self.conds)]
        if self.order:
            rows.sort(key=lambda r: (r[self.order[0]], r["id"]), reverse=self.order[1])
        if self.lim is not None:
            rows = rows[: self.lim]
        return [self.session.load(self.model, r) for r in rows]

    def count(self):
        return sum(1 for r in self.session.tables[self.model._table] if all(c(r) for c in self.conds))


class Session:
    def __init__(self):
        self.tables = {"users": [], "posts": []}
        self.identity = {}
        self.loads = 0

    def add(self, obj):
        self.tables[obj._table].append(dict(obj._row))
        self.identity[(obj._table, obj._row["id"])] = obj
        obj._dirty.clear()

    def load(self, model, row):
        key = (model._table, row["id"])
        obj = self.identity.get(key)
        if obj is None:
            self.loads += 1
            obj = model.__new__(model)
            obj._row, obj._dirty = dict(row), set()
            self.identity[key] = obj
        return obj

    def query(self, model):
        return Query(self, model)

    def flush(self):
        n = 0
        index = {(t, r["id"]): r for t, rows in self.tables.items() for r in rows}
        for (t, i), obj in self.identity.items():
            if obj._dirty:
                index[(t, i)].update({k: obj._row[k] for k in obj._dirty})
                obj._dirty.clear()
                n += 1
        return n


def main():
    s = Session()
    for i in range(SCALE // 5):
        s.add(User(id=i, name=f"user{i}", age=18 + i % 50))
    for i in range(SCALE):
        s.add(Post(id=i, user_id=(i * 7) % (SCALE // 5), title=f"post {i}", score=(i * 31) % 101))
    adults = s.query(User).filter(User.age > 40).order_by("age", reverse=True).limit(5).all()
    print([u.name for u in adults], s.query(User).filter(User.age < 20).count())
    top = s.query(Post).filter(Post.score > 90).order_by("score").all()
    print(len(top), top[0].title, top[-1].score)
    s.identity.clear()
    for p in s.query(Post).filter(Post.score < 10).all():
        p.score = p.score + 100
    print("flushed", s.flush(), s.query(Post).filter(Post.score > 100).count())
    users = {u["id"]: u for u in s.tables["users"]}
    agg = {}
    for p in s.tables["posts"]:
        u = users[p["user_id"]]
        bucket = u["age"] // 10 * 10
        tot, cnt = agg.get(bucket, (0, 0))
        agg[bucket] = (tot + p["score"], cnt + 1)
    print(sorted((k, round(t / c, 3)) for k, (t, c) in agg.items()))
    both = s.query(Post).filter((Post.score > 50) & (Post.user_id == 3)).all()
    print([p.id for p in both][:10], s.loads)
    try:
        User(id="x")
    except TypeError as e:
        print("TypeError", e)
    print(repr(s.query(User).filter(User.id == 2).all()[0]), User._fields.keys(), Post._table)


main()
