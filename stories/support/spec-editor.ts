/**
 * The playground's spec editor: CodeMirror 6 with JSON syntax, completion and hover from the
 * spec's JSON Schema, and the pipeline's problems as lint markers at their JSON pointers.
 * Only the playground story loads this module, by `import()`: no other story and no package
 * pays for CodeMirror.
 */
import { autocompletion, insertCompletionText, pickedCompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip, type Tooltip } from '@codemirror/view';
import { issueAnchor, pointerOffset } from '@tongxin/core';
import schema from '../../packages/spec/schema/v1.json';
import { basicSetup } from 'codemirror';
import { SchemaAssist, scanJson } from './json-schema-assist.ts';

const assist = new SchemaAssist(schema as Record<string, unknown>);

/** A problem as the pipeline words it: a pointer (or a line and column for a syntax error), a code, a message. */
export interface EditorProblem {
  path: string;
  code: string;
  message: string;
  hint?: string;
  line?: number;
  column?: number;
}

export interface SpecEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Mark these problems in the text (and clear the ones before). */
  showProblems(problems: readonly EditorProblem[]): void;
}

export interface SpecEditorOptions {
  parent: HTMLElement;
  text: string;
  /** The accessible name of the editing area. */
  label: string;
  onChange(text: string): void;
}

export function createSpecEditor(options: SpecEditorOptions): SpecEditor {
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        autocompletion({ override: [completeFromSchema] }),
        hoverTooltip(schemaHover),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
        EditorView.theme({
          '&': { height: '100%', fontSize: '13px', border: '1px solid #c8ccd0', borderRadius: '4px' },
          '.cm-scroller': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
          '.cm-schema-help': { padding: '4px 8px', maxWidth: '420px', font: '13px/1.45 system-ui, sans-serif' },
          '.cm-schema-help code': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showProblems(problems) {
      const text = view.state.doc.toString();
      view.dispatch(setDiagnostics(view.state, problems.map((problem) => diagnosticOf(view.state, text, problem))));
    },
  };
}

/** A problem's range: its key or value from the pointer (the first line of an object or array), or a syntax error's place. */
function diagnosticOf(state: EditorState, text: string, problem: EditorProblem): Diagnostic {
  let from: number;
  if (problem.line !== undefined) {
    const line = state.doc.line(Math.min(Math.max(problem.line, 1), state.doc.lines));
    from = Math.min(line.from + (problem.column ?? 1) - 1, line.to);
  } else {
    from = pointerOffset(text, problem.path, issueAnchor(problem.code));
  }
  const token = scanJson(text).tokens.find((t) => t.from === from);
  // A key or scalar whole; an object or array by its opening bracket; text that ends too soon by its last character.
  let to = token ? token.to : from + 1;
  if (from >= text.length) {
    from = Math.max(0, text.trimEnd().length - 1);
    to = Math.min(from + 1, text.length);
  }
  const message = `${problem.path || '/'} ${problem.message}${problem.hint ? `\n${problem.hint}` : ''}`;
  return { from, to, severity: 'error', message, source: problem.code };
}

/** Property names in an object, values after a colon — those the schema allows there. */
function completeFromSchema(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const { place } = scanJson(text, context.pos);
  const token = place.token;
  const typed = token ? text.slice(token.from, context.pos) : '';
  const from = token ? token.from : context.pos;
  if (place.at === 'key') {
    const options: Completion[] = assist.properties(place).map((property) => ({
      // Matched with its quotes, as the typed text starts with one; shown without.
      label: JSON.stringify(property.name),
      displayLabel: property.name,
      type: 'property',
      ...(property.type ? { detail: property.type } : {}),
      ...(property.description ? { info: property.description } : {}),
      apply: replaceToken((hasColon) => (hasColon ? JSON.stringify(property.name) : `${JSON.stringify(property.name)}: `)),
    }));
    return options.length > 0 ? { from, options, validFor: /^"?[\w$-]*$/ } : null;
  }
  if (place.at === 'value') {
    if (typed === '' && !context.explicit && !/:\s*$/.test(text.slice(0, context.pos))) return null;
    const options: Completion[] = assist.values(place).map((value) => ({ label: value.json, type: 'enum', apply: replaceToken(() => value.json) }));
    return options.length > 0 ? { from, options, validFor: /^"?[\w$-]*$/ } : null;
  }
  return null;
}

/**
 * Insert a completion over the typed text and the rest of its token: the rest of the word
 * and the closing quote the editor put after the cursor (matched against, they are not).
 * A key keeps the colon it has.
 */
function replaceToken(textFor: (hasColon: boolean) => string) {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    const after = view.state.sliceDoc(to, Math.min(to + 200, view.state.doc.length));
    const rest = /^[\w$-]*"?/.exec(after)![0];
    const hasColon = /^\s*:/.test(after.slice(rest.length));
    view.dispatch({ ...insertCompletionText(view.state, textFor(hasColon), from, to + rest.length), annotations: pickedCompletion.of(completion) });
  };
}

/** What the schema says about the key or value under the pointer. */
function schemaHover(view: EditorView, pos: number): Tooltip | null {
  const text = view.state.doc.toString();
  const token = scanJson(text).tokens.find((t) => t.from <= pos && pos <= t.to);
  if (!token) return null;
  const help = assist.help(token.path, token.containers);
  if (!help) return null;
  return {
    pos: token.from,
    end: token.to,
    above: true,
    create() {
      const dom = document.createElement('div');
      dom.className = 'cm-schema-help';
      const pointer = document.createElement('code');
      pointer.textContent = help.pointer;
      dom.append(pointer);
      if (help.type) dom.append(` : ${help.type}`);
      if (help.description) {
        const description = document.createElement('div');
        description.textContent = help.description;
        dom.append(description);
      }
      return { dom };
    },
  };
}
