// Where template function bodies compiled ahead of time are: the bundled CLI ships them as a JSON file beside it
// (scripts/build.mjs replaces this module and writes the file, from compile-templates.ts); run from sources, there
// is none and templates compile on first use.
export const PRECOMPILED_TEMPLATES_FILE: string | undefined = undefined;
