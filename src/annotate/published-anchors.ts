export type AnchorProblem = { field: string; reason: string };

/**
 * Checks that every anchor ever published still leads somewhere: it is live on the page, or it is an
 * alias whose target is live. Aliases must not shadow a live anchor.
 */
export function checkPublishedAnchors(
	published: readonly string[],
	live: ReadonlySet<string>,
	aliases: Readonly<Record<string, string>>,
): AnchorProblem | undefined {
	for (const [alias, target] of Object.entries(aliases)) {
		if (live.has(alias)) {
			return { field: `aliases.${alias}`, reason: `"${alias}" is still a live anchor on the page; remove the alias` };
		}
		if (!live.has(target)) {
			return { field: `aliases.${alias}`, reason: `the target "${target}" is not an anchor on the page` };
		}
	}
	const gone = published.filter((id) => !live.has(id) && !(id in aliases));
	if (gone.length > 0) {
		const list = gone.map((id) => `"${id}"`).join(', ');
		return {
			field: 'aliases',
			reason:
				`published anchor${gone.length > 1 ? 's' : ''} ${list} would disappear and break links already shared. ` +
				`Pin the paragraph to its old id under "passages", or add "aliases: { ${gone[0]}: <id of the passage that replaced it> }"`,
		};
	}
	return undefined;
}
