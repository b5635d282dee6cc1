import { EXIT_USAGE_OR_INTERNAL } from "./exit_codes.js";

/**
 * A failure the user caused and can fix (missing file, bad option value). main() prints its
 * message as one line, without a stack trace, and exits with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE_OR_INTERNAL,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A bug in heapstack: one line for the user; the stack only when HEAPSTACK_DEBUG is set. */
export function reportInternalError(error: unknown): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`heapstack: internal error: ${detail.split("\n")[0]}\n`);
  if (process.env.HEAPSTACK_DEBUG && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exitCode = EXIT_USAGE_OR_INTERNAL;
}
