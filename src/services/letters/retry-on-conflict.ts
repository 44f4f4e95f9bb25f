/**
 * Runs a transaction again when the engine gave up on it because of a concurrent one: PostgreSQL's
 * serialization failure and deadlock, SQLite's busy database (another process holding the write
 * lock past the busy timeout). Nothing was written by the failed attempt, so retrying is safe.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '40001' || code === '40P01' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'));
}
