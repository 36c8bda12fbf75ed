// What the checker says about where a dataset's units came from, and, under today's units
// (`--today`), which old units it moved under which new ones and which it could not move.
import type { Origin, Problem, RawDataset } from '../../data/types';
import { OTHER_UNITS } from '../../data/geo/placeUnits';
import type { UnitTree } from '../unitTree';
import { formatVi } from '../../data/formatVi';

function dmy(iso: string): string {
  return `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
}

/** The first row that names each unit. */
function firstRows(raw: RawDataset): Map<string, Origin> {
  const out = new Map<string, Origin>();
  const obs = raw.observations;
  for (let k = 0; k < obs.length; k++) if (!out.has(obs.unit[k])) out.set(obs.unit[k], obs.origin(k));
  return out;
}

/** Without a units file: how many units the built-in lists placed, and how many no list knows
 * (counted as the checker's messages write numbers: formatVi, 3.355). */
export function unitsProblem(raw: RawDataset, tree: UnitTree): Problem | null {
  if (!raw.flatUnits || raw.observations.length === 0) return null;
  const rows = firstRows(raw);
  let builtin = 0;
  let flat = 0;
  for (const code of rows.keys()) {
    const u = tree.units.get(code);
    if (u?.builtin) builtin++;
    else if (u?.parent === OTHER_UNITS || u?.parent === null) flat++;
  }
  const at = { file: raw.observations.file[0], line: 1, column: 1 };
  if (builtin === 0) {
    return { severity: 'info', ...at, code: 'flat-units', message: `no units file, and none of the ${formatVi(flat)} units is one of Vietnam's units: they are listed side by side (a flat list), and counts are not added up` };
  }
  const others = flat === 1 ? '1 is not, and is listed' : `${formatVi(flat)} are not, and are listed`;
  return {
    severity: 'info', ...at, code: 'builtin-units',
    message: `no units file: ${formatVi(builtin)} unit${builtin === 1 ? '' : 's'} found among Vietnam's built-in units, by official code or name${flat ? `; ${others} side by side without sums` : ''}`,
  };
}

/** Under today's units: each old unit moved under its successor, and each split one, once. */
export function todayProblems(raw: RawDataset, tree: UnitTree): Problem[] {
  const problems: Problem[] = [];
  const said = new Set<string>();
  const name = (code: string) => `${tree.units.get(code)?.name ?? code} (${code})`;
  for (const [code, origin] of firstRows(raw)) {
    const at = { file: origin.file, line: origin.line, column: origin.column ?? 1 };
    for (const c of tree.path(code)) {
      if (said.has(c)) continue;
      const u = tree.units.get(c)!;
      const to = tree.moved.get(c);
      if (to) {
        said.add(c);
        problems.push({ severity: 'info', ...at, code: 'unit-moved', message: `${name(c)} ended on ${dmy(u.validTo!)}: under today's units its figures count under ${name(to)}` });
      } else if (u.splitInto && u.splitInto.length > 1) {
        said.add(c);
        const parent = tree.parent(c);
        problems.push({
          severity: 'info', ...at, code: 'unit-split',
          message: `${name(c)} was split on 1/7/2025 among ${u.splitInto.map((s) => `${s.name} (${s.code})`).join(', ')}: its share of each is not known, so its figures stay${parent ? ` under ${name(parent)}` : ''} and are added to none of them`,
        });
      }
    }
  }
  return problems;
}
