/**
 * A one-line progress bar with rate and ETA, redrawn at most every 100 ms on a
 * terminal's standard error. Off the terminal it draws nothing, so logs and
 * pipes stay clean.
 */

/**
 * Where the bar draws: a stream with `isTTY` and, on a terminal, `columns`.
 *
 * @example
 * ```ts
 * const s: ProgressStream = process.stderr;
 * ```
 */
export interface ProgressStream {
  write(s: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * A progress bar over `total` items.
 *
 * @example
 * ```ts
 * const bar: Progress = progressBar(process.stderr, 402);
 * bar.tick(); // one more done
 * bar.done(); // clears the line
 * ```
 */
export interface Progress {
  tick(): void;
  done(): void;
}

const seconds = (s: number): string => {
  if (!Number.isFinite(s)) return '--';
  const t = Math.round(s);
  return t < 60 ? `${t}s` : `${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s`;
};

/**
 * A bar on `stream` when it is a terminal, else one that does nothing.
 *
 * @example
 * ```ts
 * progressBar(process.stderr, 402).tick();
 * // [########................................] 80/402 96.4 files/s ETA 3s
 * ```
 */
export function progressBar(
  stream: ProgressStream,
  total: number,
  now: () => number = () => performance.now(),
): Progress {
  if (stream.isTTY !== true || total < 2) return { tick() {}, done() {} };
  const start = now();
  let count = 0;
  let last = -Infinity;
  const draw = (): void => {
    const elapsed = (now() - start) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const eta = rate > 0 ? (total - count) / rate : Infinity;
    const info = ` ${count}/${total} ${rate.toFixed(1)} files/s ETA ${seconds(eta)}`;
    const width = Math.max(10, Math.min(40, (stream.columns || 80) - info.length - 3));
    const filled = Math.round((count / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${info}\x1b[K`);
  };
  return {
    tick() {
      count++;
      const t = now();
      if (t - last >= 100 || count === total) {
        last = t;
        draw();
      }
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
