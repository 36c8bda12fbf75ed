// Bytes → text, deciding the encoding the way a province's files actually arrive:
// UTF-8 with or without BOM, UTF-16 from "Unicode text" exports, Windows-1258 from old
// Vietnamese Excel, and binaries (xlsx, pdf) that must be refused with a useful message.
import type { Problem } from './types';

export interface Decoded {
  text: string | null;
  problems: Problem[];
}

const SAMPLE = 64 * 1024;

function at(file: string, severity: Problem['severity'], code: string, message: string): Problem {
  return { severity, file, line: 1, column: 1, code, message };
}

function binaryKind(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return 'a ZIP archive but not an Excel .xlsx workbook (an .ods or a damaged file?): save the sheet as .xlsx or "CSV UTF-8"';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return 'an old Excel .xls workbook: save the sheet as "CSV UTF-8"';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'a PDF document, not a data file';
  const n = Math.min(b.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return 'a binary file (it contains NUL bytes), not CSV or JSON text';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (n > 0 && control / n > 0.05) return 'a binary file (it is mostly control bytes), not CSV or JSON text';
  return null;
}

/**
 * The most characters (UTF-16 code units) one text holds in V8 (Chromium, Node): 2^29 − 24. A file
 * of more is not read at once: decoding it threw, and what was said was the decoder's own message
 * (in Node, "The encoded data was not valid for encoding windows-1258", as the UTF-8 attempt failed
 * and the fallback too), not why, and in data:check a stack trace. The web app reads a CSV file of
 * 16 MB or more in two parts (csvSplit.ts): each part is held to this, so it reads about twice as much.
 */
export const MAX_TEXT_CHARS = 2 ** 29 - 24;

/** How many UTF-16 code units b's UTF-8 makes (a byte that starts a character counts one, one of
 * four bytes two): counted only for bytes that may be too many. */
function utf16Length(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1;
  }
  return n;
}

function tooLarge(file: string, bytes: number, chars: number, max: number): Decoded {
  const mb = (x: number) => `${Math.round(x / 1e6).toLocaleString('en')} MB`;
  return {
    text: null,
    problems: [at(file, 'error', 'file-too-large', `${file} is ${mb(bytes)}: ${chars.toLocaleString('en')} characters of text, more than one file can be read as (${max.toLocaleString('en')}). Split it: one file per province, listed in an index.json as a partitioned dataset (README, "Partitioned datasets"); a list of dossiers is made into figures by npm run aggregate.`)],
  };
}

/** `maxChars`: the most characters a text may hold (MAX_TEXT_CHARS; smaller in tests). */
export function decode(file: string, content: Uint8Array | string, maxChars = MAX_TEXT_CHARS): Decoded {
  if (typeof content === 'string') {
    return { text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, problems: [] };
  }
  const b = content;
  if (b.length === 0) return { text: '', problems: [] };
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  // Fewer bytes than the limit cannot make more characters (UTF-16: two bytes each).
  if (utf16 ? (b.length - 2) / 2 > maxChars : b.length > maxChars) {
    const chars = utf16 ? Math.floor((b.length - 2) / 2) : utf16Length(b);
    if (chars > maxChars) return tooLarge(file, b.length, chars, maxChars);
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(file, b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), problems: [] };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), problems: [] };
  const binary = binaryKind(b);
  if (binary) return { text: null, problems: [at(file, 'error', 'binary-file', `${file} is ${binary}.`)] };
  return utf8(file, b);
}

function utf8(file: string, b: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), problems: [] };
  } catch {
    // Not UTF-8: most likely a legacy Vietnamese code page. Read it, and say so.
    const text = new TextDecoder('windows-1258').decode(b);
    return {
      text,
      problems: [
        at(file, 'warning', 'not-utf8', `${file} is not UTF-8; it was read as Windows-1258 (old Vietnamese Excel). Check the accents, and save as "CSV UTF-8".`),
      ],
    };
  }
}
