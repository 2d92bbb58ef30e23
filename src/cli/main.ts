#!/usr/bin/env node
/**
 * `newsfacts extract <files | folders | globs | ->` prints what newsfacts finds in
 * plain-text articles; `newsfacts --help` lists the commands.
 */
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2));
