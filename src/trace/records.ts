/**
 * The recorder's delta stream: what one step changed, as a sequence of records. Each step starts
 * with a header `uv(line * 4 + kind)`; records follow until the next step's offset. Object ids
 * are assigned in order of first appearance (NEW and EXT records take the next id).
 *
 *   FREE   uv id
 *   NEW    sv idDelta, uv type, sv addressDelta, uv size, uv site, uv rc+1 (0 = immortal), summary, refs
 *   EXT    sv idDelta, uv type, sv addressDelta, uv size, uv rc+1, summary, refs | 255   (an object the
 *          program did not create: only tuples and frozensets keep their references)
 *   SIZE   uv id, uv size
 *   RC     uv id, uv rc+1
 *   SUM    uv id, summary
 *   REFS   uv id, refs
 *   SPLICE uv id, uv start, uv deleteCount, uv insertCount, inserted refs (layout of the object)
 *   FPOP   uv n                     pop n frames
 *   FPUSH  uv code, uv line         push a frame running `code`
 *   FLINE  uv depth, uv line
 *   SLOT   uv depth, uv slot, uv id+1 (0 = unbound)
 *   NSLOT  uv depth, uv name, uv id+1 (0 = deleted)   module/class namespaces
 *   MEM    sv allocatorBytesDelta, sv allocatorBlocksDelta
 *   VALUE  uv id                     the step's return value or exception
 *   RAISING uv id                    a return step's exception: the frame is left by it
 *
 * summary = u8 kind, then sv num (INT) | f64 (FLOAT) | uv string (TEXT) | uv num (LEN)
 * refs    = u8 layout, uv count, then per ref: [uv label (NAMED only)], sv (target - owner)
 */
export const R_FREE = 1;
export const R_NEW = 2;
export const R_EXT = 3;
export const R_SIZE = 4;
export const R_RC = 5;
export const R_SUM = 6;
export const R_REFS = 7;
export const R_SPLICE = 8;
export const R_FPOP = 9;
export const R_FPUSH = 10;
export const R_FLINE = 11;
export const R_SLOT = 12;
export const R_NSLOT = 13;
export const R_MEM = 14;
export const R_VALUE = 15;
export const R_RAISING = 16;

/** What kind of event a step is. */
export enum StepKind {
  LINE = 0,
  CALL = 1,
  RETURN = 2,
  EXCEPTION = 3,
}

export const STEP_KIND_NAMES = ["line", "call", "return", "exception"] as const;
export type StepEvent = (typeof STEP_KIND_NAMES)[number];
