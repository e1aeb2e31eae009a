/**
 * The pack checker words its messages in English (the YAML's own language). The editor shows the
 * common ones in the interface's language through this table; a message it does not know is
 * shown as sent. Each entry is a pattern over the whole message and the translation key its
 * captured parts fill.
 */
import type { TFunction } from 'i18next';

interface Known {
  readonly pattern: RegExp;
  readonly key: string;
  readonly names: readonly string[];
}

const KNOWN: readonly Known[] = [
  { pattern: /^\(document\): is empty$/, key: 'policies.yamlMessage.empty', names: [] },
  { pattern: /^(.+): is required$/, key: 'policies.yamlMessage.required', names: ['where'] },
  { pattern: /^(.+): unknown key "(.+)" \(did you mean "(.+)"\?\)$/, key: 'policies.yamlMessage.unknownKeyHint', names: ['where', 'name', 'hint'] },
  { pattern: /^(.+): unknown key "(.+)"$/, key: 'policies.yamlMessage.unknownKey', names: ['where', 'name'] },
  { pattern: /^unknown (field|parameter) '(.+)' \(did you mean '(.+)'\?\)$/, key: 'policies.yamlMessage.unknownNameHint', names: ['what', 'name', 'hint'] },
  { pattern: /^unknown (field|parameter) '(.+)'$/, key: 'policies.yamlMessage.unknownName', names: ['what', 'name'] },
  { pattern: /^cannot compare (\w+) with (\w+)$/, key: 'policies.yamlMessage.compare', names: ['a', 'b'] },
  { pattern: /^expected (\w+), found (\w+)$/, key: 'policies.yamlMessage.expected', names: ['a', 'b'] },
  { pattern: /^syntax error$/, key: 'policies.yamlMessage.syntax', names: [] },
  { pattern: /^(.+): must be a valid YYYY-MM-DD date$/, key: 'policies.yamlMessage.date', names: ['where'] },
  { pattern: /^(.+): must be kebab-case$/, key: 'policies.yamlMessage.kebab', names: ['where'] },
  { pattern: /^(.+): Invalid option: expected one of (.+)$/, key: 'policies.yamlMessage.option', names: ['where', 'options'] },
  { pattern: /^(.+): Invalid input: expected (\w+), received (\w+)$/, key: 'policies.yamlMessage.type', names: ['where', 'a', 'b'] },
  { pattern: /^unknown policy (.+)$/, key: 'policies.yamlMessage.unknownPolicy', names: ['name'] },
];

/** A checker message in the interface's language (as sent when it is not a known one). */
export function yamlMessage(message: string, t: TFunction): string {
  for (const k of KNOWN) {
    const m = k.pattern.exec(message);
    if (!m) continue;
    const vars: Record<string, string> = {};
    k.names.forEach((name, i) => {
      const value = m[i + 1] ?? '';
      vars[name] =
        name === 'where' && value === '(document)' ? t('policies.yamlMessage.document') : name === 'what' ? t(`policies.yamlMessage.${value}`) : value;
    });
    return t(k.key, { ...vars, interpolation: { escapeValue: false } });
  }
  return message;
}
