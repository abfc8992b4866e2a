import { loadPagefind } from './pagefind';

/**
 * Starts loading Pagefind when the reader focuses a search box, and not before: pages that nobody searches from
 * download nothing of it, and a reader who is about to search finds it ready (or in the browser's cache).
 */
export function loadSearchOnFocus(input: HTMLInputElement): void {
	input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
}
