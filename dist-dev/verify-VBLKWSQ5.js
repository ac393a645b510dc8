import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  KILLED_AFTER_S,
  QUICK_BUILD,
  buildImage,
  correct,
  observe,
  serviceSubject,
  verifiedRows
} from "./chunk-FQR5UZ5V.js";
import "./chunk-YG7IJ27A.js";
import "./chunk-VGVB2FOY.js";
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
