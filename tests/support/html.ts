import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Parses the built page served at `urlPath` ("/people/x/") from a dist folder. */
export async function readPage(distDir: string, urlPath: string): Promise<Root> {
	const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	return fromHtml(await readFile(join(distDir, file), 'utf8'));
}

/** Whether an element carries a class. */
export function hasClass(element: Element, name: string): boolean {
	const className = element.properties.className;
	return Array.isArray(className) && className.includes(name);
}

/** Every element under `node` that passes `test`, in document order. */
export function findElements(node: Nodes, test: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(node, 'element', (element) => {
		if (test(element)) found.push(element);
	});
	return found;
}

/** The element with this id, if the page has one. */
export function byId(node: Nodes, id: string): Element | undefined {
	return findElements(node, (element) => element.properties.id === id)[0];
}

/** All the text in a node, as a reader would copy it. */
export const textOf = (node: Nodes): string => toString(node);

/** The source's own text in a node: everything the annotations added (class `chrome`) left out. */
export function sourceText(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && hasClass(node, 'chrome')) return '';
	return 'children' in node ? node.children.map((child) => sourceText(child)).join('') : '';
}
