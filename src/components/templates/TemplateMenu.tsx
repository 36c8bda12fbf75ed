// "Mẫu nhập liệu": blank templates headed in Vietnamese — the tidy file, the office's wide sheet
// as CSV and .xlsx, and the plan's targets. The code that makes them loads on the click.
import { useState } from 'react';
import type { Locale } from '../../i18n/messages';
import { saveBlob } from '../download/save';
import '../download/downloads.css';
import './templates.css';

type Kind = 'tidy' | 'wide' | 'xlsx' | 'targets';

export function TemplateMenu({ locale }: { locale: Locale }) {
  const { m } = locale;
  const [message, setMessage] = useState('');
  const make = async (kind: Kind) => {
    const t = await import('../../data/templates');
    const csv = (tpl: typeof t.TIDY_TEMPLATE) => { saveBlob(tpl.file, new Blob([t.templateCsv(tpl)], { type: 'text/csv;charset=utf-8' })); return tpl.file; };
    let name: string;
    if (kind === 'xlsx') {
      name = t.WIDE_TEMPLATE.file.replace(/\.csv$/, '.xlsx');
      saveBlob(name, new Blob([t.wideTemplateXlsx() as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    } else name = csv(kind === 'tidy' ? t.TIDY_TEMPLATE : kind === 'wide' ? t.WIDE_TEMPLATE : t.TARGETS_TEMPLATE);
    setMessage(m.downloadDone(name));
  };
  const kinds: [Kind, string][] = [['wide', m.templateWide], ['xlsx', m.templateXlsx], ['tidy', m.templateTidy], ['targets', m.templateTargets]];
  return (
    <div className="downloads templates">
      <details>
        <summary title={m.templatesHint}>{m.templates}</summary>
        <div className="downloads__menu" role="group" aria-label={m.templates}>
          {kinds.map(([kind, label]) => (
            <button key={kind} type="button" className="button downloads__button" data-template={kind} onClick={() => void make(kind)}>{label}</button>
          ))}
        </div>
      </details>
      <span className="downloads__status" role="status">{message}</span>
    </div>
  );
}
