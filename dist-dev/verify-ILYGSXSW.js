import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  KILLED_AFTER_S,
  QUICK_BUILD,
  buildImage,
  correct,
  observe,
  serviceSubject,
  verifiedRows
} from "./chunk-XALAKHGQ.js";
import "./chunk-S7XXTKXN.js";
import "./chunk-XKSM4XBR.js";
import "./chunk-2NOJFG4U.js";
export {
  KILLED_AFTER_S,
  QUICK_BUILD,
  buildImage,
  correct,
  observe,
  serviceSubject,
  verifiedRows
};
