/// <reference types="vite/client" />
// The big-screen demo: one <tx-dashboard> filling the window, a county switcher over
// the bundled data/*/dashboard.json. Settings live in the URL (?county=&theme=&locale=&controls=0)
// so a wall can be pointed at a fixed address and screenshots can hide the controls.
import '../packages/elements/src/dashboard/define.ts';
import type { Locale, ThemeName } from '@tongxin/spec';

const titles = import.meta.glob<string>('../data/*/dashboard.json', { eager: true, import: 'title' });
const counties = Object.entries(titles)
  .map(([path, title]) => ({ id: path.split('/').at(-2)!, title }))
  .sort((a, b) => a.id.localeCompare(b.id));

const dashboard = document.querySelector('tx-dashboard')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const countySelect = document.querySelector<HTMLSelectElement>('#county')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const localeSelect = document.querySelector<HTMLSelectElement>('#locale')!;

for (const county of counties) countySelect.add(new Option(`${county.title}`, county.id));

function apply(): void {
  const params = new URLSearchParams(location.search);
  const county = counties.find((c) => c.id === params.get('county'))?.id ?? counties.find((c) => c.id === 'wuxuan')?.id ?? counties[0]?.id;
  const theme = (params.get('theme') ?? 'bigscreen') as ThemeName;
  const locale = (params.get('locale') ?? 'zh-CN') as Locale;
  countySelect.value = county ?? '';
  themeSelect.value = theme;
  localeSelect.value = locale;
  controls.hidden = params.get('controls') === '0';
  dashboard.theme = theme;
  dashboard.locale = locale;
  document.documentElement.lang = locale;
  if (county) dashboard.src = `/${county}/dashboard.json`;
}

controls.addEventListener('change', () => {
  const params = new URLSearchParams(location.search);
  params.set('county', countySelect.value);
  params.set('theme', themeSelect.value);
  params.set('locale', localeSelect.value);
  history.replaceState(null, '', `?${params}`);
  apply();
});

apply();
