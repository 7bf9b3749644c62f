/** The policy examples/portal.html is tested with (README "Content Security Policy" quotes PORTAL_CSP). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** No relaxation: the elements style through the CSSOM (Lit styleMap, ECharts' cssText) and tooltips carry no style attributes. */
export const PORTAL_CSP = STRICT_CSP;
