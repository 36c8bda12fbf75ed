import { describe, expect, it } from 'vitest';
import { LINE_PROBE, fontPx, measureTextOn, probeWidth } from './lineHeight';

/** A canvas context whose font has no CJK glyph: '国' is a 4 px box, Latin letters 7 px. */
function contextWithoutCjk() {
  const fonts: string[] = [];
  let font = '';
  return {
    fonts,
    ctx: {
      get font() { return font; },
      set font(f: string) { font = f; fonts.push(f); },
      measureText: (text: string) => ({ width: text === LINE_PROBE ? 4 : text.length * 7 }) as TextMetrics,
    },
  };
}

describe('the height of a line of text, for ECharts', () => {
  it('reads the size from a CSS font', () => {
    expect(fontPx('12px "Be Vietnam Pro", sans-serif')).toBe(12);
    expect(fontPx('bold 20px sans-serif')).toBe(20);
    expect(fontPx('normal normal 600 13.5px "Be Vietnam Pro"')).toBe(13.5);
    expect(fontPx(undefined)).toBe(12);
  });

  it('takes the probe as one em where the font has no glyph for it, and as measured where it has', () => {
    expect(probeWidth(4, '12px sans-serif')).toBe(12);
    expect(probeWidth(12, '12px sans-serif')).toBe(12);
    expect(probeWidth(14, '14px "Noto Sans CJK"')).toBe(14);
  });

  it('measures other text as the canvas does, and sets the context\'s font only when it changes', () => {
    const { ctx, fonts } = contextWithoutCjk();
    const measure = measureTextOn(ctx);
    expect(measure(LINE_PROBE, '12px sans-serif').width).toBe(12);
    expect(measure('98%', '12px sans-serif').width).toBe(21);
    expect(measure('Tháng 7/2025', '12px sans-serif').width).toBe(84);
    expect(measure(LINE_PROBE, '20px sans-serif').width).toBe(20);
    expect(fonts).toEqual(['12px sans-serif', '20px sans-serif']);
    // No font given: zrender's default.
    expect(measure(LINE_PROBE).width).toBe(12);
  });
});
