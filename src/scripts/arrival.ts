/**
 * Lands the reader on the passage a link names (`#id`, with or without a `:~:text=` directive).
 *
 * The browser scrolls to `#id` and styles it with `:target` by itself, without this script. What the script adds:
 * focus on the passage, so screen readers start reading there; and the fallback for a text directive that no
 * longer matches after an edit, where Chromium neither scrolls nor sets `:target` (see REFERENCE.md), and the
 * passage named by the id is the right place to land.
 */
export function arrive(): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const passage = id ? document.getElementById(id) : null;
	if (!passage) return;
	// An alias anchor is an empty marker at the start of the passage that replaced the retired one.
	const landing = passage.classList.contains('alias-anchor') ? (passage.closest('.statement, .passage') ?? passage) : passage;
	const browserLanded = document.querySelector(':target') !== null;
	document.querySelectorAll('.is-arrival').forEach((element) => element.classList.remove('is-arrival'));
	landing.classList.add('is-arrival');
	if (!landing.hasAttribute('tabindex')) landing.setAttribute('tabindex', '-1');
	landing.focus({ preventScroll: browserLanded });
	if (!browserLanded) landing.scrollIntoView({ block: 'start' });
}
