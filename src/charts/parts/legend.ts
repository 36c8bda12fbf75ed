import { LegendPlainComponent } from 'echarts/components';
import { echarts } from '../echarts';

echarts.use([LegendPlainComponent]);
