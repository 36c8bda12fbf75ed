// `npm run bench`: how long reading and building a large dataset takes. Prints figures; asserts nothing.
// A synthetic province: 1 province, 10 districts, 100 communes each, 12 months, 6 indicators.
import { performance } from 'node:perf_hooks';
import { readDataset } from '../../src/data/read';
import { assembleModel, computeDataset } from '../../src/model/model';
import { BUILTIN_INDICATORS } from '../../src/model/catalogue';

function synth(rowsWanted: number): { units: string; observations: string; rows: number } {
  const units = ['code;name;type;parent', 'P;Tỉnh Thử;province;'];
  const obs = ['period;unit;indicator;value;level'];
  const communes: string[] = [];
  for (let d = 1; d <= 10; d++) {
    units.push(`D${d};Huyện ${d};district;P`);
    for (let c = 1; c <= 100; c++) { units.push(`C${d}_${c};Xã ${d}.${c};commune;D${d}`); communes.push(`C${d}_${c}`); }
  }
  const ids = ['received', 'resolved', 'resolved_early', 'resolved_on_time', 'resolved_late', 'pending'];
  let rows = 0;
  let seed = 1;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  outer: for (let year = 2015; ; year++) {
    for (let m = 1; m <= 12; m++) {
      for (const u of communes) {
        const received = 500 + Math.floor(rnd() * 5000);
        const resolved = Math.floor(received * (0.9 + rnd() * 0.1));
        const late = Math.floor(resolved * rnd() * 0.05);
        const early = Math.floor((resolved - late) * rnd() * 0.5);
        const values = [received, resolved, early, resolved - late - early, late, received - resolved];
        ids.forEach((id, i) => obs.push(`Tháng ${m}/${year};${u};${id};${values[i].toLocaleString('de-DE')};xa`));
        rows += ids.length;
        if (rows >= rowsWanted) break outer;
      }
    }
  }
  return { units: units.join('\n'), observations: obs.join('\n'), rows };
}

for (const n of [100_000, 1_000_000]) {
  const { units, observations, rows } = synth(n);
  const enc = new TextEncoder();
  const files = [{ name: 'units.csv', content: enc.encode(units) }, { name: 'observations.csv', content: enc.encode(observations) }];
  const mb = (files[1].content.length / 1e6).toFixed(1);
  const t0 = performance.now();
  const raw = readDataset(files, { catalogue: BUILTIN_INDICATORS });
  const t1 = performance.now();
  const computed = computeDataset(raw); // in the app: in the worker
  const t2 = performance.now();
  const model = assembleModel(raw, computed); // in the app: on the page's thread
  const t3 = performance.now();
  console.log(`${rows.toLocaleString('en')} rows (${mb} MB): read ${((t1 - t0) / 1000).toFixed(2)} s, compute ${((t2 - t1) / 1000).toFixed(2)} s (worker), assemble ${((t3 - t2) / 1000).toFixed(2)} s (page), ${model.figures().length.toLocaleString('en')} figures, ${raw.problems.length} problems, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}
