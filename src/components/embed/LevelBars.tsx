// The levels an embed shows: the same panel as the app's, its bars drawn in HTML (BarList), each
// level against its own target, so that the widget loads no chart library.
import { useMemo } from 'react';
import { levelBars } from '../../charts/levelBars';
import { useTheme } from '../appContext';
import { LevelPanel, type LevelDrawing, type LevelProps } from '../LevelChart';
import { BarList } from './BarList';

function Bars({ drawing, props }: { drawing: LevelDrawing; props: LevelProps }) {
  const theme = useTheme();
  const { locale } = props;
  const spec = useMemo(() => levelBars(drawing.lv, theme, locale, { indicatorName: drawing.indicatorName }), [drawing.lv, drawing.indicatorName, theme, locale]);
  return <BarList spec={spec} name="levels" />;
}

export function LevelBars(props: LevelProps) {
  return <LevelPanel {...props} draw={(d) => <Bars drawing={d} props={props} />} />;
}
