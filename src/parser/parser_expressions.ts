// Expression rules of CPython 3.11's Grammar/python.gram ("EXPRESSIONS" through "FUNCTION CALL
// ARGUMENTS", plus lambdas and literals) and the invalid_* rules that diagnose them. Method names
// are the grammar's rule names. Left-recursive rules are loops.

import {
  emptyArguments,
  getExprName,
  getInvalidTarget,
  isLegacyStatementName,
  lastComprehensionItem,
  makeArguments,
  type NameDefaultPair,
  normalizeIdentifier,
  type SlashWithDefault,
  type StarEtc,
  setExprContext,
} from "./action_helpers.js";
import type * as A from "./ast.js";
import { ELLIPSIS } from "./constant.js";
import * as N from "./node_factory.js";
import { parseNumber } from "./numbers.js";
import { LOAD, ParserBase, STORE } from "./parser_base.js";
import { concatenateStrings } from "./string_literals.js";
import type { Token } from "./tokens.js";
import * as T from "./tokens.js";

// Memo keys (one per memoized rule).
export const M_EXPRESSION = 1;
export const M_STAR_EXPRESSION = 2;
export const M_DISJUNCTION = 3;
export const M_CONJUNCTION = 4;
export const M_INVERSION = 5;
export const M_FACTOR = 6;
export const M_AWAIT_PRIMARY = 7;
export const M_STRINGS = 8;
export const M_ARGUMENTS = 9;
export const M_INVALID_NAMED_EXPRESSION = 10;
export const M_STAR_TARGET = 11;
export const M_TARGET_WITH_STAR_ATOM = 12;
export const M_DEL_TARGET = 13;
export const M_T_PRIMARY = 14;
export const M_STAR_PATTERN = 15;
export const M_CLOSED_PATTERN = 16;
export const M_SIMPLE_STMT = 17;
export const M_BLOCK = 18;
export const M_BITWISE_OR = 19;

/**
 * _PyPegen_soft_keyword_token compares with strncmp over the token's length, so any prefix of a
 * soft keyword ("m", "ca", ...) counts as one.
 */
function isSoftKeywordToken(text: string): boolean {
  return "_".startsWith(text) || "case".startsWith(text) || "match".startsWith(text);
}

/** A key/value pair of a dict display (key null for `**value`). */
interface KeyValuePair {
  key: A.expr | null;
  value: A.expr;
}

/** A keyword argument or a starred positional argument (KeywordOrStarred). */
interface KeywordOrStarred {
  element: A.keyword | A.expr;
  isKeyword: boolean;
}

export abstract class ExpressionParser extends ParserBase {
  // Rules of later layers that expressions refer to.
  abstract star_targets(): A.expr | null;

  // ------------------------------------------------------------------ expressions

