// The match statement and its patterns (CPython 3.11's Grammar/python.gram, "Match statement").

import { setExprContext } from "./action_helpers.js";
import type * as A from "./ast.js";
import * as N from "./node_factory.js";
import { LOAD, STORE } from "./parser_base.js";
import { M_CLOSED_PATTERN, M_STAR_PATTERN } from "./parser_expressions.js";
import { TargetParser } from "./parser_targets.js";
import * as T from "./tokens.js";

interface KeyPatternPair {
  key: A.expr;
  pattern: A.pattern;
}

export abstract class PatternParser extends TargetParser {
  abstract block(): A.stmt[] | null;

  /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
  match_stmt(): A.stmt | null {
    const m = this.mark;
    const s = this.expectSoftKeyword("match");
    if (s !== null) {
      const subject = this.subject_expr();
      if (
        subject !== null &&
        this.expect(T.COLON) !== null &&
        this.expect(T.NEWLINE) !== null &&
        this.expect(T.INDENT) !== null
      ) {
        const cases = this.repeat(() => this.case_block());
        if (cases.length > 0 && this.expect(T.DEDENT) !== null) {
          return N.Match(subject, cases, s, this.lastToken());
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_match_stmt();
      this.mark = m;
    }
    return null;
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
  subject_expr(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    const value = this.star_named_expression();
    if (value !== null && this.expect(T.COMMA) !== null) {
      const m1 = this.mark;
      let values = this.star_named_expressions();
      if (values === null) {
        this.mark = m1;
        values = [];
      }
      return N.Tuple([value, ...values], LOAD, s, this.lastToken());
    }
    this.mark = m;
    return this.named_expression();
  }

  /** case_block: invalid_case_block | "case" patterns guard? ':' block */
  case_block(): A.match_case | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_case_block();
      this.mark = m;
    }
    if (this.expectSoftKeyword("case") !== null) {
      const pattern = this.patterns();
      if (pattern !== null) {
        const guard = this.guard();
        if (this.expect(T.COLON) !== null) {
          const body = this.block();
          if (body !== null) return { _type: "match_case", pattern, guard, body };
        }
      }
    }
    this.mark = m;
    return null;
  }

  /** guard: 'if' named_expression */
  guard(): A.expr | null {
    const m = this.mark;
    if (this.expect(T.KW_IF) !== null) {
      const g = this.named_expression();
      if (g !== null) return g;
    }
    this.mark = m;
    return null;
  }

  /** patterns: open_sequence_pattern | pattern */
  patterns(): A.pattern | null {
    const m = this.mark;
    const s = this.peek();
    const seq = this.open_sequence_pattern();
    if (seq !== null) return N.MatchSequence(seq, s, this.lastToken());
    this.mark = m;
    return this.pattern();
  }

  /** pattern: as_pattern | or_pattern */
  pattern(): A.pattern | null {
    const m = this.mark;
    const a = this.as_pattern();
    if (a !== null) return a;
    this.mark = m;
    return this.or_pattern();
  }

  /** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
  as_pattern(): A.pattern | null {
    const m = this.mark;
    const s = this.peek();
    const p = this.or_pattern();
    if (p !== null && this.expect(T.KW_AS) !== null) {
      const target = this.pattern_capture_target();
      if (target !== null) return N.MatchAs(p, target.id, s, this.lastToken());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_as_pattern();
      this.mark = m;
    }
    return null;
  }

  /** or_pattern: '|'.closed_pattern+ */
  or_pattern(): A.pattern | null {
    const s = this.peek();
    const patterns = this.sepBy(T.VBAR, () => this.closed_pattern());
    if (patterns === null) return null;
    if (patterns.length === 1) return patterns[0];
    return N.MatchOr(patterns, s, this.lastToken());
  }

  /** sep.item+ */
  private sepBy<X>(sep: number, item: () => X | null): X[] | null {
    const first = item();
    if (first === null) return null;
    const res = [first];
    for (;;) {
      const m = this.mark;
      if (this.expect(sep) === null) break;
      const c = item();
      if (c === null) {
        this.mark = m;
        break;
      }
      res.push(c);
    }
    return res;
  }

  /** closed_pattern (memo) */
  closed_pattern(): A.pattern | null {
    const memo = this.memoGet(M_CLOSED_PATTERN);
    if (memo !== null) return memo.node as A.pattern | null;
    const m = this.mark;
    let res = this.literal_pattern();
    if (res === null) {
      this.mark = m;
      res = this.capture_pattern();
    }
    if (res === null) {
      this.mark = m;
      res = this.wildcard_pattern();
    }
    if (res === null) {
      this.mark = m;
      res = this.value_pattern();
    }
    if (res === null) {
      this.mark = m;
      res = this.group_pattern();
    }
    if (res === null) {
      this.mark = m;
      res = this.sequence_pattern();
    }
    if (res === null) {
      this.mark = m;
      res = this.mapping_pattern();
    }
    if (res === null) {
      this.mark = m;
      res = this.class_pattern();
    }
    if (res === null) this.mark = m;
    this.memoSet(m, M_CLOSED_PATTERN, res);
    return res;
  }

  /** literal_pattern */
  literal_pattern(): A.pattern | null {
    const s = this.peek();
    const v = this.literalValue();
    if (v === null) return null;
    if (v === "None") return N.MatchSingleton(null, s, this.lastToken());
    if (v === "True") return N.MatchSingleton(true, s, this.lastToken());
    if (v === "False") return N.MatchSingleton(false, s, this.lastToken());
    return N.MatchValue(v, s, this.lastToken());
  }

  /** literal_expr */
  literal_expr(): A.expr | null {
    const s = this.peek();
    const v = this.literalValue();
    if (v === null) return null;
    if (v === "None") return N.Constant(null, null, s, s);
    if (v === "True") return N.Constant(true, null, s, s);
    if (v === "False") return N.Constant(false, null, s, s);
    return v;
  }

  /**
   * The alternatives shared by literal_pattern and literal_expr: signed_number !('+' | '-') |
   * complex_number | strings | 'None' | 'True' | 'False' (the keywords reported by name).
   */
  private literalValue(): A.expr | "None" | "True" | "False" | null {
    const m = this.mark;
    const n = this.signed_number();
    if (n !== null) {
      const nt = this.peek().type;
      if (nt !== T.PLUS && nt !== T.MINUS) return n;
    }
    this.mark = m;
    const c = this.complex_number();
    if (c !== null) return c;
    this.mark = m;
    const t = this.peek();
    if (t.type === T.STRING) return this.strings();
    this.mark++;
    if (t.type === T.KW_NONE) return "None";
    if (t.type === T.KW_TRUE) return "True";
    if (t.type === T.KW_FALSE) return "False";
    this.mark = m;
    return null;
  }

  /** complex_number: signed_real_number ('+' | '-') imaginary_number */
  complex_number(): A.expr | null {
    const m = this.mark;
    const s = this.peek();
    const real = this.signed_real_number();
    if (real !== null) {
      const t = this.peek().type;
      if (t === T.PLUS || t === T.MINUS) {
        this.mark++;
        const imag = this.imaginary_number();
        if (imag !== null)
          return N.BinOp(real, t === T.PLUS ? N.ADD_OP : N.SUB_OP, imag, s, this.lastToken());
      }
    }
    this.mark = m;
    return null;
  }

  /** signed_number: NUMBER | '-' NUMBER */
  signed_number(): A.expr | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NUMBER) return this.number();
    if (t.type === T.MINUS) {
      this.mark++;
      const n = this.number();
      if (n !== null) return N.UnaryOp(N.USUB_OP, n, t, this.lastToken());
      this.mark = m;
    }
    return null;
  }

  /** signed_real_number: real_number | '-' real_number */
  signed_real_number(): A.expr | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NUMBER) return this.real_number();
    if (t.type === T.MINUS) {
      this.mark++;
      const n = this.real_number();
      if (n !== null) return N.UnaryOp(N.USUB_OP, n, t, this.lastToken());
      this.mark = m;
    }
    return null;
  }

  /** real_number: NUMBER (_PyPegen_ensure_real) */
  real_number(): A.expr | null {
    const e = this.number();
    if (e === null) return null;
    const v = (e as A.Constant).value;
    if (typeof v === "object" && v !== null && "kind" in v && v.kind === "complex") {
      this.raiseSyntaxErrorKnownLocation(e, "real number required in complex literal");
    }
    return e;
  }

  /** imaginary_number: NUMBER (_PyPegen_ensure_imaginary) */
  imaginary_number(): A.expr | null {
    const e = this.number();
    if (e === null) return null;
    const v = (e as A.Constant).value;
    if (!(typeof v === "object" && v !== null && "kind" in v && v.kind === "complex")) {
      this.raiseSyntaxErrorKnownLocation(e, "imaginary number required in complex literal");
    }
    return e;
  }

  /** capture_pattern: pattern_capture_target */
  capture_pattern(): A.pattern | null {
    const s = this.peek();
    const t = this.pattern_capture_target();
    if (t === null) return null;
    return N.MatchAs(null, t.id, s, this.lastToken());
  }

  /** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
  pattern_capture_target(): A.Name | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type !== T.NAME || t.text === "_") return null;
    const name = this.name()!;
    const nt = this.peek().type;
    if (nt === T.DOT || nt === T.LPAR || nt === T.EQUAL) {
      this.mark = m;
      return null;
    }
    return setExprContext(name, STORE) as A.Name;
  }

  /** wildcard_pattern: "_" */
  wildcard_pattern(): A.pattern | null {
    const t = this.expectSoftKeyword("_");
    if (t === null) return null;
    return N.MatchAs(null, null, t, t);
  }

  /** value_pattern: attr !('.' | '(' | '=') */
  value_pattern(): A.pattern | null {
    const m = this.mark;
    const s = this.peek();
    const a = this.attr();
    if (a === null) return null;
    const nt = this.peek().type;
    if (nt === T.DOT || nt === T.LPAR || nt === T.EQUAL) {
      this.mark = m;
      return null;
    }
    return N.MatchValue(a, s, this.lastToken());
  }

  /** attr: name_or_attr '.' NAME (at least one dot) */
  attr(): A.expr | null {
    const m = this.mark;
    const a = this.name_or_attr();
    if (a === null || a._type !== "Attribute") {
      this.mark = m;
      return null;
    }
    return a;
  }

  /** name_or_attr: attr | NAME — a NAME followed by any number of '.' NAME. */
  name_or_attr(): A.expr | null {
    const s = this.peek();
    let a: A.expr | null = this.name();
    if (a === null) return null;
    for (;;) {
      const m = this.mark;
      if (this.expect(T.DOT) === null) break;
      const b = this.expect(T.NAME);
      if (b === null) {
        this.mark = m;
        break;
      }
      a = N.Attribute(a, this.identifier(b), LOAD, s, this.lastToken());
    }
    return a;
  }

  /** group_pattern: '(' pattern ')' */
  group_pattern(): A.pattern | null {
    const m = this.mark;
    if (this.expect(T.LPAR) === null) return null;
    const p = this.pattern();
    if (p !== null && this.expect(T.RPAR) !== null) return p;
    this.mark = m;
    return null;
  }

  /** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
  sequence_pattern(): A.pattern | null {
    const m = this.mark;
    const s = this.peek();
    if (s.type === T.LSQB) {
      this.mark++;
      const ps = this.maybe_sequence_pattern();
      if (this.expect(T.RSQB) !== null) return N.MatchSequence(ps ?? [], s, this.lastToken());
      this.mark = m;
      return null;
    }
    if (s.type === T.LPAR) {
      this.mark++;
      const ps = this.open_sequence_pattern();
      if (ps === null) this.mark = m + 1;
      if (this.expect(T.RPAR) !== null) return N.MatchSequence(ps ?? [], s, this.lastToken());
      this.mark = m;
    }
    return null;
  }

  /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
  open_sequence_pattern(): A.pattern[] | null {
    const m = this.mark;
    const p = this.maybe_star_pattern();
    if (p !== null && this.expect(T.COMMA) !== null) {
      const m1 = this.mark;
      const rest = this.maybe_sequence_pattern();
      if (rest === null) {
        this.mark = m1;
        return [p];
      }
      return [p, ...rest];
    }
    this.mark = m;
    return null;
  }

  /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
  maybe_sequence_pattern(): A.pattern[] | null {
    const ps = this.sepBy(T.COMMA, () => this.maybe_star_pattern());
    if (ps === null) return null;
    this.expect(T.COMMA);
    return ps;
  }

  /** maybe_star_pattern: star_pattern | pattern */
  maybe_star_pattern(): A.pattern | null {
    const m = this.mark;
    const s = this.star_pattern();
    if (s !== null) return s;
    this.mark = m;
    return this.pattern();
  }

  /** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
  star_pattern(): A.pattern | null {
    const memo = this.memoGet(M_STAR_PATTERN);
    if (memo !== null) return memo.node as A.pattern | null;
    const m = this.mark;
    let res: A.pattern | null = null;
    const s = this.expect(T.STAR);
    if (s !== null) {
      const t = this.pattern_capture_target();
      if (t !== null) res = N.MatchStar(t.id, s, this.lastToken());
      else if (this.wildcard_pattern() !== null) res = N.MatchStar(null, s, this.lastToken());
    }
    if (res === null) this.mark = m;
    this.memoSet(m, M_STAR_PATTERN, res);
    return res;
  }

  /** mapping_pattern */
  mapping_pattern(): A.pattern | null {
    const m = this.mark;
    const s = this.expect(T.LBRACE);
    if (s === null) return null;
    // '{' '}'
    if (this.expect(T.RBRACE) !== null) return N.MatchMapping([], [], null, s, this.lastToken());
    // '{' double_star_pattern ','? '}'
    const rest = this.double_star_pattern();
    if (rest !== null) {
      this.expect(T.COMMA);
      if (this.expect(T.RBRACE) !== null) return N.MatchMapping([], [], rest.id, s, this.lastToken());
    }
    this.mark = m + 1;
    // '{' items_pattern ',' double_star_pattern ','? '}'
    const items = this.items_pattern();
    if (items !== null) {
      const m1 = this.mark;
      if (this.expect(T.COMMA) !== null) {
        const r = this.double_star_pattern();
        if (r !== null) {
          this.expect(T.COMMA);
          if (this.expect(T.RBRACE) !== null) {
            return N.MatchMapping(
              items.map((x) => x.key),
              items.map((x) => x.pattern),
              r.id,
              s,
              this.lastToken(),
            );
          }
        }
      }
      // '{' items_pattern ','? '}'
      this.mark = m1;
      this.expect(T.COMMA);
      if (this.expect(T.RBRACE) !== null) {
        return N.MatchMapping(
          items.map((x) => x.key),
          items.map((x) => x.pattern),
          null,
          s,
          this.lastToken(),
        );
      }
    }
    this.mark = m;
    return null;
  }

  /** items_pattern: ','.key_value_pattern+ */
  items_pattern(): KeyPatternPair[] | null {
    return this.sepBy(T.COMMA, () => this.key_value_pattern());
  }

  /** key_value_pattern: (literal_expr | attr) ':' pattern */
  key_value_pattern(): KeyPatternPair | null {
    const m = this.mark;
    let key = this.literal_expr();
    if (key === null) {
      this.mark = m;
      key = this.attr();
    }
    if (key !== null && this.expect(T.COLON) !== null) {
      const p = this.pattern();
      if (p !== null) return { key, pattern: p };
    }
    this.mark = m;
    return null;
  }

  /** double_star_pattern: '**' pattern_capture_target */
  double_star_pattern(): A.Name | null {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) !== null) {
      const t = this.pattern_capture_target();
      if (t !== null) return t;
    }
    this.mark = m;
    return null;
  }

  /** class_pattern */
  class_pattern(): A.pattern | null {
    const m = this.mark;
    const s = this.peek();
    const cls = this.name_or_attr();
    if (cls !== null && this.expect(T.LPAR) !== null) {
      const afterParen = this.mark;
      // name_or_attr '(' ')'
      if (this.expect(T.RPAR) !== null) return N.MatchClass(cls, [], [], [], s, this.lastToken());
      // name_or_attr '(' positional_patterns ','? ')'
      const pos = this.positional_patterns();
      if (pos !== null) {
        const m1 = this.mark;
        this.expect(T.COMMA);
        if (this.expect(T.RPAR) !== null) return N.MatchClass(cls, pos, [], [], s, this.lastToken());
        this.mark = m1;
      }
      // name_or_attr '(' keyword_patterns ','? ')'
      this.mark = afterParen;
      const kws = this.keyword_patterns();
      if (kws !== null) {
        this.expect(T.COMMA);
        if (this.expect(T.RPAR) !== null) {
          return N.MatchClass(
            cls,
            [],
            kws.map((k) => (k.key as A.Name).id),
            kws.map((k) => k.pattern),
            s,
            this.lastToken(),
          );
        }
      }
      // name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
      this.mark = afterParen;
      const pos2 = this.positional_patterns();
      if (pos2 !== null && this.expect(T.COMMA) !== null) {
        const kws2 = this.keyword_patterns();
        if (kws2 !== null) {
          this.expect(T.COMMA);
          if (this.expect(T.RPAR) !== null) {
            return N.MatchClass(
              cls,
              pos2,
              kws2.map((k) => (k.key as A.Name).id),
              kws2.map((k) => k.pattern),
              s,
              this.lastToken(),
            );
          }
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_class_pattern();
      this.mark = m;
    }
    return null;
  }

  /** positional_patterns: ','.pattern+ */
  positional_patterns(): A.pattern[] | null {
    return this.sepBy(T.COMMA, () => this.pattern());
  }

  /** keyword_patterns: ','.keyword_pattern+ */
  keyword_patterns(): KeyPatternPair[] | null {
    return this.sepBy(T.COMMA, () => this.keyword_pattern());
  }

  /** keyword_pattern: NAME '=' pattern */
  keyword_pattern(): KeyPatternPair | null {
    const m = this.mark;
    const arg = this.name();
    if (arg !== null && this.expect(T.EQUAL) !== null) {
      const value = this.pattern();
      if (value !== null) return { key: arg, pattern: value };
    }
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------------------ invalid rules

  /** invalid_match_stmt */
  invalid_match_stmt(): void {
    const m = this.mark;
    const a = this.expectSoftKeyword("match");
    if (a === null) return;
    if (this.subject_expr() !== null) {
      const m1 = this.mark;
      if (this.expect(T.NEWLINE) !== null) this.raiseSyntaxError("expected ':'");
      this.mark = m1;
    }
    this.mark = m + 1;
    if (this.subject_expr() !== null && this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null) {
      if (!this.at(T.INDENT)) {
        this.raiseIndentationError(`expected an indented block after 'match' statement on line ${a.lineno}`);
      }
    }
    this.mark = m;
  }

  /** invalid_case_block */
  invalid_case_block(): void {
    const m = this.mark;
    const a = this.expectSoftKeyword("case");
    if (a === null) return;
    if (this.patterns() !== null) {
      const m1 = this.mark;
      if (this.guard() === null) this.mark = m1;
      if (this.expect(T.NEWLINE) !== null) this.raiseSyntaxError("expected ':'");
    }
    this.mark = m + 1;
    if (this.patterns() !== null) {
      const m1 = this.mark;
      if (this.guard() === null) this.mark = m1;
      if (this.expect(T.COLON) !== null && this.expect(T.NEWLINE) !== null && !this.at(T.INDENT)) {
        this.raiseIndentationError(`expected an indented block after 'case' statement on line ${a.lineno}`);
      }
    }
    this.mark = m;
  }

  /** invalid_as_pattern */
  invalid_as_pattern(): void {
    const m = this.mark;
    if (this.or_pattern() !== null && this.expect(T.KW_AS) !== null) {
      const m1 = this.mark;
      const u = this.expectSoftKeyword("_");
      if (u !== null) this.raiseSyntaxErrorKnownLocation(u, "cannot use '_' as a target");
      this.mark = m1;
      if (!this.at(T.NAME)) {
        const a = this.expression();
        if (a !== null) this.raiseSyntaxErrorKnownLocation(a, "invalid pattern target");
      }
    }
    this.mark = m;
  }

  /** invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern */
  invalid_class_pattern(): void {
    const m = this.mark;
    if (this.name_or_attr() !== null && this.expect(T.LPAR) !== null) {
      const a = this.invalid_class_argument_pattern();
      if (a !== null) {
        this.raiseSyntaxErrorKnownRange(a[0], a[a.length - 1], "positional patterns follow keyword patterns");
      }
    }
    this.mark = m;
  }

  /** invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns */
  private invalid_class_argument_pattern(): A.pattern[] | null {
    const m = this.mark;
    if (!(this.positional_patterns() !== null && this.expect(T.COMMA) !== null)) this.mark = m;
    if (this.keyword_patterns() !== null && this.expect(T.COMMA) !== null) {
      const a = this.positional_patterns();
      if (a !== null) return a;
    }
    this.mark = m;
    return null;
  }
}
