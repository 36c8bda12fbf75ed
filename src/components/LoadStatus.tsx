// Loading progress, the reason a load failed (the previous data stays), and the summary of
// problems after a load.
import { useState } from 'react';
import { progressPercent, receivedMegabytes, type AppState, type LoadError } from '../state/store';
import type { Locale } from '../i18n/messages';

export function errorText(e: LoadError, locale: Locale): string {
  const { m } = locale;
  switch (e.kind) {
    case 'cross-origin': return m.loadCrossOrigin(e.url);
    case 'bad-url': return m.loadBadUrl(e.url);
    case 'http': return m.loadHttp(e.url, e.status);
    case 'no-rows': return `${m.loadNoRows}: ${e.detail}`;
    case 'exception': return e.detail;
  }
}

export function LoadStatus({ state, locale, hasData, compactSummary, opening = null, onDismissError, onDismissSummary, onReread, onForget }: {
  state: Pick<AppState, 'loading' | 'error' | 'summary'>; locale: Locale; hasData: boolean;
  /** The name of the unit whose part is loading (chosen before its part was read), if any. */
  opening?: string | null;
  /** The bundled dataset: one line of counts, not the list of its problems. */
  compactSummary: boolean;
  onDismissError: () => void; onDismissSummary: () => void;
  /** Read the files again instead of reopening what was kept. */
  onReread: () => void;
  /** Delete every result kept in this browser; false if the browser refused. */
  onForget: () => Promise<boolean>;
}) {
  const { m } = locale;
  const { loading, error, summary } = state;
  // What became of "delete what is kept": it belongs to the summary it was clicked in.
  const [forgetting, setForgetting] = useState<{ of: typeof summary; ok: boolean } | null>(null);
  const forgot = forgetting && forgetting.of === summary ? (forgetting.ok ? 'done' : 'failed') : 'no';
  const pct = loading ? progressPercent(loading) : undefined;
  // A file whose length is not told: how much of it has come, beside a bar that can only say busy.
  const received = loading && !opening ? receivedMegabytes(loading) : undefined;
  return (
    <div className="load-status">
      {loading && (
        <div className="progress" role="status">
          <span>{opening ? m.loadingUnit(opening) : m.loadingPhase[loading.phase] ?? m.loading}{received !== undefined && ` · ${m.loadingReceived(received)}`}</span>
          <progress max={100} value={pct} aria-label={m.loading}>{pct !== undefined ? `${pct}%` : ''}</progress>
        </div>
      )}
      {error && (
        <div className="alert alert--error" role="alert">
          <p><strong>{m.loadFailed}.</strong> <span className="alert__reason">{errorText(error, locale)}</span></p>
          {hasData && <p>{m.loadKept}</p>}
          <button type="button" className="link" onClick={onDismissError}>{m.dismiss}</button>
        </div>
      )}
      {summary && !loading && (
        <div className="alert alert--info" role="status">
          <p>{m.loadedSummary(summary.files.length, summary.observations, summary.counts.error, summary.counts.warning, summary.counts.info)}{summary.reopened && forgot === 'no' && (
            <>
              {' '}<span className="load-status__reopened">{m.loadReopened}</span>{' '}
              <button type="button" className="link" onClick={onReread}>{m.loadReread}</button>{' · '}
              <button type="button" className="link" onClick={() => void onForget().then((ok) => setForgetting({ of: summary, ok }))}>{m.loadForget}</button>
            </>
          )}
          {forgot !== 'no' && <> <span className="load-status__forgot">{forgot === 'done' ? m.loadForgotten : m.loadForgetFailed}</span></>}</p>
          {!compactSummary && summary.first.length > 0 && (
            <ul className="alert__list">
              {summary.first.map((p) => <li key={p.id}><a href={`#${p.id}`}>{p.where}</a> {p.message}</li>)}
            </ul>
          )}
          <p><a href="#quality">{m.qualityTitle}</a> · <button type="button" className="link" onClick={onDismissSummary}>{m.dismiss}</button></p>
        </div>
      )}
    </div>
  );
}
