import { readFileSync, readdirSync } from 'node:fs';
import { table } from './bench-report';

// USER_HZ, the unit of /proc's CPU times: 100 on every Linux this runs on.
const TICKS_PER_SECOND = 100;

type Ticks = Map<string, number>;

/** Each thread's ticks so far and its part of the stack, by a key a reused pid or tid can't match (its start time). */
type ThreadTicks = Map<string, { group: string; used: number }>;

/** Which part of the stack a thread belongs to: this process's threads by name, the rest by program. */
function groupOf(pid: number, tid: number, threadName: string, commandLine: string): string {
  if (pid === process.pid) {
    if (tid === pid) return 'worker: main thread';
    if (threadName.startsWith('workflow')) return 'worker: workflow thread';
    if (threadName.startsWith('tokio')) return "worker: the SDK's Rust threads";
    return 'worker: V8 and libuv helpers';
  }
  if (commandLine.includes('mail-sink-process')) return "bench: the mail sink's process";
  if (commandLine.includes('postgres')) return 'PostgreSQL';
  if (commandLine.includes('temporal')) return 'Temporal';
  return 'other processes';
}

/**
 * The machine's own idle and stolen ticks (/proc/stat's first line: user nice system idle iowait irq softirq steal):
 * a phase that leaves cores idle is paced by waiting, not by CPU, and a host that takes them is not the stack.
 */
function machineTicks(ticks: Ticks): void {
  const [idle, iowait, , , steal] = readFileSync('/proc/stat', 'latin1').split('\n')[0].trim().split(/\s+/).slice(4, 9);
  ticks.set('machine: idle', Number(idle) + Number(iowait));
  ticks.set('machine: stolen by the host', Number(steal));
}

const isMachine = (group: string) => group.startsWith('machine: ');

/** CPU ticks used so far by every thread on the machine, and the machine's idle and stolen ticks (Linux only). */
function snapshot(): { machine: Ticks; threads: ThreadTicks } {
  const machine: Ticks = new Map();
  machineTicks(machine);
  const threads: ThreadTicks = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'latin1');
        const threadName = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const used = Number(fields[11]) + Number(fields[12]); // utime + stime
        const group = groupOf(Number(pid), Number(tid), threadName, commandLine);
        threads.set(`${pid}/${tid}@${fields[19]}`, { group, used });
      }
    } catch {
      // The process or thread ended between listing and reading it.
    }
  }
  return { machine, threads };
}

/** CPU seconds each part of the stack used over a window of `seconds`, most first, then the machine's idle and stolen. */
export interface CpuUse {
  seconds: number;
  parts: Array<[string, number]>;
}

/**
 * CPU each part of the stack used between `start()` and `stop()`, thread by thread. Threads that ended in between
 * are not counted, so a part can read a little low (never below zero, as a sum by part would when another
 * program's processes come and go); the bench's processes all outlive the window.
 */
export function cpuByThread() {
  let from: { at: number; ticks: ReturnType<typeof snapshot> } | null = null;
  return {
    start: () => void (from = { at: Date.now(), ticks: snapshot() }),
    stop: (): CpuUse => {
      if (from === null) return { seconds: 0, parts: [] };
      const before = from.ticks;
      const after = snapshot();
      const used: Ticks = new Map();
      for (const [group, ticks] of after.machine) used.set(group, ticks - (before.machine.get(group) ?? 0));
      for (const [thread, { group, used: ticks }] of after.threads) {
        used.set(group, (used.get(group) ?? 0) + ticks - (before.threads.get(thread)?.used ?? 0));
      }
      const parts = [...used]
        .map(([group, ticks]): [string, number] => [group, ticks / TICKS_PER_SECOND])
        .sort(([a, aUsed], [b, bUsed]) => Number(isMachine(a)) - Number(isMachine(b)) || bUsed - aUsed);
      return { seconds: (Date.now() - from.at) / 1000, parts };
    },
  };
}

/**
 * The CPU each part used, as a table on stdout beside `printProfile`'s. Per item done, it compares phases whose
 * windows differ in length (a phase that waits idle for an instant, one that does not).
 */
export function printCores(label: string, use: CpuUse, done: { count: number; what: string }): void {
  const header: [string, ...string[]] = ['part', 'cores', 'CPU s', `CPU ms per ${done.what}`];
  const rows = use.parts.map(([part, cpuSeconds]): [string, ...string[]] => [
    part,
    (cpuSeconds / use.seconds).toFixed(2),
    cpuSeconds.toFixed(2),
    done.count > 0 ? ((cpuSeconds * 1000) / done.count).toFixed(2) : '—',
  ]);
  process.stdout.write(
    `\n-- ${label}: CPU by part of the stack over ${use.seconds.toFixed(1)} s, ${done.count} ${done.what}\n${table([header, ...rows])}\n`,
  );
}
