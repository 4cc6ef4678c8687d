// CPU time and resident memory of the platform's processes, read from Linux /proc.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const STACK_STATE_FILE = resolve(__dirname, '../../../tmp/stack/state.json');

export interface WatchedProcess {
  name: string;
  /** Absent when it cannot be found on this machine; said so in the report. */
  pid?: number;
}

const readProc = (pid: number, file: string): string | undefined => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // gone, or not ours to read
  }
};

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): index 0 is field 3. */
const statFields = (pid: number): string[] | undefined => {
  const stat = readProc(pid, 'stat');
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
};

export const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime + stime, in clock ticks. */
export function cpuTicks(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[11]) + Number(fields[12]) : undefined;
}

export function rssBytes(pid: number): number | undefined {
  const kilobytes = readProc(pid, 'status')?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
}

/**
 * A service started by ServiceProcess (the benchmark's own, jest's Platform or `npm start`): the node
 * process running apps/<app>/src/main.ts (or main.js, compiled once for a test run) whose environment gives
 * it the gRPC port we talk to. Both are set by whoever started it, so this finds exactly that instance and
 * no other.
 */
export function findServicePid(app: string, grpcAddress: string): number | undefined {
  const entry = `apps/${app}/src/main.`;
  const portSetting = `${app.toUpperCase()}_GRPC_PORT=${grpcAddress.split(':').at(-1)}`;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (!readProc(pid, 'cmdline')?.includes(entry)) continue;
    if (readProc(pid, 'environ')?.split('\0').includes(portSetting)) return pid;
  }
  return undefined;
}

interface StackState {
  kafkaBrokers: string;
  mongoUrl: string;
  kafka: { pid?: number; startTicks?: string };
  mongo: { pid?: number; startTicks?: string };
}

/**
 * Kafka's and FerretDB's pids, from tools/stack's state file when it names the servers in use; the
 * recorded start time guards against a recycled pid. Unknown for servers tools/stack did not start.
 */
export function stackProcesses(kafkaBrokers: string[], mongoUrl: string): WatchedProcess[] {
  let state: StackState | undefined;
  try {
    state = JSON.parse(readFileSync(STACK_STATE_FILE, 'utf8')) as StackState;
  } catch {
    state = undefined;
  }
  const ours = state?.kafkaBrokers === kafkaBrokers.join(',') && state.mongoUrl === mongoUrl;
  const pidOf = (entry: { pid?: number; startTicks?: string } | undefined) =>
    ours && entry?.pid && statFields(entry.pid)?.[19] === entry.startTicks ? entry.pid : undefined;
  return [
    { name: 'FerretDB', pid: pidOf(state?.mongo) },
    { name: 'Kafka', pid: pidOf(state?.kafka) },
  ];
}

export interface IdleUsage {
  name: string;
  pid?: number;
  /** Percent of one core over the window; undefined when the process is unknown or gone. */
  cpuPercent?: number;
  rssBytes?: number;
}

/** Each process's share of one core over `seconds` of waiting, and its resident memory at the end. */
export async function measureIdle(processes: WatchedProcess[], seconds: number): Promise<IdleUsage[]> {
  const before = processes.map(({ pid }) => (pid === undefined ? undefined : cpuTicks(pid)));
  const started = performance.now();
  await new Promise((done) => setTimeout(done, seconds * 1000));
  const elapsedSeconds = (performance.now() - started) / 1000;
  return processes.map(({ name, pid }, i) => {
    const after = pid === undefined ? undefined : cpuTicks(pid);
    const first = before[i];
    const cpuPercent =
      after === undefined || first === undefined
        ? undefined
        : (100 * (after - first)) / CLOCK_TICKS_PER_SECOND / elapsedSeconds;
    return { name, pid, cpuPercent, rssBytes: pid === undefined ? undefined : rssBytes(pid) };
  });
}
