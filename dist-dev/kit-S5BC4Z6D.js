import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  backingFindings,
  backingUse,
  buildFindings,
  libFindings,
  runContext
} from "./chunk-VWVEOKJC.js";
import {
  ANSWERS_FILE,
  CI_WORKFLOW,
  FIELDS,
  FRAMEWORKS,
  HTTP_SERVER_CRATES,
  IMAGE_WORKFLOW,
  KIT_FIELDS,
  NATIVE_LIBS,
  PINS,
  RUNTIMES,
  TEMPLATE_DENY,
  contentPath,
  denyLists,
  dnsLabel,
  fitRuntime,
  flagValues,
  inspectRun,
  isFramework,
  linkerTools,
  loadRustParser,
  missingRequired,
  nativeLibsFor,
  opensslOf,
  probePath,
  readAnswersFile,
  readText,
  resolveAnswers,
  resolveKit,
  withDefaults
} from "./chunk-CGQHGN44.js";
import {
  UserError
} from "./chunk-VGVB2FOY.js";
import "./chunk-2NOJFG4U.js";

// generators/kit/kit.ts
import { existsSync, statSync } from "node:fs";
import path2 from "node:path";

// generators/kit/detect.ts
import fs from "node:fs";
import path from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// generators/kit/detect.ts
var IGNORED_DIRS = { anyDepth: ["target", "secrets", ".idea", ".vscode"], root: [".git", ".github"] };
var ASSET_DIRS = ["assets", "static", "public", "templates", "migrations", "config", "configuration", "locales"];
var COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
function readToml(file) {
  let text;
  try {
    text = readText(file);
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${e.code ?? e.message}`);
  }
  try {
    return parse(text);
  } catch (e) {
    const err = e;
    const where = err.line ? `:${err.line}:${err.column}` : "";
    throw new UserError(`${file}${where} is not valid TOML: ${err.message.split("\n")[0].replace(/^Invalid TOML document: /, "")}`);
  }
}
var table = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var str = (v) => typeof v === "string" ? v : void 0;
function findWorkspaceRoot(dir) {
  for (let up = path.dirname(dir); up !== path.dirname(up); up = path.dirname(up)) {
    const manifest = path.join(up, "Cargo.toml");
    if (!fs.existsSync(manifest)) continue;
    const ws = table(readToml(manifest).workspace);
    if (ws && memberDirs(up, ws).some((m) => path.resolve(up, m) === dir)) return up;
  }
  return void 0;
}
function memberDirs(root, ws) {
  const exclude = new Set((ws.exclude ?? []).map((e) => path.normalize(e)));
  const dirs = [];
  for (const pattern of ws.members ?? []) {
    if (pattern.endsWith("/*")) {
      const base = pattern.slice(0, -2);
      const full = path.join(root, base);
      if (!fs.existsSync(full)) continue;
      for (const e of fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
        if (e.isDirectory() && fs.existsSync(path.join(full, e.name, "Cargo.toml"))) dirs.push(path.join(base, e.name));
    } else dirs.push(path.normalize(pattern));
  }
  return dirs.filter((d) => !exclude.has(d));
}
function packageFacts(contextDir, pkgDir, workspacePackage) {
  const manifestPath = path.join(pkgDir, "Cargo.toml");
  const manifest = readToml(manifestPath);
  const pkg = table(manifest.package);
  if (!pkg) throw new UserError(`${manifestPath} has no [package] section`);
  const inherited = (key) => {
    const v = pkg[key];
    return table(v)?.workspace === true ? str(workspacePackage?.[key]) : str(v);
  };
  const name = str(pkg.name);
  if (!name) throw new UserError(`${manifestPath} has no package name`);
  const bins = [];
  const explicit = manifest.bin ?? [];
  for (const b of explicit) {
    const binName = str(b.name);
    if (!binName) throw new UserError(`${manifestPath}: a [[bin]] has no name`);
    bins.push({ name: binName, path: str(b.path) ?? defaultBinPath(pkgDir, binName, name) });
  }
  if (pkg.autobins !== false) {
    const add = (binName, p) => {
      if (!bins.some((b) => b.name === binName || b.path === p)) bins.push({ name: binName, path: p });
    };
    if (fs.existsSync(path.join(pkgDir, "src/main.rs"))) add(name, "src/main.rs");
    const binDir = path.join(pkgDir, "src/bin");
    if (fs.existsSync(binDir))
      for (const e of fs.readdirSync(binDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isFile() && e.name.endsWith(".rs")) add(e.name.slice(0, -3), `src/bin/${e.name}`);
        else if (e.isDirectory() && fs.existsSync(path.join(binDir, e.name, "main.rs"))) add(e.name, `src/bin/${e.name}/main.rs`);
      }
  }
  const deps = { ...table(manifest.dependencies) };
  const dependencies = Object.entries(deps).map(([key, spec]) => str(table(spec)?.package) ?? key);
  const dependencyFeatures2 = Object.fromEntries(
    Object.entries(deps).map(([key, spec]) => [str(table(spec)?.package) ?? key, (table(spec)?.features ?? []).map(String)])
  );
  const framework = Object.keys(FRAMEWORKS).find((f) => dependencies.includes(f));
  return {
    name,
    version: inherited("version") ?? "0.0.0",
    description: inherited("description"),
    dir: contentPath(contextDir, pkgDir),
    bins,
    defaultRun: str(pkg["default-run"]),
    hasLib: manifest.lib !== void 0 || fs.existsSync(path.join(pkgDir, "src/lib.rs")),
    framework: framework && isFramework(framework) ? framework : void 0,
    dependencies,
    dependencyFeatures: dependencyFeatures2,
    features: Object.fromEntries(Object.entries(table(manifest.features) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []])),
    assets: ASSET_DIRS.filter((d) => fs.statSync(path.join(pkgDir, d), { throwIfNoEntry: false })?.isDirectory())
  };
}
function defaultBinPath(pkgDir, binName, pkgName) {
  if (binName === pkgName && fs.existsSync(path.join(pkgDir, "src/main.rs"))) return "src/main.rs";
  return fs.existsSync(path.join(pkgDir, `src/bin/${binName}/main.rs`)) ? `src/bin/${binName}/main.rs` : `src/bin/${binName}.rs`;
}
function readToolchain(contextDir) {
  for (const file of ["rust-toolchain.toml", "rust-toolchain"]) {
    const full = path.join(contextDir, file);
    if (!fs.existsSync(full)) continue;
    const text = readText(full);
    const channel = text.includes("[toolchain]") ? str(table(readToml(full).toolchain)?.channel) : text.trim() || void 0;
    return { file, channel };
  }
  return {};
}
function detectCrate(dir) {
  const target = path.resolve(dir);
  const manifestPath = path.join(target, "Cargo.toml");
  if (!fs.existsSync(manifestPath)) throw new UserError(`${target} has no Cargo.toml`);
  const manifest = readToml(manifestPath);
  const ownWorkspace = table(manifest.workspace);
  const contextDir = ownWorkspace ? target : findWorkspaceRoot(target) ?? target;
  const rootManifest = contextDir === target ? manifest : readToml(path.join(contextDir, "Cargo.toml"));
  const ws = table(rootManifest.workspace);
  const workspacePackage = table(ws?.package);
  const members = ws ? memberDirs(contextDir, ws).map((m) => packageFacts(contextDir, path.join(contextDir, m), workspacePackage)) : [];
  const pkg = manifest.package ? packageFacts(contextDir, target, workspacePackage) : void 0;
  if (pkg && ws && !members.some((m) => m.name === pkg.name)) members.unshift(pkg);
  const lockPath = path.join(contextDir, "Cargo.lock");
  const hasLockfile = fs.existsSync(lockPath);
  const lockedNames = new Set(
    hasLockfile ? (readToml(lockPath).package ?? []).map((p) => String(p.name)) : []
  );
  const manifestDirs = [contextDir, ...contextDir === target ? [] : [target], ...ws ? memberDirs(contextDir, ws).map((m) => path.join(contextDir, m)) : []];
  const manifests = manifestDirs.map((d) => d === contextDir ? rootManifest : d === target ? manifest : readToml(path.join(d, "Cargo.toml")));
  manifests.forEach((m, i) => checkPathDependencies(contextDir, manifestDirs[i], m));
  const openssl = opensslOf(lockedNames);
  const toolchain = readToolchain(contextDir);
  const ownRustVersion = table(manifest.package)?.["rust-version"];
  const rustVersion = str(ownRustVersion) ?? str(workspacePackage?.["rust-version"]);
  return {
    contextDir,
    package: pkg,
    members,
    hasLockfile,
    lockedCrates: lockedNames,
    openssl,
    nativeLibs: [...nativeLibsFor(lockedNames, dependencyFeatures(manifests)), ...cargoConfigLinkers(contextDir)],
    toolchainFile: toolchain.file,
    toolchainChannel: toolchain.channel,
    rustVersion,
    buildScript: fs.existsSync(path.join(target, "build.rs")),
    cargoConfig: fs.existsSync(path.join(contextDir, ".cargo/config.toml")) || fs.existsSync(path.join(contextDir, ".cargo/config")),
    composeFile: COMPOSE_NAMES.find((n) => fs.existsSync(path.join(contextDir, n))),
    workflows: fs.existsSync(path.join(contextDir, ".github/workflows")) ? fs.readdirSync(path.join(contextDir, ".github/workflows")).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `.github/workflows/${f}`) : []
  };
}
function cargoConfigLinkers(contextDir) {
  const file = [".cargo/config.toml", ".cargo/config"].map((f) => path.join(contextDir, f)).find((f) => fs.existsSync(f));
  if (!file) return [];
  const config = readToml(file);
  const targets = Object.entries(table(config.target) ?? {}).filter(([key]) => key.includes("linux") || key.startsWith("cfg("));
  const sections = [table(config.build), ...targets.map(([, t]) => table(t))].filter((t) => t !== void 0);
  const flags = (v) => Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(/\s+/) : [];
  return linkerTools(
    sections.map((t) => str(t.linker)).filter((l) => l !== void 0),
    sections.flatMap((t) => flags(t.rustflags))
  );
}
function dependencyTables(m) {
  const kinds = ["dependencies", "dev-dependencies", "build-dependencies"];
  return [
    ...kinds.map((k) => table(m[k])),
    ...Object.values(table(m.target) ?? {}).flatMap((t) => kinds.map((k) => table(table(t)?.[k]))),
    table(table(m.workspace)?.dependencies),
    ...Object.values(table(m.patch) ?? {}).map(table)
  ].filter((t) => t !== void 0);
}
function checkPathDependencies(contextDir, manifestDir, manifest) {
  for (const deps of dependencyTables(manifest))
    for (const [name, spec] of Object.entries(deps)) {
      const rel = str(table(spec)?.path);
      if (rel === void 0) continue;
      const full = path.resolve(manifestDir, rel);
      const inContext = path.relative(contextDir, full);
      const segments = inContext.split(path.sep);
      const ignored = segments.find((segment, i) => IGNORED_DIRS.anyDepth.includes(segment) || i === 0 && IGNORED_DIRS.root.includes(segment));
      if (ignored && !inContext.startsWith(".."))
        throw new UserError(`${name} (path = "${rel}") is inside ${ignored}/, which the container kit's .dockerignore excludes: move it elsewhere in the repository`);
      if (inContext.startsWith("..")) {
        let common = contextDir;
        while (path.relative(common, full).startsWith("..")) common = path.dirname(common);
        throw new UserError(
          `${name} (path = "${rel}" in ${path.relative(contextDir, path.join(manifestDir, "Cargo.toml")) || "Cargo.toml"}) is outside the build context ${contextDir}: the image build cannot see it; move it inside, or make ${common} (which holds both) a workspace and run there`
        );
      }
    }
}
function dependencyFeatures(manifests) {
  const features = /* @__PURE__ */ new Set();
  const fromTable = (deps) => {
    for (const spec of Object.values(table(deps) ?? {})) for (const f of table(spec)?.features ?? []) if (typeof f === "string") features.add(f);
  };
  for (const m of manifests) for (const deps of dependencyTables(m)) fromTable(deps);
  return features;
}
var SERVER_BIN = /(^|[-_])(server|serve|api|web|http|service|daemon)([-_]|$)/;
function serverMember(members) {
  const list = `${members.length} binary packages (${members.map((m) => m.name).join(", ")})`;
  const named = members.filter((m) => SERVER_BIN.test(m.name) || SERVER_BIN.test(path.posix.basename(m.dir)));
  const http = members.filter((m) => m.dependencies.some((d) => HTTP_SERVER_CRATES.includes(d)));
  const both = named.filter((m) => http.includes(m));
  if (both.length === 1) return { member: both[0], reason: `${list}; ${both[0].name} (${both[0].dir}) is named as the server and serves HTTP` };
  if (http.length === 1) return { member: http[0], reason: `${list}; only ${http[0].name} depends on an HTTP server crate` };
  if (http.length === 0 && named.length === 1) return { member: named[0], reason: `${list}; ${named[0].name} (${named[0].dir}) is named as the server` };
  return void 0;
}
async function chooseTarget(facts, flags, ask) {
  const withBins = facts.members.filter((m) => m.bins.length > 0);
  let pkg = facts.package;
  if (flags.package !== void 0) {
    pkg = facts.members.find((m) => m.name === flags.package) ?? (facts.package?.name === flags.package ? facts.package : void 0);
    if (!pkg)
      throw new UserError(
        `no package "${flags.package}" here${withBins.length ? ` (binary packages: ${withBins.map((m) => m.name).join(", ")})` : ""}`
      );
  }
  if (!pkg) {
    if (withBins.length === 0) throw new UserError(`the workspace at ${facts.contextDir} has no binary package to containerise`);
    if (withBins.length === 1) pkg = withBins[0];
    const server = ask ? void 0 : serverMember(withBins);
    if (!pkg && server) return { ...await chooseTarget(facts, { ...flags, package: server.member.name }), reason: server.reason };
    if (!pkg) {
      if (!ask) throw new UserError(`this is a virtual workspace: choose --package ${withBins.map((m) => m.name).join("|")}`);
      const name2 = await ask("Which package should the image run?", withBins.map((m) => m.name));
      pkg = withBins.find((m) => m.name === name2);
    }
  }
  if (pkg.bins.length === 0)
    throw new UserError(`package "${pkg.name}" has no binary target (it is a library): the image needs a binary to run`);
  if (flags.bin !== void 0) {
    const bin = pkg.bins.find((b) => b.name === flags.bin);
    if (!bin) throw new UserError(`package "${pkg.name}" has no binary "${flags.bin}" (binaries: ${pkg.bins.map((b) => b.name).join(", ")})`);
    return { package: pkg, bin };
  }
  const preferred = pkg.bins.length === 1 ? pkg.bins[0] : pkg.bins.find((b) => b.name === pkg.defaultRun);
  if (preferred) return { package: pkg, bin: preferred };
  const servers = pkg.bins.filter((b) => SERVER_BIN.test(b.name));
  if (!ask && servers.length === 1)
    return { package: pkg, bin: servers[0], reason: `${pkg.bins.length} binaries (${pkg.bins.map((b) => b.name).join(", ")}); ${servers[0].name} is named as the server` };
  if (!ask) throw new UserError(`package "${pkg.name}" has several binaries: choose --bin ${pkg.bins.map((b) => b.name).join("|")}`);
  const name = await ask("Which binary should the image run?", pkg.bins.map((b) => b.name));
  return { package: pkg, bin: pkg.bins.find((b) => b.name === name) };
}
function enabledFeatures(features, cargoArgs) {
  if (cargoArgs.includes("--all-features")) return "all";
  const at = cargoArgs.indexOf("--features");
  const queue = [...cargoArgs.includes("--no-default-features") ? [] : ["default"], ...at >= 0 ? cargoArgs[at + 1].split(",") : []];
  const enabled = /* @__PURE__ */ new Set();
  while (queue.length) {
    const f = queue.shift();
    if (enabled.has(f)) continue;
    enabled.add(f);
    for (const entry of features[f] ?? []) if (!entry.startsWith("dep:") && !entry.includes("/")) queue.push(entry);
  }
  return enabled;
}

