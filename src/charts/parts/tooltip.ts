import { TooltipComponent } from 'echarts/components';
import { echarts } from '../echarts';

echarts.use([TooltipComponent]);
