// Dossier status and online-service coverage for the view: the model's views drawn as stacked
// bars (used by the overview and by their embed widgets).
import { useMemo } from 'react';
import type { Model } from '../model/model';
import type { ViewChoice } from '../model/views/defaults';
import { dossierStatus } from '../model/views/dossierStatus';
import { onlineCoverage } from '../model/views/onlineCoverage';
import { dossierStatusSpec, onlineSpec } from '../charts/stacked';
import type { Locale } from '../i18n/messages';
import { useTheme } from './appContext';
import { StackedChart } from './StackedChart';

interface Props { model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void }

export function DossierStatusPanel({ model, view, locale, onSelectUnit }: Props) {
  const theme = useTheme();
  const { m } = locale;
  const sv = useMemo(() => dossierStatus(model, view.unit, view.period, view.level), [model, view.unit, view.period, view.level]);
  const spec = useMemo(() => dossierStatusSpec(sv, theme, locale), [sv, theme, locale]);
  return <StackedChart id="status" title={m.statusTitle} spec={spec} empty={m.statusEmpty} basis={m.basis[sv.basis]} locale={locale} onSelectUnit={onSelectUnit} />;
}

export function OnlinePanel({ model, view, locale, onSelectUnit }: Props) {
  const theme = useTheme();
  const { m } = locale;
  const ov = useMemo(() => onlineCoverage(model, view.unit, view.period, view.level), [model, view.unit, view.period, view.level]);
  const spec = useMemo(() => onlineSpec(ov, theme, locale), [ov, theme, locale]);
  return (
    <StackedChart
      id="online" title={m.onlineTitle} spec={spec} empty={m.onlineEmpty} basis={m.basis[ov.basis]} locale={locale} onSelectUnit={onSelectUnit}
      note={ov.legacyTerms ? <p className="panel__hint">{m.onlineLegacy}</p> : undefined}
    />
  );
}
