import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/structured-data';

describe('serializeJsonLd', () => {
	it('escapes every “<”, so that text in the data cannot close the script element it sits in', () => {
		const data = { '@type': 'Quotation', text: 'He said </script><script>alert(1)</script> and <!-- left' };
		const json = serializeJsonLd(data);
		expect(json).not.toContain('<');
		expect(json).toContain('\\u003c/script>');
		expect(JSON.parse(json)).toEqual(data);
	});
});
