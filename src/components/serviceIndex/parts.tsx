// The pieces of the service-index panel: the total with its band and rank, the points lost per
// group, and the tables (ranking, PAR Index / SIPAS, the chart's data). They only format what
// src/model/serviceIndex computed.
import type { ViewChoice } from '../../model/views/defaults';
import type { NationalScore, ServiceIndexRow } from '../../model/serviceIndex/serviceIndex';
import { bandText, pointsText, type IndexNames } from '../../charts/serviceIndex';
import type { Locale } from '../../i18n/messages';
import { serviceIndexMessages } from '../../i18n/serviceIndex';
import { formatFigure, formatSigned } from '../../i18n/format';
import { valueLabel } from '../format';

interface Drill { view: ViewChoice; onSelectUnit: (unit: string) => void }

/** A unit's name: a button that drills in, except for the unit on screen. */
function UnitName({ row, view, onSelectUnit }: { row: ServiceIndexRow } & Drill) {
  return row.unit === view.unit ? <>{row.name}</> : <button type="button" className="link" onClick={() => onSelectUnit(row.unit)}>{row.name}</button>;
}

/** The band in words, in a frame (its colour only repeats the word). */
export function BandBadge({ row, locale }: { row: ServiceIndexRow; locale: Locale }) {
  return row.band ? <span className={`si-band si-band--${row.band}`}>{bandText(row, locale)}</span> : <>—</>;
}

/** 91,25 /100 · Xuất sắc · Hạng 1/8 đơn vị, and where the total comes from. */
export function TotalLine({ row, locale }: { row: ServiceIndexRow; locale: Locale }) {
  const s = serviceIndexMessages(locale.lang);
  if (!row.total) return <p className="si-total">{s.noGroups}</p>;
  const printed = row.total.derived === 'published';
  const differs = printed && row.groupSum !== null && Math.abs(row.groupSum - row.total.value) > 0.011;
  return (
    <>
      <p className="si-total">
        <span className="si-total__label">{s.total}</span>
        <span className="si-total__value" title={row.total.rule}>{formatFigure(row.total, locale.lang)}</span>
        <span className="si-total__max">/100 {s.points}</span>
        <BandBadge row={row} locale={locale} />
        {row.rank !== null && <span className="si-total__rank">{s.rankAmong(row.rank, row.of)}</span>}
      </p>
      <p className="si-source" title={row.total.rule}>
        {printed ? `${s.printedTotal}: ${row.total.rule}` : `${s.fromGroups}: ${row.groups.map((g) => formatFigure(g.score!, locale.lang)).join(' + ')} = ${formatFigure(row.total, locale.lang)}`}
        {differs && <><br /><span className="si-warn"><span aria-hidden="true">! </span>{s.sumDiffers(pointsText(row.groupSum!, locale))}</span></>}
      </p>
    </>
  );
}

