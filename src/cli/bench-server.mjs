// Serves a built site with `astro preview` for the benchmark's browser runs.
// --ignore-lock: Astro tracks one preview per project, and another may be running.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Starts the preview server and waits until it answers.
 * @returns {Promise<{ origin: string, problem: () => string, stop: () => void }>} problem() says why it stopped early
 */
export async function startPreview({ root, outDir, port }) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--ignore-lock', '--port', String(port), '--outDir', outDir],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview stopped: ${errors}`);
    try {
      if ((await fetch(`${origin}/`)).ok) {
        const problem = () => (child.exitCode === null ? '' : `astro preview stopped (${child.exitCode}): ${errors}`);
        return { origin, problem, stop: () => child.kill('SIGTERM') };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`astro preview did not answer on ${origin} within 60 s: ${errors}`);
}
