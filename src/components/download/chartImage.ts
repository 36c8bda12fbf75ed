// A panel's chart as a picture: the export option (caption drawn in, white background) rendered
// offscreen at a fixed size, read back as PNG (twice the pixels, for print) or as SVG, and the
// instance disposed. Loaded on the first click: the title, graphic and SVG renderer modules are
// in this chunk only.
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../charts/echartsExport';
import { echartsLocale } from '../../charts/echarts';
import { canvasRatio } from '../../charts/canvasRatio';
import { exportOption, exportSize } from '../../charts/export';
import type { Locale } from '../../i18n/messages';
import type { PanelDownload } from './panelDownload';

export const PIXEL_RATIO = 2;

function pngBlob(dataUrl: string): Blob {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

/** The page's font at the weights the caption uses, so the canvas does not draw a fallback. */
async function fontsReady(): Promise<void> {
  try {
    await Promise.all(['400 12px "Be Vietnam Pro"', '600 20px "Be Vietnam Pro"'].map((f) => document.fonts.load(f, 'Tiếng Việt')));
  } catch {
    // A missing font only changes the look: the system font draws.
  }
}

export async function chartFile(d: PanelDownload, kind: 'png' | 'svg', locale: Locale): Promise<{ name: string; blob: Blob }> {
  if (!d.chart) throw new Error('no chart');
  // The series and components the chart needs (the panel has usually loaded them already: taken
  // from the chart's own chunk, so the export adds no chunk split), and a map's geometry.
  const { loadParts, partsOf } = await import('../EChart');
  const option = d.chart.picture?.() ?? d.chart.option;
  await Promise.all([loadParts(partsOf(option)), d.chart.prepare?.()]);
  if (kind === 'png') await fontsReady();
  const size = exportSize(d.chart.height);
  const div = document.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  div.style.cssText = `position:fixed;left:-20000px;top:0;width:${size.width}px;height:${size.height}px;pointer-events:none`;
  document.body.append(div);
  // A tall chart (a province's 166 communes) gets fewer pixels than twice its size, on screen and in
  // the file, so that neither canvas is too large to draw (canvasRatio): a phone would give a blank picture.
  const devicePixelRatio = canvasRatio(size.width, size.height, window.devicePixelRatio);
  const chart = echarts.init(div, null, { renderer: kind === 'png' ? 'canvas' : 'svg', width: size.width, height: size.height, locale: echartsLocale(locale.lang), devicePixelRatio });
  try {
    chart.setOption(exportOption(option, d.caption, locale, size) as EChartsCoreOption, { notMerge: true });
    if (kind === 'png') return { name: `${d.name}.png`, blob: pngBlob(chart.getDataURL({ type: 'png', pixelRatio: canvasRatio(size.width, size.height, PIXEL_RATIO), backgroundColor: '#fff' })) };
    return { name: `${d.name}.svg`, blob: new Blob([chart.renderToSVGString()], { type: 'image/svg+xml;charset=utf-8' }) };
  } finally {
    chart.dispose();
    div.remove();
  }
}
