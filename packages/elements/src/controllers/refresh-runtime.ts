/**
 * What `DatasetRefreshController` needs only when a spec has URLs to refresh or retry (a
 * `refresh`, a dataset that failed, a dashboard's URLs): the scheduler and the persistent
 * last-good cache. Loaded with `import()` then, so a page whose datasets all loaded with the
 * spec and never refresh does not load this code before its first render (bench/size.ts).
 */
export { LastGoodCache, RefreshScheduler } from '@tongxin/core';
