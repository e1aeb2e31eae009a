/**
 * Forms for the edits officers make most — the window a policy applies in and a parameter's value
 * from a date on — beside the YAML: each writes into the text, which is then checked like any edit.
 */
import { useState } from 'react';
import { Button, Collapse, Flex, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/ui/DateField';
import { paramLabel } from './param-label';
import { readEditable, setDatedValue, setWindow, type EditableFacts, type ParamValue } from './policy-yaml-edits';

type Parameter = EditableFacts['parameters'][number];

/** The window form: from and to (empty: open-ended). */
function WindowForm({ facts, text, onChange }: { facts: EditableFacts; text: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | null>(facts.window.from);
  const [to, setTo] = useState<string | null>(facts.window.to);
  return (
    <Flex gap={8} wrap align="center" data-testid="edit-window">
      <DateField value={from} onChange={setFrom} aria-label={t('policies.edits.windowFrom')} />
      <span>—</span>
      <DateField value={to} onChange={setTo} aria-label={t('policies.edits.windowTo')} />
      <Button disabled={!from} onClick={() => from && onChange(setWindow(text, from, to))} data-testid="edit-window-apply">
        {t('policies.edits.apply')}
      </Button>
    </Flex>
  );
}

/** One parameter: its dated values, and a form for its value from a new date. */
function ParameterForm({ param, text, onChange }: { param: Parameter; text: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const latest = param.values.at(-1)?.value ?? 0;
  const [from, setFrom] = useState<string | null>(null);
  const [value, setValue] = useState<ParamValue>(latest);
  const keys = typeof value === 'number' ? null : Object.keys(value);
  const show = (v: ParamValue) =>
    typeof v === 'number'
      ? String(v)
      : Object.entries(v)
          .map(([k, n]) => `${k} ${n}`)
          .join(' · ');
  return (
    <div data-testid={`edit-param-${param.name}`}>
      <ul style={{ margin: '0 0 8px', paddingInlineStart: 18 }}>
        {param.values.map((v) => (
          <li key={v.from}>
            <Typography.Text type="secondary">{t('policies.edits.fromDate', { date: v.from })}</Typography.Text> {show(v.value)}
          </li>
        ))}
      </ul>
      <Flex gap={8} wrap align="center">
        <DateField value={from} onChange={setFrom} aria-label={t('policies.edits.newFrom')} />
        {keys === null ? (
          <InputNumber value={value as number} min={0} onChange={(n) => setValue(n ?? 0)} aria-label={t('policies.edits.newValue')} />
        ) : (
          keys.map((k) => (
            <InputNumber
              key={k}
              prefix={k}
              min={0}
              value={(value as Record<string, number>)[k]}
              onChange={(n) => setValue({ ...(value as Record<string, number>), [k]: n ?? 0 })}
              aria-label={`${t('policies.edits.newValue')} ${k}`}
            />
          ))
        )}
        <Button disabled={!from} onClick={() => from && onChange(setDatedValue(text, param.name, from, value))} data-testid={`edit-param-${param.name}-apply`}>
          {t('policies.edits.add')}
        </Button>
      </Flex>
    </div>
  );
}

/** The common-edit forms of the text being edited; a hint when the text cannot be read as a policy. */
export function CommonEdits({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const facts = readEditable(text);
  if (!facts) return <Typography.Text type="secondary">{t('policies.edits.unreadable')}</Typography.Text>;
  // Forms restart from the text whenever it changes (a key per text keeps them in step).
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="common-edits" key={text}>
      <Typography.Text strong>{t('policies.edits.window')}</Typography.Text>
      <WindowForm facts={facts} text={text} onChange={onChange} />
      <Collapse
        size="small"
        items={facts.parameters.map((p) => ({
          key: p.name,
          label: paramLabel(t, i18n.language, p.name, p.unit),
          children: <ParameterForm param={p} text={text} onChange={onChange} />,
        }))}
      />
    </Space>
  );
}
