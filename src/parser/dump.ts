// ast.dump(): the same text as CPython 3.11's Lib/ast.py `dump` for the same tree.

import { reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "../util/repr.js";
import type { AnyNode } from "./ast.js";
import { NODE_SPECS } from "./ast.js";

export interface DumpOptions {
  /** Show field names (`annotate_fields`, default true). */
  annotateFields?: boolean;
  /** Show lineno/col_offset/end_lineno/end_col_offset (`include_attributes`, default false). */
  includeAttributes?: boolean;
  /** Pretty-print with this indent (a number of spaces or a string); null for one line. */
  indent?: number | string | null;
}

/** repr() of a value found in an AST field: constants, identifiers, ints. */
function reprValue(v: unknown): string {
  switch (typeof v) {
    case "string":
      return reprStr(v);
    case "bigint":
      return reprInt(v);
    case "number":
      // Plain numbers in AST fields that are not constants (simple, level, is_async, lineno,
      // conversion...) are ints; float constants are stored as JS numbers too but only inside
      // Constant.value / MatchSingleton, handled by reprConstant.
      return String(v);
    case "boolean":
      return v ? "True" : "False";
    case "object":
      if (v === null) return "None";
      return reprConstant(v);
    default:
      return String(v);
  }
}

/** repr() of a ConstantValue. */
export function reprConstant(v: unknown): string {
  switch (typeof v) {
    case "string":
      return reprStr(v);
    case "bigint":
      return reprInt(v);
    case "number":
      return reprFloat(v);
    case "boolean":
      return v ? "True" : "False";
    case "object": {
      if (v === null) return "None";
      const o = v as { kind?: string; value?: Uint8Array; imag?: number; text?: string; splits?: number[] };
      if (o.kind === "str") return reprStr(o.text!, o.splits);
      if (o.kind === "ellipsis") return "Ellipsis";
      if (o.kind === "bytes") return reprBytes(o.value!);
      if (o.kind === "complex") return reprComplex(0, o.imag!);
      break;
    }
  }
  throw new TypeError(`not a constant: ${String(v)}`);
}

/** ast.dump(node, annotate_fields, include_attributes, indent=...). */
export function dump(node: AnyNode, options: DumpOptions = {}): string {
  const annotateFields = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  let indent: string | null = null;
  if (options.indent !== undefined && options.indent !== null) {
    indent = typeof options.indent === "string" ? options.indent : " ".repeat(Math.max(0, options.indent));
  }

  // Returns [text, simple] like Lib/ast.py's _format.
  const format = (value: unknown, level: number, isConstantField: boolean): [string, boolean] => {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level += 1;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      const parts: string[] = [];
      for (const x of value) parts.push(format(x, level, false)[0]);
      return ["[" + prefix + parts.join(sep) + "]", false];
    }
    if (value !== null && typeof value === "object" && "_type" in value) {
      const n = value as Record<string, unknown> & { _type: string };
      const spec = NODE_SPECS[n._type];
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotateFields;
      for (const f of spec.fields) {
        const v = n[f.name];
        if (v === undefined) {
          keywords = true;
          continue;
        }
        if (v === null && f.qualifier === "?") {
          keywords = true;
          continue;
        }
        const [text, simple] = format(v, level, f.type === "constant");
        allSimple = allSimple && simple;
        args.push(keywords ? f.name + "=" + text : text);
      }
      if (includeAttributes) {
        for (const a of spec.attributes) {
          const v = n[a];
          if (v === undefined) continue;
          // end_lineno and end_col_offset are optional attributes (class default None).
          if (v === null && (a === "end_lineno" || a === "end_col_offset")) continue;
          const [text, simple] = format(v, level, false);
          allSimple = allSimple && simple;
          args.push(a + "=" + text);
        }
      }
      if (allSimple && args.length <= 3) return [n._type + "(" + args.join(", ") + ")", args.length === 0];
      return [n._type + "(" + prefix + args.join(sep) + ")", false];
    }
    return [isConstantField ? reprConstant(value) : reprValue(value), true];
  };
  return format(node, 0, false)[0];
}
