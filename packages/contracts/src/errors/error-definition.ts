/** The shape of one entry of the error catalogue. */

/** A text in both languages. */
export interface ErrorText {
  readonly en: string;
  readonly zh: string;
}

/** A parameter's value: one value for both languages, or one per language. */
export type ErrorParam = string | number | ErrorText;

/** One error code: its HTTP status, what it means, and the detail template with `{name}` holes. */
export interface ErrorDefinition {
  readonly status: number;
  /** What the code means, the same for every occurrence (problem+json `title`). */
  readonly title: ErrorText;
  /** The occurrence's message; `{name}` is replaced by the parameter `name`. */
  readonly detail: ErrorText;
  /** Values of parameters a caller may leave out. */
  readonly defaults?: Readonly<Record<string, ErrorParam>>;
}
