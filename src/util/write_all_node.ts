import { writeSync } from "node:fs";
import { writeAllThrough } from "./write_all.js";

/**
 * Writes all of `text` to the file descriptor `fd` (see writeAllThrough). A reader that went
 * away ends the writing quietly: the CLI's own output has nowhere else to go.
 */
export function writeAllSync(fd: number, text: string): void {
  writeAllThrough(writeSync, fd, text);
}
