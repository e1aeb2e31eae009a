/** LIKE patterns from what a person typed: its `%`, `_` and `\` taken literally. Pure. */

/** `text` with LIKE's wildcards and escape character escaped. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern matching values that contain `text` anywhere. */
export function containing(text: string): string {
  return `%${likeEscape(text)}%`;
}
