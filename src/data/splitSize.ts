// Which files may be read in two parts at once (csvSplit.ts), alone in a module: the page's entry
// asks it of each file it fetches, and nothing else of the reader is in its code.

/** Files smaller than this are read whole: two parts save little, and cost a worker. */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;

/** Whether a file of this name is one a split may cut: a CSV (or TSV, or text) file. */
export const splittableName = (name: string): boolean => /\.(csv|tsv|txt)$/i.test(name);
