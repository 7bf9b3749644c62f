import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { render as renderLit } from 'lit';
import manifest from '../custom-elements.json';
import '@tongxin/elements/define.js';
import { tongxinArgTypes, type Manifest } from '../stories/support/arg-types.ts';
import { applyGlobals, BACKGROUNDS, storyFrame, type LocaleName, type ThemeName } from '../stories/support/frame.ts';
import { installStoryFetch } from '../stories/support/story-fetch.ts';

// Docs pages and controls come from the manifest `pnpm analyze` writes.
setCustomElementsManifest(manifest);
installStoryFetch();

const withThemeAndLocale: Decorator = (storyFn, context) => {
  const theme = (context.globals.theme ?? 'portal') as ThemeName;
  const locale = (context.globals.locale ?? 'zh-CN') as LocaleName;
  const result = storyFn();
  const content = document.createElement('div');
  if (result instanceof Node) content.append(result);
  else renderLit(result, content);
  applyGlobals(content, theme, locale);
  const fullscreen = context.parameters.layout === 'fullscreen';
  if (context.viewMode === 'story') {
    // The whole canvas, not just the frame, so a big-screen story has no white margins.
    document.body.style.background = BACKGROUNDS[theme].background;
  }
  return storyFrame(content, theme, fullscreen);
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  argTypesEnhancers: [
    (context) => typeof context.component === 'string'
      ? (tongxinArgTypes(context.component, manifest as Manifest, context.argTypes) as typeof context.argTypes)
      : context.argTypes,
  ],
  globalTypes: {
    theme: {
      description: 'Tongxin theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'portal', title: '门户 portal (light)' },
          { value: 'bigscreen', title: '大屏 big screen (dark)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Display language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', right: '中文', title: '简体中文 zh-CN' },
          { value: 'en', right: 'EN', title: 'English en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'portal', locale: 'zh-CN' },
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    docs: { toc: true },
    viewport: {
      options: {
        laptop1366: { name: 'Laptop 1366×768', styles: { width: '1366px', height: '768px' }, type: 'desktop' },
        fullHd1920: { name: 'Big screen 1920×1080', styles: { width: '1920px', height: '1080px' }, type: 'desktop' },
        uhd3840: { name: '4K wall 3840×2160', styles: { width: '3840px', height: '2160px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Elements', 'Dashboard', 'Playground'] },
    },
  },
};

export default preview;
