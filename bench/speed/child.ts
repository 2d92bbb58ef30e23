/** Shared by the benchmark child processes; imports nothing, so it adds nothing to what they measure. */

/** A child process's ending: its result as one JSON line on stdout, or the error on stderr and exit code 1. */
export function printResult(main: () => Promise<unknown>): void {
  main().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
