"""Abstract syntax trees of Python source: heapstack's own `ast` module.

The node classes are made here from the node table of the native `_ast` module (the fields
and attributes of CPython 3.11's Python.asdl); `parse` runs heapstack's parser, whose trees
equal CPython's, and `_ast._parse` turns them into instances of these classes.
"""

import _ast
from enum import IntEnum, auto, _simple_enum
from _ast import PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            count = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{count} positional argument{'' if count == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'

# Which abstract class each concrete node class derives from (Python.asdl's sum types).
_ABSTRACT = {
    'mod': ('Module', 'Interactive', 'Expression', 'FunctionType'),
    'stmt': ('FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign',
             'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith',
             'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global',
             'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue'),
    'expr': ('BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set',
             'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom',
             'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute',
             'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice'),
    'expr_context': ('Load', 'Store', 'Del'),
    'boolop': ('And', 'Or'),
    'operator': ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
                 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'),
    'unaryop': ('Invert', 'Not', 'UAdd', 'USub'),
    'cmpop': ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'),
    'excepthandler': ('ExceptHandler',),
    'pattern': ('MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass',
                'MatchStar', 'MatchAs', 'MatchOr'),
    'type_ignore': ('TypeIgnore',),
}
_LOCATED_ABSTRACT = ('stmt', 'expr', 'excepthandler', 'pattern')

_classes = {}


def _make_classes():
    namespace = globals()
    base_of = {}
    for abstract, members in _ABSTRACT.items():
        attributes = _LOCATION if abstract in _LOCATED_ABSTRACT else ()
        cls = type(abstract, (AST,), {'__module__': 'ast', '_fields': (),
                                      '_attributes': attributes})
        if abstract in _LOCATED_ABSTRACT:
            cls.end_lineno = None
            cls.end_col_offset = None
        namespace[abstract] = cls
        for member in members:
            base_of[member] = cls
    signatures = {}
    for name, fields, attributes, qualifiers, types in _ast._specs:
        # The docstring is the class's line of Python.asdl: Name(identifier id, expr_context ctx)
        signature = name
        if fields:
            described = [f'{kind}{qualifier} {field}'
                         for field, qualifier, kind in zip(fields, qualifiers, types)]
            signature += '(' + ', '.join(described) + ')'
        signatures[name] = signature
        body = {'__module__': 'ast', '_fields': fields, '_attributes': attributes,
                '__match_args__': fields, '__doc__': signature}
        for field, qualifier in zip(fields, qualifiers):
            if qualifier == '?':
                body[field] = None
        if 'end_lineno' in attributes:
            body['end_lineno'] = None
            body['end_col_offset'] = None
        cls = type(name, (base_of.get(name, AST),), body)
        namespace[name] = cls
        _classes[name] = cls
    for abstract, members in _ABSTRACT.items():
        simple = all('(' not in signatures[member] for member in members)
        joiner = ' | ' if simple else '\n' + ' ' * (len(abstract) + 1) + '| '
        namespace[abstract].__doc__ = f'{abstract} = ' + joiner.join(
            signatures[member] for member in members)


_make_classes()
del _make_classes

# What _ast._parse builds each node from: a class, or for the field-less nodes (Load, Add, ...)
# one shared instance, as CPython's parser shares them.
_parse_targets = {name: (cls() if not cls._fields and not cls._attributes else cls)
                  for name, cls in _classes.items()}


# -- the node classes 3.8 deprecated, still working in 3.11 (no warnings yet)

def _constant_value(self):
    return self.value


def _set_constant_value(self, value):
    self.value = value


Constant.n = property(_constant_value, _set_constant_value)
Constant.s = property(_constant_value, _set_constant_value)


class _LegacyConstantType(type):
    """isinstance(node, ast.Num) and friends look at a Constant's value type."""

    def __init__(cls, *args):
        super().__init__(*args)
        cls.__doc__ = 'Deprecated AST node class. Use ast.Constant instead'

    def __instancecheck__(cls, instance):
        if not isinstance(instance, Constant):
            return False
        accepted = _LEGACY_VALUE_TYPES.get(cls)
        if accepted is None:
            return type.__instancecheck__(cls, instance)
        try:
            value = instance.value
        except AttributeError:
            return False
        if cls is Num and isinstance(value, bool):
            return False
        return isinstance(value, accepted)


def _legacy_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    if cls in _LEGACY_VALUE_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_LegacyConstantType):
    _fields = ('n',)
    __new__ = _legacy_new


