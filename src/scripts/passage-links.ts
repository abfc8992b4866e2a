/**
 * Copy link and share for passages, and "Copy link to selection".
 *
 * Without this script a passage's `#` control is a plain `#id` link and its Share control a link to the quote's share
 * page. With it, `#` copies `#id:~:text=<its words>` (browsers with text fragments highlight the words, the others land
 * on the id), Share opens the device's share sheet where there is one, and selecting words in the article offers a
 * button right after them, in reading order, that copies a link to exactly those words (so does Alt+Shift+L).
 */
import { chooseTextDirective, fragmentLink } from '../lib/text-fragment';

/** The page's text as find-in-page reads it (see text-fragment.ts), and where each text node starts in it. */
interface PageText {
	text: string;
	nodes: Text[];
	offsets: number[];
}

/** A passage's words as offsets into the page text. */
type Span = [from: number, to: number];

const status = document.getElementById('passage-link-status');
let quiet: ReturnType<typeof setTimeout> | undefined;
let toolbar: HTMLElement | undefined;
let toolbarRange: Range | undefined;

function readPage(): PageText {
	const blocks = new Map<Element, Element>();
	// Find-in-page cuts the text at every element that is not laid out inline (an absolutely placed one included).
	const blockOf = (element: Element): Element => {
		let block = blocks.get(element);
		if (!block) {
			const display = getComputedStyle(element).display;
			const inline = display.startsWith('inline') || display === 'contents';
			block = inline && element.parentElement ? blockOf(element.parentElement) : element;
			blocks.set(element, block);
		}
		return block;
	};
	const page: PageText = { text: '', nodes: [], offsets: [] };
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	let last: Element | undefined;
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const parent = node.parentElement!;
		if (!parent.checkVisibility() || parent.closest('.selection-link')) continue;
		const block = blockOf(parent);
		if (block !== last) page.text += '\n';
		last = block;
		page.nodes.push(node);
		page.offsets.push(page.text.length);
		page.text += node.data.replace(/\s/g, ' ');
	}
	return page;
}

/** The offsets of the text nodes `within` accepts, from the first one's start to the last one's end. */
function spanOf(page: PageText, within: (node: Text, index: number) => Span | undefined): Span {
	let from = -1;
	let to = -1;
	page.nodes.forEach((node, index) => {
		const span = within(node, index);
		if (!span) return;
		if (from < 0) from = span[0];
		to = span[1];
	});
	return [from, to];
}

/**
 * A passage's own words: a statement's, or a paragraph's, without the annotations at either end, nor punctuation
 * left alone between them (the full stop after a statement), which would make a poor end for a text fragment.
 */
function passageSpan(page: PageText, passage: Element): Span {
	const words = passage.querySelector(':scope > .statement__words') ?? passage;
	return spanOf(page, (node, i) =>
		words.contains(node) && !node.parentElement!.closest('.chrome') && /[\p{L}\p{N}]/u.test(node.data)
			? [page.offsets[i]!, page.offsets[i]! + node.length]
			: undefined,
	);
}

function selectionSpan(page: PageText, range: Range): Span {
	return spanOf(page, (node, i) =>
		range.intersectsNode(node)
			? [
					page.offsets[i]! + (node === range.startContainer ? range.startOffset : 0),
					page.offsets[i]! + (node === range.endContainer ? range.endOffset : node.length),
				]
			: undefined,
	);
}

function linkTo(id: string, page: PageText, [from, to]: Span): string {
	return location.origin + location.pathname + fragmentLink(id, chooseTextDirective(page.text, from, to));
}

function announce(message: string): void {
	if (!status) return;
	clearTimeout(quiet);
	// Emptied first, so that the same message twice in a row is announced twice.
	status.textContent = '';
	setTimeout(() => (status.textContent = message), 50);
	quiet = setTimeout(() => (status.textContent = ''), 3000);
}

async function copy(url: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(url);
		announce('Link copied');
	} catch {
		// No clipboard (an insecure origin, a refused permission): let the reader copy it by hand.
		prompt('Copy this link:', url);
	}
}

async function share(url: string, text: string, fallback: () => void): Promise<void> {
	try {
		await navigator.share({ url, text });
	} catch (error) {
		if ((error as Error).name !== 'AbortError') fallback();
	}
}

