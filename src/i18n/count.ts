// A whole number with its thousands grouped, as the messages write counts ('1.027.684 dòng số
// liệu', '1,027,684 rows'). Not toLocaleString: a browser's locale data may have no Vietnamese
// grouping (Debian's Chromium wrote 253984).
export const grouped = (n: number, separator: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