  /** expressions: expression (',' expression)* [','] */
  expressions(): A.expr | null {
    const s = this.peek();
    const a = this.expression();
    if (a === null) return null;
    if (!this.at(T.COMMA)) return a;
    const elts = [a];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = this.expression();
      if (c === null) {
        this.mark = m;
        break;
      }
      elts.push(c);
    }
    if (elts.length === 1)
      this.mark++; // expression ','
    else this.expect(T.COMMA);
    return N.Tuple(elts, LOAD, s, this.lastToken());
  }

  /** expression (memo) */
  expression(): A.expr | null {
    const memo = this.memoGet(M_EXPRESSION);
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    const res = this.expressionRaw();
    this.memoSet(m, M_EXPRESSION, res);
    return res;
  }

  private expressionRaw(): A.expr | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_expression();
      this.mark = m;
      this.invalid_legacy_expression();
      this.mark = m;
    }
    const s = this.peek();
    const a = this.disjunction();
    if (a !== null) {
      const m1 = this.mark;
      if (this.expect(T.KW_IF) !== null) {
        const b = this.disjunction();
        if (b !== null && this.expect(T.KW_ELSE) !== null) {
          this.enterNesting(1);
          const c = this.expression();
          this.nesting -= 1;
          if (c !== null) return N.IfExp(b, a, c, s, this.lastToken());
        }
      }
      this.mark = m1;
      return a;
    }
    this.mark = m;
    return this.lambdef();
  }

  /**
   * expression_without_invalid: `expression` with the invalid_* rules switched off for everything
   * it parses (memoized results are shared with the rules that run with them on).
   */
  expression_without_invalid(): A.expr | null {
    const prev = this.callInvalidRules;
    this.callInvalidRules = false;
    try {
      const m = this.mark;
      const s = this.peek();
      const a = this.disjunction();
      if (a !== null) {
        const m1 = this.mark;
        if (this.expect(T.KW_IF) !== null) {
          const b = this.disjunction();
          if (b !== null && this.expect(T.KW_ELSE) !== null) {
            const c = this.expression();
            if (c !== null) return N.IfExp(b, a, c, s, this.lastToken());
          }
        }
        this.mark = m1;
        return a;
      }
      this.mark = m;
      return this.lambdef();
    } finally {
      this.callInvalidRules = prev;
    }
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  yield_expr(): A.expr | null {
    const s = this.expect(T.KW_YIELD);
    if (s === null) return null;
    const m = this.mark;
    if (this.expect(T.KW_FROM) !== null) {
      const a = this.expression();
      if (a !== null) return N.YieldFrom(a, s, this.lastToken());
      this.mark = m;
    }
    const a = this.star_expressions();
    return N.Yield(a, s, this.lastToken());
  }

  /** star_expressions: star_expression (',' star_expression)* [','] */
  star_expressions(): A.expr | null {
    const s = this.peek();
    const a = this.star_expression();
    if (a === null) return null;
    if (!this.at(T.COMMA)) return a;
    const elts = [a];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = this.star_expression();
      if (c === null) {
        this.mark = m;
        break;
      }
      elts.push(c);
    }
    if (elts.length === 1) this.mark++;
    else this.expect(T.COMMA);
    return N.Tuple(elts, LOAD, s, this.lastToken());
  }

  /** star_expression (memo): '*' bitwise_or | expression */
  star_expression(): A.expr | null {
    const memo = this.memoGet(M_STAR_EXPRESSION);
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res: A.expr | null = null;
    const s = this.peek();
    if (s.type === T.STAR) {
      this.mark++;
      const a = this.bitwise_or();
      if (a !== null) res = N.Starred(a, LOAD, s, this.lastToken());
      else this.mark = m;
    }
    if (res === null) res = this.expression();
    this.memoSet(m, M_STAR_EXPRESSION, res);
    return res;
  }

  /** star_named_expressions: ','.star_named_expression+ [','] */
  star_named_expressions(): A.expr[] | null {
    const a = this.star_named_expression();
    if (a === null) return null;
    const elts = [a];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = this.star_named_expression();
      if (c === null) {
        this.mark = m;
        break;
      }
      elts.push(c);
    }
    this.expect(T.COMMA);
    return elts;
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  star_named_expression(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    if (s.type === T.STAR) {
      this.mark++;
      const a = this.bitwise_or();
      if (a !== null) return N.Starred(a, LOAD, s, this.lastToken());
      this.mark = m;
    }
    return this.named_expression();
  }

  /** assignment_expression: NAME ':=' ~ expression */
  assignment_expression(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    if (s.type !== T.NAME) return null;
    const a = this.name()!;
    if (this.expect(T.COLONEQUAL) === null) {
      this.mark = m;
      return null;
    }
    const b = this.expression();
    if (b === null) {
      this.mark = m;
      return null;
    }
    return N.NamedExpr(setExprContext(a, STORE), b, s, this.lastToken());
  }

  /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
  named_expression(): A.expr | null {
    const m = this.mark;
    const a = this.assignment_expression();
    if (a !== null) return a;
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_named_expression();
      this.mark = m;
    }
    const e = this.expression();
    if (e !== null && !this.at(T.COLONEQUAL)) return e;
    this.mark = m;
    return null;
  }

  /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
  disjunction(): A.expr | null {
    const memo = this.errorPass ? this.memoGet(M_DISJUNCTION) : null;
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    const s = this.peek();
    let res = this.conjunction();
    if (res !== null && this.at(T.KW_OR)) {
      const values = [res];
      for (;;) {
        const m1 = this.mark;
        if (this.expect(T.KW_OR) === null) break;
        const c = this.conjunction();
        if (c === null) {
          this.mark = m1;
          break;
        }
        values.push(c);
      }
      if (values.length > 1) res = N.BoolOp(N.OR_OP, values, s, this.lastToken());
    }
    if (this.errorPass) this.memoSet(m, M_DISJUNCTION, res);
    return res;
  }

  /** conjunction (memo): inversion ('and' inversion)+ | inversion */
  conjunction(): A.expr | null {
    const memo = this.errorPass ? this.memoGet(M_CONJUNCTION) : null;
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    const s = this.peek();
    let res = this.inversion();
    if (res !== null && this.at(T.KW_AND)) {
      const values = [res];
      for (;;) {
        const m1 = this.mark;
        if (this.expect(T.KW_AND) === null) break;
        const c = this.inversion();
        if (c === null) {
          this.mark = m1;
          break;
        }
        values.push(c);
      }
      if (values.length > 1) res = N.BoolOp(N.AND_OP, values, s, this.lastToken());
    }
    if (this.errorPass) this.memoSet(m, M_CONJUNCTION, res);
    return res;
  }

  /** inversion (memo): 'not' inversion | comparison */
  inversion(): A.expr | null {
    const memo = this.errorPass ? this.memoGet(M_INVERSION) : null;
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res: A.expr | null = null;
    const s = this.peek();
    if (s.type === T.KW_NOT) {
      this.mark++;
      this.enterNesting(1);
      const a = this.inversion();
      this.nesting -= 1;
      if (a !== null) res = N.UnaryOp(N.NOT_OP, a, s, this.lastToken());
      else this.mark = m;
    }
    if (res === null) res = this.comparison();
    if (this.errorPass) this.memoSet(m, M_INVERSION, res);
    return res;
  }

  /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
  comparison(): A.expr | null {
    const s = this.peek();
    const a = this.bitwise_or();
    if (a === null) return null;
    let ops: A.cmpop[] | null = null;
    let comparators: A.expr[] | null = null;
    for (;;) {
      const m = this.mark;
      const t = this.peek();
      let op: A.cmpop | null = null;
      switch (t.type) {
        case T.EQEQUAL:
          op = N.EQ_OP;
          break;
        case T.NOTEQUAL:
          // _PyPegen_check_barry_as_flufl: '<>' is only accepted with barry_as_FLUFL.
          if (t.text === "!=") op = N.NOTEQ_OP;
          break;
        case T.LESSEQUAL:
          op = N.LTE_OP;
          break;
        case T.LESS:
          op = N.LT_OP;
          break;
        case T.GREATEREQUAL:
          op = N.GTE_OP;
          break;
        case T.GREATER:
          op = N.GT_OP;
          break;
        case T.KW_NOT:
          this.mark++;
          if (this.peek().type === T.KW_IN) op = N.NOTIN_OP;
          else this.mark = m;
          break;
        case T.KW_IN:
          op = N.IN_OP;
          break;
        case T.KW_IS:
          this.mark++;
          if (this.peek().type === T.KW_NOT) op = N.ISNOT_OP;
          else {
            this.mark = m;
            op = N.IS_OP;
          }
          break;
      }
      if (op === null) break;
      this.mark++;
      let b = this.bitwise_or();
      if (b === null && op === N.ISNOT_OP) {
        // isnot_bitwise_or failed: is_bitwise_or is tried next ('is' followed by 'not' ...).
        this.mark = m + 1;
        b = this.bitwise_or();
        op = N.IS_OP;
      }
      if (b === null) {
        this.mark = m;
        break;
      }
      if (ops === null) {
        ops = [];
        comparators = [];
      }
      ops.push(op);
      comparators!.push(b);
    }
    if (ops === null) return a;
    return N.Compare(a, ops, comparators!, s, this.lastToken());
  }

  /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
  bitwise_or(): A.expr | null {
    const memo = this.errorPass ? this.memoGet(M_BITWISE_OR) : null;
    if (memo !== null) return memo.node as A.expr | null;
    const m0 = this.mark;
    const s = this.peek();
    let a = this.bitwise_xor();
    if (a !== null) {
      for (;;) {
        const m = this.mark;
        if (this.expect(T.VBAR) === null) break;
        const b = this.bitwise_xor();
        if (b === null) {
          this.mark = m;
          break;
        }
        a = N.BinOp(a, N.BITOR_OP, b, s, this.lastToken());
      }
    }
    if (this.errorPass) this.memoSet(m0, M_BITWISE_OR, a);
    return a;
  }

  /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
  bitwise_xor(): A.expr | null {
    const s = this.peek();
    let a = this.bitwise_and();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      if (this.expect(T.CIRCUMFLEX) === null) break;
      const b = this.bitwise_and();
      if (b === null) {
        this.mark = m;
        break;
      }
      a = N.BinOp(a, N.BITXOR_OP, b, s, this.lastToken());
    }
    return a;
  }

  /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
  bitwise_and(): A.expr | null {
    const s = this.peek();
    let a = this.shift_expr();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      if (this.expect(T.AMPER) === null) break;
      const b = this.shift_expr();
      if (b === null) {
        this.mark = m;
        break;
      }
      a = N.BinOp(a, N.BITAND_OP, b, s, this.lastToken());
    }
    return a;
  }

  /** shift_expr: shift_expr ('<<' | '>>') sum | sum */
  shift_expr(): A.expr | null {
    const s = this.peek();
    let a = this.sum();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      const t = this.peek().type;
      let op: A.operator;
      if (t === T.LEFTSHIFT) op = N.LSHIFT_OP;
      else if (t === T.RIGHTSHIFT) op = N.RSHIFT_OP;
      else break;
      this.mark++;
      const b = this.sum();
      if (b === null) {
        this.mark = m;
        break;
      }
      a = N.BinOp(a, op, b, s, this.lastToken());
    }
    return a;
  }

  /** sum: sum ('+' | '-') term | term */
  sum(): A.expr | null {
    const s = this.peek();
    let a = this.term();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      const t = this.peek().type;
      let op: A.operator;
      if (t === T.PLUS) op = N.ADD_OP;
      else if (t === T.MINUS) op = N.SUB_OP;
      else break;
      this.mark++;
      const b = this.term();
      if (b === null) {
        this.mark = m;
        break;
      }
      a = N.BinOp(a, op, b, s, this.lastToken());
    }
    return a;
  }

  /** term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
  term(): A.expr | null {
    const s = this.peek();
    let a = this.factor();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      const t = this.peek().type;
      let op: A.operator;
      if (t === T.STAR) op = N.MULT_OP;
      else if (t === T.SLASH) op = N.DIV_OP;
      else if (t === T.DOUBLESLASH) op = N.FLOORDIV_OP;
      else if (t === T.PERCENT) op = N.MOD_OP;
      else if (t === T.AT) op = N.MATMULT_OP;
      else break;
      this.mark++;
      const b = this.factor();
      if (b === null) {
        this.mark = m;
        break;
      }
      a = N.BinOp(a, op, b, s, this.lastToken());
    }
    return a;
  }

  /** factor (memo): '+' factor | '-' factor | '~' factor | power */
  factor(): A.expr | null {
    const memo = this.errorPass ? this.memoGet(M_FACTOR) : null;
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res: A.expr | null = null;
    const s = this.peek();
    let op: A.unaryop | null = null;
    if (s.type === T.PLUS) op = N.UADD_OP;
    else if (s.type === T.MINUS) op = N.USUB_OP;
    else if (s.type === T.TILDE) op = N.INVERT_OP;
    if (op !== null) {
      this.mark++;
      this.enterNesting(1);
      const a = this.factor();
      this.nesting -= 1;
      if (a !== null) res = N.UnaryOp(op, a, s, this.lastToken());
      else this.mark = m;
    }
    if (res === null) res = this.power();
    if (this.errorPass) this.memoSet(m, M_FACTOR, res);
    return res;
  }

  /** power: await_primary '**' factor | await_primary */
  power(): A.expr | null {
    const s = this.peek();
    const a = this.await_primary();
    if (a === null) return null;
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) !== null) {
      this.enterNesting(2);
      const b = this.factor();
      this.nesting -= 2;
      if (b !== null) return N.BinOp(a, N.POW_OP, b, s, this.lastToken());
      this.mark = m;
    }
    return a;
  }

  /** await_primary (memo): AWAIT primary | primary */
  await_primary(): A.expr | null {
    const memo = this.errorPass ? this.memoGet(M_AWAIT_PRIMARY) : null;
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res: A.expr | null = null;
    const s = this.peek();
    if (s.type === T.AWAIT) {
      this.mark++;
      const a = this.primary();
      if (a !== null) res = N.Await(a, s, this.lastToken());
      else this.mark = m;
    }
    if (res === null) res = this.primary();
    if (this.errorPass) this.memoSet(m, M_AWAIT_PRIMARY, res);
    return res;
  }

  /** primary: primary ('.' NAME | genexp | '(' [arguments] ')' | '[' slices ']') | atom */
  primary(): A.expr | null {
    const s = this.peek();
    let a = this.atom();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      const t = this.peek();
      if (t.type === T.DOT) {
        this.mark++;
        const b = this.expect(T.NAME);
        if (b !== null) {
          a = N.Attribute(a, this.identifier(b), LOAD, s, this.lastToken());
          continue;
        }
        this.mark = m;
        break;
      }
      if (t.type === T.LPAR) {
        const g = this.genexp();
        if (g !== null) {
          a = N.Call(a, [g], [], s, this.lastToken());
          continue;
        }
        this.mark = m + 1;
        const b = this.arguments();
        if (this.expect(T.RPAR) !== null) {
          a = N.Call(a, b ? b.args : [], b ? b.keywords : [], s, this.lastToken());
          continue;
        }
        this.mark = m;
        break;
      }
      // `primary genexp` is tried before `primary '[' slices ']'`: in the second pass its
      // invalid_comprehension alternative looks at '[' and '{' too.
      if (this.callInvalidRules) {
        this.genexp();
        this.mark = m;
      }
      if (t.type === T.LSQB) {
        this.mark++;
        const b = this.slices();
        if (b !== null && this.expect(T.RSQB) !== null) {
          a = N.Subscript(a, b, LOAD, s, this.lastToken());
          continue;
        }
        this.mark = m;
        break;
      }
      break;
    }
    return a;
  }

  /** An identifier's value: NFKC-normalized when it is not ASCII. */
  identifier(t: Token): string {
    return t.nonAscii ? normalizeIdentifier(t.text) : t.text;
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  slices(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    const a = this.slice();
    if (a !== null && !this.at(T.COMMA)) return a;
    this.mark = m;
    const elts: A.expr[] = [];
    for (;;) {
      const m1 = this.mark;
      if (elts.length > 0 && this.expect(T.COMMA) === null) break;
      const itemStart = this.mark;
      let e = this.slice();
      if (e === null) {
        this.mark = itemStart;
        e = this.starred_expression();
      }
      if (e === null) {
        this.mark = m1;
        break;
      }
      elts.push(e);
    }
    if (elts.length === 0) return null;
    this.expect(T.COMMA);
    return N.Tuple(elts, LOAD, s, this.lastToken());
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
  slice(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    const a = this.expression();
    if (this.expect(T.COLON) !== null) {
      const b = this.expression();
      let c: A.expr | null = null;
      const m1 = this.mark;
      if (this.expect(T.COLON) !== null) {
        c = this.expression();
      } else this.mark = m1;
      return N.Slice(a, b, c, s, this.lastToken());
    }
    this.mark = m;
    return this.named_expression();
  }

  /** atom */
  atom(): A.expr | null {
    const t = this.peek();
    switch (t.type) {
      case T.NAME:
        return this.name();
      case T.KW_TRUE:
        this.mark++;
        return N.Constant(true, null, t, t);
      case T.KW_FALSE:
        this.mark++;
        return N.Constant(false, null, t, t);
      case T.KW_NONE:
        this.mark++;
        return N.Constant(null, null, t, t);
      case T.STRING:
        return this.strings();
      case T.NUMBER:
        return this.number();
      case T.LPAR: {
        const m = this.mark;
        let r = this.tuple();
        if (r !== null) return r;
        this.mark = m;
        r = this.group();
        if (r !== null) return r;
        this.mark = m;
        return this.genexp();
      }
      case T.LSQB: {
        const m = this.mark;
        const r = this.list();
        if (r !== null) return r;
        this.mark = m;
        return this.listcomp();
      }
      case T.LBRACE: {
        const m = this.mark;
        let r = this.dict();
        if (r !== null) return r;
        this.mark = m;
        r = this.set();
        if (r !== null) return r;
        this.mark = m;
        r = this.dictcomp();
        if (r !== null) return r;
        this.mark = m;
        return this.setcomp();
      }
      case T.ELLIPSIS:
        this.mark++;
        return N.Constant(ELLIPSIS, null, t, t);
    }
    return null;
  }

  /** NUMBER as a Constant (_PyPegen_number_token). */
  number(): A.expr | null {
    const t = this.expect(T.NUMBER);
    if (t === null) return null;
    const v = parseNumber(t.text);
    if (typeof v === "string") {
      // PyLong_FromString refused a huge decimal literal.
      return this.raiseErrorKnownLocation(
        "SyntaxError",
        t.lineno,
        -1,
        t.endLineno,
        -1,
        `${v} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      );
    }
    return N.Constant(v, null, t, t);
  }

  /** strings (memo): STRING+ */
  strings(): A.expr | null {
    const memo = this.memoGet(M_STRINGS);
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    const toks: Token[] = [];
    for (;;) {
      const t = this.expect(T.STRING);
      if (t === null) break;
      toks.push(t);
    }
    const res = toks.length === 0 ? null : concatenateStrings(this, toks);
    this.memoSet(m, M_STRINGS, res);
    return res;
  }

  /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
  group(): A.expr | null {
    const m = this.mark;
    if (this.expect(T.LPAR) === null) return null;
    let a = this.yield_expr();
    if (a === null) {
      this.mark = m + 1;
      a = this.named_expression();
    }
    if (a !== null && this.expect(T.RPAR) !== null) return a;
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_group();
      this.mark = m;
    }
    return null;
  }

  /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
  tuple(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LPAR);
    if (s === null) return null;
    let elts: A.expr[] = [];
    const y = this.star_named_expression();
    if (y !== null && this.expect(T.COMMA) !== null) {
      const z = this.star_named_expressions();
      elts = z === null ? [y] : [y, ...z];
    } else {
      this.mark = m + 1;
    }
    if (this.expect(T.RPAR) === null) {
      this.mark = m;
      return null;
    }
    return N.Tuple(elts, LOAD, s, this.lastToken());
  }

  /** list: '[' [star_named_expressions] ']' */
  list(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LSQB);
    if (s === null) return null;
    const a = this.star_named_expressions();
    if (this.expect(T.RSQB) === null) {
      this.mark = m;
      return null;
    }
    return N.List(a ?? [], LOAD, s, this.lastToken());
  }

  /** set: '{' star_named_expressions '}' */
  set(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LBRACE);
    if (s === null) return null;
    const a = this.star_named_expressions();
    if (a === null || this.expect(T.RBRACE) === null) {
      this.mark = m;
      return null;
    }
    return N.SetNode(a, s, this.lastToken());
  }

  /** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
  dict(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LBRACE);
    if (s === null) return null;
    const a = this.double_starred_kvpairs();
    if (this.expect(T.RBRACE) !== null) {
      const keys: (A.expr | null)[] = [];
      const values: A.expr[] = [];
      if (a !== null) {
        for (const kv of a) {
          keys.push(kv.key);
          values.push(kv.value);
        }
      }
      return N.Dict(keys as A.expr[], values, s, this.lastToken());
    }
    // pegen only defers to the second pass the alternatives that are a lone invalid_* rule: this
    // one, '{' invalid_double_starred_kvpairs '}', runs in the first pass too.
    this.mark = m + 1;
    this.invalid_double_starred_kvpairs();
    this.mark = m;
    return null;
  }

  /** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
  double_starred_kvpairs(): KeyValuePair[] | null {
    const a = this.double_starred_kvpair();
    if (a === null) return null;
    const res = [a];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = this.double_starred_kvpair();
      if (c === null) {
        this.mark = m;
        break;
      }
      res.push(c);
    }
    this.expect(T.COMMA);
    return res;
  }

  /** double_starred_kvpair: '**' bitwise_or | kvpair */
  double_starred_kvpair(): KeyValuePair | null {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) !== null) {
      const a = this.bitwise_or();
      if (a !== null) return { key: null, value: a };
      this.mark = m;
    }
    return this.kvpair();
  }

  /** kvpair: expression ':' expression */
  kvpair(): KeyValuePair | null {
    const m = this.mark;
    const a = this.expression();
    if (a !== null && this.expect(T.COLON) !== null) {
      const b = this.expression();
      if (b !== null) return { key: a, value: b };
    }
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------------------ comprehensions

  /** for_if_clauses: for_if_clause+ */
  for_if_clauses(): A.comprehension[] | null {
    let res: A.comprehension[] | null = null;
    for (;;) {
      const m = this.mark;
      const c = this.for_if_clause();
      if (c === null) {
        this.mark = m;
        break;
      }
      if (res === null) res = [];
      res.push(c);
    }
    return res;
  }

  /** for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target */
  for_if_clause(): A.comprehension | null {
    const m = this.mark;
    let isAsync = 0;
    if (this.expect(T.ASYNC) !== null) isAsync = 1;
    if (this.expect(T.KW_FOR) !== null) {
      const a = this.star_targets();
      if (a !== null && this.expect(T.KW_IN) !== null) {
        // Cut: past 'in', a failure fails the whole rule.
        const b = this.disjunction();
        if (b === null) {
          this.mark = m;
          return null;
        }
        const ifs: A.expr[] = [];
        for (;;) {
          const m1 = this.mark;
          if (this.expect(T.KW_IF) === null) break;
          const z = this.disjunction();
          if (z === null) {
            this.mark = m1;
            break;
          }
          ifs.push(z);
        }
        return { _type: "comprehension", target: a, iter: b, ifs, is_async: isAsync };
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_for_target();
      this.mark = m;
    }
    return null;
  }

  /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
  listcomp(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LSQB);
    if (s === null) return null;
    const a = this.named_expression();
    if (a !== null) {
      const b = this.for_if_clauses();
      if (b !== null && this.expect(T.RSQB) !== null) return N.ListComp(a, b, s, this.lastToken());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_comprehension();
      this.mark = m;
    }
    return null;
  }

  /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
  setcomp(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LBRACE);
    if (s === null) return null;
    const a = this.named_expression();
    if (a !== null) {
      const b = this.for_if_clauses();
      if (b !== null && this.expect(T.RBRACE) !== null) return N.SetComp(a, b, s, this.lastToken());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_comprehension();
      this.mark = m;
    }
    return null;
  }

  /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
  genexp(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    if (s.type === T.LPAR) {
      this.mark++;
      let a = this.assignment_expression();
      if (a === null) {
        this.mark = m + 1;
        a = this.expression();
        if (a !== null && this.at(T.COLONEQUAL)) a = null;
      }
      if (a !== null) {
        const b = this.for_if_clauses();
        if (b !== null && this.expect(T.RPAR) !== null) return N.GeneratorExp(a, b, s, this.lastToken());
      }
      this.mark = m;
    }
    if (this.callInvalidRules) {
      this.invalid_comprehension();
      this.mark = m;
    }
    return null;
  }

  /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
  dictcomp(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.LBRACE);
    if (s === null) return null;
    const a = this.kvpair();
    if (a !== null) {
      const b = this.for_if_clauses();
      if (b !== null && this.expect(T.RBRACE) !== null)
        return N.DictComp(a.key!, a.value, b, s, this.lastToken());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_dict_comprehension();
      this.mark = m;
    }
    return null;
  }

  // ------------------------------------------------------------------ call arguments

  /** arguments (memo): args [','] &')' | invalid_arguments. Returns a Call carrying the lists. */
  arguments(): A.Call | null {
    const memo = this.memoGet(M_ARGUMENTS);
    if (memo !== null) return memo.node as A.Call | null;
    const m = this.mark;
    let res: A.Call | null = null;
    const a = this.args();
    if (a !== null) {
      this.expect(T.COMMA);
      if (this.at(T.RPAR)) res = a;
    }
    if (res === null) {
      this.mark = m;
      if (this.callInvalidRules) {
        this.invalid_arguments();
        this.mark = m;
      }
    }
    this.memoSet(m, M_ARGUMENTS, res);
    return res;
  }

  /** One positional item of `args`: starred_expression | (assignment_expression | expression !':=') !'=' */
  positionalArg(): A.expr | null {
    const m = this.mark;
    const st = this.starred_expression();
    if (st !== null) return st;
    this.mark = m;
    let a = this.assignment_expression();
    if (a === null) {
      this.mark = m;
      a = this.expression();
      if (a !== null && this.at(T.COLONEQUAL)) a = null;
    }
    if (a !== null && !this.at(T.EQUAL)) return a;
    this.mark = m;
    return null;
  }

  /** args: ','.positional+ [',' kwargs] | kwargs */
  args(): A.Call | null {
    const m = this.mark;
    const s = this.peek();
    const first = this.positionalArg();
    if (first !== null) {
      const a = [first];
      for (;;) {
        const m1 = this.mark;
        if (this.expect(T.COMMA) === null) break;
        const c = this.positionalArg();
        if (c === null) {
          this.mark = m1;
          break;
        }
        a.push(c);
      }
      let b: KeywordOrStarred[] | null = null;
      const m2 = this.mark;
      if (this.expect(T.COMMA) !== null) {
        b = this.kwargs();
        if (b === null) this.mark = m2;
      }
      const e = this.lastToken();
      if (b === null) return N.Call(this.dummyName(), a, [], s, e);
      const starreds: A.expr[] = [];
      const keywords: A.keyword[] = [];
      for (const k of b) {
        if (k.isKeyword) keywords.push(k.element as A.keyword);
        else starreds.push(k.element as A.expr);
      }
      return N.Call(this.dummyName(), a.concat(starreds), keywords, s, e);
    }
    this.mark = m;
    const k = this.kwargs();
    if (k === null) return null;
    const starreds: A.expr[] = [];
    const keywords: A.keyword[] = [];
    for (const x of k) {
      if (x.isKeyword) keywords.push(x.element as A.keyword);
      else starreds.push(x.element as A.expr);
    }
    return N.Call(this.dummyName(), starreds, keywords, s, this.lastToken());
  }

  /** _PyPegen_dummy_name */
  dummyName(): A.expr {
    return { _type: "Name", id: "", ctx: LOAD, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  }

  /** kwargs: kwarg_or_starred+ ',' kwarg_or_double_starred+ | kwarg_or_starred+ | kwarg_or_double_starred+ */
  kwargs(): KeywordOrStarred[] | null {
    const m = this.mark;
    const a = this.sepList(() => this.kwarg_or_starred());
    if (a !== null) {
      const m1 = this.mark;
      if (this.expect(T.COMMA) !== null) {
        const b = this.sepList(() => this.kwarg_or_double_starred());
        if (b !== null) return a.concat(b);
      }
      this.mark = m1;
      return a;
    }
    this.mark = m;
    return this.sepList(() => this.kwarg_or_double_starred());
  }

  /** ','.item+ (without a trailing comma). */
  sepList<X>(item: () => X | null): X[] | null {
    const first = item();
    if (first === null) return null;
    const res = [first];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = item();
      if (c === null) {
        this.mark = m;
        break;
      }
      res.push(c);
    }
    return res;
  }

  /** starred_expression: '*' expression */
  starred_expression(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.STAR);
    if (s === null) return null;
    const a = this.expression();
    if (a === null) {
      this.mark = m;
      return null;
    }
    return N.Starred(a, LOAD, s, this.lastToken());
  }

  /** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
  kwarg_or_starred(): KeywordOrStarred | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_kwarg();
      this.mark = m;
    }
    const kw = this.keywordArgument();
    if (kw !== null) return { element: kw, isKeyword: true };
    this.mark = m;
    const a = this.starred_expression();
    if (a !== null) return { element: a, isKeyword: false };
    return null;
  }

  /** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
  kwarg_or_double_starred(): KeywordOrStarred | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_kwarg();
      this.mark = m;
    }
    const kw = this.keywordArgument();
    if (kw !== null) return { element: kw, isKeyword: true };
    this.mark = m;
    const s = this.expect(T.DOUBLESTAR);
    if (s !== null) {
      const a = this.expression();
      if (a !== null) return { element: N.keyword(null, a, s, this.lastToken()), isKeyword: true };
    }
    this.mark = m;
    return null;
  }

  /** NAME '=' expression */
  private keywordArgument(): A.keyword | null {
    const s = this.peek();
    if (s.type !== T.NAME) return null;
    this.mark++;
    if (this.expect(T.EQUAL) === null) return null;
    const b = this.expression();
    if (b === null) return null;
    return N.keyword(this.identifier(s), b, s, this.lastToken());
  }

  // ------------------------------------------------------------------ lambda

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  lambdef(): A.expr | null {
    const m = this.mark;
    const s = this.expect(T.KW_LAMBDA);
    if (s === null) return null;
    const a = this.lambda_params();
    if (this.expect(T.COLON) !== null) {
      this.enterNesting(2);
      const b = this.expression();
      this.nesting -= 2;
      if (b !== null) return N.Lambda(a ?? emptyArguments(), b, s, this.lastToken());
    }
    this.mark = m;
    return null;
  }

  /** lambda_params: invalid_lambda_parameters | lambda_parameters */
  lambda_params(): A.arguments | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_lambda_parameters();
      this.mark = m;
    }
    return this.lambda_parameters();
  }

  /** lambda_parameters */
  lambda_parameters(): A.arguments | null {
    const m = this.mark;
    // lambda_slash_no_default lambda_param_no_default* lambda_param_with_default* [lambda_star_etc]
    const a = this.lambda_slash_no_default();
    if (a !== null) {
      const b = this.repeat(() => this.lambda_param_no_default());
      const c = this.repeat(() => this.lambda_param_with_default());
      const d = this.lambda_star_etc();
      return makeArguments(a, null, b, c, d);
    }
    this.mark = m;
    // lambda_slash_with_default lambda_param_with_default* [lambda_star_etc]
    const sw = this.lambda_slash_with_default();
    if (sw !== null) {
      const b = this.repeat(() => this.lambda_param_with_default());
      const c = this.lambda_star_etc();
      return makeArguments(null, sw, null, b, c);
    }
    this.mark = m;
    // lambda_param_no_default+ lambda_param_with_default* [lambda_star_etc]
    const pn = this.repeat(() => this.lambda_param_no_default());
    if (pn.length > 0) {
      const b = this.repeat(() => this.lambda_param_with_default());
      const c = this.lambda_star_etc();
      return makeArguments(null, null, pn, b, c);
    }
    this.mark = m;
    // lambda_param_with_default+ [lambda_star_etc]
    const pw = this.repeat(() => this.lambda_param_with_default());
    if (pw.length > 0) {
      const c = this.lambda_star_etc();
      return makeArguments(null, null, null, pw, c);
    }
    this.mark = m;
    const se = this.lambda_star_etc();
    if (se !== null) return makeArguments(null, null, null, null, se);
    this.mark = m;
    return null;
  }

  /** item* (zero or more). */
  repeat<X>(item: () => X | null): X[] {
    const res: X[] = [];
    for (;;) {
      const m = this.mark;
      const x = item();
      if (x === null) {
        this.mark = m;
        return res;
      }
      res.push(x);
    }
  }

  /** lambda_slash_no_default: lambda_param_no_default+ '/' (',' | &':') */
  lambda_slash_no_default(): A.arg[] | null {
    const m = this.mark;
    const a = this.repeat(() => this.lambda_param_no_default());
    if (a.length > 0 && this.expect(T.SLASH) !== null) {
      if (this.expect(T.COMMA) !== null || this.at(T.COLON)) return a;
    }
    this.mark = m;
    return null;
  }

  /** lambda_slash_with_default: lambda_param_no_default* lambda_param_with_default+ '/' (',' | &':') */
  lambda_slash_with_default(): SlashWithDefault | null {
    const m = this.mark;
    const a = this.repeat(() => this.lambda_param_no_default());
    const b = this.repeat(() => this.lambda_param_with_default());
    if (b.length > 0 && this.expect(T.SLASH) !== null) {
      if (this.expect(T.COMMA) !== null || this.at(T.COLON)) return { plainNames: a, namesWithDefaults: b };
    }
    this.mark = m;
    return null;
  }

  /** lambda_star_etc */
  lambda_star_etc(): StarEtc | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_lambda_star_etc();
      this.mark = m;
    }
    if (this.expect(T.STAR) !== null) {
      const a = this.lambda_param_no_default();
      if (a !== null) {
        const b = this.repeat(() => this.lambda_param_maybe_default());
        const c = this.lambda_kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
      this.mark = m + 1;
      if (this.expect(T.COMMA) !== null) {
        const b = this.repeat(() => this.lambda_param_maybe_default());
        if (b.length > 0) {
          const c = this.lambda_kwds();
          return { vararg: null, kwonlyargs: b, kwarg: c };
        }
      }
    }
    this.mark = m;
    const k = this.lambda_kwds();
    if (k !== null) return { vararg: null, kwonlyargs: null, kwarg: k };
    this.mark = m;
    return null;
  }

  /** lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default */
  lambda_kwds(): A.arg | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_lambda_kwds();
      this.mark = m;
    }
    if (this.expect(T.DOUBLESTAR) !== null) {
      const a = this.lambda_param_no_default();
      if (a !== null) return a;
    }
    this.mark = m;
    return null;
  }

  /** lambda_param_no_default: lambda_param (',' | &':') */
  lambda_param_no_default(): A.arg | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a !== null && (this.expect(T.COMMA) !== null || this.at(T.COLON))) return a;
    this.mark = m;
    return null;
  }

  /** lambda_param_with_default: lambda_param default (',' | &':') */
  lambda_param_with_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a !== null) {
      const c = this.default_();
      if (c !== null && (this.expect(T.COMMA) !== null || this.at(T.COLON))) return { arg: a, value: c };
    }
    this.mark = m;
    return null;
  }

  /** lambda_param_maybe_default: lambda_param default? (',' | &':') */
  lambda_param_maybe_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a !== null) {
      const m1 = this.mark;
      const c = this.default_();
      if (c === null) this.mark = m1;
      if (this.expect(T.COMMA) !== null || this.at(T.COLON)) return { arg: a, value: c };
    }
    this.mark = m;
    return null;
  }

  /** lambda_param: NAME */
  lambda_param(): A.arg | null {
    const t = this.expect(T.NAME);
    if (t === null) return null;
    return N.arg(this.identifier(t), null, null, t, t);
  }

  /** default: '=' expression | invalid_default */
  default_(): A.expr | null {
    const m = this.mark;
    if (this.expect(T.EQUAL) !== null) {
      const a = this.expression();
      if (a !== null) return a;
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_default();
      this.mark = m;
    }
    return null;
  }

  // ------------------------------------------------------------------ invalid rules

  /** invalid_arguments */
  invalid_arguments(): void {
    const m = this.mark;
    // (','.positional+ ',' kwargs | kwargs) ',' a='*'
    {
      let ok = false;
      if (this.sepList(() => this.positionalArg()) !== null && this.expect(T.COMMA) !== null) {
        ok = this.kwargs() !== null;
      }
      if (!ok) {
        this.mark = m;
        ok = this.kwargs() !== null;
      }
      if (ok && this.expect(T.COMMA) !== null) {
        const a = this.expect(T.STAR);
        if (a !== null)
          this.raiseSyntaxErrorKnownLocation(
            a,
            "iterable argument unpacking follows keyword argument unpacking",
          );
      }
    }
    this.mark = m;
    // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
    {
      const e = this.expression();
      if (e !== null) {
        const b = this.for_if_clauses();
        if (b !== null && this.expect(T.COMMA) !== null) {
          const m1 = this.mark;
          if (this.args() === null) {
            this.mark = m1;
            const x = this.expression();
            if (x === null || this.for_if_clauses() === null) this.mark = m1;
          }
          this.raiseSyntaxErrorKnownRange(
            e,
            lastComprehensionItem(b[b.length - 1]),
            "Generator expression must be parenthesized",
          );
        }
      }
    }
    this.mark = m;
    // a=NAME b='=' expression for_if_clauses
    {
      const n = this.expect(T.NAME);
      if (n !== null) {
        const eq = this.expect(T.EQUAL);
        if (eq !== null && this.expression() !== null && this.for_if_clauses() !== null) {
          this.raiseSyntaxErrorKnownRange(
            n,
            eq,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          );
        }
      }
    }
    this.mark = m;
    // a=args b=for_if_clauses
    {
      const a2 = this.args();
      if (a2 !== null) {
        const b = this.for_if_clauses();
        if (b !== null) {
          // _PyPegen_nonparen_genexp_in_call
          const len = a2.args.length;
          if (len <= 1) return;
          this.raiseSyntaxErrorKnownRange(
            a2.args[len - 1],
            lastComprehensionItem(b[b.length - 1]),
            "Generator expression must be parenthesized",
          );
        }
      }
    }
    this.mark = m;
    if (this.args() !== null && this.expect(T.COMMA) !== null) {
      const e = this.expression();
      if (e !== null) {
        const b = this.for_if_clauses();
        if (b !== null) {
          this.raiseSyntaxErrorKnownRange(
            e,
            lastComprehensionItem(b[b.length - 1]),
            "Generator expression must be parenthesized",
          );
        }
      }
    }
    this.mark = m;
    // a=args ',' args
    {
      const a3 = this.args();
      if (a3 !== null && this.expect(T.COMMA) !== null && this.args() !== null) {
        let keywordUnpacking = false;
        for (const k of a3.keywords) if (k.arg === null) keywordUnpacking = true;
        this.raiseSyntaxError(
          keywordUnpacking
            ? "positional argument follows keyword argument unpacking"
            : "positional argument follows keyword argument",
        );
      }
    }
    this.mark = m;
  }

  /** invalid_kwarg */
  invalid_kwarg(): void {
    const m = this.mark;
    const t = this.peek();
    // ('True'|'False'|'None') '='
    if (t.type === T.KW_TRUE || t.type === T.KW_FALSE || t.type === T.KW_NONE) {
      this.mark++;
      const b = this.expect(T.EQUAL);
      if (b !== null) this.raiseSyntaxErrorKnownRange(t, b, `cannot assign to ${t.text}`);
    }
    this.mark = m;
    // NAME '=' expression for_if_clauses
    if (t.type === T.NAME) {
      this.mark++;
      const b = this.expect(T.EQUAL);
      if (b !== null && this.expression() !== null && this.for_if_clauses() !== null) {
        this.raiseSyntaxErrorKnownRange(t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    this.mark = m;
    // !(NAME '=') expression '='
    if (t.type === T.NAME) {
      this.mark++;
      const isKw = this.at(T.EQUAL);
      this.mark = m;
      if (isKw) return;
    }
    const a = this.expression();
    if (a !== null) {
      const b = this.expect(T.EQUAL);
      if (b !== null) {
        this.raiseSyntaxErrorKnownRange(
          a,
          b,
          'expression cannot contain assignment, perhaps you meant "=="?',
        );
      }
    }
    this.mark = m;
  }

  /** invalid_legacy_expression: NAME !'(' star_expressions */
  invalid_legacy_expression(): void {
    const m = this.mark;
    const a = this.name();
    if (a !== null && !this.at(T.LPAR)) {
      const b = this.star_expressions();
      if (b !== null) {
        if (isLegacyStatementName(a)) {
          this.raiseSyntaxErrorKnownRange(
            a,
            b,
            `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`,
          );
        }
        return;
      }
    }
    this.mark = m;
  }

  /** invalid_expression */
  invalid_expression(): void {
    const m = this.mark;
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    let blocked = false;
    const t = this.peek();
    if (t.type === T.NAME) {
      this.mark++;
      if (this.at(T.STRING)) blocked = true;
      this.mark = m;
      if (isSoftKeywordToken(t.text)) blocked = true;
    }
    if (!blocked) {
      const a = this.disjunction();
      if (a !== null) {
        const b = this.expression_without_invalid();
        if (b !== null) {
          if (isLegacyStatementName(a)) return;
          if (this.tokens[this.mark - 1].level === 0) return;
          this.raiseSyntaxErrorKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
    this.mark = m;
    // a=disjunction 'if' b=disjunction !('else'|':')
    const a = this.disjunction();
    if (a !== null && this.expect(T.KW_IF) !== null) {
      const b = this.disjunction();
      if (b !== null) {
        const nt = this.peek().type;
        if (nt !== T.KW_ELSE && nt !== T.COLON) {
          this.raiseSyntaxErrorKnownRange(a, b, "expected 'else' after 'if' expression");
        }
      }
    }
    this.mark = m;
  }

  /** invalid_named_expression (memo) */
  invalid_named_expression(): void {
    const memo = this.memoGet(M_INVALID_NAMED_EXPRESSION);
    if (memo !== null) return;
    const m = this.mark;
    this.invalidNamedExpressionRaw();
    this.mark = m;
    this.memoSet(m, M_INVALID_NAMED_EXPRESSION, null);
  }

  private invalidNamedExpressionRaw(): void {
    const m = this.mark;
    // a=expression ':=' expression
    const a = this.expression();
    if (a !== null && this.expect(T.COLONEQUAL) !== null && this.expression() !== null) {
      this.raiseSyntaxErrorKnownLocation(a, `cannot use assignment expressions with ${getExprName(a)}`);
    }
    this.mark = m;
    // a=NAME '=' b=bitwise_or !('='|':=')
    const n = this.name();
    if (n !== null && this.expect(T.EQUAL) !== null) {
      const b = this.bitwise_or();
      if (b !== null) {
        const nt = this.peek().type;
        if (nt !== T.EQUAL && nt !== T.COLONEQUAL) {
          this.raiseSyntaxErrorKnownRange(
            n,
            b,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          );
        }
      }
    }
    this.mark = m;
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    const t = this.peek();
    if (t.type === T.KW_TRUE || t.type === T.KW_NONE || t.type === T.KW_FALSE) return;
    if (this.list() !== null) {
      this.mark = m;
      return;
    }
    this.mark = m;
    if (this.tuple() !== null) {
      this.mark = m;
      return;
    }
    this.mark = m;
    if (this.genexp() !== null) {
      this.mark = m;
      return;
    }
    this.mark = m;
    const a2 = this.bitwise_or();
    if (a2 !== null && this.expect(T.EQUAL) !== null && this.bitwise_or() !== null) {
      const nt = this.peek().type;
      if (nt !== T.EQUAL && nt !== T.COLONEQUAL) {
        this.raiseSyntaxErrorKnownLocation(
          a2,
          `cannot assign to ${getExprName(a2)} here. Maybe you meant '==' instead of '='?`,
        );
      }
    }
    this.mark = m;
  }

  /** invalid_comprehension */
  invalid_comprehension(): void {
    const m = this.mark;
    const open = this.peek().type;
    if (open !== T.LSQB && open !== T.LPAR && open !== T.LBRACE) return;
    // ('[' | '(' | '{') a=starred_expression for_if_clauses
    this.mark++;
    const a = this.starred_expression();
    if (a !== null && this.for_if_clauses() !== null) {
      this.raiseSyntaxErrorKnownLocation(a, "iterable unpacking cannot be used in comprehension");
    }
    this.mark = m;
    if (open === T.LPAR) return;
    // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
    this.mark++;
    const a2 = this.star_named_expression();
    if (a2 !== null && this.expect(T.COMMA) !== null) {
      const b = this.star_named_expressions();
      if (b !== null && this.for_if_clauses() !== null) {
        this.raiseSyntaxErrorKnownRange(
          a2,
          b[b.length - 1],
          "did you forget parentheses around the comprehension target?",
        );
      }
    }
    this.mark = m + 1;
    // ('[' | '{') a=star_named_expression b=',' for_if_clauses
    const a3 = this.star_named_expression();
    if (a3 !== null) {
      const c = this.expect(T.COMMA);
      if (c !== null && this.for_if_clauses() !== null) {
        this.raiseSyntaxErrorKnownRange(a3, c, "did you forget parentheses around the comprehension target?");
      }
    }
    this.mark = m;
  }

  /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
  invalid_dict_comprehension(): void {
    const m = this.mark;
    if (this.expect(T.LBRACE) !== null) {
      const a = this.expect(T.DOUBLESTAR);
      if (
        a !== null &&
        this.bitwise_or() !== null &&
        this.for_if_clauses() !== null &&
        this.expect(T.RBRACE)
      ) {
        this.raiseSyntaxErrorKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
      }
    }
    this.mark = m;
  }

  /** invalid_group */
  invalid_group(): void {
    const m = this.mark;
    if (this.expect(T.LPAR) === null) return;
    const a = this.starred_expression();
    if (a !== null && this.expect(T.RPAR) !== null) {
      this.raiseSyntaxErrorKnownLocation(a, "cannot use starred expression here");
    }
    this.mark = m + 1;
    const b = this.expect(T.DOUBLESTAR);
    if (b !== null && this.expression() !== null && this.expect(T.RPAR) !== null) {
      this.raiseSyntaxErrorKnownLocation(b, "cannot use double starred expression here");
    }
    this.mark = m;
  }

  /** invalid_double_starred_kvpairs */
  invalid_double_starred_kvpairs(): void {
    const m = this.mark;
    // ','.double_starred_kvpair+ ',' invalid_kvpair
    const pairs = this.sepList(() => this.double_starred_kvpair());
    if (pairs !== null && this.expect(T.COMMA) !== null) this.invalid_kvpair();
    this.mark = m;
    // expression ':' a='*' bitwise_or
    if (this.expression() !== null && this.expect(T.COLON) !== null) {
      const a = this.expect(T.STAR);
      if (a !== null && this.bitwise_or() !== null) {
        this.raiseSyntaxErrorStartingFrom(a, "cannot use a starred expression in a dictionary value");
      }
    }
    this.mark = m;
    // expression a=':' &('}'|',')
    if (this.expression() !== null) {
      const a = this.expect(T.COLON);
      if (a !== null) {
        const nt = this.peek().type;
        if (nt === T.RBRACE || nt === T.COMMA) {
          this.raiseSyntaxErrorKnownLocation(a, "expression expected after dictionary key and ':'");
        }
      }
    }
    this.mark = m;
  }

  /** invalid_kvpair */
  invalid_kvpair(): void {
    const m = this.mark;
    // a=expression !(':')
    const a = this.expression();
    if (a !== null && !this.at(T.COLON)) {
      this.raiseErrorKnownLocation(
        "SyntaxError",
        a.lineno,
        a.end_col_offset! - 1,
        a.end_lineno!,
        -1,
        "':' expected after dictionary key",
      );
    }
    this.mark = m;
    // expression ':' a='*' bitwise_or
    if (this.expression() !== null && this.expect(T.COLON) !== null) {
      const s = this.expect(T.STAR);
      if (s !== null && this.bitwise_or() !== null) {
        this.raiseSyntaxErrorStartingFrom(s, "cannot use a starred expression in a dictionary value");
      }
    }
    this.mark = m;
    // expression a=':' &('}'|',')
    if (this.expression() !== null) {
      const c = this.expect(T.COLON);
      if (c !== null) {
        const nt = this.peek().type;
        if (nt === T.RBRACE || nt === T.COMMA) {
          this.raiseSyntaxErrorKnownLocation(c, "expression expected after dictionary key and ':'");
        }
      }
    }
    this.mark = m;
  }

  /** invalid_for_target: ASYNC? 'for' star_expressions */
  invalid_for_target(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    if (this.expect(T.KW_FOR) !== null) {
      const a = this.star_expressions();
      if (a !== null) this.raiseInvalidTarget(2 /* FOR_TARGETS */, a);
    }
    this.mark = m;
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET(type, e): raises if `e` holds an invalid target. */
  raiseInvalidTarget(targetsType: number, e: A.expr): void {
    const invalid = getInvalidTarget(e, targetsType);
    if (invalid !== null) {
      const what = getExprName(invalid);
      this.raiseSyntaxErrorKnownLocation(
        invalid,
        targetsType === 1 ? `cannot delete ${what}` : `cannot assign to ${what}`,
      );
    }
  }

  /** invalid_default: '=' &(')'|',') */
  invalid_default(): void {
    const m = this.mark;
    const a = this.expect(T.EQUAL);
    if (a !== null) {
      const nt = this.peek().type;
      if (nt === T.RPAR || nt === T.COMMA)
        this.raiseSyntaxErrorKnownLocation(a, "expected default value expression");
    }
    this.mark = m;
  }

  /** invalid_lambda_parameters */
  invalid_lambda_parameters(): void {
    const m = this.mark;
    // lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default
    this.repeat(() => this.lambda_param_no_default());
    if (this.invalid_lambda_parameters_helper()) {
      const a = this.lambda_param_no_default();
      if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "non-default argument follows default argument");
    }
    this.mark = m;
    // lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
    this.repeat(() => this.lambda_param_no_default());
    const a = this.expect(T.LPAR);
    if (a !== null && this.sepList(() => this.lambda_param()) !== null) {
      this.expect(T.COMMA);
      const b = this.expect(T.RPAR);
      if (b !== null)
        this.raiseSyntaxErrorKnownRange(a, b, "Lambda expression parameters cannot be parenthesized");
    }
    this.mark = m;
    // a="/" ','
    const sl = this.expect(T.SLASH);
    if (sl !== null && this.expect(T.COMMA) !== null) {
      this.raiseSyntaxErrorKnownLocation(sl, "at least one argument must precede /");
    }
    this.mark = m;
    // (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/'
    if (this.lambdaSlashAny()) {
      this.repeat(() => this.lambda_param_maybe_default());
      const s2 = this.expect(T.SLASH);
      if (s2 !== null) this.raiseSyntaxErrorKnownLocation(s2, "/ may appear only once");
    }
    this.mark = m;
    // (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*'
    //     (',' | lambda_param_no_default) lambda_param_maybe_default* a='/'
    if (!this.lambdaSlashAny()) this.mark = m;
    this.repeat(() => this.lambda_param_maybe_default());
    if (this.expect(T.STAR) !== null) {
      const m1 = this.mark;
      let ok = this.expect(T.COMMA) !== null;
      if (!ok) {
        this.mark = m1;
        ok = this.lambda_param_no_default() !== null;
      }
      if (ok) {
        this.repeat(() => this.lambda_param_maybe_default());
        const s3 = this.expect(T.SLASH);
        if (s3 !== null) this.raiseSyntaxErrorKnownLocation(s3, "/ must be ahead of *");
      }
    }
    this.mark = m;
    // lambda_param_maybe_default+ '/' a='*'
    const pm = this.repeat(() => this.lambda_param_maybe_default());
    if (pm.length > 0 && this.expect(T.SLASH) !== null) {
      const st = this.expect(T.STAR);
      if (st !== null) this.raiseSyntaxErrorKnownLocation(st, "expected comma between / and *");
    }
    this.mark = m;
  }

  private lambdaSlashAny(): boolean {
    const m = this.mark;
    if (this.lambda_slash_no_default() !== null) return true;
    this.mark = m;
    if (this.lambda_slash_with_default() !== null) return true;
    this.mark = m;
    return false;
  }

  /** invalid_lambda_parameters_helper: lambda_slash_with_default | lambda_param_with_default+ */
  private invalid_lambda_parameters_helper(): boolean {
    const m = this.mark;
    if (this.lambda_slash_with_default() !== null) return true;
    this.mark = m;
    return this.repeat(() => this.lambda_param_with_default()).length > 0;
  }

  /** invalid_lambda_star_etc */
  invalid_lambda_star_etc(): void {
    const m = this.mark;
    if (this.expect(T.STAR) === null) return;
    // '*' (':' | ',' (':' | '**'))
    if (this.expect(T.COLON) !== null) this.raiseSyntaxError("named arguments must follow bare *");
    if (this.expect(T.COMMA) !== null) {
      const nt = this.peek().type;
      if (nt === T.COLON || nt === T.DOUBLESTAR) {
        this.mark++;
        this.raiseSyntaxError("named arguments must follow bare *");
      }
    }
    this.mark = m + 1;
    // '*' lambda_param a='='
    if (this.lambda_param() !== null) {
      const a = this.expect(T.EQUAL);
      if (a !== null)
        this.raiseSyntaxErrorKnownLocation(a, "var-positional argument cannot have default value");
    }
    this.mark = m + 1;
    // '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',')
    let ok = this.lambda_param_no_default() !== null;
    if (!ok) {
      this.mark = m + 1;
      ok = this.expect(T.COMMA) !== null;
    }
    if (ok) {
      this.repeat(() => this.lambda_param_maybe_default());
      const a = this.expect(T.STAR);
      if (a !== null) {
        const m1 = this.mark;
        let ok2 = this.lambda_param_no_default() !== null;
        if (!ok2) {
          this.mark = m1;
          ok2 = this.expect(T.COMMA) !== null;
        }
        if (ok2) this.raiseSyntaxErrorKnownLocation(a, "* argument may appear only once");
      }
    }
    this.mark = m;
  }

  /** invalid_lambda_kwds */
  invalid_lambda_kwds(): void {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) === null) return;
    // '**' lambda_param a='='
    if (this.lambda_param() !== null) {
      const a = this.expect(T.EQUAL);
      if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "var-keyword argument cannot have default value");
    }
    this.mark = m + 1;
    // '**' lambda_param ',' a=lambda_param
    if (this.lambda_param() !== null && this.expect(T.COMMA) !== null) {
      const a = this.lambda_param();
      if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "arguments cannot follow var-keyword argument");
    }
    this.mark = m + 1;
    // '**' lambda_param ',' a=('*'|'**'|'/')
    if (this.lambda_param() !== null && this.expect(T.COMMA) !== null) {
      const t = this.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        this.mark++;
        this.raiseSyntaxErrorKnownLocation(t, "arguments cannot follow var-keyword argument");
      }
    }
    this.mark = m;
  }
}
