// How large a CSV file must be to be read in two parts at once (csvSplit.ts), alone in a module:
// the page's entry asks it of each file it fetches, and nothing else of the reader is in its code.

/** Files smaller than this are read whole: two parts save little, and cost a worker. */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
