import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, PAGE_KINDS } from '../support/site-pages';

const CONFIG = resolve(import.meta.dirname, '../../.htmlvalidate.mjs');
const distDir = inject('distDir');
// The repository's rules, wherever the build was written (html-validate would otherwise look beside each file).
const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: [CONFIG] }));

describe('the built HTML', () => {
	it('includes a page of every kind the site has', () => {
		const files = PAGE_KINDS.map(({ path, status }) => (status === 404 ? '404.html' : `${path.slice(1)}index.html`));
		expect(builtPages(distDir)).toEqual(expect.arrayContaining(files));
	});

	it.each(builtPages(distDir))('%s is valid HTML', async (file) => {
		const report = await validator.validateFile(join(distDir, file));
		const errors = report.results.flatMap((result) =>
			result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
		);
		expect(errors).toEqual([]);
		// A parse error html-validate does not report: browsers move what follows </html> into the body.
		const source = readFileSync(join(distDir, file), 'utf8');
		expect(source.slice(source.lastIndexOf('</html>')).trim(), 'nothing may follow </html>').toBe('</html>');
	});
});
