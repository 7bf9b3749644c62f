// Types only: `@tongxin/elements/jsx-react` and `/jsx-preact` augment JSX.IntrinsicElements, `/vue` Vue's GlobalComponents.
export {};
