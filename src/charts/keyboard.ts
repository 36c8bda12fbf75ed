// What a keyboard user hears for each bar or point of a chart: its category and the label the
// chart draws on it (value and status icon), read from the option itself.
interface Shape {
  xAxis?: { type?: string; data?: unknown[] } | { type?: string; data?: unknown[] }[];
  yAxis?: { type?: string; data?: unknown[] } | { type?: string; data?: unknown[] }[];
  series?: { data?: unknown[]; label?: { formatter?: unknown } }[];
}

const first = <T,>(a: T | T[] | undefined): T | undefined => (Array.isArray(a) ? a[0] : a);

export function itemLabels(option: unknown): string[] {
  const o = option as Shape;
  const s = o.series?.[0];
  const data = s?.data ?? [];
  const axis = [first(o.yAxis), first(o.xAxis)].find((a) => a?.type === 'category' && Array.isArray(a.data));
  const format = typeof s?.label?.formatter === 'function' ? (s.label.formatter as (p: { dataIndex: number }) => string) : null;
  return data.map((d, i) => {
    const category = axis?.data?.[i];
    const value = format ? format({ dataIndex: i }) : typeof d === 'object' && d !== null && 'value' in d ? String((d as { value: unknown }).value) : String(d);
    return category === undefined ? value : `${String(category)}: ${value}`;
  });
}
