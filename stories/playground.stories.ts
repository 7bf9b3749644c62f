import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { checkSpec, describeFailure, parseSpecText, type PipelineIssue } from '@tongxin/core';
import type { Locale } from '@tongxin/spec';
import { createElement } from './support/element-story.ts';
import { activityTrendSpec, countyMapSpec, fundChartSpec, kpiSpec, stationCoverageSpec } from './support/fixtures.ts';

/**
 * Edit a spec and watch it: the JSON on the left; on the right the element it describes
 * and what the pipeline's first steps (parse, migrate, validate) say about it, each problem with
 * its JSON path and code — the verdict `tongxin validate` and the elements give.
 */
const meta = {
  title: 'Playground/Spec playground 规格试验场',
  id: 'playground',
  parameters: { layout: 'fullscreen' },
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
  const editorLabel = document.createElement('label');
  editorLabel.textContent = words.spec;
  editorLabel.htmlFor = 'tx-playground-spec';
  const editor = document.createElement('textarea');
  editor.id = 'tx-playground-spec';
  editor.spellcheck = false;
  editor.style.cssText = 'flex:1;min-height:0;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;tab-size:2;resize:none;padding:8px;';
  left.append(presetLabel, editorLabel, editor);

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

  const update = () => {
    problems.replaceChildren();
    let input: unknown;
    try {
      input = parseSpecText(editor.value, 'playground.json');
    } catch (error) {
      status.textContent = words.json;
      problems.append(...describeFailure(error, locale).errors.map(problemItem));
      return;
    }
    try {
      const spec = checkSpec(input, locale);
      status.textContent = words.valid;
      show(spec);
    } catch (error) {
      const { errors } = describeFailure(error, locale);
      status.textContent = words.problems(errors.length);
      problems.append(...errors.map(problemItem));
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  editor.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  preset.addEventListener('change', () => {
    editor.value = JSON.stringify(PRESETS[preset.value], null, 2);
    update();
  });
  editor.value = JSON.stringify(PRESETS[preset.value], null, 2);
  update();
  return root;
}

export const Playground: StoryObj = { name: '试验场 Playground', render: renderPlayground };
