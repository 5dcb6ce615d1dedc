/**
 * go-doctor diff: the Go-relevant differences between machines' snapshots, grouped by value so that the
 * odd one out shows at once. Pure.
 */
import type { Facts } from './facts.js';
import { localGoVersion } from './run.js';
import { createSettings, type SettingSource } from './settings.js';

export interface DiffMachine {
  label: string;
  facts: Facts;
}

export interface DiffGroup {
  value: string;
  /** Where the value comes from on those machines (environment, go env file, $GOROOT/go.env, default). */
  sources: SettingSource[];
  machines: string[];
}

export interface DiffRow {
  /** A go env variable, or one of: go version, go path, os/arch. */
  name: string;
  groups: DiffGroup[];
  /** The machines in the only group smaller than all others when one value is shared by the rest. */
  oddOneOut: string[];
}

export interface DiffResult {
  machines: string[];
  rows: DiffRow[];
  /** Variables equal on every machine (names only). */
  same: string[];
}

/** Values that differ between any two machines by nature and say nothing about the setup. */
const NOISE = new Set(['GOENV', 'GOMOD', 'GOWORK', 'GOGCCFLAGS', 'PWD']);

export function diffMachines(machines: readonly DiffMachine[]): DiffResult {
  const per = machines.map((m) => {
    const version = localGoVersion(m.facts);
    const settings = createSettings(m.facts, version);
    const names = Object.keys(m.facts.goEnv?.values ?? {});
    const winner = m.facts.goBinaries.find((b) => b.name === 'go' && b.executable);
    const values = new Map<string, { value: string; source: SettingSource | null }>();
    values.set('go version', { value: version ? `go${version}` : '(none)', source: null });
    values.set('go path', { value: winner?.path ?? '(none on PATH)', source: null });
    values.set('os/arch', { value: `${m.facts.host.os}/${m.facts.host.arch}`, source: null });
    for (const n of names) {
      if (NOISE.has(n)) continue;
      const s = settings.get(n);
      values.set(n, { value: s.value, source: s.source });
    }
    return { label: m.label, values };
  });
  const all = new Set<string>();
  for (const p of per) for (const k of p.values.keys()) all.add(k);
  const rows: DiffRow[] = [];
  const same: string[] = [];
  for (const name of all) {
    const groups = new Map<string, DiffGroup>();
    for (const p of per) {
      const v = p.values.get(name);
      const value = v?.value ?? '(not reported)';
      let g = groups.get(value);
      if (!g) {
        g = { value, sources: [], machines: [] };
        groups.set(value, g);
      }
      g.machines.push(p.label);
      if (v?.source && !g.sources.includes(v.source)) g.sources.push(v.source);
    }
    if (groups.size <= 1) {
      same.push(name);
      continue;
    }
    const list = [...groups.values()].sort((a, b) => b.machines.length - a.machines.length);
    const smallest = list.at(-1) as DiffGroup;
    const biggest = list[0] as DiffGroup;
    const odd =
      list.length === 2 && biggest.machines.length > smallest.machines.length ? [...smallest.machines] : [];
    rows.push({ name, groups: list, oddOneOut: odd });
  }
  const order = (n: string): number =>
    n === 'go version' ? 0 : n === 'go path' ? 1 : n === 'os/arch' ? 2 : 3;
  rows.sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
  return { machines: machines.map((m) => m.label), rows, same: same.sort() };
}
