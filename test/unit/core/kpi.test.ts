import { describe, expect, it } from 'vitest';
import type { KpiView } from '@tongxin/spec';
import { compileKpi, compileView } from '../../../packages/core/src/index.ts';
import { en, load, zh } from './fixtures.ts';

// 武宣 hotline: 152 calls, satisfaction 100%; 犍为: 98.5% of 483 requests solved.
const view: KpiView = {
  id: 'k',
  kind: 'kpi',
  items: [
    { label: '热线来电', value: 152, unitLabel: '件', source: 'wuxuan-2022' },
    { label: '满意度', value: 100, unit: 'percent', source: 'wuxuan-2022' },
    { label: '委员捐款', value: 5_000_000, unit: 'yuan', qualifier: 'over', source: 'wuxuan-2022' },
    { label: '委员参与率', value: 92, unit: 'percent', previous: 20, source: 'qianwei-2025' },
  ],
};

describe('compileKpi', () => {
  it('formats each figure with unit and qualifier, and the change', async () => {
    const out = compileKpi(view, await load({}), zh);
    expect(out.cards!.map((c) => c.text)).toEqual(['152件', '100%', '500余万元', '92%']);
    expect(out.cards![3].change).toEqual({ text: '比上期增加 72个百分点', direction: 'up' });
    expect(out.cards![0].source).toBe('委员履职“三聚焦” 乡村振兴添动力');
    expect(out.summary).toBe('热线来电 152件；满意度 100%；委员捐款 500余万元；委员参与率 92%');
    expect(out.table.rows.map((r) => [r.cells.label, r.cells.value, r.cells.qualifier, r.cells.change])).toEqual([
      ['热线来电', '152件', '', ''],
      ['满意度', '100%', '', ''],
      ['委员捐款', '500余万元', '余', ''],
      ['委员参与率', '92%', '', '比上期增加 72个百分点'],
    ]);
    expect(out.option.aria).toMatchObject({ enabled: true });
    expect(out.illustrative).toBe(false);
    expect(out.empty).toBe(false);
  });

  it('reads items from a dataset too, with the dataset’s source and illustrative flag', async () => {
    const data = await load({ kpis: { values: [{ label: 'Requests solved', value: 98.5, unit: 'percent', previous: 99 }], source: 'qianwei-2025', illustrative: true } });
    const out = compileView({ id: 'k', kind: 'kpi', data: 'kpis' }, data, en);
    expect(out.cards).toEqual([
      { label: 'Requests solved', value: 98.5, text: '98.5%', change: { text: 'down 0.5 percentage points on the previous period', direction: 'down' }, source: '坚持“四高”导向 增强同心共建质效', illustrative: true },
    ]);
    expect(out.illustrative).toBe(true);
  });

  it('is empty with no figures', async () => {
    const out = compileKpi({ id: 'k', kind: 'kpi' }, await load({}), zh);
    expect(out.empty).toBe(true);
    expect(out.summary).toBe('暂无数据');
  });
});

describe('compileKpi: every card is a selectable item', () => {
  it('keys by record id, else label; a repeated label gets its own key', async () => {
    const out = compileKpi(view, await load({}), zh);
    expect(out.selectable.map((s) => [s.key, s.name, s.value, s.dataIndex])).toEqual([
      ['热线来电', '热线来电', 152, 0],
      ['满意度', '满意度', 100, 1],
      ['委员捐款', '委员捐款', 5_000_000, 2],
      ['委员参与率', '委员参与率', 92, 3],
    ]);
    const twice = compileKpi({ id: 'k', kind: 'kpi', data: 'figures' }, await load({
      figures: { values: [{ id: 'calls', label: '热线来电', value: 152 }, { label: '诉求', value: 85 }, { label: '诉求', value: 67 }] },
    }), zh);
    expect(twice.selectable.map((s) => s.key)).toEqual(['calls', '诉求', '诉求~2']);
    expect(new Set(twice.selectable.map((s) => s.key)).size).toBe(twice.cards!.length);
  });
});
