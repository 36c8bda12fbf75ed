// A panel's download made whole on the first click: its ASCII file name and the caption its
// picture carries (title, the view's unit and period, the figures' sources, the data's last day).
// Nothing here computes an indicator: it names what the panel shows.
import type { ExportCaption } from '../../charts/export';
import type { Model } from '../../model/model';
import type { ViewChoice } from '../../model/views/defaults';
import { latestDay } from '../../model/views/latestDay';
import { periodOf, type ValueView } from '../../model/views/value';
import { formatDate, formatPeriod } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import type { DownloadCell, DownloadSpec } from './spec';
import * as cells from './cells';
import { fileName } from './fileName';

export interface PanelDownload {
  /** The file name without its extension, in ASCII (`so-sanh-tinh-bac-ninh-2026-q1`). */
  name: string;
  header: string[];
  rows: DownloadCell[][];
  caption: ExportCaption;
  chart?: DownloadSpec['chart'];
}

/** Sources named once each, the first two in full: `A; B và 3 nguồn khác`. */
export function sourcesText(sources: readonly string[], locale: Locale): string {
  const distinct = [...new Set(sources.map((s) => s.trim()).filter(Boolean))];
  if (distinct.length <= 2) return distinct.join('; ');
  return `${distinct.slice(0, 2).join('; ')} ${locale.m.exportMoreSources(distinct.length - 2)}`;
}

/** The caption: title, the view's unit and period, the figures' sources (else the dataset's files), the data's last day. */
export function panelCaption(model: Model, view: ViewChoice, locale: Locale, title: string, values: readonly (ValueView | null)[]): ExportCaption {
  const period = periodOf(model, view.period);
  const day = latestDay(model);
  const files = model.raw.files.map((f) => f.split(/[\\/]/).pop() ?? f);
  const fromFigures = sourcesText(values.map((v) => v?.source ?? ''), locale);
  return {
    title,
    unit: model.unitName(view.unit, locale.lang),
    period: period ? formatPeriod(period, locale.lang) : view.period,
    source: fromFigures || sourcesText(files, locale),
    date: day ? formatDate(day, locale.lang) : '',
  };
}

/** A panel's download: its file name from a fixed ASCII stem, the unit's name and the period. */
export function panelDownload(model: Model, view: ViewChoice, locale: Locale, d: DownloadSpec): PanelDownload {
  const table = d.table(cells);
  return {
    name: fileName(d.stem, model.unitName(view.unit, 'vi'), view.period),
    header: table.header,
    rows: table.rows,
    caption: panelCaption(model, view, locale, d.title, table.values ?? []),
    ...(d.chart ? { chart: d.chart } : {}),
  };
}
