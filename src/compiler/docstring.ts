import type * as ast from "../parser/index.js";

/** _PyAST_GetDocString: the first statement's string constant, if it is a bare expression. */
export function getDocString(body: readonly ast.stmt[]): string | null {
  const st = body[0];
  if (st?._type !== "Expr") return null;
  const e = st.value;
  if (e._type === "Constant" && typeof e.value === "string") return e.value;
  return null;
}
