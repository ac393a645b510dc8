// Template function bodies compiled ahead of time: scripts/build.mjs replaces this module in the bundled CLI with every
// template's body (compile-templates.ts); run from sources, there are none and templates compile on use.
export const PRECOMPILED_TEMPLATES: Readonly<Record<string, string>> | undefined = undefined;
