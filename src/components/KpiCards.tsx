// KPI cards: value (with qualifier), target and status, gap, change from the previous period,
// sparkline, and the source on hover and on keyboard focus. A printed figure that differs from
// the one computed from its counts is shown beside it, with a link to the data-quality entry.
import { memo, useId } from 'react';
import type { KpiCard, KpiWithoutFigure } from '../model/views/kpis';
import { indicatorName } from '../i18n/messages';
import { formatPeriod, formatSigned } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import type { Model } from '../model/model';
import { StatusBadge } from './StatusBadge';
import { Sparkline } from './Sparkline';
import { gapLabel, printedLabel, targetLabel, valueLabel } from './format';
import { FlagMark } from './flags/FlagMark';
import { focusQualityItem } from './flags/focusQuality';

export { focusQualityItem };

function Card({ card, model, locale }: { card: KpiCard; model: Model; locale: Locale }) {
  const id = useId();
  const { m, lang } = locale;
  const ind = model.catalogue.get(card.indicator);
  const name = indicatorName(ind, lang, card.indicator);
  const v = card.value;
  const kind = v?.kind ?? ind?.kind ?? 'rate';
  const { status, target, gap, partial } = card.status;
  const change = card.change;
  const changeText = change && v
    ? m.changeFrom(kind === 'rate' ? gapLabel(change.delta, kind, locale) : `${formatSigned(change.delta, lang, v.decimals)}${change.relative !== null ? ` (${formatSigned(change.relative, lang, 1)}%)` : ''}`, formatPeriod(change.previous, lang))
    : null;
  const showUnit = v && kind !== 'rate' && v.unit;
  return (
    <article className={`kpi kpi--${status}`} tabIndex={0} aria-labelledby={`${id}-name`} aria-describedby={`${id}-src`} data-indicator={card.indicator}>
      <h3 className="kpi__name" id={`${id}-name`}>{name}</h3>
      <p className="kpi__value">
        {v ? <span className="num">{valueLabel(v, locale)}</span> : <span className="kpi__nodata">{m.noData}</span>}
        {showUnit && <span className="kpi__unit"> {v.unit}</span>}
      </p>
      {v && v.flags.length > 0 && <p className="kpi__flag"><FlagMark flags={v.flags} locale={locale} /></p>}
      {v?.differs && (
        <p className="kpi__printed">
          {m.printedDiffers(printedLabel(v, locale), valueLabel(v, locale))}
          {card.problemId && v.flags.length === 0 && <> · <button type="button" className="link" onClick={() => focusQualityItem(card.problemId!)}>{m.seeQuality}</button></>}
        </p>
      )}
      <div className="kpi__status">
        <StatusBadge status={status} />
        {target && (
          <span className="kpi__target">
            {m.target} <span className="num">{targetLabel(target, kind, locale)}</span>
            {gap !== null && v && <> · {m.gap} <span className="num">{gapLabel(gap, kind, locale)}</span></>}
          </span>
        )}
      </div>
      {target && <p className="kpi__plan">{target.plan}{partial ? ` — ${m.partialPeriod}` : ''}</p>}
      <div className="kpi__foot">
        <span className="kpi__change">{changeText ?? (v ? m.noPrevious : '')}</span>
        <Sparkline points={card.sparkline} />
      </div>
      <div className="kpi__source" id={`${id}-src`} role="note">
        {v?.source && <p><strong>{m.source}:</strong> {v.source}</p>}
        {v?.note && <p><strong>{m.note}:</strong> {v.note}</p>}
        {v && <p><strong>{m.rule}:</strong> {m.derived[v.derived]} — {v.rule}</p>}
        {target?.note && <p><strong>{m.target}:</strong> {target.note}</p>}
        {!v && !target && <p>{m.noData}</p>}
      </div>
    </article>
  );
}

/** The cards follow the unit, period and level, not the indicator chosen: a change of indicator
 * (half the filter bar's changes) leaves them as they are, without rendering them again. */
export const KpiCards = memo(function KpiCards({ cards, withoutFigures = [], model, locale }: { cards: KpiCard[]; withoutFigures?: KpiWithoutFigure[]; model: Model; locale: Locale }) {
  const { m, lang } = locale;
  return (
    <section className="kpis" aria-labelledby="kpis-title">
      <h2 id="kpis-title" className="section-title">{m.kpiTitle}</h2>
      {cards.length === 0
        ? <p className="empty">{m.kpiEmpty}</p>
        : <div className="kpis__grid">{cards.map((c) => <Card key={c.indicator} card={c} model={model} locale={locale} />)}</div>}
      {withoutFigures.length > 0 && (
        <p className="kpis__without">
          {m.kpiWithoutFigures(withoutFigures.length)}{' '}
          {withoutFigures.map((w, i) => {
            const kind = model.catalogue.get(w.indicator)?.kind ?? 'rate';
            const t = w.status.target;
            return (
              <span key={w.indicator} data-indicator={w.indicator}>
                {indicatorName(model.catalogue.get(w.indicator), lang, w.indicator)}
                {t && <span className="num"> ({m.target} {targetLabel(t, kind, locale)})</span>}
                {i < withoutFigures.length - 1 ? '; ' : '.'}
              </span>
            );
          })}
        </p>
      )}
    </section>
  );
});
