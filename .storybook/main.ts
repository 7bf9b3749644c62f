import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for designers: every story reads local files only (data/ is served at ./data/),
// and Storybook itself phones nowhere (telemetry and update checks off).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Relative URLs in stories (`data/wuxuan/map.json`) resolve against iframe.html,
  // so the static build works under any sub-path.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, disableProjectJson: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig, { configType }) {
    const mode = configType === 'PRODUCTION' ? 'production' : 'development';
    return {
      ...viteConfig,
      // ECharts reads process.env.NODE_ENV; the browser has no `process`.
      define: { ...viteConfig.define, 'process.env.NODE_ENV': JSON.stringify(mode) },
      build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
    };
  },
};

export default config;
