/** A moment as people in the city read it: date and time in Asia/Shanghai, short. */
export function formatDateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang.startsWith('en') ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
}
