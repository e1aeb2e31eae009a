/**
 * The policy editor's common edits made on the YAML itself (comments, order and layout kept): the
 * window a policy applies in, and a parameter's value from a date on. The result is ordinary text
 * that the live check and publishing then judge like any hand edit.
 */
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

/** A parameter's value: a number, or one number per key (per tier …). */
export type ParamValue = number | Record<string, number>;

/** What the forms show: the window and every parameter with its dated values. */
export interface EditableFacts {
  window: { from: string; to: string | null };
  parameters: { name: string; unit: string; values: { from: string; value: ParamValue }[] }[];
}

/** The window and parameters of a document; null while the text is not a policy the forms can read. */
export function readEditable(text: string): EditableFacts | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const js = doc.toJS() as { window?: { from?: unknown; to?: unknown }; parameters?: Record<string, { unit?: unknown; values?: unknown }> } | null;
  if (!js || typeof js !== 'object' || typeof js.window?.from !== 'string') return null;
  const parameters = Object.entries(js.parameters ?? {}).map(([name, p]) => ({
    name,
    unit: typeof p?.unit === 'string' ? p.unit : 'yuan',
    values: Array.isArray(p?.values) ? (p.values as { from: string; value: ParamValue }[]).filter((v) => typeof v?.from === 'string') : [],
  }));
  return { window: { from: js.window.from, to: typeof js.window.to === 'string' ? js.window.to : null }, parameters };
}

/** A value as the pack writes it: `7`, or `{ A: 500000, B: 200000 }`. */
function valueText(value: ParamValue): string {
  return typeof value === 'number'
    ? String(value)
    : `{ ${Object.entries(value)
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ')} }`;
}

/** Index of the start of the line holding `at`. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Index just past the end of the line holding `at` (its newline included). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

// Only the lines an edit is about change: the rest of the text is kept byte for byte (a whole
// document written back by the YAML library would re-wrap long lines and re-space flow lists).

/** The text with the policy's window set to `from` – `to` (no `to`: open-ended). */
export function setWindow(text: string, from: string, to: string | null): string {
  const doc = parseDocument(text);
  const node = doc.get('window', true);
  const value = to ? `{ from: ${from}, to: ${to} }` : `{ from: ${from} }`;
  if (!isMap(node) || !node.range) return text;
  const [start, end] = node.range;
  // A block map ends after its last line's newline; a flow map at its closing brace.
  const tail = node.flow ? '' : '\n';
  return `${text.slice(0, start)}${value}${tail}${text.slice(node.flow ? end : lineEnd(text, end - 1))}`;
}

/**
 * The text with parameter `name` taking `value` from `from` on: the entry of that date replaced,
 * or a new one placed in date order, written in the style of its neighbours.
 */
export function setDatedValue(text: string, name: string, from: string, value: ParamValue): string {
  const doc = parseDocument(text);
  const values = doc.getIn(['parameters', name, 'values'], true);
  if (!isSeq(values) || values.items.length === 0) return text;
  const items = (values as YAMLSeq<YAMLMap>).items.filter((i) => isMap(i) && i.range);
  const first = items[0];
  if (!first) return text;
  const dash = lineStart(text, first.range![0]);
  const prefix = text.slice(dash, first.range![0]);
  const indent = prefix.slice(0, prefix.indexOf('-'));
  const entry = first.flow ? `${indent}- { from: ${from}, value: ${valueText(value)} }\n` : `${indent}- from: ${from}\n${indent}  value: ${valueText(value)}\n`;
  const at = items.findIndex((item) => String(item.get('from')) >= from);
  const bounds = (item: YAMLMap): [number, number] => [lineStart(text, item.range![0]), lineEnd(text, item.range![1] - 1)];
  if (at < 0) {
    const end = bounds(items.at(-1)!)[1];
    return text.slice(0, end) + (text[end - 1] === '\n' ? '' : '\n') + entry + text.slice(end);
  }
  const [start, end] = bounds(items[at]!);
  const same = String(items[at]!.get('from')) === from;
  return text.slice(0, start) + entry + text.slice(same ? end : start);
}
