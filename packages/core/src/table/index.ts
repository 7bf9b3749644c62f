/**
 * `@tongxin/core/table`: reading a spreadsheet, CSV or JSON response outside a spec (`tongxin
 * import`), and the cell readers. Not in the main entry: a page loads the table code only through
 * `tableCodeFor`, when a dataset needs it.
 */
export { importTable, type ImportTableInput } from './import-table.ts';
export { readNumberCell, readDateCell, type CellNumber } from './read-cell.ts';
export { locateDelimitedCell } from './read-delimited.ts';
export { locateXlsxCell } from './read-xlsx.ts';
