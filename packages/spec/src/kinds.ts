import type { Qualifier, StationKind, Unit, ViewKind } from './types.ts';

// Records keyed by every member of a union: the compiler fails here when types.ts gains or loses one.
const stationKinds: Record<StationKind, true> = {
  liaison: true, 'deputies-studio': true, 'sector-studio': true, 'reading-point': true,
  'consultation-point': true, 'industry-base': true,
};
const viewKinds: Record<ViewKind, true> = {
  'county-map': true, 'station-coverage': true, 'activity-trend': true, 'fund-chart': true, kpi: true,
};
const qualifiers: Record<Qualifier, true> = { over: true, about: true, 'at-least': true };
const units: Record<Unit, true> = {
  count: true, percent: true, yuan: true, 'person-times': true, people: true, mu: true, 'work-days': true,
};

/** Every station kind, in the glossary's order. */
export const STATION_KINDS = Object.keys(stationKinds) as StationKind[];
/** Every view kind. */
export const VIEW_KINDS = Object.keys(viewKinds) as ViewKind[];
/** Every qualifier. */
export const QUALIFIERS = Object.keys(qualifiers) as Qualifier[];
/** Every unit. */
export const UNITS = Object.keys(units) as Unit[];
/** View kinds drawn on a map (a tour needs one). */
export const MAP_VIEW_KINDS: readonly ViewKind[] = ['county-map', 'station-coverage'];
