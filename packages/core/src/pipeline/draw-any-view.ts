import { compileView } from '../compile/compile-view.ts';
import { checkSpec } from './check-spec.ts';
import { drawViewWith, type DrawnView, type ViewRequest } from './draw-view.ts';
import type { LoadedSpec } from './load-spec.ts';

/**
 * Steps 6–8 for a view of any kind (the CLI, a dashboard's tooling): `drawViewWith` and
 * `compileView`, which bundles all five compilers, and the full validator for attribute overrides
 * (so it never waits for one). An element uses `drawViewWith` and its own compiler.
 */
export function drawView(loaded: LoadedSpec, request: ViewRequest): DrawnView {
  return drawViewWith(loaded, request, compileView, checkSpec);
}
