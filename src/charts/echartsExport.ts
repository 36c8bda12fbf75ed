// ECharts with what a picture for a report needs besides the charts: the title and graphic
// components (the caption) and the SVG renderer. Only the export chunk imports this, on a click.
import { GraphicComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts';

echarts.use([TitleComponent, GraphicComponent, SVGRenderer]);

export { echarts };
