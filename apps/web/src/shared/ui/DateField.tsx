import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** Props of {@link DateField}: the value is a `YYYY-MM-DD` string, as the API wants it. */
export interface DateFieldProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  /** Dates after today cannot be picked. */
  noFuture?: boolean;
  'aria-label'?: string;
}

/** A date picker that reads and writes `YYYY-MM-DD` strings instead of Day.js objects. */
export function DateField({ value, onChange, noFuture, ...rest }: DateFieldProps) {
  const parsed = value ? dayjs(value, 'YYYY-MM-DD') : null;
  return (
    <DatePicker
      {...rest}
      style={{ width: '100%' }}
      format="YYYY-MM-DD"
      value={parsed?.isValid() ? parsed : null}
      disabledDate={noFuture ? (d: Dayjs) => d.isAfter(dayjs(), 'day') : undefined}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      // Enter confirms the typed date; it must not also submit the surrounding form.
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
