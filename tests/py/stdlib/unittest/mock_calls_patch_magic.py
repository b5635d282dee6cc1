from unittest import mock
import re
def clean(s): return re.sub(r"id='\d+'", "id=ID", str(s))
m = mock.Mock()
m(1, a=2); m.method(3); m.attr.sub(4)
print(m.call_args, m.call_args_list, m.method_calls, m.mock_calls, m.call_count, m.called)
print(repr(m.call_args), mock.call(1, a=2) == m.call_args, m.method.call_args.args, m.call_args.kwargs)
try: m.assert_called_once_with(2)
except AssertionError as e: print(repr(str(e)))
m(5)
for f in [m.assert_called_once, m.method.assert_not_called, lambda: m.assert_any_call(9), lambda: mock.Mock().assert_called_with(1), lambda: m.assert_has_calls([mock.call(7)]), lambda: mock.Mock().assert_called(), lambda: m.assert_has_calls([mock.call(1), mock.call(9)], any_order=True), lambda: m.assert_called_with(5, b=1)]:
    try: f(); print("passed")
    except AssertionError as e: print(repr(str(e)))
m.assert_has_calls([mock.call.method(3), mock.call.attr.sub(4)]); m.assert_any_call(1, a=2); m.assert_called_with(5)
mm = mock.MagicMock(return_value=3); print(mm(), len(mm), list(iter(mm)), clean(mm[0]), int(mm), bool(mm), 1 in mm, float(mm), mm == mm, mm != 3)
mm.__len__.return_value = 5; mm.__iter__.return_value = [1, 2]; mm.__getitem__.side_effect = lambda k: k * 2; print(len(mm), list(mm), mm[21])
with mm as ctx: print(clean(ctx))
s = mock.Mock(side_effect=[1, 2, ValueError("x")]); print(s(), s())
try: s()
except ValueError as e: print("VE", e)
try: s()
except StopIteration as e: print("SI", repr(e))
f = mock.Mock(side_effect=lambda x: x * 2); print(f(4))
n = mock.Mock(name="foo"); print(clean(repr(n)), clean(repr(n.bar)), clean(repr(n.bar())), clean(repr(mock.MagicMock())), clean(mock.Mock().x.y()))
sp = mock.Mock(spec=["a"])
try: sp.b
except AttributeError as e: print(e)
class Real:
    def go(self, x): return x
    attr = 1
rs = mock.Mock(spec=Real); print(isinstance(rs, Real), clean(rs), clean(rs.go(1)))
try: rs.nothere
except AttributeError as e: print(e)
ss = mock.Mock(spec_set=Real)
try: ss.newattr = 1
except AttributeError as e: print(e)
try: m.assert_caled()
except AttributeError as e: print(e)
import os
with mock.patch("os.getcwd", return_value="/fake") as p: print(os.getcwd(), p.called, clean(p))
print(os.getcwd() != "/fake")
@mock.patch("os.listdir")
@mock.patch("os.path.exists", return_value=False)
def g(mexists, mlist): mlist.return_value = ["x"]; return os.listdir("."), os.path.exists("y"), mlist.call_args
print(g())
d = {"a": 1}
with mock.patch.dict(d, {"b": 2}, clear=True): print(d)
print(d)
@mock.patch.dict(os.environ, {"MY_VAR": "1"})
def env(): return os.environ["MY_VAR"]
print(env(), "MY_VAR" in os.environ)
class C:
    def meth(self): return 1
with mock.patch.object(C, "meth", return_value=9) as pm: print(C().meth(), pm.call_count)
print(C().meth())
p2 = mock.patch.object(C, "meth", lambda self: 42); p2.start(); print(C().meth()); p2.stop(); print(C().meth())
with mock.patch.multiple(C, meth=mock.DEFAULT, other=mock.DEFAULT, create=True) as vals: print(sorted(vals), C.other is vals["other"])
try:
    with mock.patch("os.nonexistent_thing"): pass
except AttributeError as e: print(e)
print(mock.ANY == 5, mock.sentinel.foo, mock.sentinel.foo is mock.sentinel.foo, mock.DEFAULT, repr(mock.ANY))
mo = mock.mock_open(read_data="line1\nline2\n")
with mock.patch("builtins.open", mo):
    with open("x") as fh: print(repr(fh.read()))
    with open("y") as fh: print([l for l in fh])
    with open("z", "w") as fh: fh.write("data")
print(mo.call_args_list); mo().write.assert_called_once_with("data")
m.reset_mock(); print(m.call_count, m.mock_calls, m.method.called)
m.configure_mock(**{"x.return_value": 3, "y": 4}); print(m.x(), m.y)
print(mock.call.foo(1), mock.call(1) == mock.call(1), mock.call(1) != mock.call(2), mock.call.a.b(2, k=3), mock.call(1).args, mock.call.x(1, z=2).kwargs, mock.call(mock.ANY) == mock.call(5))
print(mock.call.f(1).g(2).call_list())
pmk = mock.PropertyMock(return_value="prop")
class H: pass
type(h := H()).p = pmk; print(h.p); h.p = 5; print(pmk.mock_calls)
a = mock.create_autospec(lambda x, y=1: None, return_value=7); print(a(1), a(1, y=2))
try: a(1, 2, 3)
except TypeError as e: print("TypeError", e)
a.assert_called_with(1, y=2)
am = mock.AsyncMock(return_value=11)
import asyncio
print(asyncio.run(am(3)), am.await_count, am.call_args); am.assert_awaited_once_with(3)
parent = mock.Mock(); child = mock.Mock(return_value=None); parent.attach_mock(child, "child"); child(1); print(parent.mock_calls)
w = mock.Mock(wraps=lambda v: v + 1); print(w(1), w.call_count)
print(clean(mock.MagicMock().method().attr), mock.Mock(return_value=None)())
