// echarts-for-react's component, with the chart made once, at once. Its own way (renderNewEcharts,
// initEchartsInstance) makes a throwaway instance, waits for that instance's first frame
// ('finished') to read the element's size, disposes it and makes the chart again: every chart was
// first drawn a frame after React put it in the page, and made twice. Here the element's size is
// read when React mounts it (the frame's height is the view's, its width the panel's), and the
// chart is made at that size, its option set, its events bound and its owner told, all in
// componentDidMount's own call: a chart a drill lands on for the first time is drawn in the drill's
// frame. An element with no size yet takes echarts-for-react's own way.
//
// All in the same call, not after an `await` as echarts-for-react goes on from its own making: a
// chart mounted and taken away again in one commit (a panel measured off the screen in the same
// commit, whose layout effect hides it) was disposed before the rest ran, which then asked ECharts
// for the instance of no element and threw (`reading 'getAttribute'` of null, a page error in the
// partitioned dataset's browser test, one run in five).
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';

/** What echarts-for-react keeps private, and this component calls. */
interface CoreInternals {
  renderNewEcharts(): Promise<void>;
  updateEChartsOption(): ECharts;
  bindEvents(instance: ECharts, events: NonNullable<EChartsReactProps['onEvents']>): void;
}

export class EChartsCore extends EChartsReactCore {
  constructor(props: EChartsReactProps) {
    super(props);
    const core = this as unknown as CoreInternals;
    const ownWay = core.renderNewEcharts.bind(this);
    // Called on mounting, and again where the options or theme change.
    core.renderNewEcharts = () => (this.drawAtOnce() ? Promise.resolve() : ownWay());
  }

  /** Makes the chart at its element's size now; false where it has none (or resizes itself). */
  private drawAtOnce(): boolean {
    const el = this.ele as HTMLElement | null;
    const width = el?.clientWidth ?? 0;
    const height = el?.clientHeight ?? 0;
    if (!el || width === 0 || height === 0 || this.props.autoResize !== false) return false;
    this.echarts.init(el, this.props.theme, { width, height, ...this.props.opts });
    const core = this as unknown as CoreInternals;
    const chart = core.updateEChartsOption();
    core.bindEvents(chart, this.props.onEvents ?? {});
    this.props.onChartReady?.(chart);
    return true;
  }
}
