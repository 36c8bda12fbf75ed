import { describe, expect, it } from 'vitest';
import { escapeHtml, tooltipHtml } from './escape';

describe('escapeHtml', () => {
  it('escapes markup so data text stays text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a & "b" 'c'`)).toBe('a &amp; &quot;b&quot; &#39;c&#39;');
  });

  it('tooltips escape the title and every line', () => {
    expect(tooltipHtml('<b>x</b>', ['1 < 2'])).toBe('<strong>&lt;b&gt;x&lt;/b&gt;</strong><br/>1 &lt; 2');
  });
});
