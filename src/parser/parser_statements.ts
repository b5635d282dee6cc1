// Statements of CPython 3.11's Grammar/python.gram ("STARTING RULES" through "Except statement",
// function parameters and type expressions) with their invalid_* rules.

import {
  addTypeCommentToArg,
  DEL_TARGETS,
  emptyArguments,
  getExprName,
  makeArguments,
  type NameDefaultPair,
  type SlashWithDefault,
  STAR_TARGETS,
  type StarEtc,
  setExprContext,
} from "./action_helpers.js";
import type * as A from "./ast.js";
import * as N from "./node_factory.js";
import { STORE } from "./parser_base.js";
import { M_BLOCK, M_SIMPLE_STMT } from "./parser_expressions.js";
import { PatternParser } from "./parser_patterns.js";
import type { Token } from "./tokens.js";
import * as T from "./tokens.js";

function typeCommentOf(t: Token | null): string | null {
  return t === null ? null : t.text;
}

export class StatementParser extends PatternParser {
  // ------------------------------------------------------------------ start rules

  /** file: [statements] ENDMARKER */
  file(): A.Module | null {
    const a = this.statements();
    if (this.expect(T.ENDMARKER) === null) return null;
    return {
      _type: "Module",
      body: a ?? [],
      type_ignores: this.typeIgnores.map(([lineno, tag]) => ({ _type: "TypeIgnore", lineno, tag })),
    };
  }

  /** interactive: statement_newline */
  interactive(): A.Interactive | null {
    const a = this.statement_newline();
    if (a === null) return null;
    return { _type: "Interactive", body: a };
  }

  /** eval: expressions NEWLINE* ENDMARKER */
  eval(): A.Expression | null {
    const a = this.expressions();
    if (a === null) return null;
    while (this.expect(T.NEWLINE) !== null) {}
    if (this.expect(T.ENDMARKER) === null) return null;
    return { _type: "Expression", body: a };
  }

  /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
  func_type(): A.FunctionType | null {
    if (this.expect(T.LPAR) === null) return null;
    const m = this.mark;
    let a = this.type_expressions();
    if (a === null) this.mark = m;
    if (this.expect(T.RPAR) === null || this.expect(T.RARROW) === null) return null;
    const b = this.expression();
    if (b === null) return null;
    while (this.expect(T.NEWLINE) !== null) {}
    if (this.expect(T.ENDMARKER) === null) return null;
    a = a ?? [];
    return { _type: "FunctionType", argtypes: a, returns: b };
  }

  /** fstring: star_expressions */
  fstring(): A.expr | null {
    return this.star_expressions();
  }

  /** type_expressions */
  type_expressions(): A.expr[] | null {
    const m = this.mark;
    const a = this.sepList(() => this.expression());
    const afterA = this.mark;
    if (a !== null && this.expect(T.COMMA) !== null) {
      const m2 = this.mark;
      // ','.expression+ ',' '*' expression [',' '**' expression]
      if (this.expect(T.STAR) !== null) {
        const b = this.expression();
        if (b !== null) {
          const m3 = this.mark;
          if (this.expect(T.COMMA) !== null && this.expect(T.DOUBLESTAR) !== null) {
            const c = this.expression();
            if (c !== null) return [...a, b, c];
          }
          this.mark = m3;
          return [...a, b];
        }
      }
      this.mark = m2;
      // ','.expression+ ',' '**' expression
      if (this.expect(T.DOUBLESTAR) !== null) {
        const b = this.expression();
        if (b !== null) return [...a, b];
      }
    }
    this.mark = m;
    // '*' expression [',' '**' expression]
    if (this.expect(T.STAR) !== null) {
      const a2 = this.expression();
      if (a2 !== null) {
        const m3 = this.mark;
        if (this.expect(T.COMMA) !== null && this.expect(T.DOUBLESTAR) !== null) {
          const b = this.expression();
          if (b !== null) return [a2, b];
        }
        this.mark = m3;
        return [a2];
      }
    }
    this.mark = m;
    // '**' expression
    if (this.expect(T.DOUBLESTAR) !== null) {
      const a3 = this.expression();
      if (a3 !== null) return [a3];
    }
    // ','.expression+
    this.mark = a === null ? m : afterA;
    return a;
  }

  // ------------------------------------------------------------------ statements

  /** statements: statement+ */
  statements(): A.stmt[] | null {
    let res: A.stmt[] | null = null;
    for (;;) {
      const m = this.mark;
      const a = this.statement();
      if (a === null) {
        this.mark = m;
        break;
      }
      if (res === null) res = a;
      else for (const s of a) res.push(s);
    }
    return res;
  }

  /** statement: compound_stmt | simple_stmts */
  statement(): A.stmt[] | null {
    const m = this.mark;
    const a = this.compound_stmt();
    if (a !== null) return [a];
    this.mark = m;
    return this.simple_stmts();
  }

  /** statement_newline */
  statement_newline(): A.stmt[] | null {
    const m = this.mark;
    const a = this.compound_stmt();
    if (a !== null && this.expect(T.NEWLINE) !== null) return [a];
    this.mark = m;
    const b = this.simple_stmts();
    if (b !== null) return b;
    this.mark = m;
    const t = this.expect(T.NEWLINE);
    if (t !== null) return [N.Pass(t, this.lastToken())];
    // ENDMARKER: _PyPegen_interactive_exit
    return null;
  }

  /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
  simple_stmts(): A.stmt[] | null {
    const m = this.mark;
    const a = this.simple_stmt();
    if (a === null) return null;
    const t = this.peek().type;
    if (t === T.NEWLINE) {
      this.mark++;
      return [a];
    }
    if (t !== T.SEMI) {
      this.mark = m;
      return null;
    }
    const res = [a];
    for (;;) {
      const m1 = this.mark;
      if (this.expect(T.SEMI) === null) break;
      const b = this.simple_stmt();
      if (b === null) {
        this.mark = m1;
        break;
      }
      res.push(b);
    }
    this.expect(T.SEMI);
    if (this.expect(T.NEWLINE) === null) {
      this.mark = m;
      return null;
    }
    return res;
  }

  /** simple_stmt (memo) */
  simple_stmt(): A.stmt | null {
    const memo = this.memoGet(M_SIMPLE_STMT);
    if (memo !== null) return memo.node as A.stmt | null;
    const m = this.mark;
    const res = this.simpleStmtRaw();
    if (res === null) this.mark = m;
    this.memoSet(m, M_SIMPLE_STMT, res);
    return res;
  }

  private simpleStmtRaw(): A.stmt | null {
    const m = this.mark;
    const s = this.peek();
    const a = this.assignment();
    if (a !== null) return a;
    this.mark = m;
    const e = this.star_expressions();
    if (e !== null) return N.Expr(e, s, this.lastToken());
    this.mark = m;
    switch (s.type) {
      case T.KW_RETURN:
        return this.return_stmt();
      case T.KW_IMPORT:
      case T.KW_FROM:
        return this.import_stmt();
      case T.KW_RAISE:
        return this.raise_stmt();
      case T.KW_PASS:
        this.mark++;
        return N.Pass(s, s);
      case T.KW_DEL:
        return this.del_stmt();
      case T.KW_YIELD:
        return this.yield_stmt();
      case T.KW_ASSERT:
        return this.assert_stmt();
      case T.KW_BREAK:
        this.mark++;
        return N.Break(s, s);
      case T.KW_CONTINUE:
        this.mark++;
        return N.Continue(s, s);
      case T.KW_GLOBAL:
        return this.global_stmt();
      case T.KW_NONLOCAL:
        return this.nonlocal_stmt();
    }
    return null;
  }

