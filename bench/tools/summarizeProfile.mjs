// Prints where a CPU profile (.cpuprofile from BENCH_PROFILE) spends its time: self time per
// function and per source file, top entries. node bench/tools/summarizeProfile.mjs file [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (dt[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const perFn = new Map();
const perFile = new Map();
for (const [id, us] of selfUs) {
  const { callFrame } = byId.get(id);
  const fileName = (callFrame.url.split('/').pop() || '(native)').replace(/\?.*$/, '');
  const fn = `${callFrame.functionName || '(anonymous)'} ${fileName}:${callFrame.lineNumber + 1}`;
  perFn.set(fn, (perFn.get(fn) ?? 0) + us);
  perFile.set(fileName, (perFile.get(fileName) ?? 0) + us);
}
const show = (title, map) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
};
show('self time per function', perFn);
show('self time per file', perFile);

// Inclusive time per function name (a frame counted once per sample even when recursive).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const { callFrame } = byId.get(cur);
    const name = `${callFrame.functionName || '(anonymous)'} ${(callFrame.url.split('/').pop() || '(native)')}:${callFrame.lineNumber + 1}`;
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0));
  }
});
show('inclusive time per function', inclusive);
