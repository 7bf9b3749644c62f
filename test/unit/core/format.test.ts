import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatExactYuan, formatPercent, formatValue, qualifierWord, escapeHtml } from '../../../packages/core/src/index.ts';

describe('formatAmount, zh-CN', () => {
  const zh = (yuan: number, qualifier?: 'over' | 'about' | 'at-least') => formatAmount(yuan, { locale: 'zh-CN', qualifier });

  it('writes the articles’ figures the way the articles do', () => {
    expect(zh(5_000_000, 'over')).toBe('500余万元'); // 武宣 500多万元
    expect(zh(700_000, 'about')).toBe('约70万元');
    expect(zh(100_000, 'at-least')).toBe('10万元以上'); // 东兰 10万元以上
    expect(zh(900_000_000, 'over')).toBe('9亿余元'); // 武宣 9亿多元
    expect(zh(6_780_000)).toBe('678万元'); // 犍为 678万元
    expect(zh(785_000)).toBe('78.5万元'); // 合山 78.5万元
    expect(zh(24_259_000)).toBe('2425.9万元'); // 东兰 2425.9万元, no separator inside 万
  });

  it('about and at-least in 亿', () => {
    expect(zh(900_000_000, 'about')).toBe('约9亿元');
    expect(zh(120_000_000, 'at-least')).toBe('1.2亿元以上');
  });

  it('moves to 万 at 10,000 yuan and to 亿 at 100,000,000', () => {
    expect(zh(9_999)).toBe('9999元');
    expect(zh(10_000)).toBe('1万元');
    expect(zh(99_990_000)).toBe('9999万元');
    expect(zh(100_000_000)).toBe('1亿元');
    expect(zh(500, 'over')).toBe('500余元');
  });

  it('a value that rounds up to the next magnitude is written in it', () => {
    expect(zh(99_999_999)).toBe('1亿元');
    expect(formatAmount(99_999_999, { locale: 'zh-CN', precision: 4 })).toBe('9999.9999万元');
  });

  it('precision limits the digits after the point', () => {
    expect(formatAmount(1_234_567, { locale: 'zh-CN', precision: 0 })).toBe('123万元');
    expect(formatAmount(1_234_567, { locale: 'zh-CN' })).toBe('123.46万元');
  });

  it('groups digits only from five up, as Chinese print does', () => {
    expect(zh(123_450_000_000)).toBe('1234.5亿元');
    expect(zh(1_234_500_000_000)).toBe('12,345亿元');
  });
});

describe('formatAmount, en', () => {
  const en = (yuan: number, qualifier?: 'over' | 'about' | 'at-least') => formatAmount(yuan, { locale: 'en', qualifier });
  it('writes qualifiers as words before the figure', () => {
    expect(en(5_000_000, 'over')).toBe('over 5 million yuan');
    expect(en(700_000, 'about')).toBe('about 700,000 yuan');
    expect(en(100_000, 'at-least')).toBe('at least 100,000 yuan');
    expect(en(900_000_000, 'over')).toBe('over 900 million yuan');
    expect(en(1_200_000_000)).toBe('1.2 billion yuan');
    expect(en(785_000)).toBe('785,000 yuan');
    expect(en(6_780_000)).toBe('6.78 million yuan');
  });
});

describe('formatExactYuan', () => {
  it('gives every yuan', () => {
    expect(formatExactYuan(5_000_000, 'zh-CN')).toBe('5,000,000元');
    expect(formatExactYuan(5_000_000, 'en')).toBe('¥5,000,000');
    expect(formatExactYuan(785_000.5, 'zh-CN')).toBe('785,000.5元');
    expect(formatExactYuan(-300, 'en')).toBe('-¥300');
  });
});

describe('formatCount', () => {
  it('zh-CN: 余 after the digits, 约 before, 以上 after the unit', () => {
    expect(formatCount(20, { locale: 'zh-CN', qualifier: 'over', unitLabel: '场' })).toBe('20余场');
    expect(formatCount(70, { locale: 'zh-CN', qualifier: 'about', unitLabel: '人' })).toBe('约70人');
    expect(formatCount(4, { locale: 'zh-CN', qualifier: 'at-least', unitLabel: '次' })).toBe('4次以上');
    expect(formatCount(152, { locale: 'zh-CN', unitLabel: '件' })).toBe('152件');
    expect(formatCount(11897, { locale: 'zh-CN', unitLabel: '亩' })).toBe('11,897亩');
  });
  it('en', () => {
    expect(formatCount(20, { locale: 'en', qualifier: 'over' })).toBe('over 20');
    expect(formatCount(3000, { locale: 'en', qualifier: 'over', unitLabel: 'person-times' })).toBe('over 3,000 person-times');
    expect(formatCount(4, { locale: 'en', qualifier: 'at-least', unitLabel: 'times' })).toBe('at least 4 times');
  });
});

describe('formatPercent', () => {
  it('takes 0–100', () => {
    expect(formatPercent(92, 'zh-CN')).toBe('92%');
    expect(formatPercent(98.5, 'en')).toBe('98.5%');
    expect(formatPercent(100, 'zh-CN')).toBe('100%');
  });
  it('with qualifiers', () => {
    expect(formatPercent(90, 'zh-CN', 'at-least')).toBe('90%以上');
    expect(formatPercent(90, 'zh-CN', 'over')).toBe('超过90%');
    expect(formatPercent(90, 'en', 'about')).toBe('about 90%');
  });
});

describe('formatValue', () => {
  it('dispatches on unit', () => {
    expect(formatValue(3_000_000, { locale: 'zh-CN', unit: 'yuan', qualifier: 'over' })).toBe('300余万元');
    expect(formatValue(20, { locale: 'zh-CN', unit: 'percent' })).toBe('20%');
    expect(formatValue(3000, { locale: 'zh-CN', unit: 'person-times', qualifier: 'over' })).toBe('3000余人次');
    expect(formatValue(8200, { locale: 'en', unit: 'work-days', qualifier: 'over' })).toBe('over 8,200 work-days');
    expect(formatValue(152, { locale: 'zh-CN', unitLabel: '件' })).toBe('152件');
    expect(formatValue(13, { locale: 'zh-CN' })).toBe('13');
  });
});

describe('qualifierWord', () => {
  it('names each qualifier in both locales', () => {
    expect(['over', 'about', 'at-least'].map((q) => qualifierWord(q as 'over', 'zh-CN'))).toEqual(['余', '约', '以上']);
    expect(['over', 'about', 'at-least'].map((q) => qualifierWord(q as 'over', 'en'))).toEqual(['over', 'about', 'at least']);
    expect(qualifierWord(undefined, 'en')).toBe('');
  });
});

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});
