// ECharts with the map series and the tooltip, for the map's own chunk: the geometry and these
// modules load only when a map is shown.
import { MapChart } from 'echarts/charts';
import { MarkPointComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { registerMap } from 'echarts/core';
import { echarts as core } from './echarts';

// The map is never a first chart: its tooltip is registered with it, before it draws.
core.use([MapChart, MarkPointComponent, VisualMapContinuousComponent, TooltipComponent]);

/** The core's functions and registerMap (with the GeoJSON parsing it brings), in this chunk only. */
export const echarts = { ...core, registerMap };
