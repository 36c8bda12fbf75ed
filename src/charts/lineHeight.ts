// zrender takes the height of a line of text from the width of '国' in its font (a CJK glyph is
// one em wide), and so does every label ECharts lays out: its height, whether two labels overlap
// (`hideOverlap`), a legend's lines. A machine with no font that has the glyph (a Linux desktop
// without CJK fonts; the Debian Chromium the browser tests run in) measured it 4 px at 12 px: every
// label was 4 px tall to ECharts, and the trend's point labels were drawn over one another at
// 360 px. Here the glyph's width is one em wherever the font does not have it.

/** The character zrender measures for a line's height (zrender/lib/contain/text.js). */
export const LINE_PROBE = '国';

/** A CSS font's size in px (`bold 12px "Be Vietnam Pro", sans-serif` → 12); 12, zrender's default, without one. */
export function fontPx(font: string | undefined): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
  return m ? Number(m[1]) : 12;
}

/** What the probe's width is taken as: as measured where a font drew the glyph (about one em),
 * one em where none did (a missing glyph's box is narrower). */
export function probeWidth(measured: number, font: string | undefined): number {
  const em = fontPx(font);
  return measured < em * 0.9 ? em : measured;
}

/** zrender's measureText on a canvas context (as its own: the context keeps the last font), with
 * the probe's width made one em where the font lacks it. */
export function measureTextOn(ctx: Pick<CanvasRenderingContext2D, 'font' | 'measureText'>): (text: string, font?: string) => { width: number } {
  let last: string | undefined;
  return (text, font) => {
    const f = font || '12px sans-serif';
    if (f !== last) ctx.font = last = f;
    const m = ctx.measureText(text);
    return text === LINE_PROBE ? { width: probeWidth(m.width, f) } : m;
  };
}