class Str(Constant, metaclass=_LegacyConstantType):
    _fields = ('s',)
    __new__ = _legacy_new


class Bytes(Constant, metaclass=_LegacyConstantType):
    _fields = ('s',)
    __new__ = _legacy_new


class NameConstant(Constant, metaclass=_LegacyConstantType):
    __new__ = _legacy_new


class Ellipsis(Constant, metaclass=_LegacyConstantType):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_LEGACY_VALUE_TYPES = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_LEGACY_VISITOR_NAMES = {
    bool: 'NameConstant', type(None): 'NameConstant', int: 'Num', float: 'Num', complex: 'Num',
    str: 'Str', bytes: 'Bytes', type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


Tuple.dims = property(lambda self: self.elts, lambda self, value: setattr(self, 'elts', value))


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node (what compile() with PyCF_ONLY_AST gives)."""
    if hasattr(filename, '__fspath__'):
        filename = filename.__fspath__()
    return _ast._parse(source, filename, mode, bool(type_comments), _parse_targets)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container
    display: strings, bytes, numbers, tuples, lists, dicts, sets, booleans and None."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(f'{message}: {node!r}')

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(item) for item in node.elts])
        if isinstance(node, List):
            return [convert(item) for item in node.elts]
        if isinstance(node, Set):
            return {convert(item) for item in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return {convert(k): convert(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The text of a tree, as python3's ast.dump shows it."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def text_of(value, depth):
        # Returns (text, simple): simple values may share a line with their siblings.
        if indent is None:
            opening, separator = '', ', '
        else:
            depth += 1
            opening = '\n' + indent * depth
            separator = ',\n' + indent * depth
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            named = annotate_fields
            for field in value._fields:
                try:
                    item = getattr(value, field)
                except AttributeError:
                    named = True
                    continue
                if item is None and getattr(cls, field, ...) is None:
                    named = True
                    continue
                item_text, simple = text_of(item, depth)
                all_simple = all_simple and simple
                parts.append(f'{field}={item_text}' if named else item_text)
            if include_attributes:
                for attribute in value._attributes:
                    try:
                        item = getattr(value, attribute)
                    except AttributeError:
                        continue
                    if item is None and getattr(cls, attribute, ...) is None:
                        continue
                    item_text, simple = text_of(item, depth)
                    all_simple = all_simple and simple
                    parts.append(f'{attribute}={item_text}')
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({opening}{separator.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = [text_of(item, depth)[0] for item in value]
            return f'[{opening}{separator.join(items)}]', False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return text_of(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node where both have it; return new_node."""
    for attribute in _LOCATION:
        if attribute in old_node._attributes and attribute in new_node._attributes:
            value = getattr(old_node, attribute, None)
            if value is not None or (attribute.startswith('end_')
                                     and hasattr(old_node, attribute)):
                setattr(new_node, attribute, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking a location its parent's (1 and 0 at the top); return node."""
    def fix(node, line, column, end_line, end_column):
        attributes = node._attributes
        if 'lineno' in attributes:
            if hasattr(node, 'lineno'):
                line = node.lineno
            else:
                node.lineno = line
        if 'end_lineno' in attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_line
            else:
                end_line = node.end_lineno
        if 'col_offset' in attributes:
            if hasattr(node, 'col_offset'):
                column = node.col_offset
            else:
                node.col_offset = column
        if 'end_col_offset' in attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_column
            else:
                end_column = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, line, column, end_line, end_column)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and everything under it; return node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of node: node fields and the nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _source_lines(source):
    # Lines with their ends, split only at \r\n, \n and \r (not at \f or other separators).
    lines = []
    start = 0
    index = 0
    size = len(source)
    while index < size:
        char = source[index]
        index += 1
        if char == '\r':
            if index < size and source[index] == '\n':
                index += 1
        elif char != '\n':
            continue
        lines.append(source[start:index])
        start = index
    if start < size:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None without full location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    padding = ''
    if padded:
        before = lines[first_line].encode()[:start].decode()
        padding = ''.join(c if c in '\f\t' else ' ' for c in before)
    head = padding + lines[first_line].encode()[start:].decode()
    tail = lines[last_line].encode()[:end].decode()
    return ''.join([head, *lines[first_line + 1:last_line], tail])


def walk(node):
    """Every node under node (itself included), breadth first, in no promised order."""
    from collections import deque
    pending = deque([node])
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for 3.7's node classes (visit_Num, visit_Str...) still get constants.
        value = node.value
        legacy = _LEGACY_VISITOR_NAMES.get(type(value))
        if legacy is None:
            legacy = next((name for kind, name in _LEGACY_VISITOR_NAMES.items()
                           if isinstance(value, kind)), None)
        if legacy is not None:
            method = getattr(self, 'visit_' + legacy, None)
            if method is not None:
                import warnings
                warnings.warn(f'visit_{legacy} is deprecated; add visit_Constant',
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods' results replace the nodes visited (None removes)."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new)
        return node


# Operator binding strengths for unparse, weakest first: a subexpression is parenthesised when
# its context needs a stronger binding than its own operator gives.
# The levels are ast._Precedence, an IntEnum built (as in CPython) by enum._simple_enum from a
# plain class of auto() values -- the plain class and its auto objects stay behind as cyclic
# garbage of the import, as CPython's do; unparse itself works on the plain ints.
@_simple_enum(IntEnum)
class _Precedence:
    """Precedence table that originated from python grammar."""

    NAMED_EXPR = auto()
    TUPLE = auto()
    YIELD = auto()
    TEST = auto()
    OR = auto()
    AND = auto()
    NOT = auto()
    CMP = auto()
    EXPR = auto()
    BOR = EXPR
    BXOR = auto()
    BAND = auto()
    SHIFT = auto()
    ARITH = auto()
    TERM = auto()
    FACTOR = auto()
    POWER = auto()
    AWAIT = auto()
    ATOM = auto()

    def next(self):
        try:
            return self.__class__(self + 1)
        except ValueError:
            return self


(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_BOR, _P_BXOR,
 _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT, _P_ATOM) = range(1, 19)

_BINARY = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'FloorDiv': ('//', _P_TERM), 'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT),
    'BitOr': ('|', _P_BOR), 'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND),
    'Pow': ('**', _P_POWER),
}
_UNARY = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT), 'UAdd': ('+', _P_FACTOR),
          'USub': ('-', _P_FACTOR)}
