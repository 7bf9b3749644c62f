import { describe, expect, it } from 'vitest';
import type { View } from '@tongxin/spec';
import { autoPlace } from '../../../packages/core/src/index.ts';

describe('autoPlace', () => {
  it('keeps given placements and puts the rest two abreast below them', () => {
    const views: View[] = [
      { id: 'map', kind: 'county-map', regions: 'townships', grid: { x: 0, y: 0, w: 14, h: 10 } },
      { id: 'trend', kind: 'activity-trend', data: 'activities' },
      { id: 'funds', kind: 'fund-chart', data: 'funds' },
      { id: 'kpi', kind: 'kpi', items: [] },
    ];
    const placed = autoPlace(views);
    expect(placed.get('map')).toEqual({ x: 0, y: 0, w: 14, h: 10 });
    expect(placed.get('trend')).toEqual({ x: 0, y: 10, w: 12, h: 12 });
    expect(placed.get('funds')).toEqual({ x: 12, y: 10, w: 12, h: 12 });
    // The odd one out takes the full width.
    expect(placed.get('kpi')).toEqual({ x: 0, y: 22, w: 24, h: 12 });
  });
});
