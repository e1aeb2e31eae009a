/**
 * Source locations inside YAML files: the line and column of a node found by path, and of an
 * offset inside a scalar holding an expression (plain, quoted or block scalars).
 */
import { isMap, isNode, isScalar, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The node at `path`, or the deepest existing ancestor. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node)) return node;
  }
  return undefined;
}

/** Position of the start of the node at `path`. */
export function positionOf(doc: Document, lc: LineCounter, path: readonly (string | number)[]): Position {
  const node = nodeAt(doc, path);
  const offset = node?.range?.[0] ?? 0;
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Position of character `offset` of the string value of the scalar at `path`. */
export function positionInScalar(doc: Document, lc: LineCounter, source: string, path: readonly (string | number)[], offset: number): Position {
  const node = nodeAt(doc, path);
  if (!node || !isScalar(node) || !node.range) return positionOf(doc, lc, path);
  const start = node.range[0];
  const type = node.type;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // Each source line break counts as one character of the value (a newline, or a space when folded).
    const header = lc.linePos(start);
    const firstContent = source.indexOf('\n', start) + 1;
    const lines = source.slice(firstContent, node.range[1]).split('\n');
    const indent = /^ */.exec(lines[0] ?? '')?.[0].length ?? 0;
    let rest = offset;
    for (let i = 0; i < lines.length; i++) {
      const len = Math.max(0, (lines[i] ?? '').length - indent);
      if (rest <= len) return { line: header.line + 1 + i, column: indent + rest + 1 };
      rest -= len + 1;
    }
    return { line: header.line + 1, column: indent + 1 };
  }
  const shift = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? 1 : 0;
  const p = lc.linePos(start + shift + offset);
  return { line: p.line, column: p.col };
}

/** Position of `key` in the mapping at `path` (the mapping itself when the key is not found). */
export function keyPositionOf(doc: Document, lc: LineCounter, path: readonly (string | number)[], key: string): Position {
  const node = nodeAt(doc, path);
  const pair = isMap(node) ? node.items.find((i) => isScalar(i.key) && String(i.key.value) === key) : undefined;
  const offset = pair && isNode(pair.key) ? pair.key.range?.[0] : undefined;
  if (offset === undefined) return positionOf(doc, lc, path);
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}
