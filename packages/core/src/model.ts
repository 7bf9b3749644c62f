/**
 * The contract between loading, compiling and the elements.
 *
 * load (spec + fetched files) → LoadedData → compileView(view, data, context) → CompiledView.
 * Everything here is plain data, so the same CompiledView drives the browser
 * element and server-side SVG rendering.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Crs, Dataset, DataRecord, Locale, Qualifier, Source, ThemeName, View } from '@tongxin/spec';
import type { ThemeTokens } from './theme/theme-tokens.ts';

/** Properties every region feature carries after loading. */
export interface RegionProperties {
  /** NBS code (township: 9 digits, county: 6). */
  code: string;
  name: string;
  [key: string]: unknown;
}

/** A dataset after fetching and parsing. */
export interface LoadedDataset {
  id: string;
  spec: Dataset;
  /** Tabular records (format `json`, or inline `values` array). */
  records?: DataRecord[];
  /** Regions, RFC 7946 winding fixed for d3-geo, still in `crs`. */
  regions?: FeatureCollection<Geometry, RegionProperties>;
  crs: Crs;
  illustrative: boolean;
  /** True when the last refresh failed and these are the last good data. */
  stale?: boolean;
  /** When these data were fetched (ms since epoch); undefined for inline data. */
  fetchedAt?: number;
}

export interface LoadedData {
  datasets: Record<string, LoadedDataset>;
  sources: Record<string, Source>;
  /** Refresh failures for datasets that kept their previous (now `stale`) data. */
  refreshErrors?: Error[];
  /**
   * Datasets that could not be loaded and have no last good data, by id, with why (a
   * `DataLoadError` or `SpecFailure`): the views reading them show this error, the others draw.
   * A dataset neither in `datasets` nor here is still loading.
   */
  failed?: Record<string, Error>;
}

/** The current selection of a linked dashboard: records whose `field` equals `value`. */
export interface Selection {
  field: string;
  value: string;
  /** Human label, e.g. the township's name. */
  label?: string;
}

export interface CompileContext {
  locale: Locale;
  theme: ThemeName;
  /** Pixel size of the chart, for fitting projections. */
  width: number;
  height: number;
  /** Filter applied by a linked selection. */
  selection?: Selection;
  /** For drill-down: the region code currently opened, if any. */
  drilledInto?: string;
  /** Turn animation off (prefers-reduced-motion, SSR). */
  reducedMotion?: boolean;
  /** Design tokens, e.g. read from CSS custom properties; default `themeTokens(theme)`. */
  tokens?: ThemeTokens;
  /** Draw decal patterns on areas and bars (ECharts `aria.decal`), for colour-blind users and print. */
  decal?: boolean;
  /**
   * Compiled for the frame only (title, table, sources, summary) at a guessed size: the option is
   * not drawn, so work only the drawing needs (station points, service areas, placing names) may
   * be skipped. An element compiles a draft before its chart's container exists, then the drawing
   * at the container's size.
   */
  draft?: boolean;
}

/** A column of the accessible data table. */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** A row: formatted text per column (with qualifier words), plus raw values for CSV and tests. */
export interface TableRow {
  cells: Record<string, string>;
  raw: Record<string, string | number | null>;
  /** Source titles for this row's figures. */
  source?: string;
  qualifier?: Qualifier;
}

export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** A map the element must register with `echarts.registerMap` before setting the option. */
export interface MapRegistration {
  name: string;
  geoJSON: FeatureCollection;
}

export interface CompiledView {
  view: View;
  /** Plain ECharts option; no functions in data positions, text never as HTML. */
  option: Record<string, unknown>;
  maps: MapRegistration[];
  table: DataTable;
  /** Accessible one-sentence summary generated from the data, e.g. 武宣县 10 个乡镇，联络站覆盖率 100%. */
  summary: string;
  /** Some data shown is illustrative: the element shows 示意数据 / illustrative. */
  illustrative: boolean;
  /** Attributions of the datasets shown (map outline providers). */
  attributions: string[];
  /** Titles of the sources of the figures shown. */
  sources: string[];
  /** Nothing to draw (no records after filtering): the element shows its empty state. */
  empty: boolean;
  /** Items a click/Enter can select, in keyboard order: what tx-select reports. */
  selectable: SelectableItem[];
  /** Map views: the regions are illustrative (示意区划 is shown on the map). */
  illustrativeRegions?: boolean;
  /** County map drilled into a region: which, and that a way back must be offered. */
  drill?: { current: string; name: string; back: boolean };
  /** KPI views: the cards the element draws as HTML (text, never markup). */
  cards?: KpiCard[];
}

/** One headline figure, formatted. */
export interface KpiCard {
  label: string;
  value: number;
  /** Formatted with unit and qualifier: 152件, 98.5%, 500余万元. */
  text: string;
  /** Change from the previous figure, formatted, and its direction. */
  change?: { text: string; direction: 'up' | 'down' | 'same' };
  source?: string;
  illustrative: boolean;
}

export interface SelectableItem {
  /** Region code or series item key. */
  key: string;
  name: string;
  value: number | null;
  /** ECharts series index and data index of the item, for highlight/showTip. */
  seriesIndex: number;
  dataIndex: number;
  /** Clicking it opens a more detailed map (county-map drill-down). */
  drill?: boolean;
}
