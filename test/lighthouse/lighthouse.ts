// Lighthouse (12.2.3, pinned: 13.x needs Node 22) through its Node API, in Debian's Chromium with
// the mobile defaults (emulated phone, simulated throttling). Used by test/e2e/lighthouse.e2e.ts
// (in `npm test`) and by `npm run lighthouse`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  /** The elements (CSS selector and HTML) or other items the audit names. */
  items: string[];
}

export interface LighthouseResult {
  url: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Weighted audits of accessibility and best practices that did not pass. */
  failing: FailingAudit[];
  /** The performance metrics, for the record. */
  metrics: Record<string, string>;
  warnings: string[];
}

interface Item { node?: { selector?: string; snippet?: string; nodeLabel?: string }; url?: string; description?: string; source?: unknown; [k: string]: unknown }

function describeItem(item: Item): string {
  if (item.node) return [item.node.selector, item.node.snippet, item.node.nodeLabel && `(${item.node.nodeLabel})`].filter(Boolean).join(' ');
  if (item.description || item.url) return [item.url, item.description].filter(Boolean).join(': ');
  return JSON.stringify(item).slice(0, 300);
}

export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu'];

/** One Lighthouse run (mobile) of `url` in a Chromium of its own. */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failing: FailingAudit[] = [];
    for (const category of ['accessibility', 'best-practices'] as const) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const items = ((audit.details as { items?: Item[] } | undefined)?.items ?? []).map(describeItem);
        failing.push({ category, id: audit.id, title: audit.title, score: audit.score, items });
      }
    }
    const metrics: Record<string, string> = {};
    for (const ref of lhr.categories.performance?.auditRefs ?? []) {
      if (ref.weight > 0) metrics[ref.id] = lhr.audits[ref.id].displayValue ?? String(lhr.audits[ref.id].numericValue ?? '');
    }
    return { url, scores, failing, metrics, warnings: lhr.runWarnings };
  } finally {
    chrome.kill();
  }
}

/** The scores on one line, then each failing audit with its elements. */
export function report(r: LighthouseResult): string {
  const lines = [`${r.url}\n  performance ${r.scores.performance} · accessibility ${r.scores.accessibility} · best-practices ${r.scores['best-practices']}`];
  lines.push(`  ${Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  for (const f of r.failing) {
    lines.push(`  FAIL ${f.category}: ${f.id} — ${f.title}`);
    for (const item of f.items) lines.push(`       ${item}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}
