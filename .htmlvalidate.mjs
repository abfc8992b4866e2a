/** html-validate's rules for every page the build writes (tests/e2e/html-validity.test.ts). */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Headlines are the articles' own and kept whole; search engines truncate a long <title>, it is not invalid HTML.
		'long-title': 'off',
	},
};
