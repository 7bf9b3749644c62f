import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { countyStory, specUrl } from '../support/counties.ts';
import { renderElement, type ElementArgs } from '../support/element-story.ts';
import { countyMapSpec, HOSTILE_NAMES, LONG_NAMES, withoutRecords } from '../support/fixtures.ts';

/** Townships coloured by a measure, with legend, labels, selection and drill-down. */
const meta = {
  title: 'Elements/County map 县域地图',
  id: 'elements-county-map',
  component: 'tx-county-map',
  tags: ['autodocs'],
  render: renderElement('tx-county-map'),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Wuxuan: Story = { name: '武宣县 Wuxuan', ...countyStory('wuxuan', 'map') };
export const Donglan: Story = { name: '东兰县 Donglan', ...countyStory('donglan', 'map') };
export const Yuanan: Story = { name: "远安县 Yuan'an", ...countyStory('yuanan', 'map') };
export const Qianwei: Story = { name: '犍为县 Qianwei', ...countyStory('qianwei', 'map') };
export const Heshan: Story = { name: '合山市 Heshan', ...countyStory('heshan', 'map') };
export const Laibin: Story = { name: '来宾市 Laibin (drill-down)', ...countyStory('laibin', 'map') };

export const English: Story = { name: 'English', args: { src: specUrl('wuxuan', 'map'), locale: 'en' } };
export const Loading: Story = { name: '加载中 Loading', tags: ['expect-loading'], args: { src: specUrl('wuxuan', 'map', '__pending__/') } };
export const FailedFetch: Story = { name: '错误 Failed fetch (404)', tags: ['expect-error'], args: { src: specUrl('wuxuan', 'map', '__missing__/') } };
export const InvalidSpec: Story = {
  name: '错误 Invalid spec',
  tags: ['expect-error'],
  args: { spec: { version: 1, id: 'county-map', kind: 'county-map', regions: 'townships', labels: 'yes' } },
};
export const Empty: Story = { name: '无数据 Empty', tags: ['expect-empty'], args: { spec: withoutRecords(countyMapSpec(LONG_NAMES)) } };
export const Illustrative: Story = { name: '示意数据 Illustrative', tags: ['expect-illustrative'], args: { spec: countyMapSpec(['二塘镇', '三里镇', '东乡镇', '桐岭镇']) } };
export const HostileStrings: Story = { name: '恶意字符串 Hostile strings', args: { spec: countyMapSpec(HOSTILE_NAMES, HOSTILE_NAMES[0]) } };
export const LongNames: Story = { name: '长名称 Long Chinese names', args: { spec: countyMapSpec(LONG_NAMES, LONG_NAMES[0]) } };
