// Dated data that changes without a release (holiday notices, minimum-wage standards) lives in
// folders of JSON files that a service reads when it starts. This library is also bundled into the
// web app, which only needs its date arithmetic: there is no folder in a browser, so Node's fs is
// reached through process.getBuiltinModule (Node ≥ 20.16) instead of an import the bundler would follow.
import { IsoDate, isIsoDate } from './iso-date';

/** One parsed JSON file, with the path every error about it names. */
export interface DataFile {
  readonly path: string;
  readonly value: unknown;
}

interface NodeFileSystem {
  existsSync(path: string): boolean;
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}

interface NodeProcess {
  readonly env: Record<string, string | undefined>;
  getBuiltinModule?(id: string): unknown;
}

/** A folder's data file could not be read or parsed. */
export class DataFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = new.target.name;
  }
}

const nodeProcess = (globalThis as { process?: NodeProcess }).process;

function fileSystem(): NodeFileSystem | undefined {
  return nodeProcess?.getBuiltinModule?.('node:fs') as NodeFileSystem | undefined;
}

/** The folder named by `envName`, else `fallback`; undefined where there are no files (a browser). */
export function dataFolder(envName: string, fallback: string | undefined): string | undefined {
  if (!fileSystem()) return undefined;
  const configured = nodeProcess?.env[envName]?.trim();
  return configured || fallback;
}

/** Every `*.json` file in `folder`, in name order, parsed; throws DataFileError naming the file. */
export function readJsonFolder(folder: string): DataFile[] {
  const fs = fileSystem();
  if (!fs) throw new DataFileError(folder, 'data folders can only be read in Node.js');
  if (!fs.existsSync(folder)) throw new DataFileError(folder, 'no such folder');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = `${folder.replace(/\/+$/, '')}/${name}`;
      try {
        return { path, value: JSON.parse(fs.readFileSync(path, 'utf8')) as unknown };
      } catch (error) {
        throw new DataFileError(path, `not valid JSON (${(error as Error).message})`);
      }
    });
}

/**
 * Reads the fields of one data file, each checked against its declared type; every problem is thrown
 * as DataFileError naming the file and the field (e.g. `holidays[2].from`).
 */
export class DataFileReader {
  constructor(readonly path: string) {}

  fail(at: string, problem: string): never {
    throw new DataFileError(this.path, at ? `${at} ${problem}` : problem);
  }

  /** An object with exactly these keys (the optional ones may be missing). */
  object(value: unknown, at: string, required: readonly string[], optional: readonly string[] = []) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(at, 'must be a JSON object');
    const record = value as Record<string, unknown>;
    const missing = required.filter((key) => !(key in record));
    if (missing.length) this.fail(at, `is missing ${missing.join(', ')}`);
    const unknown = Object.keys(record).filter((key) => !required.includes(key) && !optional.includes(key));
    if (unknown.length) this.fail(at, `has unknown field(s) ${unknown.join(', ')}`);
    return record;
  }

  array(value: unknown, at: string, { nonEmpty = false } = {}): unknown[] {
    if (!Array.isArray(value)) this.fail(at, 'must be an array');
    if (nonEmpty && value.length === 0) this.fail(at, 'must not be empty');
    return value;
  }

  text(value: unknown, at: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(at, 'must be a non-empty string');
    return value;
  }

  textOrNull(value: unknown, at: string): string | null {
    return value === null ? null : this.text(value, at);
  }

  integer(value: unknown, at: string, min: number, max: number): number {
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
      this.fail(at, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
    }
    return value as number;
  }

  boolean(value: unknown, at: string): boolean {
    if (typeof value !== 'boolean') this.fail(at, 'must be true or false');
    return value;
  }

  isoDate(value: unknown, at: string): IsoDate {
    if (!isIsoDate(value)) this.fail(at, `must be a calendar date 'YYYY-MM-DD'; got ${JSON.stringify(value)}`);
    return value;
  }

  url(value: unknown, at: string): string {
    const text = this.text(value, at);
    if (!/^https?:\/\/\S+$/.test(text)) this.fail(at, `must be an http(s) address; got ${JSON.stringify(text)}`);
    return text;
  }
}
