import { pointerChild } from '../pointer.ts';
import type { DashboardSpec } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { specViews } from './views.ts';

/** Reports every value of a list that an earlier item already has, at the later item. */
function unique(context: CheckContext, values: readonly unknown[] | undefined, pointerOf: (index: number) => string): void {
  const first = new Map<unknown, number>();
  values?.forEach((value, index) => {
    const seen = first.get(value);
    if (seen !== undefined) report(context, 'duplicate-value', pointerOf(index), { value, first: pointerOf(seen) });
    else first.set(value, index);
  });
}

/**
 * Lists whose items must differ: an activity trend's `series` (ECharts fails on a repeated series
 * id), a coverage view's `countKinds`, the regions a county map drills down from, a link's
 * `filter`, a dataset's `extraFields`. A repeat is reported at its second occurrence.
 */
export function checkUniqueLists(context: CheckContext): void {
  const { spec } = context;
  for (const { view, path } of specViews(spec)) {
    switch (view.kind) {
      case 'activity-trend':
        unique(context, view.series, (i) => `${path}/series/${i}`);
        break;
      case 'station-coverage':
        unique(context, view.countKinds, (i) => `${path}/countKinds/${i}`);
        break;
      case 'county-map':
        unique(context, view.drilldown?.map((drill) => drill.region), (i) => `${path}/drilldown/${i}/region`);
        break;
    }
  }
  if (spec.kind === 'dashboard') {
    (spec as DashboardSpec).links?.forEach((link, i) => unique(context, link.filter, (j) => `/links/${i}/filter/${j}`));
  }
  for (const [id, dataset] of Object.entries(spec.datasets ?? {})) {
    unique(context, dataset.extraFields, (i) => `${pointerChild('/datasets', id)}/extraFields/${i}`);
  }
}
