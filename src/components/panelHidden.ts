// Whether the panel around a chart hides it (ChartPanel: nothing to show). A hidden chart takes no
// new option: it keeps the picture it drew, so a drill into a unit without children does not
// draw the comparison's 126 bars' canvas once more, empty, just before it is hidden.
import { createContext, useContext } from 'react';

export const PanelHidden = createContext(false);

export const usePanelHidden = (): boolean => useContext(PanelHidden);
