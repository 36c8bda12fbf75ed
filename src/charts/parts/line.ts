import { LineChart } from 'echarts/charts';
import { echarts } from '../echarts';

echarts.use([LineChart]);
