import type { RegionLevel } from '../messages.ts';

/** What the regions are, from their NBS codes: 9+ digits → townships, 6 → counties. */
export function regionLevel(codes: string[]): RegionLevel {
  if (codes.length === 0) return 'region';
  if (codes.every((c) => /^\d{9,12}$/.test(c))) return 'township';
  if (codes.every((c) => /^\d{6}$/.test(c))) return 'county';
  return 'region';
}
