// ECharts ships its locales as plain ES modules without types; they have the shape of its English one.
declare module 'echarts/lib/i18n/langVI.js' {
  type LocaleOption = Parameters<typeof import('echarts/core').registerLocale>[1];
  const locale: LocaleOption;
  export default locale;
}
