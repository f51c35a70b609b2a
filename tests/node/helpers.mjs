// Shared helpers for the node:test suites: the committed goldens and a way to
// run a CLI and capture its streams.
import { readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GOLDEN_DIR = path.join(ROOT, 'tests/golden');
// LOOPSCOPE_NATIVE_CLI=path runs the native suites against another build dir.
export const NATIVE_CLI = process.env.LOOPSCOPE_NATIVE_CLI || path.join(ROOT, 'build/native/loopscope');
export const NODE_CLI = path.join(ROOT, 'wasm/cli.mjs');

/** Every golden: { name, file, source, stdout, stderr, exitCode } for --python 3.12. */
export function goldens(version = '3.12') {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -3);
      const read = (ext) => readFileSync(path.join(GOLDEN_DIR, `${name}.${version}.${ext}`), 'utf8');
      return {
        name,
        file: path.join(GOLDEN_DIR, f),
        source: readFileSync(path.join(GOLDEN_DIR, f), 'utf8'),
        stdout: read('out'),
        stderr: read('err'),
        exitCode: Number(read('code').trim()),
      };
    });
}

/** Runs a command; resolves { stdout, stderr, exitCode }. */
export function runCommand(cmd, args, { timeout = 60000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, exitCode: signal ? signal : code }));
  });
}
