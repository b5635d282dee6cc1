/**
 * A `dis`-like listing of a CodeUnit, for debugging and test failure messages:
 *
 *   <code object f (qualname f, line 3)>
 *     3       0 RESUME                   0
 *             1 LOAD_FAST                0 (x)
 *        >>   2 RETURN_VALUE
 */
import type { CodeUnit, CompiledConst } from "./code.js";
import { isCode } from "./consts.js";
import { FastKind, Op } from "./opcodes.js";
import { reprConst } from "./unparse.js";

const JUMPS = new Set<number>([
  Op.JUMP,
  Op.JUMP_BACKWARD,
  Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE,
  Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP,
  Op.FOR_ITER,
  Op.SEND,
]);

export function isJumpOpcode(op: number): boolean {
  return JUMPS.has(op);
}

const CMP = ["<", "<=", "==", "!=", ">", ">="];

function describeArg(co: CodeUnit, op: number, arg: number): string {
  switch (op) {
    case Op.LOAD_CONST:
    case Op.KW_NAMES: {
      const c = co.consts[arg] as CompiledConst;
      return isCode(c) ? `<code object ${c.name}>` : reprConst(c);
    }
    case Op.LOAD_NAME:
    case Op.STORE_NAME:
    case Op.DELETE_NAME:
    case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.STORE_ATTR:
    case Op.DELETE_ATTR:
    case Op.LOAD_METHOD:
    case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
      return co.names[arg] ?? "?";
    case Op.LOAD_GLOBAL:
      return (arg & 1 ? "NULL + " : "") + (co.names[arg >> 1] ?? "?");
    case Op.LOAD_FAST:
    case Op.STORE_FAST:
    case Op.DELETE_FAST:
    case Op.MAKE_CELL:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF:
      return co.localsplusnames[arg] ?? "?";
    case Op.COMPARE_OP:
      return CMP[arg] ?? "?";
    default:
      return JUMPS.has(op) ? `to ${arg}` : "";
  }
}

export function disassemble(co: CodeUnit, recursive = true): string {
  const lines: string[] = [];
  const n = co.code.length / 2;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (JUMPS.has(co.code[2 * i]!)) targets.add(co.code[2 * i + 1]!);
  for (const e of co.exceptionTable) targets.add(e.target);
  const kinds = co.localspluskinds.map((k) =>
    k & FastKind.FREE ? "free" : k & FastKind.CELL ? "cell" : "local",
  );
  lines.push(
    `<code object ${co.name} (qualname ${co.qualname}, line ${co.firstlineno}, flags 0x${co.flags.toString(16)}, stacksize ${co.stacksize})>`,
  );
  lines.push(`  localsplus: ${co.localsplusnames.map((x, i) => `${x}:${kinds[i]}`).join(", ")}`);
  let prevLine = -2;
  for (let i = 0; i < n; i++) {
    const op = co.code[2 * i]!;
    const arg = co.code[2 * i + 1]!;
    const line = co.positions[4 * i]!;
    const lineCol = line !== prevLine ? String(line).padStart(5) : "     ";
    prevLine = line;
    const mark = targets.has(i) ? ">>" : "  ";
    const name = Op[op] ?? `<${op}>`;
    const desc = describeArg(co, op, arg);
    lines.push(
      `${lineCol}  ${mark} ${String(i).padStart(4)} ${name.padEnd(24)} ${arg}${desc ? ` (${desc})` : ""}`,
    );
  }
  if (co.exceptionTable.length) {
    lines.push("  ExceptionTable:");
    for (const e of co.exceptionTable) {
      lines.push(`    ${e.start} to ${e.end} -> ${e.target} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
  if (recursive) {
    for (const c of co.consts)
      if (isCode(c as CompiledConst)) lines.push("", disassemble(c as CodeUnit, true));
  }
  return lines.join("\n");
}
