// A whole number with its thousands grouped, as the messages write counts ('1.027.684 dòng số
// liệu', '1,027,684 rows'). Not toLocaleString: a browser's locale data may have no Vietnamese
// grouping (Debian's Chromium wrote 253984).
// The figures' formatNumber (./format.ts) groups its whole part by the same rule.
export const grouped = (digits: number | string, separator: string): string => String(digits).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
