"""Interface to the compiler's internal symbol tables.

The tables come from the native _symtable module (our compiler's own symbol table pass);
this module gives them CPython 3.11's object interface: SymbolTable, Function, Class and
Symbol.
"""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM,
                       DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF, SCOPE_MASK,
                       FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


class _Entry:
    """One raw block of the native table (CPython's 'symtable entry' object)."""

    __slots__ = ("id", "name", "type", "lineno", "nested", "symbols", "varnames",
                 "children")

    def __init__(self, raw):
        (self.id, self.name, self.type, self.lineno, self.nested, self.symbols,
         self.varnames, kids) = raw
        self.children = [_Entry(k) for k in kids]

    def __repr__(self):
        return f"<symtable entry {self.name}({self.id}), line {self.lineno}>"


def symtable(code, filename, compile_type):
    """Return the toplevel SymbolTable for the source code.

    *filename* is the name of the file with the code
    and *compile_type* is the *compile()* mode argument.
    """
    top = _Entry(_symtable.symtable(code, filename, compile_type))
    return _wrap(top, filename)


_known = {}


def _wrap(entry, filename):
    key = (entry.id, filename)
    table = _known.get(key)
    if table is None:
        if entry.type == _symtable.TYPE_FUNCTION:
            table = Function(entry, filename)
        elif entry.type == _symtable.TYPE_CLASS:
            table = Class(entry, filename)
        else:
            table = SymbolTable(entry, filename)
        _known[key] = table
    return table


def _scope_of(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable:

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = "" if type(self) is SymbolTable else type(self).__name__ + " "
        name = self._table.name
        if name == "top":
            return f"<{kind}SymbolTable for module {self._filename}>"
        return f"<{kind}SymbolTable for {name} in {self._filename}>"

    def get_type(self):
        """Return the type of the symbol table: 'module', 'function' or 'class'."""
        t = self._table.type
        if t == _symtable.TYPE_MODULE:
            return "module"
        if t == _symtable.TYPE_FUNCTION:
            return "function"
        if t == _symtable.TYPE_CLASS:
            return "class"
        assert t in (1, 2, 3), "unexpected type: {0}".format(t)

    def get_id(self):
        """Return an identifier for the table."""
        return self._table.id

    def get_name(self):
        """Return the table's name: the class or function name, or 'top' for the module."""
        return self._table.name

    def get_lineno(self):
        """Return the number of the first line of the block the table stands for."""
        return self._table.lineno

    def is_optimized(self):
        """Return True if the locals of the table are optimized."""
        return bool(self._table.type == _symtable.TYPE_FUNCTION)

    def is_nested(self):
        """Return True if the block is nested in a function."""
        return bool(self._table.nested)

    def has_children(self):
        """Return True if the block has nested namespaces."""
        return bool(self._table.children)

    def get_identifiers(self):
        """Return a view of the names of the symbols in the table."""
        return self._table.symbols.keys()

    def lookup(self, name):
        """Return the Symbol for *name* (KeyError when the table does not know it)."""
        found = self._symbols.get(name)
        if found is None:
            flags = self._table.symbols[name]
            found = Symbol(name, flags, self.__namespaces_named(name),
                           module_scope=self._table.type == _symtable.TYPE_MODULE)
            self._symbols[name] = found
        return found

    def get_symbols(self):
        """Return a list of the Symbols of the table."""
        return [self.lookup(name) for name in self.get_identifiers()]

    def __namespaces_named(self, name):
        return [_wrap(child, self._filename)
                for child in self._table.children if child.name == name]

    def get_children(self):
        """Return the tables of the nested blocks."""
        return [_wrap(child, self._filename) for child in self._table.children]


class Function(SymbolTable):

    # Computed on first use.
    __params = None
    __locals = None
    __frees = None
    __globals = None
    __nonlocals = None

    def __select(self, keep):
        flags = self._table.symbols
        return tuple(name for name in self.get_identifiers() if keep(flags[name]))

    def get_parameters(self):
        """Return a tuple of the function's parameters."""
        if self.__params is None:
            self.__params = self.__select(lambda f: f & DEF_PARAM)
        return self.__params

    def get_locals(self):
        """Return a tuple of the function's local names."""
        if self.__locals is None:
            self.__locals = self.__select(lambda f: _scope_of(f) in (LOCAL, CELL))
        return self.__locals

    def get_globals(self):
        """Return a tuple of the global names the function uses."""
        if self.__globals is None:
            self.__globals = self.__select(
                lambda f: _scope_of(f) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self.__globals

    def get_nonlocals(self):
        """Return a tuple of the function's nonlocal names."""
        if self.__nonlocals is None:
            self.__nonlocals = self.__select(lambda f: f & DEF_NONLOCAL)
        return self.__nonlocals

    def get_frees(self):
        """Return a tuple of the function's free variables."""
        if self.__frees is None:
            self.__frees = self.__select(lambda f: _scope_of(f) == FREE)
        return self.__frees


class Class(SymbolTable):

    __methods = None

    def get_methods(self):
        """Return a tuple of the names of the blocks nested in the class."""
        if self.__methods is None:
            names = {}
            for child in self._table.children:
                names[child.name] = None
            self.__methods = tuple(names)
        return self.__methods


class Symbol:

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope_of(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return f"<symbol {self.__name!r}>"

    def get_name(self):
        """Return the symbol's name."""
        return self.__name

    def is_referenced(self):
        """Return True if the symbol is used in its block."""
        return bool(self.__flags & USE)

    def is_parameter(self):
        """Return True if the symbol is a parameter."""
        return bool(self.__flags & DEF_PARAM)

    def __bound_at_module(self):
        return self.__module_scope and self.__flags & DEF_BOUND

    def is_global(self):
        """Return True if the symbol is global."""
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or self.__bound_at_module())

    def is_nonlocal(self):
        """Return True if the symbol is declared nonlocal."""
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        """Return True if the symbol is declared global with a global statement."""
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        """Return True if the symbol is local."""
        return bool(self.__scope in (LOCAL, CELL) or self.__bound_at_module())

    def is_annotated(self):
        """Return True if the symbol is annotated."""
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        """Return True if the symbol is a free variable of its block."""
        return bool(self.__scope == FREE)

    def is_imported(self):
        """Return True if the symbol is bound by an import statement."""
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        """Return True if the symbol is assigned to."""
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Return True if name binding introduces a new namespace."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        """Return a list of the namespaces bound to this name."""
        return self.__namespaces

    def get_namespace(self):
        """Return the single namespace bound to this name (ValueError otherwise)."""
        if not self.__namespaces:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


if __name__ == "__main__":
    import sys

    def _show(table, depth=0):
        pad = "    " * depth
        print(f"{pad}{table!r}")
        for sym in table.get_symbols():
            print(f"{pad}    {sym!r}")
        for child in table.get_children():
            _show(child, depth + 1)

    for path in sys.argv[1:] or ["-"]:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, "rb") as f:
                text = f.read()
        _show(symtable(text, path, "exec"))
