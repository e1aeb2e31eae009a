/**
 * The engine's trace, condition by condition: whether each holds, why not, and the talent's facts
 * it reads with their status (a decision resting on a declaration shows it). Used by the
 * application and recognition decision pages.
 */
import { Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ConditionOutcome } from '@bole/contracts';
import { domainLabel, fieldName } from './enum-options';
import { pickText } from '../lib/bilingual';
import { FACT_STATUS_COLORS } from './FactsTable';

/** The conditions in order; `passText` / `failText` say what holding and not holding mean here. */
export function ConditionTrace({ conditions, passText, failText }: { conditions: readonly ConditionOutcome[]; passText: string; failText: string }) {
  const { i18n } = useTranslation();
  const colon = i18n.language === 'en' ? ': ' : '：';
  return (
    <>
      {conditions.map((c, i) => (
        <div key={i} style={{ marginBottom: 6 }} data-testid={`condition-${i}`} data-pass={c.pass}>
          {c.pass ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />} {pickText(c.text, i18n.language)}
          <Typography.Text type="secondary">{` — ${c.pass ? passText : failText}`}</Typography.Text>
          {c.why ? <div style={{ marginInlineStart: 22 }}>{pickText(c.why, i18n.language)}</div> : null}
          {c.facts?.length ? (
            <div style={{ marginInlineStart: 22 }} data-testid={`condition-facts-${i}`}>
              {c.facts.map((f) => (
                <Tag key={f.field} color={FACT_STATUS_COLORS[f.status]} data-status={f.status} style={{ whiteSpace: 'normal' }}>
                  {`${fieldName(f.field)}${colon}${domainLabel('factStatus', f.status)}`}
                </Tag>
              ))}
            </div>
          ) : null}
        </div>
      ))}
    </>
  );
}
