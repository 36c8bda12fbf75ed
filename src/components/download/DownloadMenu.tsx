// "Tải về" under a panel: PNG and SVG of its chart (caption drawn in), CSV and .xlsx of its
// table. A <details> of plain buttons (keyboard and screen readers need nothing more); the code
// that makes each file loads on the click. Hidden in print.
import { useState } from 'react';
import { useLocale, useView } from '../appContext';
import type { DownloadSpec } from './spec';
import { panelDownload } from './panelDownload';
import { saveBlob } from './save';
import './downloads.css';

type Kind = 'png' | 'svg' | 'csv' | 'xlsx';

export function DownloadMenu({ id, spec }: { id: string; spec: DownloadSpec }) {
  const locale = useLocale();
  const current = useView();
  const { m } = locale;
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (!current) return null;
  const make = async (kind: Kind) => {
    // The file name and the caption are made now, from the view on screen.
    const download = panelDownload(current.model, current.view, locale, spec);
    setBusy(true);
    setMessage(m.downloadBusy);
    try {
      const file = kind === 'png' || kind === 'svg'
        ? await import('./chartImage').then((x) => x.chartFile(download, kind, locale))
        : await import('./tableFile').then((x) => x.tableFile(download, kind));
      saveBlob(file.name, file.blob);
      setMessage(m.downloadDone(file.name));
    } catch (e) {
      console.warn('download failed', e);
      setMessage(m.downloadFailed);
    } finally {
      setBusy(false);
    }
  };
  const kinds: [Kind, string][] = [
    ...(spec.chart ? [['png', m.downloadPng], ['svg', m.downloadSvg]] as [Kind, string][] : []),
    ['csv', m.downloadCsv],
    ['xlsx', m.downloadXlsx],
  ];
  return (
    <div className="downloads" data-download={id}>
      <details>
        <summary aria-label={m.downloadOf(spec.title)}>{m.download}</summary>
        <div className="downloads__menu" role="group" aria-label={m.downloadOf(spec.title)}>
          {kinds.map(([kind, label]) => (
            <button key={kind} type="button" className="button downloads__button" data-kind={kind} disabled={busy} onClick={() => void make(kind)}>{label}</button>
          ))}
        </div>
      </details>
      <span className="downloads__status" role="status">{message}</span>
    </div>
  );
}
