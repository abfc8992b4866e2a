/**
 * Records the anchors of the last build as published: `npm run anchors:record [-- <distDir> <contentDir>]`.
 * Run it after building what you publish, and commit content/anchors/ with the change.
 */
import { resolve } from 'node:path';
import { recordAnchors } from '../src/lib/anchor-registry.ts';

const [distDir = 'dist', contentDir = 'content'] = process.argv.slice(2);
const added = await recordAnchors(resolve(distDir), resolve(contentDir));
for (const [slug, count] of Object.entries(added)) {
	console.log(`${slug}: ${count} new anchor${count === 1 ? '' : 's'} recorded`);
}
