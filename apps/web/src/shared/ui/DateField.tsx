import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * Props of {@link DateField}: the value is a `YYYY-MM-DD` string (`YYYY-MM` with
 * `picker="month"`), as the API wants it.
 */
export interface DateFieldProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** A day (default) or a month. */
  picker?: 'date' | 'month';
  placeholder?: string;
  disabled?: boolean;
  /** Dates after today cannot be picked. */
  noFuture?: boolean;
  'aria-label'?: string;
}

const FORMAT = { date: 'YYYY-MM-DD', month: 'YYYY-MM' } as const;

/**
 * A date picker that reads and writes ISO strings instead of Day.js objects. The field always
 * shows the ISO form; the calendar's month and weekday names follow the interface language
 * (antd's locale from the app's ConfigProvider, Day.js's from the i18n module), never the
 * browser's, as a native `<input type="date">` would.
 */
export function DateField({ value, onChange, noFuture, picker = 'date', ...rest }: DateFieldProps) {
  const format = FORMAT[picker];
  const parsed = value ? dayjs(value, format) : null;
  return (
    <DatePicker
      {...rest}
      picker={picker}
      style={{ width: '100%' }}
      format={format}
      value={parsed?.isValid() ? parsed : null}
      disabledDate={noFuture ? (d: Dayjs) => d.isAfter(dayjs(), picker === 'month' ? 'month' : 'day') : undefined}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(format) : null)}
      // Enter confirms the typed date; it must not also submit the surrounding form.
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