  /** compound_stmt */
  compound_stmt(): A.stmt | null {
    const m = this.mark;
    const t = this.peek().type;
    switch (t) {
      case T.KW_DEF:
        return this.function_def();
      case T.AT: {
        const f = this.function_def();
        if (f !== null) return f;
        this.mark = m;
        return this.class_def();
      }
      case T.ASYNC: {
        let r = this.function_def();
        if (r !== null) return r;
        this.mark = m;
        r = this.with_stmt();
        if (r !== null) return r;
        this.mark = m;
        return this.for_stmt();
      }
      case T.KW_IF:
        return this.if_stmt();
      case T.KW_CLASS:
        return this.class_def();
      case T.KW_WITH:
        return this.with_stmt();
      case T.KW_FOR:
        return this.for_stmt();
      case T.KW_TRY:
        return this.try_stmt();
      case T.KW_WHILE:
        return this.while_stmt();
    }
    return this.match_stmt();
  }

  // ------------------------------------------------------------------ simple statements

  /** assignment */
  assignment(): A.stmt | null {
    const m = this.mark;
    const s = this.peek();
    // NAME ':' expression ['=' annotated_rhs]
    if (s.type === T.NAME) {
      const a = this.name()!;
      if (this.expect(T.COLON) !== null) {
        const b = this.expression();
        if (b !== null) {
          const c = this.assignmentValue();
          return N.AnnAssign(setExprContext(a, STORE), b, c, 1, s, this.lastToken());
        }
      }
      this.mark = m;
    }
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    {
      let a: A.expr | null = null;
      if (s.type === T.LPAR) {
        this.mark++;
        a = this.single_target();
        if (a === null || this.expect(T.RPAR) === null) a = null;
      }
      if (a === null) {
        this.mark = m;
        a = this.single_subscript_attribute_target();
      }
      if (a !== null && this.expect(T.COLON) !== null) {
        const b = this.expression();
        if (b !== null) {
          const c = this.assignmentValue();
          return N.AnnAssign(a, b, c, 0, s, this.lastToken());
        }
      }
      this.mark = m;
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    {
      const targets: A.expr[] = [];
      for (;;) {
        const m1 = this.mark;
        const z = this.star_targets();
        if (z === null || this.expect(T.EQUAL) === null) {
          this.mark = m1;
          break;
        }
        targets.push(z);
      }
      if (targets.length > 0) {
        const m2 = this.mark;
        let b = this.yield_expr();
        if (b === null) {
          this.mark = m2;
          b = this.star_expressions();
        }
        if (b !== null && !this.at(T.EQUAL)) {
          const tc = this.expect(T.TYPE_COMMENT);
          return N.Assign(targets, b, typeCommentOf(tc), s, this.lastToken());
        }
      }
      this.mark = m;
    }
    // single_target augassign ~ (yield_expr | star_expressions)
    {
      const a = this.single_target();
      if (a !== null) {
        const op = this.augassign();
        if (op !== null) {
          const m2 = this.mark;
          let c = this.yield_expr();
          if (c === null) {
            this.mark = m2;
            c = this.star_expressions();
          }
          if (c === null) {
            // Cut: no other alternative is tried.
            this.mark = m;
            return null;
          }
          return N.AugAssign(a, op, c, s, this.lastToken());
        }
      }
      this.mark = m;
    }
    if (this.callInvalidRules) {
      this.invalid_assignment();
      this.mark = m;
    }
    return null;
  }

  /** ['=' annotated_rhs] */
  private assignmentValue(): A.expr | null {
    const m = this.mark;
    if (this.expect(T.EQUAL) !== null) {
      const d = this.annotated_rhs();
      if (d !== null) return d;
    }
    this.mark = m;
    return null;
  }

  /** annotated_rhs: yield_expr | star_expressions */
  annotated_rhs(): A.expr | null {
    const m = this.mark;
    const a = this.yield_expr();
    if (a !== null) return a;
    this.mark = m;
    return this.star_expressions();
  }

  /** augassign */
  augassign(): A.operator | null {
    const t = this.peek().type;
    let op: A.operator | null = null;
    switch (t) {
      case T.PLUSEQUAL:
        op = N.ADD_OP;
        break;
      case T.MINEQUAL:
        op = N.SUB_OP;
        break;
      case T.STAREQUAL:
        op = N.MULT_OP;
        break;
      case T.ATEQUAL:
        op = N.MATMULT_OP;
        break;
      case T.SLASHEQUAL:
        op = N.DIV_OP;
        break;
      case T.PERCENTEQUAL:
        op = N.MOD_OP;
        break;
      case T.AMPEREQUAL:
        op = N.BITAND_OP;
        break;
      case T.VBAREQUAL:
        op = N.BITOR_OP;
        break;
      case T.CIRCUMFLEXEQUAL:
        op = N.BITXOR_OP;
        break;
      case T.LEFTSHIFTEQUAL:
        op = N.LSHIFT_OP;
        break;
      case T.RIGHTSHIFTEQUAL:
        op = N.RSHIFT_OP;
        break;
      case T.DOUBLESTAREQUAL:
        op = N.POW_OP;
        break;
      case T.DOUBLESLASHEQUAL:
        op = N.FLOORDIV_OP;
        break;
    }
    if (op !== null) this.mark++;
    return op;
  }

  /** return_stmt: 'return' [star_expressions] */
  return_stmt(): A.stmt | null {
    const s = this.expect(T.KW_RETURN);
    if (s === null) return null;
    const a = this.star_expressions();
    return N.Return(a, s, this.lastToken());
  }

  /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
  raise_stmt(): A.stmt | null {
    const s = this.expect(T.KW_RAISE);
    if (s === null) return null;
    const m = this.mark;
    const a = this.expression();
    if (a !== null) {
      let b: A.expr | null = null;
      const m1 = this.mark;
      if (this.expect(T.KW_FROM) !== null) {
        b = this.expression();
        if (b === null) this.mark = m1;
      }
      return N.Raise(a, b, s, this.lastToken());
    }
    this.mark = m;
    return N.Raise(null, null, s, this.lastToken());
  }

  /** global_stmt: 'global' ','.NAME+ */
  global_stmt(): A.stmt | null {
    const m = this.mark;
    const s = this.expect(T.KW_GLOBAL);
    if (s === null) return null;
    const names = this.sepList(() => this.name());
    if (names === null) {
      this.mark = m;
      return null;
    }
    return N.Global(
      names.map((n) => n.id),
      s,
      this.lastToken(),
    );
  }

  /** nonlocal_stmt: 'nonlocal' ','.NAME+ */
  nonlocal_stmt(): A.stmt | null {
    const m = this.mark;
    const s = this.expect(T.KW_NONLOCAL);
    if (s === null) return null;
    const names = this.sepList(() => this.name());
    if (names === null) {
      this.mark = m;
      return null;
    }
    return N.Nonlocal(
      names.map((n) => n.id),
      s,
      this.lastToken(),
    );
  }

  /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
  del_stmt(): A.stmt | null {
    const m = this.mark;
    const s = this.expect(T.KW_DEL);
    if (s === null) return null;
    const a = this.del_targets();
    if (a !== null) {
      const t = this.peek().type;
      if (t === T.SEMI || t === T.NEWLINE) return N.Delete(a, s, this.lastToken());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_del_stmt();
      this.mark = m;
    }
    return null;
  }

  /** yield_stmt: yield_expr */
  yield_stmt(): A.stmt | null {
    const s = this.peek();
    const y = this.yield_expr();
    if (y === null) return null;
    return N.Expr(y, s, this.lastToken());
  }

  /** assert_stmt: 'assert' expression [',' expression] */
  assert_stmt(): A.stmt | null {
    const m = this.mark;
    const s = this.expect(T.KW_ASSERT);
    if (s === null) return null;
    const a = this.expression();
    if (a === null) {
      this.mark = m;
      return null;
    }
    let b: A.expr | null = null;
    const m1 = this.mark;
    if (this.expect(T.COMMA) !== null) {
      b = this.expression();
      if (b === null) this.mark = m1;
    }
    return N.Assert(a, b, s, this.lastToken());
  }

  /** import_stmt: import_name | import_from */
  import_stmt(): A.stmt | null {
    const m = this.mark;
    const a = this.import_name();
    if (a !== null) return a;
    this.mark = m;
    return this.import_from();
  }

  /** import_name: 'import' dotted_as_names */
  import_name(): A.stmt | null {
    const m = this.mark;
    const s = this.expect(T.KW_IMPORT);
    if (s === null) return null;
    const a = this.sepList(() => this.dotted_as_name());
    if (a === null) {
      this.mark = m;
      return null;
    }
    return N.Import(a, s, this.lastToken());
  }

  /** import_from */
  import_from(): A.stmt | null {
    const m = this.mark;
    const s = this.expect(T.KW_FROM);
    if (s === null) return null;
    let level = 0;
    for (;;) {
      const t = this.peek().type;
      if (t === T.DOT) level += 1;
      else if (t === T.ELLIPSIS) level += 3;
      else break;
      this.mark++;
    }
    const afterDots = this.mark;
    const b = this.dotted_name();
    if (b !== null && this.expect(T.KW_IMPORT) !== null) {
      const c = this.import_from_targets();
      if (c !== null) return N.ImportFrom(b, c, level, s, this.lastToken());
    }
    this.mark = afterDots;
    if (afterDots > m + 1 && this.expect(T.KW_IMPORT) !== null) {
      const c = this.import_from_targets();
      if (c !== null) return N.ImportFrom(null, c, level, s, this.lastToken());
    }
    this.mark = m;
    return null;
  }

  /** import_from_targets */
  import_from_targets(): A.alias[] | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.LPAR) {
      this.mark++;
      const a = this.sepList(() => this.import_from_as_name());
      if (a !== null) {
        this.expect(T.COMMA);
        if (this.expect(T.RPAR) !== null) return a;
      }
      this.mark = m;
    }
    const a = this.sepList(() => this.import_from_as_name());
    if (a !== null && !this.at(T.COMMA)) return a;
    this.mark = m;
    if (t.type === T.STAR) {
      this.mark++;
      return [N.alias("*", null, t, this.lastToken())];
    }
    if (this.callInvalidRules) {
      this.invalid_import_from_targets();
      this.mark = m;
    }
    return null;
  }

  /** import_from_as_name: NAME ['as' NAME] */
  import_from_as_name(): A.alias | null {
    const s = this.expect(T.NAME);
    if (s === null) return null;
    let asname: string | null = null;
    const m = this.mark;
    if (this.expect(T.KW_AS) !== null) {
      const z = this.expect(T.NAME);
      if (z !== null) asname = this.identifier(z);
      else this.mark = m;
    }
    return N.alias(this.identifier(s), asname, s, this.lastToken());
  }

  /** dotted_as_name: dotted_name ['as' NAME] */
  dotted_as_name(): A.alias | null {
    const s = this.peek();
    const a = this.dotted_name();
    if (a === null) return null;
    let asname: string | null = null;
    const m = this.mark;
    if (this.expect(T.KW_AS) !== null) {
      const z = this.expect(T.NAME);
      if (z !== null) asname = this.identifier(z);
      else this.mark = m;
    }
    return N.alias(a, asname, s, this.lastToken());
  }

  /** dotted_name: dotted_name '.' NAME | NAME (the joined identifier) */
  dotted_name(): string | null {
    const t = this.expect(T.NAME);
    if (t === null) return null;
    let name = this.identifier(t);
    for (;;) {
      const m = this.mark;
      if (this.expect(T.DOT) === null) break;
      const b = this.expect(T.NAME);
      if (b === null) {
        this.mark = m;
        break;
      }
      name = name + "." + this.identifier(b);
    }
    return name;
  }

  // ------------------------------------------------------------------ blocks and definitions

  /** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
  block(): A.stmt[] | null {
    const memo = this.memoGet(M_BLOCK);
    if (memo !== null) return memo.node as A.stmt[] | null;
    const m = this.mark;
    let res: A.stmt[] | null = null;
    if (this.expect(T.NEWLINE) !== null) {
      if (this.expect(T.INDENT) !== null) {
        const a = this.statements();
        if (a !== null && this.expect(T.DEDENT) !== null) res = a;
      }
    }
    if (res === null) {
      this.mark = m;
      res = this.simple_stmts();
    }
    if (res === null) {
      this.mark = m;
      if (this.callInvalidRules) {
        this.invalid_block();
        this.mark = m;
      }
    }
    this.memoSet(m, M_BLOCK, res);
    return res;
  }

  /** decorators: ('@' named_expression NEWLINE)+ */
  decorators(): A.expr[] | null {
    const res: A.expr[] = [];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.AT) === null) break;
      const f = this.named_expression();
      if (f === null || this.expect(T.NEWLINE) === null) {
        this.mark = m;
        break;
      }
      res.push(f);
    }
    return res.length > 0 ? res : null;
  }

  /** class_def: decorators class_def_raw | class_def_raw */
  class_def(): A.stmt | null {
    const m = this.mark;
    const d = this.decorators();
    if (d !== null) {
      const b = this.class_def_raw();
      if (b !== null) return { ...(b as A.ClassDef), decorator_list: d };
      this.mark = m;
      return null;
    }
    return this.class_def_raw();
  }

  /** class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
  class_def_raw(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_class_def_raw();
      this.mark = m;
    }
    const s = this.expect(T.KW_CLASS);
    if (s === null) return null;
    const a = this.expect(T.NAME);
    if (a !== null) {
      let bases: A.expr[] = [];
      let keywords: A.keyword[] = [];
      const m1 = this.mark;
      if (this.expect(T.LPAR) !== null) {
        const z = this.arguments();
        if (this.expect(T.RPAR) !== null) {
          if (z !== null) {
            bases = z.args;
            keywords = z.keywords;
          }
        } else this.mark = m1;
      }
      if (this.expect(T.COLON) !== null) {
        const c = this.block();
        if (c !== null) return N.ClassDef(this.identifier(a), bases, keywords, c, [], s, this.lastToken());
      }
    }
    this.mark = m;
    return null;
  }

  /** function_def: decorators function_def_raw | function_def_raw */
  function_def(): A.stmt | null {
    const m = this.mark;
    const d = this.decorators();
    if (d !== null) {
      const f = this.function_def_raw();
      if (f !== null) return { ...(f as A.FunctionDef), decorator_list: d };
      this.mark = m;
      return null;
    }
    return this.function_def_raw();
  }

  /** function_def_raw */
  function_def_raw(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_def_raw();
      this.mark = m;
    }
    const s = this.peek();
    const isAsync = s.type === T.ASYNC;
    if (isAsync) this.mark++;
    if (this.expect(T.KW_DEF) !== null) {
      const n = this.expect(T.NAME);
      if (n !== null) {
        this.expectForced(T.LPAR, "(");
        const m1 = this.mark;
        let params = this.params();
        if (params === null) this.mark = m1;
        if (this.expect(T.RPAR) !== null) {
          let returns: A.expr | null = null;
          const m2 = this.mark;
          if (this.expect(T.RARROW) !== null) {
            returns = this.expression();
            if (returns === null) this.mark = m2;
          }
          this.expectForced(T.COLON, ":");
          const m3 = this.mark;
          let tc = this.func_type_comment();
          if (tc === null) this.mark = m3;
          const b = this.block();
          if (b !== null) {
            params = params ?? emptyArguments();
            const name = this.identifier(n);
            const e = this.lastToken();
            const tcs = typeCommentOf(tc);
            tc = null;
            return isAsync
              ? N.AsyncFunctionDef(name, params, b, [], returns, tcs, s, e)
              : N.FunctionDef(name, params, b, [], returns, tcs, s, e);
          }
        }
      }
    }
    this.mark = m;
    return null;
  }

  /** func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT */
  func_type_comment(): Token | null {
    const m = this.mark;
    if (this.expect(T.NEWLINE) !== null) {
      const t = this.expect(T.TYPE_COMMENT);
      if (t !== null) {
        const m1 = this.mark;
        const ok = this.expect(T.NEWLINE) !== null && this.at(T.INDENT);
        this.mark = m1;
        if (ok) return t;
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_double_type_comments();
      this.mark = m;
    }
    return this.expect(T.TYPE_COMMENT);
  }

  // ------------------------------------------------------------------ parameters

  /** params: invalid_parameters | parameters */
  params(): A.arguments | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_parameters();
      this.mark = m;
    }
    return this.parameters();
  }

  /** parameters */
  parameters(): A.arguments | null {
    const m = this.mark;
    const a = this.slash_no_default();
    if (a !== null) {
      const b = this.repeat(() => this.param_no_default());
      const c = this.repeat(() => this.param_with_default());
      const d = this.star_etc();
      return makeArguments(a, null, b, c, d);
    }
    this.mark = m;
    const sw = this.slash_with_default();
    if (sw !== null) {
      const b = this.repeat(() => this.param_with_default());
      const c = this.star_etc();
      return makeArguments(null, sw, null, b, c);
    }
    this.mark = m;
    const pn = this.repeat(() => this.param_no_default());
    if (pn.length > 0) {
      const b = this.repeat(() => this.param_with_default());
      const c = this.star_etc();
      return makeArguments(null, null, pn, b, c);
    }
    this.mark = m;
    const pw = this.repeat(() => this.param_with_default());
    if (pw.length > 0) {
      const c = this.star_etc();
      return makeArguments(null, null, null, pw, c);
    }
    this.mark = m;
    const se = this.star_etc();
    if (se !== null) return makeArguments(null, null, null, null, se);
    this.mark = m;
    return null;
  }

  /** slash_no_default: param_no_default+ '/' (',' | &')') */
  slash_no_default(): A.arg[] | null {
    const m = this.mark;
    const a = this.repeat(() => this.param_no_default());
    if (a.length > 0 && this.expect(T.SLASH) !== null) {
      if (this.expect(T.COMMA) !== null || this.at(T.RPAR)) return a;
    }
    this.mark = m;
    return null;
  }

  /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
  slash_with_default(): SlashWithDefault | null {
    const m = this.mark;
    const a = this.repeat(() => this.param_no_default());
    const b = this.repeat(() => this.param_with_default());
    if (b.length > 0 && this.expect(T.SLASH) !== null) {
      if (this.expect(T.COMMA) !== null || this.at(T.RPAR)) return { plainNames: a, namesWithDefaults: b };
    }
    this.mark = m;
    return null;
  }

  /** star_etc */
  star_etc(): StarEtc | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_star_etc();
      this.mark = m;
    }
    if (this.expect(T.STAR) !== null) {
      // '*' param_no_default param_maybe_default* [kwds]
      const a = this.param_no_default();
      if (a !== null) {
        const b = this.repeat(() => this.param_maybe_default());
        const c = this.kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
      // '*' param_no_default_star_annotation param_maybe_default* [kwds]
      this.mark = m + 1;
      const a2 = this.param_no_default_star_annotation();
      if (a2 !== null) {
        const b = this.repeat(() => this.param_maybe_default());
        const c = this.kwds();
        return { vararg: a2, kwonlyargs: b, kwarg: c };
      }
      // '*' ',' param_maybe_default+ [kwds]
      this.mark = m + 1;
      if (this.expect(T.COMMA) !== null) {
        const b = this.repeat(() => this.param_maybe_default());
        if (b.length > 0) {
          const c = this.kwds();
          return { vararg: null, kwonlyargs: b, kwarg: c };
        }
      }
    }
    this.mark = m;
    const k = this.kwds();
    if (k !== null) return { vararg: null, kwonlyargs: null, kwarg: k };
    this.mark = m;
    return null;
  }

  /** kwds: invalid_kwds | '**' param_no_default */
  kwds(): A.arg | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_kwds();
      this.mark = m;
    }
    if (this.expect(T.DOUBLESTAR) !== null) {
      const a = this.param_no_default();
      if (a !== null) return a;
    }
    this.mark = m;
    return null;
  }

  /** The end of a parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &')'. Returns false if absent. */
  private paramEnd(): { ok: boolean; tc: Token | null } {
    const m = this.mark;
    if (this.expect(T.COMMA) !== null) {
      return { ok: true, tc: this.expect(T.TYPE_COMMENT) };
    }
    const tc = this.expect(T.TYPE_COMMENT);
    if (this.at(T.RPAR)) return { ok: true, tc };
    this.mark = m;
    return { ok: false, tc: null };
  }

  /** param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')' */
  param_no_default(): A.arg | null {
    const m = this.mark;
    const a = this.param();
    if (a !== null) {
      const end = this.paramEnd();
      if (end.ok) return addTypeCommentToArg(a, typeCommentOf(end.tc));
    }
    this.mark = m;
    return null;
  }

  /** param_no_default_star_annotation */
  param_no_default_star_annotation(): A.arg | null {
    const m = this.mark;
    const a = this.param_star_annotation();
    if (a !== null) {
      const end = this.paramEnd();
      if (end.ok) return addTypeCommentToArg(a, typeCommentOf(end.tc));
    }
    this.mark = m;
    return null;
  }

  /** param_with_default: param default (',' TYPE_COMMENT? | TYPE_COMMENT? &')') */
  param_with_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.param();
    if (a !== null) {
      const c = this.default_();
      if (c !== null) {
        const end = this.paramEnd();
        if (end.ok) return { arg: addTypeCommentToArg(a, typeCommentOf(end.tc)), value: c };
      }
    }
    this.mark = m;
    return null;
  }

  /** param_maybe_default: param default? (',' TYPE_COMMENT? | TYPE_COMMENT? &')') */
  param_maybe_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.param();
    if (a !== null) {
      const m1 = this.mark;
      const c = this.default_();
      if (c === null) this.mark = m1;
      const end = this.paramEnd();
      if (end.ok) return { arg: addTypeCommentToArg(a, typeCommentOf(end.tc)), value: c };
    }
    this.mark = m;
    return null;
  }

  /** param: NAME annotation? */
  param(): A.arg | null {
    const s = this.expect(T.NAME);
    if (s === null) return null;
    const m = this.mark;
    let b: A.expr | null = null;
    if (this.expect(T.COLON) !== null) {
      b = this.expression();
      if (b === null) this.mark = m;
    }
    return N.arg(this.identifier(s), b, null, s, this.lastToken());
  }

  /** param_star_annotation: NAME star_annotation */
  param_star_annotation(): A.arg | null {
    const m = this.mark;
    const s = this.expect(T.NAME);
    if (s === null) return null;
    if (this.expect(T.COLON) !== null) {
      const b = this.star_expression();
      if (b !== null) return N.arg(this.identifier(s), b, null, s, this.lastToken());
    }
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------------------ compound statements

  /** if_stmt */
  if_stmt(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_if_stmt();
      this.mark = m;
    }
    return this.ifOrElif(T.KW_IF);
  }

  /** elif_stmt */
  elif_stmt(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_elif_stmt();
      this.mark = m;
    }
    return this.ifOrElif(T.KW_ELIF);
  }

  /** ('if' | 'elif') named_expression ':' block (elif_stmt | [else_block]) */
  private ifOrElif(kw: number): A.stmt | null {
    const m = this.mark;
    const s = this.expect(kw);
    if (s === null) return null;
    const a = this.named_expression();
    if (a !== null && this.expect(T.COLON) !== null) {
      const b = this.block();
      if (b !== null) {
        const m1 = this.mark;
        const c = this.elif_stmt();
        if (c !== null) return N.If(a, b, [c], s, this.lastToken());
        this.mark = m1;
        const e = this.else_block();
        if (e === null) this.mark = m1;
        return N.If(a, b, e ?? [], s, this.lastToken());
      }
    }
    this.mark = m;
    return null;
  }

  /** else_block: invalid_else_stmt | 'else' &&':' block */
  else_block(): A.stmt[] | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_else_stmt();
      this.mark = m;
    }
    if (this.expect(T.KW_ELSE) === null) return null;
    this.expectForced(T.COLON, ":");
    const b = this.block();
    if (b === null) this.mark = m;
    return b;
  }

  /** while_stmt */
  while_stmt(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_while_stmt();
      this.mark = m;
    }
    const s = this.expect(T.KW_WHILE);
    if (s === null) return null;
    const a = this.named_expression();
    if (a !== null && this.expect(T.COLON) !== null) {
      const b = this.block();
      if (b !== null) {
        const m1 = this.mark;
        const c = this.else_block();
        if (c === null) this.mark = m1;
        return N.While(a, b, c ?? [], s, this.lastToken());
      }
    }
    this.mark = m;
    return null;
  }

  /** for_stmt */
  for_stmt(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_for_stmt();
      this.mark = m;
    }
    const s = this.peek();
    const isAsync = s.type === T.ASYNC;
    if (isAsync) this.mark++;
    if (this.expect(T.KW_FOR) !== null) {
      const t = this.star_targets();
      if (t !== null && this.expect(T.KW_IN) !== null) {
        // Cut: past 'in', failure fails the statement.
        const ex = this.star_expressions();
        if (ex !== null && this.expect(T.COLON) !== null) {
          const tc = this.expect(T.TYPE_COMMENT);
          const b = this.block();
          if (b !== null) {
            const m1 = this.mark;
            const el = this.else_block();
            if (el === null) this.mark = m1;
            const e = this.lastToken();
            return isAsync
              ? N.AsyncFor(t, ex, b, el ?? [], typeCommentOf(tc), s, e)
              : N.For(t, ex, b, el ?? [], typeCommentOf(tc), s, e);
          }
        }
        this.mark = m;
        return null;
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_for_target();
      this.mark = m;
    }
    return null;
  }

  /** with_stmt */
  with_stmt(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_with_stmt_indent();
      this.mark = m;
    }
    const s = this.peek();
    const isAsync = s.type === T.ASYNC;
    if (isAsync) this.mark++;
    const kw = this.mark;
    if (this.expect(T.KW_WITH) !== null) {
      // 'with' '(' ','.with_item+ ','? ')' ':' block
      if (this.expect(T.LPAR) !== null) {
        const a = this.sepList(() => this.with_item());
        if (a !== null) {
          this.expect(T.COMMA);
          if (this.expect(T.RPAR) !== null && this.expect(T.COLON) !== null) {
            const b = this.block();
            if (b !== null) {
              const e = this.lastToken();
              return isAsync ? N.AsyncWith(a, b, null, s, e) : N.With(a, b, null, s, e);
            }
          }
        }
      }
      // 'with' ','.with_item+ ':' [TYPE_COMMENT] block
      this.mark = kw + 1;
      const a = this.sepList(() => this.with_item());
      if (a !== null && this.expect(T.COLON) !== null) {
        const tc = this.expect(T.TYPE_COMMENT);
        const b = this.block();
        if (b !== null) {
          const e = this.lastToken();
          return isAsync ? N.AsyncWith(a, b, typeCommentOf(tc), s, e) : N.With(a, b, typeCommentOf(tc), s, e);
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_with_stmt();
      this.mark = m;
    }
    return null;
  }

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
  with_item(): A.withitem | null {
    const m = this.mark;
    const e = this.expression();
    if (e === null) return null;
    const m1 = this.mark;
    if (this.expect(T.KW_AS) !== null) {
      const t = this.star_target();
      if (t !== null) {
        const nt = this.peek().type;
        if (nt === T.COMMA || nt === T.RPAR || nt === T.COLON) {
          return { _type: "withitem", context_expr: e, optional_vars: t };
        }
      }
    }
    if (this.callInvalidRules) {
      this.mark = m;
      this.invalid_with_item();
    }
    this.mark = m1;
    return { _type: "withitem", context_expr: e, optional_vars: null };
  }

  /** try_stmt */
  try_stmt(): A.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_try_stmt();
      this.mark = m;
    }
    const s = this.expect(T.KW_TRY);
    if (s === null) return null;
    this.expectForced(T.COLON, ":");
    const b = this.block();
    if (b === null) {
      this.mark = m;
      return null;
    }
    const afterBlock = this.mark;
    // finally_block
    const f = this.finally_block();
    if (f !== null) return N.Try(b, [], [], f, s, this.lastToken());
    this.mark = afterBlock;
    // except_block+ [else_block] [finally_block]
    const ex = this.repeat(() => this.except_block());
    if (ex.length > 0) {
      const m1 = this.mark;
      const el = this.else_block();
      if (el === null) this.mark = m1;
      const m2 = this.mark;
      const fb = this.finally_block();
      if (fb === null) this.mark = m2;
      return N.Try(b, ex, el ?? [], fb ?? [], s, this.lastToken());
    }
    this.mark = afterBlock;
    const exs = this.repeat(() => this.except_star_block());
    if (exs.length > 0) {
      const m1 = this.mark;
      const el = this.else_block();
      if (el === null) this.mark = m1;
      const m2 = this.mark;
      const fb = this.finally_block();
      if (fb === null) this.mark = m2;
      return N.TryStar(b, exs, el ?? [], fb ?? [], s, this.lastToken());
    }
    this.mark = m;
    return null;
  }

  /** except_block */
  except_block(): A.excepthandler | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_except_stmt_indent();
      this.mark = m;
    }
    const s = this.expect(T.KW_EXCEPT);
    if (s !== null) {
      // 'except' expression ['as' NAME] ':' block
      const e = this.expression();
      if (e !== null) {
        const name = this.asName();
        if (this.expect(T.COLON) !== null) {
          const b = this.block();
          if (b !== null) return N.ExceptHandler(e, name, b, s, this.lastToken());
        }
      }
      // 'except' ':' block
      this.mark = m + 1;
      if (this.expect(T.COLON) !== null) {
        const b = this.block();
        if (b !== null) return N.ExceptHandler(null, null, b, s, this.lastToken());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_except_stmt();
      this.mark = m;
    }
    return null;
  }

  /** ['as' NAME] */
  private asName(): string | null {
    const m = this.mark;
    if (this.expect(T.KW_AS) !== null) {
      const z = this.expect(T.NAME);
      if (z !== null) return this.identifier(z);
    }
    this.mark = m;
    return null;
  }

  /** except_star_block */
  except_star_block(): A.excepthandler | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_except_star_stmt_indent();
      this.mark = m;
    }
    const s = this.expect(T.KW_EXCEPT);
    if (s !== null && this.expect(T.STAR) !== null) {
      const e = this.expression();
      if (e !== null) {
        const name = this.asName();
        if (this.expect(T.COLON) !== null) {
          const b = this.block();
          if (b !== null) return N.ExceptHandler(e, name, b, s, this.lastToken());
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_except_stmt();
      this.mark = m;
    }
    return null;
  }

  /** finally_block: invalid_finally_stmt | 'finally' &&':' block */
  finally_block(): A.stmt[] | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_finally_stmt();
      this.mark = m;
    }
    if (this.expect(T.KW_FINALLY) === null) return null;
    this.expectForced(T.COLON, ":");
    const a = this.block();
    if (a === null) this.mark = m;
    return a;
  }

  // ------------------------------------------------------------------ invalid rules

  /** invalid_assignment */
  invalid_assignment(): void {
    const m = this.mark;
    // a=invalid_ann_assign_target ':' expression
    const a = this.invalid_ann_assign_target();
    if (a !== null && this.expect(T.COLON) !== null && this.expression() !== null) {
      this.raiseSyntaxErrorKnownLocation(a, `only single target (not ${getExprName(a)}) can be annotated`);
    }
    this.mark = m;
    // a=star_named_expression ',' star_named_expressions* ':' expression
    const b = this.star_named_expression();
    if (b !== null && this.expect(T.COMMA) !== null) {
      this.repeat(() => this.star_named_expressions());
      if (this.expect(T.COLON) !== null && this.expression() !== null) {
        this.raiseSyntaxErrorKnownLocation(b, "only single target (not tuple) can be annotated");
      }
    }
    this.mark = m;
    // a=expression ':' expression
    const c = this.expression();
    if (c !== null && this.expect(T.COLON) !== null && this.expression() !== null) {
      this.raiseSyntaxErrorKnownLocation(c, "illegal target for annotation");
    }
    this.mark = m;
    // (star_targets '=')* a=star_expressions '='
    this.starTargetsEquals();
    const d = this.star_expressions();
    if (d !== null && this.expect(T.EQUAL) !== null) {
      this.raiseInvalidTarget(STAR_TARGETS, d);
      return;
    }
    this.mark = m;
    // (star_targets '=')* a=yield_expr '='
    this.starTargetsEquals();
    const y = this.yield_expr();
    if (y !== null && this.expect(T.EQUAL) !== null) {
      this.raiseSyntaxErrorKnownLocation(y, "assignment to yield expression not possible");
    }
    this.mark = m;
    // a=star_expressions augassign (yield_expr | star_expressions)
    const e = this.star_expressions();
    if (e !== null && this.augassign() !== null) {
      const m1 = this.mark;
      let ok = this.yield_expr() !== null;
      if (!ok) {
        this.mark = m1;
        ok = this.star_expressions() !== null;
      }
      if (ok) {
        this.raiseSyntaxErrorKnownLocation(
          e,
          `'${getExprName(e)}' is an illegal expression for augmented assignment`,
        );
      }
    }
    this.mark = m;
  }

  /** (star_targets '=')* */
  private starTargetsEquals(): void {
    for (;;) {
      const m = this.mark;
      if (this.star_targets() === null || this.expect(T.EQUAL) === null) {
        this.mark = m;
        return;
      }
    }
  }

  /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
  private invalid_ann_assign_target(): A.expr | null {
    const m = this.mark;
    const l = this.list();
    if (l !== null) return l;
    this.mark = m;
    const t = this.tuple();
    if (t !== null) return t;
    this.mark = m;
    if (this.expect(T.LPAR) !== null) {
      const a = this.invalid_ann_assign_target();
      if (a !== null && this.expect(T.RPAR) !== null) return a;
    }
    this.mark = m;
    return null;
  }

  /** invalid_del_stmt: 'del' star_expressions */
  invalid_del_stmt(): void {
    const m = this.mark;
    if (this.expect(T.KW_DEL) !== null) {
      const a = this.star_expressions();
      if (a !== null) this.raiseInvalidTarget(DEL_TARGETS, a);
    }
    this.mark = m;
  }

  /** invalid_block: NEWLINE !INDENT */
  invalid_block(): void {
    const m = this.mark;
    if (this.expect(T.NEWLINE) !== null && !this.at(T.INDENT))
      this.raiseIndentationError("expected an indented block");
    this.mark = m;
  }

  /** invalid_import_from_targets: import_from_as_names ',' NEWLINE */
  invalid_import_from_targets(): void {
    const m = this.mark;
    if (this.sepList(() => this.import_from_as_name()) !== null && this.expect(T.COMMA) !== null) {
      if (this.expect(T.NEWLINE) !== null) {
        this.raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
      }
    }
    this.mark = m;
  }

  /** ','.(expression ['as' star_target])+ */
  private withItemsLoose(expressionsRule: boolean): boolean {
    const item = (): boolean | null => {
      const e = expressionsRule ? this.expressions() : this.expression();
      if (e === null) return null;
      const m = this.mark;
      if (this.expect(T.KW_AS) === null || this.star_target() === null) this.mark = m;
      return true;
    };
    return this.sepList(item) !== null;
  }

  /** invalid_with_stmt */
  invalid_with_stmt(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    const kw = this.mark;
    if (this.expect(T.KW_WITH) !== null) {
      if (this.withItemsLoose(false) && this.expect(T.NEWLINE) !== null)
        this.raiseSyntaxError("expected ':'");
      this.mark = kw + 1;
      if (this.expect(T.LPAR) !== null && this.withItemsLoose(true)) {
        this.expect(T.COMMA);
        if (this.expect(T.RPAR) !== null && this.expect(T.NEWLINE) !== null)
          this.raiseSyntaxError("expected ':'");
      }
    }
    this.mark = m;
  }

  /** invalid_with_stmt_indent */
  invalid_with_stmt_indent(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    const kw = this.mark;
    const a = this.expect(T.KW_WITH);
    if (a !== null) {
      if (
        this.withItemsLoose(false) &&
        this.expect(T.COLON) !== null &&
        this.expect(T.NEWLINE) !== null &&
        !this.at(T.INDENT)
      ) {
        this.raiseIndentationError(`expected an indented block after 'with' statement on line ${a.lineno}`);
      }
      this.mark = kw + 1;
      if (this.expect(T.LPAR) !== null && this.withItemsLoose(true)) {
        this.expect(T.COMMA);
        if (
          this.expect(T.RPAR) !== null &&
          this.expect(T.COLON) !== null &&
          this.expect(T.NEWLINE) !== null &&
          !this.at(T.INDENT)
        ) {
          this.raiseIndentationError(`expected an indented block after 'with' statement on line ${a.lineno}`);
        }
      }
    }
    this.mark = m;
  }

  /** invalid_try_stmt */
  invalid_try_stmt(): void {
    const m = this.mark;
    const a = this.expect(T.KW_TRY);
    if (a === null) return;
    // 'try' ':' NEWLINE !INDENT
    if (this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
      this.raiseIndentationError(`expected an indented block after 'try' statement on line ${a.lineno}`);
    }
    this.mark = m + 1;
    // 'try' ':' block !('except' | 'finally')
    if (this.expect(T.COLON) !== null && this.block() !== null) {
      const t = this.peek().type;
      if (t !== T.KW_EXCEPT && t !== T.KW_FINALLY)
        this.raiseSyntaxError("expected 'except' or 'finally' block");
    }
    this.mark = m + 1;
    // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
    if (this.expect(T.COLON) !== null) {
      this.repeat(() => this.block());
      if (this.repeat(() => this.except_block()).length > 0) {
        const ex = this.expect(T.KW_EXCEPT);
        if (ex !== null) {
          const st = this.expect(T.STAR);
          if (st !== null && this.expression() !== null) {
            this.asName();
            if (this.expect(T.COLON) !== null) {
              this.raiseSyntaxErrorKnownRange(
                ex,
                st,
                "cannot have both 'except' and 'except*' on the same 'try'",
              );
            }
          }
        }
      }
    }
    this.mark = m + 1;
    // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
    if (this.expect(T.COLON) !== null) {
      this.repeat(() => this.block());
      if (this.repeat(() => this.except_star_block()).length > 0) {
        const ex = this.expect(T.KW_EXCEPT);
        if (ex !== null) {
          const m1 = this.mark;
          if (this.expression() !== null) this.asName();
          else this.mark = m1;
          if (this.expect(T.COLON) !== null) {
            this.raiseSyntaxErrorKnownLocation(
              ex,
              "cannot have both 'except' and 'except*' on the same 'try'",
            );
          }
        }
      }
    }
    this.mark = m;
  }

  /** invalid_except_stmt */
  invalid_except_stmt(): void {
    const m = this.mark;
    const ex = this.expect(T.KW_EXCEPT);
    if (ex === null) return;
    // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
    this.expect(T.STAR);
    const a = this.expression();
    if (a !== null && this.expect(T.COMMA) !== null && this.expressions() !== null) {
      this.asName();
      if (this.expect(T.COLON) !== null) {
        this.raiseSyntaxErrorStartingFrom(a, "multiple exception types must be parenthesized");
      }
    }
    this.mark = m + 1;
    // a='except' '*'? expression ['as' NAME ] NEWLINE
    this.expect(T.STAR);
    if (this.expression() !== null) {
      this.asName();
      if (this.expect(T.NEWLINE) !== null) this.raiseSyntaxError("expected ':'");
    }
    this.mark = m + 1;
    // a='except' NEWLINE
    if (this.expect(T.NEWLINE) !== null) this.raiseSyntaxError("expected ':'");
    // a='except' '*' (NEWLINE | ':')
    if (this.expect(T.STAR) !== null) {
      const t = this.peek().type;
      if (t === T.NEWLINE || t === T.COLON) {
        this.mark++;
        this.raiseSyntaxError("expected one or more exception types");
      }
    }
    this.mark = m;
  }

  /** invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
  invalid_finally_stmt(): void {
    const m = this.mark;
    const a = this.expect(T.KW_FINALLY);
    if (
      a !== null &&
      this.expect(T.COLON) !== null &&
      this.expect(T.NEWLINE) !== null &&
      !this.at(T.INDENT)
    ) {
      this.raiseIndentationError(`expected an indented block after 'finally' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** invalid_except_stmt_indent */
  invalid_except_stmt_indent(): void {
    const m = this.mark;
    const a = this.expect(T.KW_EXCEPT);
    if (a === null) return;
    if (this.expression() !== null) {
      this.asName();
      if (this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
        this.raiseIndentationError(`expected an indented block after 'except' statement on line ${a.lineno}`);
      }
    }
    this.mark = m + 1;
    if (this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
      this.raiseIndentationError(`expected an indented block after 'except' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** invalid_except_star_stmt_indent */
  invalid_except_star_stmt_indent(): void {
    const m = this.mark;
    const a = this.expect(T.KW_EXCEPT);
    if (a !== null && this.expect(T.STAR) !== null && this.expression() !== null) {
      this.asName();
      if (this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
        this.raiseIndentationError(
          `expected an indented block after 'except*' statement on line ${a.lineno}`,
        );
      }
    }
    this.mark = m;
  }

  /** invalid_if_stmt */
  invalid_if_stmt(): void {
    this.invalidConditional(T.KW_IF, "if");
  }

  /** invalid_elif_stmt */
  invalid_elif_stmt(): void {
    this.invalidConditional(T.KW_ELIF, "elif");
  }

  /** invalid_while_stmt */
  invalid_while_stmt(): void {
    this.invalidConditional(T.KW_WHILE, "while");
  }

  /**
   * kw named_expression NEWLINE -> "expected ':'";
   * kw named_expression ':' NEWLINE !INDENT -> IndentationError.
   */
  private invalidConditional(kw: number, word: string): void {
    const m = this.mark;
    const a = this.expect(kw);
    if (a === null) return;
    if (this.named_expression() !== null && this.expect(T.NEWLINE) !== null)
      this.raiseSyntaxError("expected ':'");
    this.mark = m + 1;
    const e = this.named_expression();
    if (
      e !== null &&
      this.expect(T.COLON) !== null &&
      this.expect(T.NEWLINE) !== null &&
      !this.at(T.INDENT)
    ) {
      this.raiseIndentationError(`expected an indented block after '${word}' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** invalid_else_stmt: 'else' ':' NEWLINE !INDENT */
  invalid_else_stmt(): void {
    const m = this.mark;
    const a = this.expect(T.KW_ELSE);
    if (
      a !== null &&
      this.expect(T.COLON) !== null &&
      this.expect(T.NEWLINE) !== null &&
      !this.at(T.INDENT)
    ) {
      this.raiseIndentationError(`expected an indented block after 'else' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** invalid_for_stmt */
  invalid_for_stmt(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    const kw = this.mark;
    const a = this.expect(T.KW_FOR);
    if (a === null) {
      this.mark = m;
      return;
    }
    if (this.star_targets() !== null && this.expect(T.KW_IN) !== null && this.star_expressions() !== null) {
      if (this.expect(T.NEWLINE) !== null) this.raiseSyntaxError("expected ':'");
    }
    this.mark = kw + 1;
    if (
      this.star_targets() !== null &&
      this.expect(T.KW_IN) !== null &&
      this.star_expressions() !== null &&
      this.expect(T.COLON) !== null &&
      this.expect(T.NEWLINE) !== null &&
      !this.at(T.INDENT)
    ) {
      this.raiseIndentationError(`expected an indented block after 'for' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
  invalid_def_raw(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    const a = this.expect(T.KW_DEF);
    if (a !== null && this.expect(T.NAME) !== null && this.expect(T.LPAR) !== null) {
      const m1 = this.mark;
      if (this.params() === null) this.mark = m1;
      if (this.expect(T.RPAR) !== null) {
        const m2 = this.mark;
        if (this.expect(T.RARROW) === null || this.expression() === null) this.mark = m2;
        if (this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
          this.raiseIndentationError(
            `expected an indented block after function definition on line ${a.lineno}`,
          );
        }
      }
    }
    this.mark = m;
  }

  /** invalid_class_def_raw */
  invalid_class_def_raw(): void {
    const m = this.mark;
    const a = this.expect(T.KW_CLASS);
    if (a === null) return;
    const header = (): boolean => {
      if (this.expect(T.NAME) === null) return false;
      const m1 = this.mark;
      if (this.expect(T.LPAR) !== null) {
        const m2 = this.mark;
        if (this.arguments() === null) this.mark = m2;
        if (this.expect(T.RPAR) === null) this.mark = m1;
      }
      return true;
    };
    if (header() && this.expect(T.NEWLINE) !== null) this.raiseSyntaxError("expected ':'");
    this.mark = m + 1;
    if (header() && this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
      this.raiseIndentationError(`expected an indented block after class definition on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT */
  invalid_double_type_comments(): void {
    const m = this.mark;
    if (
      this.expect(T.TYPE_COMMENT) !== null &&
      this.expect(T.NEWLINE) !== null &&
      this.expect(T.TYPE_COMMENT) !== null &&
      this.expect(T.NEWLINE) !== null &&
      this.expect(T.INDENT) !== null
    ) {
      this.raiseSyntaxError("Cannot have two type comments on def");
    }
    this.mark = m;
  }

  /** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
  invalid_with_item(): void {
    const m = this.mark;
    if (this.expression() !== null && this.expect(T.KW_AS) !== null) {
      const a = this.expression();
      if (a !== null) {
        const t = this.peek().type;
        if (t === T.COMMA || t === T.RPAR || t === T.COLON) this.raiseInvalidTarget(STAR_TARGETS, a);
      }
    }
    this.mark = m;
  }

  /** invalid_parameters */
  invalid_parameters(): void {
    const m = this.mark;
    // param_no_default* invalid_parameters_helper a=param_no_default
    this.repeat(() => this.param_no_default());
    if (this.invalid_parameters_helper()) {
      const a = this.param_no_default();
      if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "non-default argument follows default argument");
    }
    this.mark = m;
    // param_no_default* a='(' param_no_default+ ','? b=')'
    this.repeat(() => this.param_no_default());
    const lp = this.expect(T.LPAR);
    if (lp !== null && this.repeat(() => this.param_no_default()).length > 0) {
      this.expect(T.COMMA);
      const rp = this.expect(T.RPAR);
      if (rp !== null) this.raiseSyntaxErrorKnownRange(lp, rp, "Function parameters cannot be parenthesized");
    }
    this.mark = m;
    // a="/" ','
    const sl = this.expect(T.SLASH);
    if (sl !== null && this.expect(T.COMMA) !== null) {
      this.raiseSyntaxErrorKnownLocation(sl, "at least one argument must precede /");
    }
    this.mark = m;
    // (slash_no_default | slash_with_default) param_maybe_default* a='/'
    if (this.slashAny()) {
      this.repeat(() => this.param_maybe_default());
      const s2 = this.expect(T.SLASH);
      if (s2 !== null) this.raiseSyntaxErrorKnownLocation(s2, "/ may appear only once");
    }
    this.mark = m;
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //     param_maybe_default* a='/'
    if (!this.slashAny()) this.mark = m;
    this.repeat(() => this.param_maybe_default());
    if (this.expect(T.STAR) !== null) {
      const m1 = this.mark;
      let ok = this.expect(T.COMMA) !== null;
      if (!ok) {
        this.mark = m1;
        ok = this.param_no_default() !== null;
      }
      if (ok) {
        this.repeat(() => this.param_maybe_default());
        const s3 = this.expect(T.SLASH);
        if (s3 !== null) this.raiseSyntaxErrorKnownLocation(s3, "/ must be ahead of *");
      }
    }
    this.mark = m;
    // param_maybe_default+ '/' a='*'
    if (this.repeat(() => this.param_maybe_default()).length > 0 && this.expect(T.SLASH) !== null) {
      const st = this.expect(T.STAR);
      if (st !== null) this.raiseSyntaxErrorKnownLocation(st, "expected comma between / and *");
    }
    this.mark = m;
  }

  private slashAny(): boolean {
    const m = this.mark;
    if (this.slash_no_default() !== null) return true;
    this.mark = m;
    if (this.slash_with_default() !== null) return true;
    this.mark = m;
    return false;
  }

  /** invalid_parameters_helper: slash_with_default | param_with_default+ */
  private invalid_parameters_helper(): boolean {
    const m = this.mark;
    if (this.slash_with_default() !== null) return true;
    this.mark = m;
    return this.repeat(() => this.param_with_default()).length > 0;
  }

  /** invalid_star_etc */
  invalid_star_etc(): void {
    const m = this.mark;
    const a = this.expect(T.STAR);
    if (a === null) return;
    // a='*' (')' | ',' (')' | '**'))
    {
      const t = this.peek().type;
      if (t === T.RPAR) this.raiseSyntaxErrorKnownLocation(a, "named arguments must follow bare *");
      if (t === T.COMMA) {
        this.mark++;
        const t2 = this.peek().type;
        if (t2 === T.RPAR || t2 === T.DOUBLESTAR)
          this.raiseSyntaxErrorKnownLocation(a, "named arguments must follow bare *");
      }
    }
    this.mark = m + 1;
    // '*' ',' TYPE_COMMENT
    if (this.expect(T.COMMA) !== null && this.expect(T.TYPE_COMMENT) !== null) {
      this.raiseSyntaxError("bare * has associated type comment");
    }
    this.mark = m + 1;
    // '*' param a='='
    if (this.param() !== null) {
      const eq = this.expect(T.EQUAL);
      if (eq !== null)
        this.raiseSyntaxErrorKnownLocation(eq, "var-positional argument cannot have default value");
    }
    this.mark = m + 1;
    // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
    let ok = this.param_no_default() !== null;
    if (!ok) {
      this.mark = m + 1;
      ok = this.expect(T.COMMA) !== null;
    }
    if (ok) {
      this.repeat(() => this.param_maybe_default());
      const st = this.expect(T.STAR);
      if (st !== null) {
        const m1 = this.mark;
        let ok2 = this.param_no_default() !== null;
        if (!ok2) {
          this.mark = m1;
          ok2 = this.expect(T.COMMA) !== null;
        }
        if (ok2) this.raiseSyntaxErrorKnownLocation(st, "* argument may appear only once");
      }
    }
    this.mark = m;
  }

  /** invalid_kwds */
  invalid_kwds(): void {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) === null) return;
    // '**' param a='='
    if (this.param() !== null) {
      const a = this.expect(T.EQUAL);
      if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "var-keyword argument cannot have default value");
    }
    this.mark = m + 1;
    // '**' param ',' a=param
    if (this.param() !== null && this.expect(T.COMMA) !== null) {
      const a = this.param();
      if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "arguments cannot follow var-keyword argument");
    }
    this.mark = m + 1;
    // '**' param ',' a=('*'|'**'|'/')
    if (this.param() !== null && this.expect(T.COMMA) !== null) {
      const t = this.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        this.mark++;
        this.raiseSyntaxErrorKnownLocation(t, "arguments cannot follow var-keyword argument");
      }
    }
    this.mark = m;
  }
}
