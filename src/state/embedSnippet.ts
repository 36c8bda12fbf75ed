// The code a portal pastes for one widget: an iframe with a title and a fixed height that works
// without scripts, and embed.js, which sizes it to its content.
import { embedParams, type Widget } from './embed';

export const WIDGET_HEIGHT: Record<Widget, number> = {
  kpis: 420, compare: 560, trend: 420, levels: 420, status: 480, online: 420, satisfaction: 480, table: 640, map: 760,
};

/**
 * The code to paste: an iframe of the view on screen with the widget, plus the host script.
 * @param pageHref the app's current URL (its view parameters are kept)
 */
export function embedSnippet(pageHref: string, widget: Widget, title: string, options: { theme?: 'light' | 'dark'; border?: boolean } = {}): string {
  const url = new URL(pageHref);
  url.hash = '';
  for (const k of ['embed', 'theme', 'border']) url.searchParams.delete(k);
  const extra = embedParams({ widget, theme: options.theme ?? 'light', border: options.border ?? true });
  const search = url.search ? `${url.search}&${extra}` : `?${extra}`;
  const src = `${url.origin}${url.pathname}${search}`;
  const script = new URL('embed.js', `${url.origin}${url.pathname}`).href;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" width="100%" height="${WIDGET_HEIGHT[widget]}" style="border:0;max-width:100%" data-cchc-embed></iframe>\n<script src="${esc(script)}" async></script>`;
}
