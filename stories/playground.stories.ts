import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { DataLoadError, describeFailure, drawView, loadSpec, specViews, type PipelineIssue } from '@tongxin/core';
import type { Locale } from '@tongxin/spec';
import { createElement } from './support/element-story.ts';
import type { EditorProblem } from './support/spec-editor.ts';
import { activityTrendSpec, countyMapSpec, fundChartSpec, kpiSpec, stationCoverageSpec } from './support/fixtures.ts';

/**
 * Edit a spec and watch it: the JSON on the left, in an editor that completes property names
 * and values from the spec's JSON Schema and marks each problem at its JSON pointer; on the
 * right the element it describes and what the pipeline (parse, migrate, validate, load, check
 * records, compile) says about it — the verdict `tongxin validate` and the elements give.
 */
const meta = {
  title: 'Playground/Spec playground 规格试验场',
  id: 'playground',
  parameters: { layout: 'fullscreen' },
  // CodeMirror is loaded here, and only here: no other story (and no package) pays for it.
  loaders: [async () => ({ specEditor: await import('./support/spec-editor.ts') })],
} satisfies Meta;
export default meta;

const TOWNSHIPS = ['二塘镇', '三里镇', '东乡镇', '桐岭镇', '通挽镇', '黄茆镇'];
const PRESETS: Record<string, object> = {
  'fund-chart': fundChartSpec(['捐种一棵大树', '助学基金', '道路硬化']),
  kpi: kpiSpec(['热线来电', '办结率', '满意度']),
  'activity-trend': activityTrendSpec(['consultation', 'inspection', 'proposal']),
  'county-map': countyMapSpec(TOWNSHIPS),
  'station-coverage': stationCoverageSpec(TOWNSHIPS),
};

// The playground's own words (a designer's tool, not library UI).
const WORDS = {
  'zh-CN': { preset: '示例', spec: '规格 JSON', valid: '规格有效', problems: (n: number) => `${n} 个问题`, json: 'JSON 语法错误', noTag: (k: string) => `尚无 <tx-${k}> 元素` },
  en: { preset: 'Example', spec: 'Spec JSON', valid: 'The spec is valid', problems: (n: number) => `${n} problem${n === 1 ? '' : 's'}`, json: 'JSON syntax error', noTag: (k: string) => `No <tx-${k}> element yet` },
} as const;

function problemItem(error: Pick<PipelineIssue, 'path' | 'message' | 'hint'>): HTMLLIElement {
  const item = document.createElement('li');
  const path = document.createElement('code');
  path.className = 'path';
  path.textContent = error.path || '/';
  const message = document.createElement('span');
  message.textContent = ` ${error.message}`;
  item.append(path, message);
  if (error.hint) {
    const hint = document.createElement('div');
    hint.className = 'hint';
    hint.textContent = error.hint;
    item.append(hint);
  }
  return item;
}

function renderPlayground(_args: unknown, context: StoryContext): HTMLElement {
  const { specEditor } = context.loaded as { specEditor: typeof import('./support/spec-editor.ts') };
  const locale = (context.globals.locale ?? 'zh-CN') as Locale;
  const theme = String(context.globals.theme ?? 'portal');
  const words = WORDS[locale];

  const root = document.createElement('div');
  root.className = 'tx-playground';
  root.style.cssText = 'display:grid;grid-template-columns:minmax(320px,2fr) 3fr;gap:16px;height:calc(100vh - 32px);padding:16px;box-sizing:border-box;font:14px/1.5 system-ui,sans-serif;';

  const left = document.createElement('div');
  left.style.cssText = 'display:flex;flex-direction:column;gap:8px;min-height:0;';
  const presetLabel = document.createElement('label');
  presetLabel.textContent = `${words.preset} `;
  const preset = document.createElement('select');
  preset.name = 'preset';
  for (const kind of Object.keys(PRESETS)) preset.add(new Option(kind, kind));
  presetLabel.append(preset);
  const editorLabel = document.createElement('div');
  editorLabel.textContent = words.spec;
  const editorHost = document.createElement('div');
  editorHost.id = 'tx-playground-spec';
  editorHost.style.cssText = 'flex:1;min-height:0;';
  left.append(presetLabel, editorLabel, editorHost);

  const right = document.createElement('div');
  right.style.cssText = 'display:flex;flex-direction:column;gap:8px;min-height:0;';
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.style.cssText = 'flex:1;min-height:320px;';
  const status = document.createElement('p');
  status.className = 'validation-status';
  status.setAttribute('role', 'status');
  status.style.margin = '0';
  const problems = document.createElement('ul');
  problems.className = 'validation-errors';
  problems.style.cssText = 'margin:0;max-height:30%;overflow:auto;color:#c0392b;';
  right.append(stage, status, problems);
  root.append(left, right);

  let element: HTMLElement | undefined;
  const show = (spec: { kind: string }) => {
    const tag = `tx-${spec.kind}`;
    if (!customElements.get(tag)) {
      stage.textContent = words.noTag(spec.kind);
      element = undefined;
      return;
    }
    if (element?.localName !== tag) {
      element = createElement(tag, { theme, locale }, { height: '100%' });
      stage.replaceChildren(element);
    }
    (element as unknown as { spec: object }).spec = spec;
  };

  const report = (statusText: string, errors: EditorProblem[]) => {
    status.textContent = statusText;
    problems.replaceChildren(...errors.map(problemItem));
    editor.showProblems(errors);
  };

  // Steps 1–7, as `tongxin validate` runs them: load (datasets by URL resolve against this
  // page, as the element's would), then compile every view. Only the newest text reports.
  let run = 0;
  const update = async () => {
    const current = ++run;
    const text = editor.text();
    try {
      const loaded = await loadSpec({ text, url: new URL('playground.json', location.href).href }, { locale });
      for (const { view } of specViews(loaded.spec)) {
        drawView(loaded, { ...(loaded.spec.kind === 'dashboard' ? { view: view.id } : {}), width: 800, height: 600, reducedMotion: true });
      }
      if (current !== run) return;
      report(words.valid, []);
      show(loaded.spec);
    } catch (error) {
      if (current !== run) return;
      const { errors } = describeFailure(error, locale);
      // A syntax error has no pointer into the document, only its line and column.
      const syntax = error instanceof DataLoadError && error.kind === 'malformed-json' && error.datasetId === undefined;
      const located: EditorProblem[] = errors.map((issue) => (syntax && error.line !== undefined ? { ...issue, line: error.line, column: error.column ?? 1 } : issue));
      report(syntax ? words.json : words.problems(errors.length), located);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const editor = specEditor.createSpecEditor({
    parent: editorHost,
    text: JSON.stringify(PRESETS[preset.value], null, 2),
    label: words.spec,
    onChange: () => {
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    },
  });
  preset.addEventListener('change', () => {
    editor.setText(JSON.stringify(PRESETS[preset.value], null, 2));
    clearTimeout(timer);
    void update();
  });
  void update();
  return root;
}

export const Playground: StoryObj = { name: '试验场 Playground', render: renderPlayground };
