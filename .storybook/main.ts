import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

// Storybook for designers: every story reads local files only (data/ is served at ./data/),
// and Storybook itself phones nowhere (telemetry and update checks off).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // GitHub-flavoured markdown in .mdx docs (MDX 3 alone renders a `| a | b |` table as text).
  addons: [{ name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } }],
  // No "get started" onboarding checklist in the sidebar or the menu: this Storybook is for designers.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Relative URLs in stories (`data/wuxuan/map.json`) resolve against iframe.html,
  // so the static build works under any sub-path.
  staticDirs: [{ from: '../data', to: '/data' }, { from: '../examples/spreadsheets', to: '/examples/spreadsheets' }],
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
