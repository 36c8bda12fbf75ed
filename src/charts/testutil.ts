// Helpers for the option builders' specs: a tiny dataset made in code, and typed access to options.
import { loadTexts } from '../../test/helpers';
import type { Model } from '../model/model';
import { localeFor } from '../i18n/messages';

export const vi = localeFor('vi');
export const en = localeFor('en');

/** A province with three districts (one named like an attack), on-time rates and a 95% target. */
export function tinyProvince(): Model {
  return loadTexts({
    'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,<img src=x onerror=alert(1)>,district,P\nB,Huyện B,district,P\nC,Huyện C,district,P\n',
    'observations.csv': [
      'period,unit,indicator,value,numerator,denominator,level',
      '2023,P,on_time_rate,"96,0",,,',
      '2024,A,on_time_rate,"80,0",,,',
      '2024,B,on_time_rate,"97,5",,,',
      '2024,C,on_time_rate,"93,0",,,',
      '2024,P,digitized_result_rate,"52,0",,,tinh',
      '2024,P,digitized_result_rate,"38,0",,,huyen',
      '2024,A,resolved_early,10,,,',
      '2024,A,resolved_on_time,80,,,',
      '2024,A,resolved_late,5,,,',
      '2024,A,pending,5,,,',
    ].join('\n'),
    'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH 1,2024,P,,on_time_rate,>=,95\nKH 1,2024,P,tinh,digitized_result_rate,>=,50\nKH 1,2024,P,huyen,digitized_result_rate,>=,40\nKH 1,2024,P,xa,digitized_result_rate,>=,35\n',
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
export const seriesOf = (option: unknown, i = 0): Loose => (option as Loose).series[i];
