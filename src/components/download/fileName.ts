// File names for downloads: ASCII only (`so-sanh-tinh-bac-ninh-2026-q1`), so they survive
// e-mail, portals and every operating system, and still read as Vietnamese without tone marks.
import { fold } from '../../data/text';

/** `Tỉnh Bắc Ninh` → `tinh-bac-ninh`; `2020-07-01/2023-06-30` → `2020-07-01-2023-06-30`. */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The parts joined as one ASCII name, at most 120 characters, never empty. */
export function fileName(...parts: string[]): string {
  const name = parts.map(slug).filter(Boolean).join('-').slice(0, 120).replace(/-+$/, '');
  return name || 'tai-ve';
}
