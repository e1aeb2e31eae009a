import { Button, Col, Form, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PolicyParameter } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen } from '../../shared/lib/money';
import type { Draft } from './use-reform-drafts';
import { paramLabel, unitLabel } from './param-label';

function currentText(p: PolicyParameter | undefined, key: string | undefined, lang: string, t: TFunction): string {
  if (!p) return '';
  const v = typeof p.current === 'number' ? p.current : key ? p.current[key] : undefined;
  if (v === undefined)
    return typeof p.current === 'object'
      ? Object.entries(p.current)
          .map(([k, x]) => `${k} ${x.toLocaleString('en-US')}`)
          .join(' · ')
      : '';
  if (p.unit === 'yuan') return formatFen(Math.round(v * 100), lang);
  return `${v.toLocaleString('en-US')} ${unitLabel(t, p.unit)}`;
}

/** Props of one change row. */
export interface ReformChangeRowProps {
  index: number;
  draft: Draft;
  /** One parameter per policy, for the policy choice. */
  policies: readonly PolicyParameter[];
  /** The chosen policy's parameters. */
  parameters: readonly PolicyParameter[];
  /** The chosen parameter, once policy and parameter are picked. */
  parameter: PolicyParameter | undefined;
  canRemove: boolean;
  onChange: (patch: Draft) => void;
  onRemove: () => void;
}

/** One parameter change: policy, parameter, key (for per-degree or per-tier tables) and the new value beside the current one. */
export function ReformChangeRow({ index: i, draft: d, policies, parameters, parameter: p, canRemove, onChange, onRemove }: ReformChangeRowProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const keys = p && typeof p.current === 'object' ? Object.keys(p.current) : [];
  return (
    <Row gutter={12} align="bottom" data-testid={`change-${i}`}>
      <Col xs={24} md={7}>
        <Form.Item label={t('whatIf.policy')} htmlFor={`change-${i}-policy`}>
          <Select
            id={`change-${i}-policy`}
            showSearch
            optionFilterProp="label"
            value={d.policy}
            placeholder={t('whatIf.choosePolicy')}
            data-testid={`change-${i}-policy`}
            options={policies.map((x) => ({ value: x.policy, label: `${pickText(x.title, lang)}（${x.policy}）` }))}
            onChange={(policy: string) => onChange({ policy, param: undefined, key: undefined, value: null })}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={5}>
        <Form.Item label={t('whatIf.param')} htmlFor={`change-${i}-param`}>
          <Select
            id={`change-${i}-param`}
            value={d.param}
            disabled={!d.policy}
            data-testid={`change-${i}-param`}
            options={parameters.map((x) => ({ value: x.param, label: paramLabel(t, lang, x.param, x.unit) }))}
            onChange={(param: string) => onChange({ param, key: undefined, value: null })}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item label={t('whatIf.key')} htmlFor={`change-${i}-key`}>
          <Select
            id={`change-${i}-key`}
            value={d.key}
            disabled={keys.length === 0}
            data-testid={`change-${i}-key`}
            options={keys.map((k) => ({ value: k, label: k }))}
            onChange={(key: string) => onChange({ key })}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item label={t('whatIf.newValue')} htmlFor={`change-${i}-value`} extra={p ? t('whatIf.current', { value: currentText(p, d.key, lang, t) }) : null}>
          <InputNumber
            id={`change-${i}-value`}
            style={{ width: '100%' }}
            min={0}
            value={d.value ?? null}
            data-testid={`change-${i}-value`}
            onChange={(v) => onChange({ value: typeof v === 'number' ? v : null })}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={3}>
        <Form.Item>
          <Button icon={<DeleteOutlined />} disabled={!canRemove} onClick={onRemove} aria-label={t('whatIf.remove')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
