// Embedding one widget in a portal page: `?embed=WIDGET` with the usual view parameters renders that
// widget alone; `theme=dark` and `border=0` fit it to the host page. The embed code a province
// pastes is an iframe (working without scripts at a fixed height) plus `embed.js`, which sizes it.
export const WIDGETS = ['kpis', 'compare', 'trend', 'levels', 'status', 'online', 'satisfaction', 'table', 'map'] as const;
export type Widget = (typeof WIDGETS)[number];

export interface EmbedOptions {
  widget: Widget;
  theme: 'light' | 'dark';
  border: boolean;
}

/** The message the embedded page posts to its parent: its own name and its height, nothing else. */
export const HEIGHT_MESSAGE = 'cchc-embed:height';

/** The embed parameters of a URL, or null for the full app (an unknown widget is the full app too). */
export function parseEmbed(search: string): EmbedOptions | null {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const w = q.get('embed');
  if (!w || !(WIDGETS as readonly string[]).includes(w)) return null;
  return { widget: w as Widget, theme: q.get('theme') === 'dark' ? 'dark' : 'light', border: q.get('border') !== '0' };
}

/** The query parameters that keep a page in embed mode (kept when the embedded view changes). */
export function embedParams(o: EmbedOptions): string {
  return [`embed=${o.widget}`, ...(o.theme === 'dark' ? ['theme=dark'] : []), ...(o.border ? [] : ['border=0'])].join('&');
}

/** The full view of an embedded page: the same search without the embed parameters. */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  for (const k of ['embed', 'theme', 'border']) url.searchParams.delete(k);
  return url.href;
}

/** Heights an embedded widget starts at before embed.js measures it (and without scripts). */

// The code to paste (embedSnippet, WIDGET_HEIGHT) is in embedSnippet.ts: only the dialog needs it.
