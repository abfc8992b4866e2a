import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lib/paths';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site';

const SLUG = 'mackerel-quota-talks';
const FILE = `articles/${SLUG}.mdx`;

/** Copies the two-article fixture, makes each edit (whose text must be there) in one article, and builds the result. */
async function buildWith(...edits: [find: string, replace: string][]): Promise<BuildResult> {
	const contentDir = await copyFixture('two-articles');
	const file = join(contentDir, FILE);
	let source = await readFile(file, 'utf8');
	for (const [find, replace] of edits) {
		expect(source, 'the fixture no longer has the text this case breaks').toContain(find);
		source = source.replace(find, replace);
	}
	await writeFile(file, source);
	return buildSite(contentDir);
}

/** The build stopped, published no page for the article, and said which file, which field and what is wrong. */
function expectRefused(build: BuildResult, field: string | RegExp, reason: RegExp) {
	expect(build.ok, build.output).toBe(false);
	expect(existsSync(join(build.distDir, articlePath(SLUG), 'index.html'))).toBe(false);
	expect(build.output).toContain(FILE);
	if (typeof field === 'string') expect(build.output).toContain(field);
	else expect(build.output).toMatch(field);
	expect(build.output).toMatch(reason);
}

describe('a build over malformed content stops and names the file, the field and the reason', () => {
	it('stops on a misspelled frontmatter key', async () => {
		const build = await buildWith(['\nstatements:\n', '\nstatments:\n']);
		expectRefused(build, 'statments', /Unrecognized key/i);
	});

	it('stops on a statement without a kind', async () => {
		const build = await buildWith([
			"    kind: direct\n    text: 'We are not going to sign",
			"    text: 'We are not going to sign",
		]);
		expectRefused(build, /statements(\.0\.|\[0\]\.)kind/, /expected one of "direct"\|"reported"|Required|kind/i);
	});

	it('stops on a speaker id that names no person or anonymous source', async () => {
		const build = await buildWith(['speakers: [tomas-berg]', 'speakers: [tomas-burg]']);
		expectRefused(build, 'statements[0].speakers[0]', /unknown speaker "tomas-burg"/);
	});

	it('stops on a publication date that names no real day, written unquoted as editors do', async () => {
		const build = await buildWith(['\npublished: 2025-11-24\n', '\npublished: 2025-02-30\n']);
		expectRefused(build, 'published', /2025-02-30 is not a real day/);
	});

	it('stops on a dated reference whose date does not parse', async () => {
		const build = await buildWith(["date: '2025-11-25'", 'date: next week']);
		expectRefused(build, /dates(\.0\.|\[0\]\.)date/, /must be YYYY, YYYY-MM, YYYY-MM-DD/);
	});

	it('stops on annotation text that is not in the body', async () => {
		const build = await buildWith([
			'compromise on the northern fishing grounds',
			'compromise on the southern fishing grounds',
		]);
		expectRefused(
			build,
			'statements[2].text',
			/"the bloc was ready to compromise on the southern fishing grounds" is not in the body/,
		);
	});

	it('stops on annotation text found more than once without an occurrence', async () => {
		const build = await buildWith(["  - text: 'October'", "  - text: 'deal'"]);
		expectRefused(build, 'dates[1].text', /"deal" occurs 2 times .*occurrence/);
	});

	it('stops on a quotation in the body that no statement covers', async () => {
		const statement = [
			'  - id: q-berg-science',
			'    speakers: [tomas-berg]',
			'    kind: direct',
			"    text: 'The science supports a larger share for Norwegian boats.'",
			'    themes: [fisheries]\n',
		].join('\n');
		const build = await buildWith([statement, '']);
		expectRefused(
			build,
			'statements',
			/quotation “The science supports a larger share for Norwegian boats\.” in paragraph 2 is covered by no statement/,
		);
	});

	it('stops on an annotation that ends inside emphasis in the body', async () => {
		const build = await buildWith(
			['compromise on the northern fishing grounds.', 'compromise on the *northern fishing* grounds.'],
			['compromise on the northern fishing grounds', 'compromise on the northern'],
		);
		expectRefused(build, 'statements[2]', /crosses the edge of inline markup in the body/);
	});

	it('stops on markup in the body, which would reach the page unannotated', async () => {
		const build = await buildWith(['said Tomas Berg,', 'said <b onmouseover="alert(1)">Tomas Berg</b>,']);
		expectRefused(
			build,
			/body \(line \d+, column \d+\)/,
			/markup and \{expressions\} are not allowed in an article body/,
		);
	});

	it('stops on an unknown theme', async () => {
		const build = await buildWith(['themes: [trade-policy]', 'themes: [trade-polcy]']);
		expectRefused(build, 'statements[3].themes[0]', /unknown theme "trade-polcy"/);
	});
});
