"""W3C Document Object Model: the Node type codes and DOM exceptions (heapstack)."""

_NODE_TYPES = ("ELEMENT", "ATTRIBUTE", "TEXT", "CDATA_SECTION", "ENTITY_REFERENCE", "ENTITY",
               "PROCESSING_INSTRUCTION", "COMMENT", "DOCUMENT", "DOCUMENT_TYPE",
               "DOCUMENT_FRAGMENT", "NOTATION")


class Node:
    """Class giving the NodeType constants (ELEMENT_NODE = 1 ... NOTATION_NODE = 12)."""

    __slots__ = ()


for _code, _kind in enumerate(_NODE_TYPES, 1):
    setattr(Node, _kind + "_NODE", _code)

# ExceptionCode values, in the DOM's order (INDEX_SIZE_ERR = 1 ...)
_ERROR_CODES = ("INDEX_SIZE", "DOMSTRING_SIZE", "HIERARCHY_REQUEST", "WRONG_DOCUMENT",
                "INVALID_CHARACTER", "NO_DATA_ALLOWED", "NO_MODIFICATION_ALLOWED", "NOT_FOUND",
                "NOT_SUPPORTED", "INUSE_ATTRIBUTE", "INVALID_STATE", "SYNTAX",
                "INVALID_MODIFICATION", "NAMESPACE", "INVALID_ACCESS", "VALIDATION")
for _code, _kind in enumerate(_ERROR_CODES, 1):
    globals()[_kind + "_ERR"] = _code
del _code, _kind


class DOMException(Exception):
    """Base class of the DOM's exceptions (only its subclasses are raised)."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        super().__init__(*args, **kw)

    def _get_code(self):
        return self.code


def _dom_error(name, kind):
    return type(name, (DOMException,), {"code": globals()[kind + "_ERR"], "__module__": __name__})


IndexSizeErr = _dom_error("IndexSizeErr", "INDEX_SIZE")
DomstringSizeErr = _dom_error("DomstringSizeErr", "DOMSTRING_SIZE")
HierarchyRequestErr = _dom_error("HierarchyRequestErr", "HIERARCHY_REQUEST")
WrongDocumentErr = _dom_error("WrongDocumentErr", "WRONG_DOCUMENT")
InvalidCharacterErr = _dom_error("InvalidCharacterErr", "INVALID_CHARACTER")
NoDataAllowedErr = _dom_error("NoDataAllowedErr", "NO_DATA_ALLOWED")
NoModificationAllowedErr = _dom_error("NoModificationAllowedErr", "NO_MODIFICATION_ALLOWED")
NotFoundErr = _dom_error("NotFoundErr", "NOT_FOUND")
NotSupportedErr = _dom_error("NotSupportedErr", "NOT_SUPPORTED")
InuseAttributeErr = _dom_error("InuseAttributeErr", "INUSE_ATTRIBUTE")
InvalidStateErr = _dom_error("InvalidStateErr", "INVALID_STATE")
SyntaxErr = _dom_error("SyntaxErr", "SYNTAX")
InvalidModificationErr = _dom_error("InvalidModificationErr", "INVALID_MODIFICATION")
NamespaceErr = _dom_error("NamespaceErr", "NAMESPACE")
InvalidAccessErr = _dom_error("InvalidAccessErr", "INVALID_ACCESS")
ValidationErr = _dom_error("ValidationErr", "VALIDATION")

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None
