// The writers of deferred problems' messages (data/deferredProblem), by the names the checks give
// them: the page unpacks the worker's problems with these, so a message it shows is the checks' text.
import type { MessageWriters } from '../data/deferredProblem';
import { PRINTED_RATE_NOTE, printedRateNote } from './printedRate';

export const PROBLEM_WRITERS: MessageWriters = { [PRINTED_RATE_NOTE]: printedRateNote };
