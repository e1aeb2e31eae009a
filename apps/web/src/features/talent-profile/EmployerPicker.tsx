import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../shared/ui/enum-options';
import { useEmployerOptions } from './api';

/** Props: the selected employer's id, and its name for the label before any search. */
export interface EmployerPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  currentName?: string | null;
}

/** Searchable employer select backed by GET /employers/options?q=. */
export function EmployerPicker({ id, value, onChange, currentName }: EmployerPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useEmployerOptions(q);

  const options = useMemo(() => {
    const list = (data ?? []).map((o) => ({
      value: o.id,
      label: o.name,
      desc: `${enumLabel(t, 'district', o.district)} · ${enumLabel(t, 'chain', o.chain)}`,
    }));
    if (value && currentName && !list.some((o) => o.value === value)) list.unshift({ value, label: currentName, desc: '' });
    return list;
  }, [data, value, currentName, t]);

  return (
    <Select
      id={id}
      value={value ?? null}
      onChange={(v: string | undefined | null) => onChange?.(v ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={isFetching}
      placeholder={t('talent.employerSearch')}
      notFoundContent={isFetching ? t('common.loading') : t('talent.employerNotFound')}
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.desc ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{o.data.desc}</div> : null}
        </div>
      )}
      data-testid="employer-picker"
    />
  );
}
