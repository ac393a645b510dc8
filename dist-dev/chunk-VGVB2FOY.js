import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);

// generators/errors.ts
var UserError = class extends Error {
};

export {
  UserError
};
