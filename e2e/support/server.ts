import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  /** Base address, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The fresh folder holding this run's SQLite database. */
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  output: () => string;
  /** Stops the process, waits for it to exit and removes the data folder. */
  stop: () => Promise<void>;
}

/** A port the system reports free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The server serves the UI only when `dist/web` exists: build it once if a previous step did not. */
async function ensureWebBuild(): Promise<void> {
  if (fs.existsSync(path.join(repoRoot, 'dist/web/index.html'))) return;
  const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
  await runToEnd(process.execPath, [vite, 'build', '--config', 'src/web/vite.config.ts'], 120_000);
}

function runToEnd(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not finish in ${timeoutMs} ms\n${log}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}\n${log}`));
    });
  });
}

/**
 * Starts `node bin/alur.js serve` on a fresh SQLite database in a temporary folder, with the demo
 * seeded (`ALUR_DEMO=1`), and resolves once `GET /api/health` answers. Started with `node` itself,
 * never through npx, so stopping it stops the server and nothing is orphaned.
 */
export async function startServer(options: { env?: Record<string, string>; timeoutMs?: number } = {}) {
  await ensureWebBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/alur.js'), 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${path.join(dataDir, 'alur.db')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      ALUR_DEMO: '1',
      // Browser journeys sign in many people from one address within a minute.
      ALUR_LOGIN_RATE: '500',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));

  const server: RunningServer = {
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      await stopProcess(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(url, child, options.timeoutMs ?? 90_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log}`);
  }
  return server;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL if it has not exited after ten seconds; resolves once it has exited. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
