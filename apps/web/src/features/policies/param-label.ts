/** A pack parameter as people read it: its name and unit in the interface's language. */
import type { TFunction } from 'i18next';

/** The unit of a parameter (元, 个月 …), as sent when it is not a known one. */
export function unitLabel(t: TFunction, unit: string): string {
  return t(`policies.unit.${unit}`, { defaultValue: unit });
}

/** "金额（元）" / "amount (yuan)"; a parameter without a translation keeps its name. */
export function paramLabel(t: TFunction, lang: string, param: string, unit: string): string {
  const name = t(`policies.param.${param}`, { defaultValue: param });
  return lang === 'en' ? `${name} (${unitLabel(t, unit)})` : `${name}（${unitLabel(t, unit)}）`;
}
