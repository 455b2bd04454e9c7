import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join, relative } from 'node:path';
import { table } from './bench-report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  selfPercent: number;
  totalPercent: number;
}

/**
 * This process's CPU profile while `work` runs (the main thread only: a load driven from a worker thread stays out),
 * written as a .cpuprofile for Chrome's DevTools, with the functions that took the most time by themselves and with
 * what they called.
 */
export async function profiled<T>(
  file: string,
  work: () => Promise<T>,
): Promise<{ result: T; hot: HotFunction[]; byPackage: Array<[string, number]> }> {
  const session = new Session();
  session.connect();
  const post = <R>(method: string, params?: object) =>
    new Promise<R>((resolve, reject) =>
      session.post(method, params, (error, answer) => (error ? reject(error) : resolve(answer as R))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const result = await work();
  const { profile } = await post<{ profile: Profile }>('Profiler.stop');
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  return { result, ...summarise(profile) };
}

function summarise(profile: Profile): { hot: HotFunction[]; byPackage: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${location(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    all += delta;
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + delta);
    const pkg = packageOf(node.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + delta);
      seen.add(name);
    }
  });
  const percent = (value: number) => Number(((100 * value) / all).toFixed(1));
  const hot = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([name, time]) => ({ name, selfPercent: percent(time), totalPercent: percent(total.get(name) ?? 0) }));
  const byPackage = [...packages.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([pkg, time]): [string, number] => [pkg, percent(time)]);
  return { hot, byPackage };
}

const location = (url: string) => (url ? relative(process.cwd(), url.replace(/^file:\/\//, '')) : '(native)');

/** node_modules/<package>, the project's own code, or V8 and Node's internals. */
function packageOf(url: string): string {
  if (!url) return '(native, GC, idle)';
  if (url.startsWith('node:')) return 'node internals';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  return join('dondoc', relative(process.cwd(), url.replace(/^file:\/\//, '')).split('/')[0]);
}

/** The profile's time by package and its hottest functions, as two tables on stdout. */
export function printProfile(
  label: string,
  { hot, byPackage }: { hot: HotFunction[]; byPackage: Array<[string, number]> },
) {
  process.stdout.write(
    `\n-- ${label}: time by package (%)\n${table(byPackage.map(([pkg, percent]) => [pkg, String(percent)]))}\n`,
  );
  process.stdout.write(
    `\n-- ${label}: hottest functions (self %, with callees %)\n${table(
      hot.map(({ name, selfPercent, totalPercent }) => [name, `${selfPercent} / ${totalPercent}`]),
    )}\n`,
  );
}
