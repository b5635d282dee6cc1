/** Explanations shown as tooltips. */
export const UNREACHABLE_TITLE =
  "No variable of any frame reaches it: garbage in a reference cycle waiting for the collector, " +
  "or an object only the running code holds (a for loop's iterator, a value being computed)";
