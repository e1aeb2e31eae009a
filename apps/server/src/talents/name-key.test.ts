/** The talent list's name order: pinyin, as a Chinese reader (and Intl.Collator('zh-CN')) expects. */
import { describe, expect, it } from 'vitest';
import { nameSortKey, withNameKey } from './name-key.js';

const byKey = (names: string[]) => [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0));

describe('nameSortKey', () => {
  it('orders 安 < 白 < 张 and agrees with the browser collator on common names', () => {
    expect(byKey(['张三', '白雪', '安娜'])).toEqual(['安娜', '白雪', '张三']);
    const names = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴昊', '孙丽', '马超', '胡军', '郭靖', '何平'];
    expect(byKey(names)).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });

  it('reads surnames as surnames and ends each syllable with its tone', () => {
    expect(nameSortKey('曾小贤')).toBe('zeng1xiao3xian2');
    expect(nameSortKey('单田芳')).toMatch(/^shan4/);
    // li3 (李) before lian2 (连): the tone digit ends the syllable
    expect(byKey(['连城', '李四'])).toEqual(['李四', '连城']);
  });

  it('keeps letters and digits of other scripts, lower-cased', () => {
    expect(nameSortKey('Alice Wang')).toBe('alicewang');
    expect(nameSortKey('张001')).toBe('zhang1001');
  });

  it('withNameKey sets the key only when the row has a name', () => {
    expect(withNameKey({ name: '安娜' })).toEqual({ name: '安娜', nameKey: 'an1na4' });
    expect(withNameKey({ district: '攸县' } as { name?: string; district: string })).toEqual({ district: '攸县' });
  });
});
