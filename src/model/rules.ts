// How a figure was made, as text, built when someone looks (a card's "how computed", a
// tooltip) rather than stored with each of a million figures. Parts are named with ids, names
// and figures only, so the Vietnamese UI shows no English in them.
import type { IndicatorRecord } from '../data/types';
import { formatVi } from '../data/formatVi';
import type { FigureTable } from './table';
import type { UnitTree } from './unitTree';
import { COUNT_IDENTITIES } from './catalogueCore';

export function ruleOf(t: FigureTable, r: number, tree: UnitTree, catalogue: ReadonlyMap<string, IndicatorRecord>): string {
  const ind = catalogue.get(t.indicators.values[t.indicator[r]]);
  const counts = !Number.isNaN(t.numerator[r]) && !Number.isNaN(t.denominator[r]);
  const formula = () => `${ind?.numerator.join(' + ') || 'numerator'} / ${ind?.denominator.join(' + ') || 'denominator'}: ${formatVi(t.numerator[r])} / ${formatVi(t.denominator[r])}`;
  const u = t.unit[r];
  const p = t.period[r];
  const i = t.indicator[r];
  switch (t.d(r)) {
    case 'published': {
      if (ind?.kind === 'rate' && counts) return formula();
      const o = t.origin(r);
      return o ? `${JSON.stringify(o.printed)} — ${o.file}:${o.line}` : '';
    }
    case 'rate':
      return formula();
    case 'identity': {
      const id = COUNT_IDENTITIES.find((x) => x.total === t.indicators.values[i]);
      if (!id) return '';
      const values = id.parts.map((part) => {
        const pi = t.indicators.find(part);
        const pr = pi === undefined ? -1 : t.find(u, p, pi, t.dimsId[r]);
        return pr < 0 ? '?' : formatVi(t.value[pr]);
      });
      return `${id.parts.join(' + ')} = ${values.join(' + ')}`;
    }
    case 'dimension-total': {
      const dim = t.via[r] >= 0 ? t.dimNames.values[t.via[r]] : '';
      const parts = [...t.rowsOfUnitIndicator(u, i)].filter((x) => t.period[x] === p && t.dimSets.values[t.dimsId[x]].name === dim && t.dimSets.values[t.dimsId[x]].arity === 1);
      parts.sort((a, b) => t.dimSets.values[t.dimsId[a]].value!.localeCompare(t.dimSets.values[t.dimsId[b]].value!));
      return `Σ ${dim} ${parts.map((x) => `${t.dimSets.values[t.dimsId[x]].value} ${formatVi(t.value[x])}`).join(' + ')}`;
    }
    case 'unit-total': {
      const code = t.units.values[u];
      const terms = tree.childrenIn(code, t.periods.values[p]).map((c) => {
        const cu = t.units.find(c);
        const cr = cu === undefined ? -1 : t.find(cu, p, i, t.dimsId[r]);
        return `${tree.units.get(c)?.name ?? c} ${cr < 0 ? '?' : formatVi(t.value[cr])}`;
      });
      return `Σ ${terms.join(' + ')}`;
    }
  }
}
