/**
 * Every story and docs page of the built Storybook (storybook-static/, from
 * `pnpm build-storybook`) opened in headless Chromium: no console error, no failed or
 * off-site request, no alert; each element fires tx-render — except the error stories,
 * which must fire tx-error and show it, and the loading stories, which must stay loading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX, useBuiltStorybook } from './built-storybook.ts';
import { checkEntry, expectationOf, type IndexEntry } from './check-story.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

const entries = Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries as Record<string, IndexEntry>);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const storybook = useBuiltStorybook();

describe('the built Storybook', () => {
  it('has stories for every element, with error and loading states', () => {
    const titles = new Set(stories.map((s) => s.title));
    expect(titles.size).toBeGreaterThan(0);
    for (const title of titles) {
      if (!title.startsWith('Elements/')) continue;
      const kinds = stories.filter((s) => s.title === title).map(expectationOf);
      expect(kinds, title).toContain('error');
      expect(kinds, title).toContain('loading');
    }
  });

  // Which docs entry shows each kind of county spec file.
  const ELEMENT_OF_FILE: Record<string, string> = {
    'map.json': 'elements-county-map',
    'coverage.json': 'elements-station-coverage',
    'trend.json': 'elements-activity-trend',
    'funds.json': 'elements-fund-chart',
    'kpi.json': 'elements-kpi',
    'dashboard.json': 'dashboard',
  };

  it('has a story for every county spec in data/', () => {
    const ids = new Set(stories.map((s) => s.id));
    const missing: string[] = [];
    for (const county of readdirSync(DATA_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(resolve(DATA_DIR, county.name))) {
        const component = ELEMENT_OF_FILE[file];
        if (component && !ids.has(`${component}--${county.name}`)) missing.push(`data/${county.name}/${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  describe.concurrent('stories', () => {
    for (const entry of stories) {
      it(`${entry.title} › ${entry.name} (${expectationOf(entry)})`, async () => {
        expect(await checkEntry(storybook.context, entry, { origin: storybook.server.origin })).toEqual([]);
      });
    }
  });

  // The toolbar switched: every story again, dark and in English.
  describe.concurrent('stories with the toolbar on big screen and English', () => {
    for (const entry of stories) {
      it(`${entry.title} › ${entry.name} (${expectationOf(entry)})`, async () => {
        expect(await checkEntry(storybook.context, entry, { origin: storybook.server.origin, globals: 'theme:bigscreen;locale:en' })).toEqual([]);
      });
    }
  });

  describe.concurrent('docs pages', () => {
    for (const entry of docs) {
      it(`${entry.title} › ${entry.name}`, async () => {
        expect(await checkEntry(storybook.context, entry, { origin: storybook.server.origin })).toEqual([]);
      });
    }
  });
});
