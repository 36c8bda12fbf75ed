// The embed parameters and the code a portal pastes.
import { describe, expect, it } from 'vitest';
import { embedParams, fullViewUrl, parseEmbed } from './embed';
import { embedSnippet } from './embedSnippet';

describe('parseEmbed', () => {
  it('reads the widget and its options; anything else is the full app', () => {
    expect(parseEmbed('?embed=compare&unit=24')).toEqual({ widget: 'compare', theme: 'light', border: true });
    expect(parseEmbed('?embed=map&theme=dark&border=0')).toEqual({ widget: 'map', theme: 'dark', border: false });
    expect(parseEmbed('?embed=nothing')).toBeNull();
    expect(parseEmbed('?unit=24')).toBeNull();
    expect(embedParams({ widget: 'map', theme: 'dark', border: false })).toBe('embed=map&theme=dark&border=0');
  });
});

describe('embedSnippet', () => {
  it('an iframe of the view on screen with a title and lazy loading, and the host script beside the app', () => {
    const code = embedSnippet('https://cong.gov.vn/cchc/?unit=24&period=2026-Q1&lang=en#x', 'compare', 'So sánh "các" đơn vị');
    expect(code).toBe('<iframe src="https://cong.gov.vn/cchc/?unit=24&amp;period=2026-Q1&amp;lang=en&amp;embed=compare" title="So sánh &quot;các&quot; đơn vị" loading="lazy" width="100%" height="560" style="border:0;max-width:100%" data-cchc-embed></iframe>\n<script src="https://cong.gov.vn/cchc/embed.js" async></script>');
    expect(embedSnippet('https://cong.gov.vn/cchc/?embed=map&unit=24', 'trend', 't', { theme: 'dark', border: false })).toContain('?unit=24&amp;embed=trend&amp;theme=dark&amp;border=0"');
  });

  it('the full view of an embed drops the embed parameters only', () => {
    expect(fullViewUrl('https://x.vn/cchc/?unit=24&embed=map&theme=dark&border=0&lang=en')).toBe('https://x.vn/cchc/?unit=24&lang=en');
  });
});
