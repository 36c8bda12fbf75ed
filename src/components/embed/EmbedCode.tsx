// "Mã nhúng": the code a portal pastes to show one widget of the view on screen. The button is on
// every page; the dialog (EmbedDialog.tsx) loads on its first click.
import { lazy, Suspense, useState } from 'react';
import type { Locale } from '../../i18n/messages';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((x) => ({ default: x.EmbedDialog })));

export function EmbedCode({ locale }: { locale: Locale }) {
  const [opened, setOpened] = useState(0);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpened((n) => n + 1)}>{locale.m.embedCode}</button>
      {opened > 0 && <Suspense fallback={null}><EmbedDialog locale={locale} opened={opened} /></Suspense>}
    </>
  );
}