/** A statement's words as the source has them, without the annotations inside them. */
function wordsOf(statement: Element): string {
	const words = statement.querySelector(':scope > .statement__words')?.cloneNode(true) as Element | undefined;
	words?.querySelectorAll('.chrome').forEach((chrome) => chrome.remove());
	return words?.textContent ?? '';
}

const elementOf = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement);

function removeToolbar(): void {
	const parent = toolbar?.parentNode;
	toolbar?.remove();
	// Rejoins the text node the toolbar was inserted into.
	parent?.normalize();
	toolbar = toolbarRange = undefined;
}

function button(label: string, action: () => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = label;
	element.addEventListener('click', action);
	return element;
}

/** The reader's selection, when it lies in the article: its range and the passage to name in its link. */
function articleSelection(): { range: Range; passage: Element } | undefined {
	const selection = getSelection();
	const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
	const common = range && elementOf(range.commonAncestorContainer);
	if (!range || !common?.closest('.prose')) return undefined;
	const passage = common.closest('.statement, .passage') ?? elementOf(range.startContainer)?.closest('.passage');
	return passage ? { range, passage } : undefined;
}

function selectionLink({ range, passage }: { range: Range; passage: Element }): string {
	const page = readPage();
	return linkTo(passage.id, page, selectionSpan(page, range));
}

function offerSelectionLink(): void {
	const selected = articleSelection();
	if (!selected) return;
	const { range } = selected;
	if (
		toolbarRange &&
		range.compareBoundaryPoints(Range.START_TO_START, toolbarRange) === 0 &&
		range.compareBoundaryPoints(Range.END_TO_END, toolbarRange) === 0
	)
		return;
	removeToolbar();
	const url = selectionLink(selected);
	const words = range.toString();

	const bar = document.createElement('span');
	bar.className = 'chrome selection-link';
	bar.dataset.pagefindIgnore = '';
	const buttons = document.createElement('span');
	buttons.className = 'selection-link__buttons';
	buttons.append(button('Copy link to selection', () => void copy(url)));
	if ('share' in navigator) buttons.append(button('Share selection', () => void share(url, words, () => copy(url))));
	bar.append(buttons);
	// Keeps the selection when the buttons are clicked.
	bar.addEventListener('pointerdown', (event) => event.preventDefault());

	// Right after the selection, next in reading order (a screen reader's browse mode comes to it next), and outside a
	// link or visually hidden text.
	const at = range.cloneRange();
	at.collapse(false);
	const outside = elementOf(at.startContainer)?.closest('a, .sr-only');
	if (outside) at.setStartAfter(outside);
	at.insertNode(bar);
	if (buttons.getBoundingClientRect().left < 0) bar.classList.add('selection-link--start');
	toolbar = bar;
	toolbarRange = range.cloneRange();
}

document.addEventListener('click', (event) => {
	if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
	const control = elementOf(event.target as Node)?.closest<HTMLAnchorElement>('.passage-links a');
	const passage = control?.closest('.statement, .passage');
	if (!control || !passage) return;
	if (control.classList.contains('permalink')) {
		event.preventDefault();
		const page = readPage();
		void copy(linkTo(passage.id, page, passageSpan(page, passage)));
	} else if ('share' in navigator) {
		event.preventDefault();
		void share(control.href, wordsOf(passage), () => location.assign(control.href));
	}
});

// A selection is offered a link once made: on releasing the pointer, or Shift (caret browsing, screen readers).
document.addEventListener('pointerup', () => setTimeout(offerSelectionLink));
document.addEventListener('keyup', (event) => {
	if (event.key === 'Shift' && !toolbar?.contains(event.target as Node)) offerSelectionLink();
});
// A new selection begins: the offer for the last one goes, so the caret never walks into it.
document.addEventListener('pointerdown', (event) => {
	if (!toolbar?.contains(event.target as Node)) removeToolbar();
});
document.addEventListener('keydown', (event) => {
	if (event.key === 'Shift' && !toolbar?.contains(document.activeElement)) removeToolbar();
	// Alt+Shift+L, as the hint on the page says: browsers do not start Tab from a selection made with the keyboard.
	if (event.altKey && event.shiftKey && event.code === 'KeyL') {
		const selected = articleSelection();
		if (!selected) return;
		event.preventDefault();
		void copy(selectionLink(selected));
	}
});

const hint = document.getElementById('selection-link-hint');
if (hint) hint.hidden = false;
document.addEventListener('selectionchange', () => {
	if (getSelection()?.isCollapsed && !toolbar?.contains(document.activeElement)) removeToolbar();
});
