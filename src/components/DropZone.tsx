// Dropping files anywhere on the page loads them as one dataset.
import { useEffect, useState } from 'react';
import type { Locale } from '../i18n/messages';

export function DropZone({ locale, onFiles }: { locale: Locale; onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => { if (hasFiles(e)) { depth += 1; setOver(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setOver(false); };
    const overFn = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      onFiles([...e.dataTransfer.files]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return over ? <div className="dropzone" aria-hidden="true"><p>{locale.m.dropHere}</p></div> : null;
}
