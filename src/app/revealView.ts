// A unit chosen on the page (its name in the ranking, a region of the map, a bar, a link in a
// panel, an ancestor in the breadcrumb) opens its view at the top, as a link opens a page: the
// breadcrumb names it and the cards give its figures. Left where the click was, the reader landed
// wherever the shorter or longer page put them (a ward's page is shorter than its province's: from
// the ranking at 1280 px the window fell among the charts, on a phone inside the plan tracker,
// with nothing on screen naming the unit) and the keyboard's focus fell to the page's start, the
// clicked button being gone.
//
// Called after the store has pushed the new history entry, so that the entry left keeps the
// reader's place (Back returns to the ranking row), and before React changes the page, when the
// layout is still clean and reading where the breadcrumb sits costs nothing.

/** Scrolls the window so the breadcrumb is at its top, if the reader has scrolled past it. */
export function revealViewTop(win: Window = window): void {
  const crumb = win.document.querySelector('.breadcrumb');
  if (!crumb) return;
  const top = crumb.getBoundingClientRect().top;
  if (top < 0) win.scrollTo({ top: Math.max(0, win.scrollY + top - 8), behavior: 'instant' });
}
