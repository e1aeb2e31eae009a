import { Button, Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEGREES, TIERS, type TalentListQuery } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { enumOptions } from '../../shared/ui/enum-options';

type Filters = Pick<TalentListQuery, 'q' | 'district' | 'chain' | 'degree' | 'tier'>;

/** The filter bar above the talent list. */
export function TalentFilters({ value, onChange, onReset }: { value: Filters; onChange: (patch: Partial<Filters>) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const select = (name: keyof Omit<Filters, 'q'>, placeholder: string, options: { value: string; label: string }[]) => (
    <Select
      allowClear
      style={{ width: '100%' }}
      placeholder={placeholder}
      aria-label={placeholder}
      value={value[name] ?? null}
      options={options}
      onChange={(v: string | null | undefined) => onChange({ [name]: v ?? undefined })}
      data-testid={`filter-${name}`}
    />
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={6}>
        <Input.Search
          key={value.q ?? ''}
          allowClear
          defaultValue={value.q}
          placeholder={t('talentList.searchPlaceholder')}
          enterButton={t('common.search')}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="filter-q"
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        {select('district', t('talentList.allDistricts'), enumOptions(t, 'district', cityCodes('district')))}
      </Col>
      <Col xs={12} md={6} xl={4}>
        {select('chain', t('talentList.allChains'), enumOptions(t, 'chain', cityCodes('chain')))}
      </Col>
      <Col xs={12} md={6} xl={4}>
        {select('degree', t('talentList.allDegrees'), enumOptions(t, 'degree', DEGREES))}
      </Col>
      <Col xs={12} md={6} xl={4}>
        {select('tier', t('talentList.allTiers'), enumOptions(t, 'tier', [...TIERS, 'none']))}
      </Col>
      <Col xs={24} md={12} xl={2}>
        <Button onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
