// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
	globalIgnores([
		'dist/',
		'.astro/',
		'**/.astro-cache/',
		'tests/fixtures/**/dist/',
		'content/',
		'tests/fixtures/**/content/',
	]),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	// Config files, build scripts, integrations and tests run in Node.
	{ languageOptions: { globals: globals.node } },
	// Client scripts: src/scripts/ and the <script> tags of .astro components, which Astro bundles for the browser.
	{
		files: ['src/scripts/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
		languageOptions: { globals: globals.browser },
	},
	{
		rules: {
			// `const { omitted, ...rest } = object` is how an object is copied without one key.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
]);
