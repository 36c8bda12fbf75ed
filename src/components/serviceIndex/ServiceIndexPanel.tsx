// The national rankings for the view's unit and year: the service index of Decision 766/QĐ-TTg
// (total and band in words, the six groups against their maxima, the points lost per group largest
// first, the rank), the ranking of the children, and PAR Index / SIPAS with rank and change on the
// year before. Shown only where the unit or its children have service-index figures.
import { useMemo } from 'react';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { periodOf } from '../../model/views/value';
import { serviceIndexView, type ServiceIndexRow } from '../../model/serviceIndex/serviceIndex';
import { rankingLegend, serviceIndexGroupsOption, serviceIndexRankingOption, serviceIndexSummary, type IndexNames } from '../../charts/serviceIndex';
import { indicatorName, type Locale } from '../../i18n/messages';
import { serviceIndexMessages } from '../../i18n/serviceIndex';
import { formatPeriod } from '../../i18n/format';
import { useTheme } from '../appContext';
import { Chart } from '../Chart';
import { ChartLegend } from '../ChartLegend';
import { ChartPanel } from '../ChartPanel';
import type { DownloadSpec } from '../download/spec';
import { GroupsTable, LostList, NationalTable, RankingTable, TotalLine } from './parts';
import './serviceIndex.css';

export function ServiceIndexPanel({ model, view, locale, onSelectUnit }: { model: Model; view: ViewChoice; locale: Locale; onSelectUnit: (unit: string) => void }) {
  const theme = useTheme();
  const { m, lang } = locale;
  const s = serviceIndexMessages(locale.lang);
  const sv = useMemo(() => serviceIndexView(model, view.unit, view.period), [model, view.unit, view.period]);
  const names: IndexNames = useMemo(() => ({
    groups: Object.fromEntries([...model.catalogue.values()].filter((i) => i.partOf === 'service_index').map((i) => [i.id, indicatorName(i, lang)])),
  }), [model, lang]);
  const ranked = useMemo(() => sv.rows.filter((r) => r.total || r.groups.some((g) => g.score)), [sv]);
  const rankingOption = useMemo(() => (ranked.length > 0 ? serviceIndexRankingOption(sv, theme, locale, names) : null), [sv, ranked, theme, locale, names]);
  const self = sv.self && (sv.self.total || sv.self.groups.some((g) => g.score)) ? sv.self : null;
  const groupsOption = useMemo(() => (self && self.groups.some((g) => g.score) ? serviceIndexGroupsOption(self, theme, locale, names) : null), [self, theme, locale, names]);
  if (!sv.hasData) return null;

  const period = periodOf(model, view.period);
  const periodText = period ? formatPeriod(period, lang) : view.period;
  const previous = sv.previousPeriodKey ? periodOf(model, sv.previousPeriodKey) : null;
  const previousText = previous ? formatPeriod(previous, lang) : sv.previousPeriodKey;
  const national = [...(sv.self?.national.length ? [sv.self] : []), ...sv.rows.filter((r) => r.national.length > 0)];
  const rankingHeight = Math.max(120, ranked.length * 34 + 40);
  const download: DownloadSpec | null = ranked.length === 0 ? null : {
    stem: 'chi-so-phuc-vu', title: s.title,
    table: (c) => ({
      header: [s.rank, m.unit, c.withUnit(s.total, s.points), s.band, ...ranked[0].groups.map((g) => c.withUnit(names.groups[g.indicator], s.points))],
      rows: ranked.map((r) => [r.rank, r.name, c.valueCell(r.total, locale), r.band ? s.bands[r.band] : null, ...r.groups.map((g) => c.valueCell(g.score, locale))]),
      values: ranked.map((r) => r.total),
    }),
    chart: rankingOption ? { option: rankingOption, height: rankingHeight } : undefined,
  };

  return (
    <ChartPanel
      id="service-index" wide title={s.title} summary={serviceIndexSummary(sv, locale, names)} download={download}
      table={ranked.length > 0 && <GroupsTable rows={ranked} view={view} names={names} locale={locale} onSelectUnit={onSelectUnit} />}
    >
      {self && (
        <div className="si-unit" data-unit={self.unit}>
          <h3 className="si-heading">{self.name} · {periodText}</h3>
          <TotalLine row={self} locale={locale} />
          {groupsOption && (
            <div className="si-unit__body">
              <div className="si-unit__chart">
                <h4 className="si-subheading">{s.groupsTitle}</h4>
                <Chart name="service-index-groups" lang={lang} option={groupsOption} height={6 * 34 + 24} />
              </div>
              <div className="si-unit__lost">
                <h4 className="si-subheading" id="si-lost-title">{s.lostTitle}</h4>
                <LostList row={self} names={names} locale={locale} />
              </div>
            </div>
          )}
        </div>
      )}
      {ranked.length > 0 && rankingOption && (
        <>
          <h3 className="si-heading">{s.rankingTitle}</h3>
          <ChartLegend items={rankingLegend(locale, names)} label={s.rankingChart} outlined />
          <Chart
            name="service-index" lang={lang} option={rankingOption} height={rankingHeight}
            onClick={(p) => { const d = p.data as { unit?: string; drill?: boolean } | null; if (d?.unit && d.drill) onSelectUnit(d.unit); }}
          />
          <RankingTable rows={ranked} caption={s.rankingCaption(periodText)} view={view} names={names} locale={locale} onSelectUnit={onSelectUnit} />
        </>
      )}
      {national.length > 0 && (
        <>
          <h3 className="si-heading">{s.nationalTitle}</h3>
          <NationalTable
            rows={national} view={view} locale={locale} onSelectUnit={onSelectUnit}
            caption={previousText ? s.nationalCaption(periodText, previousText) : s.nationalCaptionNoPrevious(periodText)}
          />
        </>
      )}
    </ChartPanel>
  );
}

export type { ServiceIndexRow };
