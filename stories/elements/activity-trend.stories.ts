import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { countyStory, specUrl } from '../support/counties.ts';
import { renderElement, type ElementArgs } from '../support/element-story.ts';
import { activityTrendSpec, HOSTILE_NAMES, LONG_NAMES, withoutRecords } from '../support/fixtures.ts';

/** Counts or rates by activity kind over time, stacked or as lines, with annotations. */
const meta = {
  title: 'Elements/Activity trend 履职活动趋势',
  id: 'elements-activity-trend',
  component: 'tx-activity-trend',
  tags: ['autodocs'],
  render: renderElement('tx-activity-trend'),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Wuxuan: Story = { name: '武宣县 Wuxuan', ...countyStory('wuxuan', 'trend') };
export const Yuanan: Story = { name: "远安县 Yuan'an", ...countyStory('yuanan', 'trend') };
export const Qianwei: Story = { name: '犍为县 Qianwei', ...countyStory('qianwei', 'trend') };

export const English: Story = { name: 'English', args: { src: specUrl('wuxuan', 'trend'), locale: 'en' } };
export const Loading: Story = { name: '加载中 Loading', tags: ['expect-loading'], args: { src: specUrl('wuxuan', 'trend', '__pending__/') } };
export const FailedFetch: Story = { name: '错误 Failed fetch (404)', tags: ['expect-error'], args: { src: specUrl('wuxuan', 'trend', '__missing__/') } };
export const InvalidSpec: Story = {
  name: '错误 Invalid spec',
  tags: ['expect-error'],
  args: { spec: { version: 1, id: 'activity-trend', kind: 'activity-trend', data: 'activities', mark: 'pie', datasets: { activities: { values: [] } } } },
};
export const Empty: Story = { name: '无数据 Empty', tags: ['expect-empty'], args: { spec: withoutRecords(activityTrendSpec(['consultation', 'inspection', 'proposal'])) } };
export const Illustrative: Story = { name: '示意数据 Illustrative', tags: ['expect-illustrative'], args: { spec: activityTrendSpec(['consultation', 'inspection', 'proposal']) } };
export const HostileStrings: Story = { name: '恶意字符串 Hostile strings', args: { spec: activityTrendSpec(HOSTILE_NAMES, HOSTILE_NAMES[0]) } };
export const LongNames: Story = { name: '长名称 Long Chinese names', args: { spec: activityTrendSpec(LONG_NAMES, LONG_NAMES[0]) } };
