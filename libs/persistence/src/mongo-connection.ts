import mongoose, { Connection } from 'mongoose';
import { detectStoreKind } from './store-kind';

export interface MongoConnectionOptions {
  url: string;
  database: string;
  appName: string;
  /** Attempts before giving up at start; the store may still be coming up. */
  attempts?: number;
  log?: (message: string) => void;
}

export class StoreUnavailableError extends Error {
  constructor(url: string, attempts: number, cause: unknown) {
    super(`MongoDB at ${redactCredentials(url)} did not answer after ${attempts} attempts: ${String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

function redactCredentials(url: string): string {
  return url.replace(/\/\/[^@/]+@/, '//***@');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the service's own database, retrying with backoff while the store starts. */
export async function connectMongo(options: MongoConnectionOptions): Promise<Connection> {
  const attempts = options.attempts ?? 10;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const connection = mongoose.createConnection(options.url, {
      dbName: options.database,
      appName: options.appName,
      serverSelectionTimeoutMS: 3000,
      // FerretDB v1 has no sessions or retryable writes; stay within what both stores accept.
      retryWrites: false,
      autoIndex: true,
    });
    try {
      await connection.asPromise();
      await detectStoreKind(connection);
      return connection;
    } catch (error) {
      lastError = error;
      await connection.close(true).catch(() => undefined);
      options.log?.(`store not ready (attempt ${attempt}/${attempts}): ${String(error)}`);
      await sleep(Math.min(200 * 2 ** (attempt - 1), 3000));
    }
  }
  throw new StoreUnavailableError(options.url, attempts, lastError);
}

/** Ready means the server answers a ping now, not merely that a socket was once open. */
export async function isMongoReady(connection: Connection): Promise<boolean> {
  if (connection.readyState !== 1 || !connection.db) return false;
  try {
    await connection.db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
