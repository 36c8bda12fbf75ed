// ECharts with the map series, for the map's own chunk: the geometry and these modules load only
// when a map is shown.
import { MapChart } from 'echarts/charts';
import { MarkPointComponent, VisualMapContinuousComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([MapChart, MarkPointComponent, VisualMapContinuousComponent]);

export { echarts };
