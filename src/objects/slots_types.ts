import type { PyObject } from "./object.js";

/**
 * Signatures of type slots (CPython's typedefs in Include/cpython/object.h). Every slot takes
 * BORROWED arguments and returns a NEW reference; failures are Python exceptions thrown as the
 * exception object itself (see src/vm/errors.ts).
 */
export type Hash = number | bigint;
export type UnaryFunc = (o: PyObject) => PyObject;
export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type TernaryFunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type InquiryFunc = (o: PyObject) => boolean;
export type LenFunc = (o: PyObject) => number;
export type SsizeArgFunc = (o: PyObject, i: number) => PyObject;
export type SsizeObjArgProc = (o: PyObject, i: number, v: PyObject | null) => void;
export type ObjObjProc = (o: PyObject, v: PyObject) => boolean;
export type ObjObjArgProc = (o: PyObject, k: PyObject, v: PyObject | null) => void;
export type HashFunc = (o: PyObject) => Hash;
export type RichCmpFunc = (a: PyObject, b: PyObject, op: number) => PyObject;
/** name is an interned str object; returns null only for "not found" when `suppress` is set. */
export type GetAttroFunc = (o: PyObject, name: PyObject) => PyObject;
export type SetAttroFunc = (o: PyObject, name: PyObject, v: PyObject | null) => void;
export type DescrGetFunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type DescrSetFunc = (descr: PyObject, obj: PyObject, v: PyObject | null) => void;
/** Vectorcall-style: positional args then keyword values; kwnames names the last kwnames.length args. */
export type CallFunc = (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export type NewFunc = (type: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export type InitFunc = (self: PyObject, args: PyObject[], kwnames: string[] | null) => void;
export type IterNextFunc = (o: PyObject) => PyObject | null; // null = exhausted (no StopIteration raised)
export type DeallocFunc = (o: PyObject) => void;
export type VisitProc = (o: PyObject) => void;
export type TraverseProc = (o: PyObject, visit: VisitProc) => void;
export type InquiryClear = (o: PyObject) => void;
