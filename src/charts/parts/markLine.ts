import { MarkLineComponent } from 'echarts/components';
import { echarts } from '../echarts';

echarts.use([MarkLineComponent]);
