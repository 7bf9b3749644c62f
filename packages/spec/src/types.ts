import type { Transform } from './transforms.ts';
export type * from './transforms.ts';

/**
 * Tongxin spec, version 1 — the one source of truth.
 *
 * The JSON Schema in `schema/v1.json` is generated from these types
 * (`pnpm schema`); doc comments become the schema's descriptions, so write
 * them for the portal developer who reads the schema in an editor.
 *
 * Rules that hold everywhere: string enums only; `additionalProperties: false`
 * except `meta`; no functions, expressions or HTML; money is yuan as a number.
 */

/** The spec version this library reads and writes. */
export const SPEC_VERSION = 1 as const;

/** Display language. `zh-CN` first; `en` is complete. */
export type Locale = 'zh-CN' | 'en';

/** `portal`: light, for a web page. `bigscreen`: dark, for a 大屏 wall. */
export type ThemeName = 'portal' | 'bigscreen';

/**
 * How a figure relates to the number written: 多/余 → `over`, 约/近 → `about`,
 * 以上 → `at-least`. Absent means the figure is exact.
 */
export type Qualifier = 'over' | 'about' | 'at-least';

/** Coordinate reference system of longitudes/latitudes: WGS-84 (GPS), GCJ-02 (AMap, Tencent), BD-09 (Baidu). */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';

/** How a dataset's file is read. `json`: an array of records; `csv`, `tsv`, `xlsx`: a table whose first row names the columns. */
export type DatasetFormat = 'json' | 'geojson' | 'topojson' | 'csv' | 'tsv' | 'xlsx';


/**
 * Kinds of members' work stations (see the glossary): 政协工作联络站 `liaison`,
 * “两代表一委员”工作室 `deputies-studio`, 界别委员工作室 `sector-studio`,
 * 委员书屋/读书点 `reading-point`, 协商议事室/协商平台 `consultation-point`,
 * 委员产业基地 `industry-base`.
 */
export type StationKind =
  | 'liaison'
  | 'deputies-studio'
  | 'sector-studio'
  | 'reading-point'
  | 'consultation-point'
  | 'industry-base';

/** Unit of a figure. `yuan` amounts are shown in 万元/亿元; `percent` values are 0–100. */
export type Unit = 'count' | 'percent' | 'yuan' | 'person-times' | 'people' | 'mu' | 'work-days';

/** A duration such as `30s`, `5m`, `1h` or `500ms`. */
export type Duration = string;

/** A scalar cell of a data record. */
export type Cell = string | number | boolean | null;

/**
 * One record of a tabular dataset: scalar cells, and a free `meta` object. Field names are free
 * here; the records a view reads follow its record kind (`StationRecord`, `ActivityRecord`,
 * `FundRecord`, `KpiRecord`), and the validator rejects a field the kind does not have.
 * Any record may carry `qualifier`, `source` (an id in `sources`), `illustrative` and `meta`.
 */
export type DataRecord = {
  [field: string]: Cell;
} & {
  /** Free notes and the portal's extra columns, kept and not read by the library. */
  meta?: Record<string, unknown>;
};

/** Inline geometry: a GeoJSON FeatureCollection or a TopoJSON Topology. */
export interface InlineGeometry {
  /** `FeatureCollection` (GeoJSON) or `Topology` (TopoJSON). */
  type: 'FeatureCollection' | 'Topology';
  [member: string]: unknown;
}

/** Where a figure comes from: an article, a report, a bureau's table. */
export interface Source {
  /** Title as published. */
  title: string;
  /** Who published it. */
  publisher?: string;
  /** Author, where the article names one. */
  author?: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** Where to read it. */
  url?: string;
  /** A file in the project's seed archive. */
  file?: string;
  /** Free notes; not read by the library. */
  meta?: Record<string, unknown>;
}

