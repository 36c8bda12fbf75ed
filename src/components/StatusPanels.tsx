// Dossier status and online-service coverage for the view: the model's views drawn as stacked
// bars (used by the overview and by their embed widgets).
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { dossierStatus } from '../model/views/dossierStatus';
import { onlineCoverage } from '../model/views/onlineCoverage';
import { dossierStatusSpec, onlineSpec } from '../charts/stacked';
import type { Locale } from '../i18n/messages';
import { useTheme } from './appContext';
import { StackedChart } from './StackedChart';
import { useRecent } from './useRecent';

const viewKey = (view: ViewChoice) => `${view.unit}\u0001${view.period}\u0001${view.level}`;

interface Props { model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void }

export function DossierStatusPanel({ model, view, locale, onSelectUnit }: Props) {
  const theme = useTheme();
  const { m } = locale;
  // The same view for a view asked for again (a drill in and back): the chart then has nothing to draw.
  const { sv, spec } = useRecent([model, theme, locale], viewKey(view), () => {
    const status = dossierStatus(model, view.unit, view.period, view.level);
    return { sv: status, spec: dossierStatusSpec(status, theme, locale) };
  });
  return <StackedChart id="status" title={m.statusTitle} spec={spec} empty={m.statusEmpty} basis={m.basis[sv.basis]} locale={locale} onSelectUnit={onSelectUnit} />;
}

export function OnlinePanel({ model, view, locale, onSelectUnit }: Props) {
  const theme = useTheme();
  const { m } = locale;
  const { ov, spec } = useRecent([model, theme, locale], viewKey(view), () => {
    const coverage = onlineCoverage(model, view.unit, view.period, view.level);
    return { ov: coverage, spec: onlineSpec(coverage, theme, locale) };
  });
  return (
    <StackedChart
      id="online" title={m.onlineTitle} spec={spec} empty={m.onlineEmpty} basis={m.basis[ov.basis]} locale={locale} onSelectUnit={onSelectUnit}
      note={ov.legacyTerms ? <p className="panel__hint">{m.onlineLegacy}</p> : undefined}
    />
  );
}
