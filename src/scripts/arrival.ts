/**
 * Lands the reader on the passage a link names (`#id`, with or without a `:~:text=` directive).
 *
 * The browser scrolls to `#id` (or to the words of a text directive) and styles it with `:target` by itself, without
 * this script. What the script adds: room for the sticky header whatever its height, so the passage is not hidden
 * under it; a highlight and focus on the whole passage, so screen readers start reading there; and, for a browser
 * that targets nothing when a text directive no longer matches after an edit, a scroll to the passage the id names.
 */
export function arrive(): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const named = id ? document.getElementById(id) : null;
	if (!named) return;
	// An alias anchor is an empty marker at the start of the passage that replaced the retired one.
	const landing = named.classList.contains('alias-anchor')
		? (named.closest<HTMLElement>('.statement, .passage') ?? named)
		: named;
	document.querySelectorAll('.is-arrival').forEach((element) => element.classList.remove('is-arrival'));
	landing.classList.add('is-arrival');
	if (!landing.hasAttribute('tabindex')) landing.setAttribute('tabindex', '-1');
	landing.focus({ preventScroll: true });
	// The browser looks for a text directive's words only once the page has loaded; and landing on an alias, which
	// cannot take focus, it moves the focus back to the page.
	const settle = () => {
		if (!document.querySelector(':target')) landing.scrollIntoView({ block: 'start' });
		if (document.activeElement === document.body) landing.focus({ preventScroll: true });
	};
	if (document.readyState === 'complete') settle();
	else window.addEventListener('load', () => setTimeout(settle), { once: true });
}

/** Keeps `scroll-padding-top` a little taller than the sticky header, which grows when its links wrap. */
export function clearStickyHeader(): void {
	const header = document.querySelector<HTMLElement>('.site-header');
	if (!header) return;
	const root = document.documentElement;
	new ResizeObserver(() => (root.style.scrollPaddingTop = `${header.offsetHeight + 12}px`)).observe(header);
}
