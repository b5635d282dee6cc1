/**
 * heapstack's instruction set: CPython 3.11's opcodes with the same names, stack effects and
 * argument meanings (see python3's `dis` documentation), minus what only exists for CPython's
 * byte encoding or specializer: CACHE entries, EXTENDED_ARG, PRECALL and the *_ADAPTIVE/_QUICK
 * variants. Keeping CPython's value-stack discipline is what makes our reference counts equal
 * CPython's (a reference held by the value stack is a reference `sys.getrefcount` sees).
 *
 * Differences from CPython's encoding, on purpose:
 * - An instruction is an (opcode, arg) pair of 32-bit ints; instruction i lives at code[2i], code[2i+1].
 * - Jump arguments are absolute instruction indices, so there is one JUMP (instead of
 *   JUMP_FORWARD / JUMP_BACKWARD / JUMP_BACKWARD_NO_INTERRUPT) and one of each POP_JUMP_IF_*.
 *   JUMP_BACKWARD's "check for interrupts / eval breaker" role is kept by JUMP_BACKWARD.
 * - FOR_ITER, SEND and JUMP_IF_*_OR_POP also take absolute targets.
 */
export enum Op {
  NOP = 0,
  POP_TOP,
  PUSH_NULL,
  COPY, // arg: n (1-based from top)
  SWAP, // arg: n
  RESUME, // arg: 0 start of function, 1 after yield, 2 after yield from, 3 after await

  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_OP, // arg: NbOp
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  COMPARE_OP, // arg: CmpOp
  IS_OP, // arg: 1 = "is not"
  CONTAINS_OP, // arg: 1 = "not in"

  LOAD_CONST, // arg: index into consts
  LOAD_FAST, // arg: localsplus index
  STORE_FAST,
  DELETE_FAST,
  LOAD_NAME, // arg: index into names
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL, // arg: (namei << 1) | pushNullFirst
  STORE_GLOBAL,
  DELETE_GLOBAL,
  MAKE_CELL, // arg: localsplus index
  LOAD_CLOSURE,
  LOAD_DEREF,
  LOAD_CLASSDEREF,
  STORE_DEREF,
  DELETE_DEREF,
  COPY_FREE_VARS, // arg: n
  LOAD_ATTR, // arg: namei
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD, // arg: namei; pushes (NULL|meth, callable|self) as 3.11
  LOAD_ASSERTION_ERROR,
  LOAD_BUILD_CLASS,

  BUILD_TUPLE, // arg: count
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  BUILD_SLICE, // arg: 2 or 3
  LIST_APPEND, // arg: i
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  FORMAT_VALUE, // arg: flags as CPython (conversion in low 2 bits, 0x04 = has spec)
  UNPACK_SEQUENCE, // arg: count
  UNPACK_EX, // arg: before | (after << 8)

  JUMP, // arg: target instruction index (forward jump)
  JUMP_BACKWARD, // arg: target instruction index (loop back edge; checks limits/interrupts)
  POP_JUMP_IF_FALSE, // arg: target
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  GET_YIELD_FROM_ITER,
  FOR_ITER, // arg: target when exhausted (iterator popped)
  RETURN_VALUE,

  KW_NAMES, // arg: index into consts of a tuple of str
  CALL, // arg: argc (stack: NULL|callable, callable|self, args..., as 3.11 after PRECALL)
  CALL_FUNCTION_EX, // arg: 1 if a kwargs mapping is on the stack
  MAKE_FUNCTION, // arg: flags 0x01 defaults, 0x02 kwdefaults, 0x04 annotations, 0x08 closure

  RAISE_VARARGS, // arg: 0, 1 or 2
  RERAISE, // arg: oparg as 3.11 (set f_lasti from the stack when non-zero)
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  CHECK_EG_MATCH,
  PREP_RERAISE_STAR,
  WITH_EXCEPT_START,
  BEFORE_WITH,
  BEFORE_ASYNC_WITH,

  RETURN_GENERATOR,
  YIELD_VALUE,
  SEND, // arg: target when the subiterator is exhausted
  GET_AWAITABLE, // arg: 0, 1 (after __aenter__), 2 (after __aexit__)
  GET_AITER,
  GET_ANEXT,
  END_ASYNC_FOR,
  ASYNC_GEN_WRAP,

  IMPORT_NAME, // arg: namei (stack: level, fromlist)
  IMPORT_FROM, // arg: namei
  IMPORT_STAR,
  SETUP_ANNOTATIONS,
  PRINT_EXPR,

  GET_LEN,
  MATCH_CLASS, // arg: count of positional sub-patterns
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  MATCH_KEYS,

  /** Number of opcodes; keep last. */
  COUNT,
}

/** BINARY_OP arguments: CPython 3.11's NB_* numbering (opcode._nb_ops order). */
export enum NbOp {
  ADD = 0,
  AND,
  FLOOR_DIVIDE,
  LSHIFT,
  MATRIX_MULTIPLY,
  MULTIPLY,
  REMAINDER,
  OR,
  POWER,
  RSHIFT,
  SUBTRACT,
  TRUE_DIVIDE,
  XOR,
  INPLACE_ADD,
  INPLACE_AND,
  INPLACE_FLOOR_DIVIDE,
  INPLACE_LSHIFT,
  INPLACE_MATRIX_MULTIPLY,
  INPLACE_MULTIPLY,
  INPLACE_REMAINDER,
  INPLACE_OR,
  INPLACE_POWER,
  INPLACE_RSHIFT,
  INPLACE_SUBTRACT,
  INPLACE_TRUE_DIVIDE,
  INPLACE_XOR,
}

/** COMPARE_OP arguments: CPython's Py_LT..Py_GE. */
export enum CmpOp {
  LT = 0,
  LE,
  EQ,
  NE,
  GT,
  GE,
}

/** Code flags, CPython's values (co_flags). */
export enum CodeFlag {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,
  FUTURE_DIVISION = 0x20000,
  FUTURE_ABSOLUTE_IMPORT = 0x40000,
  FUTURE_WITH_STATEMENT = 0x80000,
  FUTURE_PRINT_FUNCTION = 0x100000,
  FUTURE_UNICODE_LITERALS = 0x200000,
  FUTURE_BARRY_AS_BDFL = 0x400000,
  FUTURE_GENERATOR_STOP = 0x800000,
  FUTURE_ANNOTATIONS = 0x1000000,
}

/** Kinds of a localsplus slot (co_localspluskinds), CPython's CO_FAST_* bits. */
export enum FastKind {
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}
