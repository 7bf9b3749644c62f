import { compileView } from '../compile/compile-view.ts';
import { drawViewWith, type DrawnView, type ViewRequest } from './draw-view.ts';
import type { LoadedSpec } from './load-spec.ts';

/**
 * Steps 6–8 for a view of any kind (the CLI, a dashboard's tooling): `drawViewWith` and
 * `compileView`, which bundles all five compilers. An element uses `drawViewWith` and its own.
 */
export function drawView(loaded: LoadedSpec, request: ViewRequest): DrawnView {
  return drawViewWith(loaded, request, compileView);
}
