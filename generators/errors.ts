// The one error type users see as a plain line with exit code 2; anything else is a bug.

/** A problem the user can fix (bad input, bad directory, conflicting files). */
export class UserError extends Error {}
