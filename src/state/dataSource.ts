// Where a dataset comes from: the bundled default (`data/index.json` beside the page), or a
// `?data=` URL on the same origin — a file (.csv, .json, .xlsx) or a folder with an index.json.
// A URL on another origin is refused: the app never fetches from elsewhere.
export type DataSource =
  | { kind: 'bundled'; url: string }
  | { kind: 'file'; url: string }
  | { kind: 'folder'; url: string }
  | { kind: 'refused'; reason: 'cross-origin' | 'bad-url'; url: string };

export function dataSourceFor(param: string, pageHref: string): DataSource {
  if (!param) return { kind: 'bundled', url: new URL('data/index.json', pageHref).href };
  let url: URL;
  try {
    url = new URL(param, pageHref);
  } catch {
    return { kind: 'refused', reason: 'bad-url', url: param };
  }
  const page = new URL(pageHref);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'refused', reason: page.protocol === url.protocol ? 'bad-url' : 'cross-origin', url: param };
  if (url.origin !== page.origin) return { kind: 'refused', reason: 'cross-origin', url: param };
  if (/\/index\.json$/i.test(url.pathname)) return { kind: 'folder', url: url.href };
  if (/\.(csv|tsv|txt|json|xlsx|geojson|topojson)$/i.test(url.pathname)) return { kind: 'file', url: url.href };
  url.pathname = `${url.pathname.replace(/\/?$/, '/')}index.json`;
  return { kind: 'folder', url: url.href };
}

export { indexFiles } from '../data/datasetIndex';
