import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { countyStory, flakySpec, specUrl } from './support/counties.ts';
import { renderElement, type ElementArgs } from './support/element-story.ts';

/** A county's whole spec on one screen: shared datasets, grid, scaling to the screen, links, refresh. */
const meta = {
  title: 'Dashboard/Dashboard 大屏',
  id: 'dashboard',
  component: 'tx-dashboard',
  tags: ['autodocs'],
  render: renderElement('tx-dashboard'),
  parameters: { layout: 'fullscreen', tx: { height: '100vh' } },
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

export const Wuxuan: Story = { name: '武宣县 Wuxuan', ...countyStory('wuxuan', 'dashboard') };
export const Donglan: Story = { name: '东兰县 Donglan', ...countyStory('donglan', 'dashboard') };
export const Yuanan: Story = { name: "远安县 Yuan'an", ...countyStory('yuanan', 'dashboard') };
export const Qianwei: Story = { name: '犍为县 Qianwei', ...countyStory('qianwei', 'dashboard') };
export const Heshan: Story = { name: '合山市 Heshan', ...countyStory('heshan', 'dashboard') };
export const Laibin: Story = { name: '来宾市 Laibin', ...countyStory('laibin', 'dashboard') };

export const BigScreen: Story = {
  name: '大屏 1920×1080 big screen',
  args: { src: specUrl('wuxuan', 'dashboard'), theme: 'bigscreen' },
  globals: { viewport: { value: 'fullHd1920', isRotated: false } },
};
export const Wall4K: Story = {
  name: '4K 3840×2160 wall',
  args: { src: specUrl('wuxuan', 'dashboard'), theme: 'bigscreen' },
  globals: { viewport: { value: 'uhd3840', isRotated: false } },
};
export const Laptop: Story = {
  name: '笔记本 1366×768 laptop',
  args: { src: specUrl('wuxuan', 'dashboard') },
  globals: { viewport: { value: 'laptop1366', isRotated: false } },
};
export const English: Story = { name: 'English', args: { src: specUrl('qianwei', 'dashboard'), locale: 'en' } };
export const Stale: Story = {
  name: '数据过期 Stale data',
  tags: ['expect-stale'],
  loaders: [() => flakySpec('wuxuan', 'dashboard', '5s')],
};
export const Loading: Story = { name: '加载中 Loading', tags: ['expect-loading'], args: { src: specUrl('wuxuan', 'dashboard', '__pending__/') } };
export const FailedFetch: Story = { name: '错误 Failed fetch (404)', tags: ['expect-error'], args: { src: specUrl('wuxuan', 'dashboard', '__missing__/') } };
export const InvalidSpec: Story = {
  name: '错误 Invalid spec',
  tags: ['expect-error'],
  args: {
    spec: {
      version: 1,
      kind: 'dashboard',
      layout: { columns: 24 },
      views: [{ id: 'kpi', kind: 'kpi', items: [{ label: '热线来电', value: 152 }], grid: { x: 20, y: 0, w: 10, h: 4 } }],
      links: [{ select: 'map', filter: ['kpi'] }],
    },
  },
};
