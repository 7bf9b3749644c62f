/** Where the CLI reads and writes; tests pass their own. */
export interface CliIO {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Directory relative file names are read from and printed against. Default `process.cwd()`. */
  cwd?: string;
  /** Default: `readFileSync(path, 'utf8')`. */
  readFile?(path: string): string;
}
