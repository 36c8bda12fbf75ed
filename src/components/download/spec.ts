// What a panel offers for download (types only: nothing here adds to the first screen's JS).
// The panel describes its table as a function of the cell helpers (./cells), which the download
// menu loads and passes on the click; the rows are the ones its table alternative shows.
import type { ValueView } from '../../model/views/value';

/** A cell of a downloaded table: a figure as a number, anything else as text; null is empty. */
export type DownloadCell = string | number | null;

export type Cells = typeof import('./cells');

export interface DownloadTable {
  header: string[];
  rows: DownloadCell[][];
  /** The figures shown, for the sources the picture names. */
  values?: readonly (ValueView | null)[];
}

export interface DownloadSpec {
  /** A fixed ASCII stem of the file name (`so-sanh`); the unit and period are added. */
  stem: string;
  title: string;
  /** The table, made on the click from the panel's rows with the cell helpers. */
  table: (cells: Cells) => DownloadTable;
  /** The chart for PNG and SVG (absent: the panel offers its table only). */
  chart?: {
    option: object;
    /** The picture's option where it is not the screen's, made on the click: the stacked charts'
     * legend is HTML on the screen and drawn in the picture (charts/stacked.ts). */
    picture?: () => object;
    /** The chart's height on screen: a picture of many bars is taller than 675 px. */
    height: number;
    /** Makes ready what the option needs (a map's geometry) before it is drawn offscreen. */
    prepare?: () => Promise<unknown>;
  };
}
