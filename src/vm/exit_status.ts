/** Exit status of a run stopped by a budget (like the `timeout` command's). */
export const STATUS_BUDGET_EXCEEDED = 124;
