// The "Mã nhúng" dialog: choose the widget, theme and border; the code to copy. Loaded on the
// first click of its button (EmbedCode.tsx), opened on each.
import { useEffect, useId, useRef, useState } from 'react';
import { WIDGETS, type Widget } from '../../state/embed';
import { embedSnippet } from '../../state/embedSnippet';
import type { Locale } from '../../i18n/messages';

export function EmbedDialog({ locale, opened }: { locale: Locale; opened: number }) {
  const { m } = locale;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [widget, setWidget] = useState<Widget>('compare');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [borderless, setBorderless] = useState(false);
  const [copied, setCopied] = useState('');
  const code = embedSnippet(window.location.href, widget, m.widgets[widget], { theme, border: !borderless });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(m.embedCopied);
    } catch {
      setCopied(m.shareFailed);
    }
  };
  useEffect(() => {
    setCopied('');
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [opened]);
  return (
    <>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="panel__title">{m.embedTitle}</h2>
        <p className="panel__hint">{m.embedIntro}</p>
        <div className="dialog__fields">
          <div className="field">
            <label htmlFor={`${id}-widget`}>{m.embedWidget}</label>
            <select id={`${id}-widget`} value={widget} onChange={(e) => setWidget(e.target.value as Widget)}>
              {WIDGETS.map((w) => <option key={w} value={w}>{m.widgets[w]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-theme`}>{m.embedTheme}</label>
            <select id={`${id}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')}>
              {(['light', 'dark'] as const).map((t) => <option key={t} value={t}>{m.embedThemes[t]}</option>)}
            </select>
          </div>
          <label className="field field--check"><input type="checkbox" checked={borderless} onChange={(e) => setBorderless(e.target.checked)} /> {m.embedBorderless}</label>
        </div>
        <label className="sr-only" htmlFor={`${id}-code`}>{m.embedCode}</label>
        <textarea id={`${id}-code`} className="dialog__code" readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={copy}>{m.embedCopy}</button>
          <span role="status" className="header__copied">{copied}</span>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>{m.embedClose}</button>
        </div>
      </dialog>
    </>
  );
}
