// A short title for each problem code the checker reports, in the reader's language. The checker's
// message (which names the figures) stays as it is; the title says what kind of problem it is. A
// code without a title shows the code itself. The English titles come with the English messages.
import { messagesFor } from './messages';
import type { Lang } from './format';

export function problemTitle(code: string, lang: Lang): string {
  const titles = messagesFor(lang).problemTitles;
  return Object.hasOwn(titles, code) ? titles[code] : code;
}
