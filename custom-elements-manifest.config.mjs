// `pnpm analyze`: custom-elements.json from the elements' JSDoc (@summary, @fires, @cssproperty,
// @csspart, @slot) and Lit's reactive properties; Storybook's docs pages and controls read it.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // Private members (`_x`, `#x`, `private`) are not API; keep the docs to what a portal uses.
  plugins: [
    {
      name: 'tongxin-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
            );
          }
        }
      },
    },
  ],
};