/** A named table or geometry that views read. Give exactly one of `values` or `url`. */
export interface Dataset {
  /** Records (format `json`) or geometry (format `geojson`/`topojson`) inline. */
  values?: DataRecord[] | InlineGeometry;
  /** URL of the data, resolved against the spec's own URL. The only network calls the library makes are to these. */
  url?: string;
  /** How to read the data. Default: `geojson` for `.geo.json`/`.geojson` URLs, `topojson` for `.topo.json`, `csv`, `tsv`, `xlsx` for those extensions, else `json`. */
  format?: DatasetFormat;
  /** For `xlsx`: the sheet to read. Default: the first. */
  sheet?: string;
  /** For `json`: a dot path to the records inside the response, e.g. `data.list` for `{"code":0,"data":{"list":[…]}}`. */
  property?: string;
  /**
   * The field a view reads → the source's column, e.g. `{"township": "乡镇", "amount": "金额（元）"}`.
   * Cells are then read by the type the view expects: `500余万元` is 5000000 with qualifier `over`,
   * a township name is resolved to its code. Columns not named here keep their own names.
   */
  fields?: Record<string, string>;
  /** Transforms applied in order after `fields`; the records the view reads are checked after them. */
  transform?: Transform[];
  /** For `topojson`: the object inside the topology to read. Default: its first object. */
  object?: string;
  /** Coordinate system of geometry and of `lon`/`lat` fields. Default `wgs84`. */
  crs?: Crs;
  /** Marks demo data the sources do not give; every view that shows it says 示意数据 / illustrative. */
  illustrative?: boolean;
  /** Attribution shown with the data (map outlines: their provider and licence). */
  attribution?: string;
  /** Default source id for the records that name none. */
  source?: string;
  /**
   * Columns the portal's API carries that no view reads; they are kept and ignored. Every other
   * field of a record a view reads must belong to its record kind (a typo such as `qualifer` is
   * an error), or go into the record's `meta`.
   */
  extraFields?: string[];
  /** Free notes; not read by the library. */
  meta?: Record<string, unknown>;
}

/** Position on the dashboard grid, in columns and rows. */
export interface GridPlacement {
  /**
   * First column, from 0. `x + w` may not exceed the layout's `columns`.
   * @asType integer
   * @minimum 0
   */
  x: number;
  /**
   * First row, from 0.
   * @asType integer
   * @minimum 0
   */
  y: number;
  /**
   * Width in columns.
   * @asType integer
   * @minimum 1
   */
  w: number;
  /**
   * Height in rows.
   * @asType integer
   * @minimum 1
   */
  h: number;
}

/** Properties every view has. */
export interface ViewBase {
  /** Stable id, unique in the spec; events and links name views by it. */
  id: string;
  /** Heading shown above the chart. */
  title?: string;
  /** One-sentence summary; also the accessible description. */
  description?: string;
  /** Where the view sits on a dashboard grid. */
  grid?: GridPlacement;
  /** Free notes; not read by the library. */
  meta?: Record<string, unknown>;
}

/** Colours regions by a number joined from a dataset. */
export interface RegionMeasure {
  /** Dataset with one record per region. */
  data: string;
  /** Field holding the number. */
  field: string;
  /** Field holding the region code to join on. Default `township`. */
  key?: string;
  /** Legend title. */
  label?: string;
  /** Unit of the number. Default `count`. */
  unit?: Unit;
}

/** From a region of this map to a more detailed map of it (来宾市 → 武宣县 → its townships). */
export interface DrillDown {
  /** Code of the region that opens the detail (e.g. `451323`). */
  region: string;
  /** Dataset with the detailed regions. */
  regions: string;
  /** Measure for the detailed map. */
  measure?: RegionMeasure;
}

/** A choropleth map of townships or counties. */
export interface CountyMapView extends ViewBase {
  kind: 'county-map';
  /** Dataset of regions (GeoJSON/TopoJSON); each feature has `code` and `name` properties. */
  regions: string;
  /** Colour regions by this measure; without it, regions share one colour. */
  measure?: RegionMeasure;
  /** Show region names. Default `true`. */
  labels?: boolean;
  /** Regions that open a more detailed map when clicked. */
  drilldown?: DrillDown[];
}

/** Liaison stations on the map and the share of townships they cover. */
export interface StationCoverageView extends ViewBase {
  kind: 'station-coverage';
  /** Dataset of township regions (GeoJSON/TopoJSON). */
  regions: string;
  /** Dataset of stations (`StationRecord`s). */
  stations: string;
  /** Station kinds that count towards coverage. Default: all kinds. */
  countKinds?: StationKind[];
  /**
   * Draw a service circle of this radius, in metres, around each station.
   * @exclusiveMinimum 0
   */
  serviceRadius?: number;
  /** Show region names. Default `true`. */
  labels?: boolean;
}

