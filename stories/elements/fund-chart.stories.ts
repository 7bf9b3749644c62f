import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { countyStory, specUrl } from '../support/counties.ts';
import { renderElement, type ElementArgs } from '../support/element-story.ts';
import { fundChartSpec, HOSTILE_NAMES, LONG_NAMES, withoutRecords } from '../support/fixtures.ts';

/** Money raised by campaign, purpose or donor, in 万元/亿元 with qualifiers; progress and cumulative modes. */
const meta = {
  title: 'Elements/Fund chart 捐赠资金',
  id: 'elements-fund-chart',
  component: 'tx-fund-chart',
  tags: ['autodocs'],
  render: renderElement('tx-fund-chart'),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Wuxuan: Story = { name: '武宣县 Wuxuan', ...countyStory('wuxuan', 'funds') };
export const Donglan: Story = { name: '东兰县 Donglan', ...countyStory('donglan', 'funds') };
export const Yuanan: Story = { name: "远安县 Yuan'an", ...countyStory('yuanan', 'funds') };
export const Qianwei: Story = { name: '犍为县 Qianwei', ...countyStory('qianwei', 'funds') };
export const Heshan: Story = { name: '合山市 Heshan', ...countyStory('heshan', 'funds') };

/** `mode` from the Controls panel: bar (by campaign), progress (against `target`), cumulative (over `date`). */
export const Modes: Story = {
  name: '模式 Mode: bar / progress / cumulative',
  args: { src: specUrl('wuxuan', 'funds'), mode: 'progress', target: 15_000_000 },
};
export const English: Story = { name: 'English', args: { src: specUrl('wuxuan', 'funds'), locale: 'en' } };
export const Loading: Story = { name: '加载中 Loading', tags: ['expect-loading'], args: { src: specUrl('wuxuan', 'funds', '__pending__/') } };
export const FailedFetch: Story = { name: '错误 Failed fetch (404)', tags: ['expect-error'], args: { src: specUrl('wuxuan', 'funds', '__missing__/') } };
export const InvalidSpec: Story = {
  name: '错误 Invalid spec',
  tags: ['expect-error'],
  args: { spec: { version: 1, id: 'fund-chart', kind: 'fund-chart', data: 'funds', by: 'township', datasets: { funds: { values: [{ campaign: '捐种一棵大树', amount: 3000000 }] } } } },
};
export const Empty: Story = { name: '无数据 Empty', tags: ['expect-empty'], args: { spec: withoutRecords(fundChartSpec(['捐种一棵大树', '助学基金', '道路硬化'])) } };
export const Illustrative: Story = { name: '示意数据 Illustrative', tags: ['expect-illustrative'], args: { spec: fundChartSpec(['捐种一棵大树', '助学基金', '道路硬化']) } };
export const HostileStrings: Story = { name: '恶意字符串 Hostile strings', args: { spec: fundChartSpec(HOSTILE_NAMES, HOSTILE_NAMES[0]) } };
export const LongNames: Story = { name: '长名称 Long Chinese names', args: { spec: fundChartSpec(LONG_NAMES, LONG_NAMES[0]) } };
