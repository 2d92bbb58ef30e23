/** `newsfacts queue`: placeholder while the queue lands. */
import type { CliIO } from './run.js';

export const QUEUE_HELP = 'Usage: newsfacts queue <produce | work> [options]\n';

export async function runQueue(_argv: string[], io: CliIO): Promise<number> {
  io.stdout.write(QUEUE_HELP);
  return 2;
}
