import { HIGHLIGHT_PARAM, loadHighlighter } from './pagefind';

/**
 * Marks the words a search matched on the page a result led to, within the statement the address names (or the
 * whole article text). Pagefind's highlighter is fetched only when the address carries matched words.
 */
export async function highlightSearchMatches(): Promise<void> {
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const PagefindHighlight = await loadHighlighter();
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	new PagefindHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		markContext: target ?? '[data-pagefind-body]',
		// Its default is an inline <style>, which the site's content security policy refuses: global.css styles it.
		addStyles: false,
		markOptions: { className: 'search-match', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
	});
}
