import { BarChart } from 'echarts/charts';
import { echarts } from '../echarts';

echarts.use([BarChart]);
