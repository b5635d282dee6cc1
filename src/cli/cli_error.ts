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
