/** Site URLs, in one place so pages, plugins and the search index agree. */
export const articlePath = (slug: string) => `/articles/${slug}/`;
export const personPath = (id: string) => `/people/${id}/`;
export const themePath = (id: string) => `/themes/${id}/`;
export const statementsPath = () => '/statements/';
/** The search page; `search` puts a search in its address, e.g. `{ speaker: 'Ken Weinstein' }`. */
export const searchPath = (search?: Record<string, string>) =>
	`/search/${search ? `?${new URLSearchParams(search)}` : ''}`;
export const quotePath = (slug: string, statementId: string) => `/quotes/${slug}/${statementId}/`;
/** The heading of an anonymous source's group on the statements index. */
export const anonymousSourceAnchor = (slug: string, id: string) => `anon-${slug}-${id}`;
