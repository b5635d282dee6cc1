/**
 * The text form of a report (what `heapstack run --report` prints on stderr).
 */
import { relative } from "node:path";
import type { Report, ReportFrame, SiteStat, TypeStat } from "./report.js";

/** tracemalloc's _format_size: "512 B", "12.3 KiB", "1234 KiB", "1.2 MiB". */
export function formatSize(size: number): string {
  let s = size;
  for (const unit of ["B", "KiB", "MiB", "GiB", "TiB"]) {
    if (Math.abs(s) < 100 && unit !== "B") return `${s.toFixed(1)} ${unit}`;
    if (Math.abs(s) < 10 * 1024 || unit === "TiB") return `${Math.round(s)} ${unit}`;
    s /= 1024;
  }
  return `${size} B`;
}

function int(n: number): string {
  return n.toLocaleString("en-US");
}

export interface TextOptions {
  /** Paths are shown relative to this directory when inside it (default: the working directory). */
  cwd?: string;
  /** Rows per table (default 10). */
  limit?: number;
}

function plural(n: number, word: string): string {
  return `${int(n)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * What a collection freed, by type. The collector counts only the tracked objects it found
 * unreachable; freeing them also frees what only they held (strs, ints...), so this total is
 * usually larger and is said apart from the count.
 */
function freedWith(found: readonly TypeStat[], shown: number): string {
  if (found.length === 0) return "";
  const total = found.reduce((sum, f) => sum + f.count, 0);
  const types = found
    .slice(0, shown)
    .map((f) => `${f.type} ${int(f.count)}`)
    .join(", ");
  return `, freeing ${plural(total, "object")} (${types}${found.length > shown ? ", ..." : ""})`;
}

export function formatReport(r: Report, opts: TextOptions = {}): string {
  const cwd = opts.cwd ?? process.cwd();
  const limit = opts.limit ?? 10;
  const path = (f: string) => {
    if (f.startsWith("<") || !f.startsWith("/")) return f;
    const rel = relative(cwd, f);
    return rel.startsWith("..") ? f : rel;
  };
  const where = (file: string, line: number) => `${path(file)}:${line}`;
  const out: string[] = [];
  const head = `heapstack memory report: ${path(r.file)}`;
  out.push(head, "=".repeat(head.length));
  const end = r.stopped !== null ? `stopped: ${r.stopped.message}` : `exit status ${r.status}`;
  out.push(
    `${end}; ${plural(r.steps, "step")} in ${(r.elapsedMs / 1000).toFixed(2)} s; ${plural(r.totals.allocations, "allocation")} (${formatSize(r.totals.allocatedBytes)})`,
  );
  out.push("");

  const p = r.peak;
  out.push(
    `Peak heap: ${formatSize(p.bytes)} in ${plural(p.objects, "object")} (${formatSize(p.objectBytes)} by sys.getsizeof) at step ${int(p.step)}, ${where(p.file, p.line)} in ${p.function}`,
  );
  if (p.absoluteBytes > p.bytes)
    out.push(
      `  (with temporaries between steps: ${formatSize(p.absoluteBytes)} during step ${int(p.absoluteStep)})`,
    );
  out.push("");

  const siteRows = (sites: SiteStat[]) => {
    for (const s of sites.slice(0, limit)) {
      const avg = s.count === 0 ? 0 : s.size / s.count;
      const types = s.types.map((t) => `${t.type} ${int(t.count)}`).join(", ");
      out.push(
        `  ${where(s.file, s.line)}: size=${formatSize(s.size)}, count=${int(s.count)}, average=${formatSize(avg)}  [${types}]`,
      );
    }
    if (sites.length > limit) out.push(`  ... ${plural(sites.length - limit, "more line")}`);
  };
  out.push("Top allocation sites at the peak (live objects by line, like tracemalloc statistics('lineno')):");
  if (r.topSites.length === 0) out.push("  (none)");
  siteRows(r.topSites);
  out.push("");
  out.push("Most allocated over the whole run (temporaries included):");
  for (const s of r.allocatedSites.slice(0, Math.min(5, limit))) {
    out.push(`  ${where(s.file, s.line)}: size=${formatSize(s.size)}, count=${int(s.count)}`);
  }
  out.push("");

  out.push("Live objects by type:");
  const types = new Map<string, { peak?: TypeStat; exit?: TypeStat }>();
  for (const t of r.typesAtPeak) types.set(t.type, { peak: t });
  for (const t of r.typesAtExit) types.set(t.type, { ...types.get(t.type), exit: t });
  const rows = Array.from(types, ([type, v]) => ({ type, ...v }))
    .sort((a, b) => (b.peak?.size ?? 0) - (a.peak?.size ?? 0) || (b.exit?.size ?? 0) - (a.exit?.size ?? 0))
    .slice(0, limit);
  const w = Math.max(4, ...rows.map((x) => x.type.length));
  const cell = (t: TypeStat | undefined) =>
    t === undefined ? "-".padStart(20) : `${int(t.count).padStart(8)} ${formatSize(t.size).padStart(11)}`;
  out.push(`  ${"type".padEnd(w)}  ${"at peak".padStart(20)}  ${"at exit".padStart(20)}`);
  for (const x of rows) out.push(`  ${x.type.padEnd(w)}  ${cell(x.peak)}  ${cell(x.exit)}`);
  out.push("");

  const d = r.deepest;
  out.push(
    `Deepest stack: ${plural(d.depth, "frame")}, ${formatSize(d.bytes)} of frame data, at step ${int(d.step)}`,
  );
  out.push(...formatChain(d.frames, where));
  out.push("");

  const totalCollections = r.gc.reduce((a, g) => a + g.collections, 0);
  out.push(`Garbage collections: ${int(totalCollections)}`);
  for (const g of r.gc) {
    if (g.collections === 0) {
      out.push(`  generation ${g.generation}: none`);
      continue;
    }
    out.push(
      `  generation ${g.generation}: ${plural(g.collections, "collection")}, ${int(g.collected)} unreachable found${freedWith(g.found, 5)}`,
    );
  }
  const notable = r.collections.filter((c) => c.collected > 0);
  for (const c of notable.slice(0, Math.min(limit, 8))) {
    const when = c.atExit ? "at interpreter shutdown" : `step ${int(c.step)} (${where(c.file, c.line)})`;
    out.push(
      `    ${when}: gen ${c.generation} found ${int(c.collected)} unreachable${freedWith(c.found, 4)}`,
    );
  }
  if (notable.length > 8)
    out.push(`    ... ${plural(notable.length - 8, "more collection")} that found garbage`);
  out.push("");

  out.push("Reference cycles found by the collector:");
  if (r.cycles.length === 0) out.push("  (none)");
  for (const c of r.cycles.slice(0, limit))
    out.push(`  ${c.shape}  x${int(c.count)} (in ${plural(c.collections, "collection")})`);
  out.push("");

  out.push(
    `Still alive at the end of the program (leak candidates), by allocation site (step ${int(r.exitStep)}):`,
  );
  if (r.leaks.length === 0) out.push("  (none)");
  siteRows(r.leaks);
  return `${out.join("\n")}\n`;
}

/** A call chain, outermost first; runs of the same function (recursion) are folded. */
function formatChain(frames: ReportFrame[], where: (f: string, l: number) => string): string[] {
  const out: string[] = [];
  const nameWidth = Math.max(20, ...frames.map((f) => f.function.length));
  const placeWidth = Math.max(28, ...frames.map((f) => where(f.file, f.line).length));
  let i = 0;
  while (i < frames.length) {
    const f = frames[i]!;
    let j = i + 1;
    while (
      j < frames.length &&
      frames[j]!.function === f.function &&
      frames[j]!.file === f.file &&
      frames[j]!.bytes === f.bytes
    )
      j++;
    const n = j - i;
    if (n >= 4) {
      out.push(
        `  ${f.function.padEnd(nameWidth)} ${where(f.file, f.line).padEnd(placeWidth)} ${String(f.bytes).padStart(6)} B`,
      );
      out.push(`  ... ${int(n - 2)} more frames of ${f.function} (${int((n - 2) * f.bytes)} B)`);
      const last = frames[j - 1]!;
      out.push(
        `  ${last.function.padEnd(nameWidth)} ${where(last.file, last.line).padEnd(placeWidth)} ${String(last.bytes).padStart(6)} B`,
      );
    } else {
      for (let k = i; k < j; k++) {
        const g = frames[k]!;
        out.push(
          `  ${g.function.padEnd(nameWidth)} ${where(g.file, g.line).padEnd(placeWidth)} ${String(g.bytes).padStart(6)} B`,
        );
      }
    }
    i = j;
  }
  return out;
}
