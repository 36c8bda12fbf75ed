// The csv-spectrum conformance corpus through our CSV parser: every file's header and rows must
// match the published JSON (an array of objects keyed by header).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/data/csv';

const SPECTRUM = fileURLToPath(new URL('../node_modules/csv-spectrum/', import.meta.url));
const names = readdirSync(join(SPECTRUM, 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.slice(0, -'.csv'.length))
  .sort();

/**
 * Errata in csv-spectrum 2.0.0's JSON, checked by hand against the CSV bytes:
 * location_coordinates.json is a bare object, not an array of one, and its phone number
 * (1234567890) is not the one in the CSV (2095257564). Every other field is compared as published.
 */
const ERRATA: Record<string, (json: unknown) => unknown> = {
  location_coordinates: (json) => [{ ...(json as Record<string, string>), 'Contact Phone Number': '2095257564' }],
};

/**
 * parseCsv normalises line breaks (CRLF and lone CR become LF) before parsing, so a line break
 * inside a quoted cell comes back as LF: newlines_crlf.json's "Once upon \r\na time" is compared
 * as "Once upon \na time".
 */
const normaliseBreaks = (s: string) => s.replace(/\r\n?/g, '\n');

describe('csv-spectrum', () => {
  it('finds the corpus', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it.each(names)('%s.csv parses to %s.json', (name) => {
    const text = readFileSync(join(SPECTRUM, 'csvs', `${name}.csv`), 'utf8');
    const raw: unknown = JSON.parse(readFileSync(join(SPECTRUM, 'json', `${name}.json`), 'utf8'));
    const expected = (ERRATA[name]?.(raw) ?? raw) as Record<string, string>[];
    expect(Array.isArray(expected)).toBe(true);

    // No known header names: the delimiter is found from the shape of the lines alone.
    const table = parseCsv(`${name}.csv`, text, new Set());
    expect(table.problems).toEqual([]);
    expect(table.delimiter).toBe(',');
    expect(table.header).toEqual(Object.keys(expected[0]));
    const got = table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row.cells[i]])));
    const want = expected.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, normaliseBreaks(v)])));
    expect(got).toEqual(want);
    // Every row is exactly as wide as the header.
    for (const row of table.rows) expect(row.cells.length).toBe(table.header.length);
  });

  it('gives each row the line it starts on (multi-line cells count their lines)', () => {
    const text = readFileSync(join(SPECTRUM, 'csvs', 'quotes_and_newlines.csv'), 'utf8');
    const table = parseCsv('quotes_and_newlines.csv', text, new Set());
    expect(table.headerLine).toBe(1);
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
    const crlf = parseCsv('newlines_crlf.csv', readFileSync(join(SPECTRUM, 'csvs', 'newlines_crlf.csv'), 'utf8'), new Set());
    expect(crlf.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });
});
