// One validated configuration per app: read once at start, every problem reported together,
// and the process refuses to start rather than run half-configured.

export type SettingKind = 'string' | 'port' | 'positive-int' | 'kafka-brokers' | 'mongo-url';

export interface SettingSpec {
  env: string;
  kind: SettingKind;
  /** Used when the variable is unset; a setting without a default is required. */
  default?: string;
  description: string;
}

export type ConfigSpec = Record<string, SettingSpec>;

type ValueOf<K extends SettingKind> = K extends 'port' | 'positive-int'
  ? number
  : K extends 'kafka-brokers'
    ? string[]
    : string;

export type ConfigOf<S extends ConfigSpec> = { readonly [K in keyof S]: ValueOf<S[K]['kind']> };

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;

function parseSetting(spec: SettingSpec, raw: string): { value?: unknown; problem?: string } {
  const named = `${spec.env} (${spec.description})`;
  switch (spec.kind) {
    case 'string':
      // An empty default is a deliberate "none"; an empty value set by hand for a required name is not.
      return raw.trim() === '' && spec.default !== '' ? { problem: `${named} must not be empty` } : { value: raw };
    case 'port':
    case 'positive-int': {
      if (!/^\d+$/.test(raw)) return { problem: `${named} must be a whole number, got "${raw}"` };
      const n = Number(raw);
      if (spec.kind === 'port' && (n < 1 || n > 65535)) return { problem: `${named} must be a port 1–65535, got ${n}` };
      if (spec.kind === 'positive-int' && n < 1) return { problem: `${named} must be at least 1, got ${n}` };
      return { value: n };
    }
    case 'kafka-brokers': {
      const brokers = raw
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean);
      const bad = brokers.filter((b) => !HOST_PORT.test(b));
      if (brokers.length === 0 || bad.length > 0) {
        return { problem: `${named} must be host:port[,host:port…], got "${raw}"` };
      }
      return { value: brokers };
    }
    case 'mongo-url':
      return /^mongodb(\+srv)?:\/\/.+/.test(raw)
        ? { value: raw }
        : { problem: `${named} must be a mongodb:// URL, got "${raw}"` };
  }
}

export function loadConfig<S extends ConfigSpec>(spec: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(spec)) {
    const raw = env[setting.env] ?? setting.default;
    if (raw === undefined) {
      problems.push(`${setting.env} is required (${setting.description})`);
      continue;
    }
    const { value, problem } = parseSetting(setting, raw);
    if (problem) problems.push(problem);
    else config[key] = value;
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return Object.freeze(config) as ConfigOf<S>;
}