// generators/kit/build-graph.ts
import { spawnSync } from "node:child_process";
var IMAGE_TARGET = "x86_64-unknown-linux-gnu";
function resolveBuildGraph(contextDir, pkg, cargoFeatures, inWorkspace) {
  const featureArgs = inWorkspace ? qualifyFeatures(cargoFeatures, pkg) : cargoFeatures;
  let toolchain = { RUSTUP_AUTO_INSTALL: "0" };
  const metadataRun = (network) => spawnSync("cargo", ["metadata", "--format-version", "1", "--locked", ...network, "--filter-platform", IMAGE_TARGET, ...featureArgs], {
    cwd: contextDir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 9e4,
    env: { ...process.env, CARGO_TERM_COLOR: "never", ...toolchain }
  });
  let r = metadataRun(["--offline"]);
  if (r.status !== 0 && /toolchain '[^']+' is not installed/.test(r.stderr ?? "")) {
    const fallback = /^(\S+)/.exec(spawnSync("rustup", ["default"], { encoding: "utf8" }).stdout ?? "")?.[1];
    if (fallback) toolchain = { RUSTUP_TOOLCHAIN: fallback };
    r = metadataRun(["--offline"]);
  }
  if (r.status !== 0 && !r.error) r = metadataRun([]);
  if (r.status !== 0 || !r.stdout) return void 0;
  let metadata;
  try {
    metadata = JSON.parse(r.stdout);
  } catch {
    return void 0;
  }
  return reachable(metadata, pkg);
}
function qualifyFeatures(args, pkg) {
  const at = args.indexOf("--features");
  if (at < 0) return args;
  const named = args[at + 1].split(",").map((f) => f.includes("/") ? f : `${pkg}/${f}`);
  return [...args.slice(0, at), "--features", named.join(","), ...args.slice(at + 2)];
}
function reachable(metadata, pkg) {
  const names = new Map(metadata.packages.map((p) => [p.id, p.name]));
  const packages = new Map(metadata.packages.map((p) => [p.id, p]));
  const enabled = (from, features2, depName) => {
    const manifest = packages.get(from);
    const entries = manifest?.dependencies?.filter((d) => d.name === depName && d.kind !== "dev") ?? [];
    if (!entries.length || entries.some((d) => !d.optional)) return true;
    return entries.some((d) => {
      const key = d.rename ?? d.name;
      return features2.includes(key) || features2.some((f) => (manifest?.features?.[f] ?? []).some((x) => x === `dep:${key}` || x.startsWith(`${key}/`)));
    });
  };
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  const root = metadata.workspace_members.find((id) => names.get(id) === pkg);
  if (!root || !nodes.has(root)) return void 0;
  const seen = /* @__PURE__ */ new Set([root]);
  const queue = [root];
  while (queue.length) {
    const node = nodes.get(queue.pop());
    for (const dep of node?.deps ?? [])
      if (!seen.has(dep.pkg) && dep.dep_kinds.some((k) => k.kind !== "dev") && enabled(node.id, node.features, names.get(dep.pkg))) {
        seen.add(dep.pkg);
        queue.push(dep.pkg);
      }
  }
  const features = /* @__PURE__ */ new Map();
  for (const id of seen) features.set(names.get(id), /* @__PURE__ */ new Set([...features.get(names.get(id)) ?? [], ...nodes.get(id)?.features ?? []]));
  const members = new Set(metadata.workspace_members);
  const packagesOut = metadata.packages.filter((p) => !members.has(p.id) && nodes.has(p.id)).map((p) => ({ name: p.name, version: p.version ?? "", license: p.license ?? null, source: p.source ?? null }));
  const unlicensedMembers = metadata.packages.filter((p) => members.has(p.id) && !p.license && !p.license_file && !(Array.isArray(p.publish) && p.publish.length === 0)).map((p) => p.name);
  return { crates: new Set(features.keys()), features, packages: packagesOut, unlicensedMembers };
}

