import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { PersonSchema, type Person } from '../schemas/person';
import { ThemeSchema, type Theme } from '../schemas/theme';
import { AnnotationError, fieldPath } from './errors';
import type { Registry } from './model';

/** The shared data the annotation plugin checks articles against, read once per build. */
export interface LoadedRegistry extends Registry {
	people: Map<string, Person>;
	themes: Map<string, Theme>;
	/** Article slug → the anchors recorded as published for it. */
	published: Map<string, string[]>;
}

/** Reads people, themes and published anchors from a content folder, validating each file. */
export function loadRegistry(contentDir: string): LoadedRegistry {
	return {
		people: readCollection(contentDir, 'people', PersonSchema),
		themes: readCollection(contentDir, 'themes', ThemeSchema),
		published: readPublishedAnchors(contentDir),
	};
}

function readCollection<T>(contentDir: string, folder: string, schema: z.ZodType<T>): Map<string, T> {
	const dir = join(contentDir, folder);
	const entries = new Map<string, T>();
	if (!existsSync(dir)) return entries;
	for (const name of readdirSync(dir).sort()) {
		if (extname(name) !== '.yaml') continue;
		const file = join(dir, name);
		const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new AnnotationError(displayPath(file), fieldPath(issue.path) || '(file)', issue.message);
		}
		entries.set(basename(name, '.yaml'), result.data);
	}
	return entries;
}

/** content/anchors/<slug>.json: the sorted list of every anchor ever published for an article. */
function readPublishedAnchors(contentDir: string): Map<string, string[]> {
	const dir = join(contentDir, 'anchors');
	const published = new Map<string, string[]>();
	if (!existsSync(dir)) return published;
	for (const name of readdirSync(dir)) {
		if (extname(name) !== '.json') continue;
		const file = join(dir, name);
		const anchors: unknown = JSON.parse(readFileSync(file, 'utf8'));
		if (!Array.isArray(anchors) || !anchors.every((a) => typeof a === 'string')) {
			throw new AnnotationError(displayPath(file), '(file)', 'must be a JSON array of anchor ids');
		}
		published.set(basename(name, '.json'), anchors);
	}
	return published;
}

/** Paths in errors are relative to where the build runs, as an editor would type them. */
export function displayPath(file: string): string {
	return relative(process.cwd(), file) || file;
}
