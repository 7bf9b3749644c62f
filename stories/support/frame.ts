/**
 * The toolbar's theme and locale, applied to every Tongxin element a story renders,
 * and the page behind them (dark for the big screen, like the wall it is designed for).
 */
export type ThemeName = 'portal' | 'bigscreen';
export type LocaleName = 'zh-CN' | 'en';

export const BACKGROUNDS: Record<ThemeName, { background: string; color: string }> = {
  portal: { background: '#ffffff', color: '#1f2933' },
  bigscreen: { background: '#06122b', color: '#e6f0ff' },
};

/** Tongxin elements in `root` (the root itself included), in document order. */
export function tongxinElementsIn(root: Element): Element[] {
  const found = root.localName.startsWith('tx-') ? [root] : [];
  return found.concat([...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('tx-')));
}

/**
 * Sets `theme` and `locale` on the elements that do not set their own: a story that is
 * about English (or the big screen) says so with the attribute and keeps it.
 */
export function applyGlobals(root: Element, theme: ThemeName, locale: LocaleName): void {
  for (const el of tongxinElementsIn(root)) {
    if (!el.hasAttribute('theme') || el.hasAttribute('data-story-theme')) {
      el.setAttribute('theme', theme);
      el.setAttribute('data-story-theme', '');
    }
    if (!el.hasAttribute('locale') || el.hasAttribute('data-story-locale')) {
      el.setAttribute('locale', locale);
      el.setAttribute('data-story-locale', '');
    }
  }
}

/** A frame in the theme's colours around the story. */
export function storyFrame(content: Node, theme: ThemeName, fullscreen: boolean): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'tx-story-frame';
  frame.dataset.theme = theme;
  const { background, color } = BACKGROUNDS[theme];
  frame.style.cssText = `background:${background};color:${color};box-sizing:border-box;`
    + (fullscreen ? 'width:100vw;height:100vh;overflow:hidden;' : 'padding:16px;');
  frame.append(content);
  return frame;
}
