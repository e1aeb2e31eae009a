/** What changed between another version and the text in the editor: changed lines with a little context. */
import { useState } from 'react';
import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyVersionSummary } from '@bole/contracts';
import { usePolicyVersion } from './api';
import { hunks, lineDiff } from './line-diff';
import './version-diff.css';

/** A comparison of `text` (the version shown, with any edits) with a version the officer picks. */
export function VersionDiff({ id, versions, current, text }: { id: string; versions: readonly PolicyVersionSummary[]; current: number | null; text: string }) {
  const { t } = useTranslation();
  const others = versions.filter((v) => v.version !== current);
  const [base, setBase] = useState<number | null>(null);
  const chosen = base ?? others.at(-1)?.version ?? null;
  const other = usePolicyVersion(id, chosen);
  if (others.length === 0) return <Typography.Text type="secondary">{t('policies.diff.onlyOne')}</Typography.Text>;
  const lines = other.data ? hunks(lineDiff(other.data.yaml, text)) : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('policies.diff.against')}</Typography.Text>
        <Select
          value={chosen}
          onChange={setBase}
          style={{ width: 120 }}
          aria-label={t('policies.diff.against')}
          options={others.map((v) => ({ value: v.version, label: `v${v.version}` }))}
          data-testid="diff-base"
        />
      </Space>
      {other.data && lines.length === 0 ? <Typography.Text type="secondary">{t('policies.diff.same')}</Typography.Text> : null}
      <pre className="version-diff" data-testid="version-diff" tabIndex={0}>
        {lines.map((l, k) =>
          l === null ? (
            <div key={k} className="version-diff-gap">
              ⋯
            </div>
          ) : (
            <div key={k} className={`version-diff-${l.kind}`} data-kind={l.kind}>
              {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '- ' : '  '}
              {l.text}
            </div>
          ),
        )}
      </pre>
    </Space>
  );
}
