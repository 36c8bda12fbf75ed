// @vitest-environment jsdom
// (jsdom for its XML parser: the SVG the export writes must be well-formed.)
import { describe, expect, it } from 'vitest';
import { childComparison } from '../model/views/compare';
import { compareOption } from './compare';
import { stackedPictureOption, dossierStatusSpec } from './stacked';
import { dossierStatus } from '../model/views/dossierStatus';
import { EXPORT_FOOT, EXPORT_HEAD, EXPORT_HEIGHT, EXPORT_WIDTH, captionFooter, exportOption, exportSize, type ExportCaption } from './export';
import { THEME } from './theme';
import { en, tinyProvince, vi, type Loose } from './testutil';
import { echarts } from './echartsExport';
import { loadParts, partsOf } from './parts';

const caption: ExportCaption = {
  title: 'So sánh các đơn vị trực thuộc: Tỷ lệ giải quyết đúng hạn',
  unit: 'Tỉnh Bắc Ninh',
  period: 'Quý I/2026',
  source: 'Cổng TTĐT tỉnh Bắc Ninh, 19/09/2023',
  date: '31/03/2026',
};
const ctx = { indicatorName: 'Tỷ lệ giải quyết đúng hạn' };

describe('exportOption', () => {
  it('draws the title, "unit · period" under it and the source and date line at the bottom', () => {
    const o: Loose = exportOption(compareOption(childComparison(tinyProvince(), 'P', 'on_time_rate', '2024'), THEME, vi, ctx), caption, vi);
    expect(o.title.text).toBe('So sánh các đơn vị trực thuộc: Tỷ lệ giải quyết đúng hạn');
    expect(o.title.subtext).toBe('Tỉnh Bắc Ninh · Quý I/2026');
    expect(o.graphic).toHaveLength(1);
    expect(o.graphic[0].type).toBe('text');
    expect(o.graphic[0].bottom).toBeGreaterThan(0);
    expect(o.graphic[0].style.text).toBe('Nguồn: Cổng TTĐT tỉnh Bắc Ninh, 19/09/2023 · Số liệu đến 31/03/2026');
    expect(o.backgroundColor).toBe('#ffffff');
    expect(o.animation).toBe(false);
  });

  it('in English too; a missing source or date leaves its part out', () => {
    expect(captionFooter(caption, en)).toBe('Source: Cổng TTĐT tỉnh Bắc Ninh, 19/09/2023 · Data up to 31/03/2026');
    expect(captionFooter({ source: '', date: '31/03/2026' }, vi)).toBe('Số liệu đến 31/03/2026');
    expect(captionFooter({ source: 'x.csv', date: '' }, vi)).toBe('Nguồn: x.csv');
    const o: Loose = exportOption({ series: [] }, { ...caption, unit: '', period: '2026' }, en);
    expect(o.title.subtext).toBe('2026');
  });

  it('makes room for the caption: the plot and its legend move down, the bottom margin grows', () => {
    const chart: Loose = stackedPictureOption(dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024', ''), THEME, vi), THEME, vi);
    const o: Loose = exportOption(chart, caption, vi);
    expect(o.grid.top).toBe(chart.grid.top + EXPORT_HEAD);
    expect(o.grid.bottom).toBe(chart.grid.bottom + EXPORT_FOOT);
    expect(o.grid.left).toBeGreaterThan(chart.grid.left);
    expect(o.legend.top).toBe(chart.legend.top + EXPORT_HEAD);
    // The chart's own drawing is kept, and the option on screen is not changed.
    expect(o.series).toEqual(chart.series);
    expect(chart.title).toBeUndefined();
    expect(chart.grid.top).toBe(36);
  });

  it('fits a map between the caption lines', () => {
    const map = { series: [{ type: 'map', layoutCenter: ['50%', '46%'], layoutSize: '92%' }], visualMap: { left: 'left', bottom: 0 } };
    const size = exportSize(900);
    const o: Loose = exportOption(map, caption, vi, size);
    const [cx, cy] = o.series[0].layoutCenter;
    expect(cx).toBe('50%');
    expect(cy - o.series[0].layoutSize / 2).toBeGreaterThanOrEqual(EXPORT_HEAD);
    expect(cy + o.series[0].layoutSize / 2).toBeLessThanOrEqual(size.height - EXPORT_FOOT);
    expect(o.visualMap.bottom).toBeGreaterThan(EXPORT_FOOT);
  });

  it('is 1200 × 675, taller for a chart that is taller on screen', () => {
    expect(exportSize()).toEqual({ width: EXPORT_WIDTH, height: EXPORT_HEIGHT });
    expect(exportSize(240)).toEqual({ width: 1200, height: 675 });
    expect(exportSize(2300).height).toBe(2300 + EXPORT_HEAD + EXPORT_FOOT + 32);
  });

  it('renders to a well-formed SVG (ECharts server-side): the theme\'s quoted font names and hostile unit names do not break it', async () => {
    const size = exportSize(200);
    const option = compareOption(childComparison(tinyProvince(), 'P', 'on_time_rate', '2024'), THEME, vi, ctx);
    await loadParts(partsOf(option));
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
    try {
      chart.setOption(exportOption(option, { ...caption, unit: 'Tỉnh <P> & "Q"' }, vi, size) as never);
      const svg = chart.renderToSVGString();
      expect(svg.startsWith('<svg')).toBe(true);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
      expect(texts).toContain('So sánh các đơn vị trực thuộc: Tỷ lệ giải quyết đúng hạn');
      expect(texts).toContain('Tỉnh <P> & "Q" · Quý I/2026');
      expect(texts).toContain('Nguồn: Cổng TTĐT tỉnh Bắc Ninh, 19/09/2023 · Số liệu đến 31/03/2026');
      expect(texts).toContain('<img src=x onerror=alert(1)>');
      // The bars are drawn (three units), with their labels.
      expect(texts).toContain('97,5% ✓');
    } finally {
      chart.dispose();
    }
  });
});
