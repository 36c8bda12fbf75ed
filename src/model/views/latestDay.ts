// The dataset's "as of" date: what the header, an embed's footer and a download say the figures
// run to. Apart from the pickers, which only the app's filter bar uses, so that an embed does not
// load them.
import type { Model } from '../model';

/** The last day any figure covers. */
export function latestDay(model: Model): string | null {
  return model.periods().reduce<string | null>((d, p) => (d === null || p.end > d ? p.end : d), null);
}
