import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { countyStory, specUrl } from '../support/counties.ts';
import { renderElement, type ElementArgs } from '../support/element-story.ts';
import { stationCoverageSpec, HOSTILE_NAMES, LONG_NAMES, withoutRecords } from '../support/fixtures.ts';

/** Liaison stations by kind on the township map, with per-township and overall coverage. */
const meta = {
  title: 'Elements/Station coverage 联络站覆盖',
  id: 'elements-station-coverage',
  component: 'tx-station-coverage',
  tags: ['autodocs'],
  render: renderElement('tx-station-coverage'),
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Wuxuan: Story = { name: '武宣县 Wuxuan', ...countyStory('wuxuan', 'coverage') };
export const Qianwei: Story = { name: '犍为县 Qianwei', ...countyStory('qianwei', 'coverage') };
export const Heshan: Story = { name: '合山市 Heshan', ...countyStory('heshan', 'coverage') };

export const English: Story = { name: 'English', args: { src: specUrl('wuxuan', 'coverage'), locale: 'en' } };
export const Loading: Story = { name: '加载中 Loading', tags: ['expect-loading'], args: { src: specUrl('wuxuan', 'coverage', '__pending__/') } };
export const FailedFetch: Story = { name: '错误 Failed fetch (404)', tags: ['expect-error'], args: { src: specUrl('wuxuan', 'coverage', '__missing__/') } };
export const InvalidSpec: Story = {
  name: '错误 Invalid spec',
  tags: ['expect-error'],
  args: { spec: { version: 1, id: 'station-coverage', kind: 'station-coverage', regions: 'townships', stations: 'stations', serviceRadius: -500 } },
};
export const Empty: Story = { name: '无数据 Empty', tags: ['expect-empty'], args: { spec: withoutRecords(stationCoverageSpec(['二塘镇', '三里镇', '东乡镇', '桐岭镇'])) } };
export const Illustrative: Story = { name: '示意数据 Illustrative', tags: ['expect-illustrative'], args: { spec: stationCoverageSpec(['二塘镇', '三里镇', '东乡镇', '桐岭镇']) } };
export const HostileStrings: Story = { name: '恶意字符串 Hostile strings', args: { spec: stationCoverageSpec(HOSTILE_NAMES, HOSTILE_NAMES[0]) } };
export const LongNames: Story = { name: '长名称 Long Chinese names', args: { spec: stationCoverageSpec(LONG_NAMES, LONG_NAMES[0]) } };
