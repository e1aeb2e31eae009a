/** An instance that must not start, for a reason the operator can fix: the server prints the message and exits 1. */
export class StartupError extends Error {}
