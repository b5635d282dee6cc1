// Assignment and deletion targets of CPython 3.11's Grammar/python.gram ("ASSIGNMENT TARGETS"):
// star_targets, single_target, t_primary, del_targets.

import { setExprContext } from "./action_helpers.js";
import type * as A from "./ast.js";
import * as N from "./node_factory.js";
import { DEL, LOAD, STORE } from "./parser_base.js";
import {
  ExpressionParser,
  M_DEL_TARGET,
  M_STAR_TARGET,
  M_T_PRIMARY,
  M_TARGET_WITH_STAR_ATOM,
} from "./parser_expressions.js";
import * as T from "./tokens.js";

export abstract class TargetParser extends ExpressionParser {
  /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
  star_targets(): A.expr | null {
    const s = this.peek();
    const a = this.star_target();
    if (a === null) return null;
    if (!this.at(T.COMMA)) return a;
    const elts = [a];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = this.star_target();
      if (c === null) {
        this.mark = m;
        break;
      }
      elts.push(c);
    }
    this.expect(T.COMMA);
    return N.Tuple(elts, STORE, s, this.lastToken());
  }

  /** star_targets_list_seq: ','.star_target+ [','] */
  star_targets_list_seq(): A.expr[] | null {
    const a = this.sepList(() => this.star_target());
    if (a === null) return null;
    this.expect(T.COMMA);
    return a;
  }

  /** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
  star_targets_tuple_seq(): A.expr[] | null {
    const m = this.mark;
    const a = this.star_target();
    if (a === null) return null;
    const elts = [a];
    for (;;) {
      const m1 = this.mark;
      if (this.expect(T.COMMA) === null) break;
      const c = this.star_target();
      if (c === null) {
        this.mark = m1;
        break;
      }
      elts.push(c);
    }
    if (elts.length > 1) {
      this.expect(T.COMMA);
      return elts;
    }
    if (this.expect(T.COMMA) !== null) return elts;
    this.mark = m;
    return null;
  }

  /** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
  star_target(): A.expr | null {
    const memo = this.memoGet(M_STAR_TARGET);
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res: A.expr | null = null;
    const s = this.peek();
    if (s.type === T.STAR) {
      this.mark++;
      if (!this.at(T.STAR)) {
        const a = this.star_target();
        if (a !== null) res = N.Starred(setExprContext(a, STORE), STORE, s, this.lastToken());
      }
      if (res === null) this.mark = m;
    }
    if (res === null) res = this.target_with_star_atom();
    this.memoSet(m, M_STAR_TARGET, res);
    return res;
  }

  /** target_with_star_atom (memo) */
  target_with_star_atom(): A.expr | null {
    const memo = this.memoGet(M_TARGET_WITH_STAR_ATOM);
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res = this.subscriptAttributeTarget(STORE);
    if (res === null) {
      this.mark = m;
      res = this.star_atom();
    }
    this.memoSet(m, M_TARGET_WITH_STAR_ATOM, res);
    return res;
  }

  /**
   * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context `ctx`
   * (the first two alternatives of target_with_star_atom, single_subscript_attribute_target and
   * del_target).
   */
  subscriptAttributeTarget(ctx: A.expr_context): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    const a = this.t_primary();
    if (a === null) return null;
    const m1 = this.mark;
    if (this.expect(T.DOT) !== null) {
      const b = this.expect(T.NAME);
      if (b !== null && !this.t_lookahead()) {
        return N.Attribute(a, this.identifier(b), ctx, s, this.lastToken());
      }
    }
    this.mark = m1;
    if (this.expect(T.LSQB) !== null) {
      const b = this.slices();
      if (b !== null && this.expect(T.RSQB) !== null && !this.t_lookahead()) {
        return N.Subscript(a, b, ctx, s, this.lastToken());
      }
    }
    this.mark = m;
    return null;
  }

  /** star_atom */
  star_atom(): A.expr | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NAME) {
      return setExprContext(this.name()!, STORE);
    }
    if (t.type === T.LPAR) {
      this.mark++;
      const a = this.target_with_star_atom();
      if (a !== null && this.expect(T.RPAR) !== null) return setExprContext(a, STORE);
      this.mark = m + 1;
      const b = this.star_targets_tuple_seq();
      if (this.expect(T.RPAR) !== null) return N.Tuple(b ?? [], STORE, t, this.lastToken());
      this.mark = m;
      return null;
    }
    if (t.type === T.LSQB) {
      this.mark++;
      const b = this.star_targets_list_seq();
      if (this.expect(T.RSQB) !== null) return N.List(b ?? [], STORE, t, this.lastToken());
      this.mark = m;
    }
    return null;
  }

  /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
  single_target(): A.expr | null {
    const m = this.mark;
    const a = this.subscriptAttributeTarget(STORE);
    if (a !== null) return a;
    this.mark = m;
    const t = this.peek();
    if (t.type === T.NAME) return setExprContext(this.name()!, STORE);
    if (t.type === T.LPAR) {
      this.mark++;
      const b = this.single_target();
      if (b !== null && this.expect(T.RPAR) !== null) return b;
      this.mark = m;
    }
    return null;
  }

  /** single_subscript_attribute_target */
  single_subscript_attribute_target(): A.expr | null {
    return this.subscriptAttributeTarget(STORE);
  }

  /** t_lookahead: '(' | '[' | '.' */
  t_lookahead(): boolean {
    const ty = this.peek().type;
    return ty === T.LPAR || ty === T.LSQB || ty === T.DOT;
  }

  /** t_primary (left-recursive, memoized like all of CPython's left-recursive rules) */
  t_primary(): A.expr | null {
    const memo = this.memoGet(M_T_PRIMARY);
    if (memo !== null) return memo.node as A.expr | null;
    const m0 = this.mark;
    const res = this.tPrimaryRaw();
    if (res === null) this.mark = m0;
    this.memoSet(m0, M_T_PRIMARY, res);
    return res;
  }

  private tPrimaryRaw(): A.expr | null {
    const s = this.peek();
    let a = this.atom();
    if (a === null || !this.t_lookahead()) return null;
    for (;;) {
      const m = this.mark;
      const t = this.peek();
      if (t.type === T.DOT) {
        this.mark++;
        const b = this.expect(T.NAME);
        if (b !== null && this.t_lookahead()) {
          a = N.Attribute(a, this.identifier(b), LOAD, s, this.lastToken());
          continue;
        }
        this.mark = m;
        break;
      }
      if (this.callInvalidRules) {
        this.genexp();
        this.mark = m;
      }
      if (t.type === T.LSQB) {
        this.mark++;
        const b = this.slices();
        if (b !== null && this.expect(T.RSQB) !== null && this.t_lookahead()) {
          a = N.Subscript(a, b, LOAD, s, this.lastToken());
          continue;
        }
        this.mark = m;
        break;
      }
      if (t.type === T.LPAR) {
        const g = this.genexp();
        if (g !== null && this.t_lookahead()) {
          a = N.Call(a, [g], [], s, this.lastToken());
          continue;
        }
        this.mark = m + 1;
        const b = this.arguments();
        if (this.expect(T.RPAR) !== null && this.t_lookahead()) {
          a = N.Call(a, b ? b.args : [], b ? b.keywords : [], s, this.lastToken());
          continue;
        }
        this.mark = m;
        break;
      }
      break;
    }
    return a;
  }

  /** del_targets: ','.del_target+ [','] */
  del_targets(): A.expr[] | null {
    const a = this.sepList(() => this.del_target());
    if (a === null) return null;
    this.expect(T.COMMA);
    return a;
  }

  /** del_target (memo) */
  del_target(): A.expr | null {
    const memo = this.memoGet(M_DEL_TARGET);
    if (memo !== null) return memo.node as A.expr | null;
    const m = this.mark;
    let res = this.subscriptAttributeTarget(DEL);
    if (res === null) {
      this.mark = m;
      res = this.del_t_atom();
    }
    this.memoSet(m, M_DEL_TARGET, res);
    return res;
  }

  /** del_t_atom */
  del_t_atom(): A.expr | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NAME) return setExprContext(this.name()!, DEL);
    if (t.type === T.LPAR) {
      this.mark++;
      const a = this.del_target();
      if (a !== null && this.expect(T.RPAR) !== null) return setExprContext(a, DEL);
      this.mark = m + 1;
      const b = this.del_targets();
      if (this.expect(T.RPAR) !== null) return N.Tuple(b ?? [], DEL, t, this.lastToken());
      this.mark = m;
      return null;
    }
    if (t.type === T.LSQB) {
      this.mark++;
      const b = this.del_targets();
      if (this.expect(T.RSQB) !== null) return N.List(b ?? [], DEL, t, this.lastToken());
      this.mark = m;
    }
    return null;
  }
}
