import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				// Builds fixture sites with `astro build`: each test pays for a real build.
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 180_000,
					hookTimeout: 180_000,
				},
			},
			{
				// Drives the built site in Chromium; the global setup builds and serves it once.
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
