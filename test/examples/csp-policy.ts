/** The policies examples/portal.html is tested with (README "Content Security Policy" quotes PORTAL_CSP). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** The one relaxation needed today: style attributes (see test/examples/portal-csp.test.ts). */
export const PORTAL_CSP = `${STRICT_CSP}; style-src-attr 'unsafe-inline'`;