_COMPARISON = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
               'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_ONE_LINE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_EVERY_QUOTE = _ONE_LINE_QUOTES + _TRIPLE_QUOTES
_HUGE_FLOAT = '1e309'


class _Unparser(NodeVisitor):
    def __init__(self, in_fstring=False):
        self._out = []
        self._strength = {}
        self._indent = 0
        self._in_fstring = in_fstring
        self._in_try_star = False

    # -- output helpers
    def write(self, *texts):
        self._out.extend(texts)

    def newline_if_needed(self):
        if self._out:
            self._out.append('\n')

    def line(self, text=''):
        self.newline_if_needed()
        self._out.append('    ' * self._indent + text)

    def each(self, between, action, items):
        for position, item in enumerate(items):
            if position:
                between()
            action(item)

    def comma_list(self, items):
        self.each(lambda: self.write(', '), self.traverse, items)

    def tuple_items(self, items):
        if len(items) == 1:
            self.traverse(items[0])
            self.write(',')
        else:
            self.comma_list(items)

    def suite(self, body, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def strength(self, node):
        return self._strength.get(node, _P_TEST)

    def require(self, strength, *nodes):
        for node in nodes:
            self._strength[node] = strength

    def wrapped(self, condition, action, opening='(', closing=')'):
        if condition:
            self.write(opening)
        action()
        if condition:
            self.write(closing)

    def type_comment(self, node):
        comment = getattr(node, 'type_comment', None)
        return None if comment is None else f' # type: {comment}'

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            NodeVisitor.visit(self, node)

    def visit(self, node):
        self._out = []
        self.traverse(node)
        return ''.join(self._out)

    # -- strings
    def quoted_parts(self, text, quotes=_EVERY_QUOTE, escape_whitespace=False):
        def escaped(char):
            if char in '\n\t' and not escape_whitespace:
                return char
            if char == '\\' or not char.isprintable():
                return char.encode('unicode_escape').decode('ascii')
            return char
        body = ''.join([escaped(char) for char in text])
        usable = list(quotes)
        if '\n' in body:
            usable = [q for q in usable if q in _TRIPLE_QUOTES]
        usable = [q for q in usable if q not in body]
        if not usable:
            text = repr(text)
            quote = next((q for q in quotes if text[0] in q), text[0])
            return text[1:-1], [quote]
        if body:
            usable.sort(key=lambda q: q[0] == body[-1])
            if usable[0][0] == body[-1]:
                body = body[:-1] + '\\' + body[-1]
        return body, usable

    def write_plain_str(self, text, quotes=_EVERY_QUOTE):
        body, usable = self.quoted_parts(text, quotes)
        self.write(usable[0] + body + usable[0])

    def docstring_then_body(self, node):
        body = node.body
        first = body[0].value if body and isinstance(body[0], Expr) else None
        if isinstance(first, Constant) and isinstance(first.value, str):
            self.line()
            if first.kind == 'u':
                self.write('u')
            self.write_plain_str(first.value, _TRIPLE_QUOTES)
            self.traverse(body[1:])
        else:
            self.traverse(body)

    # -- modules
    def visit_Module(self, node):
        self.docstring_then_body(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.write('(')
        self.comma_list(node.argtypes)
        self.write(') -> ')
        self.traverse(node.returns)

    # -- statements
    def visit_Expr(self, node):
        self.line()
        self.require(_P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        def inner():
            self.require(_P_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)
        self.wrapped(self.strength(node) > _P_NAMED, inner)

    def visit_Import(self, node):
        self.line('import ')
        self.comma_list(node.names)

    def visit_ImportFrom(self, node):
        self.line('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.comma_list(node.names)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.require(_P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.line()
        self.traverse(node.target)
        self.write(' ' + _BINARY[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        self.wrapped(not node.simple and isinstance(node.target, Name),
                     lambda: self.traverse(node.target))
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.line('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Delete(self, node):
        self.line('del ')
        self.comma_list(node.targets)

    def visit_Assert(self, node):
        self.line('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        def inner():
            self.write('await')
            if node.value:
                self.write(' ')
                self.require(_P_ATOM, node.value)
                self.traverse(node.value)
        self.wrapped(self.strength(node) > _P_AWAIT, inner)

    def visit_Yield(self, node):
        def inner():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.require(_P_ATOM, node.value)
                self.traverse(node.value)
        self.wrapped(self.strength(node) > _P_YIELD, inner)

    def visit_YieldFrom(self, node):
        def inner():
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.require(_P_ATOM, node.value)
            self.traverse(node.value)
        self.wrapped(self.strength(node) > _P_YIELD, inner)

    def visit_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def try_parts(self, node):
        self.line('try')
        self.suite(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)
        if node.finalbody:
            self.line('finally')
            self.suite(node.finalbody)

    def visit_Try(self, node):
        outer = self._in_try_star
        self._in_try_star = False
        try:
            self.try_parts(node)
        finally:
            self._in_try_star = outer

    def visit_TryStar(self, node):
        outer = self._in_try_star
        self._in_try_star = True
        try:
            self.try_parts(node)
        finally:
            self._in_try_star = outer

    def visit_ExceptHandler(self, node):
        self.line('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.suite(node.body)

    def decorators(self, node):
        self.newline_if_needed()
        for decorator in node.decorator_list:
            self.line('@')
            self.traverse(decorator)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.line('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.comma_list(node.bases + node.keywords)
            self.write(')')
        self.write(':')
        self._indent += 1
        self.docstring_then_body(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.line(f'{keyword} {node.name}(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.write(':')
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self._indent += 1
        self.docstring_then_body(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def loop(self, node, keyword):
        self.line(keyword + ' ')
        self.require(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.suite(node.body, self.type_comment(node))
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def visit_For(self, node):
        self.loop(node, 'for')

    def visit_AsyncFor(self, node):
        self.loop(node, 'async for')

    def visit_If(self, node):
        self.line('if ')
        self.traverse(node.test)
        self.suite(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.traverse(node.test)
            self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def visit_While(self, node):
        self.line('while ')
        self.traverse(node.test)
        self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def visit_With(self, node):
        self.line('with ')
        self.comma_list(node.items)
        self.suite(node.body, self.type_comment(node))

    def visit_AsyncWith(self, node):
        self.line('async with ')
        self.comma_list(node.items)
        self.suite(node.body, self.type_comment(node))

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.line('match ')
        self.traverse(node.subject)
        self.write(':')
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.line('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.suite(node.body)

    # -- f-strings
    def fstring_piece(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_piece(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def captured(self, action, node):
        saved = self._out
        self._out = []
        try:
            action(node)
            return ''.join(self._out)
        finally:
            self._out = saved

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._in_fstring:
            self.write_plain_str(self.captured(self.fstring_piece, node))
            return
        quotes = list(_EVERY_QUOTE)
        pieces = []
        for value in node.values:
            text = self.captured(self.fstring_piece, value)
            text, quotes = self.quoted_parts(text, quotes, isinstance(value, Constant))
            pieces.append(text)
        self.write(quotes[0] + ''.join(pieces) + quotes[0])

    def visit_FormattedValue(self, node):
        inner = _Unparser(in_fstring=True)
        inner.require(_P_TEST + 1, node.value)
        text = inner.visit(node.value)
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.write('{')
        if text.startswith('{'):
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_piece(node.format_spec)
        self.write('}')

    # -- expressions
    def visit_Name(self, node):
        self.write(node.id)

    def constant_text(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _HUGE_FLOAT))
        elif self._in_fstring and isinstance(value, str):
            self.write_plain_str(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.each(lambda: self.write(', '), self.constant_text, value)
            if len(value) == 1:
                self.write(',')
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant_text(value)

    def visit_List(self, node):
        self.write('[')
        self.comma_list(node.elts)
        self.write(']')

    def comprehension_display(self, opening, closing, node, head):
        self.write(opening)
        head()
        for generator in node.generators:
            self.traverse(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_display('[', ']', node, lambda: self.traverse(node.elt))

    def visit_GeneratorExp(self, node):
        self.comprehension_display('(', ')', node, lambda: self.traverse(node.elt))

    def visit_SetComp(self, node):
        self.comprehension_display('{', '}', node, lambda: self.traverse(node.elt))

    def visit_DictComp(self, node):
        def head():
            self.traverse(node.key)
            self.write(': ')
            self.traverse(node.value)
        self.comprehension_display('{', '}', node, head)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.require(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.require(_P_TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        def inner():
            self.require(_P_TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.require(_P_TEST, node.orelse)
            self.traverse(node.orelse)
        self.wrapped(self.strength(node) > _P_TEST, inner)

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.comma_list(node.elts)
            self.write('}')
        else:
            self.write('{*()}')

    def visit_Dict(self, node):
        def pair(index):
            key, value = node.keys[index], node.values[index]
            if key is None:
                self.write('**')
                self.require(_P_BOR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.write('{')
        self.each(lambda: self.write(', '), pair, range(len(node.keys)))
        self.write('}')

    def visit_Tuple(self, node):
        self.wrapped(not node.elts or self.strength(node) > _P_TUPLE,
                     lambda: self.tuple_items(node.elts))

    def visit_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op).__name__]

        def inner():
            self.write(symbol)
            if strength != _P_FACTOR:
                self.write(' ')
            self.require(strength, node.operand)
            self.traverse(node.operand)
        self.wrapped(self.strength(node) > strength, inner)

    def visit_BinOp(self, node):
        symbol, strength = _BINARY[type(node.op).__name__]

        def inner():
            if symbol == '**':
                left, right = strength + 1, strength
            else:
                left, right = strength, strength + 1
            self.require(left, node.left)
            self.traverse(node.left)
            self.write(f' {symbol} ')
            self.require(right, node.right)
            self.traverse(node.right)
        self.wrapped(self.strength(node) > strength, inner)

    def visit_Compare(self, node):
        def inner():
            self.require(_P_CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARISON[type(op).__name__] + ' ')
                self.traverse(right)
        self.wrapped(self.strength(node) > _P_CMP, inner)

    def visit_BoolOp(self, node):
        is_and = isinstance(node.op, And)
        strength = _P_AND if is_and else _P_OR

        def inner():
            level = strength
            for position, value in enumerate(node.values):
                if position:
                    self.write(' and ' if is_and else ' or ')
                level = min(level + 1, _P_ATOM)
                self.require(level, value)
                self.traverse(value)
        self.wrapped(self.strength(node) > strength, inner)

    def visit_Attribute(self, node):
        self.require(_P_ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.require(_P_ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.comma_list(node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.require(_P_ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            self.tuple_items(index.elts)
        else:
            self.traverse(index)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.require(_P_BOR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        parts = []

        def separator():
            if parts:
                self.write(', ')
            parts.append(None)

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for number, (argument, default) in enumerate(zip(positional, defaults), 1):
            separator()
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
            if number == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            separator()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            separator()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        self.write('**' if node.arg is None else node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        def inner():
            self.write('lambda')
            parameters = self.captured(self.traverse, node.args)
            if parameters:
                self.write(' ' + parameters)
            self.write(': ')
            self.require(_P_TEST, node.body)
            self.traverse(node.body)
        self.wrapped(self.strength(node) > _P_TEST, inner)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # -- patterns
    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.constant_text(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.comma_list(node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(index):
            self.traverse(node.keys[index])
            self.write(': ')
            self.traverse(node.patterns[index])
        self.write('{')
        self.each(lambda: self.write(', '), pair, range(len(node.keys)))
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.require(_P_ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')

        def keyword(index):
            self.write(node.kwd_attrs[index] + '=')
            self.traverse(node.kwd_patterns[index])
        items = [(self.traverse, p) for p in node.patterns]
        items += [(keyword, i) for i in range(len(node.kwd_attrs))]
        self.each(lambda: self.write(', '), lambda item: item[0](item[1]), items)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            def inner():
                self.require(_P_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)
            self.wrapped(self.strength(node) > _P_TEST, inner)

    def visit_MatchOr(self, node):
        def inner():
            self.require(_P_BXOR, *node.patterns)
            self.each(lambda: self.write(' | '), self.traverse, node.patterns)
        self.wrapped(self.strength(node) > _P_BOR, inner)


def unparse(ast_obj):
    """Python source text for a tree, as python3's ast.unparse writes it."""
    return _Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
