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

/** One row of bars in a {@link BenchChart}. */
export interface ChartGroup {
  readonly label: string;
  /** One value per series; `null` draws no bar. */
  readonly values: readonly (number | null)[];
}

/**
 * A horizontal bar chart. The harness renders it to `docs/charts/<id>.svg`
 * and shows it in docs/benchmarks.md under the suite's tables.
 */
export interface BenchChart {
  /** File name stem (`corpus-f1` → docs/charts/corpus-f1.svg). */
  readonly id: string;
  readonly title: string;
  /** Printed after each value (`%`, ` docs/s`). */
  readonly unit: string;
  /** Decimals printed for values (default 0). */
  readonly decimals?: number;
  /** The axis maximum (default: the largest value or marker). */
  readonly max?: number;
  /** Series names, one bar each per group; a legend is drawn when there are several. */
  readonly series: readonly string[];
  readonly groups: readonly ChartGroup[];
  /** A vertical reference line, such as a target. */
  readonly marker?: { readonly value: number; readonly label: string };
}

/** What a suite reports. */
export interface SuiteResult {
  readonly tables: readonly BenchTable[];
  /** Charts where a picture reads faster than a table. */
  readonly charts?: readonly BenchChart[];
  /** The suite's key findings in one line each, gathered at the top of docs/benchmarks.md. */
  readonly summary?: readonly string[];
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
