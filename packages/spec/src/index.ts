/**
 * @tongxin/spec — the spec's types, its JSON Schema, a validator that needs no eval (CSP-safe),
 * migrations between versions, and every error message in zh-CN and en.
 */
export * from './types.ts';
export { specError, orderErrors, withOrigin, wordProblem, type SpecError, type ValidationResult } from './errors.ts';
export { validateSpec, type ValidateOptions } from './validate.ts';
export { validateRecords } from './validate-records.ts';
export { checkLoadedRecords, recordProblems } from './record-problems.ts';
export { specProblem, type SpecProblem, type ErrorMaker, type ProblemPlace } from './spec-problem.ts';
export { quickValidate } from './validate-quick.ts';
export { schemaAccepts } from './schema-accepts.ts';
export { MAX_DEPTH, FORBIDDEN_KEYS, MIN_REFRESH_MS, MIN_TOUR_INTERVAL_MS, MIN_FETCH_TIMEOUT_MS, MAX_FETCH_TIMEOUT_MS, DEFAULT_FETCH_TIMEOUT_MS } from './limits.ts';
export { RECORD_CONTRACTS, RECORD_READERS, recordFields, type RecordKind, type FieldRule } from './check/record-contract.ts';
export { migrate, migrations, SpecVersionError, FIRST_SPEC_VERSION } from './migrate.ts';
export { formatErrors } from './format.ts';
export { messages, messageText, jsonProblemText, originRef, originText, withOriginText, type CellAt, type RowAt, type RecordOrigin, type CellExpectation, type SpecErrorCode, type MessageParams, type Localized, type MessageText } from './messages.ts';
export { parseDate, parsePeriod, type SpecDate, type SpecPeriod } from './dates.ts';
export { parseDuration } from './duration.ts';
export { suggest } from './suggest.ts';
export { STATION_KINDS, VIEW_KINDS, QUALIFIERS, UNITS, MAP_VIEW_KINDS } from './kinds.ts';
export { schemaV1 } from './schema.generated.ts';
