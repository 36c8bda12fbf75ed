// `data:check --rank[=INDICATOR] [--unit=CODE] [--period=KEY]`: the ranking the dashboard shows —
// the unit's children best first on one indicator, with status against the target — as text, for
// the office's reports. Unit, period and indicator default as the dashboard's first screen does.
import type { Model } from '../model/model';
import { rankingRows } from '../model/views/ranking';
import { resolveView } from '../model/views/defaults';
import { formatVi } from '../data/formatVi';
import { STATUS_ICON } from '../i18n/messages';
import type { ValueView } from '../model/views/value';

export interface RankRequest {
  indicator?: string;
  unit?: string;
  period?: string;
}

export function rankingText(model: Model, req: RankRequest): string {
  const view = resolveView(model, { unit: req.unit, period: req.period, indicator: req.indicator });
  const rv = rankingRows(model, view.unit, view.indicator, view.period, view.level);
  const lines = [`${view.indicator}, ${view.period}${view.level ? ` (level ${view.level})` : ''}: the units under ${model.unitName(view.unit)} (${view.unit}), best first`];
  const width = Math.max(4, ...rv.rows.map((r) => r.name.length));
  const text = (v: ValueView | null | undefined) => (v ? `${v.qualifier === '=' ? '' : `${v.qualifier} `}${formatVi(v.value, v.decimals)}${v.kind === 'rate' ? '%' : ''}` : '—');
  for (const r of rv.rows) {
    const cell = r.cells[view.indicator];
    const value = text(cell?.value);
    const status = cell && cell.status.status !== 'none' ? `  ${STATUS_ICON[cell.status.status]} ${cell.status.status}` : '';
    lines.push(`${String(r.rank ?? '—').padStart(4)}  ${r.name.padEnd(width)}  ${value.padStart(12)}${status}  [${r.unit}]`);
  }
  if (rv.withoutFigures.length > 0) lines.push(`      ${rv.withoutFigures.length} without figures: ${rv.withoutFigures.map((r) => `${r.name} [${r.unit}]`).join(', ')}`);
  lines.push(`      ${`${model.unitName(view.unit)} (its own figure)`.padEnd(width)}  ${text(rv.total.cells[view.indicator]?.value).padStart(12)}`);
  return `${lines.join('\n')}\n`;
}
