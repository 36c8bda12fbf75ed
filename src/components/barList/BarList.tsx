// Bars drawn in HTML (charts/barList.ts gives what to draw): one row per unit or level — its name
// (which drills in, where a row selects something), its bar and its value — with the scale's grid
// lines, and the target's dashed line across the rows or each row's own target on its bar. Text a
// screen reader reads row by row; no canvas, no chart library.
import type { CSSProperties } from 'react';
import type { BarListSpec } from '../../charts/barList';
import './barList.css';

const pct = (share: number) => `${(share * 100).toFixed(3)}%`;

/** A mark's text anchored so that it stays over the bars: from its start, centred, or to its end. */
function markStyle(at: number): CSSProperties {
  if (at <= 0.1) return { left: pct(at) };
  if (at >= 0.9) return { right: pct(1 - at) };
  return { left: pct(at), transform: 'translateX(-50%)' };
}

export function BarList({ spec, name, onSelect }: { spec: BarListSpec; name: string; onSelect?: (key: string) => void }) {
  const style = { '--bar-list-label': `${spec.labelChars + 1}ch` } as CSSProperties;
  const grid = spec.ticks.filter((t) => t.at > 0).map((t) => <span key={t.at} className="bar-list__grid" style={{ left: pct(t.at) }} />);
  const target = spec.target && <span className="bar-list__target" style={{ left: pct(spec.target.at) }} />;
  return (
    <figure className="bar-list" data-chart={name} data-drawn="html" style={style}>
      <figcaption className="sr-only">{spec.description}</figcaption>
      {spec.target && (
        <div className="bar-list__row bar-list__head" aria-hidden="true">
          <span />
          <span className="bar-list__plot"><span className="bar-list__mark" style={markStyle(spec.target.at)}>{spec.target.text}</span></span>
        </div>
      )}
      <ol className="bar-list__rows">
        {spec.rows.map((r) => (
          <li key={r.key} className="bar-list__row" title={r.detail.join('\n')}>
            {onSelect
              ? <button type="button" className="bar-list__name" onClick={() => onSelect(r.key)}>{r.name}</button>
              : <span className="bar-list__name">{r.name}</span>}
            <span className="bar-list__plot" aria-hidden="true">
              {grid}
              {r.share !== null && <span className="bar-list__bar" style={{ width: pct(r.share), background: r.color }} />}
              {target}
              {r.target && <span className="bar-list__own-target" style={{ left: pct(r.target.at) }} />}
            </span>
            <span className="bar-list__value">
              {r.label}
              {r.target && <span className="bar-list__target-text" aria-hidden="true">{r.target.text}</span>}
            </span>
            {r.more.length > 0 && <span className="sr-only">{r.more.join('; ')}</span>}
          </li>
        ))}
      </ol>
      <div className="bar-list__row bar-list__ticks" aria-hidden="true">
        <span />
        <span className="bar-list__plot">
          {spec.ticks.map((t) => <span key={t.at} className="bar-list__mark" style={markStyle(t.at)}>{t.text}</span>)}
        </span>
      </div>
    </figure>
  );
}
