import type { Page } from 'playwright-core';

/**
 * Records every Content Security Policy violation on a page from now on: the `securitypolicyviolation` events
 * of each document it loads, and the errors Chromium logs for them (in the page or in a worker it starts).
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__recordCspViolation', (violation: string) => violations.push(violation));
	await page.addInitScript(() => {
		addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __recordCspViolation: (violation: string) => void }).__recordCspViolation;
			report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	});
	const onConsole = (text: string) => {
		if (/Content.Security.Policy/i.test(text)) violations.push(text);
	};
	page.on('console', (message) => onConsole(message.text()));
	page.on('worker', (worker) => worker.on('console', (message) => onConsole(message.text())));
	return violations;
}
