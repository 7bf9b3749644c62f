import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ECharts } from 'echarts/core';
import type { SelectableItem } from '@tongxin/core';
import { seriesModel } from './series-model.ts';

export interface SelectionControllerOptions {
  chart: () => ECharts | undefined;
  /** Items in keyboard order (CompiledView.selectable). */
  items: () => SelectableItem[];
  /**
   * Key of the item the chart shows selected; null: none. Undefined: the chart shows what a click
   * selected (ECharts' own `selectedMode`), until `reset`.
   */
  selected?: () => string | null | undefined;
  /** An item was chosen by click or by Enter. */
  onSelect: (item: SelectableItem) => void;
}

/**
 * Pointer and keyboard selection over a chart: arrow keys move through the
 * selectable items (highlight + tooltip), Enter or Space selects, Escape
 * leaves; a click on an item selects it. Bind `onKeydown` to the focusable
 * chart container.
 */
export class SelectionController implements ReactiveController {
  /** Index in items() of the item the keyboard is on, or -1. */
  active = -1;
  private readonly host: ReactiveControllerHost;
  private readonly options: SelectionControllerOptions;

  constructor(host: ReactiveControllerHost, options: SelectionControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the chart was last made to show: skipped while the chart, its items and the key are the same. */
  private shown: { chart: ECharts; items: SelectableItem[]; key: string | null } | undefined;
  /** `reset` asked for the chart's selection to be cleared once it has drawn. */
  private clearPending = false;

  /**
   * After the chart has drawn (this controller comes after the ECharts controller): make the items
   * it shows selected the ones asked for. ECharts keeps a selection across a redraw that merges a
   * series (the same `id`), so without this a cleared selection, or a drill-down closed, left the
   * last clicked region selected on the map.
   */
  hostUpdated(): void {
    this.showSelected();
  }

  /** Show the item asked for (`selected`) as the chart's selection, or clear it after a `reset`. */
  showSelected(): void {
    const chart = this.options.chart();
    if (!chart) return;
    const items = this.options.items();
    const key = this.options.selected?.();
    if (key === undefined) {
      if (!this.clearPending) return;
      this.clearPending = false;
      this.showSoon(chart, items, null);
      return;
    }
    this.clearPending = false;
    const shown = this.shown;
    if (shown && shown.chart === chart && shown.items === items && shown.key === key) return;
    this.shown = { chart, items, key };
    this.showSoon(chart, items, key);
  }

  /**
   * `show` in a microtask: on a dashboard the views a selection filters update in this same task,
   * after this one; they redraw first, the map's selected state follows before the frame is painted.
   */
  private showSoon(chart: ECharts, items: SelectableItem[], key: string | null): void {
    queueMicrotask(() => {
      if (this.options.chart() === chart && !chart.isDisposed()) this.show(chart, items, key);
    });
  }

  /** Select the item with `key` (null: none) in its series, and unselect every other selected item of the items' series. */
  private show(chart: ECharts, items: SelectableItem[], key: string | null): void {
    const wanted = key === null ? undefined : items.find((i) => i.key === key);
    for (const seriesIndex of new Set(items.map((i) => i.seriesIndex))) {
      const series = seriesModel(chart, seriesIndex);
      if (!series) continue;
      const others = series.getSelectedDataIndices().filter((i) => !(wanted && wanted.seriesIndex === seriesIndex && wanted.dataIndex === i));
      if (others.length > 0) chart.dispatchAction({ type: 'unselect', seriesIndex, dataIndex: others });
    }
    if (wanted && !seriesModel(chart, wanted.seriesIndex)?.isSelected(wanted.dataIndex)) {
      chart.dispatchAction({ type: 'select', seriesIndex: wanted.seriesIndex, dataIndex: wanted.dataIndex });
    }
  }

  /** The item the keyboard is on. */
  get activeItem(): SelectableItem | undefined {
    return this.options.items()[this.active];
  }

  /** Wire ECharts clicks to selection; call with each new instance. */
  attach(chart: ECharts): void {
    chart.on('click', (params: { seriesIndex?: number; dataIndex?: number; name?: string; componentType?: string }) => {
      const items = this.options.items();
      const item = items.find((i) => i.seriesIndex === params.seriesIndex && i.dataIndex === params.dataIndex)
        ?? items.find((i) => params.name != null && (i.name === params.name || i.key === params.name));
      if (item) this.options.onSelect(item);
    });
  }

  /** Forget the keyboard position and, once the chart has drawn again, what it shows selected (a drill-down opened or closed). */
  reset(): void {
    this.active = -1;
    this.clearPending = true;
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    if (items.length === 0) return;
    let next = this.active;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (this.active + 1) % items.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = this.active <= 0 ? items.length - 1 : this.active - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ': {
        const item = items[this.active];
        if (!item) return;
        event.preventDefault();
        this.options.onSelect(item);
        return;
      }
      case 'Escape':
        this.move(-1);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.move(next);
  };

  private move(index: number): void {
    const chart = this.options.chart();
    const items = this.options.items();
    const previous = items[this.active];
    if (chart && previous) chart.dispatchAction({ type: 'downplay', seriesIndex: previous.seriesIndex, dataIndex: previous.dataIndex });
    this.active = index;
    const item = items[index];
    if (chart && item) {
      chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
      chart.dispatchAction({ type: 'showTip', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
    } else {
      chart?.dispatchAction({ type: 'hideTip' });
    }
    this.host.requestUpdate();
  }
}
