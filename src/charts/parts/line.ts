import { LineChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import { echarts } from '../echarts';

// The label layout hides a point's label where it would overlap another (trend.ts).
echarts.use([LineChart, LabelLayout]);
