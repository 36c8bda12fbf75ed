// A unit's name in the page's language. The country and the groups of units are named in English
// on the English page ('Whole country'); a province, district or commune keeps its own name, a
// proper name, in either language. One rule for the units the model holds and for those of a part
// not read yet (views/pickers.ts), so that a commune found by a search is named as it will be once
// its province's file has come.
import type { UnitRecord } from '../data/types';

export function unitNameIn(u: Pick<UnitRecord, 'name' | 'type'> & { nameEn?: string }, lang: 'vi' | 'en'): string {
  return lang === 'en' && u.nameEn && (u.type === 'country' || u.type === 'group') ? u.nameEn : u.name;
}