// generators/kit/kit.ts
async function planKit(input) {
  const problems = [...input.problems];
  let facts;
  try {
    facts = detectCrate(input.targetDir);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(e.message);
  }
  const saved = facts ? readAnswersFile(path2.join(facts.contextDir, ANSWERS_FILE)) : void 0;
  const raw = { ...saved?.raw, ...input.raw };
  const flagged = resolveAnswers(raw);
  const savedKit = { ...saved?.rawKit };
  if (input.rawKit.healthcheck !== void 0 || input.rawKit["healthcheck-cmd"] !== void 0) {
    delete savedKit.healthcheck;
    delete savedKit["healthcheck-cmd"];
    if (input.rawKit.healthcheck !== "probe") delete savedKit["health-path"];
  }
  const { kit, problems: kitProblems } = resolveKit({ ...savedKit, ...input.rawKit });
  problems.push(...flagged.problems, ...kitProblems);
  if (input.unattended)
    for (const f of missingRequired(flagged.options).filter((f2) => KIT_FIELDS.has(f2.key))) problems.push(`missing --${f.flag} ${flagValues(f)}`);
  if (problems.length || !facts) return { problems };
  const prompts = input.prompts;
  const choice = await chooseTarget(facts, kit, prompts?.choose);
  const contextDir = facts.contextDir;
  const memberDeps = facts.members.filter((m) => m !== choice.package && choice.package.dependencies.includes(m.name)).map((m) => m.dir);
  const run = inspectRun(contextDir, [choice.package.dir, ...memberDeps], choice.bin.path, choice.package.name, [
    ...choice.package.dependencies,
    ...facts.members.filter((m) => memberDeps.includes(m.dir)).flatMap((m) => m.dependencies)
  ], await loadRustParser(), choice.package.bins.filter((b) => b !== choice.bin).map((b) => b.path), choice.package.dependencyFeatures);
  const graph = facts.hasLockfile ? resolveBuildGraph(contextDir, choice.package.name, kit.cargoFeatures, facts.members.length > 0) : void 0;
  const backing = backingUse(graph?.crates ?? facts.lockedCrates, run.envReads);
  const detectedAnswers = { ...run.port ? { port: String(run.port.port) } : {}, ...backing.answers };
  const answered = { ...detectedAnswers, ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== void 0)) };
  let options = prompts ? await prompts.fields(FIELDS.filter((f) => KIT_FIELDS.has(f.key) && answered[f.key] === void 0), answered, contextDir) : withDefaults(resolveAnswers(answered).options, contextDir);
  options = { ...options, framework: flagged.options.framework ?? choice.package.framework ?? options.framework };
  if (options.database === "sqlite")
    return { problems: ["--database sqlite: an existing crate's SQLite file needs no service; --data-dir names the directory it writes"] };
  const lockLibs = facts.nativeLibs;
  const builtLibs = graph ? [...nativeLibsFor(graph.crates, graph.features), ...lockLibs.filter((l) => NATIVE_LIBS[l].via === "cargo-config")] : lockLibs;
  const unbuiltLibs = lockLibs.filter((l) => !builtLibs.includes(l));
  const openssl = (graph ? opensslOf(graph.crates) : facts.openssl) ?? (options.tls === "openssl-vendored" && saved ? "vendored" : void 0);
  const nativeLibs = openssl === "vendored" && !builtLibs.includes("openssl-src") ? [...builtLibs, "openssl-src"] : builtLibs;
  const fit = fitRuntime(nativeLibs, options.runtime, input.raw.runtime !== void 0, RUNTIMES[options.runtime].libc);
  if ("error" in fit) return { problems: [fit.error] };
  options = { ...options, runtime: fit.runtime };
  const repoRoot = repositoryRoot(contextDir);
  const nested = repoRoot !== void 0 && repoRoot !== contextDir;
  if (nested && raw.ci === void 0 && options.ci === "github") options = { ...options, ci: "none" };
  const healthKit = prompts && kit.healthcheck === void 0 ? await prompts.healthcheck(choice.bin.name, kit, run) : kit;
  const sqlxOffline = [contextDir, path2.join(contextDir, choice.package.dir)].some((d) => existsSync(path2.join(d, ".sqlx")));
  const ownWorkflows = facts.workflows.filter((w) => !(saved && w in saved.files));
  const ownConfig = (files) => [contextDir, repoRoot ?? contextDir].flatMap((dir) => files.map((f) => path2.join(dir, f))).find((f) => existsSync(f) && !(saved && contentPath(contextDir, f) in saved.files));
  const ownDeny = ownConfig(["deny.toml", ".deny.toml", ".cargo/deny.toml"]);
  const ownUpdates = ownConfig([".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5", ".renovaterc", ".renovaterc.json"]);
  const deny = ownDeny ? void 0 : graph ? denyLists(graph.packages) : TEMPLATE_DENY;
  const supplyChainFindings = [
    ...ownDeny ? [{ found: contentPath(contextDir, ownDeny), action: "CI's cargo deny check uses it" }] : [],
    ...deny?.extra.length ? [{ found: `licenses beyond the common permissive set: ${deny.extra.map((e) => `${e.license} (${e.crates.join(", ")})`).join("; ")}`, action: "allowed in deny.toml as used today: review them" }] : [],
    ...deny && graph?.unlicensedMembers.length ? [{ found: `${graph.unlicensedMembers.join(", ")}: no license in Cargo.toml, and not publish = false`, action: "cargo deny reports it as unlicensed: add `publish = false` (a service is not published) or a license", warn: true }] : [],
    ...deny?.unlicensed.length ? [{ found: `crates with no SPDX license in their manifest: ${deny.unlicensed.join(", ")}`, action: "cargo deny fails on them until deny.toml clarifies their license ([[licenses.clarify]])", warn: true }] : [],
    ...ownUpdates ? [{ found: contentPath(contextDir, ownUpdates), action: "dependency updates stay with it: no .github/dependabot.yml" }] : []
  ];
  const ciFinding = ownWorkflows.length ? [{ found: `the crate's own workflows (${ownWorkflows.map((w) => path2.basename(w)).join(", ")})`, action: `the image workflow is ${IMAGE_WORKFLOW} (cargo deny; the image built, scanned, pushed and signed); fmt, clippy and tests stay in yours` }] : [];
  const packageRoot = path2.join(contextDir, choice.package.dir);
  const served = run.servedDirs.filter((d, i, all) => all.findIndex((o) => o.dir === d.dir) === i);
  const servedHere = served.filter((d) => !d.dir.startsWith("..") && statSync(path2.join(packageRoot, d.dir), { throwIfNoEntry: false })?.isDirectory());
  const servedFindings = served.map(
    (d) => servedHere.includes(d) ? { found: `${d.file}:${d.line} serves files from ${d.dir}/`, action: `copied to /app/${d.dir}` } : { found: `${d.file}:${d.line} serves files from ${d.dir}/, which is not in the crate`, action: "build or copy it into the crate before the image is built, or those routes answer 404", warn: true }
  );
  const crateFacts = facts;
  const crateFor = (o, hk) => ({
    origin: saved?.generatedAs ?? "container-kit",
    packageName: choice.package.name,
    packageDir: choice.package.dir,
    inWorkspace: crateFacts.members.length > 0,
    binName: choice.bin.name,
    version: choice.package.version,
    description: choice.package.description ?? `${choice.bin.name} (${choice.package.name})`,
    rustVersion: imageRustVersion(crateFacts),
    toolchainFile: crateFacts.toolchainFile,
    toolchainChannel: crateFacts.toolchainChannel,
    buildInputs: [...crateFacts.buildScript ? [`${choice.package.dir ? choice.package.dir + "/" : ""}build.rs`] : [], ...crateFacts.cargoConfig ? [".cargo/config.toml"] : []],
    openssl,
    nativeLibs,
    // Directories the binary embeds at compile time (migrations) are not needed at run time.
    assets: [.../* @__PURE__ */ new Set([...choice.package.assets, ...servedHere.map((d) => d.dir)])].filter((a) => !run.embedded.some((e) => e.dir === a)),
    configFiles: run.configFiles,
    cargoFeatures: hk.cargoFeatures,
    buildEnv: sqlxOffline ? ["SQLX_OFFLINE=true"] : [],
    ciWorkflow: ownWorkflows.length ? IMAGE_WORKFLOW : CI_WORKFLOW,
    ciChecks: ownWorkflows.length === 0,
    deny,
    dependabot: !ownUpdates,
    ...runContext(run, hk, o.port, path2.join(contextDir, choice.package.dir), [
      ...libFindings(nativeLibs, o.runtime, fit.note),
      ...unbuiltLibs.map((l) => ({
        found: `Cargo.lock: ${l} \u2014 ${NATIVE_LIBS[l].library}`,
        action: `${graph?.crates.has(l) ? "built from its bundled source" : "not compiled"} with these features (cargo metadata): nothing installed`
      })),
      ...buildFindings(run, enabledFeatures(choice.package.features, hk.cargoFeatures), sqlxOffline, choice.package.assets),
      ...servedFindings,
      ...o.ci === "github" ? [...ciFinding, ...supplyChainFindings] : [],
      ...nested ? [{
        found: `the repository root is ${contentPath(contextDir, repoRoot)}/, above the crate`,
        action: o.ci === "github" ? "the workflow written here will not run: GitHub reads only the root's .github/workflows" : "no CI workflow (GitHub reads only the root's .github/workflows; --ci github writes one here anyway)",
        warn: o.ci === "github"
      }] : [],
      ...choice.reason ? [{ found: choice.reason, action: `the image runs ${choice.bin.name} (--bin overrides)` }] : [],
      ...backingFindings(o, backing, run, choice.package.assets.includes("migrations"))
    ], o.platforms.length > 1, [...o.database === "none" ? [] : [backing.vars.database], ...o.cache === "none" ? [] : [backing.vars.cache]]),
    composeFile: crateFacts.composeFile ?? "compose.yaml",
    portDetected: raw.port === void 0 && run.port?.port === o.port,
    dataDirs: [.../* @__PURE__ */ new Set([...run.dataDirs.map((d) => d.dir), ...hk.dataDirs])],
    backingVars: backing.vars,
    givenBacking: { ...raw.database !== void 0 ? { database: o.database } : {}, ...raw.cache !== void 0 ? { cache: o.cache } : {} },
    givenEnv: hk.env,
    givenDataDirs: hk.dataDirs,
    givenCmd: hk.cmd,
    healthGiven: hk.healthcheck !== void 0
  });
  const crate = crateFor(options, healthKit);
  const savedResolved = saved && resolveAnswers(saved.raw);
  const savedKitResolved = saved && resolveKit(saved.rawKit);
  const savedPort = savedResolved?.options.port ?? run.port?.port;
  const previousOptions = savedResolved && !savedResolved.problems.length ? { ...withDefaults({ ...backing.answers, ...savedResolved.options, ...savedPort ? { port: savedPort } : {} }, contextDir), framework: options.framework } : void 0;
  const previous = saved && {
    files: saved.files,
    ...previousOptions && savedKitResolved && !savedKitResolved.problems.length ? { options: previousOptions, crate: crateFor(previousOptions, savedKitResolved.kit) } : {}
  };
  const info = [];
  const warnings = [];
  if (contextDir !== path2.resolve(input.targetDir)) info.push(`${choice.package.name} is a workspace member: the image builds from the workspace root ${contextDir}`);
  if (crate.openssl === "system" && RUNTIMES[options.runtime].libc === "musl")
    warnings.push(`warning: ${choice.package.name} links the system OpenSSL; the static (musl) build links it from Alpine's openssl-libs-static. Prefer rustls or openssl's "vendored" feature, or a glibc runtime (distroless-cc, debian-slim).`);
  return { options, crate, contextDir, previous, choice, facts, run, info, warnings };
}
function kitSubject(plan) {
  const { crate, run } = plan;
  const current = probePath(crate.healthcheck);
  return {
    contextDir: plan.contextDir,
    image: `${dnsLabel(crate.binName, 63)}:verify`,
    port: plan.options.port,
    healthcheck: crate.healthcheck,
    hasProbe: crate.healthcheck.kind === "probe",
    http: run.http || run.routes.length > 0 || current !== void 0,
    candidates: [.../* @__PURE__ */ new Set([...current ? [current] : [], ...run.healthCandidates])],
    hostRoute: current,
    dataDirs: crate.dataDirs,
    addressVars: run.addressVars,
    env: ["HOST", "PORT", ...crate.listenEnv.map(([name]) => name)],
    // Only a single-platform image can have tini (see runContext), and an explicit --init none stands.
    init: plan.options.platforms.length > 1 || crate.initGiven === "none" ? void 0 : crate.init === "tini",
    cmd: crate.cmd,
    cliOptions: run.cliOptions,
    service: crate.binName
  };
}
function repositoryRoot(dir) {
  for (let d = dir; ; d = path2.dirname(d)) {
    if (existsSync(path2.join(d, ".git"))) return d;
    if (path2.dirname(d) === d) return void 0;
  }
}
function imageRustVersion(facts) {
  const numeric = /^\d+\.\d+(\.\d+)?$/;
  if (facts.toolchainChannel && numeric.test(facts.toolchainChannel)) return facts.toolchainChannel;
  const parts = (v) => v.split(".").map(Number);
  const [msrv, pin] = [parts(facts.rustVersion ?? "0"), parts(PINS.rust)];
  const newer = facts.rustVersion && numeric.test(facts.rustVersion) && (msrv[0] > pin[0] || msrv[0] === pin[0] && msrv[1] > pin[1]);
  return newer ? facts.rustVersion : PINS.rust;
}
export {
  kitSubject,
  planKit
};
/*! For license information please see kit-S5BC4Z6D.js.LEGAL.txt */
