import { forwardRef, useImperativeHandle, useMemo, useRef } from 'react';
import { Tooltip } from 'antd';
import type { YamlError } from '@bole/contracts';
import './yaml-editor.css';

/** Lets a parent move the caret to an error. */
export interface YamlEditorHandle {
  goTo(line: number, column: number): void;
}

const LINE_HEIGHT = 20;

/**
 * A plain-text YAML editor: a textarea with a line-number gutter that marks every line with an
 * error (hover for the message) and tints the line. Scrolls gutter and text together.
 */
export const YamlEditor = forwardRef<
  YamlEditorHandle,
  { value: string; onChange?: (v: string) => void; errors: YamlError[]; readOnly?: boolean; ariaLabel: string }
>(function YamlEditor({ value, onChange, errors, readOnly, ariaLabel }, ref) {
  const text = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const marks = useRef<HTMLDivElement>(null);
  const lineCount = value.split('\n').length;
  const byLine = useMemo(() => {
    const m = new Map<number, string[]>();
    for (const e of errors) m.set(e.line, [...(m.get(e.line) ?? []), `${e.line}:${e.column} ${e.message}`]);
    return m;
  }, [errors]);

  useImperativeHandle(ref, () => ({
    goTo(line, column) {
      const ta = text.current;
      if (!ta) return;
      const lines = value.split('\n');
      const start = lines.slice(0, line - 1).reduce((s, l) => s + l.length + 1, 0) + Math.max(0, column - 1);
      const end = lines.slice(0, line).reduce((s, l) => s + l.length + 1, 0) - 1;
      ta.focus();
      ta.setSelectionRange(start, Math.max(start, end));
      ta.scrollTop = Math.max(0, (line - 5) * LINE_HEIGHT);
    },
  }));

  const sync = () => {
    const top = text.current?.scrollTop ?? 0;
    if (gutter.current) gutter.current.scrollTop = top;
    if (marks.current) marks.current.style.transform = `translateY(${-top}px)`;
  };

  return (
    <div className="yaml-editor" style={{ ['--line-height' as string]: `${LINE_HEIGHT}px` }}>
      <div className="yaml-editor__gutter" ref={gutter} aria-hidden>
        {Array.from({ length: lineCount }, (_, i) => {
          const msgs = byLine.get(i + 1);
          return msgs ? (
            <Tooltip key={i} title={msgs.join('\n')} placement="right">
              <div className="yaml-editor__line-no yaml-editor__line-no--error" data-testid={`yaml-error-line-${i + 1}`}>
                ● {i + 1}
              </div>
            </Tooltip>
          ) : (
            <div key={i} className="yaml-editor__line-no">
              {i + 1}
            </div>
          );
        })}
      </div>
      <div className="yaml-editor__body">
        <div className="yaml-editor__marks" ref={marks} aria-hidden>
          {[...byLine.keys()].map((line) => (
            <div key={line} className="yaml-editor__mark" style={{ top: (line - 1) * LINE_HEIGHT + 8 }} />
          ))}
        </div>
        <textarea
          ref={text}
          className="yaml-editor__text"
          aria-label={ariaLabel}
          data-testid="yaml-editor"
          spellCheck={false}
          wrap="off"
          value={value}
          readOnly={readOnly}
          onChange={(e) => onChange?.(e.target.value)}
          onScroll={sync}
        />
      </div>
    </div>
  );
});