/** A note pinned to a period on a trend chart. */
export interface Annotation {
  /** The period it marks, in the chart's period format. */
  period: string;
  /** The note. */
  text: string;
}

/** Counts or rates by activity kind over time. */
export interface ActivityTrendView extends ViewBase {
  kind: 'activity-trend';
  /** Dataset of `ActivityRecord`s. */
  data: string;
  /** Granularity of `period`. Default `year`. */
  period?: 'year' | 'quarter' | 'month';
  /** `line` or `stacked-bar`. Default `line`. */
  mark?: 'line' | 'stacked-bar';
  /** Which series to show (values of `kind`). Default: all. */
  series?: string[];
  /** Notes on the time axis. */
  annotations?: Annotation[];
}

/** Money raised, by campaign, purpose or donor type. */
export interface FundChartView extends ViewBase {
  kind: 'fund-chart';
  /** Dataset of `FundRecord`s. */
  data: string;
  /** Field to group amounts by. Default `campaign`. */
  by?: 'campaign' | 'purpose' | 'donor';
  /** `bar`: amount per group; `progress`: against `target`; `cumulative`: running total over `date`. Default `bar`. */
  mode?: 'bar' | 'progress' | 'cumulative';
  /**
   * Target in yuan for `progress`.
   * @minimum 0
   */
  target?: number;
}

/** A headline figure. */
export interface KpiItem {
  /** What is counted, e.g. 热线来电. */
  label: string;
  /** The number. Percentages are 0–100. */
  value: number;
  /** Unit. Default `count`. */
  unit?: Unit;
  /** Unit word shown after the number when `unit` has none of its own (件, 场次, 个). */
  unitLabel?: string;
  /** How the figure relates to the number written (多 → `over`). Absent: exact. */
  qualifier?: Qualifier;
  /** The same figure one period earlier, to show the change. */
  previous?: number;
  /** Source id. */
  source?: string;
  /** Marks a figure the sources do not give. */
  illustrative?: boolean;
  /** Free notes; not read by the library. */
  meta?: Record<string, unknown>;
}

/** Headline numbers with unit, qualifier, change and source. */
export interface KpiView extends ViewBase {
  kind: 'kpi';
  /** The figures, inline. */
  items?: KpiItem[];
  /** Or a dataset of `KpiRecord`s. */
  data?: string;
}

/** Any view. */
export type View = CountyMapView | StationCoverageView | ActivityTrendView | FundChartView | KpiView;

/** The kind names of views. */
export type ViewKind = View['kind'];

/** Clicking an item of one view filters other views to it. */
export interface Link {
  /** View whose selection drives the filter. */
  select: string;
  /** Views that are filtered. */
  filter: string[];
  /** Record field the filtered views match against the selection (a region code for maps). Default `township`. */
  field?: string;
}

/** Dashboard layout: a design size scaled to the screen, and a grid. */
export interface Layout {
  /**
   * Design width in px. Default 1920.
   * @exclusiveMinimum 0
   */
  width?: number;
  /**
   * Design height in px. Default 1080.
   * @exclusiveMinimum 0
   */
  height?: number;
  /** How the design size fits the host. Default `contain`. */
  fit?: 'contain' | 'cover' | 'width';
  /**
   * Grid columns. Default 24.
   * @asType integer
   * @minimum 1
   */
  columns?: number;
  /**
   * Row height in design px. Default 40.
   * @exclusiveMinimum 0
   */
  rowHeight?: number;
  /**
   * Gap between cells in design px. Default 12.
   * @minimum 0
   */
  gap?: number;
}

/** A city-wide highlight tour for big screens. */
export interface Tour {
  /** Map view to tour. */
  view: string;
  /** Time on each region, e.g. `8s` (a number and `ms`, `s`, `m` or `h`). Default `8s`. */
  interval?: Duration;
}

