// One row of stacked counts in HTML (charts/stackedBar.ts gives what to draw): the bar split into
// its parts, then each part's colour, name, count and share as text. The panel's summary already
// reads the counts out, so the bar is not read again; the legend is.
import type { StackedBarSpec } from '../charts/stackedBar';
import './stackedBar.css';

const pct = (share: number) => `${(share * 100).toFixed(3)}%`;

export function StackedBar({ bar, name }: { bar: StackedBarSpec; name: string }) {
  return (
    <figure className="stacked-bar" data-bar={name}>
      <div className="stacked-bar__bar" aria-hidden="true">
        {bar.parts.filter((p) => p.share > 0).map((p) => (
          <span key={p.id} className="stacked-bar__part" style={{ width: pct(p.share), background: p.color }} title={`${p.name}: ${p.label} ${bar.unitWord} (${p.shareLabel})`} />
        ))}
      </div>
      <ul className="stacked-bar__legend">
        {bar.parts.map((p) => (
          <li key={p.id}>
            <span className="stacked-bar__swatch" style={{ background: p.color }} aria-hidden="true" />
            {p.name} <strong>{p.label}</strong> <span className="stacked-bar__share">({p.shareLabel})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
