import type { StationKind, StationRecord } from '../../packages/spec/src/types.ts';
import { distanceToBoundary, pointInMultiPolygon, roundCoordinate, type Position } from './geometry.ts';
import type { Random } from './random.ts';
import { randomPointInside, type TownshipRegion } from './township-regions.ts';

/** A station the article reports; where it stands is generated. */
export interface StationPlan {
  id: string;
  name: string;
  kind: StationKind;
  township: string;
  village?: string;
  source: string;
  /** Put it on the township's site (its seat), as a township-level station would be. */
  atSeat?: boolean;
}

/** Keep stations this far (deg, ≈ 300 m) inside their region so the map shows them inside. */
const MARGIN = 0.003;
/** Keep stations of one township this far apart (deg, ≈ 500 m) when room allows. */
const SPACING = 0.005;

/**
 * Positions for the planned stations, each inside its township's region, rounded to
 * 5 decimals and marked illustrative (the article gives existence, not location).
 */
export function placeStations(plans: StationPlan[], regions: TownshipRegion[], random: Random): StationRecord[] {
  const placed = new Map<string, Position[]>();
  return plans.map((plan) => {
    const region = regions.find((candidate) => candidate.code === plan.township);
    if (!region) throw new Error(`station ${plan.id}: township ${plan.township} has no region`);
    const taken = placed.get(plan.township) ?? [];
    const position = choosePosition(plan, region, taken, random);
    placed.set(plan.township, [...taken, position]);
    const record: StationRecord = {
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      township: plan.township,
      ...(plan.village ? { village: plan.village } : {}),
      lon: position[0],
      lat: position[1],
      source: plan.source,
      illustrative: true,
    };
    return record;
  });
}

function choosePosition(plan: StationPlan, region: TownshipRegion, taken: Position[], random: Random): Position {
  const fits = (point: Position, spacing: number) =>
    pointInMultiPolygon(point, region.geometry) &&
    distanceToBoundary(point, region.geometry) >= MARGIN &&
    taken.every((other) => Math.hypot(other[0] - point[0], other[1] - point[1]) >= spacing);
  const round = (point: Position): Position => [roundCoordinate(point[0]), roundCoordinate(point[1])];
  if (plan.atSeat && fits(round(region.site), SPACING)) return round(region.site);
  // Relax the spacing step by step for crowded small townships; the margin always holds.
  for (const spacing of [SPACING, SPACING / 2, SPACING / 4, 0]) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const point = round(randomPointInside(region.geometry, random));
      if (fits(point, spacing)) return point;
    }
  }
  throw new Error(`no room for station ${plan.id} in ${region.name}`);
}
