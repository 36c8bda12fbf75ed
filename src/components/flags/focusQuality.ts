// Opens the data-quality panel at one entry: clears its filters, lists as far as the entry,
// scrolls to it and focuses it (a KPI card's link, a warning mark on a figure).
export function focusQualityItem(id: string) {
  document.getElementById('quality')?.dispatchEvent(new CustomEvent('reveal', { detail: id }));
  // Two frames: the panel renders the entry (it may have been past the first page), then focus.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }));
}
