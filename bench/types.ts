/**
 * The contract between the benchmark harness (bench/run.ts) and its suites.
 * A suite measures one thing (corpus F1, a development set, speed…) and
 * returns tables for people and flat metrics for bench/results.json.
 */

/** What a suite is about. */
export type SuiteTask = 'quotes' | 'casualties' | 'claims' | 'dates' | 'all' | 'speed' | 'package';

/** Where the suite may read from. */
export interface BenchContext {
  /** The repository root. */
  readonly root: string;
  /** The development data folder (`../shared/data` by default, `--data DIR`), or `null` when absent. */
  readonly dataDir: string | null;
  /** `--quick`: subsample large sets for a fast run. */
  readonly quick: boolean;
}

/** A table to print and to write into docs/benchmarks.md. */
export interface BenchTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Lines printed under the table. */
  readonly notes?: readonly string[];
}

/** What a suite reports. */
export interface SuiteResult {
  readonly tables: readonly BenchTable[];
  /** Flat numbers kept in bench/results.json (`quotes.f1`, `docsPerSecond`…). */
  readonly metrics: Readonly<Record<string, number>>;
  /** Set when the suite could not run (a data set is absent); the reason is printed. */
  readonly skipped?: string;
}

/** One benchmark suite. */
export interface Suite {
  /** Short id used on the command line (`npm run bench -- --only polnear`). */
  readonly id: string;
  /** What it measures. */
  readonly task: SuiteTask;
  /** One line describing the suite. */
  readonly description: string;
  /** Runs the suite. */
  run(ctx: BenchContext): Promise<SuiteResult> | SuiteResult;
}
