import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { countyStory, specUrl } from '../support/counties.ts';
import { renderElement, type ElementArgs } from '../support/element-story.ts';
import { kpiSpec, HOSTILE_NAMES, LONG_NAMES, withoutRecords } from '../support/fixtures.ts';

/** Headline figures with unit, qualifier, change and source. */
const meta = {
  title: 'Elements/KPI 关键指标',
  id: 'elements-kpi',
  component: 'tx-kpi',
  tags: ['autodocs'],
  render: renderElement('tx-kpi'),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Wuxuan: Story = { name: '武宣县 Wuxuan', ...countyStory('wuxuan', 'kpi') };
export const Donglan: Story = { name: '东兰县 Donglan', ...countyStory('donglan', 'kpi') };
export const Yuanan: Story = { name: "远安县 Yuan'an", ...countyStory('yuanan', 'kpi') };
export const Qianwei: Story = { name: '犍为县 Qianwei', ...countyStory('qianwei', 'kpi') };
export const Heshan: Story = { name: '合山市 Heshan', ...countyStory('heshan', 'kpi') };

export const English: Story = { name: 'English', args: { src: specUrl('wuxuan', 'kpi'), locale: 'en' } };
export const Loading: Story = { name: '加载中 Loading', tags: ['expect-loading'], args: { src: specUrl('wuxuan', 'kpi', '__pending__/') } };
export const FailedFetch: Story = { name: '错误 Failed fetch (404)', tags: ['expect-error'], args: { src: specUrl('wuxuan', 'kpi', '__missing__/') } };
export const InvalidSpec: Story = {
  name: '错误 Invalid spec',
  tags: ['expect-error'],
  args: { spec: { version: 1, id: 'kpi', kind: 'kpi', items: [{ label: '热线来电', value: '152件' }] } },
};
export const Empty: Story = { name: '无数据 Empty', tags: ['expect-empty'], args: { spec: withoutRecords(kpiSpec(['热线来电', '办结率', '满意度'])) } };
export const Illustrative: Story = { name: '示意数据 Illustrative', tags: ['expect-illustrative'], args: { spec: kpiSpec(['热线来电', '办结率', '满意度']) } };
export const HostileStrings: Story = { name: '恶意字符串 Hostile strings', args: { spec: kpiSpec(HOSTILE_NAMES, HOSTILE_NAMES[0]) } };
export const LongNames: Story = { name: '长名称 Long Chinese names', args: { spec: kpiSpec(LONG_NAMES, LONG_NAMES[0]) } };
