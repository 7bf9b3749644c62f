import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ECharts } from 'echarts/core';
import type { SelectableItem } from '@tongxin/core';

export interface SelectionControllerOptions {
  chart: () => ECharts | undefined;
  /** Items in keyboard order (CompiledView.selectable). */
  items: () => SelectableItem[];
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

  /** Forget the keyboard position (new data). */
  reset(): void {
    this.active = -1;
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