/** What every spec document has. */
export interface DocumentBase {
  /** URL or path of the JSON Schema; ignored by the library. */
  $schema?: string;
  /** Spec version. This library reads 1. */
  version: number;
  /** Title shown in the header. */
  title?: string;
  /** Summary shown under the title and used as the accessible description. */
  description?: string;
  /** Default `zh-CN`. */
  locale?: Locale;
  /** Default `portal`. */
  theme?: ThemeName;
  /** Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`. */
  refresh?: Duration;
  /**
   * Give up on a dataset request (first load or refresh) still unanswered after this long, and
   * retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`.
   */
  fetchTimeout?: Duration;
  /** Sources, by id, that records and figures name. */
  sources?: Record<string, Source>;
  /** Datasets, by id. */
  datasets?: Record<string, Dataset>;
  /** Free notes; not read by the library. */
  meta?: Record<string, unknown>;
}

/** A whole dashboard: views on a grid, linked. */
export interface DashboardSpec extends DocumentBase {
  kind: 'dashboard';
  views: View[];
  links?: Link[];
  layout?: Layout;
  tour?: Tour;
}

/** A single-view document: the view's own properties beside the document's. */
export type CountyMapSpec = DocumentBase & Omit<CountyMapView, 'grid'>;
export type StationCoverageSpec = DocumentBase & Omit<StationCoverageView, 'grid'>;
export type ActivityTrendSpec = DocumentBase & Omit<ActivityTrendView, 'grid'>;
export type FundChartSpec = DocumentBase & Omit<FundChartView, 'grid'>;
export type KpiSpec = DocumentBase & Omit<KpiView, 'grid'>;

/** A Tongxin spec: a dashboard or one view. */
export type Spec = DashboardSpec | CountyMapSpec | StationCoverageSpec | ActivityTrendSpec | FundChartSpec | KpiSpec;

// ---------------------------------------------------------------------------
// Record kinds: the records each view kind reads. The published schema lists them (editors
// complete their fields); the validator checks every record a view reads against its kind, with
// the dataset's `extraFields`, and reports any other field (check/record-contract.ts).

/** What every record may carry besides the fields of its kind. */
export interface RecordBase {
  /** How the figure relates to the number written (多/余 → `over`, 约/近 → `about`, 以上 → `at-least`). Absent: exact. */
  qualifier?: Qualifier;
  /** Source id (a key of `sources`). Default: the dataset's `source`. */
  source?: string;
  /** Marks a record the sources do not give; the view says 示意数据 / illustrative. */
  illustrative?: boolean;
  /** Free notes and the portal's extra columns, kept and not read by the library. */
  meta?: Record<string, unknown>;
}

/** A station record, read by `station-coverage`. */
export interface StationRecord extends RecordBase {
  /** Stable id, unique in the dataset. */
  id: string;
  /** Name as the county writes it. */
  name: string;
  /** Kind of station. */
  kind: StationKind;
  /** Township code (9 digits, NBS), a region `code` of the view's `regions`. */
  township: string;
  /** Longitude, −180–180, in the dataset's `crs`. */
  lon: number;
  /** Latitude, −90–90, in the dataset's `crs`. */
  lat: number;
  /** Village, where the station sits in one. */
  village?: string;
  /** Date opened, `YYYY[-MM[-DD]]`. */
  opened?: string;
}

/** A record read by `activity-trend`: one count or rate of one kind in one period. */
export interface ActivityRecord extends RecordBase {
  /** `2024`, `2024-Q2` or `2024-05`. */
  period: string;
  /** Activity kind or measure name, e.g. `consultation`, `participation-rate`. */
  kind: string;
  /** The count or rate. */
  value: number;
  /** `percent` values go on a 0–100 % axis. Default `count`. */
  unit?: Unit;
  /** Township code, when the figure is a township's. */
  township?: string;
}

/** A record read by `fund-chart`: money raised. */
export interface FundRecord extends RecordBase {
  /** Yuan (not 万元), 0 or more. */
  amount: number;
  /** Campaign, e.g. 捐种一棵大树. */
  campaign?: string;
  /** What the money is for. */
  purpose?: string;
  /** Donor or donor type. */
  donor?: string;
  /** `YYYY[-MM[-DD]]`, for `cumulative`. */
  date?: string;
  /** Township code, when the money went to one township. */
  township?: string;
}

/** A record read by `kpi`: the fields of `KpiItem`, and an `id`. */
export interface KpiRecord extends KpiItem {
  /** Stable id; the card's selection key (default: its label). */
  id?: string;
}