/** The groups with a score, most points lost first: where a leader can act. */
export function LostList({ row, names, locale }: { row: ServiceIndexRow; names: IndexNames; locale: Locale }) {
  const s = serviceIndexMessages(locale.lang);
  return (
    <ol className="si-lost" aria-labelledby="si-lost-title">
      {row.lostOrder.map((g) => (
        <li key={g.indicator} data-indicator={g.indicator}>
          <span className="si-lost__group">{names.groups[g.indicator]}</span>{': '}
          {g.overMax
            ? <span className="si-warn"><span aria-hidden="true">! </span>{s.overMax(formatFigure(g.score!, locale.lang), pointsText(g.max, locale))}</span>
            : <span className="si-lost__points">{s.lostItem(pointsText(g.lost!, locale), formatFigure(g.score!, locale.lang), pointsText(g.max, locale))}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The group that loses most points, in words. */
function mostLost(row: ServiceIndexRow, names: IndexNames, locale: Locale): string {
  const g = row.lostOrder[0];
  return g && g.lost !== null && g.lost > 0 ? `${names.groups[g.indicator]} (−${pointsText(g.lost, locale)})` : '—';
}

export function RankingTable({ rows, caption, names, locale, ...drill }: { rows: ServiceIndexRow[]; caption: string; names: IndexNames; locale: Locale } & Drill) {
  const { m } = locale;
  const s = serviceIndexMessages(locale.lang);
  return (
    <div className="si-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table si-ranking">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{s.rank}</th>
            <th scope="col">{m.unit}</th>
            <th scope="col" className="num">{s.total}</th>
            <th scope="col">{s.band}</th>
            <th scope="col" className="si-ranking__lost">{s.worstGroup}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit} data-unit={r.unit}>
              <td className="num">{r.rank ?? '—'}</td>
              <th scope="row">
                <UnitName row={r} {...drill} />
                {/* On a phone the last column folds under the name. */}
                <span className="si-ranking__inline">{s.worstGroup}: {mostLost(r, names, locale)}</span>
              </th>
              <td className="num" title={r.total?.rule}>{valueLabel(r.total, locale)}</td>
              <td><BandBadge row={r} locale={locale} /></td>
              <td className="si-ranking__lost">{mostLost(r, names, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** ▲ +1,44 / ▼ −0,80 / = 0, with the direction in words for screen readers. */
function Change({ score, locale }: { score: NationalScore; locale: Locale }) {
  const s = serviceIndexMessages(locale.lang);
  if (score.change === null) return <span className="si-change si-change--none">—<span className="sr-only"> {s.noPrevious}</span></span>;
  const dir = score.change > 0.0049 ? 'up' : score.change < -0.0049 ? 'down' : 'same';
  const mark = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '=';
  return (
    <span className={`si-change si-change--${dir}`} title={score.previous ? `${formatFigure(score.previous, locale.lang)} → ${formatFigure(score.score, locale.lang)}` : undefined}>
      <span aria-hidden="true">{mark} </span><span className="sr-only">{s[dir]} </span>{formatSigned(score.change, locale.lang, 2)}
    </span>
  );
}

const INDICES = ['par_index', 'sipas'] as const;
const INDEX_NAMES = { par_index: 'PAR Index', sipas: 'SIPAS' } as const;

export function NationalTable({ rows, caption, locale, ...drill }: { rows: ServiceIndexRow[]; caption: string; locale: Locale } & Drill) {
  const { m } = locale;
  const s = serviceIndexMessages(locale.lang);
  const shown = INDICES.filter((i) => rows.some((r) => r.national.some((n) => n.indicator === i)));
  return (
    <div className="si-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table si-national">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {shown.map((i) => <th key={i} scope="colgroup" colSpan={3} className="si-national__index">{INDEX_NAMES[i]}</th>)}
          </tr>
          <tr>
            <th scope="col">{m.unit}</th>
            {shown.map((i) => [
              <th key={`${i}-s`} scope="col" className="num">{s.score}</th>,
              <th key={`${i}-r`} scope="col" className="num">{s.rank}</th>,
              <th key={`${i}-c`} scope="col" className="num">{s.change}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit} data-unit={r.unit}>
              <th scope="row"><UnitName row={r} {...drill} /></th>
              {shown.map((i) => {
                const n = r.national.find((x) => x.indicator === i);
                return n
                  ? [
                    <td key={`${i}-s`} className="num" data-index={i} title={n.score.rule}>{formatFigure(n.score, locale.lang)}</td>,
                    <td key={`${i}-r`} className="num">{n.rank !== null ? `${n.rank}/${n.of}` : '—'}</td>,
                    <td key={`${i}-c`} className="num"><Change score={n} locale={locale} /></td>,
                  ]
                  : [<td key={`${i}-s`} className="num">—</td>, <td key={`${i}-r`} className="num">—</td>, <td key={`${i}-c`} className="num">—</td>];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ranking chart's data: each unit's six groups and total. */
export function GroupsTable({ rows, names, locale, ...drill }: { rows: ServiceIndexRow[]; names: IndexNames; locale: Locale } & Drill) {
  const { m } = locale;
  const s = serviceIndexMessages(locale.lang);
  const groups = rows[0]?.groups ?? [];
  return (
    <div className="si-scroll" tabIndex={0} role="region" aria-label={s.rankingChart}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{m.unit}</th>
            {groups.map((g) => <th key={g.indicator} scope="col" className="num">{names.groups[g.indicator]} ({s.max.toLowerCase()} {pointsText(g.max, locale)})</th>)}
            <th scope="col" className="num">{s.total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit}>
              <th scope="row"><UnitName row={r} {...drill} /></th>
              {r.groups.map((g) => <td key={g.indicator} className="num">{g.score ? `${formatFigure(g.score, locale.lang)}${g.overMax ? ' (!)' : ''}` : '—'}</td>)}
              <td className="num">{valueLabel(r.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
