// The header: title, dataset and its date, language, share, open files, print.
import { useRef, useState } from 'react';
import type { Dataset } from '../state/store';
import { latestDay } from '../model/views/latestDay';
import { formatDate } from '../i18n/format';
import { requestedDataset, type Locale } from '../i18n/messages';
import { EmbedCode } from './embed/EmbedCode';
import { TemplateMenu } from './templates/TemplateMenu';

/**
 * `requested` is the view's `data` ('' for the bundled dataset): while it loads, the header already
 * names it, and its date joins the same line when the figures arrive (the header does not move).
 */
export function Header({ dataset, requested, locale, onLang, onFiles }: { dataset: Dataset | null; requested: string; locale: Locale; onLang: () => void; onFiles: (files: File[]) => void }) {
  const { m } = locale;
  const [copied, setCopied] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(m.shareDone);
    } catch {
      setCopied(m.shareFailed);
    }
    setTimeout(() => setCopied(null), 3000);
  };
  const day = dataset ? latestDay(dataset.model) : null;
  const label = !dataset ? requestedDataset(m, requested) : dataset.origin === 'bundled' ? m.datasetBundled : dataset.origin === 'files' ? m.datasetFiles(dataset.files.length) : dataset.source;
  return (
    <header className="header">
      <div className="header__title">
        <h1>{m.appTitle}</h1>
        <p className="header__subtitle">{m.appSubtitle}</p>
        <p className="header__dataset">
          <span>{m.dataset}: {label}</span>
          {/* Each in a box of its own (inline-block): the line's text painted with the title block
              does not grow when the figures come, so the title block stays the first screen's
              largest paint (README: First screen), and the date wraps as a whole. */}
          {day && <span className="header__upto"> · {m.datasetUpTo(formatDate(day, locale.lang))}</span>}
          {dataset?.model.raw.synthetic && <strong className="header__upto header__synthetic"> · {m.synthetic}</strong>}
        </p>
      </div>
      <div className="header__actions">
        <button type="button" className="button" lang={locale.lang === 'vi' ? 'en' : 'vi'} aria-label={m.switchToLabel} onClick={onLang}>{m.switchTo}</button>
        <button type="button" className="button" onClick={share}>{m.share}</button>
        <EmbedCode locale={locale} />
        <button type="button" className="button" onClick={() => file.current?.click()} title={m.openFilesHint}>{m.openFiles}</button>
        <input
          ref={file} type="file" multiple accept=".csv,.tsv,.txt,.json,.xlsx,.geojson,.topojson,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="sr-only" tabIndex={-1}
          aria-label={m.openFiles} data-testid="file-input"
          onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; if (files.length) onFiles(files); }}
        />
        <TemplateMenu locale={locale} />
        <button type="button" className="button" onClick={() => window.print()}>{m.print}</button>
        <span className="header__copied" role="status">{copied}</span>
      </div>
    </header>
  );
}
