// echarts-for-react's component, with the chart made once, at once. Its own initEchartsInstance
// makes a throwaway instance, waits for that instance's first frame ('finished') to read the
// element's size, disposes it and makes the chart again: every chart was first drawn a frame after
// React put it in the page, and made twice. Here the element's size is read when React mounts it
// (the frame's height is the view's, its width the panel's), the chart made at that size and its
// option set in the same task, so a chart a drill lands on for the first time is drawn in the
// drill's frame. An element with no size yet takes echarts-for-react's own way.
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts/core';

export class EChartsCore extends EChartsReactCore {
  override initEchartsInstance(): Promise<ECharts> {
    const el = this.ele;
    const width = el?.clientWidth ?? 0;
    const height = el?.clientHeight ?? 0;
    if (width === 0 || height === 0) return super.initEchartsInstance();
    return Promise.resolve(this.echarts.init(el, this.props.theme, { width, height, ...this.props.opts }) as ECharts);
  }
}
