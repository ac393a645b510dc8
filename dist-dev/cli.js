#!/usr/bin/env node
import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  healthDefault
} from "./chunk-7CGF3SQA.js";
import {
  require_picocolors
} from "./chunk-36SM2T5G.js";
import {
  ANSWERS_FILE,
  DEPLOY_TARGETS,
  FIELDS,
  KIT_FIELDS,
  KIT_FLAGS,
  PROBE_SOURCE,
  REGISTRY_SECRET,
  RUN_FLAG_HELP,
  VENDOR_COMMAND,
  allowedChoices,
  buildTemplateData,
  contentHash,
  endsLinesWithCrlf,
  flagValues,
  mergeEnvAnswers,
  missingRequired,
  modeProblems,
  parseCommandLine,
  readText,
  resolveAnswers,
  withCrlf,
  withDefaults,
  withFileHashes,
  withLf
} from "./chunk-YG7IJ27A.js";
import {
  UserError
} from "./chunk-VGVB2FOY.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-2NOJFG4U.js";

// node_modules/dlv/dist/dlv.js
var require_dlv = __commonJS({
  "node_modules/dlv/dist/dlv.js"(exports, module) {
    module.exports = function(t, e, l, n, o) {
      for (e = e.split ? e.split(".") : e, n = 0; n < e.length; n++) t = t ? t[e[n]] : o;
      return t === o ? l : t;
    };
  }
});

// node_modules/ejs/lib/utils.js
var require_utils = __commonJS({
  "node_modules/ejs/lib/utils.js"(exports) {
    "use strict";
    var regExpChars = /[|\\{}()[\]^$+*?.]/g;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    var hasOwn = function(obj, key) {
      return hasOwnProperty.apply(obj, [key]);
    };
    exports.escapeRegExpChars = function(string) {
      if (!string) {
        return "";
      }
      return String(string).replace(regExpChars, "\\$&");
    };
    var _ENCODE_HTML_RULES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&#34;",
      "'": "&#39;"
    };
    var _MATCH_HTML = /[&<>'"]/g;
    function encode_char(c) {
      return _ENCODE_HTML_RULES[c] || c;
    }
    var escapeFuncStr = `var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
`;
    exports.escapeXML = function(markup) {
      return markup == void 0 ? "" : String(markup).replace(_MATCH_HTML, encode_char);
    };
    function escapeXMLToString() {
      return Function.prototype.toString.call(this) + ";\n" + escapeFuncStr;
    }
    try {
      if (typeof Object.defineProperty === "function") {
        Object.defineProperty(exports.escapeXML, "toString", { value: escapeXMLToString });
      } else {
        exports.escapeXML.toString = escapeXMLToString;
      }
    } catch (err) {
      console.warn("Unable to set escapeXML.toString (is the Function prototype frozen?)");
    }
    exports.shallowCopy = function(to, from) {
      from = from || {};
      if (to !== null && to !== void 0) {
        for (var p in from) {
          if (!hasOwn(from, p)) {
            continue;
          }
          if (p === "__proto__" || p === "constructor") {
            continue;
          }
          to[p] = from[p];
        }
      }
      return to;
    };
    exports.shallowCopyFromList = function(to, from, list) {
      list = list || [];
      from = from || {};
      if (to !== null && to !== void 0) {
        for (var i = 0; i < list.length; i++) {
          var p = list[i];
          if (typeof from[p] != "undefined") {
            if (!hasOwn(from, p)) {
              continue;
            }
            if (p === "__proto__" || p === "constructor") {
              continue;
            }
            to[p] = from[p];
          }
        }
      }
      return to;
    };
    exports.cache = {
      _data: {},
      set: function(key, val) {
        this._data[key] = val;
      },
      get: function(key) {
        return this._data[key];
      },
      remove: function(key) {
        delete this._data[key];
      },
      reset: function() {
        this._data = {};
      }
    };
    exports.hyphenToCamel = function(str) {
      return str.replace(/-[a-z]/g, function(match) {
        return match[1].toUpperCase();
      });
    };
    exports.createNullProtoObjWherePossible = (function() {
      if (typeof Object.create == "function") {
        return function() {
          return /* @__PURE__ */ Object.create(null);
        };
      }
      if (!({ __proto__: null } instanceof Object)) {
        return function() {
          return { __proto__: null };
        };
      }
      return function() {
        return {};
      };
    })();
    exports.hasOwnOnlyObject = function(obj) {
      var o = exports.createNullProtoObjWherePossible();
      for (var p in obj) {
        if (hasOwn(obj, p)) {
          o[p] = obj[p];
        }
      }
      return o;
    };
  }
});

// node_modules/ejs/package.json
var require_package = __commonJS({
  "node_modules/ejs/package.json"(exports, module) {
    module.exports = {
      name: "ejs",
      description: "Embedded JavaScript templates",
      keywords: [
        "template",
        "engine",
        "ejs"
      ],
      version: "3.1.10",
      author: "Matthew Eernisse <mde@fleegix.org> (http://fleegix.org)",
      license: "Apache-2.0",
      bin: {
        ejs: "./bin/cli.js"
      },
      main: "./lib/ejs.js",
      jsdelivr: "ejs.min.js",
      unpkg: "ejs.min.js",
      repository: {
        type: "git",
        url: "git://github.com/mde/ejs.git"
      },
      bugs: "https://github.com/mde/ejs/issues",
      homepage: "https://github.com/mde/ejs",
      dependencies: {
        jake: "^10.8.5"
      },
      devDependencies: {
        browserify: "^16.5.1",
        eslint: "^6.8.0",
        "git-directory-deploy": "^1.5.1",
        jsdoc: "^4.0.2",
        "lru-cache": "^4.0.1",
        mocha: "^10.2.0",
        "uglify-js": "^3.3.16"
      },
      engines: {
        node: ">=0.10.0"
      },
      scripts: {
        test: "npx jake test"
      }
    };
  }
});

// node_modules/ejs/lib/ejs.js
var require_ejs = __commonJS({
  "node_modules/ejs/lib/ejs.js"(exports) {
    "use strict";
    var fs6 = __require("fs");
    var path12 = __require("path");
    var utils = require_utils();
    var scopeOptionWarned = false;
    var _VERSION_STRING = require_package().version;
    var _DEFAULT_OPEN_DELIMITER = "<";
    var _DEFAULT_CLOSE_DELIMITER = ">";
    var _DEFAULT_DELIMITER = "%";
    var _DEFAULT_LOCALS_NAME = "locals";
    var _NAME = "ejs";
    var _REGEX_STRING = "(<%%|%%>|<%=|<%-|<%_|<%#|<%|%>|-%>|_%>)";
    var _OPTS_PASSABLE_WITH_DATA = [
      "delimiter",
      "scope",
      "context",
      "debug",
      "compileDebug",
      "client",
      "_with",
      "rmWhitespace",
      "strict",
      "filename",
      "async"
    ];
    var _OPTS_PASSABLE_WITH_DATA_EXPRESS = _OPTS_PASSABLE_WITH_DATA.concat("cache");
    var _BOM = /^\uFEFF/;
    var _JS_IDENTIFIER = /^[a-zA-Z_$][0-9a-zA-Z_$]*$/;
    exports.cache = utils.cache;
    exports.fileLoader = fs6.readFileSync;
    exports.localsName = _DEFAULT_LOCALS_NAME;
    exports.promiseImpl = new Function("return this;")().Promise;
    exports.resolveInclude = function(name, filename, isDir) {
      var dirname = path12.dirname;
      var extname = path12.extname;
      var resolve = path12.resolve;
      var includePath = resolve(isDir ? filename : dirname(filename), name);
      var ext = extname(name);
      if (!ext) {
        includePath += ".ejs";
      }
      return includePath;
    };
    function resolvePaths(name, paths) {
      var filePath;
      if (paths.some(function(v) {
        filePath = exports.resolveInclude(name, v, true);
        return fs6.existsSync(filePath);
      })) {
        return filePath;
      }
    }
    function getIncludePath(path13, options) {
      var includePath;
      var filePath;
      var views = options.views;
      var match = /^[A-Za-z]+:\\|^\//.exec(path13);
      if (match && match.length) {
        path13 = path13.replace(/^\/*/, "");
        if (Array.isArray(options.root)) {
          includePath = resolvePaths(path13, options.root);
        } else {
          includePath = exports.resolveInclude(path13, options.root || "/", true);
        }
      } else {
        if (options.filename) {
          filePath = exports.resolveInclude(path13, options.filename);
          if (fs6.existsSync(filePath)) {
            includePath = filePath;
          }
        }
        if (!includePath && Array.isArray(views)) {
          includePath = resolvePaths(path13, views);
        }
        if (!includePath && typeof options.includer !== "function") {
          throw new Error('Could not find the include file "' + options.escapeFunction(path13) + '"');
        }
      }
      return includePath;
    }
    function handleCache(options, template) {
      var func;
      var filename = options.filename;
      var hasTemplate = arguments.length > 1;
      if (options.cache) {
        if (!filename) {
          throw new Error("cache option requires a filename");
        }
        func = exports.cache.get(filename);
        if (func) {
          return func;
        }
        if (!hasTemplate) {
          template = fileLoader(filename).toString().replace(_BOM, "");
        }
      } else if (!hasTemplate) {
        if (!filename) {
          throw new Error("Internal EJS error: no file name or template provided");
        }
        template = fileLoader(filename).toString().replace(_BOM, "");
      }
      func = exports.compile(template, options);
      if (options.cache) {
        exports.cache.set(filename, func);
      }
      return func;
    }
    function tryHandleCache(options, data, cb) {
      var result;
      if (!cb) {
        if (typeof exports.promiseImpl == "function") {
          return new exports.promiseImpl(function(resolve, reject) {
            try {
              result = handleCache(options)(data);
              resolve(result);
            } catch (err) {
              reject(err);
            }
          });
        } else {
          throw new Error("Please provide a callback function");
        }
      } else {
        try {
          result = handleCache(options)(data);
        } catch (err) {
          return cb(err);
        }
        cb(null, result);
      }
    }
    function fileLoader(filePath) {
      return exports.fileLoader(filePath);
    }
    function includeFile(path13, options) {
      var opts = utils.shallowCopy(utils.createNullProtoObjWherePossible(), options);
      opts.filename = getIncludePath(path13, opts);
      if (typeof options.includer === "function") {
        var includerResult = options.includer(path13, opts.filename);
        if (includerResult) {
          if (includerResult.filename) {
            opts.filename = includerResult.filename;
          }
          if (includerResult.template) {
            return handleCache(opts, includerResult.template);
          }
        }
      }
      return handleCache(opts);
    }
    function rethrow(err, str, flnm, lineno, esc) {
      var lines = str.split("\n");
      var start = Math.max(lineno - 3, 0);
      var end = Math.min(lines.length, lineno + 3);
      var filename = esc(flnm);
      var context = lines.slice(start, end).map(function(line, i) {
        var curr = i + start + 1;
        return (curr == lineno ? " >> " : "    ") + curr + "| " + line;
      }).join("\n");
      err.path = filename;
      err.message = (filename || "ejs") + ":" + lineno + "\n" + context + "\n\n" + err.message;
      throw err;
    }
    function stripSemi(str) {
      return str.replace(/;(\s*$)/, "$1");
    }
    exports.compile = function compile(template, opts) {
      var templ;
      if (opts && opts.scope) {
        if (!scopeOptionWarned) {
          console.warn("`scope` option is deprecated and will be removed in EJS 3");
          scopeOptionWarned = true;
        }
        if (!opts.context) {
          opts.context = opts.scope;
        }
        delete opts.scope;
      }
      templ = new Template(template, opts);
      return templ.compile();
    };
    exports.render = function(template, d, o) {
      var data = d || utils.createNullProtoObjWherePossible();
      var opts = o || utils.createNullProtoObjWherePossible();
      if (arguments.length == 2) {
        utils.shallowCopyFromList(opts, data, _OPTS_PASSABLE_WITH_DATA);
      }
      return handleCache(opts, template)(data);
    };
    exports.renderFile = function() {
      var args = Array.prototype.slice.call(arguments);
      var filename = args.shift();
      var cb;
      var opts = { filename };
      var data;
      var viewOpts;
      if (typeof arguments[arguments.length - 1] == "function") {
        cb = args.pop();
      }
      if (args.length) {
        data = args.shift();
        if (args.length) {
          utils.shallowCopy(opts, args.pop());
        } else {
          if (data.settings) {
            if (data.settings.views) {
              opts.views = data.settings.views;
            }
            if (data.settings["view cache"]) {
              opts.cache = true;
            }
            viewOpts = data.settings["view options"];
            if (viewOpts) {
              utils.shallowCopy(opts, viewOpts);
            }
          }
          utils.shallowCopyFromList(opts, data, _OPTS_PASSABLE_WITH_DATA_EXPRESS);
        }
        opts.filename = filename;
      } else {
        data = utils.createNullProtoObjWherePossible();
      }
      return tryHandleCache(opts, data, cb);
    };
    exports.Template = Template;
    exports.clearCache = function() {
      exports.cache.reset();
    };
    function Template(text, optsParam) {
      var opts = utils.hasOwnOnlyObject(optsParam);
      var options = utils.createNullProtoObjWherePossible();
      this.templateText = text;
      this.mode = null;
      this.truncate = false;
      this.currentLine = 1;
      this.source = "";
      options.client = opts.client || false;
      options.escapeFunction = opts.escape || opts.escapeFunction || utils.escapeXML;
      options.compileDebug = opts.compileDebug !== false;
      options.debug = !!opts.debug;
      options.filename = opts.filename;
      options.openDelimiter = opts.openDelimiter || exports.openDelimiter || _DEFAULT_OPEN_DELIMITER;
      options.closeDelimiter = opts.closeDelimiter || exports.closeDelimiter || _DEFAULT_CLOSE_DELIMITER;
      options.delimiter = opts.delimiter || exports.delimiter || _DEFAULT_DELIMITER;
      options.strict = opts.strict || false;
      options.context = opts.context;
      options.cache = opts.cache || false;
      options.rmWhitespace = opts.rmWhitespace;
      options.root = opts.root;
      options.includer = opts.includer;
      options.outputFunctionName = opts.outputFunctionName;
      options.localsName = opts.localsName || exports.localsName || _DEFAULT_LOCALS_NAME;
      options.views = opts.views;
      options.async = opts.async;
      options.destructuredLocals = opts.destructuredLocals;
      options.legacyInclude = typeof opts.legacyInclude != "undefined" ? !!opts.legacyInclude : true;
      if (options.strict) {
        options._with = false;
      } else {
        options._with = typeof opts._with != "undefined" ? opts._with : true;
      }
      this.opts = options;
      this.regex = this.createRegex();
    }
    Template.modes = {
      EVAL: "eval",
      ESCAPED: "escaped",
      RAW: "raw",
      COMMENT: "comment",
      LITERAL: "literal"
    };
    Template.prototype = {
      createRegex: function() {
        var str = _REGEX_STRING;
        var delim = utils.escapeRegExpChars(this.opts.delimiter);
        var open = utils.escapeRegExpChars(this.opts.openDelimiter);
        var close = utils.escapeRegExpChars(this.opts.closeDelimiter);
        str = str.replace(/%/g, delim).replace(/</g, open).replace(/>/g, close);
        return new RegExp(str);
      },
      compile: function() {
        var src;
        var fn;
        var opts = this.opts;
        var prepended = "";
        var appended = "";
        var escapeFn = opts.escapeFunction;
        var ctor;
        var sanitizedFilename = opts.filename ? JSON.stringify(opts.filename) : "undefined";
        if (!this.source) {
          this.generateSource();
          prepended += '  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n';
          if (opts.outputFunctionName) {
            if (!_JS_IDENTIFIER.test(opts.outputFunctionName)) {
              throw new Error("outputFunctionName is not a valid JS identifier.");
            }
            prepended += "  var " + opts.outputFunctionName + " = __append;\n";
          }
          if (opts.localsName && !_JS_IDENTIFIER.test(opts.localsName)) {
            throw new Error("localsName is not a valid JS identifier.");
          }
          if (opts.destructuredLocals && opts.destructuredLocals.length) {
            var destructuring = "  var __locals = (" + opts.localsName + " || {}),\n";
            for (var i = 0; i < opts.destructuredLocals.length; i++) {
              var name = opts.destructuredLocals[i];
              if (!_JS_IDENTIFIER.test(name)) {
                throw new Error("destructuredLocals[" + i + "] is not a valid JS identifier.");
              }
              if (i > 0) {
                destructuring += ",\n  ";
              }
              destructuring += name + " = __locals." + name;
            }
            prepended += destructuring + ";\n";
          }
          if (opts._with !== false) {
            prepended += "  with (" + opts.localsName + " || {}) {\n";
            appended += "  }\n";
          }
          appended += "  return __output;\n";
          this.source = prepended + this.source + appended;
        }
        if (opts.compileDebug) {
          src = "var __line = 1\n  , __lines = " + JSON.stringify(this.templateText) + "\n  , __filename = " + sanitizedFilename + ";\ntry {\n" + this.source + "} catch (e) {\n  rethrow(e, __lines, __filename, __line, escapeFn);\n}\n";
        } else {
          src = this.source;
        }
        if (opts.client) {
          src = "escapeFn = escapeFn || " + escapeFn.toString() + ";\n" + src;
          if (opts.compileDebug) {
            src = "rethrow = rethrow || " + rethrow.toString() + ";\n" + src;
          }
        }
        if (opts.strict) {
          src = '"use strict";\n' + src;
        }
        if (opts.debug) {
          console.log(src);
        }
        if (opts.compileDebug && opts.filename) {
          src = src + "\n//# sourceURL=" + sanitizedFilename + "\n";
        }
        try {
          if (opts.async) {
            try {
              ctor = new Function("return (async function(){}).constructor;")();
            } catch (e) {
              if (e instanceof SyntaxError) {
                throw new Error("This environment does not support async/await");
              } else {
                throw e;
              }
            }
          } else {
            ctor = Function;
          }
          fn = new ctor(opts.localsName + ", escapeFn, include, rethrow", src);
        } catch (e) {
          if (e instanceof SyntaxError) {
            if (opts.filename) {
              e.message += " in " + opts.filename;
            }
            e.message += " while compiling ejs\n\n";
            e.message += "If the above error is not helpful, you may want to try EJS-Lint:\n";
            e.message += "https://github.com/RyanZim/EJS-Lint";
            if (!opts.async) {
              e.message += "\n";
              e.message += "Or, if you meant to create an async function, pass `async: true` as an option.";
            }
          }
          throw e;
        }
        var returnedFn = opts.client ? fn : function anonymous(data) {
          var include = function(path13, includeData) {
            var d = utils.shallowCopy(utils.createNullProtoObjWherePossible(), data);
            if (includeData) {
              d = utils.shallowCopy(d, includeData);
            }
            return includeFile(path13, opts)(d);
          };
          return fn.apply(
            opts.context,
            [data || utils.createNullProtoObjWherePossible(), escapeFn, include, rethrow]
          );
        };
        if (opts.filename && typeof Object.defineProperty === "function") {
          var filename = opts.filename;
          var basename = path12.basename(filename, path12.extname(filename));
          try {
            Object.defineProperty(returnedFn, "name", {
              value: basename,
              writable: false,
              enumerable: false,
              configurable: true
            });
          } catch (e) {
          }
        }
        return returnedFn;
      },
      generateSource: function() {
        var opts = this.opts;
        if (opts.rmWhitespace) {
          this.templateText = this.templateText.replace(/[\r\n]+/g, "\n").replace(/^\s+|\s+$/gm, "");
        }
        this.templateText = this.templateText.replace(/[ \t]*<%_/gm, "<%_").replace(/_%>[ \t]*/gm, "_%>");
        var self = this;
        var matches = this.parseTemplateText();
        var d = this.opts.delimiter;
        var o = this.opts.openDelimiter;
        var c = this.opts.closeDelimiter;
        if (matches && matches.length) {
          matches.forEach(function(line, index) {
            var closing;
            if (line.indexOf(o + d) === 0 && line.indexOf(o + d + d) !== 0) {
              closing = matches[index + 2];
              if (!(closing == d + c || closing == "-" + d + c || closing == "_" + d + c)) {
                throw new Error('Could not find matching close tag for "' + line + '".');
              }
            }
            self.scanLine(line);
          });
        }
      },
      parseTemplateText: function() {
        var str = this.templateText;
        var pat = this.regex;
        var result = pat.exec(str);
        var arr = [];
        var firstPos;
        while (result) {
          firstPos = result.index;
          if (firstPos !== 0) {
            arr.push(str.substring(0, firstPos));
            str = str.slice(firstPos);
          }
          arr.push(result[0]);
          str = str.slice(result[0].length);
          result = pat.exec(str);
        }
        if (str) {
          arr.push(str);
        }
        return arr;
      },
      _addOutput: function(line) {
        if (this.truncate) {
          line = line.replace(/^(?:\r\n|\r|\n)/, "");
          this.truncate = false;
        }
        if (!line) {
          return line;
        }
        line = line.replace(/\\/g, "\\\\");
        line = line.replace(/\n/g, "\\n");
        line = line.replace(/\r/g, "\\r");
        line = line.replace(/"/g, '\\"');
        this.source += '    ; __append("' + line + '")\n';
      },
      scanLine: function(line) {
        var self = this;
        var d = this.opts.delimiter;
        var o = this.opts.openDelimiter;
        var c = this.opts.closeDelimiter;
        var newLineCount = 0;
        newLineCount = line.split("\n").length - 1;
        switch (line) {
          case o + d:
          case o + d + "_":
            this.mode = Template.modes.EVAL;
            break;
          case o + d + "=":
            this.mode = Template.modes.ESCAPED;
            break;
          case o + d + "-":
            this.mode = Template.modes.RAW;
            break;
          case o + d + "#":
            this.mode = Template.modes.COMMENT;
            break;
          case o + d + d:
            this.mode = Template.modes.LITERAL;
            this.source += '    ; __append("' + line.replace(o + d + d, o + d) + '")\n';
            break;
          case d + d + c:
            this.mode = Template.modes.LITERAL;
            this.source += '    ; __append("' + line.replace(d + d + c, d + c) + '")\n';
            break;
          case d + c:
          case "-" + d + c:
          case "_" + d + c:
            if (this.mode == Template.modes.LITERAL) {
              this._addOutput(line);
            }
            this.mode = null;
            this.truncate = line.indexOf("-") === 0 || line.indexOf("_") === 0;
            break;
          default:
            if (this.mode) {
              switch (this.mode) {
                case Template.modes.EVAL:
                case Template.modes.ESCAPED:
                case Template.modes.RAW:
                  if (line.lastIndexOf("//") > line.lastIndexOf("\n")) {
                    line += "\n";
                  }
              }
              switch (this.mode) {
                // Just executing code
                case Template.modes.EVAL:
                  this.source += "    ; " + line + "\n";
                  break;
                // Exec, esc, and output
                case Template.modes.ESCAPED:
                  this.source += "    ; __append(escapeFn(" + stripSemi(line) + "))\n";
                  break;
                // Exec and output
                case Template.modes.RAW:
                  this.source += "    ; __append(" + stripSemi(line) + ")\n";
                  break;
                case Template.modes.COMMENT:
                  break;
                // Literal <%% mode, append as raw output
                case Template.modes.LITERAL:
                  this._addOutput(line);
                  break;
              }
            } else {
              this._addOutput(line);
            }
        }
        if (self.opts.compileDebug && newLineCount) {
          this.currentLine += newLineCount;
          this.source += "    ; __line = " + this.currentLine + "\n";
        }
      }
    };
    exports.escapeXML = utils.escapeXML;
    exports.__express = exports.renderFile;
    exports.VERSION = _VERSION_STRING;
    exports.name = _NAME;
    if (typeof window != "undefined") {
      window.ejs = exports;
    }
  }
});

// node_modules/universalify/index.js
var require_universalify = __commonJS({
  "node_modules/universalify/index.js"(exports) {
    "use strict";
    exports.fromCallback = function(fn) {
      return Object.defineProperty(function(...args) {
        if (typeof args[args.length - 1] === "function") fn.apply(this, args);
        else {
          return new Promise((resolve, reject) => {
            args.push((err, res) => err != null ? reject(err) : resolve(res));
            fn.apply(this, args);
          });
        }
      }, "name", { value: fn.name });
    };
    exports.fromPromise = function(fn) {
      return Object.defineProperty(function(...args) {
        const cb = args[args.length - 1];
        if (typeof cb !== "function") return fn.apply(this, args);
        else {
          args.pop();
          fn.apply(this, args).then((r) => cb(null, r), cb);
        }
      }, "name", { value: fn.name });
    };
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants2 = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module.exports = patch;
    function patch(fs6) {
      if (constants2.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs6);
      }
      if (!fs6.lutimes) {
        patchLutimes(fs6);
      }
      fs6.chown = chownFix(fs6.chown);
      fs6.fchown = chownFix(fs6.fchown);
      fs6.lchown = chownFix(fs6.lchown);
      fs6.chmod = chmodFix(fs6.chmod);
      fs6.fchmod = chmodFix(fs6.fchmod);
      fs6.lchmod = chmodFix(fs6.lchmod);
      fs6.chownSync = chownFixSync(fs6.chownSync);
      fs6.fchownSync = chownFixSync(fs6.fchownSync);
      fs6.lchownSync = chownFixSync(fs6.lchownSync);
      fs6.chmodSync = chmodFixSync(fs6.chmodSync);
      fs6.fchmodSync = chmodFixSync(fs6.fchmodSync);
      fs6.lchmodSync = chmodFixSync(fs6.lchmodSync);
      fs6.stat = statFix(fs6.stat);
      fs6.fstat = statFix(fs6.fstat);
      fs6.lstat = statFix(fs6.lstat);
      fs6.statSync = statFixSync(fs6.statSync);
      fs6.fstatSync = statFixSync(fs6.fstatSync);
      fs6.lstatSync = statFixSync(fs6.lstatSync);
      if (fs6.chmod && !fs6.lchmod) {
        fs6.lchmod = function(path12, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs6.lchmodSync = function() {
        };
      }
      if (fs6.chown && !fs6.lchown) {
        fs6.lchown = function(path12, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs6.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs6.rename = typeof fs6.rename !== "function" ? fs6.rename : (function(fs$rename) {
          function rename(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs6.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
          return rename;
        })(fs6.rename);
      }
      fs6.read = typeof fs6.read !== "function" ? fs6.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs6, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs6, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs6.read);
      fs6.readSync = typeof fs6.readSync !== "function" ? fs6.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs6, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs6.readSync);
      function patchLchmod(fs7) {
        fs7.lchmod = function(path12, mode, callback) {
          fs7.open(
            path12,
            constants2.O_WRONLY | constants2.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs7.fchmod(fd, mode, function(err2) {
                fs7.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs7.lchmodSync = function(path12, mode) {
          var fd = fs7.openSync(path12, constants2.O_WRONLY | constants2.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs7.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs7.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs7.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs7) {
        if (constants2.hasOwnProperty("O_SYMLINK") && fs7.futimes) {
          fs7.lutimes = function(path12, at, mt, cb) {
            fs7.open(path12, constants2.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs7.futimes(fd, at, mt, function(er2) {
                fs7.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs7.lutimesSync = function(path12, at, mt) {
            var fd = fs7.openSync(path12, constants2.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs7.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs7.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs7.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs7.futimes) {
          fs7.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs7.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs6, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs6, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs6, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs6, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs6, target, options, callback) : orig.call(fs6, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs6, target, options) : orig.call(fs6, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs6) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path12, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path12, options);
        Stream.call(this);
        var self = this;
        this.path = path12;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs6.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      function WriteStream(path12, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path12, options);
        Stream.call(this);
        this.path = path12;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs6.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs6 = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue");
      previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs6[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs6, queue);
      fs6.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs6, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs6.close);
      fs6.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs6, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs6.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs6[gracefulQueue]);
          __require("assert").equal(fs6[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs6[gracefulQueue]);
    }
    module.exports = patch(clone(fs6));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs6.__patched) {
      module.exports = patch(fs6);
      fs6.__patched = true;
    }
    function patch(fs7) {
      polyfills(fs7);
      fs7.gracefulify = patch;
      fs7.createReadStream = createReadStream;
      fs7.createWriteStream = createWriteStream;
      var fs$readFile = fs7.readFile;
      fs7.readFile = readFile2;
      function readFile2(path12, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path12, options, cb);
        function go$readFile(path13, options2, cb2, startTime) {
          return fs$readFile(path13, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path13, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs7.writeFile;
      fs7.writeFile = writeFile2;
      function writeFile2(path12, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path12, data, options, cb);
        function go$writeFile(path13, data2, options2, cb2, startTime) {
          return fs$writeFile(path13, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path13, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs7.appendFile;
      if (fs$appendFile)
        fs7.appendFile = appendFile;
      function appendFile(path12, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path12, data, options, cb);
        function go$appendFile(path13, data2, options2, cb2, startTime) {
          return fs$appendFile(path13, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path13, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs7.copyFile;
      if (fs$copyFile)
        fs7.copyFile = copyFile;
      function copyFile(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs7.readdir;
      fs7.readdir = readdir2;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir2(path12, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path13, options2, cb2, startTime) {
          return fs$readdir(path13, fs$readdirCallback(
            path13,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path13, options2, cb2, startTime) {
          return fs$readdir(path13, options2, fs$readdirCallback(
            path13,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path12, options, cb);
        function fs$readdirCallback(path13, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path13, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs7);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs7.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs7.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs7, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs7, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs7, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs7, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path12, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path12, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path12, options) {
        return new fs7.ReadStream(path12, options);
      }
      function createWriteStream(path12, options) {
        return new fs7.WriteStream(path12, options);
      }
      var fs$open = fs7.open;
      fs7.open = open;
      function open(path12, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path12, flags, mode, cb);
        function go$open(path13, flags2, mode2, cb2, startTime) {
          return fs$open(path13, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path13, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs7;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs6[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs6[gracefulQueue].length; ++i) {
        if (fs6[gracefulQueue][i].length > 2) {
          fs6[gracefulQueue][i][3] = now;
          fs6[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs6[gracefulQueue].length === 0)
        return;
      var elem = fs6[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs6[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/fs-extra/lib/fs/index.js
var require_fs = __commonJS({
  "node_modules/fs-extra/lib/fs/index.js"(exports) {
    "use strict";
    var u = require_universalify().fromCallback;
    var fs6 = require_graceful_fs();
    var api = [
      "access",
      "appendFile",
      "chmod",
      "chown",
      "close",
      "copyFile",
      "cp",
      "fchmod",
      "fchown",
      "fdatasync",
      "fstat",
      "fsync",
      "ftruncate",
      "futimes",
      "glob",
      "lchmod",
      "lchown",
      "lutimes",
      "link",
      "lstat",
      "mkdir",
      "mkdtemp",
      "open",
      "opendir",
      "readdir",
      "readFile",
      "readlink",
      "realpath",
      "rename",
      "rm",
      "rmdir",
      "stat",
      "statfs",
      "symlink",
      "truncate",
      "unlink",
      "utimes",
      "writeFile"
    ].filter((key) => {
      return typeof fs6[key] === "function";
    });
    Object.assign(exports, fs6);
    api.forEach((method) => {
      exports[method] = u(fs6[method]);
    });
    exports.exists = function(filename, callback) {
      if (typeof callback === "function") {
        return fs6.exists(filename, callback);
      }
      return new Promise((resolve) => {
        return fs6.exists(filename, resolve);
      });
    };
    exports.read = function(fd, buffer, offset, length, position, callback) {
      if (typeof callback === "function") {
        return fs6.read(fd, buffer, offset, length, position, callback);
      }
      return new Promise((resolve, reject) => {
        fs6.read(fd, buffer, offset, length, position, (err, bytesRead, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffer: buffer2 });
        });
      });
    };
    exports.write = function(fd, buffer, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs6.write(fd, buffer, ...args);
      }
      return new Promise((resolve, reject) => {
        fs6.write(fd, buffer, ...args, (err, bytesWritten, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffer: buffer2 });
        });
      });
    };
    exports.readv = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs6.readv(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs6.readv(fd, buffers, ...args, (err, bytesRead, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffers: buffers2 });
        });
      });
    };
    exports.writev = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs6.writev(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs6.writev(fd, buffers, ...args, (err, bytesWritten, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffers: buffers2 });
        });
      });
    };
    if (typeof fs6.realpath.native === "function") {
      exports.realpath.native = u(fs6.realpath.native);
    } else {
      process.emitWarning(
        "fs.realpath.native is not a function. Is fs being monkey-patched?",
        "Warning",
        "fs-extra-WARN0003"
      );
    }
  }
});

// node_modules/fs-extra/lib/mkdirs/utils.js
var require_utils2 = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports, module) {
    "use strict";
    var path12 = __require("path");
    module.exports.checkPath = function checkPath(pth) {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path12.parse(pth).root, ""));
        if (pathHasInvalidWinCharacters) {
          const error = new Error(`Path contains invalid characters: ${pth}`);
          error.code = "EINVAL";
          throw error;
        }
      }
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/make-dir.js
var require_make_dir = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/make-dir.js"(exports, module) {
    "use strict";
    var fs6 = require_fs();
    var { checkPath } = require_utils2();
    var getMode = (options) => {
      const defaults = { mode: 511 };
      if (typeof options === "number") return options;
      return { ...defaults, ...options }.mode;
    };
    module.exports.makeDir = async (dir, options) => {
      checkPath(dir);
      return fs6.mkdir(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
    module.exports.makeDirSync = (dir, options) => {
      checkPath(dir);
      return fs6.mkdirSync(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/index.js
var require_mkdirs = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var { makeDir: _makeDir, makeDirSync } = require_make_dir();
    var makeDir2 = u(_makeDir);
    module.exports = {
      mkdirs: makeDir2,
      mkdirsSync: makeDirSync,
      // alias
      mkdirp: makeDir2,
      mkdirpSync: makeDirSync,
      ensureDir: makeDir2,
      ensureDirSync: makeDirSync
    };
  }
});

// node_modules/fs-extra/lib/path-exists/index.js
var require_path_exists = __commonJS({
  "node_modules/fs-extra/lib/path-exists/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs6 = require_fs();
    function pathExists(path12) {
      return fs6.access(path12).then(() => true).catch(() => false);
    }
    module.exports = {
      pathExists: u(pathExists),
      pathExistsSync: fs6.existsSync
    };
  }
});

// node_modules/fs-extra/lib/util/utimes.js
var require_utimes = __commonJS({
  "node_modules/fs-extra/lib/util/utimes.js"(exports, module) {
    "use strict";
    var fs6 = require_fs();
    var u = require_universalify().fromPromise;
    async function utimesMillis(path12, atime, mtime) {
      const fd = await fs6.open(path12, "r+");
      let error = null;
      try {
        await fs6.futimes(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          await fs6.close(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    function utimesMillisSync(path12, atime, mtime) {
      const fd = fs6.openSync(path12, "r+");
      let error = null;
      try {
        fs6.futimesSync(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          fs6.closeSync(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    module.exports = {
      utimesMillis: u(utimesMillis),
      utimesMillisSync
    };
  }
});

// node_modules/fs-extra/lib/util/stat.js
var require_stat = __commonJS({
  "node_modules/fs-extra/lib/util/stat.js"(exports, module) {
    "use strict";
    var fs6 = require_fs();
    var path12 = __require("path");
    var u = require_universalify().fromPromise;
    function getStats(src, dest, opts) {
      const statFunc = opts.dereference ? (file) => fs6.stat(file, { bigint: true }) : (file) => fs6.lstat(file, { bigint: true });
      return Promise.all([
        statFunc(src),
        statFunc(dest).catch((err) => {
          if (err.code === "ENOENT") return null;
          throw err;
        })
      ]).then(([srcStat, destStat]) => ({ srcStat, destStat }));
    }
    function getStatsSync(src, dest, opts) {
      let destStat;
      const statFunc = opts.dereference ? (file) => fs6.statSync(file, { bigint: true }) : (file) => fs6.lstatSync(file, { bigint: true });
      const srcStat = statFunc(src);
      try {
        destStat = statFunc(dest);
      } catch (err) {
        if (err.code === "ENOENT") return { srcStat, destStat: null };
        throw err;
      }
      return { srcStat, destStat };
    }
    async function checkPaths(src, dest, funcName, opts) {
      const { srcStat, destStat } = await getStats(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path12.basename(src);
          const destBaseName = path12.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && isCosmeticRename(srcBaseName, destBaseName)) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function checkPathsSync(src, dest, funcName, opts) {
      const { srcStat, destStat } = getStatsSync(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path12.basename(src);
          const destBaseName = path12.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && isCosmeticRename(srcBaseName, destBaseName)) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function isCosmeticRename(srcBaseName, destBaseName) {
      return srcBaseName.toLowerCase().normalize("NFC") === destBaseName.toLowerCase().normalize("NFC");
    }
    async function checkParentPaths(src, srcStat, dest, funcName) {
      const srcParent = path12.resolve(path12.dirname(src));
      const destParent = path12.resolve(path12.dirname(dest));
      if (destParent === srcParent || destParent === path12.parse(destParent).root) return;
      let destStat;
      try {
        destStat = await fs6.stat(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return checkParentPaths(src, srcStat, destParent, funcName);
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPaths(src, srcStat, destParent, funcName);
    }
    function checkParentPathsSync(src, srcStat, dest, funcName) {
      const srcParent = path12.resolve(path12.dirname(src));
      const destParent = path12.resolve(path12.dirname(dest));
      if (destParent === srcParent || destParent === path12.parse(destParent).root) return;
      let destStat;
      try {
        destStat = fs6.statSync(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return checkParentPathsSync(src, srcStat, destParent, funcName);
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPathsSync(src, srcStat, destParent, funcName);
    }
    function areIdentical(srcStat, destStat) {
      return destStat.ino !== void 0 && destStat.dev !== void 0 && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
    }
    function isSrcSubdir(src, dest) {
      const srcArr = path12.resolve(src).split(path12.sep).filter((i) => i);
      const destArr = path12.resolve(dest).split(path12.sep).filter((i) => i);
      return srcArr.every((cur, i) => destArr[i] === cur);
    }
    function errMsg(src, dest, funcName) {
      return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`;
    }
    module.exports = {
      // checkPaths
      checkPaths: u(checkPaths),
      checkPathsSync,
      // checkParent
      checkParentPaths: u(checkParentPaths),
      checkParentPathsSync,
      // Misc
      isSrcSubdir,
      areIdentical
    };
  }
});

// node_modules/fs-extra/lib/util/async.js
var require_async = __commonJS({
  "node_modules/fs-extra/lib/util/async.js"(exports, module) {
    "use strict";
    async function asyncIteratorConcurrentProcess(iterator, fn) {
      const promises = [];
      for await (const item of iterator) {
        promises.push(
          fn(item).then(
            () => null,
            (err) => err ?? new Error("unknown error")
          )
        );
      }
      await Promise.all(
        promises.map(
          (promise) => promise.then((possibleErr) => {
            if (possibleErr !== null) throw possibleErr;
          })
        )
      );
    }
    module.exports = {
      asyncIteratorConcurrentProcess
    };
  }
});

// node_modules/fs-extra/lib/copy/copy.js
var require_copy = __commonJS({
  "node_modules/fs-extra/lib/copy/copy.js"(exports, module) {
    "use strict";
    var fs6 = require_fs();
    var path12 = __require("path");
    var { mkdirs } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { utimesMillis } = require_utimes();
    var stat2 = require_stat();
    var { asyncIteratorConcurrentProcess } = require_async();
    async function copy(src, dest, opts = {}) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0001"
        );
      }
      const { srcStat, destStat } = await stat2.checkPaths(src, dest, "copy", opts);
      await stat2.checkParentPaths(src, srcStat, dest, "copy");
      const include = await runFilter(src, dest, opts);
      if (!include) return;
      const destParent = path12.dirname(dest);
      const dirExists = await pathExists(destParent);
      if (!dirExists) {
        await mkdirs(destParent);
      }
      await getStatsAndPerformCopy(destStat, src, dest, opts);
    }
    async function runFilter(src, dest, opts) {
      if (!opts.filter) return true;
      return opts.filter(src, dest);
    }
    async function getStatsAndPerformCopy(destStat, src, dest, opts) {
      const statFn = opts.dereference ? fs6.stat : fs6.lstat;
      const srcStat = await statFn(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    async function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      if (opts.overwrite) {
        await fs6.unlink(dest);
        return copyFile(srcStat, src, dest, opts);
      }
      if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    async function copyFile(srcStat, src, dest, opts) {
      await fs6.copyFile(src, dest);
      if (opts.preserveTimestamps) {
        if (fileIsNotWritable(srcStat.mode)) {
          await makeFileWritable(dest, srcStat.mode);
        }
        const updatedSrcStat = await fs6.stat(src);
        await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
      }
      return fs6.chmod(dest, srcStat.mode);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return fs6.chmod(dest, srcMode | 128);
    }
    async function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) {
        await fs6.mkdir(dest);
      }
      await asyncIteratorConcurrentProcess(await fs6.opendir(src), async (item) => {
        const srcItem = path12.join(src, item.name);
        const destItem = path12.join(dest, item.name);
        const include = await runFilter(srcItem, destItem, opts);
        if (include) {
          const { destStat: destStat2 } = await stat2.checkPaths(srcItem, destItem, "copy", opts);
          await getStatsAndPerformCopy(destStat2, srcItem, destItem, opts);
        }
      });
      if (!destStat) {
        await fs6.chmod(dest, srcStat.mode);
      }
    }
    async function onLink(destStat, src, dest, opts) {
      let resolvedSrc = await fs6.readlink(src);
      if (opts.dereference) {
        resolvedSrc = path12.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs6.symlink(resolvedSrc, dest);
      }
      let resolvedDest = null;
      try {
        resolvedDest = await fs6.readlink(dest);
      } catch (e) {
        if (e.code === "EINVAL" || e.code === "UNKNOWN") return fs6.symlink(resolvedSrc, dest);
        throw e;
      }
      if (opts.dereference) {
        resolvedDest = path12.resolve(process.cwd(), resolvedDest);
      }
      if (resolvedSrc !== resolvedDest) {
        if (stat2.isSrcSubdir(resolvedSrc, resolvedDest)) {
          throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
        }
        if (stat2.isSrcSubdir(resolvedDest, resolvedSrc)) {
          throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
        }
      }
      await fs6.unlink(dest);
      return fs6.symlink(resolvedSrc, dest);
    }
    module.exports = copy;
  }
});

// node_modules/fs-extra/lib/copy/copy-sync.js
var require_copy_sync = __commonJS({
  "node_modules/fs-extra/lib/copy/copy-sync.js"(exports, module) {
    "use strict";
    var fs6 = require_graceful_fs();
    var path12 = __require("path");
    var mkdirsSync = require_mkdirs().mkdirsSync;
    var utimesMillisSync = require_utimes().utimesMillisSync;
    var stat2 = require_stat();
    function copySync(src, dest, opts) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts = opts || {};
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0002"
        );
      }
      const { srcStat, destStat } = stat2.checkPathsSync(src, dest, "copy", opts);
      stat2.checkParentPathsSync(src, srcStat, dest, "copy");
      if (opts.filter && !opts.filter(src, dest)) return;
      const destParent = path12.dirname(dest);
      if (!fs6.existsSync(destParent)) mkdirsSync(destParent);
      return getStats(destStat, src, dest, opts);
    }
    function getStats(destStat, src, dest, opts) {
      const statSync = opts.dereference ? fs6.statSync : fs6.lstatSync;
      const srcStat = statSync(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      else if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      else if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      else if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      return mayCopyFile(srcStat, src, dest, opts);
    }
    function mayCopyFile(srcStat, src, dest, opts) {
      if (opts.overwrite) {
        fs6.unlinkSync(dest);
        return copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    function copyFile(srcStat, src, dest, opts) {
      fs6.copyFileSync(src, dest);
      if (opts.preserveTimestamps) handleTimestamps(srcStat.mode, src, dest);
      return setDestMode(dest, srcStat.mode);
    }
    function handleTimestamps(srcMode, src, dest) {
      if (fileIsNotWritable(srcMode)) makeFileWritable(dest, srcMode);
      return setDestTimestamps(src, dest);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return setDestMode(dest, srcMode | 128);
    }
    function setDestMode(dest, srcMode) {
      return fs6.chmodSync(dest, srcMode);
    }
    function setDestTimestamps(src, dest) {
      const updatedSrcStat = fs6.statSync(src);
      return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
    }
    function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
      return copyDir(src, dest, opts);
    }
    function mkDirAndCopy(srcMode, src, dest, opts) {
      fs6.mkdirSync(dest);
      copyDir(src, dest, opts);
      return setDestMode(dest, srcMode);
    }
    function copyDir(src, dest, opts) {
      const dir = fs6.opendirSync(src);
      try {
        let dirent;
        while ((dirent = dir.readSync()) !== null) {
          copyDirItem(dirent.name, src, dest, opts);
        }
      } finally {
        dir.closeSync();
      }
    }
    function copyDirItem(item, src, dest, opts) {
      const srcItem = path12.join(src, item);
      const destItem = path12.join(dest, item);
      if (opts.filter && !opts.filter(srcItem, destItem)) return;
      const { destStat } = stat2.checkPathsSync(srcItem, destItem, "copy", opts);
      return getStats(destStat, srcItem, destItem, opts);
    }
    function onLink(destStat, src, dest, opts) {
      let resolvedSrc = fs6.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path12.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs6.symlinkSync(resolvedSrc, dest);
      } else {
        let resolvedDest;
        try {
          resolvedDest = fs6.readlinkSync(dest);
        } catch (err) {
          if (err.code === "EINVAL" || err.code === "UNKNOWN") return fs6.symlinkSync(resolvedSrc, dest);
          throw err;
        }
        if (opts.dereference) {
          resolvedDest = path12.resolve(process.cwd(), resolvedDest);
        }
        if (resolvedSrc !== resolvedDest) {
          if (stat2.isSrcSubdir(resolvedSrc, resolvedDest)) {
            throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
          }
          if (stat2.isSrcSubdir(resolvedDest, resolvedSrc)) {
            throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
          }
        }
        return copyLink(resolvedSrc, dest);
      }
    }
    function copyLink(resolvedSrc, dest) {
      fs6.unlinkSync(dest);
      return fs6.symlinkSync(resolvedSrc, dest);
    }
    module.exports = copySync;
  }
});

// node_modules/fs-extra/lib/copy/index.js
var require_copy2 = __commonJS({
  "node_modules/fs-extra/lib/copy/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      copy: u(require_copy()),
      copySync: require_copy_sync()
    };
  }
});

// node_modules/fs-extra/lib/remove/index.js
var require_remove = __commonJS({
  "node_modules/fs-extra/lib/remove/index.js"(exports, module) {
    "use strict";
    var fs6 = require_graceful_fs();
    var u = require_universalify().fromCallback;
    function remove(path12, callback) {
      fs6.rm(path12, { recursive: true, force: true }, callback);
    }
    function removeSync(path12) {
      fs6.rmSync(path12, { recursive: true, force: true });
    }
    module.exports = {
      remove: u(remove),
      removeSync
    };
  }
});

// node_modules/fs-extra/lib/empty/index.js
var require_empty = __commonJS({
  "node_modules/fs-extra/lib/empty/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs6 = require_fs();
    var path12 = __require("path");
    var mkdir = require_mkdirs();
    var remove = require_remove();
    var emptyDir = u(async function emptyDir2(dir) {
      let items;
      try {
        items = await fs6.readdir(dir);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
        return mkdir.mkdirs(dir);
      }
      return Promise.all(items.map((item) => remove.remove(path12.join(dir, item))));
    });
    function emptyDirSync(dir) {
      let items;
      try {
        items = fs6.readdirSync(dir);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
        return mkdir.mkdirsSync(dir);
      }
      items.forEach((item) => {
        item = path12.join(dir, item);
        remove.removeSync(item);
      });
    }
    module.exports = {
      emptyDirSync,
      emptydirSync: emptyDirSync,
      emptyDir,
      emptydir: emptyDir
    };
  }
});

// node_modules/fs-extra/lib/ensure/file.js
var require_file = __commonJS({
  "node_modules/fs-extra/lib/ensure/file.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path12 = __require("path");
    var fs6 = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs6.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path12.dirname(file);
      let dirStats = null;
      try {
        dirStats = await fs6.stat(dir);
      } catch (err) {
        if (err.code === "ENOENT") {
          await mkdir.mkdirs(dir);
          await fs6.writeFile(file, "");
          return;
        } else {
          throw err;
        }
      }
      if (dirStats.isDirectory()) {
        await fs6.writeFile(file, "");
      } else {
        await fs6.readdir(dir);
      }
    }
    function createFileSync(file) {
      let stats;
      try {
        stats = fs6.statSync(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path12.dirname(file);
      try {
        if (!fs6.statSync(dir).isDirectory()) {
          fs6.readdirSync(dir);
        }
      } catch (err) {
        if (err && err.code === "ENOENT") mkdir.mkdirsSync(dir);
        else throw err;
      }
      fs6.writeFileSync(file, "");
    }
    module.exports = {
      createFile: u(createFile),
      createFileSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/link.js
var require_link = __commonJS({
  "node_modules/fs-extra/lib/ensure/link.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path12 = __require("path");
    var fs6 = require_fs();
    var mkdir = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createLink(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = await fs6.lstat(dstpath, { bigint: true });
      } catch {
      }
      let srcStat;
      try {
        srcStat = await fs6.lstat(srcpath, { bigint: true });
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      if (dstStat && areIdentical(srcStat, dstStat)) return;
      const dir = path12.dirname(dstpath);
      const dirExists = await pathExists(dir);
      if (!dirExists) {
        await mkdir.mkdirs(dir);
      }
      await fs6.link(srcpath, dstpath);
    }
    function createLinkSync(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = fs6.lstatSync(dstpath, { bigint: true });
      } catch {
      }
      try {
        const srcStat = fs6.lstatSync(srcpath, { bigint: true });
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      const dir = path12.dirname(dstpath);
      const dirExists = fs6.existsSync(dir);
      if (dirExists) return fs6.linkSync(srcpath, dstpath);
      mkdir.mkdirsSync(dir);
      return fs6.linkSync(srcpath, dstpath);
    }
    module.exports = {
      createLink: u(createLink),
      createLinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-paths.js
var require_symlink_paths = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-paths.js"(exports, module) {
    "use strict";
    var path12 = __require("path");
    var fs6 = require_fs();
    var { pathExists } = require_path_exists();
    var u = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path12.isAbsolute(srcpath)) {
        try {
          await fs6.lstat(srcpath);
        } catch (err) {
          err.message = err.message.replace("lstat", "ensureSymlink");
          throw err;
        }
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path12.dirname(dstpath);
      const relativeToDst = path12.join(dstdir, srcpath);
      const exists = await pathExists(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      try {
        await fs6.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureSymlink");
        throw err;
      }
      return {
        toCwd: srcpath,
        toDst: path12.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path12.isAbsolute(srcpath)) {
        const exists2 = fs6.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path12.dirname(dstpath);
      const relativeToDst = path12.join(dstdir, srcpath);
      const exists = fs6.existsSync(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      const srcExists = fs6.existsSync(srcpath);
      if (!srcExists) throw new Error("relative srcpath does not exist");
      return {
        toCwd: srcpath,
        toDst: path12.relative(dstdir, srcpath)
      };
    }
    module.exports = {
      symlinkPaths: u(symlinkPaths),
      symlinkPathsSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-type.js
var require_symlink_type = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-type.js"(exports, module) {
    "use strict";
    var fs6 = require_fs();
    var u = require_universalify().fromPromise;
    async function symlinkType(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = await fs6.lstat(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    function symlinkTypeSync(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = fs6.lstatSync(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    module.exports = {
      symlinkType: u(symlinkType),
      symlinkTypeSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink.js
var require_symlink = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path12 = __require("path");
    var fs6 = require_fs();
    var { mkdirs, mkdirsSync } = require_mkdirs();
    var { symlinkPaths, symlinkPathsSync } = require_symlink_paths();
    var { symlinkType, symlinkTypeSync } = require_symlink_type();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createSymlink(srcpath, dstpath, type) {
      let stats;
      try {
        stats = await fs6.lstat(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path12.isAbsolute(srcpath)) {
          srcStat = await fs6.stat(srcpath, { bigint: true });
        } else {
          const dstdir = path12.dirname(dstpath);
          const relativeToDst = path12.join(dstdir, srcpath);
          try {
            srcStat = await fs6.stat(relativeToDst, { bigint: true });
          } catch {
            srcStat = await fs6.stat(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = await fs6.stat(dstpath, { bigint: true });
        } catch (err) {
          if (err.code !== "ENOENT") throw err;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative = await symlinkPaths(srcpath, dstpath);
      srcpath = relative.toDst;
      const toType = await symlinkType(relative.toCwd, type);
      const dir = path12.dirname(dstpath);
      if (!await pathExists(dir)) {
        await mkdirs(dir);
      }
      return fs6.symlink(srcpath, dstpath, toType);
    }
    function createSymlinkSync(srcpath, dstpath, type) {
      let stats;
      try {
        stats = fs6.lstatSync(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path12.isAbsolute(srcpath)) {
          srcStat = fs6.statSync(srcpath, { bigint: true });
        } else {
          const dstdir = path12.dirname(dstpath);
          const relativeToDst = path12.join(dstdir, srcpath);
          try {
            srcStat = fs6.statSync(relativeToDst, { bigint: true });
          } catch {
            srcStat = fs6.statSync(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = fs6.statSync(dstpath, { bigint: true });
        } catch (err) {
          if (err.code !== "ENOENT") throw err;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative = symlinkPathsSync(srcpath, dstpath);
      srcpath = relative.toDst;
      type = symlinkTypeSync(relative.toCwd, type);
      const dir = path12.dirname(dstpath);
      const exists = fs6.existsSync(dir);
      if (exists) return fs6.symlinkSync(srcpath, dstpath, type);
      mkdirsSync(dir);
      return fs6.symlinkSync(srcpath, dstpath, type);
    }
    module.exports = {
      createSymlink: u(createSymlink),
      createSymlinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/index.js
var require_ensure = __commonJS({
  "node_modules/fs-extra/lib/ensure/index.js"(exports, module) {
    "use strict";
    var { createFile, createFileSync } = require_file();
    var { createLink, createLinkSync } = require_link();
    var { createSymlink, createSymlinkSync } = require_symlink();
    module.exports = {
      // file
      createFile,
      createFileSync,
      ensureFile: createFile,
      ensureFileSync: createFileSync,
      // link
      createLink,
      createLinkSync,
      ensureLink: createLink,
      ensureLinkSync: createLinkSync,
      // symlink
      createSymlink,
      createSymlinkSync,
      ensureSymlink: createSymlink,
      ensureSymlinkSync: createSymlinkSync
    };
  }
});

// node_modules/jsonfile/utils.js
var require_utils3 = __commonJS({
  "node_modules/jsonfile/utils.js"(exports, module) {
    function stringify(obj, { EOL = "\n", finalEOL = true, replacer = null, spaces } = {}) {
      const EOF = finalEOL ? EOL : "";
      const str = JSON.stringify(obj, replacer, spaces);
      if (str === void 0) {
        throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`);
      }
      return str.replace(/\n/g, EOL) + EOF;
    }
    function stripBom(content) {
      if (Buffer.isBuffer(content)) content = content.toString("utf8");
      return content.replace(/^\uFEFF/, "");
    }
    module.exports = { stringify, stripBom };
  }
});

// node_modules/jsonfile/index.js
var require_jsonfile = __commonJS({
  "node_modules/jsonfile/index.js"(exports, module) {
    var _fs;
    try {
      _fs = require_graceful_fs();
    } catch (_) {
      _fs = __require("fs");
    }
    var universalify = require_universalify();
    var { stringify, stripBom } = require_utils3();
    async function _readFile(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs6 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      let data = await universalify.fromCallback(fs6.readFile)(file, options);
      data = stripBom(data);
      let obj;
      try {
        obj = JSON.parse(data, options ? options.reviver : null);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
      return obj;
    }
    var readFile2 = universalify.fromPromise(_readFile);
    function readFileSync3(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs6 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      try {
        let content = fs6.readFileSync(file, options);
        content = stripBom(content);
        return JSON.parse(content, options.reviver);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
    }
    async function _writeFile(file, obj, options = {}) {
      const fs6 = options.fs || _fs;
      const str = stringify(obj, options);
      await universalify.fromCallback(fs6.writeFile)(file, str, options);
    }
    var writeFile2 = universalify.fromPromise(_writeFile);
    function writeFileSync(file, obj, options = {}) {
      const fs6 = options.fs || _fs;
      const str = stringify(obj, options);
      return fs6.writeFileSync(file, str, options);
    }
    module.exports = {
      readFile: readFile2,
      readFileSync: readFileSync3,
      writeFile: writeFile2,
      writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/jsonfile.js
var require_jsonfile2 = __commonJS({
  "node_modules/fs-extra/lib/json/jsonfile.js"(exports, module) {
    "use strict";
    var jsonFile = require_jsonfile();
    module.exports = {
      // jsonfile exports
      readJson: jsonFile.readFile,
      readJsonSync: jsonFile.readFileSync,
      writeJson: jsonFile.writeFile,
      writeJsonSync: jsonFile.writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/output-file/index.js
var require_output_file = __commonJS({
  "node_modules/fs-extra/lib/output-file/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs6 = require_fs();
    var path12 = __require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path12.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs6.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args) {
      const dir = path12.dirname(file);
      if (!fs6.existsSync(dir)) {
        mkdir.mkdirsSync(dir);
      }
      fs6.writeFileSync(file, ...args);
    }
    module.exports = {
      outputFile: u(outputFile),
      outputFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/output-json.js
var require_output_json = __commonJS({
  "node_modules/fs-extra/lib/json/output-json.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils3();
    var { outputFile } = require_output_file();
    async function outputJson(file, data, options = {}) {
      const str = stringify(data, options);
      await outputFile(file, str, options);
    }
    module.exports = outputJson;
  }
});

// node_modules/fs-extra/lib/json/output-json-sync.js
var require_output_json_sync = __commonJS({
  "node_modules/fs-extra/lib/json/output-json-sync.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils3();
    var { outputFileSync } = require_output_file();
    function outputJsonSync(file, data, options) {
      const str = stringify(data, options);
      outputFileSync(file, str, options);
    }
    module.exports = outputJsonSync;
  }
});

// node_modules/fs-extra/lib/json/index.js
var require_json = __commonJS({
  "node_modules/fs-extra/lib/json/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var jsonFile = require_jsonfile2();
    jsonFile.outputJson = u(require_output_json());
    jsonFile.outputJsonSync = require_output_json_sync();
    jsonFile.outputJSON = jsonFile.outputJson;
    jsonFile.outputJSONSync = jsonFile.outputJsonSync;
    jsonFile.writeJSON = jsonFile.writeJson;
    jsonFile.writeJSONSync = jsonFile.writeJsonSync;
    jsonFile.readJSON = jsonFile.readJson;
    jsonFile.readJSONSync = jsonFile.readJsonSync;
    module.exports = jsonFile;
  }
});

// node_modules/fs-extra/lib/move/move.js
var require_move = __commonJS({
  "node_modules/fs-extra/lib/move/move.js"(exports, module) {
    "use strict";
    var fs6 = require_fs();
    var path12 = __require("path");
    var { copy } = require_copy2();
    var { remove } = require_remove();
    var { mkdirp } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var stat2 = require_stat();
    async function move(src, dest, opts = {}) {
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = await stat2.checkPaths(src, dest, "move", opts);
      await stat2.checkParentPaths(src, srcStat, dest, "move");
      const destParent = path12.dirname(dest);
      const parsedParentPath = path12.parse(destParent);
      if (parsedParentPath.root !== destParent) {
        await mkdirp(destParent);
      }
      return doRename(src, dest, overwrite, isChangingCase);
    }
    async function doRename(src, dest, overwrite, isChangingCase) {
      if (!isChangingCase) {
        if (overwrite) {
          await remove(dest);
        } else if (await pathExists(dest)) {
          throw new Error("dest already exists.");
        }
      }
      try {
        await fs6.rename(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") {
          throw err;
        }
        await moveAcrossDevice(src, dest, overwrite);
      }
    }
    async function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      await copy(src, dest, opts);
      return remove(src);
    }
    module.exports = move;
  }
});

// node_modules/fs-extra/lib/move/move-sync.js
var require_move_sync = __commonJS({
  "node_modules/fs-extra/lib/move/move-sync.js"(exports, module) {
    "use strict";
    var fs6 = require_graceful_fs();
    var path12 = __require("path");
    var copySync = require_copy2().copySync;
    var removeSync = require_remove().removeSync;
    var mkdirpSync = require_mkdirs().mkdirpSync;
    var stat2 = require_stat();
    function moveSync(src, dest, opts) {
      opts = opts || {};
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = stat2.checkPathsSync(src, dest, "move", opts);
      stat2.checkParentPathsSync(src, srcStat, dest, "move");
      if (!isParentRoot(dest)) mkdirpSync(path12.dirname(dest));
      return doRename(src, dest, overwrite, isChangingCase);
    }
    function isParentRoot(dest) {
      const parent = path12.dirname(dest);
      const parsedPath = path12.parse(parent);
      return parsedPath.root === parent;
    }
    function doRename(src, dest, overwrite, isChangingCase) {
      if (isChangingCase) return rename(src, dest, overwrite);
      if (overwrite) {
        removeSync(dest);
        return rename(src, dest, overwrite);
      }
      if (fs6.existsSync(dest)) throw new Error("dest already exists.");
      return rename(src, dest, overwrite);
    }
    function rename(src, dest, overwrite) {
      try {
        fs6.renameSync(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") throw err;
        return moveAcrossDevice(src, dest, overwrite);
      }
    }
    function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      copySync(src, dest, opts);
      return removeSync(src);
    }
    module.exports = moveSync;
  }
});

// node_modules/fs-extra/lib/move/index.js
var require_move2 = __commonJS({
  "node_modules/fs-extra/lib/move/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      move: u(require_move()),
      moveSync: require_move_sync()
    };
  }
});

// node_modules/fs-extra/lib/index.js
var require_lib = __commonJS({
  "node_modules/fs-extra/lib/index.js"(exports, module) {
    "use strict";
    module.exports = {
      // Export promiseified graceful-fs:
      ...require_fs(),
      // Export extra methods:
      ...require_copy2(),
      ...require_empty(),
      ...require_ensure(),
      ...require_json(),
      ...require_mkdirs(),
      ...require_move2(),
      ...require_output_file(),
      ...require_path_exists(),
      ...require_remove()
    };
  }
});

// generators/cli/bin.ts
var import_picocolors2 = __toESM(require_picocolors(), 1);

// generators/cli/cli.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { existsSync } from "node:fs";
import path11 from "node:path";
import { spawnSync as spawnSync2 } from "node:child_process";

// node_modules/node-plop/src/node-plop.js
import fs3 from "fs";
import path4 from "path";

// plop-unreached:inquirer
var unreached = () => {
  throw new Error("inquirer is not part of the bundled CLI; run `npm run plop` for plop itself");
};
var inquirer_default = new Proxy(unreached, { get: (_t, key) => key === "prompts" ? {} : unreached });

// plop-unreached:handlebars
var unreached2 = () => {
  throw new Error("handlebars is not part of the bundled CLI; run `npm run plop` for plop itself");
};
var handlebars_default = new Proxy(unreached2, { get: (_t, key) => key === "prompts" ? {} : unreached2 });

// node_modules/node-plop/src/node-plop.js
var import_dlv = __toESM(require_dlv(), 1);

// plop-unreached:resolve
var unreached3 = () => {
  throw new Error("resolve is not part of the bundled CLI; run `npm run plop` for plop itself");
};
var resolve_default = new Proxy(unreached3, { get: (_t, key) => key === "prompts" ? {} : unreached3 });

// node_modules/change-case/dist/index.js
var SPLIT_LOWER_UPPER_RE = new RegExp("([\\p{Ll}\\d])(\\p{Lu})", "gu");
var SPLIT_UPPER_UPPER_RE = new RegExp("(\\p{Lu})([\\p{Lu}][\\p{Ll}])", "gu");
var SPLIT_SEPARATE_NUMBER_RE = new RegExp("(\\d)\\p{Ll}|(\\p{L})\\d", "u");
var DEFAULT_STRIP_REGEXP = /[^\p{L}\d]+/giu;
var SPLIT_REPLACE_VALUE = "$1\0$2";
var DEFAULT_PREFIX_SUFFIX_CHARACTERS = "";
function split(value) {
  let result = value.trim();
  result = result.replace(SPLIT_LOWER_UPPER_RE, SPLIT_REPLACE_VALUE).replace(SPLIT_UPPER_UPPER_RE, SPLIT_REPLACE_VALUE);
  result = result.replace(DEFAULT_STRIP_REGEXP, "\0");
  let start = 0;
  let end = result.length;
  while (result.charAt(start) === "\0")
    start++;
  if (start === end)
    return [];
  while (result.charAt(end - 1) === "\0")
    end--;
  return result.slice(start, end).split(/\0/g);
}
function splitSeparateNumbers(value) {
  const words = split(value);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const match = SPLIT_SEPARATE_NUMBER_RE.exec(word);
    if (match) {
      const offset = match.index + (match[1] ?? match[2]).length;
      words.splice(i, 1, word.slice(0, offset), word.slice(offset));
    }
  }
  return words;
}
function noCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  return prefix + words.map(lowerFactory(options?.locale)).join(options?.delimiter ?? " ") + suffix;
}
function camelCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  const lower = lowerFactory(options?.locale);
  const upper = upperFactory(options?.locale);
  const transform = options?.mergeAmbiguousCharacters ? capitalCaseTransformFactory(lower, upper) : pascalCaseTransformFactory(lower, upper);
  return prefix + words.map((word, index) => {
    if (index === 0)
      return lower(word);
    return transform(word, index);
  }).join(options?.delimiter ?? "") + suffix;
}
function pascalCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  const lower = lowerFactory(options?.locale);
  const upper = upperFactory(options?.locale);
  const transform = options?.mergeAmbiguousCharacters ? capitalCaseTransformFactory(lower, upper) : pascalCaseTransformFactory(lower, upper);
  return prefix + words.map(transform).join(options?.delimiter ?? "") + suffix;
}
function constantCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  return prefix + words.map(upperFactory(options?.locale)).join(options?.delimiter ?? "_") + suffix;
}
function dotCase(input, options) {
  return noCase(input, { delimiter: ".", ...options });
}
function kebabCase(input, options) {
  return noCase(input, { delimiter: "-", ...options });
}
function pathCase(input, options) {
  return noCase(input, { delimiter: "/", ...options });
}
function sentenceCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  const lower = lowerFactory(options?.locale);
  const upper = upperFactory(options?.locale);
  const transform = capitalCaseTransformFactory(lower, upper);
  return prefix + words.map((word, index) => {
    if (index === 0)
      return transform(word);
    return lower(word);
  }).join(options?.delimiter ?? " ") + suffix;
}
function snakeCase(input, options) {
  return noCase(input, { delimiter: "_", ...options });
}
function lowerFactory(locale) {
  return locale === false ? (input) => input.toLowerCase() : (input) => input.toLocaleLowerCase(locale);
}
function upperFactory(locale) {
  return locale === false ? (input) => input.toUpperCase() : (input) => input.toLocaleUpperCase(locale);
}
function capitalCaseTransformFactory(lower, upper) {
  return (word) => `${upper(word[0])}${lower(word.slice(1))}`;
}
function pascalCaseTransformFactory(lower, upper) {
  return (word, index) => {
    const char0 = word[0];
    const initial = index > 0 && char0 >= "0" && char0 <= "9" ? "_" + char0 : upper(char0);
    return initial + lower(word.slice(1));
  };
}
function splitPrefixSuffix(input, options = {}) {
  const splitFn = options.split ?? (options.separateNumbers ? splitSeparateNumbers : split);
  const prefixCharacters = options.prefixCharacters ?? DEFAULT_PREFIX_SUFFIX_CHARACTERS;
  const suffixCharacters = options.suffixCharacters ?? DEFAULT_PREFIX_SUFFIX_CHARACTERS;
  let prefixIndex = 0;
  let suffixIndex = input.length;
  while (prefixIndex < input.length) {
    const char = input.charAt(prefixIndex);
    if (!prefixCharacters.includes(char))
      break;
    prefixIndex++;
  }
  while (suffixIndex > prefixIndex) {
    const index = suffixIndex - 1;
    const char = input.charAt(index);
    if (!suffixCharacters.includes(char))
      break;
    suffixIndex = index;
  }
  return [
    input.slice(0, prefixIndex),
    splitFn(input.slice(prefixIndex, suffixIndex)),
    input.slice(suffixIndex)
  ];
}

// node_modules/title-case/dist/index.js
var TOKENS = /(\S+)|(.)/g;
var IS_SPECIAL_CASE = /[\.#][\p{L}\p{N}]/u;
var IS_MANUAL_CASE = new RegExp("\\p{Ll}(?=[\\p{Lu}])", "u");
var ALPHANUMERIC_PATTERN = /[\p{L}\p{N}]+/gu;
var IS_ACRONYM = new RegExp("^([^\\p{L}])*(?:\\p{L}\\.){2,}([^\\p{L}])*$", "u");
var WORD_SEPARATORS = /* @__PURE__ */ new Set(["\u2014", "\u2013", "-", "\u2015", "/"]);
var SENTENCE_TERMINATORS = /* @__PURE__ */ new Set([".", "!", "?"]);
var TITLE_TERMINATORS = /* @__PURE__ */ new Set([
  ...SENTENCE_TERMINATORS,
  ":",
  '"',
  "'",
  "\u201D"
]);
var SMALL_WORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "because",
  "but",
  "by",
  "en",
  "for",
  "if",
  "in",
  "neither",
  "nor",
  "of",
  "on",
  "only",
  "or",
  "over",
  "per",
  "so",
  "some",
  "than",
  "that",
  "the",
  "to",
  "up",
  "upon",
  "v",
  "versus",
  "via",
  "vs",
  "when",
  "with",
  "without",
  "yet"
]);
function titleCase(input, options = {}) {
  const { locale = void 0, sentenceCase: sentenceCase2 = false, sentenceTerminators = SENTENCE_TERMINATORS, titleTerminators = TITLE_TERMINATORS, smallWords = SMALL_WORDS, wordSeparators = WORD_SEPARATORS } = typeof options === "string" || Array.isArray(options) ? { locale: options } : options;
  const terminators = sentenceCase2 ? sentenceTerminators : titleTerminators;
  let result = "";
  let isNewSentence = true;
  for (const m of input.matchAll(TOKENS)) {
    const { 1: token, 2: whiteSpace, index = 0 } = m;
    if (whiteSpace) {
      result += whiteSpace;
      continue;
    }
    if (IS_SPECIAL_CASE.test(token)) {
      const acronym = token.match(IS_ACRONYM);
      if (acronym) {
        const [_, prefix = "", suffix = ""] = acronym;
        result += sentenceCase2 && !isNewSentence ? token : upperAt(token, prefix.length, locale);
        isNewSentence = terminators.has(suffix.charAt(0));
        continue;
      }
      result += token;
      isNewSentence = terminators.has(token.charAt(token.length - 1));
    } else {
      const matches = Array.from(token.matchAll(ALPHANUMERIC_PATTERN));
      let value = token;
      let isSentenceEnd = false;
      for (let i = 0; i < matches.length; i++) {
        const { 0: word, index: wordIndex = 0 } = matches[i];
        const nextChar = token.charAt(wordIndex + word.length);
        isSentenceEnd = terminators.has(nextChar);
        if (isNewSentence) {
          isNewSentence = false;
        } else if (sentenceCase2 || IS_MANUAL_CASE.test(word)) {
          continue;
        } else if (matches.length === 1) {
          if (smallWords.has(word)) {
            const isFinalToken = index + token.length === input.length;
            if (!isFinalToken && !isSentenceEnd) {
              continue;
            }
          }
        } else if (i > 0) {
          if (!wordSeparators.has(token.charAt(wordIndex - 1))) {
            continue;
          }
          if (smallWords.has(word) && wordSeparators.has(nextChar)) {
            continue;
          }
        }
        value = upperAt(value, wordIndex, locale);
      }
      result += value;
      isNewSentence = isSentenceEnd || terminators.has(token.charAt(token.length - 1));
    }
  }
  return result;
}
function upperAt(input, index, locale) {
  return input.slice(0, index) + input.charAt(index).toLocaleUpperCase(locale) + input.slice(index + 1);
}

// node_modules/node-plop/src/baked-in-helpers.js
var baked_in_helpers_default = {
  camelCase,
  snakeCase,
  dotCase,
  pathCase,
  lowerCase: (str) => str.toLowerCase(),
  upperCase: (str) => str.toUpperCase(),
  sentenceCase,
  constantCase,
  titleCase,
  dashCase: kebabCase,
  kabobCase: kebabCase,
  kebabCase,
  properCase: pascalCase,
  pascalCase
};

// node_modules/node-plop/src/prompt-bypass.js
var getChoiceValue = (choice) => {
  const isObject = typeof choice === "object";
  if (isObject && choice.value != null) {
    return choice.value;
  }
  if (isObject && choice.name != null) {
    return choice.name;
  }
  if (isObject && choice.key != null) {
    return choice.key;
  }
  return choice;
};
function checkChoiceValue(choiceValue, value) {
  return typeof choiceValue === "string" && choiceValue.toLowerCase() === value.toLowerCase();
}
function choiceMatchesValue(choice, choiceIdx, value) {
  return checkChoiceValue(choice, value) || checkChoiceValue(choice.value, value) || checkChoiceValue(choice.key, value) || checkChoiceValue(choice.name, value) || checkChoiceValue(choiceIdx.toString(), value);
}
var isFlag = (list, v) => list.includes(v.toLowerCase());
var flag = {
  isTrue: (v) => isFlag(["yes", "y", "true", "t"], v),
  isFalse: (v) => isFlag(["no", "n", "false", "f"], v),
  isPrompt: (v) => /^_+$/.test(v)
};
var listTypeBypass = (v, prompt) => {
  const choice = prompt.choices.find((c, idx) => choiceMatchesValue(c, idx, v));
  if (choice != null) {
    return getChoiceValue(choice);
  }
  throw Error("invalid choice");
};
var typeBypass = {
  confirm(v) {
    if (flag.isTrue(v)) {
      return true;
    }
    if (flag.isFalse(v)) {
      return false;
    }
    throw Error("invalid input");
  },
  checkbox(v, prompt) {
    if (v === "") {
      return [];
    }
    const valList = v.split(",");
    const valuesNoMatch = valList.filter(
      (val) => !prompt.choices.some((c, idx) => choiceMatchesValue(c, idx, val))
    );
    if (valuesNoMatch.length) {
      throw Error(`no match for "${valuesNoMatch.join('", "')}"`);
    }
    return valList.map(
      (val) => getChoiceValue(
        prompt.choices.find((c, idx) => choiceMatchesValue(c, idx, val))
      )
    );
  },
  list: listTypeBypass,
  rawlist: listTypeBypass,
  expand: listTypeBypass
};
async function prompt_bypass_default(prompts, bypassArr, plop) {
  const noop = [prompts, {}, []];
  if (!Array.isArray(prompts)) {
    return noop;
  }
  if (bypassArr.length === 0) {
    return noop;
  }
  const { prompts: inqPrompts } = plop.inquirer.prompt;
  const answers = {};
  const bypassFailures = [];
  let bypassedPromptValues = [];
  for (let idx = 0; idx < prompts.length; idx++) {
    const p = prompts[idx];
    if (idx >= bypassArr.length) {
      bypassedPromptValues.push(false);
      continue;
    }
    const val = bypassArr[idx].toString();
    if (flag.isPrompt(val)) {
      bypassedPromptValues.push(false);
      continue;
    }
    if (typeof p.when === "function") {
      bypassFailures.push(`You can not bypass conditional prompts: ${p.name}`);
      bypassedPromptValues.push(false);
      continue;
    }
    try {
      const inqPrompt = inqPrompts[p.type] || {};
      const bypass = p.bypass || inqPrompt.bypass || typeBypass[p.type] || null;
      const bypassIsFunc = typeof bypass === "function";
      const value = bypassIsFunc ? bypass.call(null, val, p) : val;
      const answer = p.filter ? p.filter(value, answers) : value;
      if (p.validate) {
        const validation = await p.validate(value, answers);
        if (validation !== true) {
          bypassFailures.push(validation);
          bypassedPromptValues.push(false);
          continue;
        }
      }
      answers[p.name] = answer;
    } catch (err) {
      bypassFailures.push(
        `The "${p.name}" prompt did not recognize "${val}" as a valid ${p.type} value (ERROR: ${err.message})`
      );
      bypassedPromptValues.push(false);
      continue;
    }
    bypassedPromptValues.push(true);
  }
  const bypassedPrompts = prompts.filter((_, i) => bypassedPromptValues[i]);
  const promptsAfterBypass = [
    // first prompt will copy the bypass answer data so it's available
    // for prompts and actions to use
    { when: (data) => (Object.assign(data, answers), false) },
    // inlcude any prompts that were NOT bypassed
    ...prompts.filter((p) => !bypassedPrompts.includes(p))
  ];
  if (bypassFailures.length) {
    throw Error(bypassFailures[0]);
  } else {
    return [promptsAfterBypass, answers];
  }
}

// node_modules/node-plop/src/actions/index.js
var actions_exports = {};
__export(actions_exports, {
  add: () => add_default,
  addMany: () => addMany_default,
  append: () => append_default,
  modify: () => modify_default
});

// node_modules/node-plop/src/actions/_common-action-interface-check.js
function common_action_interface_check_default(action, { checkPath = true, checkAbortOnFail = true } = {}) {
  if (typeof action !== "object") {
    return `Invalid action object: ${JSON.stringify(action)}`;
  }
  const { path: path12, abortOnFail } = action;
  if (checkPath && (typeof path12 !== "string" || path12.length === 0)) {
    return `Invalid path "${path12}"`;
  }
  if (checkAbortOnFail && abortOnFail !== void 0 && typeof abortOnFail !== "boolean") {
    return `Invalid value for abortOnFail (${abortOnFail} is not a Boolean)`;
  }
  if ("transform" in action && typeof action.transform !== "function") {
    return `Invalid value for transform (${typeof action.transform} is not a function)`;
  }
  if (action.type === "modify" && !("pattern" in action) && !("transform" in action)) {
    return "Invalid modify action (modify must have a pattern or transform function)";
  }
  if ("skip" in action && typeof action.skip !== "function") {
    return `Invalid value for skip (${typeof action.skip} is not a function)`;
  }
  return true;
}

// node_modules/node-plop/src/actions/_common-action-add-file.js
import path2 from "path";
import { rm } from "node:fs/promises";

// node_modules/node-plop/src/actions/_common-action-utils.js
import path from "path";

// node_modules/node-plop/src/fs-promise-proxy.js
import fs from "fs";
var makeDir = (path12) => fs.promises.mkdir(path12, { recursive: true });
var readdir = fs.promises.readdir;
var stat = fs.promises.stat;
var chmod = fs.promises.chmod;
var readFile = (path12) => fs.promises.readFile(path12, "utf8");
var writeFile = (path12, data) => fs.promises.writeFile(path12, data, "utf8");
var readFileRaw = (path12) => fs.promises.readFile(path12, null);
var writeFileRaw = (path12, data) => fs.promises.writeFile(path12, data, null);
var fileExists = (path12) => fs.promises.access(path12).then(
  () => true,
  () => false
);
var constants = fs.constants;

// node_modules/node-plop/src/actions/_common-action-utils.js
var getFullData = (data, cfg) => Object.assign({}, cfg.data, data);
var normalizePath = (path12) => {
  return !path12.sep || path12.sep === "\\" ? path12.replace(/\\/g, "/") : path12;
};
var makeDestPath = (data, cfg, plop) => {
  return path.resolve(
    plop.getDestBasePath(),
    plop.renderString(normalizePath(cfg.path) || "", getFullData(data, cfg))
  );
};
function getRenderedTemplatePath(data, cfg, plop) {
  if (cfg.templateFile) {
    const absTemplatePath = path.resolve(
      plop.getPlopfilePath(),
      cfg.templateFile
    );
    return plop.renderString(
      normalizePath(absTemplatePath),
      getFullData(data, cfg)
    );
  }
  return null;
}
async function getTemplate(data, cfg, plop) {
  const makeTmplPath = (p) => path.resolve(plop.getPlopfilePath(), p);
  let { template } = cfg;
  if (cfg.templateFile) {
    template = await readFile(makeTmplPath(cfg.templateFile));
  }
  if (template == null) {
    template = "";
  }
  return template;
}
async function getRenderedTemplate(data, cfg, plop) {
  const template = await getTemplate(data, cfg, plop);
  return plop.renderString(template, getFullData(data, cfg));
}
var getRelativeToBasePath = (filePath, plop) => filePath.replace(path.resolve(plop.getDestBasePath()), "");
var throwStringifiedError = (err) => {
  if (typeof err === "string") {
    throw err;
  } else {
    throw err.message || JSON.stringify(err);
  }
};
async function getTransformedTemplate(template, data, cfg) {
  if ("transform" in cfg) {
    const result = await cfg.transform(template, data);
    if (typeof result !== "string")
      throw new TypeError(
        `Invalid return value for transform (${JSON.stringify(
          result
        )} is not a string)`
      );
    return result;
  } else {
    return template;
  }
}

// plop-unreached:isbinaryfile
var unreached4 = () => {
  throw new Error("isbinaryfile is not part of the bundled CLI; run `npm run plop` for plop itself");
};
var isbinaryfile_default = new Proxy(unreached4, { get: (_t, key) => key === "prompts" ? {} : unreached4 });
var isBinaryFileSync = unreached4;

// node_modules/node-plop/src/actions/_common-action-add-file.js
async function addFile(data, cfg, plop) {
  const fileDestPath = makeDestPath(data, cfg, plop);
  const { force, skipIfExists = false } = cfg;
  try {
    let destExists = await fileExists(fileDestPath);
    if (force === true && destExists) {
      await rm(fileDestPath, { force, recursive: true });
      destExists = false;
    }
    if (destExists) {
      if (skipIfExists) {
        return `[SKIPPED] ${fileDestPath} (exists)`;
      }
      throw `File already exists
 -> ${fileDestPath}`;
    } else {
      await makeDir(path2.dirname(fileDestPath));
      const absTemplatePath = cfg.templateFile && path2.resolve(plop.getPlopfilePath(), cfg.templateFile) || null;
      if (absTemplatePath != null && isBinaryFileSync(absTemplatePath)) {
        const rawTemplate = await readFileRaw(cfg.templateFile);
        await writeFileRaw(fileDestPath, rawTemplate);
      } else {
        const renderedTemplate = await getRenderedTemplate(data, cfg, plop);
        const transformedTemplate = await getTransformedTemplate(
          renderedTemplate,
          data,
          cfg
        );
        await writeFile(fileDestPath, transformedTemplate);
      }
      if (absTemplatePath != null) {
        const sourceStats = await stat(absTemplatePath);
        const destStats = await stat(fileDestPath);
        const executableFlags = sourceStats.mode & (constants.S_IXUSR | constants.S_IXGRP | constants.S_IXOTH);
        await chmod(fileDestPath, destStats.mode | executableFlags);
      }
    }
    return getRelativeToBasePath(fileDestPath, plop);
  } catch (err) {
    throwStringifiedError(err);
  }
}

// node_modules/node-plop/src/actions/add.js
async function add_default(data, cfg, plop) {
  const interfaceTestResult = common_action_interface_check_default(cfg);
  if (interfaceTestResult !== true) {
    throw interfaceTestResult;
  }
  cfg.templateFile = getRenderedTemplatePath(data, cfg, plop);
  return await addFile(data, cfg, plop);
}

// node_modules/node-plop/src/actions/addMany.js
import path3 from "path";
import fs2 from "fs";

// plop-unreached:tinyglobby
var unreached5 = () => {
  throw new Error("tinyglobby is not part of the bundled CLI; run `npm run plop` for plop itself");
};
var tinyglobby_default = new Proxy(unreached5, { get: (_t, key) => key === "prompts" ? {} : unreached5 });
var globSync = unreached5;

// node_modules/node-plop/src/actions/addMany.js
var defaultConfig = {
  verbose: true,
  stripExtensions: ["hbs"]
};
async function addMany_default(data, userConfig, plop) {
  const cfg = Object.assign({}, defaultConfig, userConfig);
  const interfaceTestResult = common_action_interface_check_default(cfg, { checkPath: false });
  if (interfaceTestResult !== true) {
    throw interfaceTestResult;
  }
  const dest = cfg.destination;
  if (typeof dest !== "string" || dest.length === 0) {
    throw `Invalid destination "${dest}"`;
  }
  if (cfg.base) {
    cfg.base = plop.renderString(cfg.base, data);
  }
  if (typeof cfg.templateFiles === "function") {
    cfg.templateFiles = cfg.templateFiles();
  }
  cfg.templateFiles = [].concat(cfg.templateFiles).map((file) => plop.renderString(file, data));
  const templateFiles = resolveTemplateFiles(
    cfg.templateFiles,
    cfg.base,
    cfg.globOptions,
    plop
  );
  const filesAdded = [];
  const plopFilePath = path3.resolve(plop.getPlopfilePath());
  const absBasePath = path3.resolve(plopFilePath, cfg.base || "");
  for (let templateFile of templateFiles) {
    const relativeTemplatePath = path3.relative(absBasePath, templateFile);
    const fileCfg = Object.assign({}, cfg, {
      path: stripExtensions(
        cfg.stripExtensions,
        resolvePath(cfg.destination, relativeTemplatePath, cfg.base)
      ),
      templateFile
    });
    const addedPath = await addFile(data, fileCfg, plop);
    filesAdded.push(addedPath);
  }
  const summary = `${filesAdded.length} files added`;
  if (!cfg.verbose) return summary;
  else return `${summary}
 -> ${filesAdded.join("\n -> ")}`;
}
function resolveTemplateFiles(templateFilesGlob, basePath, globOptions, plop) {
  const absPlopfilePath = path3.resolve(plop.getPlopfilePath());
  const absBasePath = path3.resolve(absPlopfilePath, basePath || "");
  return globSync(templateFilesGlob, {
    cwd: absPlopfilePath,
    braceExpansion: false,
    expandDirectories: true,
    absolute: true,
    ...globOptions
  }).filter(isUnder(absBasePath)).filter(isAbsoluteOrRelativeFileTo(absPlopfilePath));
}
function isAbsoluteOrRelativeFileTo(basePath) {
  return (file) => fs2.existsSync(file) && fs2.lstatSync(file).isFile();
}
function isUnder(basePath = "") {
  const normalizedBasePath = basePath.replace(/\\/g, "/");
  return (file) => file.startsWith(normalizedBasePath);
}
function resolvePath(destination, file, rootPath) {
  return normalizePath(
    path3.join(destination, dropFileRootPath(file, rootPath))
  );
}
function dropFileRootPath(file, rootPath) {
  return rootPath ? file.replace(rootPath, "") : dropFileRootFolder(file);
}
function dropFileRootFolder(file) {
  const fileParts = path3.normalize(file).split(path3.sep);
  fileParts.shift();
  return fileParts.join(path3.sep);
}
function stripExtensions(shouldStrip, fileName) {
  const maybeFile = path3.parse(fileName);
  if (Array.isArray(shouldStrip) && !shouldStrip.map((item) => `.${item}`).includes(maybeFile.ext))
    return fileName;
  return path3.parse(maybeFile.name).ext !== "" || maybeFile.name.startsWith(".") ? path3.join(maybeFile.dir, maybeFile.name) : fileName;
}

// node_modules/node-plop/src/actions/modify.js
async function modify_default(data, cfg, plop) {
  const interfaceTestResult = common_action_interface_check_default(cfg);
  if (interfaceTestResult !== true) {
    throw interfaceTestResult;
  }
  const fileDestPath = makeDestPath(data, cfg, plop);
  try {
    const pathExists = await fileExists(fileDestPath);
    if (!pathExists) {
      throw "File does not exist";
    } else {
      let fileData = await readFile(fileDestPath);
      cfg.templateFile = getRenderedTemplatePath(data, cfg, plop);
      const replacement = await getRenderedTemplate(data, cfg, plop);
      if (typeof cfg.pattern === "string" || cfg.pattern instanceof RegExp) {
        fileData = fileData.replace(cfg.pattern, replacement);
      }
      const transformed = await getTransformedTemplate(fileData, data, cfg);
      await writeFile(fileDestPath, transformed);
    }
    return getRelativeToBasePath(fileDestPath, plop);
  } catch (err) {
    throwStringifiedError(err);
  }
}

// node_modules/node-plop/src/actions/append.js
var doAppend = async function(data, cfg, plop, fileData) {
  const stringToAppend = await getRenderedTemplate(data, cfg, plop);
  const { separator = "\n" } = cfg;
  if (cfg.unique !== false) {
    const parts = fileData.split(cfg.pattern);
    const lastPart = parts[parts.length - 1];
    const lastPartWithoutDuplicates = lastPart.replace(
      new RegExp(separator + stringToAppend, "g"),
      ""
    );
    fileData = fileData.replace(lastPart, lastPartWithoutDuplicates);
  }
  if (!cfg.pattern) {
    if (fileData.length > 0) {
      fileData += separator;
    }
    return fileData + stringToAppend;
  }
  return fileData.replace(cfg.pattern, "$&" + separator + stringToAppend);
};
async function append_default(data, cfg, plop) {
  const interfaceTestResult = common_action_interface_check_default(cfg);
  if (interfaceTestResult !== true) {
    throw interfaceTestResult;
  }
  const fileDestPath = makeDestPath(data, cfg, plop);
  try {
    const pathExists = await fileExists(fileDestPath);
    if (!pathExists) {
      throw "File does not exist";
    } else {
      let fileData = await readFile(fileDestPath);
      cfg.templateFile = getRenderedTemplatePath(data, cfg, plop);
      fileData = await doAppend(data, cfg, plop, fileData);
      await writeFile(fileDestPath, fileData);
    }
    return getRelativeToBasePath(fileDestPath, plop);
  } catch (err) {
    throwStringifiedError(err);
  }
}

// node_modules/node-plop/src/generator-runner.js
function generator_runner_default(plopfileApi, flags) {
  let abort;
  const runGeneratorPrompts = async function(genObject, bypassArr = []) {
    const { prompts } = genObject;
    if (prompts == null) {
      throw Error(`${genObject.name} has no prompts`);
    }
    if (typeof prompts === "function") {
      return await prompts(plopfileApi.inquirer);
    }
    const [promptsAfterBypass, bypassAnswers] = await prompt_bypass_default(
      prompts,
      bypassArr,
      plopfileApi
    );
    return await plopfileApi.inquirer.prompt(promptsAfterBypass).then((answers) => Object.assign(answers, bypassAnswers));
  };
  const runGeneratorActions = async function(genObject, data = {}, hooks = {}) {
    const noop = () => {
    };
    const {
      onSuccess = noop,
      // runs after each successful action
      onFailure = noop,
      // runs after each failed action
      onComment = noop
      // runs for each comment line in the actions array
    } = hooks;
    const changes = [];
    const failures = [];
    let { actions } = genObject;
    const customActionTypes = getCustomActionTypes();
    const actionTypes = Object.assign({}, customActionTypes, actions_exports);
    abort = false;
    if (typeof actions === "function") {
      actions = actions(data);
    }
    if (actions == null) {
      throw Error(`${genObject.name} has no actions`);
    }
    if (!Array.isArray(actions)) {
      throw Error(`${genObject.name} has invalid actions`);
    }
    for (let [actionIdx, action] of actions.entries()) {
      if (typeof action === "string" && abort) {
        continue;
      }
      if (typeof action === "string") {
        onComment(action);
        continue;
      }
      const actionIsFunction = typeof action === "function";
      const actionCfg = actionIsFunction ? { type: "function" } : action;
      const actionLogic = actionIsFunction ? action : actionTypes[actionCfg.type];
      if (abort) {
        const failure = {
          type: actionCfg.type || "",
          path: actionCfg.path || "",
          error: "Aborted due to previous action failure"
        };
        onFailure(failure);
        failures.push(failure);
        continue;
      }
      actionCfg.force = flags.force === true || actionCfg.force === true;
      if (typeof actionLogic !== "function") {
        if (actionCfg.abortOnFail !== false) {
          abort = true;
        }
        const failure = {
          type: actionCfg.type || "",
          path: actionCfg.path || "",
          error: `Invalid action (#${actionIdx + 1})`
        };
        onFailure(failure);
        failures.push(failure);
        continue;
      }
      try {
        const actionResult = await executeActionLogic(
          actionLogic,
          actionCfg,
          data
        );
        onSuccess(actionResult);
        changes.push(actionResult);
      } catch (failure) {
        if (actionCfg.abortOnFail !== false) {
          abort = true;
        }
        onFailure(failure);
        failures.push(failure);
      }
    }
    return { changes, failures };
  };
  const executeActionLogic = async function(action, cfg, data) {
    const type = cfg.type || "";
    let cfgData = cfg.data || {};
    if (typeof cfgData === "function") {
      cfgData = await cfgData();
    }
    if (typeof cfg.skip === "function") {
      const reasonToSkip = await cfg.skip({ ...data, ...cfgData });
      if (typeof reasonToSkip === "string") {
        return {
          type: "skip",
          path: reasonToSkip
        };
      }
    }
    const cfgDataKeys = Object.keys(cfgData).filter(
      (k) => typeof data[k] === "undefined"
    );
    cfgDataKeys.forEach((k) => {
      data[k] = cfgData[k];
    });
    return await Promise.resolve(action(data, cfg, plopfileApi)).then(
      // show the resolved value in the console
      (result) => ({
        type,
        path: typeof result === "string" ? result : JSON.stringify(result)
      }),
      // a rejected promise is treated as a failure
      (err) => {
        throw { type, path: "", error: err.message || err.toString() };
      }
    ).finally(
      () => cfgDataKeys.forEach((k) => {
        delete data[k];
      })
    );
  };
  function getCustomActionTypes() {
    return plopfileApi.getActionTypeList().reduce(function(types, name) {
      types[name] = plopfileApi.getActionType(name);
      return types;
    }, {});
  }
  return {
    runGeneratorActions,
    runGeneratorPrompts
  };
}

// node_modules/node-plop/src/node-plop.js
import { createRequire } from "node:module";
import { pathToFileURL } from "url";
var require2 = createRequire(import.meta.url);
var dlvBrackets = (obj, propertyPath, defaultValue) => (0, import_dlv.default)(obj, propertyPath.replace("[", ".").replace("]", ""), defaultValue);
async function nodePlop(plopfilePath = "", plopCfg = {}) {
  let pkgJson = {};
  let defaultInclude = { generators: true };
  let welcomeMessage;
  const { destBasePath, force } = plopCfg;
  const generators = {};
  const partials = {};
  const actionTypes = {};
  const helpers = Object.assign(
    {
      pkg: (propertyPath) => dlvBrackets(pkgJson, propertyPath, "")
    },
    baked_in_helpers_default
  );
  const baseHelpers = Object.keys(helpers);
  const setPrompt = inquirer_default.registerPrompt;
  const setWelcomeMessage = (message) => {
    welcomeMessage = message;
  };
  const setHelper = (name, fn) => {
    helpers[name] = fn;
  };
  const setPartial = (name, str) => {
    partials[name] = str;
  };
  const setActionType = (name, fn) => {
    actionTypes[name] = fn;
  };
  function renderString(template, data) {
    Object.keys(helpers).forEach(
      (h) => handlebars_default.registerHelper(h, helpers[h])
    );
    Object.keys(partials).forEach(
      (p) => handlebars_default.registerPartial(p, partials[p])
    );
    return handlebars_default.compile(template)(data);
  }
  const getWelcomeMessage = () => welcomeMessage;
  const getHelper = (name) => helpers[name];
  const getPartial = (name) => partials[name];
  const getActionType = (name) => actionTypes[name];
  const getGenerator = (name) => generators[name];
  function setGenerator(name = "", config = {}) {
    name = name || `generator-${Object.keys(generators).length + 1}`;
    generators[name] = Object.assign(config, {
      name,
      basePath: plopfilePath
    });
    return generators[name];
  }
  const getHelperList = () => Object.keys(helpers).filter((h) => !baseHelpers.includes(h));
  const getPartialList = () => Object.keys(partials);
  const getActionTypeList = () => Object.keys(actionTypes);
  function getGeneratorList() {
    return Object.keys(generators).map(function(name) {
      const { description } = generators[name];
      return { name, description };
    });
  }
  const setDefaultInclude = (inc) => defaultInclude = inc;
  const getDefaultInclude = () => defaultInclude;
  const getDestBasePath = () => destBasePath || plopfilePath;
  const getPlopfilePath = () => plopfilePath;
  const setPlopfilePath = (filePath) => {
    const pathStats = fs3.statSync(filePath);
    if (pathStats.isFile()) {
      plopfilePath = path4.dirname(filePath);
    } else {
      plopfilePath = filePath;
    }
  };
  async function load(targets, loadCfg = {}, includeOverride) {
    if (typeof targets === "string") {
      targets = [targets];
    }
    const config = Object.assign(
      {
        destBasePath: getDestBasePath()
      },
      loadCfg
    );
    await Promise.all(
      targets.map(async function(target) {
        const targetPath = resolve_default.sync(target, { basedir: getPlopfilePath() });
        const proxy = await nodePlop(targetPath, config);
        const proxyDefaultInclude = proxy.getDefaultInclude() || {};
        const includeCfg = includeOverride || proxyDefaultInclude;
        const include = Object.assign(
          {
            generators: false,
            helpers: false,
            partials: false,
            actionTypes: false
          },
          includeCfg
        );
        const genNameList = proxy.getGeneratorList().map((g) => g.name);
        loadAsset(
          genNameList,
          includeCfg === true || include.generators,
          setGenerator,
          (proxyName) => ({ proxyName, proxy })
        );
        loadAsset(
          proxy.getPartialList(),
          includeCfg === true || include.partials,
          setPartial,
          proxy.getPartial
        );
        loadAsset(
          proxy.getHelperList(),
          includeCfg === true || include.helpers,
          setHelper,
          proxy.getHelper
        );
        loadAsset(
          proxy.getActionTypeList(),
          includeCfg === true || include.actionTypes,
          setActionType,
          proxy.getActionType
        );
      })
    );
  }
  function loadAsset(nameList, include, addFunc, getFunc) {
    var incArr;
    if (include === true) {
      incArr = nameList;
    }
    if (include instanceof Array) {
      incArr = include.filter((n) => typeof n === "string");
    }
    if (incArr != null) {
      include = incArr.reduce(function(inc, name) {
        inc[name] = name;
        return inc;
      }, {});
    }
    if (include instanceof Object) {
      Object.keys(include).forEach((i) => addFunc(include[i], getFunc(i)));
    }
  }
  function loadPackageJson() {
    try {
      pkgJson = require2(path4.join(getDestBasePath(), "package.json"));
    } catch (error) {
      pkgJson = {};
    }
  }
  const plopfileApi = {
    // main methods for setting and getting plop context things
    setPrompt,
    setWelcomeMessage,
    getWelcomeMessage,
    setGenerator,
    getGenerator,
    getGeneratorList,
    setPartial,
    getPartial,
    getPartialList,
    setHelper,
    getHelper,
    getHelperList,
    setActionType,
    getActionType,
    getActionTypeList,
    // path context methods
    setPlopfilePath,
    getPlopfilePath,
    getDestBasePath,
    // plop.load functionality
    load,
    setDefaultInclude,
    getDefaultInclude,
    // render a handlebars template
    renderString,
    // passthrough properties
    inquirer: inquirer_default,
    handlebars: handlebars_default,
    // passthroughs for backward compatibility
    addPrompt: setPrompt,
    addPartial: setPartial,
    addHelper: setHelper
  };
  const runner = generator_runner_default(plopfileApi, { force });
  const nodePlopApi = Object.assign({}, plopfileApi, {
    getGenerator(name) {
      var generator = plopfileApi.getGenerator(name);
      if (generator == null) {
        throw Error(`Generator "${name}" does not exist.`);
      }
      if (generator.proxy) {
        return generator.proxy.getGenerator(generator.proxyName);
      }
      return Object.assign({}, generator, {
        runActions: (data, hooks) => runner.runGeneratorActions(generator, data, hooks),
        runPrompts: (bypassArr = []) => runner.runGeneratorPrompts(generator, bypassArr)
      });
    },
    setGenerator(name, config) {
      const g = plopfileApi.setGenerator(name, config);
      return this.getGenerator(g.name);
    }
  });
  if (plopfilePath) {
    plopfilePath = path4.resolve(plopfilePath);
    const plopFileName = path4.basename(plopfilePath);
    setPlopfilePath(plopfilePath);
    loadPackageJson();
    const joinedPath = path4.join(plopfilePath, plopFileName);
    const plopFileExport = await import(pathToFileURL(joinedPath).href);
    const plop = typeof plopFileExport === "function" ? plopFileExport : plopFileExport.default;
    await plop(plopfileApi, plopCfg);
  } else {
    setPlopfilePath(process.cwd());
    loadPackageJson();
  }
  return nodePlopApi;
}
var node_plop_default = nodePlop;

// node_modules/node-plop/src/index.js
var src_default = node_plop_default;

// plopfile.ts
import path10 from "node:path";

// generators/write/generate.ts
import path9 from "node:path";

// generators/render/manifest.ts
var KUBERNETES_MANIFESTS = ["deployment", "service", "pdb", "kustomization"];
var MANIFEST = [
  { output: "Cargo.toml", template: "crate/Cargo.toml.ejs", modes: ["new"] },
  { output: "rust-toolchain.toml", template: "crate/rust-toolchain.toml.ejs", modes: ["new"] },
  { output: "src/main.rs", template: (d) => `crate/main/${d.framework}.rs.ejs`, modes: ["new"] },
  { output: "src/healthcheck.rs", template: "crate/healthcheck.rs.ejs", modes: ["new"] },
  { output: "src/settings.rs", template: "crate/settings.rs.ejs", modes: ["new"] },
  { output: "src/backing.rs", template: "crate/backing.rs.ejs", modes: ["new"], when: (d) => d.backing },
  { output: "build.rs", template: "crate/build.rs.ejs", modes: ["new"], when: (d) => d.database !== "none" },
  { output: "migrations/0001_items.sql", template: "crate/migrations/items.sql.ejs", modes: ["new"], when: (d) => d.database !== "none" },
  { output: ".gitignore", template: "crate/gitignore.ejs", modes: ["new"] },
  { output: "README.md", template: "crate/README.md.ejs", modes: ["new"] },
  { output: "Dockerfile", template: "container/Dockerfile.ejs", modes: ["new", "existing"] },
  { output: ".dockerignore", template: "container/dockerignore.ejs", modes: ["new", "existing"] },
  { output: (d) => d.crate.composeFile, template: "container/compose.yaml.ejs", modes: ["new", "existing"], compose: true },
  {
    output: "README.Docker.md",
    template: "container/README.Docker.md.ejs",
    modes: ["existing"],
    when: (d) => d.crate.origin === "container-kit"
  },
  {
    output: PROBE_SOURCE,
    template: "container/healthcheck-probe.rs.ejs",
    modes: ["new", "existing"],
    when: (d) => d.crate.healthcheck.kind === "probe"
  },
  { output: (d) => d.crate.ciWorkflow, template: "pipeline/github-ci.yml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" },
  { output: "deny.toml", template: "pipeline/deny.toml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" && d.crate.deny !== void 0 },
  { output: ".github/dependabot.yml", template: "pipeline/dependabot.yml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" && d.crate.dependabot },
  { output: ".cargo/config.toml", template: "pipeline/cargo-config.toml.ejs", modes: ["new", "existing"], when: (d) => d.offlineBuild },
  { output: ".env", template: "container/env.ejs", modes: ["new", "existing"], when: (d) => d.secrets !== void 0, once: true },
  { output: ANSWERS_FILE, template: "container/answers.json.ejs", modes: ["new", "existing"], owned: true },
  ...KUBERNETES_MANIFESTS.map(
    (name) => ({
      output: `deploy/kubernetes/${name}.yaml`,
      template: `deploy/kubernetes/${name}.yaml.ejs`,
      modes: ["new", "existing"],
      when: (d) => d.deploy.includes("kubernetes")
    })
  ),
  { output: "fly.toml", template: "deploy/fly.toml.ejs", modes: ["new", "existing"], when: (d) => d.deploy.includes("fly") },
  {
    output: "deploy/cloud-run/service.yaml",
    template: "deploy/cloud-run/service.yaml.ejs",
    modes: ["new", "existing"],
    when: (d) => d.deploy.includes("cloud-run")
  }
];
function plannedFiles(mode, d) {
  return MANIFEST.filter((e) => e.modes.includes(mode) && (e.when?.(d) ?? true)).map((e) => ({
    output: typeof e.output === "function" ? e.output(d) : e.output,
    template: typeof e.template === "function" ? e.template(d) : e.template,
    owned: e.owned ?? false,
    compose: e.compose ?? false,
    once: e.once ?? false
  }));
}

// generators/render/render.ts
var import_ejs = __toESM(require_ejs(), 1);
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path6 from "node:path";

// generators/package-info.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path5 from "node:path";
var PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
var TEMPLATES_DIR = path5.join(PACKAGE_ROOT, "templates");
var TOOL_NAME = "create-rust-container";
var cachedVersion;
function toolVersion() {
  cachedVersion ??= JSON.parse(readFileSync(path5.join(PACKAGE_ROOT, "package.json"), "utf8")).version;
  return cachedVersion;
}

// generators/render/precompiled-templates.ts
var PRECOMPILED_TEMPLATES = { "container/Dockerfile.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ;  if (offlineBuild) { 
    ; __append("# No \`# syntax=\` line: an air-gapped builder cannot pull a Dockerfile frontend image, and the engine's built-in\\n# frontend (Docker Engine 25+) supports every instruction and flag used here.\\n")
    ;  } else { 
    ; __append("# syntax=")
    ; __append( dockerfileSyntax )
    ; __append("\\n")
    ;  } 
    ; __append("# Build:  docker build -t ")
    ; __append( binName )
    ; __append(" .\\n")
    ;  if (crossCompile) { 
    ; __append("# Multi-arch: docker buildx build --platform ")
    ; __append( platformList )
    ; __append(" -t ")
    ; __append( binName )
    ; __append(" .\\n")
    ;  } 
    ; __append("# Run:    docker run --rm -p ")
    ; __append( port )
    ; __append(":")
    ; __append( port )
    ; __append(" ")
    ; __append( binName )
    ; __append("\\n")
    ;  const builderFrom = offlineBuild ? "\${RUST_BUILDER}" : builderImage; 
    ;  if (offlineBuild) { 
    ; __append("\\n# Offline, the builder image must already hold all the build would otherwise download")
    ;  if (auditable) { 
    ; __append(" (cargo-auditable too)")
    ;  } 
    ; __append(":\\n# --build-arg RUST_BUILDER=<your image> names one prepared so (README: Offline build).\\nARG RUST_BUILDER=")
    ; __append( builderImage )
    ; __append("\\n")
    ;  } 
    ; __append("\\n")
    ;  if (crossCompile) { 
    ; __append("# xx maps TARGETPLATFORM to a Rust target and sets up the cross linker and sysroot, so rustc runs natively\\n# on the build machine for every platform instead of under QEMU emulation.\\nFROM --platform=$BUILDPLATFORM ")
    ; __append( xxImage )
    ; __append(" AS xx\\n\\n")
    ;  } 
    ;  if (!offlineBuild) { 
    ; __append("# The builder's tag names the Rust version, as a literal so that Dependabot can move it")
    ;  if (crate.toolchainFile) { 
    ; __append("\\n# (in the same pull request as ")
    ; __append( crate.toolchainFile )
    ; __append(")")
    ;  } 
    ; __append(".\\n")
    ;  } 
    ; __append("FROM ")
    ;  if (crossCompile) { 
    ; __append("--platform=$BUILDPLATFORM ")
    ;  } 
    ; __append( builderFrom )
    ; __append(" AS build\\n")
    ;  // Right on the builder image, so one layer serves every build on it; Alpine's needs musl-dev from the packages first.
   const auditableEarly = builderFamily !== "alpine"; 
    ;  if (auditableEarly) { 
    ; __append( include("auditable.ejs") )
    ;  } 
    ;  if (crossCompile) { 
    ; __append("COPY --from=xx / /\\n")
    ;  } 
    ;  if (buildPackages.length) { 
    ;  if (builderFamily === "alpine") { 
    ; __append("RUN apk add --no-cache ")
    ; __append( buildPackages.join(" ") )
    ; __append("\\n")
    ;  } else { 
    ; __append("RUN apt-get update \\\\\\n && apt-get install -y --no-install-recommends ")
    ; __append( buildPackages.join(" ") )
    ; __append(" \\\\\\n && rm -rf /var/lib/apt/lists/*\\n")
    ;  } 
    ;  } 
    ;  if (!auditableEarly) { 
    ; __append( include("auditable.ejs") )
    ;  } 
    ;  if (crossCompile) { 
    ; __append("ARG TARGETPLATFORM\\n")
    ;  if (builderFamily === "alpine") { 
    ; __append("RUN xx-apk add --no-cache ")
    ; __append( crossTargetPackages.join(" ") )
    ; __append("\\n")
    ;  } else { 
    ; __append("RUN xx-apt-get install -y --no-install-recommends ")
    ; __append( crossTargetPackages.join(" ") )
    ; __append("\\n")
    ;  } 
    ;  } 
    ;  for (const env of buildEnv) { 
    ; __append("ENV ")
    ; __append( env )
    ; __append("\\n")
    ;  } 
    ; __append("WORKDIR /app\\n")
    ;  if (toolchain) { 
    ; __append("\\n")
    ;  if (toolchain.install && offlineBuild) { 
    ; __append("# ")
    ; __append( crate.toolchainFile )
    ; __append(" pins ")
    ; __append( toolchain.name )
    ; __append(", which rust images lack and an offline build cannot download:\\n# the builder image must already hold it, with the components that file lists.\\n")
    ;  } else if (toolchain.install) { 
    ; __append("# ")
    ; __append( crate.toolchainFile )
    ; __append(" pins ")
    ; __append( toolchain.name )
    ; __append(", which this image lacks: rustup installs what the file names, with the\\n# components and targets it lists, as on a developer's machine; read from the file, so a new pin there moves the build.\\nCOPY ")
    ; __append( crate.toolchainFile )
    ; __append(" ./\\nRUN rustup toolchain install --profile minimal --no-self-update\\n")
    ;  } else { 
    ; __append("# This image's own Rust (the rust images declare it as RUST_VERSION) is the one ")
    ; __append( crate.toolchainFile )
    ; __append(" pins.\\n# Selecting it keeps rustup from downloading the components that file lists for developers' machines (rustfmt,\\n# clippy\u2026) into every cold build.\\nENV RUSTUP_TOOLCHAIN=$RUST_VERSION\\n")
    ;  } 
    ;  } 
    ;  if (crossCompile && offlineBuild) { 
    ; __append("\\n# Offline builds cannot download the target's standard library: the builder image must already hold it.\\nRUN target=\\"$(xx-cargo --print-target-triple)\\" \\\\\\n && rustup target list --installed | grep -qx \\"$target\\" \\\\\\n || { echo \\"error: no Rust standard library for $target in this builder; offline builds need an image with it (rustup target add $target)\\" >&2; exit 1; }\\n")
    ;  } else if (crossCompile) { 
    ; __append("\\nRUN rustup target add \\"$(xx-cargo --print-target-triple)\\"\\n")
    ;  } 
    ;  if (crate.healthcheck.kind === "probe") { 
    ; __append("\\n# The healthcheck probe: a few lines of std-only Rust, so the image needs no shell or curl.\\nCOPY ")
    ; __append( probeSource )
    ; __append(" /tmp/healthcheck-probe.rs\\n")
    ;  if (crossCompile) { 
    ; __append("RUN rustc --edition 2021 -C opt-level=s -C strip=symbols --target \\"$(xx-cargo --print-target-triple)\\" -C linker=xx-clang \\\\\\n      /tmp/healthcheck-probe.rs -o ")
    ; __append( probeBin )
    ; __append("\\n")
    ;  } else { 
    ; __append("RUN rustc --edition 2021 -C opt-level=s -C strip=symbols /tmp/healthcheck-probe.rs -o ")
    ; __append( probeBin )
    ; __append("\\n")
    ;  } 
    ;  } 
    ; __append("\\nCOPY . .\\n")
    ;  if (offlineBuild) { 
    ; __append("# Offline: .cargo/config.toml takes every dependency from vendor/ (\`")
    ; __append( vendorCommand )
    ; __append("\` fills it; COPY\\n# brought it in), so cargo never reaches a registry. The target dir stays in a cache mount, so a change in src/ recompiles only\\n# this crate; the binary is copied out of it in the same RUN.\\n")
    ;  if (privateRegistry) { 
    ; __append("# Crates from the private registry \\"")
    ; __append( privateRegistry )
    ; __append("\\" are vendored too: this build needs no registry token.\\n")
    ;  } 
    ;  } else { 
    ; __append("# Cache mounts keep the registry and compiled dependencies between builds, so a change in src/ recompiles only\\n# this crate; the binary is copied out of the cached target dir in the same RUN.\\n")
    ;  } 
    ;  if (registrySecret) { 
    ; __append("# The private registry's token is a BuildKit secret, mounted as a file for this RUN only and handed to cargo in its\\n# environment (read by cargo's cargo:token provider): never an ARG, ENV or layer.\\n# docker build --secret id=")
    ; __append( registrySecretId )
    ; __append(",env=")
    ; __append( registrySecretEnv )
    ; __append(" .\\n")
    ;  } 
    ; __append("# Release images build [profile.release]; any other profile in Cargo.toml (not dev) is a build argument away")
    ;  if (crate.origin === "service") { 
    ; __append(",\\n# e.g. --build-arg CARGO_PROFILE=")
    ; __append( iterateProfile )
    ; __append(" for quick rebuilds while iterating")
    ;  } 
    ; __append(".\\nARG CARGO_PROFILE=release\\n# Unset for real images. \`create-rust-container --verify\` sets them for a quick build of the same code (no LTO,\\n# parallel codegen): cargo reads its profile settings from these variables over Cargo.toml's.\\nARG CARGO_PROFILE_RELEASE_LTO\\nARG CARGO_PROFILE_RELEASE_CODEGEN_UNITS\\nARG CARGO_PROFILE_RELEASE_OPT_LEVEL\\n")
    ;  if (!offlineBuild) { 
    ; __append("RUN --mount=type=cache,target=/usr/local/cargo/registry \\\\\\n    --mount=type=cache,target=/usr/local/cargo/git/db \\\\\\n    ")
    ; __append( targetCacheMount )
    ; __append(" \\\\\\n")
    ;  } else { 
    ; __append("RUN ")
    ; __append( targetCacheMount )
    ; __append(" \\\\\\n")
    ;  } 
    ;  if (registrySecret) { 
    ; __append("    --mount=type=secret,id=")
    ; __append( registrySecretId )
    ; __append(",required=true \\\\\\n    ")
    ; __append( registryProviderEnv )
    ; __append("=cargo:token \\\\\\n    ")
    ; __append( registryTokenEnv )
    ; __append("=\\"$(cat /run/secrets/")
    ; __append( registrySecretId )
    ; __append(")\\" \\\\\\n")
    ;  } 
    ;  if (crossCompile) { 
    ; __append("    xx-cargo ")
    ;  if (auditable) { 
    ; __append("auditable ")
    ;  } 
    ; __append("build --profile \\"$CARGO_PROFILE\\" --locked ")
    ;  if (offlineBuild) { 
    ; __append("--offline ")
    ;  } 
    ; __append( cargoSelectArgs )
    ; __append("--bin ")
    ; __append( binName )
    ; __append(" \\\\\\n && cp \\"target/$(xx-cargo --print-target-triple)/$CARGO_PROFILE/")
    ; __append( binName )
    ; __append("\\" ")
    ; __append( binPath )
    ; __append(" \\\\\\n && xx-verify")
    ;  if (staticBinary) { 
    ; __append(" --static")
    ;  } 
    ; __append(" ")
    ; __append( binPath )
    ; __append("\\n")
    ;  } else { 
    ; __append("    cargo ")
    ;  if (auditable) { 
    ; __append("auditable ")
    ;  } 
    ; __append("build --profile \\"$CARGO_PROFILE\\" --locked ")
    ;  if (offlineBuild) { 
    ; __append("--offline ")
    ;  } 
    ; __append( cargoSelectArgs )
    ; __append("--bin ")
    ; __append( binName )
    ; __append(" \\\\\\n && cp \\"target/$CARGO_PROFILE/")
    ; __append( binName )
    ; __append("\\" ")
    ; __append( binPath )
    ; __append("\\n")
    ;  } 
    ; __append("\\n")
    ;  if (crate.dataDirs.length) { 
    ; __append("# Directories the service writes at run time, owned by its user: the runtime image may have no shell to make them.\\nRUN mkdir -p")
    ;  for (const d of crate.dataDirs) { 
    ; __append(" /runtime-dirs")
    ; __append( d )
    ;  } 
    ; __append(" \\\\\\n && chown ")
    ; __append( uid )
    ; __append(":")
    ; __append( uid )
    ;  for (const d of crate.dataDirs) { 
    ; __append(" /runtime-dirs")
    ; __append( d )
    ;  } 
    ; __append("\\n")
    ;  } 
    ; __append("\\n")
    ; __append( include("runtime/" + runtimeRow.stage + ".ejs") )
    ;  if (crate.assets.length || crate.configFiles.length || crate.dataDirs.length) { 
    ; __append("# The service starts in /app, so relative paths resolve as in \`cargo run\`.\\nWORKDIR /app\\n")
    ;  } 
    ;  if (crate.assets.length) { 
    ; __append("# Runtime assets, found next to Cargo.toml.\\n")
    ;  for (const asset of crate.assets) { 
    ; __append("COPY --link --from=build /app/")
    ; __append( crate.packageDir ? crate.packageDir + "/" : "" )
    ; __append( asset )
    ; __append(" /app/")
    ; __append( asset )
    ; __append("\\n")
    ;  } 
    ;  } 
    ;  if (crate.configFiles.length) { 
    ; __append("# Configuration the binary reads from its working directory at start.\\n")
    ;  for (const file of crate.configFiles) { 
    ; __append("COPY --link --from=build /app/")
    ; __append( crate.packageDir ? crate.packageDir + "/" : "" )
    ; __append( file )
    ; __append(" /app/")
    ; __append( file )
    ; __append("\\n")
    ;  } 
    ;  } 
    ;  if (crate.dataDirs.length) { 
    ; __append("# Writable with a read-only root filesystem too: compose mounts a volume on each (")
    ; __append( crate.dataDirs.join(", ") )
    ; __append(").\\nCOPY --link --from=build /runtime-dirs/ /\\n")
    ;  } 
    ;  if (crate.healthcheck.kind === "probe") { 
    ; __append("COPY --link --from=build ")
    ; __append( probeBin )
    ; __append(" ")
    ; __append( probeBin )
    ; __append("\\n")
    ;  } 
    ;  if (crate.init) { 
    ; __append("# The binary handles no signal, and a process with no handler ignores SIGTERM as PID 1: tini is PID 1 instead and\\n# passes docker stop's (and Kubernetes') SIGTERM on, so the binary's default action ends it at once.\\nCOPY --link --from=build ")
    ; __append( initBinary )
    ; __append(" /usr/bin/tini\\n")
    ;  } 
    ; __append("COPY --link --from=build ")
    ; __append( binPath )
    ; __append(" ")
    ; __append( binPath )
    ; __append("\\n")
    ;  if (crate.origin === "service") { 
    ; __append("# RUST_LOG stays unset: the service's own default filter applies (set RUST_LOG at run time to change it).\\n")
    ;  } 
    ; __append("ENV HOST=0.0.0.0 \\\\\\n    PORT=")
    ; __append( port )
    ; __append(" \\\\\\n")
    ;  for (const [name, value] of crate.listenEnv) { 
    ; __append("    ")
    ; __append( name )
    ; __append("=")
    ; __append( value )
    ; __append(" \\\\\\n")
    ;  } 
    ;  if (crate.origin !== "service") { 
    ; __append("    RUST_LOG=info \\\\\\n")
    ;  } 
    ; __append("    LOG_FORMAT=json \\\\\\n    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt\\nEXPOSE ")
    ; __append( port )
    ; __append("\\nUSER ")
    ; __append( uid )
    ; __append(":")
    ; __append( uid )
    ; __append("\\n")
    ;  if (healthcheckArgs) { 
    ; __append("# Exec form, no shell or curl needed: this works on scratch and distroless too. While starting it probes every\\n# ")
    ; __append( health.startInterval * 1000 )
    ; __append(" ms, so the container is healthy within a second of start (--start-interval: Docker Engine 25+).\\nHEALTHCHECK --interval=")
    ; __append( health.interval )
    ; __append("s --timeout=")
    ; __append( health.timeout )
    ; __append("s --start-period=")
    ; __append( health.startPeriod )
    ; __append("s --start-interval=")
    ; __append( health.startInterval * 1000 )
    ; __append("ms --retries=")
    ; __append( health.retries )
    ; __append(" \\\\\\n    CMD ")
    ; __append( healthcheckExec )
    ; __append("\\n")
    ;  } 
    ;  if (crate.stopSignal) { 
    ; __append("# The binary handles Ctrl-C but not SIGTERM: docker stop (and Kubernetes) send this instead, for a clean shutdown.\\nSTOPSIGNAL ")
    ; __append( crate.stopSignal )
    ; __append("\\n")
    ;  } 
    ;  if (crate.init) { 
    ; __append("ENTRYPOINT [\\"/usr/bin/tini\\", \\"--\\", \\"")
    ; __append( binPath )
    ; __append("\\"]\\n")
    ;  } else { 
    ; __append("ENTRYPOINT [\\"")
    ; __append( binPath )
    ; __append("\\"]\\n")
    ;  } 
    ;  if (crate.cmd.length) { 
    ; __append("CMD ")
    ; __append( cmdExec )
    ; __append("\\n")
    ;  } 
    ; __append("LABEL org.opencontainers.image.title=\\"")
    ; __append( binName )
    ; __append("\\" \\\\\\n      org.opencontainers.image.description=\\"")
    ; __append( labelDescription )
    ; __append("\\" \\\\\\n      org.opencontainers.image.version=\\"")
    ; __append( packageVersion )
    ; __append("\\" \\\\\\n      org.opencontainers.image.base.name=\\"")
    ; __append( runtimeImage )
    ; __append("\\"\\n")
  }
  return __output;
`, "container/README.Docker.md.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("# Running ")\n    ; __append( binName )\n    ; __append(" in a container\\n\\nGenerated by create-rust-container for the `")\n    ; __append( binName )\n    ; __append("` binary of package `")\n    ; __append( crateName )\n    ; __append("`")\n    ;  if (crate.packageDir) { \n    ; __append(" (`")\n    ; __append( crate.packageDir )\n    ; __append("`)")\n    ;  } \n    ; __append(".\\n\\n```sh\\ndocker build -t ")\n    ; __append( binName )\n    ; __append(" .\\ndocker run --rm --init -p ")\n    ; __append( port )\n    ; __append(":")\n    ; __append( port )\n    ; __append(" ")\n    ; __append( binName )\n    ; __append("\\ndocker compose up --build\\n```\\n")\n    ;  if (crossCompile) { \n    ; __append("\\nMulti-arch (")\n    ; __append( platformList )\n    ; __append("), cross-compiled on the build machine: `docker buildx build --platform ")\n    ; __append( platformList )\n    ; __append(" -t ")\n    ; __append( binName )\n    ; __append(" .`\\n")\n    ;  } \n    ; __append("\\n- **Image**: `")\n    ; __append( runtimeImage )\n    ; __append("`, running as UID ")\n    ; __append( uid )\n    ; __append(" (non-root), port ")\n    ; __append( port )\n    ; __append(".\\n- **Build**: `cargo build --profile \\"$CARGO_PROFILE\\" --locked ")\n    ;  if (offlineBuild) { \n    ; __append("--offline ")\n    ;  } \n    ; __append( cargoSelectArgs )\n    ; __append("--bin ")\n    ; __append( binName )\n    ; __append("` with BuildKit cache mounts for the\\n  ")\n    ;  if (!offlineBuild) { \n    ; __append("registry and ")\n    ;  } \n    ; __append("`target/`, so a source change does not recompile dependencies. `--locked` needs a committed `Cargo.lock`.\\n  `CARGO_PROFILE` defaults to `release`; `--build-arg CARGO_PROFILE=<name>` builds another profile of `Cargo.toml` (not `dev`).\\n")\n    ;  if (crate.toolchainFile) { \n    ; __append("- **Rust**: ")\n    ;  if (toolchain.install) { \n    ; __append("`")\n    ; __append( toolchain.name )\n    ; __append("`, as `")\n    ; __append( crate.toolchainFile )\n    ; __append("` pins it, installed in its own layer from what that file names")\n    ;  } else { \n    ; __append( rustVersion )\n    ; __append(", the builder image\'s own (`")\n    ; __append( builderImage )\n    ; __append("`), which `")\n    ; __append( crate.toolchainFile )\n    ; __append("` pins; `RUSTUP_TOOLCHAIN` selects it so the file\'s components are not downloaded into the build")\n    ;  } \n    ; __append(".\\n")\n    ;  } else { \n    ; __append("- **Rust**: ")\n    ; __append( rustVersion )\n    ; __append(", as the builder\'s tag names it (`")\n    ; __append( builderImage )\n    ; __append("`); add a `rust-toolchain.toml` to pin it for\\n  local builds too.\\n")\n    ;  } \n    ;  if (crate.openssl === "system") { \n    ; __append("- **OpenSSL**: the crate links the system OpenSSL (`openssl-sys` without `vendored`).")\n    ;  if (staticBinary) { \n    ; __append(" The musl build links it statically from Alpine\'s `openssl-libs-static`.")\n    ;  } else if (runtimePackages.length) { \n    ; __append(" The runtime image installs `")\n    ; __append( runtimePackages.join(" ") )\n    ; __append("`.")\n    ;  } else { \n    ; __append(" The runtime image ships libssl.")\n    ;  } \n    ; __append("\\n")\n    ;  } else if (crate.openssl === "vendored") { \n    ; __append("- **OpenSSL**: built from source (`vendored`) and linked statically; the builder installs perl and make for it.\\n")\n    ;  } \n    ;  if (crate.buildInputs.length) { \n    ; __append("- **Build inputs**: ")\n    ; __append( crate.buildInputs.map((f) => "`" + f + "`").join(", ") )\n    ; __append(" take part in the image build (`COPY . .` brings them in; keep them out of `.dockerignore`).\\n")\n    ;  } \n    ;  if (crate.configFiles.length) { \n    ; __append("- **Configuration**: ")\n    ; __append( crate.configFiles.map((f) => "`" + f + "`").join(", ") )\n    ; __append(", read by the binary at start, copied to `/app` (the working directory): rebuild after a change, or mount your own file over it.\\n")\n    ;  } \n    ;  if (crate.assets.length) { \n    ; __append("- **Assets**: ")\n    ; __append( crate.assets.map((a) => "`" + a + "/`").join(", ") )\n    ; __append(" are copied to `/app`, the working directory, so relative paths work as under `cargo run`.\\n")\n    ;  } \n    ; __append( include("../pipeline/readme-section.md.ejs") )\n    ; __append("\\n## Stopping\\n\\n`docker stop` sends SIGTERM and waits 10 s before killing. A Rust binary as PID 1 gets no default signal handling:\\nif it does not handle SIGTERM itself, every stop takes the full 10 s. ")\n    ;  if (crate.init) { \n    ; __append("Nothing in ")\n    ; __append( binName )\n    ; __append(" handles a signal, so the\\nimage runs tini as PID 1: it passes the signal on and the binary\'s default SIGTERM action ends it at once, under\\n`docker run`, compose and Kubernetes alike.")\n    ;  } else { \n    ; __append("`--init` (and `init: true` in compose.yaml)\\nruns a tiny init as PID 1 that forwards the signal, so the binary\'s default SIGTERM action ends it at once.")\n    ;  } \n    ; __append("\\nFor a graceful drain, handle SIGTERM in the service (e.g. `tokio::signal::unix::signal(SignalKind::terminate())`\\nwith your framework\'s graceful shutdown).\\n\\n")\n    ;  if (crate.detected.length) { \n    ; __append("## Detected\\n\\nWhat the kit read in the crate, and what it did (\u26A0 marks what you need to change):\\n\\n")\n    ;  for (const d of crate.detected) { \n    ; __append("- ")\n    ;  if (d.warn) { \n    ; __append("\u26A0 ")\n    ;  } \n    ; __append( d.found )\n    ; __append(": ")\n    ; __append( d.action )\n    ; __append("\\n")\n    ;  } \n    ; __append("\\n")\n    ;  } \n    ; __append("## Healthcheck\\n")\n    ;  if (crate.healthcheck.kind === "subcommand") { \n    ; __append("\\nThe image\'s `HEALTHCHECK` runs `")\n    ; __append( healthcheckArgs.join(" ") )\n    ; __append("`: the binary probes itself, so no shell or curl is needed.\\n")\n    ;  } else if (crate.healthcheck.kind === "probe") { \n    ; __append("\\nThe image\'s `HEALTHCHECK` runs `")\n    ; __append( healthcheckArgs.join(" ") )\n    ; __append("`, a probe compiled in the build stage from\\n`")\n    ; __append( probeSource )\n    ; __append("` (std only, so it works without a shell or curl). ")\n    ;  if (healthProbe === "http") { \n    ; __append("It speaks plain HTTP; for an HTTPS-only\\nservice, add a subcommand as below.")\n    ;  } else { \n    ; __append("It only checks that the port accepts connections: no health\\nroute was found (or `--healthcheck tcp` chose this). Add one and re-run with `--health-path <route>` for an HTTP check.")\n    ;  } \n    ; __append("\\n")\n    ;  } else { \n    ; __append("\\nThis image has no `HEALTHCHECK`.\\n")\n    ;  } \n    ;  if (crate.healthcheck.kind !== "none") { \n    ; __append("\\nWhile the container starts, the check runs every ")\n    ; __append( health.startInterval * 1000 )\n    ; __append(" ms (`--start-interval`), so it reports healthy\\nwithin a second of being able to answer; then every ")\n    ; __append( health.interval )\n    ; __append(" s. `--start-interval` and compose\'s `start_interval` need Docker\\nEngine 25 or later (Compose v2.20.2+); an older engine refuses the Dockerfile: delete the flag there, and the first\\ncheck then runs ")\n    ; __append( health.interval )\n    ; __append(" s after start.\\n")\n    ;  } \n    ;  if (crate.healthcheck.kind !== "subcommand") { \n    ; __append("\\nTo let the binary check itself (then re-run with `--healthcheck-cmd healthcheck`), add to `main`:\\n\\n```rust\\n")\n    ; __append( healthcheckSnippet )\n    ; __append("\\n```\\n")\n    ;  } \n    ; __append( include("../deploy/readme-section.md.ejs") )\n  }\n  return __output;\n', "container/answers.json.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append( answersJson )
    ; __append("\\n")
  }
  return __output;
`, "container/auditable.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ;  if (auditable && !offlineBuild) { 
    ; __append("\\n# cargo-auditable embeds the exact crate list in the binary (a few KB), so Trivy, Grype, Syft and \`cargo audit bin\`\\n# read it from the image alone. Pinned, in a layer of its own: compiled once per builder image, not per build.\\nRUN --mount=type=cache,target=/usr/local/cargo/registry \\\\\\n    cargo install --locked cargo-auditable@")
    ; __append( auditableVersion )
    ; __append("\\n")
    ;  } else if (auditable) { 
    ; __append("\\n# cargo-auditable embeds the exact crate list in the binary, so scanners read it from the image alone. The builder's\\n# own is used; a builder without one installs the pinned version, which only a builder with network access can.\\nARG RUST_BUILDER\\nRUN cargo auditable --version >/dev/null 2>&1 \\\\\\n || cargo install --locked cargo-auditable@")
    ; __append( auditableVersion )
    ; __append(" \\\\\\n || { echo \\"error: no cargo-auditable in $RUST_BUILDER and no network to install it: offline builds need a builder image with it (cargo install --locked cargo-auditable@")
    ; __append( auditableVersion )
    ; __append("; --build-arg RUST_BUILDER=<image>), or scaffold with --no-auditable\\" >&2; exit 1; }\\n")
    ;  } 
  }
  return __output;
`, "container/compose.yaml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# docker compose up --build\\nservices:\\n  ")
    ; __append( binName )
    ; __append(":\\n    build:\\n      context: .\\n")
    ;  if (crossCompile) { 
    ; __append("      platforms: [")
    ; __append( platforms.map((p) => JSON.stringify(p)).join(", ") )
    ; __append("]\\n")
    ;  } 
    ;  if (registrySecret) { 
    ; __append("      # The private registry's token reaches the cargo build as a BuildKit secret (defined at the bottom).\\n      secrets: [")
    ; __append( registrySecretId )
    ; __append("]\\n")
    ;  } 
    ;  if (crate.origin === "service") { 
    ; __append("      # CARGO_PROFILE=")
    ; __append( iterateProfile )
    ; __append(" docker compose up --build: the quick profile while iterating (see Cargo.toml).\\n      args:\\n        CARGO_PROFILE: \${CARGO_PROFILE:-release}\\n")
    ;  } 
    ; __append("    image: ")
    ; __append( binName )
    ; __append(":latest\\n    ports:\\n      - \\"")
    ; __append( port )
    ; __append(":")
    ; __append( port )
    ; __append("\\"\\n    environment:\\n      PORT: \\"")
    ; __append( port )
    ; __append("\\"\\n")
    ;  for (const [name, value] of crate.listenEnv) { 
    ; __append("      ")
    ; __append( name )
    ; __append(": \\"")
    ; __append( value )
    ; __append("\\"\\n")
    ;  } 
    ;  for (const [name, value] of backingEnv) { 
    ; __append("      ")
    ; __append( name )
    ; __append(": \\"")
    ; __append( value )
    ; __append("\\"\\n")
    ;  } 
    ;  if (crate.requiredEnv.length) { 
    ; __append("      # The code reads these at start without a default (see README.Docker.md): give them values, e.g. from .env.\\n")
    ;  for (const name of crate.requiredEnv) { 
    ; __append("      # ")
    ; __append( name )
    ; __append(": \${")
    ; __append( name )
    ; __append("}\\n")
    ;  } 
    ;  } 
    ;  if (crate.origin === "service") { 
    ; __append("      # RUST_LOG: debug    # unset: the service's default filter (")
    ; __append( logFilter )
    ; __append(")\\n")
    ;  } else { 
    ; __append("      RUST_LOG: info\\n")
    ;  } 
    ;  if (crate.origin === "service" && tls !== "none") { 
    ; __append("      # HTTPS: mount a PEM certificate and key and point the service at them.\\n      # TLS_CERT_FILE: /run/certs/tls.crt\\n      # TLS_KEY_FILE: /run/certs/tls.key\\n    # volumes:\\n    #   - ./certs:/run/certs:ro\\n")
    ;  } 
    ;  if (healthcheckArgs) { 
    ; __append("    healthcheck:\\n      test: ")
    ; __append( healthcheckTest )
    ; __append("\\n      # Every ")
    ; __append( health.startInterval * 1000 )
    ; __append(" ms while starting (start_interval: Docker Engine 25+), then every ")
    ; __append( health.interval )
    ; __append(" s.\\n      interval: ")
    ; __append( health.interval )
    ; __append("s\\n      timeout: ")
    ; __append( health.timeout )
    ; __append("s\\n      retries: ")
    ; __append( health.retries )
    ; __append("\\n      start_period: ")
    ; __append( health.startPeriod )
    ; __append("s\\n      start_interval: ")
    ; __append( health.startInterval * 1000 )
    ; __append("ms\\n")
    ;  } 
    ;  if (backingServices.length) { 
    ; __append("    # Started once they report healthy, so the first request (and the migrations) find them answering.\\n    depends_on:\\n")
    ;  for (const b of backingServices) { 
    ; __append("      ")
    ; __append( b.service )
    ; __append(":\\n        condition: service_healthy\\n")
    ;  } 
    ;  } 
    ; __append("    restart: unless-stopped\\n")
    ;  if (!crate.init) { 
    ; __append("    # A minimal init as PID 1 forwards SIGTERM and reaps zombies, so \`docker stop\` is quick even for a binary\\n    # that does not handle signals itself.\\n    init: true\\n")
    ;  } 
    ; __append("    # Hardening: no writable root filesystem, no capabilities, no privilege escalation.\\n    read_only: true\\n    cap_drop: [ALL]\\n    security_opt:\\n      - no-new-privileges:true\\n    tmpfs:\\n      - /tmp\\n")
    ;  if (dataVolumes.length || crate.configFiles.length) { 
    ; __append("    volumes:\\n")
    ;  if (dataVolumes.length) { 
    ; __append("      # What the service writes survives restarts and rebuilds; a new volume starts as the image's (empty, user-owned) directory.\\n")
    ;  } 
    ;  for (const v of dataVolumes) { 
    ; __append("      - ")
    ; __append( v.name )
    ; __append(":")
    ; __append( v.path )
    ; __append("\\n")
    ;  } 
    ;  if (crate.configFiles.length) { 
    ; __append("      # The configuration it reads at start, from the crate (the image has a copy): edit it and restart, no rebuild.\\n")
    ;  } 
    ;  for (const file of crate.configFiles) { 
    ; __append("      - ./")
    ; __append( crate.packageDir ? crate.packageDir + "/" : "" )
    ; __append( file )
    ; __append(":/app/")
    ; __append( file )
    ; __append(":ro\\n")
    ;  } 
    ;  } 
    ; __append("    stop_grace_period: 15s\\n")
    ;  if (crate.origin === "service") { 
    ; __append("    # docker compose watch (Compose 2.22+): rebuilds and restarts the service when its sources change.\\n    develop:\\n      watch:\\n")
    ;  for (const p of ["src", ...(database !== "none" ? ["migrations"] : []), "Cargo.toml", "Cargo.lock"]) { 
    ; __append("        - action: rebuild\\n          path: ./")
    ; __append( p )
    ; __append("\\n")
    ;  } 
    ;  } 
    ;  for (const b of backingServices) { 
    ; __append("\\n  ")
    ; __append( b.service )
    ; __append(":\\n    image: ")
    ; __append( b.image )
    ; __append("\\n    # The app reaches it by name; the port is published on the host's loopback only, for \`cargo run\`\\n    # (")
    ; __append( b.portVar )
    ; __append(" in .env moves it).\\n    ports:\\n      - \\"127.0.0.1:\${")
    ; __append( b.portVar )
    ; __append(":-")
    ; __append( b.port )
    ; __append("}:")
    ; __append( b.port )
    ; __append("\\"\\n")
    ;  if (b.env.length) { 
    ; __append("    environment:\\n")
    ;  for (const [name, value] of b.env) { 
    ; __append("      ")
    ; __append( name )
    ; __append(": \\"")
    ; __append( value )
    ; __append("\\"\\n")
    ;  } 
    ;  } 
    ; __append("    volumes:\\n      - ")
    ; __append( b.volume.name )
    ; __append(":")
    ; __append( b.volume.path )
    ; __append("\\n    healthcheck:\\n      test: ")
    ; __append( b.healthcheck )
    ; __append("\\n      interval: 10s\\n      timeout: 5s\\n      retries: 5\\n      start_period: 30s\\n      start_interval: ")
    ; __append( health.startInterval * 1000 )
    ; __append("ms\\n    restart: unless-stopped\\n")
    ;  } 
    ;  if (registrySecret) { 
    ; __append("\\nsecrets:\\n  # Build-time only: compose reads it from ")
    ; __append( registrySecretEnv )
    ; __append(" in your environment; it never enters the image.\\n  ")
    ; __append( registrySecretId )
    ; __append(":\\n    environment: ")
    ; __append( registrySecretEnv )
    ; __append("\\n")
    ;  } 
    ;  if (dataVolumes.length || backingServices.length) { 
    ; __append("\\nvolumes:\\n")
    ;  for (const v of [...dataVolumes, ...backingServices.map((b) => b.volume)]) { 
    ; __append("  ")
    ; __append( v.name )
    ; __append(":\\n")
    ;  } 
    ;  } 
  }
  return __output;
`, "container/dockerignore.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# Keep the build context small and free of secrets: everything here never reaches the image or the builder.\\n\\n# Build output, at any depth (a bare \\"target/\\" would only match the root).\\n**/target\\n**/*.rs.bk\\n\\n# Version control and CI\\n.git\\n.gitignore\\n.github\\n\\n# Secrets and local configuration\\n**/.env\\n**/.env.*\\n**/*.pem\\n**/*.key\\n**/*.crt\\n**/*.p12\\n**/*.pfx\\n**/secrets\\n**/.cargo/credentials*\\n\\n# Editors and OS files\\n**/.idea\\n**/.vscode\\n**/*.swp\\n**/*~\\n**/.DS_Store\\n\\n# Container files: editing them should not invalidate the build cache.\\nDockerfile\\n.dockerignore\\ncompose.yaml\\n")
    ;  if (deploy.some((t) => t !== "compose")) { 
    ; __append("\\n# Deploy manifests: the image does not need them, and editing them should not rebuild it.\\n")
    ;  if (deploy.includes("kubernetes")) { 
    ; __append("deploy/kubernetes\\n")
    ;  } 
    ;  if (deploy.includes("cloud-run")) { 
    ; __append("deploy/cloud-run\\n")
    ;  } 
    ;  if (deploy.includes("fly")) { 
    ; __append("fly.toml\\n")
    ;  } 
    ;  } 
    ; __append("\\n# Vendored crates (\`cargo vendor\`) must reach the build whole: cargo checks every file against its checksum, and\\n# crates ship test certificates and keys that the secret rules above would drop. Last, so no rule re-excludes them.\\n!vendor/**\\n")
  }
  return __output;
`, "container/env.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# Local secrets for \`docker compose up\`, made once by create-rust-container; never committed (.gitignore) nor sent to\\n# the image build (.dockerignore). Changing POSTGRES_PASSWORD later needs a new db volume: PostgreSQL keeps the one it\\n# was first started with (docker compose down -v drops the volume and its data).\\n")
    ;  if (database === "postgres") { 
    ; __append("POSTGRES_PASSWORD=")
    ; __append( secrets.postgresPassword )
    ; __append("\\n")
    ;  } 
  }
  return __output;
`, "container/healthcheck-probe.rs.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("//! Container healthcheck probe: \`healthcheck-probe http://127.0.0.1:8080/health\`\\n//! sends one GET over loopback and exits 0 on a 2xx answer, 1 otherwise;\\n//! \`healthcheck-probe tcp://127.0.0.1:8080\` only checks that the port accepts a connection;\\n//! \`healthcheck-probe listeners\` prints this network namespace's TCP sockets (/proc/net/tcp and tcp6),\\n//! which \`create-rust-container --verify\` reads to see where the service really listens.\\n//! It uses only std, so it runs in scratch and distroless images that have no shell or curl.\\n//! The Dockerfile compiles it with rustc; it is not part of the crate's build.\\nuse std::io::{Read, Write};\\nuse std::net::{TcpStream, ToSocketAddrs};\\nuse std::process::ExitCode;\\nuse std::time::Duration;\\n\\nconst TIMEOUT: Duration = Duration::from_secs(3);\\n\\nfn main() -> ExitCode {\\n    let url = std::env::args().nth(1).unwrap_or_default();\\n    if url == \\"listeners\\" {\\n        return listeners();\\n    }\\n    match probe(&url) {\\n        Ok(()) => ExitCode::SUCCESS,\\n        Err(reason) => {\\n            eprintln!(\\"healthcheck {url}: {reason}\\");\\n            ExitCode::FAILURE\\n        }\\n    }\\n}\\n\\nfn listeners() -> ExitCode {\\n    for table in [\\"/proc/net/tcp\\", \\"/proc/net/tcp6\\"] {\\n        // A kernel without IPv6 has no tcp6 table: that is not an error.\\n        if let Ok(text) = std::fs::read_to_string(table) {\\n            println!(\\"# {table}\\");\\n            print!(\\"{text}\\");\\n        }\\n    }\\n    ExitCode::SUCCESS\\n}\\n\\nfn connect(authority: &str) -> Result<TcpStream, String> {\\n    let addr = authority\\n        .to_socket_addrs()\\n        .map_err(|e| e.to_string())?\\n        .next()\\n        .ok_or(\\"no address to connect to\\")?;\\n    TcpStream::connect_timeout(&addr, TIMEOUT).map_err(|e| e.to_string())\\n}\\n\\nfn probe(url: &str) -> Result<(), String> {\\n    if let Some(authority) = url.strip_prefix(\\"tcp://\\") {\\n        return connect(authority).map(drop);\\n    }\\n    let rest = url\\n        .strip_prefix(\\"http://\\")\\n        .ok_or(\\"expected an http:// or tcp:// URL\\")?;\\n    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));\\n    let path = if path.is_empty() { \\"/\\" } else { path };\\n    let mut stream = connect(authority)?;\\n    stream\\n        .set_read_timeout(Some(TIMEOUT))\\n        .map_err(|e| e.to_string())?;\\n    stream\\n        .set_write_timeout(Some(TIMEOUT))\\n        .map_err(|e| e.to_string())?;\\n    write!(\\n        stream,\\n        \\"GET {path} HTTP/1.1\\\\r\\\\nHost: {authority}\\\\r\\\\nConnection: close\\\\r\\\\n\\\\r\\\\n\\"\\n    )\\n    .map_err(|e| e.to_string())?;\\n    // The status line (\\"HTTP/1.1 200 OK\\") is all we need.\\n    let mut head = Vec::with_capacity(64);\\n    let mut buf = [0u8; 64];\\n    while head.len() < 12 {\\n        let n = stream.read(&mut buf).map_err(|e| e.to_string())?;\\n        if n == 0 {\\n            break;\\n        }\\n        head.extend_from_slice(&buf[..n]);\\n    }\\n    let status = head.get(9..12).and_then(|s| std::str::from_utf8(s).ok());\\n    match status {\\n        Some(code) if code.starts_with('2') && head.starts_with(b\\"HTTP/1.\\") => Ok(()),\\n        Some(code) => Err(format!(\\"status {code}\\")),\\n        None => Err(\\"no HTTP response\\".into()),\\n    }\\n}\\n")
  }
  return __output;
`, "crate/Cargo.toml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("[package]\\nname = \\"")
    ; __append( crateName )
    ; __append("\\"\\nversion = \\"")
    ; __append( packageVersion )
    ; __append("\\"\\nedition = \\"")
    ; __append( edition )
    ; __append("\\"\\n# The oldest Rust this builds with: the version rust-toolchain.toml and the Dockerfile's builder start from.\\nrust-version = \\"")
    ; __append( rustVersion.split(".").slice(0, 2).join(".") )
    ; __append("\\"\\ndescription = \\"")
    ; __append( description )
    ; __append("\\"\\npublish = false\\n\\n[dependencies]\\n")
    ;  for (const line of dependencyLines) { 
    ; __append( line )
    ; __append("\\n")
    ;  } 
    ;  if (devDependencyLines.length) { 
    ; __append("\\n[dev-dependencies]\\n")
    ;  for (const line of devDependencyLines) { 
    ; __append( line )
    ; __append("\\n")
    ;  } 
    ;  } 
    ; __append("\\n# A service ships one binary: trade build time for a smaller, faster one.\\n# lto + one codegen unit let LLVM optimise across crates; strip drops symbols and debug info from the image.\\n# panic = \\"abort\\" drops unwinding code: a panic anywhere, even in one request's handler, ends the process and\\n# the orchestrator restarts it. Delete that line if a panicking handler should fail only its own request.\\n# Measured on an axum + rustls service: 41% smaller than cargo's default release with opt-level = 3, and at least\\n# as fast; 58% smaller with \\"z\\", at about 15% fewer requests/s. The price is build time: whole-program LTO\\n# re-optimises every crate at link time, even after a one-line change (38 s on 2 cores; cargo's default: 10 s).\\n[profile.release]\\nopt-level = ")
    ; __append( optLevel )
    ; __append("\\nlto = true\\ncodegen-units = 1\\nstrip = true\\npanic = \\"abort\\"\\n\\n# Quick rebuilds while iterating: \`cargo build --profile ")
    ; __append( iterateProfile )
    ; __append("\`, or the image with\\n# \`docker build --build-arg CARGO_PROFILE=")
    ; __append( iterateProfile )
    ; __append(" .\` (release images keep the profile above).\\n# Same optimisation level, but no cross-crate LTO and incremental codegen units, so a one-line change in src/\\n# rebuilds in seconds (4 s for the service above); the binary is about 10% larger, as fast.\\n[profile.")
    ; __append( iterateProfile )
    ; __append("]\\ninherits = \\"release\\"\\nlto = false\\ncodegen-units = 256\\nincremental = true\\n")
  }
  return __output;
`, "crate/README.md.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("# ")\n    ; __append( crateName )\n    ; __append("\\n\\nA ")\n    ; __append( framework )\n    ; __append(" web service that ships as a small non-root container image (")\n    ; __append( runtime )\n    ; __append(").\\n\\n## Run and test\\n\\n```sh\\n")\n    ;  if (backingServices.length) { \n    ; __append("docker compose up -d ")\n    ; __append( backingServices.map((b) => b.service).join(" ") )\n    ; __append("   # ")\n    ; __append( backingServices.map((b) => b.image).join(" and ") )\n    ; __append(", from compose.yaml\\n")\n    ;  } \n    ;  for (const [name, value] of backingEnv) { \n    ; __append("export ")\n    ; __append( name )\n    ; __append("=")\n    ; __append( value.replace(/\\$\\{POSTGRES_PASSWORD[^}]*\\}/, "$(sed -n \'s/^POSTGRES_PASSWORD=//p\' .env)").replace(/@db:/, "@localhost:").replace(/\\/\\/cache:/, "//localhost:").replace("sqlite:///data/", "sqlite://") \n)\n    ; __append("\\n")\n    ;  } \n    ; __append("cargo run                      # http://localhost:")\n    ; __append( port )\n    ; __append("/health\\ncargo test\\ncargo run -- healthcheck       # probes the running service: exit 0 when healthy\\n```\\n")\n    ;  if (backing) { \n    ; __append("\\n`/health` answers while the process runs; `/ready` answers 200 only when ")\n    ; __append( readyChecks.map((c) => c.name).join(" and ") )\n    ; __append(" answer")\n    ; __append( readyChecks.length === 1 ? "s" : "" )\n    ; __append(" (503 naming the one\\nthat does not), so an orchestrator stops sending requests here during an outage instead of restarting the service.\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("\\n## Database\\n\\n`src/backing.rs` holds a sqlx pool")\n    ;  if (cache !== "none") { \n    ; __append(" and the Redis connection")\n    ;  } \n    ; __append(". Migrations live in `migrations/`, are embedded in the binary at build\\ntime and applied at start, so a new version of the image brings its schema with it: add a file per change\\n(`0002_\u2026.sql`) and never edit one that has run. The example resource shows the pattern for your own:\\n\\n```sh\\ncurl -X POST localhost:")\n    ; __append( port )\n    ; __append("/items -H \'content-type: application/json\' -d \'{\\"name\\": \\"first\\"}\'   # 201\\ncurl localhost:")\n    ; __append( port )\n    ; __append("/items\\n```\\n\\nQueries use sqlx\'s query functions (`sqlx::query_as` with SQL text), not the compile-time-checked `query!` macros:\\nthose need a database, or a `.sqlx/` directory from `cargo sqlx prepare`, when the image is built. To switch, commit\\n`.sqlx/` and add `ENV SQLX_OFFLINE=true` to the Dockerfile\'s build stage.\\n")\n    ;  } \n    ; __append("\\n## Container\\n\\n```sh\\ndocker build -t ")\n    ; __append( crateName )\n    ; __append(" .\\ndocker run --rm -p ")\n    ; __append( port )\n    ; __append(":")\n    ; __append( port )\n    ; __append(" ")\n    ; __append( crateName )\n    ; __append("\\ndocker compose up --build      # with healthcheck, restart policy and a read-only root filesystem\\n```\\n")\n    ;  if (crossCompile) { \n    ; __append("\\nMulti-arch image (")\n    ; __append( platformList )\n    ; __append("), cross-compiled on the build machine (no emulation):\\n\\n```sh\\ndocker buildx build --platform ")\n    ; __append( platformList )\n    ; __append(" -t ")\n    ; __append( crateName )\n    ; __append(" .\\n```\\n")\n    ;  } \n    ; __append("\\nThe image runs as UID ")\n    ; __append( uid )\n    ; __append(", exposes port ")\n    ; __append( port )\n    ; __append(", and its `HEALTHCHECK` runs `")\n    ; __append( binName )\n    ; __append(" healthcheck`:\\nthe binary probes `GET /health` on loopback itself, so no shell or curl is needed in the image. While the container\\nstarts it is checked every ")\n    ; __append( health.startInterval * 1000 )\n    ; __append(" ms, so it reports healthy within a second of start (then every\\n")\n    ; __append( health.interval )\n    ; __append(" s). That start interval (`--start-interval`, compose `start_interval`) needs Docker Engine 25 or later\\n(Compose v2.20.2+); on an older engine delete it, and the first check runs ")\n    ; __append( health.interval )\n    ; __append(" s after start.\\n`docker stop` sends SIGTERM; the service stops accepting connections, finishes in-flight requests and exits.\\n\\nThe Dockerfile builds with `--locked`: commit `Cargo.lock` (`cargo generate-lockfile` creates it).\\nBuild caches (")\n    ;  if (!offlineBuild) { \n    ; __append("cargo registry, ")\n    ;  } \n    ; __append("compiled dependencies) live in BuildKit cache mounts, so a change in `src/`\\nrecompiles only this crate.\\n\\nRelease images build `[profile.release]`: whole-program LTO makes the binary much smaller, but re-optimises every\\ncrate on each rebuild. While iterating, build the `")\n    ; __append( iterateProfile )\n    ; __append("` profile instead (no cross-crate LTO,\\nincremental): a one-line change then rebuilds the image in seconds.\\n\\n```sh\\ndocker build --build-arg CARGO_PROFILE=")\n    ; __append( iterateProfile )\n    ; __append(" -t ")\n    ; __append( crateName )\n    ; __append(" .\\ncargo build --profile ")\n    ; __append( iterateProfile )\n    ; __append("\\n```\\n")\n    ; __append( include("../pipeline/readme-section.md.ejs") )\n    ; __append("\\n## Configuration\\n\\n| variable | default | meaning |\\n|---|---|---|\\n| `HOST` | `0.0.0.0` | address to bind |\\n| `PORT` | `")\n    ; __append( port )\n    ; __append("` | port to listen on (the healthcheck probes the same port) |\\n| `RUST_LOG` | `")\n    ; __append( logFilter )\n    ; __append("` | log filter, e.g. `debug` or `")\n    ; __append( crateName.replace(/-/g, "_") )\n    ; __append("=debug,info` |\\n| `LOG_FORMAT` | `text` (`json` in the image) | `json` writes one JSON object per line |\\n")\n    ;  for (const c of readyChecks) { \n    ; __append("| `")\n    ; __append( c.env )\n    ; __append("` | none (required) | ")\n    ; __append( c.name === "sqlite" ? "the SQLite file, e.g. `sqlite://data/app.db` (made on first start)" : c.name === "postgres" ? "e.g. `postgres://app:PASSWORD@db:5432/app`; TLS with `?sslmode=require`" : "e.g. `redis://cache:6379`, or `rediss://` for TLS" \n)\n    ; __append(" |\\n")\n    ;  } \n    ;  if (tls !== "none") { \n    ; __append("| `TLS_CERT_FILE` | unset | PEM certificate chain; with `TLS_KEY_FILE`, serve HTTPS |\\n| `TLS_KEY_FILE` | unset | PEM private key |\\n\\n## HTTPS\\n\\nSet both `TLS_CERT_FILE` and `TLS_KEY_FILE` to serve HTTPS on the same port (")\n    ; __append( tls === "rustls" ? "rustls with the ring provider" : "OpenSSL, compiled from source and linked statically" )\n    ; __append(").\\nThe healthcheck then probes over HTTPS and accepts the service\'s own certificate on loopback.\\n\\n```sh\\nmkdir -p certs && openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj /CN=localhost -keyout certs/tls.key -out certs/tls.crt\\ndocker run --rm -p ")\n    ; __append( port )\n    ; __append(":")\n    ; __append( port )\n    ; __append(" -v \\"$PWD/certs:/run/certs:ro\\" \\\\\\n  -e TLS_CERT_FILE=/run/certs/tls.crt -e TLS_KEY_FILE=/run/certs/tls.key ")\n    ; __append( crateName )\n    ; __append("\\n```\\n\\nCertificates and keys are listed in `.gitignore` and `.dockerignore`: they never enter the repository or the image.\\n")\n    ;  } \n    ; __append( include("../deploy/readme-section.md.ejs") )\n    ; __append("\\n## Regenerating\\n\\n`.rust-container.json` records the answers this repository was generated with. Running\\n`npm create rust-container . -- --yes` again re-renders the container files from them and shows a diff for\\nevery file that would change.\\n")\n  }\n  return __output;\n', "crate/backing.rs.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("//! The services this one depends on: ")\n    ; __append( readyChecks.map((c) => c.name).join(" and ") )\n    ; __append(". `/health` never calls them, so an\\n//! outage of one cannot get every replica restarted at once; `/ready` asks each of them, within a\\n//! short timeout, so an orchestrator stops sending requests here while one is down.\\n\\nuse std::collections::BTreeMap;\\nuse std::future::Future;\\n")\n    ;  if (database !== "none") { \n    ; __append("use std::str::FromStr;\\n")\n    ;  } \n    ;  if (cache === "redis") { \n    ; __append("use std::sync::Arc;\\n")\n    ;  } \n    ; __append("use std::time::Duration;\\n\\nuse anyhow::{Context, Result};\\n")\n    ;  if (cache === "redis") { \n    ; __append("use redis::aio::ConnectionManager;\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("use serde::{Deserialize, Serialize};\\n")\n    ;  } else { \n    ; __append("use serde::Serialize;\\n")\n    ;  } \n    ;  if (database === "postgres") { \n    ; __append("use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};\\n")\n    ;  } else if (database === "sqlite") { \n    ; __append("use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};\\n")\n    ;  } \n    ;  if (cache === "redis") { \n    ; __append("use tokio::sync::OnceCell;\\n")\n    ;  } \n    ; __append("use tokio::time::timeout;\\nuse tracing::warn;\\n\\nuse crate::settings;\\n\\n/// How long `/ready` waits for each backing service.\\nconst CHECK_TIMEOUT: Duration = Duration::from_secs(2);\\n")\n    ;  if (database !== "none") { \n    ; __append("/// Connections the pool opens at most.")\n    ;  if (database === "postgres") { \n    ; __append(" Every replica\'s pool counts against the server\'s\\n/// `max_connections` (100 by default).")\n    ;  } \n    ; __append("\\nconst MAX_CONNECTIONS: u32 = ")\n    ; __append( database === "postgres" ? 10 : 4 )\n    ; __append(";\\n/// How long a request waits for a connection before it fails.\\nconst ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);\\n")\n    ;  } \n    ;  if (database === "sqlite") { \n    ; __append("/// How long a write waits for another connection\'s write to finish.\\nconst BUSY_TIMEOUT: Duration = Duration::from_secs(5);\\n")\n    ;  } \n    ; __append("\\n/// Handles to the backing services; cloning one is cheap, every clone shares the connections.\\n#[derive(Clone)]\\npub struct Backing {\\n")\n    ;  if (database === "postgres") { \n    ; __append("    db: PgPool,\\n")\n    ;  } else if (database === "sqlite") { \n    ; __append("    db: SqlitePool,\\n")\n    ;  } \n    ;  if (cache === "redis") { \n    ; __append("    cache: Cache,\\n")\n    ;  } \n    ; __append("}\\n\\nimpl Backing {\\n    /// From ")\n    ; __append( readyChecks.map((c) => c.env).join(" and ") )\n    ; __append(", which have no default.\\n    pub fn from_env() -> Result<Self> {\\n        Self::new(")\n    ; __append( readyChecks.map((c) => `&required("${c.env}")?`).join(", ") )\n    ; __append(")\\n    }\\n\\n    /// Sets up the handles without connecting: the service starts, and reports not ready, while\\n    /// a backing service is down; each reconnects by itself once it is back.\\n    pub fn new(")\n    ; __append( readyChecks.map((c) => `${c.arg}: &str`).join(", ") )\n    ; __append(") -> Result<Self> {\\n")\n    ;  if (database === "postgres") { \n    ; __append("        let options = PgConnectOptions::from_str(database_url)\\n            .context(\\"DATABASE_URL is not a valid postgres:// URL\\")?;\\n        let db = PgPoolOptions::new()\\n")\n    ;  } else if (database === "sqlite") { \n    ; __append("        // WAL: readers do not wait for the writer. The file is made on first start.\\n        let options = SqliteConnectOptions::from_str(database_url)\\n            .context(\\"DATABASE_URL is not a valid sqlite: URL\\")?\\n            .create_if_missing(true)\\n            .journal_mode(SqliteJournalMode::Wal)\\n            .busy_timeout(BUSY_TIMEOUT);\\n        let db = SqlitePoolOptions::new()\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("            .max_connections(MAX_CONNECTIONS)\\n            .acquire_timeout(ACQUIRE_TIMEOUT)\\n            .connect_lazy_with(options);\\n")\n    ;  } \n    ;  if (cache === "none") { \n    ; __append("        Ok(Self { db })\\n")\n    ;  } else { \n    ; __append("        Ok(Self {\\n")\n    ;  if (database !== "none") { \n    ; __append("            db,\\n")\n    ;  } \n    ; __append("            cache: Cache::new(redis_url)?,\\n        })\\n")\n    ;  } \n    ; __append("    }\\n")\n    ;  if (database !== "none") { \n    ; __append("\\n    /// Applies the migrations in `migrations/` (embedded in the binary at build time) that the\\n    /// database has not seen yet. Called once, before the server listens.\\n    pub async fn migrate(&self) -> Result<()> {\\n        sqlx::migrate!()\\n            .run(&self.db)\\n            .await\\n            .context(\\"cannot apply the database migrations (is DATABASE_URL right?)\\")\\n    }\\n")\n    ;  } \n    ; __append("\\n    /// Asks every backing service at once whether it answers.\\n    pub async fn readiness(&self) -> Readiness {\\n")\n    ;  if (readyChecks.length === 1) { \n    ; __append("        Readiness::new([check(\\"")\n    ; __append( readyChecks[0].name )\n    ; __append("\\", ")\n    ; __append( readyChecks[0].probe )\n    ; __append(").await])\\n")\n    ;  } else { \n    ; __append("        let (")\n    ; __append( readyChecks.map((c) => c.arg.replace("_url", "")).join(", ") )\n    ; __append(") = tokio::join!(\\n")\n    ;  for (const c of readyChecks) { \n    ; __append("            check(\\"")\n    ; __append( c.name )\n    ; __append("\\", ")\n    ; __append( c.probe )\n    ; __append("),\\n")\n    ;  } \n    ; __append("        );\\n        Readiness::new([")\n    ; __append( readyChecks.map((c) => c.arg.replace("_url", "")).join(", ") )\n    ; __append("])\\n")\n    ;  } \n    ; __append("    }\\n")\n    ;  if (database !== "none") { \n    ; __append("\\n    async fn ping_database(&self) -> Result<()> {\\n        sqlx::query(\\"SELECT 1\\").execute(&self.db).await?;\\n        Ok(())\\n    }\\n\\n    /// The example resource: the newest items, at most 100.\\n    pub async fn items(&self) -> sqlx::Result<Vec<Item>> {\\n        sqlx::query_as(\\"SELECT id, name FROM items ORDER BY id DESC LIMIT 100\\")\\n            .fetch_all(&self.db)\\n            .await\\n    }\\n\\n    pub async fn add_item(&self, item: &NewItem) -> sqlx::Result<Item> {\\n        sqlx::query_as(\\"INSERT INTO items (name) VALUES ($1) RETURNING id, name\\")\\n            .bind(item.name.trim())\\n            .fetch_one(&self.db)\\n            .await\\n    }\\n")\n    ;  } \n    ; __append("}\\n\\n/// Body of `GET /ready`: `ready` when every backing service answered, else `unavailable`, with\\n/// each one\'s state. Why one is down goes to the log, not to the caller.\\n#[derive(Debug, Serialize)]\\npub struct Readiness {\\n    pub status: &\'static str,\\n    pub checks: BTreeMap<&\'static str, &\'static str>,\\n}\\n\\nimpl Readiness {\\n    fn new<const N: usize>(results: [(&\'static str, bool); N]) -> Self {\\n        let ready = results.iter().all(|&(_, up)| up);\\n        let state = |up: bool| if up { \\"up\\" } else { \\"down\\" };\\n        Self {\\n            status: if ready { \\"ready\\" } else { \\"unavailable\\" },\\n            checks: results.map(|(name, up)| (name, state(up))).into(),\\n        }\\n    }\\n\\n    pub fn is_ready(&self) -> bool {\\n        self.status == \\"ready\\"\\n    }\\n}\\n\\n/// Runs one probe within CHECK_TIMEOUT; the reason for a failure is logged.\\nasync fn check(\\n    name: &\'static str,\\n    probe: impl Future<Output = Result<()>>,\\n) -> (&\'static str, bool) {\\n    match timeout(CHECK_TIMEOUT, probe).await {\\n        Ok(Ok(())) => (name, true),\\n        Ok(Err(err)) => {\\n            warn!(service = name, error = format!(\\"{err:#}\\"), \\"not ready\\");\\n            (name, false)\\n        }\\n        Err(_) => {\\n            warn!(service = name, timeout = ?CHECK_TIMEOUT, \\"not ready: no answer\\");\\n            (name, false)\\n        }\\n    }\\n}\\n\\nfn required(name: &str) -> Result<String> {\\n    settings::var(name)?.with_context(|| format!(\\"{name} is not set\\"))\\n}\\n")\n    ;  if (cache === "redis") { \n    ; __append("\\n/// Redis through a connection manager, which reconnects by itself after a failure. It is made on\\n/// first use (and again on the next use while Redis is down), so the service starts without it.\\n#[derive(Clone)]\\nstruct Cache {\\n    client: redis::Client,\\n    manager: Arc<OnceCell<ConnectionManager>>,\\n}\\n\\nimpl Cache {\\n    fn new(url: &str) -> Result<Self> {\\n        let client = redis::Client::open(url).context(\\"REDIS_URL is not a valid redis:// URL\\")?;\\n        Ok(Self {\\n            client,\\n            manager: Arc::default(),\\n        })\\n    }\\n\\n    async fn connection(&self) -> redis::RedisResult<ConnectionManager> {\\n        let manager = self\\n            .manager\\n            .get_or_try_init(|| ConnectionManager::new(self.client.clone()));\\n        manager.await.cloned()\\n    }\\n\\n    async fn ping(&self) -> Result<()> {\\n        let mut connection = self.connection().await?;\\n        let _: String = redis::cmd(\\"PING\\").query_async(&mut connection).await?;\\n        Ok(())\\n    }\\n}\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("\\n/// One row of the example resource (see `migrations/`).\\n#[derive(Debug, Serialize, sqlx::FromRow)]\\npub struct Item {\\n    pub id: i64,\\n    pub name: String,\\n}\\n\\n/// Body of `POST /items`.\\n#[derive(Debug, Deserialize)]\\npub struct NewItem {\\n    pub name: String,\\n}\\n\\nimpl NewItem {\\n    const MAX_NAME_CHARS: usize = 200;\\n\\n    /// Why this item cannot be stored, if it cannot (answered with 422).\\n    pub fn problem(&self) -> Option<&\'static str> {\\n        let name = self.name.trim();\\n        if name.is_empty() {\\n            Some(\\"name must not be empty\\")\\n        } else if name.chars().count() > Self::MAX_NAME_CHARS {\\n            Some(\\"name must be at most 200 characters\\")\\n        } else {\\n            None\\n        }\\n    }\\n}\\n\\n/// Body of an error answer from the example resource.\\n#[derive(Debug, Serialize)]\\npub struct ErrorBody {\\n    pub error: &\'static str,\\n}\\n\\n/// A database failure answered with 500: the cause is logged, the caller learns nothing internal.\\npub fn internal_error(err: sqlx::Error) -> ErrorBody {\\n    tracing::error!(error = %err, \\"database request failed\\");\\n    ErrorBody {\\n        error: \\"internal error\\",\\n    }\\n}\\n")\n    ;  } \n  }\n  return __output;\n', "crate/build.rs.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("// sqlx::migrate!() embeds migrations/ at compile time; cargo rebuilds when a file there is added or changed.\\nfn main() {\\n    println!(\\"cargo:rerun-if-changed=migrations\\");\\n}\\n")
  }
  return __output;
`, "crate/gitignore.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("/target\\n**/*.rs.bk\\n\\n# Local secrets and certificates\\n.env\\n.env.*\\n*.pem\\n*.key\\n/certs\\n")
  }
  return __output;
`, "crate/healthcheck.rs.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("//! The \`healthcheck\` subcommand: \`GET /health\` against this service, for container health\\n//! checks. Runtime images such as scratch and distroless have no shell and no curl, so the binary\\n//! probes itself. The probe is synchronous and small: it never starts an async runtime or the web\\n//! framework.\\n\\nuse std::io::{BufRead, BufReader, Read, Write};\\nuse std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};\\nuse std::process::ExitCode;\\n")
    ;  if (tls === "rustls") { 
    ; __append("use std::sync::Arc;\\n")
    ;  } 
    ; __append("use std::time::Duration;\\n\\n")
    ;  if (tls === "openssl-vendored") { 
    ; __append("use anyhow::{anyhow, bail, Context, Result};\\nuse openssl::ssl::{SslConnector, SslMethod, SslStream, SslVerifyMode};\\n")
    ;  } else { 
    ; __append("use anyhow::{bail, Context, Result};\\n")
    ;  } 
    ;  if (tls === "rustls") { 
    ; __append("use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};\\nuse rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};\\nuse rustls::pki_types::{CertificateDer, ServerName, UnixTime};\\nuse rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme, StreamOwned};\\n")
    ;  } 
    ; __append("\\nuse crate::settings::Settings;\\n\\n/// Bound on connecting and on each read and write: a hung server must fail the check, not stall it.\\nconst TIMEOUT: Duration = Duration::from_secs(2);\\n\\n/// Longest status line read from the server.\\nconst MAX_STATUS_LINE: u64 = 1024;\\n\\n/// Exits 0 if the server answers \`GET /health\` with 200, 1 otherwise (the reason goes to stderr).\\npub fn run() -> ExitCode {\\n    match probe() {\\n        Ok(()) => ExitCode::SUCCESS,\\n        Err(err) => {\\n            eprintln!(\\"healthcheck failed: {err:#}\\");\\n            ExitCode::FAILURE\\n        }\\n    }\\n}\\n\\nfn probe() -> Result<()> {\\n    // The same settings as the server, so the probe finds it wherever it was told to listen.\\n    let settings = Settings::from_env()?;\\n    let addr = probe_addr(settings.addr);\\n    let tcp = TcpStream::connect_timeout(&addr, TIMEOUT)\\n        .with_context(|| format!(\\"cannot connect to {addr}\\"))?;\\n    tcp.set_read_timeout(Some(TIMEOUT))\\n        .and_then(|()| tcp.set_write_timeout(Some(TIMEOUT)))\\n        .context(\\"cannot set socket timeouts\\")?;\\n")
    ;  if (tls === "none") { 
    ; __append("    let status_line =\\n        request(tcp, addr).with_context(|| format!(\\"GET /health on {addr} failed\\"))?;\\n")
    ;  } else { 
    ; __append("    let status_line = match settings.tls {\\n        Some(_) => request(tls_stream(tcp, addr)?, addr),\\n        None => request(tcp, addr),\\n    }\\n    .with_context(|| format!(\\"GET /health on {addr} failed\\"))?;\\n")
    ;  } 
    ; __append("    check_status(&status_line)\\n}\\n\\n/// Where to reach the server from its own container: loopback when it listens on every\\n/// interface, otherwise the one address it listens on.\\nfn probe_addr(listen: SocketAddr) -> SocketAddr {\\n    let ip = match listen.ip() {\\n        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),\\n        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),\\n        ip => ip,\\n    };\\n    SocketAddr::new(ip, listen.port())\\n}\\n\\n/// Sends \`GET /health\` and returns the response's status line. Only the status line is read, so\\n/// the probe does not depend on how the server frames or closes the rest of the response.\\nfn request(mut stream: impl Read + Write, addr: SocketAddr) -> Result<String> {\\n    let request = format!(\\"GET /health HTTP/1.1\\\\r\\\\nHost: {addr}\\\\r\\\\nConnection: close\\\\r\\\\n\\\\r\\\\n\\");\\n    stream.write_all(request.as_bytes())?;\\n    stream.flush()?;\\n    let mut status_line = String::new();\\n    BufReader::new(stream.take(MAX_STATUS_LINE)).read_line(&mut status_line)?;\\n    Ok(status_line)\\n}\\n\\n/// Accepts \`HTTP/1.x 200 ...\` and nothing else.\\nfn check_status(status_line: &str) -> Result<()> {\\n    let status_line = status_line.trim_end();\\n    if status_line.is_empty() {\\n        bail!(\\"the server closed the connection without answering\\");\\n    }\\n    if !status_line.starts_with(\\"HTTP/\\") {\\n        bail!(\\"not an HTTP response: {status_line:?}\\");\\n    }\\n    if status_line.split(' ').nth(1) != Some(\\"200\\") {\\n        bail!(\\"the server answered {status_line:?}\\");\\n    }\\n    Ok(())\\n}\\n")
    ;  if (tls === "rustls") { 
    ; __append("\\n/// Wraps the connection in TLS. This probe asks \\"is the server up and speaking TLS\\", not \\"is its\\n/// certificate trusted\\": it runs next to the server, over loopback, often against a self-signed or\\n/// internal certificate, so any certificate is accepted. The handshake signatures are still\\n/// verified, so the server must hold the private key of the certificate it presents.\\nfn tls_stream(\\n    tcp: TcpStream,\\n    addr: SocketAddr,\\n) -> Result<StreamOwned<ClientConnection, TcpStream>> {\\n    // ring, like the server: aws-lc-rs (rustls' default provider) needs cmake to build.\\n    let provider = Arc::new(rustls::crypto::ring::default_provider());\\n    let config = ClientConfig::builder_with_provider(provider.clone())\\n        .with_safe_default_protocol_versions()\\n        .context(\\"cannot configure TLS\\")?\\n        .dangerous()\\n        .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))\\n        .with_no_client_auth();\\n    let connection = ClientConnection::new(Arc::new(config), ServerName::from(addr.ip()))\\n        .context(\\"cannot start a TLS session\\")?;\\n    Ok(StreamOwned::new(connection, tcp))\\n}\\n\\n/// Trusts any server certificate, but checks handshake signatures with the provider's algorithms.\\n#[derive(Debug)]\\nstruct AnyCertificate(Arc<CryptoProvider>);\\n\\nimpl ServerCertVerifier for AnyCertificate {\\n    fn verify_server_cert(\\n        &self,\\n        _end_entity: &CertificateDer<'_>,\\n        _intermediates: &[CertificateDer<'_>],\\n        _server_name: &ServerName<'_>,\\n        _ocsp_response: &[u8],\\n        _now: UnixTime,\\n    ) -> Result<ServerCertVerified, rustls::Error> {\\n        Ok(ServerCertVerified::assertion())\\n    }\\n\\n    fn verify_tls12_signature(\\n        &self,\\n        message: &[u8],\\n        cert: &CertificateDer<'_>,\\n        dss: &DigitallySignedStruct,\\n    ) -> Result<HandshakeSignatureValid, rustls::Error> {\\n        verify_tls12_signature(\\n            message,\\n            cert,\\n            dss,\\n            &self.0.signature_verification_algorithms,\\n        )\\n    }\\n\\n    fn verify_tls13_signature(\\n        &self,\\n        message: &[u8],\\n        cert: &CertificateDer<'_>,\\n        dss: &DigitallySignedStruct,\\n    ) -> Result<HandshakeSignatureValid, rustls::Error> {\\n        verify_tls13_signature(\\n            message,\\n            cert,\\n            dss,\\n            &self.0.signature_verification_algorithms,\\n        )\\n    }\\n\\n    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {\\n        self.0.signature_verification_algorithms.supported_schemes()\\n    }\\n}\\n")
    ;  } 
    ;  if (tls === "openssl-vendored") { 
    ; __append("\\n/// Wraps the connection in TLS. This probe asks \\"is the server up and speaking TLS\\", not \\"is its\\n/// certificate trusted\\": it runs next to the server, over loopback, often against a self-signed or\\n/// internal certificate, so certificate verification is off.\\nfn tls_stream(tcp: TcpStream, addr: SocketAddr) -> Result<SslStream<TcpStream>> {\\n    let mut connector =\\n        SslConnector::builder(SslMethod::tls_client()).context(\\"cannot initialise OpenSSL\\")?;\\n    connector.set_verify(SslVerifyMode::NONE);\\n    connector\\n        .build()\\n        .configure()\\n        .context(\\"cannot configure TLS\\")?\\n        .verify_hostname(false)\\n        // An IP address as the name: OpenSSL then sends no SNI.\\n        .connect(&addr.ip().to_string(), tcp)\\n        .map_err(|err| anyhow!(\\"TLS handshake failed: {err}\\"))\\n}\\n")
    ;  } 
    ; __append("\\n#[cfg(test)]\\nmod tests {\\n    use super::*;\\n\\n    fn addr(text: &str) -> SocketAddr {\\n        text.parse().unwrap()\\n    }\\n\\n    #[test]\\n    fn probes_loopback_when_listening_everywhere() {\\n        assert_eq!(probe_addr(addr(\\"0.0.0.0:8080\\")), addr(\\"127.0.0.1:8080\\"));\\n        assert_eq!(probe_addr(addr(\\"[::]:8080\\")), addr(\\"[::1]:8080\\"));\\n        assert_eq!(probe_addr(addr(\\"10.1.2.3:8080\\")), addr(\\"10.1.2.3:8080\\"));\\n    }\\n\\n    #[test]\\n    fn only_200_passes() {\\n        assert!(check_status(\\"HTTP/1.1 200 OK\\\\r\\\\n\\").is_ok());\\n        assert!(check_status(\\"HTTP/1.1 503 Service Unavailable\\\\r\\\\n\\").is_err());\\n        assert!(check_status(\\"SSH-2.0-OpenSSH_9.6\\\\r\\\\n\\").is_err());\\n        assert!(check_status(\\"\\").is_err());\\n    }\\n}\\n")
  }
  return __output;
`, "crate/rust-toolchain.toml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# One Rust version for local builds, CI and the Dockerfile's builder (rust:<version>): Dependabot moves them together.\\n[toolchain]\\nchannel = \\"")
    ; __append( rustVersion )
    ; __append("\\"\\ncomponents = [\\"rustfmt\\", \\"clippy\\"]\\nprofile = \\"minimal\\"\\n")
  }
  return __output;
`, "crate/settings.rs.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("//! Runtime settings and logging, read from the environment. The server and the `healthcheck`\\n//! subcommand both use [`Settings::from_env`], so they always agree on where the server listens.\\n\\nuse std::env::{self, VarError};\\nuse std::io::IsTerminal;\\nuse std::net::{IpAddr, Ipv4Addr, SocketAddr};\\nuse std::num::NonZeroU16;\\n")\n    ;  if (tls !== "none") { \n    ; __append("use std::path::PathBuf;\\n")\n    ;  } \n    ; __append("\\nuse anyhow::{bail, Context, Result};\\nuse tracing_subscriber::layer::SubscriberExt;\\nuse tracing_subscriber::util::SubscriberInitExt;\\nuse tracing_subscriber::{fmt, EnvFilter};\\n\\n/// Port used when `PORT` is unset.\\nconst DEFAULT_PORT: u16 = ")\n    ; __append( port )\n    ; __append(";\\n\\n/// Where and how the server listens.\\n#[derive(Debug)]\\npub struct Settings {\\n    /// `HOST` (default `0.0.0.0`: every IPv4 interface, which a container needs) and `PORT`.\\n    pub addr: SocketAddr,\\n")\n    ;  if (tls !== "none") { \n    ; __append("    /// HTTPS when `TLS_CERT_FILE` and `TLS_KEY_FILE` are both set, plain HTTP when neither is.\\n    pub tls: Option<TlsFiles>,\\n")\n    ;  } \n    ; __append("}\\n")\n    ;  if (tls !== "none") { \n    ; __append("\\n/// PEM files to serve HTTPS with.\\n#[derive(Debug)]\\npub struct TlsFiles {\\n    /// `TLS_CERT_FILE`: the certificate chain, leaf first.\\n    pub cert: PathBuf,\\n    /// `TLS_KEY_FILE`: the private key.\\n    pub key: PathBuf,\\n}\\n")\n    ;  } \n    ; __append("\\nimpl Settings {\\n    pub fn from_env() -> Result<Self> {\\n        let host = match var(\\"HOST\\")? {\\n            Some(host) => host.parse().with_context(|| {\\n                format!(\\"HOST must be an IP address such as 0.0.0.0 or ::, got {host:?}\\")\\n            })?,\\n            None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),\\n        };\\n        let port = match var(\\"PORT\\")? {\\n            Some(port) => port\\n                .parse::<NonZeroU16>()\\n                .with_context(|| format!(\\"PORT must be a number from 1 to 65535, got {port:?}\\"))?\\n                .get(),\\n            None => DEFAULT_PORT,\\n        };\\n")\n    ;  if (tls === "none") { \n    ; __append("        // Refuse rather than silently serve plain HTTP to clients that were promised HTTPS.\\n        if var(\\"TLS_CERT_FILE\\")?.is_some() || var(\\"TLS_KEY_FILE\\")?.is_some() {\\n            bail!(\\n                \\"TLS_CERT_FILE/TLS_KEY_FILE are set, but this build has no TLS support; \\\\\\n                 terminate TLS at a proxy or ingress and unset them\\"\\n            );\\n        }\\n        Ok(Self {\\n            addr: SocketAddr::new(host, port),\\n        })\\n")\n    ;  } else { \n    ; __append("        let tls = match (var(\\"TLS_CERT_FILE\\")?, var(\\"TLS_KEY_FILE\\")?) {\\n            (Some(cert), Some(key)) => Some(TlsFiles {\\n                cert: cert.into(),\\n                key: key.into(),\\n            }),\\n            (None, None) => None,\\n            (Some(_), None) => {\\n                bail!(\\"TLS_CERT_FILE is set but TLS_KEY_FILE is not; HTTPS needs both\\")\\n            }\\n            (None, Some(_)) => {\\n                bail!(\\"TLS_KEY_FILE is set but TLS_CERT_FILE is not; HTTPS needs both\\")\\n            }\\n        };\\n        Ok(Self {\\n            addr: SocketAddr::new(host, port),\\n            tls,\\n        })\\n")\n    ;  } \n    ; __append("    }\\n\\n    /// URL scheme the server speaks, for logs.\\n    pub fn scheme(&self) -> &\'static str {\\n")\n    ;  if (tls === "none") { \n    ; __append("        // This build has no TLS stack.\\n        \\"http\\"\\n")\n    ;  } else { \n    ; __append("        if self.tls.is_some() {\\n            \\"https\\"\\n        } else {\\n            \\"http\\"\\n        }\\n")\n    ;  } \n    ; __append("    }\\n}\\n\\n/// Installs the global `tracing` subscriber. The filter comes from `RUST_LOG`, or `default_filter`\\n/// when it is unset; `LOG_FORMAT=json` (set in the container image) writes one JSON object per\\n/// line, `LOG_FORMAT=text` or unset writes human-readable lines. Records from crates that log\\n/// through the `log` crate are forwarded into the same subscriber.\\npub fn init_logging(default_filter: &str) -> Result<()> {\\n    let directives = var(\\"RUST_LOG\\")?.unwrap_or_else(|| default_filter.to_owned());\\n    let filter = EnvFilter::try_new(&directives)\\n        .with_context(|| format!(\\"RUST_LOG is not a valid filter: {directives:?}\\"))?;\\n    let json = match var(\\"LOG_FORMAT\\")?.as_deref() {\\n        None | Some(\\"text\\") => false,\\n        Some(\\"json\\") => true,\\n        Some(other) => bail!(\\"LOG_FORMAT must be json or text, got {other:?}\\"),\\n    };\\n    let registry = tracing_subscriber::registry().with(filter);\\n    let installed = if json {\\n        registry\\n            .with(fmt::layer().json().flatten_event(true))\\n            .try_init()\\n    } else {\\n        // Colours only on a terminal: `docker logs` and log collectors get plain text.\\n        let ansi = std::io::stdout().is_terminal();\\n        registry.with(fmt::layer().with_ansi(ansi)).try_init()\\n    };\\n    installed.context(\\"cannot install the log subscriber\\")\\n}\\n\\n/// Reads an environment variable; empty counts as unset, so `PORT=` in a compose file or\\n/// manifest means \\"use the default\\".\\npub fn var(name: &str) -> Result<Option<String>> {\\n    match env::var(name) {\\n        Ok(value) if value.is_empty() => Ok(None),\\n        Ok(value) => Ok(Some(value)),\\n        Err(VarError::NotPresent) => Ok(None),\\n        Err(err @ VarError::NotUnicode(_)) => {\\n            Err(err).with_context(|| format!(\\"{name} is not valid UTF-8\\"))\\n        }\\n    }\\n}\\n")\n  }\n  return __output;\n', "deploy/fly.toml.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("# Fly.io: `fly launch --no-deploy` once (creates the app from this file), then `fly deploy` builds the Dockerfile\\n# and rolls the new image out. Reference: https://fly.io/docs/reference/configuration/\\napp = \\"")\n    ; __append( deployName )\n    ; __append("\\"\\n# Placeholder: the region closest to your users (`fly platform regions` lists them).\\nprimary_region = \\"iad\\"\\n\\n# SIGTERM starts the graceful shutdown: the service drains in-flight requests for up to ")\n    ; __append( drainSeconds )\n    ; __append(" s, so Fly waits\\n# longer than that before it kills the machine (its default is 5 s).\\nkill_signal = \\"SIGTERM\\"\\nkill_timeout = \\"")\n    ; __append( killTimeoutSeconds )\n    ; __append("s\\"\\n\\n[build]\\n  dockerfile = \\"Dockerfile\\"\\n\\n[env]\\n  PORT = \\"")\n    ; __append( port )\n    ; __append("\\"\\n")\n    ;  if (servesTls) { \n    ; __append("  # Fly\'s proxy terminates TLS (certificates for ")\n    ; __append( deployName )\n    ; __append(".fly.dev and your own domains) and forwards plain\\n  # HTTP over the private network: leave TLS_CERT_FILE/TLS_KEY_FILE unset here, so the service serves HTTP.\\n")\n    ;  } \n    ;  for (const [name, value] of backingEnv.filter(([n]) => !secretEnv.includes(n))) { \n    ; __append("  ")\n    ; __append( name )\n    ; __append(" = \\"")\n    ; __append( value )\n    ; __append("\\"\\n")\n    ;  } \n    ;  if (secretEnv.length) { \n    ; __append("  # This app runs no database or cache: ")\n    ; __append( secretEnv.join(" and ") )\n    ; __append(" ")\n    ; __append( secretEnv.length === 1 ? "comes" : "come" )\n    ; __append(" from `fly secrets set ")\n    ; __append( secretEnv.map((n) => `${n}=\u2026`).join(" ") )\n    ; __append("`")\n    ;  if (secretEnv.includes("DATABASE_URL")) { \n    ; __append("\\n  # (`fly postgres attach` sets DATABASE_URL itself)")\n    ;  } \n    ; __append(".\\n")\n    ;  } \n    ;  if (dataVolumes.length && crate.origin === "service") { \n    ; __append("\\n# The SQLite file on a Fly volume (create it with `fly volumes create data`): a machine\'s own disk is lost on redeploy.\\n[mounts]\\n  source = \\"data\\"\\n  destination = \\"")\n    ; __append( dataVolumes[0].path )\n    ; __append("\\"\\n")\n    ;  } \n    ; __append("\\n[http_service]\\n  internal_port = ")\n    ; __append( port )\n    ; __append("\\n  # The proxy serves HTTPS on 443 and redirects HTTP on 80 to it.\\n  force_https = true\\n  # Idle machines stop and start again on the next request: no cost while nobody calls the service. Set\\n  # min_machines_running = 1 (or more) to keep one warm.\\n  auto_stop_machines = \\"stop\\"\\n  auto_start_machines = true\\n  min_machines_running = 0\\n\\n  # Requests in flight per machine: past the soft limit the proxy prefers (and starts) other machines, at the\\n  # hard limit it queues. An async Rust service handles far more than Fly\'s defaults (20/25).\\n  [http_service.concurrency]\\n    type = \\"requests\\"\\n    soft_limit = 200\\n    hard_limit = 250\\n")\n    ;  if (healthProbe === "http") { \n    ; __append("\\n  # The proxy routes only to machines whose check passes. Plain HTTP: TLS ends at the proxy.\\n  [[http_service.checks]]\\n    grace_period = \\"10s\\"\\n    interval = \\"15s\\"\\n    timeout = \\"3s\\"\\n    method = \\"GET\\"\\n    path = \\"")\n    ; __append( healthPath )\n    ; __append("\\"\\n    protocol = \\"http\\"\\n")\n    ;  } else { \n    ; __append("\\n# The health route is not known, so this check only confirms the port accepts connections; with a health route,\\n# add an [[http_service.checks]] entry (method = \\"GET\\", path = \\"/your-route\\") instead.\\n[checks.listening]\\n  type = \\"tcp\\"\\n  port = ")\n    ; __append( port )\n    ; __append("\\n  grace_period = \\"10s\\"\\n  interval = \\"15s\\"\\n  timeout = \\"3s\\"\\n")\n    ;  } \n    ; __append("\\n# The smallest shared-CPU machine; a Rust service rarely needs more. `fly scale vm` / `fly scale memory` change it.\\n[[vm]]\\n  size = \\"shared-cpu-1x\\"\\n  memory = \\"256mb\\"\\n")\n  }\n  return __output;\n', "deploy/readme-section.md.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ;  if (deploy.some((t) => t !== "compose")) { \n    ; __append("\\n## Deploy\\n")\n    ;  if (deploy.includes("kubernetes")) { \n    ; __append("\\n### Kubernetes\\n\\n`deploy/kubernetes/` has a Deployment (2 replicas running as UID ")\n    ; __append( uid )\n    ; __append(" with a read-only root filesystem and no\\ncapabilities, startup/readiness/liveness probes, ")\n    ; __append( terminationGraceSeconds )\n    ; __append(" s to shut down gracefully), a ClusterIP Service\\nand a PodDisruptionBudget. `kustomization.yaml` ties them together and maps the image to `ghcr.io/OWNER/")\n    ; __append( deployName )\n    ; __append("`:\\nreplace `OWNER` with the GHCR owner the image is pushed to.\\n\\n```sh\\n")\n    ;  if (secretEnv.length) { \n    ; __append("# the cluster runs no database or cache: point the service at managed ones\\nkubectl create secret generic ")\n    ; __append( deployName )\n    ; __append("-backing")\n    ;  for (const name of secretEnv) { \n    ; __append(" --from-literal=")\n    ; __append( name )\n    ; __append("=\'\u2026\'")\n    ;  } \n    ; __append("\\n")\n    ;  } \n    ;  if (servesTls) { \n    ; __append("kubectl create secret tls ")\n    ; __append( deployName )\n    ; __append("-tls --cert=certs/tls.crt --key=certs/tls.key   # the pods serve HTTPS with it\\n")\n    ;  } \n    ; __append("kubectl apply -k deploy/kubernetes\\nkubectl rollout status deployment/")\n    ; __append( deployName )\n    ; __append("\\nkubectl port-forward service/")\n    ; __append( deployName )\n    ; __append(" ")\n    ; __append( port )\n    ; __append(":")\n    ; __append( servesTls ? 443 : 80 )\n    ; __append("   # then ")\n    ; __append( servesTls ? "https" : "http" )\n    ; __append("://localhost:")\n    ; __append( port )\n    ; __append( healthProbe === "http" ? healthPath : "/" )\n    ; __append("\\n```\\n")\n    ;  } \n    ;  if (deploy.includes("fly")) { \n    ; __append("\\n### Fly.io\\n\\n`fly.toml` builds the Dockerfile, ")\n    ;  if (healthProbe === "http") { \n    ; __append("checks `GET ")\n    ; __append( healthPath )\n    ; __append("`")\n    ;  } else { \n    ; __append("checks that the port accepts connections")\n    ;  } \n    ; __append(", stops idle machines and starts them on\\ndemand. Set `primary_region` first.")\n    ;  if (servesTls) { \n    ; __append(" Fly\'s proxy terminates TLS, so the service serves plain HTTP there.")\n    ;  } \n    ; __append("\\n\\n```sh\\nfly launch --no-deploy   # once: creates the app from fly.toml (keep its settings when asked)\\n")\n    ;  if (secretEnv.length) { \n    ; __append("fly secrets set")\n    ;  for (const name of secretEnv) { \n    ; __append(" ")\n    ; __append( name )\n    ; __append("=\'\u2026\'")\n    ;  } \n    ; __append("   # a managed database and cache")\n    ;  if (secretEnv.includes("DATABASE_URL")) { \n    ; __append(" (`fly postgres attach` sets DATABASE_URL)")\n    ;  } \n    ; __append("\\n")\n    ;  } \n    ;  if (dataVolumes.length && crate.origin === "service") { \n    ; __append("fly volumes create data --size 1   # the SQLite file\'s volume ([mounts] in fly.toml)\\n")\n    ;  } \n    ; __append("fly deploy\\n```\\n")\n    ;  } \n    ;  if (deploy.includes("cloud-run")) { \n    ; __append("\\n### Google Cloud Run\\n\\nCloud Run cannot pull from ghcr.io: push the image to Artifact Registry, then replace `REGION`, `PROJECT` and\\n`REPOSITORY` in `deploy/cloud-run/service.yaml` as in the commands. Cloud Run terminates TLS and sets `PORT` itself;\\nthe service serves plain HTTP there.\\n\\n```sh\\ngcloud artifacts repositories create REPOSITORY --repository-format=docker --location=REGION   # once\\ngcloud auth configure-docker REGION-docker.pkg.dev\\ndocker build --platform linux/amd64 -t REGION-docker.pkg.dev/PROJECT/REPOSITORY/")\n    ; __append( deployName )\n    ; __append(":latest .\\ndocker push REGION-docker.pkg.dev/PROJECT/REPOSITORY/")\n    ; __append( deployName )\n    ; __append(":latest\\n")\n    ;  for (const name of secretEnv) { \n    ; __append("printf %s \'\u2026\' | gcloud secrets create ")\n    ; __append( deployName )\n    ; __append("-")\n    ; __append( name.toLowerCase().replace(/_/g, "-") )\n    ; __append(" --data-file=-   # ")\n    ; __append( name )\n    ; __append(", for a managed service\\n")\n    ;  } \n    ; __append("gcloud run services replace deploy/cloud-run/service.yaml --region REGION\\ngcloud run services add-iam-policy-binding ")\n    ; __append( deployName )\n    ; __append(" --region REGION --member=allUsers --role=roles/run.invoker   # public access\\n```\\n")\n    ;  } \n    ;  } \n  }\n  return __output;\n', "pipeline/cargo-config.toml.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("# Offline builds: every crates.io dependency comes from vendor/, which `")\n    ; __append( vendorCommand )\n    ; __append("` fills from\\n# Cargo.lock. Run it (and commit vendor/, or let CI run it) before `docker build`: the image builds with\\n# `cargo build --offline` and never reaches a registry, so it works on an air-gapped builder. --versioned-dirs puts\\n# each crate version in a directory of its own (vendor/<name>-<version>/): BuildKit re-sends a context file only when\\n# its size or mtime changed, and vendored files share one fixed mtime, so a new version in the old directory could\\n# reach the build as the old files. Delete these lines to use crates.io again.\\n[source.crates-io]\\nreplace-with = \\"vendored-sources\\"\\n\\n[source.vendored-sources]\\ndirectory = \\"vendor\\"\\n")\n    ;  if (privateRegistry) { \n    ; __append("\\n# The private registry \\"")\n    ; __append( privateRegistry )\n    ; __append("\\": cargo finds it by this name (set its index URL), and `cargo vendor` prints\\n# the [source.\\"\u2026\\"] lines that take its crates from vendor/ too; add them here.\\n# [registries.")\n    ; __append( privateRegistry )\n    ; __append("]\\n# index = \\"sparse+https://cargo.example.com/index/\\"\\n# credential-provider = \\"cargo:token\\"\\n")\n    ;  } \n  }\n  return __output;\n', "pipeline/deny.toml.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("# cargo deny check: advisories, licenses, bans and sources of every crate in Cargo.lock, run by CI on every push,\\n# pull request and weekly (https://embarkstudios.github.io/cargo-deny/).\\n\\n[graph]\\n# Only what the image\'s platforms compile: a crate that only another OS pulls in is not checked.\\ntargets = [")\n    ; __append( denyTargets.map((t) => `"${t}"`).join(", ") )\n    ; __append("]\\n\\n[advisories]\\n# RustSec advisories against Cargo.lock, as `cargo audit` checks them; a yanked version fails too.\\nyanked = \\"deny\\"\\nignore = []\\n\\n[licenses]\\n")\n    ;  if (crate.origin === "service") { \n    ; __append("# The licenses of the crates this template uses, for every framework, TLS stack and backing service it offers (so\\n# some may be unused here). A dependency under any other license fails the check until you accept it here.\\n")\n    ;  } else { \n    ; __append("# Common permissive licenses, and any other the crate\'s dependencies use today (cargo metadata). A dependency under\\n# any other license fails the check until you accept it here.\\n")\n    ;  } \n    ; __append("allow = [\\n")\n    ;  for (const license of crate.deny.allow) { \n    ;  const extra = crate.deny.extra.find((e) => e.license === license); \n    ; __append("  \\"")\n    ; __append( license )\n    ; __append("\\",")\n    ;  if (extra) { \n    ; __append(" # ")\n    ; __append( extra.crates.join(", ") )\n    ;  } \n    ; __append("\\n")\n    ;  } \n    ; __append("]\\nconfidence-threshold = 0.93\\nunused-allowed-license = \\"allow\\"\\n# Unpublished workspace crates need no license.\\nprivate = { ignore = true }\\n\\n[bans]\\n# Two versions of one crate come from upstream crates\' own requirements, nothing to act on here (`cargo tree -d`\\n# lists them). A `*` version requirement fails the check.\\nmultiple-versions = \\"allow\\"\\nwildcards = \\"deny\\"\\nallow-wildcard-paths = true\\n\\n[sources]\\n# The registries and git repositories the crates come from today")\n    ;  if (privateRegistry) { \n    ; __append("; add the private registry \\"")\n    ; __append( privateRegistry )\n    ; __append("\\"\'s index URL\\n# to allow-registry (its crates are reported until then)")\n    ;  } \n    ; __append(". Any other source fails the check.\\nunknown-registry = \\"")\n    ; __append( privateRegistry ? "warn" : "deny" )\n    ; __append("\\"\\nunknown-git = \\"deny\\"\\nallow-registry = [")\n    ; __append( crate.deny.registries.map((r) => `"${r}"`).join(", ") )\n    ; __append("]\\n")\n    ;  if (crate.deny.git.length) { \n    ; __append("allow-git = [")\n    ; __append( crate.deny.git.map((g) => `"${g}"`).join(", ") )\n    ; __append("]\\n")\n    ;  } \n  }\n  return __output;\n', "pipeline/dependabot.yml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# Dependabot: weekly pull requests that keep the crates, the Dockerfile's images and the workflow's actions current.\\n# CI checks each one like any other change (cargo deny, the image scan).\\nversion: 2\\nmulti-ecosystem-groups:\\n  # One pull request moves the Dockerfile's images")
    ;  if (crate.toolchainFile && !offlineBuild) { 
    ; __append(" and ")
    ; __append( crate.toolchainFile )
    ; __append(" together, so the\\n  # builder's rust:<version> tag follows the toolchain file (CI fails while they differ)")
    ;  } 
    ; __append(".\\n  toolchain-and-images:\\n    schedule:\\n      interval: weekly\\nupdates:\\n  # Cargo.lock, and Cargo.toml where a requirement must move: minor and patch releases in one grouped PR.\\n  - package-ecosystem: cargo\\n    directory: /\\n    schedule:\\n      interval: weekly\\n    groups:\\n      crates:\\n        patterns: [\\"*\\"]\\n        update-types: [minor, patch]\\n")
    ;  const runtimeVersioned = /:\\d/.test(runtimeImage);
   const versioned = [...(offlineBuild ? [] : [builderImage]), ...(runtimeVersioned ? [runtimeImage] : []), ...(crossCompile ? [xxImage] : [])]; 
    ; __append("  # FROM lines with a versioned tag")
    ;  if (versioned.length) { 
    ; __append(": ")
    ; __append( versioned.join(", ") )
    ;  } 
    ; __append(".\\n")
    ;  if (offlineBuild) { 
    ; __append("  # The builder is RUST_BUILDER, an ARG Dependabot does not read: move its default (")
    ; __append( builderImage )
    ; __append(") by hand.\\n")
    ;  } 
    ;  if (runtimeImage !== "scratch" && !runtimeVersioned) { 
    ; __append("  # ")
    ; __append( runtimeImage )
    ; __append(" has no version in its tag: each CI build pulls its current digest. Pinning one\\n  # (")
    ; __append( runtimeImage )
    ; __append("@sha256:\u2026) makes builds reproducible, and Dependabot then moves the pin.\\n")
    ;  } 
    ; __append("  - package-ecosystem: docker\\n    directory: /\\n    patterns: [\\"*\\"]\\n    multi-ecosystem-group: toolchain-and-images\\n")
    ;  if (crate.toolchainFile && offlineBuild) { 
    ; __append("  # ")
    ; __append( crate.toolchainFile )
    ; __append(" moves with the builder image you prepare for offline builds, so by hand too.\\n")
    ;  } else if (crate.toolchainFile) { 
    ; __append("  # The channel ")
    ; __append( crate.toolchainFile )
    ; __append(" pins (a version or a dated nightly).\\n  - package-ecosystem: rust-toolchain\\n    directory: /\\n    patterns: [\\"*\\"]\\n    multi-ecosystem-group: toolchain-and-images\\n")
    ;  } 
    ;  if (backingServices.length) { 
    ; __append("  # ")
    ; __append( crate.composeFile )
    ; __append(" has no updater: ")
    ; __append( backingServices.map((b) => b.image).join(", ") )
    ; __append(" follow a major version's tag, so each pull\\n  # brings that major's latest release, and moving to a new major needs a data upgrade, not a weekly pull request.\\n")
    ;  } 
    ; __append("  # The actions' commit SHAs, with their version comments.\\n  - package-ecosystem: github-actions\\n    directory: /\\n    schedule:\\n      interval: weekly\\n    groups:\\n      actions:\\n        patterns: [\\"*\\"]\\n")
  }
  return __output;
`, "pipeline/github-ci.yml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ;  if (crate.ciChecks) { 
    ; __append("# CI: formatting, clippy and tests on every push and pull request; then the container image (")
    ; __append( platformList )
    ; __append("),\\n# pushed to GitHub Container Registry (ghcr.io/<owner>/<repo>) from main and from v* tags. Pull requests build the\\n# image without pushing it.\\nname: CI\\n")
    ;  } else { 
    ; __append("# The container image (")
    ; __append( platformList )
    ; __append("), pushed to GitHub Container Registry (ghcr.io/<owner>/<repo>) from main\\n# and from v* tags; pull requests build it without pushing. Formatting, clippy and tests stay in this repository's\\n# own workflows.\\nname: Container image\\n")
    ;  } 
    ; __append("\\non:\\n  push:\\n    branches: [main]\\n    tags: [\\"v*\\"]\\n  pull_request:\\n  # Weekly: new advisories against an unchanged Cargo.lock (the dependencies job alone).\\n  schedule:\\n    - cron: \\"17 5 * * 1\\"\\n\\n# Each job asks for what it needs and nothing more.\\npermissions: {}\\n\\nconcurrency:\\n  group: ")
    ; __append( crate.ciChecks ? "ci" : "container-image" )
    ; __append("-\${{ github.ref }}\\n  cancel-in-progress: \${{ github.event_name == 'pull_request' }}\\n\\nenv:\\n  CARGO_TERM_COLOR: always\\n\\njobs:\\n")
    ;  if (crate.ciChecks) { 
    ; __append("  check:\\n    name: fmt, clippy, test\\n    if: github.event_name != 'schedule'\\n    runs-on: ubuntu-latest\\n    permissions:\\n      contents: read\\n")
    ;  if (privateRegistry) { 
    ; __append("    env:\\n      # The private registry \\"")
    ; __append( privateRegistry )
    ; __append("\\": cargo's cargo:token provider reads its token from the repository\\n      # secret ")
    ; __append( registrySecretEnv )
    ; __append(".\\n      ")
    ; __append( registryProviderEnv )
    ; __append(": cargo:token\\n      ")
    ; __append( registryTokenEnv )
    ; __append(": \${{ secrets.")
    ; __append( registrySecretEnv )
    ; __append(" }}\\n")
    ;  } 
    ; __append("    steps:\\n      - uses: ")
    ; __append( actions.checkout )
    ; __append("\\n")
    ;  if (toolchain && toolchain.pinsBuilder) { 
    ; __append("      # The image builds with the Rust its builder tag names, and this job with the one ")
    ; __append( crate.toolchainFile )
    ; __append(" pins:\\n      # they must agree. Dependabot moves both in one pull request, unless the new rust image is not out yet.\\n      - name: The Dockerfile's builder is the Rust ")
    ; __append( crate.toolchainFile )
    ; __append(" pins\\n        run: |\\n          builder=\\"$(")
    ; __append( builderVersionCommand )
    ; __append(")\\"\\n          pinned=\\"$(")
    ; __append( toolchainChannelCommand )
    ; __append(")\\"\\n          [ \\"$builder\\" = \\"$pinned\\" ] || { echo \\"::error file=Dockerfile::the builder is rust:$builder but ")
    ; __append( crate.toolchainFile )
    ; __append(" pins $pinned: move them together\\"; exit 1; }\\n")
    ;  } 
    ;  if (crate.toolchainFile) { 
    ; __append("      - name: Rust toolchain from ")
    ; __append( crate.toolchainFile )
    ; __append("\\n")
    ;  } else { 
    ; __append("      # No toolchain file: the Rust the Dockerfile's builder tag names (rust:<version>), which Dependabot moves.\\n      - name: Rust version of the Dockerfile's builder\\n        id: rust\\n        run: |\\n          version=\\"$(")
    ; __append( builderVersionCommand )
    ; __append(")\\"\\n          [ -n \\"$version\\" ] || { echo \\"::error file=Dockerfile::no rust:<version> builder image found\\"; exit 1; }\\n          echo \\"version=$version\\" >> \\"$GITHUB_OUTPUT\\"\\n      - name: Rust \${{ steps.rust.outputs.version }}\\n")
    ;  } 
    ; __append("        uses: ")
    ; __append( actions.rustToolchain )
    ; __append("\\n        with:\\n")
    ;  if (!crate.toolchainFile) { 
    ; __append("          toolchain: \${{ steps.rust.outputs.version }}\\n")
    ;  } 
    ; __append("          components: rustfmt, clippy\\n          # Caching is the next step's; warnings fail clippy below, not every build.\\n          cache: false\\n          rustflags: \\"\\"\\n      - uses: ")
    ; __append( actions.rustCache )
    ; __append("\\n")
    ;  if (offlineBuild) { 
    ; __append("      - name: Vendor dependencies (.cargo/config.toml builds from vendor/), unless vendor/ is committed\\n        run: \\"[ -d vendor ] || ")
    ; __append( vendorCommand )
    ; __append("\\"\\n")
    ;  } 
    ; __append("      - run: cargo fmt --all --check\\n      - run: cargo clippy ")
    ; __append( ciScope )
    ; __append("--all-targets --locked -- -D warnings\\n      - run: cargo test ")
    ; __append( ciScope )
    ; __append("--locked\\n\\n")
    ;  } 
    ; __append("  dependencies:\\n    name: cargo deny (advisories, bans, licenses, sources)\\n    runs-on: ubuntu-latest\\n    permissions:\\n      contents: read\\n")
    ;  if (privateRegistry) { 
    ; __append("    env:\\n      ")
    ; __append( registryProviderEnv )
    ; __append(": cargo:token\\n      ")
    ; __append( registryTokenEnv )
    ; __append(": \${{ secrets.")
    ; __append( registrySecretEnv )
    ; __append(" }}\\n")
    ;  } 
    ; __append("    steps:\\n      - uses: ")
    ; __append( actions.checkout )
    ; __append("\\n")
    ;  if (offlineBuild) { 
    ; __append("      - name: Vendor dependencies (.cargo/config.toml reads crates from vendor/), unless vendor/ is committed\\n        run: \\"[ -d vendor ] || ")
    ; __append( vendorCommand )
    ; __append("\\"\\n")
    ;  } 
    ; __append("      # deny.toml: the licenses allowed, crates.io as the only source, no wildcard versions. The advisories check is\\n      # cargo audit's: Cargo.lock against the RustSec database.\\n      - uses: ")
    ; __append( actions.cargoDeny )
    ; __append("\\n        with:\\n          command: check advisories bans licenses sources\\n\\n  image:\\n    name: image (")
    ; __append( platformList )
    ; __append(")\\n    if: github.event_name != 'schedule'\\n")
    ;  if (crate.ciChecks) { 
    ; __append("    needs: check\\n")
    ;  } 
    ; __append("    runs-on: ubuntu-latest\\n    permissions:\\n      contents: read\\n      packages: write\\n      # Keyless signing: cosign signs with this job's OIDC identity (no key to keep).\\n      id-token: write\\n    steps:\\n      - uses: ")
    ; __append( actions.checkout )
    ; __append("\\n      - name: Image name (GHCR needs it in lowercase)\\n        run: echo \\"IMAGE=ghcr.io/\${GITHUB_REPOSITORY,,}\\" >> \\"$GITHUB_ENV\\"\\n")
    ;  if (offlineBuild) { 
    ; __append("      - name: Vendor dependencies for the offline image build, unless vendor/ is committed\\n        run: \\"[ -d vendor ] || ")
    ; __append( vendorCommand )
    ; __append("\\"\\n")
    ;  if (privateRegistry) { 
    ; __append("        env:\\n          ")
    ; __append( registryProviderEnv )
    ; __append(": cargo:token\\n          ")
    ; __append( registryTokenEnv )
    ; __append(": \${{ secrets.")
    ; __append( registrySecretEnv )
    ; __append(" }}\\n")
    ;  } 
    ;  } 
    ; __append("      # No QEMU: the Dockerfile compiles every platform natively on the runner")
    ;  if (crossCompile) { 
    ; __append(" and cross-links with tonistiigi/xx")
    ;  } 
    ; __append(".\\n      - uses: ")
    ; __append( actions.setupBuildx )
    ; __append("\\n      - name: Log in to ghcr.io\\n        if: github.event_name != 'pull_request'\\n        uses: ")
    ; __append( actions.login )
    ; __append("\\n        with:\\n          registry: ghcr.io\\n          username: \${{ github.actor }}\\n          password: \${{ secrets.GITHUB_TOKEN }}\\n      - name: Tags and OCI labels\\n        id: meta\\n        uses: ")
    ; __append( actions.metadata )
    ; __append("\\n        with:\\n          images: \${{ env.IMAGE }}\\n          tags: |\\n            type=ref,event=branch\\n            type=ref,event=pr\\n            type=semver,pattern={{version}}\\n            type=semver,pattern={{major}}.{{minor}}\\n            type=sha\\n      - name: Build ")
    ; __append( scanPlatform )
    ; __append(" for the scan, into the runner's engine\\n        uses: ")
    ; __append( actions.buildPush )
    ; __append("\\n        with:\\n          # The checked-out directory (with .dockerignore), not a fresh Git checkout of the commit.\\n          context: .\\n          platforms: ")
    ; __append( scanPlatform )
    ; __append("\\n          load: true\\n          tags: \${{ env.IMAGE }}:scan\\n          # Base images are looked up afresh, so a tag with no version in it (\u2026:nonroot) brings its newest digest.\\n          pull: true\\n          # The engine's image store takes a plain image; the pushed one below carries the attestations.\\n          provenance: false\\n          sbom: false\\n          # BuildKit cache mounts (cargo registry, target/) are not exported from the runner, so this registry cache\\n          # of every stage's layers (mode=max) is what makes CI image builds incremental.\\n          cache-from: type=registry,ref=\${{ env.IMAGE }}:buildcache\\n")
    ;  if (registrySecret) { 
    ; __append("          # The registry token as a BuildKit secret: the Dockerfile mounts it for the cargo build only.\\n          secrets: |\\n            ")
    ; __append( registrySecretId )
    ; __append("=\${{ secrets.")
    ; __append( registrySecretEnv )
    ; __append(" }}\\n")
    ;  } 
    ; __append("      # Grype reads the distro packages")
    ;  if (auditable) { 
    ; __append(" and the crate list cargo-auditable embedded in the binary")
    ;  } 
    ; __append(". Nothing is\\n      # pushed while a high or critical vulnerability with a fixed version is in the image.\\n      - name: Scan (fails on high or critical vulnerabilities that have a fix)\\n        uses: ")
    ; __append( actions.grype )
    ; __append("\\n        with:\\n          image: \${{ env.IMAGE }}:scan\\n          fail-build: true\\n          severity-cutoff: high\\n          only-fixed: true\\n          output-format: table\\n      - name: Build")
    ;  if (crossCompile) { 
    ; __append(" ")
    ; __append( platformList )
    ;  } 
    ; __append(" and push, with SBOM and provenance attestations\\n        id: build\\n        uses: ")
    ; __append( actions.buildPush )
    ; __append("\\n        with:\\n          context: .\\n          platforms: ")
    ; __append( platformList )
    ; __append("\\n          push: \${{ github.event_name != 'pull_request' }}\\n          tags: \${{ steps.meta.outputs.tags }}\\n          labels: \${{ steps.meta.outputs.labels }}\\n          # An SPDX SBOM of every layer (the Rust crates included) and SLSA provenance with the full build record,\\n          # attached to the image index in the registry.\\n          sbom: true\\n          provenance: mode=max\\n          cache-from: type=registry,ref=\${{ env.IMAGE }}:buildcache\\n          cache-to: \${{ github.event_name != 'pull_request' && format('type=registry,ref={0}:buildcache,mode=max', env.IMAGE) || '' }}\\n")
    ;  if (registrySecret) { 
    ; __append("          secrets: |\\n            ")
    ; __append( registrySecretId )
    ; __append("=\${{ secrets.")
    ; __append( registrySecretEnv )
    ; __append(" }}\\n")
    ;  } 
    ; __append("      - if: github.event_name != 'pull_request'\\n        uses: ")
    ; __append( actions.cosignInstaller )
    ; __append("\\n      # By digest, so every tag of this build is covered; the certificate names this workflow and ref.\\n      - name: Sign the pushed image (keyless)\\n        if: github.event_name != 'pull_request'\\n        env:\\n          DIGEST: \${{ steps.build.outputs.digest }}\\n        run: cosign sign --yes \\"\${IMAGE}@\${DIGEST}\\"\\n")
  }
  return __output;
`, "pipeline/readme-section.md.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ;  if (ci === "github" || offlineBuild || privateRegistry) { \n    ; __append("\\n## Build pipeline\\n")\n    ;  if (ci === "github") { \n    ; __append("\\n### CI (GitHub Actions)\\n\\n`.github/workflows/ci.yml` runs `cargo fmt --check`, `cargo clippy -- -D warnings` and `cargo test --locked` on every\\npush and pull request, with ")\n    ; __append( crate.toolchainFile ? "Rust from `" + crate.toolchainFile + "`" : "the Rust version the Dockerfile\'s builder tag names" )\n    ; __append(". On `main` and on `v*` tags it then builds the image for\\n")\n    ; __append( platformList )\n    ; __append(" with Buildx and pushes it to `ghcr.io/<owner>/<repo>`, tagged with the branch, the version\\n(`v1.2.3` \u2192 `1.2.3` and `1.2`) and the commit SHA, with OCI labels; pull requests build the image without pushing.\\nBuildKit cache mounts stay on the runner, so the build\'s layers are cached in the registry instead\\n(`:buildcache`, `mode=max`).")\n    ;  if (crossCompile) { \n    ; __append(" Both platforms compile natively on the runner and are cross-linked with xx: no QEMU.")\n    ;  } \n    ; __append("\\n")\n    ;  if (privateRegistry) { \n    ; __append("Store the registry token as the repository secret `")\n    ; __append( registrySecretEnv )\n    ; __append("`: the check job hands it to cargo as\\n`")\n    ; __append( registryTokenEnv )\n    ; __append("`")\n    ;  if (registrySecret) { \n    ; __append(", the image build as the BuildKit secret")\n    ;  } \n    ; __append(".\\n")\n    ;  } \n    ; __append("\\n### Supply chain\\n\\n- Before anything is pushed, the image is built for ")\n    ; __append( scanPlatform )\n    ; __append(" and scanned with Grype: a high or critical\\n  vulnerability with a fixed version fails the job")\n    ;  if (auditable) { \n    ; __append(" (the binary is built with `cargo auditable`, so the scan sees its\\n  crates, not only the distro packages)")\n    ;  } \n    ; __append(".\\n- The pushed image carries an SBOM and SLSA provenance (`mode=max`) as attestations, and cosign signs its digest\\n  keylessly with the workflow\'s GitHub identity.\\n- `cargo deny check` (advisories, bans, licenses, sources; `deny.toml`) runs on every push and pull request, and\\n  weekly for new advisories.\\n- Actions are pinned by commit SHA; each job has only the permissions it needs.\\n")\n    ;  if (crate.dependabot) { \n    ; __append("- `.github/dependabot.yml` updates the crates and the actions weekly, and in one pull request the Dockerfile\'s\\n  versioned images")\n    ;  if (!offlineBuild) { \n    ; __append(" (the builder\'s `rust:<version>` tag")\n    ;  if (crate.toolchainFile) { \n    ; __append(", with `")\n    ; __append( crate.toolchainFile )\n    ; __append("`")\n    ;  } \n    ; __append(")")\n    ;  } \n    ; __append(".\\n  A base image whose tag has no version (`\u2026:nonroot`, `\u2026:bookworm-slim`) is pulled afresh by every CI build.\\n")\n    ;  if (offlineBuild) { \n    ; __append("  The offline builder is the image `RUST_BUILDER` names: its default")\n    ;  if (crate.toolchainFile) { \n    ; __append(" and `")\n    ; __append( crate.toolchainFile )\n    ; __append("`")\n    ;  } \n    ; __append(" are yours to move.\\n")\n    ;  } \n    ;  } \n    ; __append("\\nCheck an image before you run it (`<owner>/<repo>` in lowercase):\\n\\n```sh\\ncosign verify ghcr.io/<owner>/<repo>:main \\\\\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com \\\\\\n  --certificate-identity-regexp \'^https://github.com/<owner>/<repo>/")\n    ; __append( crate.ciWorkflow.replace(/\\./g, "\\\\.") )\n    ; __append("@refs/(heads/main|tags/v.+)$\'\\ndocker buildx imagetools inspect ghcr.io/<owner>/<repo>:main --format \'{{ json .SBOM }}\'\\ndocker buildx imagetools inspect ghcr.io/<owner>/<repo>:main --format \'{{ json .Provenance }}\'\\n```\\n")\n    ;  } \n    ;  if (offlineBuild) { \n    ; __append("\\n### Offline build\\n\\n`.cargo/config.toml` replaces crates.io with `vendor/`, and the image builds with `cargo build --offline`: cargo\\nreaches no crate registry during `docker build`, so the build works on an air-gapped builder. Vendor the\\ndependencies first, and again after every `Cargo.lock` change (commit `vendor/` when the builder cannot run cargo\\nitself):\\n\\n```sh\\n")\n    ; __append( vendorCommand )\n    ; __append("    # fills vendor/ from Cargo.lock (the one step that needs the network)\\ndocker build -t ")\n    ; __append( binName )\n    ; __append(" .\\n```\\n\\nOffline, neither cargo nor rustup can download anything, so the builder image must already hold the toolchain:\\n")\n    ;  if (toolchain && toolchain.install) { \n    ; __append("`")\n    ; __append( toolchain.name )\n    ; __append("`, which `")\n    ; __append( crate.toolchainFile )\n    ; __append("` pins and no `rust:` image ships: build from an image (or a mirror of one) prepared with it.\\n")\n    ;  } else { \n    ; __append("Rust ")\n    ; __append( rustVersion )\n    ; __append(", which the `rust:")\n    ; __append( rustVersion )\n    ; __append("` images are.\\n")\n    ;  } \n    ;  if (crossCompile) { \n    ; __append("Cross builds also need each target platform\'s standard library (`rustup target add \u2026` in a builder image of your\\nown); the build stops with an error naming a missing one instead of downloading it.\\n")\n    ;  } \n    ;  if (auditable) { \n    ; __append("cargo-auditable too: a builder with no network cannot install it. Prepare one builder image where the network is\\n(`FROM ")\n    ; __append( builderImage )\n    ; __append("` plus `RUN cargo install --locked cargo-auditable@")\n    ; __append( auditableVersion )\n    ; __append("`), mirror\\nit, and build with `--build-arg RUST_BUILDER=<that image>`; or scaffold with `--no-auditable`.\\n")\n    ;  } \n    ; __append("The `target/` cache mount still keeps compiled dependencies between builds;\\nthere is no cargo registry cache mount, since cargo downloads nothing.\\n")\n    ;  if (buildPackages.length || crossCompile) { \n    ; __append("The build stage still installs system packages (")\n    ; __append( [...buildPackages, ...(crossCompile ? crossTargetPackages : [])].map((p) => "`" + p + "`").join(", ") )\n    ; __append(")")\n    ;  if (crossCompile) { \n    ; __append(" and copies\\n`")\n    ; __append( xxImage )\n    ; __append("`")\n    ;  } \n    ; __append(": on an air-gapped builder, serve them from an internal mirror or bake them into the builder image.\\n")\n    ;  } \n    ;  } \n    ;  if (privateRegistry) { \n    ; __append("\\n### Private registry \\"")\n    ; __append( privateRegistry )\n    ; __append("\\"\\n\\nCargo finds the registry by its name in `.cargo/config.toml`:\\n\\n```toml\\n[registries.")\n    ; __append( privateRegistry )\n    ; __append("]\\nindex = \\"sparse+https://cargo.example.com/index/\\"   # the registry\'s index URL\\ncredential-provider = \\"cargo:token\\"                 # the token comes from ")\n    ; __append( registryTokenEnv )\n    ; __append("\\n```\\n\\nAn authenticated registry needs a credential provider configured (cargo 1.74 and later refuse it otherwise);\\n`cargo:token` reads the token from `")\n    ; __append( registryTokenEnv )\n    ; __append("`. The image build and CI do not rely on this file for it:\\nthey set `")\n    ; __append( registryProviderEnv )\n    ; __append("=cargo:token` next to the token.\\n")\n    ;  if (registrySecret) { \n    ; __append("\\nThe image build gets the token as a BuildKit secret, mounted for the `cargo build` RUN only: it is never a build\\nargument, an environment variable of the image or part of a layer.\\n\\n```sh\\nexport ")\n    ; __append( registrySecretEnv )\n    ; __append("=\u2026      # the registry token\\ndocker build --secret id=")\n    ; __append( registrySecretId )\n    ; __append(",env=")\n    ; __append( registrySecretEnv )\n    ; __append(" -t ")\n    ; __append( binName )\n    ; __append(" .\\n# or from a file (engines without the env= form):\\ndocker build --secret id=")\n    ; __append( registrySecretId )\n    ; __append(",src=\\"$HOME/.cargo/")\n    ; __append( privateRegistry )\n    ; __append("-token\\" -t ")\n    ; __append( binName )\n    ; __append(" .\\ndocker compose up --build      # compose.yaml passes the same secret from ")\n    ; __append( registrySecretEnv )\n    ; __append("\\n```\\n")\n    ;  } else { \n    ; __append("\\nWith the offline build its crates are vendored like the others (`cargo vendor` prints the `[source]` lines to add to\\n`.cargo/config.toml`): `")\n    ; __append( vendorCommand )\n    ; __append("` needs the token, the image build does not.\\n")\n    ;  } \n    ;  } \n    ;  } \n  }\n  return __output;\n', "container/runtime/alpine.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("FROM ")
    ; __append( runtimeImage )
    ; __append("\\nRUN apk add --no-cache ca-certificates \\\\\\n && addgroup -S -g ")
    ; __append( uid )
    ; __append(" app \\\\\\n && adduser -S -D -H -u ")
    ; __append( uid )
    ; __append(" -G app -s /sbin/nologin app\\n")
  }
  return __output;
`, "container/runtime/debian.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("FROM ")
    ; __append( runtimeImage )
    ; __append("\\nRUN apt-get update \\\\\\n && apt-get install -y --no-install-recommends ca-certificates")
    ;  for (const p of runtimePackages) { 
    ; __append(" ")
    ; __append( p )
    ;  } 
    ; __append(" \\\\\\n && rm -rf /var/lib/apt/lists/* \\\\\\n && groupadd --system --gid ")
    ; __append( uid )
    ; __append(" app \\\\\\n && useradd --system --uid ")
    ; __append( uid )
    ; __append(" --gid app --no-create-home --shell /usr/sbin/nologin app\\n")
  }
  return __output;
`, "container/runtime/distroless.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# CA certificates, tzdata and a nonroot user (65532) are part of the image; there is no shell.\\nFROM ")
    ; __append( runtimeImage )
    ; __append("\\n")
  }
  return __output;
`, "container/runtime/scratch.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("FROM scratch\\n# scratch has nothing: bring the CA bundle for outgoing HTTPS. No /etc/passwd, hence the numeric USER below.\\nCOPY --link --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt\\n")
  }
  return __output;
`, "crate/main/actix-web.rs.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("//! An HTTP service on actix-web. `main` picks between running the server and the `healthcheck`\\n//! subcommand; the server is configured from the environment (see `settings.rs`).\\n\\n")\n    ;  if (backing) { \n    ; __append("mod backing;\\n")\n    ;  } \n    ; __append("mod healthcheck;\\nmod settings;\\n\\nuse std::future::{poll_fn, Future};\\nuse std::process::ExitCode;\\n")\n    ;  if (tls === "rustls") { \n    ; __append("use std::sync::Arc;\\n")\n    ;  } \n    ; __append("use std::task::Poll;\\n\\nuse actix_web::rt::signal::unix::{signal, SignalKind};\\nuse actix_web::rt::System;\\n")\n    ;  if (database !== "none") { \n    ; __append("use actix_web::{get, post, web, App, HttpResponse, HttpServer};\\n")\n    ;  } else if (backing) { \n    ; __append("use actix_web::{get, web, App, HttpResponse, HttpServer};\\n")\n    ;  } else { \n    ; __append("use actix_web::{get, web, App, HttpServer};\\n")\n    ;  } \n    ;  if (tls === "rustls") { \n    ; __append("use anyhow::{bail, Context, Result};\\n")\n    ;  } else { \n    ; __append("use anyhow::{Context, Result};\\n")\n    ;  } \n    ;  if (tls === "openssl-vendored") { \n    ; __append("use openssl::ssl::{SslAcceptor, SslAcceptorBuilder, SslFiletype, SslMethod};\\n")\n    ;  } \n    ;  if (tls === "rustls") { \n    ; __append("use rustls::pki_types::pem::PemObject;\\nuse rustls::pki_types::{CertificateDer, PrivateKeyDer};\\nuse rustls::ServerConfig;\\n")\n    ;  } \n    ; __append("use serde::Serialize;\\nuse tracing::{error, info};\\n\\n")\n    ;  if (database !== "none") { \n    ; __append("use crate::backing::{internal_error, Backing, ErrorBody, NewItem};\\n")\n    ;  } else if (backing) { \n    ; __append("use crate::backing::Backing;\\n")\n    ;  } \n    ;  if (tls === "none") { \n    ; __append("use crate::settings::Settings;\\n")\n    ;  } else { \n    ; __append("use crate::settings::{Settings, TlsFiles};\\n")\n    ;  } \n    ; __append("\\n")\n    ; __append( include("global-allocator.rs.ejs") )\n    ; __append("/// Log filter when `RUST_LOG` is unset.\\nconst DEFAULT_LOG_FILTER: &str = \\"")\n    ; __append( logFilter )\n    ; __append("\\";\\n\\n/// Seconds in-flight requests get to finish after SIGTERM or SIGINT. Below Docker\'s default 10 s\\n/// stop timeout (Kubernetes allows 30 s), so the server exits on its own instead of being killed.\\nconst DRAIN_TIMEOUT_SECS: u64 = ")\n    ; __append( drainSeconds )\n    ; __append(";\\n\\nconst USAGE: &str = concat!(\\n    \\"usage: \\",\\n    env!(\\"CARGO_BIN_NAME\\"),\\n    \\" [healthcheck]\\\\n\\\\n\\",\\n    \\"  (no command)  run the server\\\\n\\",\\n    \\"  healthcheck   probe GET /health on the running server; exit 0 if it answers 200\\",\\n);\\n\\nfn main() -> ExitCode {\\n    let mut args = std::env::args_os().skip(1);\\n    match (args.next(), args.next()) {\\n        (None, _) => run_server(),\\n        (Some(command), None) if command == \\"healthcheck\\" => healthcheck::run(),\\n        (Some(flag), None) if flag == \\"-h\\" || flag == \\"--help\\" => {\\n            println!(\\"{USAGE}\\");\\n            ExitCode::SUCCESS\\n        }\\n        _ => {\\n            eprintln!(\\"{USAGE}\\");\\n            ExitCode::from(2)\\n        }\\n    }\\n}\\n\\n/// Body of `GET /health`.\\n#[derive(Serialize)]\\nstruct Health {\\n    status: &\'static str,\\n}\\n\\n#[get(\\"/health\\")]\\nasync fn health() -> web::Json<Health> {\\n    web::Json(Health { status: \\"ok\\" })\\n}\\n\\n")\n    ;  if (backing) { \n    ; __append("/// `GET /ready`: 200 when every backing service answers, else 503 naming the one that does not.\\n#[get(\\"/ready\\")]\\nasync fn ready(backing: web::Data<Backing>) -> HttpResponse {\\n    let readiness = backing.readiness().await;\\n    let mut response = if readiness.is_ready() {\\n        HttpResponse::Ok()\\n    } else {\\n        HttpResponse::ServiceUnavailable()\\n    };\\n    response.json(readiness)\\n}\\n\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("/// `GET /items`: the example resource, a pattern for your own.\\n#[get(\\"/items\\")]\\nasync fn list_items(backing: web::Data<Backing>) -> HttpResponse {\\n    match backing.items().await {\\n        Ok(items) => HttpResponse::Ok().json(items),\\n        Err(err) => HttpResponse::InternalServerError().json(internal_error(err)),\\n    }\\n}\\n\\n/// `POST /items` with `{\\"name\\": \\"...\\"}`: 201 and the stored item.\\n#[post(\\"/items\\")]\\nasync fn add_item(backing: web::Data<Backing>, item: web::Json<NewItem>) -> HttpResponse {\\n    if let Some(error) = item.problem() {\\n        return HttpResponse::UnprocessableEntity().json(ErrorBody { error });\\n    }\\n    match backing.add_item(&item).await {\\n        Ok(item) => HttpResponse::Created().json(item),\\n        Err(err) => HttpResponse::InternalServerError().json(internal_error(err)),\\n    }\\n}\\n\\n")\n    ;  } \n    ; __append("/// Every route of the service; the tests register this same configuration.\\nfn routes(config: &mut web::ServiceConfig) {\\n")\n    ;  if (database !== "none") { \n    ; __append("    config\\n        .service(health)\\n        .service(ready)\\n        .service(list_items)\\n        .service(add_item);\\n")\n    ;  } else if (backing) { \n    ; __append("    config.service(health).service(ready);\\n")\n    ;  } else { \n    ; __append("    config.service(health);\\n")\n    ;  } \n    ; __append("}\\n\\nfn run_server() -> ExitCode {\\n    if let Err(err) = settings::init_logging(DEFAULT_LOG_FILTER) {\\n        eprintln!(\\"error: {err:#}\\");\\n        return ExitCode::FAILURE;\\n    }\\n    match start() {\\n        Ok(()) => ExitCode::SUCCESS,\\n        Err(err) => {\\n            error!(\\"{err:#}\\");\\n            ExitCode::FAILURE\\n        }\\n    }\\n}\\n\\nfn start() -> Result<()> {\\n    let settings = Settings::from_env()?;\\n    // Started here rather than with `#[actix_web::main]`, so the `healthcheck` subcommand never\\n    // starts a runtime.\\n    System::new().block_on(serve(settings))\\n}\\n\\nasync fn serve(settings: Settings) -> Result<()> {\\n")\n    ;  if (backing) { \n    ; __append( include("backing-start.rs.ejs") )\n    ; __append("    let backing = web::Data::new(backing);\\n    let server = HttpServer::new(move || App::new().app_data(backing.clone()).configure(routes))\\n")\n    ;  } else { \n    ; __append("    let server = HttpServer::new(|| App::new().configure(routes))\\n")\n    ;  } \n    ; __append("        // Our own signal future replaces actix\'s handlers, which would stop at once on SIGINT.\\n        .shutdown_signal(shutdown_signal()?)\\n        .shutdown_timeout(DRAIN_TIMEOUT_SECS);\\n")\n    ;  if (tls === "none") { \n    ; __append("    let server = server\\n        .bind(settings.addr)\\n        .with_context(|| format!(\\"cannot listen on {}\\", settings.addr))?;\\n")\n    ;  } else { \n    ; __append("    let server = match &settings.tls {\\n")\n    ;  if (tls === "rustls") { \n    ; __append("        Some(files) => server.bind_rustls_0_23(settings.addr, rustls_config(files)?),\\n")\n    ;  } else { \n    ; __append("        Some(files) => server.bind_openssl(settings.addr, openssl_acceptor(files)?),\\n")\n    ;  } \n    ; __append("        None => server.bind(settings.addr),\\n    }\\n    .with_context(|| format!(\\"cannot listen on {}\\", settings.addr))?;\\n")\n    ;  } \n    ; __append("    info!(address = %settings.addr, scheme = settings.scheme(), \\"listening\\");\\n    server.run().await.context(\\"server failed\\")?;\\n    info!(\\"stopped\\");\\n    Ok(())\\n}\\n")\n    ;  if (tls === "rustls") { \n    ; __append("\\n/// rustls server configuration from the PEM files.\\nfn rustls_config(files: &TlsFiles) -> Result<ServerConfig> {\\n    let certs = CertificateDer::pem_file_iter(&files.cert)\\n        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())\\n        .with_context(|| format!(\\"cannot read TLS_CERT_FILE {}\\", files.cert.display()))?;\\n    if certs.is_empty() {\\n        bail!(\\"no certificate in TLS_CERT_FILE {}\\", files.cert.display());\\n    }\\n    let key = PrivateKeyDer::from_pem_file(&files.key)\\n        .with_context(|| format!(\\"cannot read TLS_KEY_FILE {}\\", files.key.display()))?;\\n    // ring, chosen over rustls\' default aws-lc-rs, which needs cmake to build.\\n    let provider = Arc::new(rustls::crypto::ring::default_provider());\\n    ServerConfig::builder_with_provider(provider)\\n        .with_safe_default_protocol_versions()\\n        .context(\\"cannot configure TLS\\")?\\n        .with_no_client_auth()\\n        .with_single_cert(certs, key)\\n        .context(\\"TLS_CERT_FILE and TLS_KEY_FILE do not form a usable certificate and key\\")\\n}\\n")\n    ;  } else if (tls === "openssl-vendored") { \n    ; __append("\\n/// OpenSSL acceptor from the PEM files, with Mozilla\'s \\"intermediate\\" settings (TLS 1.2 and 1.3).\\nfn openssl_acceptor(files: &TlsFiles) -> Result<SslAcceptorBuilder> {\\n    let mut acceptor = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls())\\n        .context(\\"cannot initialise OpenSSL\\")?;\\n    acceptor\\n        .set_certificate_chain_file(&files.cert)\\n        .with_context(|| format!(\\"cannot load TLS_CERT_FILE {}\\", files.cert.display()))?;\\n    acceptor\\n        .set_private_key_file(&files.key, SslFiletype::PEM)\\n        .with_context(|| format!(\\"cannot load TLS_KEY_FILE {}\\", files.key.display()))?;\\n    acceptor\\n        .check_private_key()\\n        .context(\\"TLS_KEY_FILE does not match the certificate in TLS_CERT_FILE\\")?;\\n    Ok(acceptor)\\n}\\n")\n    ;  } \n    ; __append("\\n/// Resolves on the first SIGTERM (`docker stop`, Kubernetes) or SIGINT (Ctrl-C). Both start a\\n/// graceful shutdown. The handlers are installed by this call, before the server starts, so an\\n/// early signal is not lost.\\nfn shutdown_signal() -> Result<impl Future<Output = ()>> {\\n    let mut terminate =\\n        signal(SignalKind::terminate()).context(\\"cannot install the SIGTERM handler\\")?;\\n    let mut interrupt =\\n        signal(SignalKind::interrupt()).context(\\"cannot install the SIGINT handler\\")?;\\n    Ok(async move {\\n        let received = poll_fn(|cx| {\\n            if terminate.poll_recv(cx).is_ready() {\\n                Poll::Ready(\\"SIGTERM\\")\\n            } else if interrupt.poll_recv(cx).is_ready() {\\n                Poll::Ready(\\"SIGINT\\")\\n            } else {\\n                Poll::Pending\\n            }\\n        })\\n        .await;\\n        info!(signal = received, \\"shutting down\\");\\n    })\\n}\\n\\n#[cfg(test)]\\nmod tests {\\n    use actix_web::http::StatusCode;\\n    use actix_web::{test, App};\\n    use serde_json::{json, Value};\\n\\n")\n    ;  if (backing) { \n    ; __append("    use actix_web::web;\\n\\n    use super::routes;\\n    use crate::backing::Backing;\\n\\n")\n    ; __append( include("backing-test-fn.rs.ejs") )\n    ; __append("\\n    #[actix_web::test]\\n    async fn health_returns_ok() {\\n        let app = App::new()\\n            .app_data(web::Data::new(unreachable_backing()))\\n            .configure(routes);\\n        let app = test::init_service(app).await;\\n")\n    ;  } else { \n    ; __append("    use super::routes;\\n\\n    #[actix_web::test]\\n    async fn health_returns_ok() {\\n        let app = test::init_service(App::new().configure(routes)).await;\\n")\n    ;  } \n    ; __append("        let request = test::TestRequest::get().uri(\\"/health\\").to_request();\\n        let response = test::call_service(&app, request).await;\\n        assert_eq!(response.status(), StatusCode::OK);\\n        let body: Value = test::read_body_json(response).await;\\n        assert_eq!(body, json!({ \\"status\\": \\"ok\\" }));\\n    }\\n")\n    ;  if (backing) { \n    ; __append("\\n    #[actix_web::test]\\n    async fn ready_names_what_is_down() {\\n        let app = App::new()\\n            .app_data(web::Data::new(unreachable_backing()))\\n            .configure(routes);\\n        let app = test::init_service(app).await;\\n        let request = test::TestRequest::get().uri(\\"/ready\\").to_request();\\n        let response = test::call_service(&app, request).await;\\n        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);\\n        let body: Value = test::read_body_json(response).await;\\n        let expected = json!(")\n    ; __append( readyDownJson )\n    ; __append(");\\n        assert_eq!(body, expected);\\n    }\\n")\n    ;  } \n    ; __append("}\\n")\n  }\n  return __output;\n', "crate/main/axum.rs.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("//! An HTTP service on axum. `main` picks between running the server and the `healthcheck`\\n//! subcommand; the server is configured from the environment (see `settings.rs`).\\n\\n")\n    ;  if (backing) { \n    ; __append("mod backing;\\n")\n    ;  } \n    ; __append("mod healthcheck;\\nmod settings;\\n\\n")\n    ;  if (tls === "none") { \n    ; __append("use std::future::{Future, IntoFuture};\\nuse std::pin::pin;\\n")\n    ;  } else { \n    ; __append("use std::future::Future;\\n")\n    ;  } \n    ; __append("use std::process::ExitCode;\\n")\n    ;  if (tls === "openssl-vendored") { \n    ; __append("use std::sync::Arc;\\n")\n    ;  } \n    ; __append("use std::time::Duration;\\n\\n")\n    ;  if (tls === "rustls") { \n    ; __append("use anyhow::{anyhow, Context, Result};\\n")\n    ;  } else { \n    ; __append("use anyhow::{Context, Result};\\n")\n    ;  } \n    ;  if (backing) { \n    ; __append("use axum::extract::State;\\nuse axum::http::StatusCode;\\n")\n    ;  } \n    ; __append("use axum::routing::get;\\nuse axum::{Json, Router};\\n")\n    ;  if (tls === "rustls") { \n    ; __append("use axum_server::tls_rustls::{RustlsAcceptor, RustlsConfig};\\nuse axum_server::Handle;\\n")\n    ;  } else if (tls === "openssl-vendored") { \n    ; __append("use axum_server::tls_openssl::{OpenSSLAcceptor, OpenSSLConfig};\\nuse axum_server::Handle;\\nuse openssl::ssl::{select_next_proto, AlpnError, SslAcceptor, SslFiletype, SslMethod};\\n")\n    ;  } \n    ; __append("use serde::Serialize;\\n")\n    ;  if (tls === "none") { \n    ; __append("use tokio::net::TcpListener;\\n")\n    ;  } \n    ; __append("use tokio::runtime::Runtime;\\nuse tokio::signal::unix::{signal, SignalKind};\\n")\n    ;  if (tls === "none") { \n    ; __append("use tokio::sync::oneshot;\\nuse tokio::time;\\nuse tracing::{error, info, warn};\\n")\n    ;  } else { \n    ; __append("use tracing::{error, info};\\n")\n    ;  } \n    ; __append("\\n")\n    ;  if (database !== "none") { \n    ; __append("use crate::backing::{internal_error, Backing, ErrorBody, Item, NewItem, Readiness};\\n")\n    ;  } else if (backing) { \n    ; __append("use crate::backing::{Backing, Readiness};\\n")\n    ;  } \n    ;  if (tls === "openssl-vendored") { \n    ; __append("use crate::settings::{Settings, TlsFiles};\\n")\n    ;  } else { \n    ; __append("use crate::settings::Settings;\\n")\n    ;  } \n    ; __append("\\n")\n    ; __append( include("global-allocator.rs.ejs") )\n    ; __append("/// Log filter when `RUST_LOG` is unset.\\nconst DEFAULT_LOG_FILTER: &str = \\"")\n    ; __append( logFilter )\n    ; __append("\\";\\n\\n/// How long in-flight requests get to finish after SIGTERM or SIGINT. Below Docker\'s default 10 s\\n/// stop timeout (Kubernetes allows 30 s), so the server exits on its own instead of being killed.\\nconst DRAIN_TIMEOUT: Duration = Duration::from_secs(")\n    ; __append( drainSeconds )\n    ; __append(");\\n\\nconst USAGE: &str = concat!(\\n    \\"usage: \\",\\n    env!(\\"CARGO_BIN_NAME\\"),\\n    \\" [healthcheck]\\\\n\\\\n\\",\\n    \\"  (no command)  run the server\\\\n\\",\\n    \\"  healthcheck   probe GET /health on the running server; exit 0 if it answers 200\\",\\n);\\n\\nfn main() -> ExitCode {\\n    let mut args = std::env::args_os().skip(1);\\n    match (args.next(), args.next()) {\\n        (None, _) => run_server(),\\n        (Some(command), None) if command == \\"healthcheck\\" => healthcheck::run(),\\n        (Some(flag), None) if flag == \\"-h\\" || flag == \\"--help\\" => {\\n            println!(\\"{USAGE}\\");\\n            ExitCode::SUCCESS\\n        }\\n        _ => {\\n            eprintln!(\\"{USAGE}\\");\\n            ExitCode::from(2)\\n        }\\n    }\\n}\\n\\n/// Body of `GET /health`.\\n#[derive(Serialize)]\\nstruct Health {\\n    status: &\'static str,\\n}\\n\\nasync fn health() -> Json<Health> {\\n    Json(Health { status: \\"ok\\" })\\n}\\n\\n")\n    ;  if (backing) { \n    ; __append("/// `GET /ready`: 200 when every backing service answers, else 503 naming the one that does not.\\nasync fn ready(State(backing): State<Backing>) -> (StatusCode, Json<Readiness>) {\\n    let readiness = backing.readiness().await;\\n    let status = if readiness.is_ready() {\\n        StatusCode::OK\\n    } else {\\n        StatusCode::SERVICE_UNAVAILABLE\\n    };\\n    (status, Json(readiness))\\n}\\n\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("/// An error answer of the example resource.\\ntype Failure = (StatusCode, Json<ErrorBody>);\\n\\nfn database_failure(err: sqlx::Error) -> Failure {\\n    (StatusCode::INTERNAL_SERVER_ERROR, Json(internal_error(err)))\\n}\\n\\n/// `GET /items`: the example resource, a pattern for your own.\\nasync fn list_items(State(backing): State<Backing>) -> Result<Json<Vec<Item>>, Failure> {\\n    backing.items().await.map(Json).map_err(database_failure)\\n}\\n\\n/// `POST /items` with `{\\"name\\": \\"...\\"}`: 201 and the stored item.\\nasync fn add_item(\\n    State(backing): State<Backing>,\\n    Json(item): Json<NewItem>,\\n) -> Result<(StatusCode, Json<Item>), Failure> {\\n    if let Some(error) = item.problem() {\\n        return Err((StatusCode::UNPROCESSABLE_ENTITY, Json(ErrorBody { error })));\\n    }\\n    let item = backing.add_item(&item).await.map_err(database_failure)?;\\n    Ok((StatusCode::CREATED, Json(item)))\\n}\\n\\n")\n    ;  } \n    ;  if (backing) { \n    ; __append("/// Every route of the service; the tests drive this same router.\\nfn router(backing: Backing) -> Router {\\n    Router::new()\\n        .route(\\"/health\\", get(health))\\n        .route(\\"/ready\\", get(ready))\\n")\n    ;  if (database !== "none") { \n    ; __append("        .route(\\"/items\\", get(list_items).post(add_item))\\n")\n    ;  } \n    ; __append("        .with_state(backing)\\n}\\n")\n    ;  } else { \n    ; __append("/// Every route of the service; the tests drive this same router.\\nfn router() -> Router {\\n    Router::new().route(\\"/health\\", get(health))\\n}\\n")\n    ;  } \n    ; __append("\\nfn run_server() -> ExitCode {\\n    if let Err(err) = settings::init_logging(DEFAULT_LOG_FILTER) {\\n        eprintln!(\\"error: {err:#}\\");\\n        return ExitCode::FAILURE;\\n    }\\n    match start() {\\n        Ok(()) => ExitCode::SUCCESS,\\n        Err(err) => {\\n            error!(\\"{err:#}\\");\\n            ExitCode::FAILURE\\n        }\\n    }\\n}\\n\\nfn start() -> Result<()> {\\n    let settings = Settings::from_env()?;\\n    // Built here, not with `#[tokio::main]`, so the `healthcheck` subcommand never starts one.\\n    let runtime = Runtime::new().context(\\"cannot start the tokio runtime\\")?;\\n    runtime.block_on(serve(settings))\\n}\\n")\n    ;  if (tls === "none") { \n    ; __append("\\nasync fn serve(settings: Settings) -> Result<()> {\\n")\n    ; __append( include("backing-start.rs.ejs") )\n    ; __append("    let shutdown = shutdown_signal()?;\\n    let listener = TcpListener::bind(settings.addr)\\n        .await\\n        .with_context(|| format!(\\"cannot listen on {}\\", settings.addr))?;\\n    info!(address = %settings.addr, scheme = settings.scheme(), \\"listening\\");\\n\\n    // axum drains connections without a deadline once its shutdown future resolves; that future\\n    // waits on this channel so the drain below can be bounded.\\n    let (drain_tx, drain_rx) = oneshot::channel::<()>();\\n    let mut server = pin!(axum::serve(listener, router(")\n    ;  if (backing) { \n    ; __append("backing")\n    ;  } \n    ; __append("))\\n        .with_graceful_shutdown(async move {\\n            // An error means the sender is gone, which is a reason to stop as well.\\n            let _ = drain_rx.await;\\n        })\\n        .into_future());\\n    tokio::select! {\\n        // axum::serve only returns once shutdown has begun; this arm reports a failure.\\n        result = &mut server => return result.context(\\"server failed\\"),\\n        () = shutdown => {}\\n    }\\n    // Sending fails only if the server has already stopped, leaving nothing to drain.\\n    let _ = drain_tx.send(());\\n    match time::timeout(DRAIN_TIMEOUT, server).await {\\n        Ok(result) => result.context(\\"server failed while draining\\")?,\\n        Err(_) => warn!(timeout = ?DRAIN_TIMEOUT, \\"drain timed out; dropping open connections\\"),\\n    }\\n    info!(\\"stopped\\");\\n    Ok(())\\n}\\n")\n    ;  } else { \n    ; __append("\\nasync fn serve(settings: Settings) -> Result<()> {\\n")\n    ; __append( include("backing-start.rs.ejs") )\n    ; __append("    let shutdown = shutdown_signal()?;\\n    let tls = match &settings.tls {\\n")\n    ;  if (tls === "rustls") { \n    ; __append("        Some(files) => {\\n            // rustls 0.23 needs a process-wide crypto provider: ring, chosen over rustls\' default\\n            // aws-lc-rs, which needs cmake to build.\\n            rustls::crypto::ring::default_provider()\\n                .install_default()\\n                .map_err(|_| anyhow!(\\"a rustls crypto provider is already installed\\"))?;\\n            let config = RustlsConfig::from_pem_file(&files.cert, &files.key)\\n                .await\\n                .with_context(|| {\\n                    format!(\\n                        \\"cannot load TLS_CERT_FILE {} / TLS_KEY_FILE {}\\",\\n                        files.cert.display(),\\n                        files.key.display()\\n                    )\\n                })?;\\n            Some(RustlsAcceptor::new(config))\\n        }\\n")\n    ;  } else { \n    ; __append("        Some(files) => {\\n            let config = OpenSSLConfig::from_acceptor(Arc::new(openssl_acceptor(files)?));\\n            Some(OpenSSLAcceptor::new(config))\\n        }\\n")\n    ;  } \n    ; __append("        None => None,\\n    };\\n    // Bound here, not inside axum-server, so a bad address fails before \\"listening\\" is logged.\\n    let listener = std::net::TcpListener::bind(settings.addr)\\n        .with_context(|| format!(\\"cannot listen on {}\\", settings.addr))?;\\n    info!(address = %settings.addr, scheme = settings.scheme(), \\"listening\\");\\n\\n    let handle = Handle::new();\\n    tokio::spawn({\\n        let handle = handle.clone();\\n        async move {\\n            shutdown.await;\\n            // Stop accepting, let in-flight requests finish, close what is left after the timeout.\\n            handle.graceful_shutdown(Some(DRAIN_TIMEOUT));\\n        }\\n    });\\n    let server = axum_server::from_tcp(listener).handle(handle);\\n    let app = router(")\n    ;  if (backing) { \n    ; __append("backing")\n    ;  } \n    ; __append(").into_make_service();\\n    match tls {\\n        Some(acceptor) => server.acceptor(acceptor).serve(app).await,\\n        None => server.serve(app).await,\\n    }\\n    .context(\\"server failed\\")?;\\n    info!(\\"stopped\\");\\n    Ok(())\\n}\\n")\n    ;  } \n    ;  if (tls === "openssl-vendored") { \n    ; __append("\\n/// OpenSSL acceptor from the PEM files, with Mozilla\'s \\"intermediate\\" settings (TLS 1.2 and 1.3).\\nfn openssl_acceptor(files: &TlsFiles) -> Result<SslAcceptor> {\\n    let mut acceptor = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls())\\n        .context(\\"cannot initialise OpenSSL\\")?;\\n    acceptor\\n        .set_certificate_chain_file(&files.cert)\\n        .with_context(|| format!(\\"cannot load TLS_CERT_FILE {}\\", files.cert.display()))?;\\n    acceptor\\n        .set_private_key_file(&files.key, SslFiletype::PEM)\\n        .with_context(|| format!(\\"cannot load TLS_KEY_FILE {}\\", files.key.display()))?;\\n    acceptor\\n        .check_private_key()\\n        .context(\\"TLS_KEY_FILE does not match the certificate in TLS_CERT_FILE\\")?;\\n    // HTTP/2 for clients that offer it, HTTP/1.1 otherwise.\\n    acceptor.set_alpn_select_callback(|_, offered| {\\n        select_next_proto(b\\"\\\\x02h2\\\\x08http/1.1\\", offered).ok_or(AlpnError::NOACK)\\n    });\\n    Ok(acceptor.build())\\n}\\n")\n    ;  } \n    ; __append("\\n/// Resolves on the first SIGTERM (`docker stop`, Kubernetes) or SIGINT (Ctrl-C). The handlers are\\n/// installed by this call, before the server starts, so an early signal is not lost.\\nfn shutdown_signal() -> Result<impl Future<Output = ()>> {\\n    let mut terminate =\\n        signal(SignalKind::terminate()).context(\\"cannot install the SIGTERM handler\\")?;\\n    let mut interrupt =\\n        signal(SignalKind::interrupt()).context(\\"cannot install the SIGINT handler\\")?;\\n    Ok(async move {\\n        let received = tokio::select! {\\n            _ = terminate.recv() => \\"SIGTERM\\",\\n            _ = interrupt.recv() => \\"SIGINT\\",\\n        };\\n        info!(signal = received, \\"shutting down\\");\\n    })\\n}\\n\\n#[cfg(test)]\\nmod tests {\\n    use axum::body::{to_bytes, Body};\\n    use axum::http::{Request, StatusCode};\\n    use serde_json::{json, Value};\\n    use tower::ServiceExt;\\n\\n")\n    ;  if (backing) { \n    ; __append("    use super::router;\\n    use crate::backing::Backing;\\n\\n")\n    ; __append( include("backing-test-fn.rs.ejs") )\n    ;  } else { \n    ; __append("    use super::router;\\n")\n    ;  } \n    ; __append("\\n    #[tokio::test]\\n    async fn health_returns_ok() {\\n        let request = Request::get(\\"/health\\").body(Body::empty()).unwrap();\\n        let app = router(")\n    ;  if (backing) { \n    ; __append("unreachable_backing()")\n    ;  } \n    ; __append(");\\n        let response = app.oneshot(request).await.unwrap();\\n        assert_eq!(response.status(), StatusCode::OK);\\n        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();\\n        let body: Value = serde_json::from_slice(&body).unwrap();\\n        assert_eq!(body, json!({ \\"status\\": \\"ok\\" }));\\n    }\\n")\n    ;  if (backing) { \n    ; __append("\\n    #[tokio::test]\\n    async fn ready_names_what_is_down() {\\n        let request = Request::get(\\"/ready\\").body(Body::empty()).unwrap();\\n        let app = router(unreachable_backing());\\n        let response = app.oneshot(request).await.unwrap();\\n        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);\\n        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();\\n        let body: Value = serde_json::from_slice(&body).unwrap();\\n        let expected = json!(")\n    ; __append( readyDownJson )\n    ; __append(");\\n        assert_eq!(body, expected);\\n    }\\n")\n    ;  } \n    ; __append("}\\n")\n  }\n  return __output;\n', "crate/main/backing-start.rs.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ;  if (backing) { 
    ; __append("    let backing = Backing::from_env()?;\\n")
    ;  if (database !== "none") { 
    ; __append("    backing.migrate().await?;\\n")
    ;  } 
    ;  } 
  }
  return __output;
`, "crate/main/backing-test-fn.rs.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("    /// Backing services that are not there; nothing connects until a route asks.\\n    fn unreachable_backing() -> Backing {\\n        Backing::new(")
    ; __append( readyChecks.map((c) => JSON.stringify(c.unreachable)).join(", ") )
    ; __append(").unwrap()\\n    }\\n")
  }
  return __output;
`, "crate/main/global-allocator.rs.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ;  if (allocator === "mimalloc") { 
    ; __append("/// mimalloc as the global allocator: musl's own is several times slower under concurrent load.\\n#[global_allocator]\\nstatic GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;\\n\\n")
    ;  } 
  }
  return __output;
`, "crate/main/rocket.rs.ejs": 'escapeFn = escapeFn || function (markup) {\n  return markup == undefined\n    ? \'\'\n    : String(markup)\n      .replace(_MATCH_HTML, encode_char);\n};\nvar _ENCODE_HTML_RULES = {\n      "&": "&amp;"\n    , "<": "&lt;"\n    , ">": "&gt;"\n    , \'"\': "&#34;"\n    , "\'": "&#39;"\n    }\n  , _MATCH_HTML = /[&<>\'"]/g;\nfunction encode_char(c) {\n  return _ENCODE_HTML_RULES[c] || c;\n};\n;\n  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n  with (locals || {}) {\n    ; __append("//! An HTTP service on Rocket. `main` picks between running the server and the `healthcheck`\\n//! subcommand; the server is configured from the environment (see `settings.rs`).\\n\\n")\n    ;  if (backing) { \n    ; __append("mod backing;\\n")\n    ;  } \n    ; __append("mod healthcheck;\\nmod settings;\\n\\nuse std::process::ExitCode;\\n\\nuse anyhow::{bail, Result};\\n")\n    ;  if (tls === "rustls") { \n    ; __append("use rocket::config::{Shutdown, TlsConfig};\\n")\n    ;  } else { \n    ; __append("use rocket::config::Shutdown;\\n")\n    ;  } \n    ; __append("use rocket::fairing::AdHoc;\\nuse rocket::figment::Figment;\\n")\n    ;  if (backing) { \n    ; __append("use rocket::http::Status;\\n")\n    ;  } \n    ; __append("use rocket::serde::json::Json;\\n")\n    ;  if (database !== "none") { \n    ; __append("use rocket::{get, post, routes, Build, Config, Rocket, State};\\n")\n    ;  } else if (backing) { \n    ; __append("use rocket::{get, routes, Build, Config, Rocket, State};\\n")\n    ;  } else { \n    ; __append("use rocket::{get, routes, Build, Config, Rocket};\\n")\n    ;  } \n    ; __append("use serde::Serialize;\\nuse tracing::{error, info};\\n\\n")\n    ;  if (database !== "none") { \n    ; __append("use crate::backing::{internal_error, Backing, ErrorBody, Item, NewItem, Readiness};\\n")\n    ;  } else if (backing) { \n    ; __append("use crate::backing::{Backing, Readiness};\\n")\n    ;  } \n    ; __append("use crate::settings::Settings;\\n\\n")\n    ; __append( include("global-allocator.rs.ejs") )\n    ; __append("/// Log filter when `RUST_LOG` is unset. Rocket logs through the `log` crate, which\\n/// `settings::init_logging` forwards into tracing before Rocket starts; Rocket\'s own logger then\\n/// stands aside, so one subscriber writes every line in one format (JSON lines included). Rocket\\n/// logs four info lines per request (the health checks too) and its whole configuration at\\n/// launch, so only its warnings and errors are kept, and its launch banner is replaced by this\\n/// service\'s own `listening` line. The image leaves `RUST_LOG` unset, so this applies there too;\\n/// `RUST_LOG=info` brings everything back.\\nconst DEFAULT_LOG_FILTER: &str = \\"")\n    ; __append( logFilter )\n    ; __append("\\";\\n\\nconst USAGE: &str = concat!(\\n    \\"usage: \\",\\n    env!(\\"CARGO_BIN_NAME\\"),\\n    \\" [healthcheck]\\\\n\\\\n\\",\\n    \\"  (no command)  run the server\\\\n\\",\\n    \\"  healthcheck   probe GET /health on the running server; exit 0 if it answers 200\\",\\n);\\n\\nfn main() -> ExitCode {\\n    let mut args = std::env::args_os().skip(1);\\n    match (args.next(), args.next()) {\\n        (None, _) => run_server(),\\n        (Some(command), None) if command == \\"healthcheck\\" => healthcheck::run(),\\n        (Some(flag), None) if flag == \\"-h\\" || flag == \\"--help\\" => {\\n            println!(\\"{USAGE}\\");\\n            ExitCode::SUCCESS\\n        }\\n        _ => {\\n            eprintln!(\\"{USAGE}\\");\\n            ExitCode::from(2)\\n        }\\n    }\\n}\\n\\n/// Body of `GET /health`.\\n#[derive(Serialize)]\\nstruct Health {\\n    status: &\'static str,\\n}\\n\\n#[get(\\"/health\\")]\\nfn health() -> Json<Health> {\\n    Json(Health { status: \\"ok\\" })\\n}\\n\\n")\n    ;  if (backing) { \n    ; __append("/// `GET /ready`: 200 when every backing service answers, else 503 naming the one that does not.\\n#[get(\\"/ready\\")]\\nasync fn ready(backing: &State<Backing>) -> (Status, Json<Readiness>) {\\n    let readiness = backing.readiness().await;\\n    let status = if readiness.is_ready() {\\n        Status::Ok\\n    } else {\\n        Status::ServiceUnavailable\\n    };\\n    (status, Json(readiness))\\n}\\n\\n")\n    ;  } \n    ;  if (database !== "none") { \n    ; __append("/// An error answer of the example resource.\\ntype Failure = (Status, Json<ErrorBody>);\\n\\nfn database_failure(err: sqlx::Error) -> Failure {\\n    (Status::InternalServerError, Json(internal_error(err)))\\n}\\n\\n/// `GET /items`: the example resource, a pattern for your own.\\n#[get(\\"/items\\")]\\nasync fn list_items(backing: &State<Backing>) -> Result<Json<Vec<Item>>, Failure> {\\n    backing.items().await.map(Json).map_err(database_failure)\\n}\\n\\n/// `POST /items` with `{\\"name\\": \\"...\\"}`: 201 and the stored item.\\n#[post(\\"/items\\", data = \\"<item>\\")]\\nasync fn add_item(\\n    backing: &State<Backing>,\\n    item: Json<NewItem>,\\n) -> Result<(Status, Json<Item>), Failure> {\\n    if let Some(error) = item.problem() {\\n        return Err((Status::UnprocessableEntity, Json(ErrorBody { error })));\\n    }\\n    let item = backing.add_item(&item).await.map_err(database_failure)?;\\n    Ok((Status::Created, Json(item)))\\n}\\n\\n")\n    ;  } \n    ;  if (backing) { \n    ; __append("/// The application on a given configuration; the tests mount this same instance.\\nfn app(figment: Figment, backing: Backing) -> Rocket<Build> {\\n")\n    ;  if (database !== "none") { \n    ; __append("    let routes = routes![health, ready, list_items, add_item];\\n")\n    ;  } else { \n    ; __append("    let routes = routes![health, ready];\\n")\n    ;  } \n    ; __append("    rocket::custom(figment).manage(backing).mount(\\"/\\", routes)\\n}\\n")\n    ;  } else { \n    ; __append("/// The application on a given configuration; the tests mount this same instance.\\nfn app(figment: Figment) -> Rocket<Build> {\\n    rocket::custom(figment).mount(\\"/\\", routes![health])\\n}\\n")\n    ;  } \n    ; __append("\\nfn run_server() -> ExitCode {\\n    if let Err(err) = settings::init_logging(DEFAULT_LOG_FILTER) {\\n        eprintln!(\\"error: {err:#}\\");\\n        return ExitCode::FAILURE;\\n    }\\n    match start() {\\n        Ok(()) => ExitCode::SUCCESS,\\n        Err(err) => {\\n            error!(\\"{err:#}\\");\\n            ExitCode::FAILURE\\n        }\\n    }\\n}\\n\\nfn start() -> Result<()> {\\n    let settings = Settings::from_env()?;\\n    // Rocket\'s own runtime, as `#[launch]` would start it, but only here, so the `healthcheck`\\n    // subcommand never starts one.\\n    rocket::execute(serve(settings))\\n}\\n\\nasync fn serve(settings: Settings) -> Result<()> {\\n")\n    ; __append( include("backing-start.rs.ejs") )\n    ; __append("    let addr = settings.addr;\\n    let scheme = settings.scheme();\\n")\n    ;  if (backing) { \n    ; __append("    let rocket = app(figment(&settings), backing)\\n        .attach(AdHoc::on_liftoff(\\"listen address\\", move |_| {\\n            Box::pin(async move { info!(address = %addr, scheme, \\"listening\\") })\\n        }));\\n")\n    ;  } else { \n    ; __append("    let rocket = app(figment(&settings)).attach(AdHoc::on_liftoff(\\"listen address\\", move |_| {\\n        Box::pin(async move { info!(address = %addr, scheme, \\"listening\\") })\\n    }));\\n")\n    ;  } \n    ; __append("    if let Err(err) = rocket.launch().await {\\n        // Formatting the error marks it as seen; an unseen `rocket::Error` panics when dropped.\\n        bail!(\\"server failed: {err}\\");\\n    }\\n    info!(\\"stopped\\");\\n    Ok(())\\n}\\n\\n/// Rocket\'s configuration: its defaults, `Rocket.toml` and `ROCKET_*` variables, overridden by the\\n/// environment every build of this service reads (HOST, PORT")\n    ;  if (tls === "rustls") { \n    ; __append(", TLS_*")\n    ;  } \n    ; __append("), so the server and the\\n/// `healthcheck` subcommand agree on where it listens.\\nfn figment(settings: &Settings) -> Figment {\\n")\n    ;  if (tls === "rustls") { \n    ; __append("    let figment = Config::figment()\\n")\n    ;  } else { \n    ; __append("    Config::figment()\\n")\n    ;  } \n    ; __append("        .merge((Config::ADDRESS, settings.addr.ip()))\\n        .merge((Config::PORT, settings.addr.port()))\\n        // Rocket\'s lines are written by tracing; colour codes inside them would end up in the logs.\\n        .merge((Config::CLI_COLORS, false))\\n        // Rocket already stops gracefully on SIGTERM and SIGINT. After the signal, in-flight\\n        // requests get `grace` seconds, then connections `mercy` seconds to close: ")\n    ; __append( drainSeconds )\n    ; __append(" s in all,\\n        // below Docker\'s default 10 s stop timeout. An idle server stops at once.\\n        .merge((\\n            Config::SHUTDOWN,\\n            Shutdown {\\n                grace: ")\n    ; __append( rocketShutdown.grace )\n    ; __append(",\\n                mercy: ")\n    ; __append( rocketShutdown.mercy )\n    ; __append(",\\n                ..Shutdown::default()\\n            },\\n        ))")\n    ;  if (tls === "rustls") { \n    ; __append(";")\n    ;  } \n    ; __append("\\n")\n    ;  if (tls === "rustls") { \n    ; __append("    match &settings.tls {\\n        Some(files) => figment.merge((Config::TLS, TlsConfig::from_paths(&files.cert, &files.key))),\\n        None => figment,\\n    }\\n")\n    ;  } \n    ; __append("}\\n\\n#[cfg(test)]\\nmod tests {\\n    use rocket::http::Status;\\n    use rocket::local::asynchronous::Client;\\n    use rocket::Config;\\n    use serde_json::{json, Value};\\n\\n    use super::app;\\n")\n    ;  if (backing) { \n    ; __append("    use crate::backing::Backing;\\n\\n")\n    ; __append( include("backing-test-fn.rs.ejs") )\n    ;  } \n    ; __append("\\n")\n    ;  if (backing) { \n    ; __append("    // Async: sqlx makes its pool inside a runtime, as the server does.\\n")\n    ;  } \n    ; __append("    #[rocket::async_test]\\n    async fn health_returns_ok() {\\n        let rocket = app(Config::figment()")\n    ;  if (backing) { \n    ; __append(", unreachable_backing()")\n    ;  } \n    ; __append(");\\n        let client = Client::tracked(rocket).await.unwrap();\\n        let response = client.get(\\"/health\\").dispatch().await;\\n        assert_eq!(response.status(), Status::Ok);\\n        let body: Option<Value> = response.into_json().await;\\n        assert_eq!(body, Some(json!({ \\"status\\": \\"ok\\" })));\\n    }\\n")\n    ;  if (backing) { \n    ; __append("\\n    #[rocket::async_test]\\n    async fn ready_names_what_is_down() {\\n        let rocket = app(Config::figment(), unreachable_backing());\\n        let client = Client::tracked(rocket).await.unwrap();\\n        let response = client.get(\\"/ready\\").dispatch().await;\\n        assert_eq!(response.status(), Status::ServiceUnavailable);\\n        let body: Option<Value> = response.into_json().await;\\n        let expected = json!(")\n    ; __append( readyDownJson )\n    ; __append(");\\n        assert_eq!(body, Some(expected));\\n    }\\n")\n    ;  } \n    ; __append("}\\n")\n  }\n  return __output;\n', "crate/migrations/items.sql.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("-- The example resource behind GET/POST /items. Add a new file for each change (0002_\u2026.sql, \u2026): the service applies\\n-- the ones the database has not seen at start, and never an edited one (sqlx stops at a changed checksum).\\nCREATE TABLE items (\\n")
    ;  if (database === "postgres") { 
    ; __append("    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\\n    name TEXT NOT NULL,\\n    created_at TIMESTAMPTZ NOT NULL DEFAULT now()\\n")
    ;  } else { 
    ; __append("    id INTEGER PRIMARY KEY AUTOINCREMENT,\\n    name TEXT NOT NULL,\\n    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\\n")
    ;  } 
    ; __append(");\\n")
  }
  return __output;
`, "deploy/cloud-run/service.yaml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# Google Cloud Run (Knative serving API):\\n#   gcloud run services replace deploy/cloud-run/service.yaml --region REGION\\n# Cloud Run pulls images from Artifact Registry, not from ghcr.io: push the image there first (README) and\\n# replace REGION, PROJECT and REPOSITORY in the image below.\\napiVersion: serving.knative.dev/v1\\nkind: Service\\nmetadata:\\n  name: ")
    ; __append( deployName )
    ; __append("\\n  annotations:\\n    # Reachable from the internet; \`internal\` keeps it inside the VPC. Unauthenticated calls also need\\n    # roles/run.invoker for allUsers (README).\\n    run.googleapis.com/ingress: all\\nspec:\\n  template:\\n    metadata:\\n      annotations:\\n        # Scale to zero when idle; at most 10 instances.\\n        autoscaling.knative.dev/minScale: \\"0\\"\\n        autoscaling.knative.dev/maxScale: \\"10\\"\\n        # More CPU while an instance starts, so cold starts are shorter.\\n        run.googleapis.com/startup-cpu-boost: \\"true\\"\\n    spec:\\n      # Requests one instance serves at once (Cloud Run's default is 80, its maximum 1000): an async Rust\\n      # service handles many; lower it if each request is CPU-heavy.\\n      containerConcurrency: 200\\n      # A request still running after this many seconds is cut off (up to 3600).\\n      timeoutSeconds: 60\\n      containers:\\n        - name: ")
    ; __append( deployName )
    ; __append("\\n          # Pin a release tag or a digest: replacing the service with an unchanged spec creates no new revision.\\n          image: REGION-docker.pkg.dev/PROJECT/REPOSITORY/")
    ; __append( deployName )
    ; __append(":latest\\n          # Runs as the image's numeric non-root USER (")
    ; __append( uid )
    ; __append("): fully managed Cloud Run takes the user from the\\n          # image and accepts no securityContext.\\n          # Cloud Run sends requests to this port and sets PORT to it (PORT must not be set here). It terminates\\n          # TLS itself and forwards plain HTTP, so the service runs without TLS_CERT_FILE/TLS_KEY_FILE.\\n")
    ;  if (crate.origin === "service") { 
    ; __append("          # On scale-in or a new revision it sends SIGTERM and kills the instance 10 s later: the service's\\n          # ")
    ; __append( drainSeconds )
    ; __append(" s drain fits.\\n")
    ;  } else { 
    ; __append("          # On scale-in or a new revision it sends SIGTERM and kills the instance 10 s later: in-flight requests\\n          # must finish within that.\\n")
    ;  } 
    ; __append("          ports:\\n            - name: http1\\n              containerPort: ")
    ; __append( port )
    ; __append("\\n")
    ;  if (backingEnv.length) { 
    ; __append("          env:\\n")
    ;  for (const [name, value] of backingEnv.filter(([n]) => !secretEnv.includes(n))) { 
    ; __append("            # An instance's files live in its memory and go with it: use a managed database to keep data.\\n            - name: ")
    ; __append( name )
    ; __append("\\n              value: \\"")
    ; __append( value )
    ; __append("\\"\\n")
    ;  } 
    ;  if (secretEnv.length) { 
    ; __append("            # Cloud Run runs no database or cache: these come from Secret Manager (the service's account needs\\n            # roles/secretmanager.secretAccessor), e.g.\\n            # printf %s \\"$")
    ; __append( secretEnv[0] )
    ; __append("\\" | gcloud secrets create ")
    ; __append( deployName )
    ; __append("-")
    ; __append( secretEnv[0].toLowerCase().replace(/_/g, "-") )
    ; __append(" --data-file=-\\n")
    ;  } 
    ;  for (const name of secretEnv) { 
    ; __append("            - name: ")
    ; __append( name )
    ; __append("\\n              valueFrom:\\n                secretKeyRef:\\n                  name: ")
    ; __append( deployName )
    ; __append("-")
    ; __append( name.toLowerCase().replace(/_/g, "-") )
    ; __append("\\n                  key: latest\\n")
    ;  } 
    ;  } 
    ; __append("          resources:\\n            limits:\\n              cpu: \\"1\\"\\n              memory: 256Mi\\n")
    ;  if (healthProbe === "http") { 
    ; __append("          # Requests reach an instance once this passes: probed every second, up to ")
    ; __append( health.startPeriod )
    ; __append(" s to start listening.\\n          startupProbe:\\n            httpGet:\\n              path: ")
    ; __append( healthPath )
    ; __append("\\n              port: ")
    ; __append( port )
    ; __append("\\n            periodSeconds: ")
    ; __append( health.probePeriod )
    ; __append("\\n            timeoutSeconds: 1\\n            failureThreshold: ")
    ; __append( health.startPeriod / health.probePeriod )
    ; __append("\\n          # Three failed checks in a row restart the instance.\\n          livenessProbe:\\n            httpGet:\\n              path: ")
    ; __append( healthPath )
    ; __append("\\n              port: ")
    ; __append( port )
    ; __append("\\n            periodSeconds: 10\\n            timeoutSeconds: 3\\n            failureThreshold: 3\\n")
    ;  } else { 
    ; __append("          # The health route is not known, so startup waits for the port to accept connections (Cloud Run's\\n          # liveness probes need HTTP or gRPC: add an httpGet livenessProbe on the service's health route).\\n          startupProbe:\\n            tcpSocket:\\n              port: ")
    ; __append( port )
    ; __append("\\n            periodSeconds: ")
    ; __append( health.probePeriod )
    ; __append("\\n            timeoutSeconds: 1\\n            failureThreshold: ")
    ; __append( health.startPeriod / health.probePeriod )
    ; __append("\\n")
    ;  } 
  }
  return __output;
`, "deploy/kubernetes/deployment.yaml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# ")
    ; __append( deployName )
    ; __append(": 2 replicas of the image, rolled one pod at a time without dropping below two ready pods.\\n# Applied through kustomization.yaml (\`kubectl apply -k deploy/kubernetes\`), which also sets the image's registry.\\napiVersion: apps/v1\\nkind: Deployment\\nmetadata:\\n  name: ")
    ; __append( deployName )
    ; __append("\\n  labels:\\n    app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\nspec:\\n  replicas: 2\\n  revisionHistoryLimit: 5\\n  selector:\\n    matchLabels:\\n      app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\n  strategy:\\n    type: RollingUpdate\\n    rollingUpdate:\\n      # A new pod must be ready before an old one goes: capacity never drops during a rollout.\\n      maxUnavailable: 0\\n      maxSurge: 1\\n  template:\\n    metadata:\\n      labels:\\n        app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\n    spec:\\n")
    ;  if (crate.origin === "service") { 
    ; __append("      # SIGTERM comes after the ")
    ; __append( preStopSeconds )
    ; __append(" s preStop wait below; the service then drains in-flight requests for up to\\n      # ")
    ; __append( drainSeconds )
    ; __append(" s and exits. The grace period covers both with a margin before the kubelet sends SIGKILL.\\n")
    ;  } else { 
    ; __append("      # SIGTERM comes after the ")
    ; __append( preStopSeconds )
    ; __append(" s preStop wait below; the binary then has ")
    ; __append( killTimeoutSeconds )
    ; __append(" s to finish in-flight\\n      # requests and exit before the kubelet sends SIGKILL. Kubernetes runs no init process: a binary that does not\\n      # handle SIGTERM itself (README.Docker.md, \\"Stopping\\") ignores it as PID 1 and takes the whole grace period.\\n")
    ;  } 
    ; __append("      terminationGracePeriodSeconds: ")
    ; __append( terminationGraceSeconds )
    ; __append("\\n      # The service never calls the Kubernetes API, and reads no <SERVICE>_PORT-style variables.\\n      automountServiceAccountToken: false\\n      enableServiceLinks: false\\n      securityContext:\\n        # The image's numeric user (USER ")
    ; __append( uid )
    ; __append(":")
    ; __append( uid )
    ; __append(" in the Dockerfile): runAsNonRoot can verify it.\\n        runAsNonRoot: true\\n        runAsUser: ")
    ; __append( uid )
    ; __append("\\n        runAsGroup: ")
    ; __append( uid )
    ; __append("\\n")
    ;  if (servesTls || dataVolumes.length) { 
    ; __append("        # Mounted volumes (")
    ; __append( servesTls ? "the TLS Secret" : "the data directories" )
    ; __append(") are group-owned by this group, so the service can use them.\\n        fsGroup: ")
    ; __append( uid )
    ; __append("\\n")
    ;  } 
    ; __append("        seccompProfile:\\n          type: RuntimeDefault\\n")
    ;  if (port < 1024) { 
    ; __append("        # Port ")
    ; __append( port )
    ; __append(" is below 1024: let the non-root user bind it without a capability (a safe sysctl, as Docker sets it).\\n        sysctls:\\n          - name: net.ipv4.ip_unprivileged_port_start\\n            value: \\"0\\"\\n")
    ;  } 
    ; __append("      # Spread the replicas over nodes when the cluster has several, so one node going down leaves one running.\\n      topologySpreadConstraints:\\n        - maxSkew: 1\\n          topologyKey: kubernetes.io/hostname\\n          whenUnsatisfiable: ScheduleAnyway\\n          labelSelector:\\n            matchLabels:\\n              app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\n      containers:\\n        - name: ")
    ; __append( deployName )
    ; __append("\\n          # Replaced by kustomization.yaml's \`images:\` entry with the registry image.\\n          image: ")
    ; __append( deployName )
    ; __append("\\n          ports:\\n            - name: http\\n              containerPort: ")
    ; __append( port )
    ; __append("\\n              protocol: TCP\\n          env:\\n            - name: PORT\\n              value: \\"")
    ; __append( port )
    ; __append("\\"\\n")
    ;  if (servesTls) { 
    ; __append("            # HTTPS on the same port, from the ")
    ; __append( deployName )
    ; __append("-tls Secret mounted below.\\n            - name: TLS_CERT_FILE\\n              value: /run/certs/tls.crt\\n            - name: TLS_KEY_FILE\\n              value: /run/certs/tls.key\\n")
    ;  } 
    ;  for (const [name, value] of backingEnv.filter(([n]) => !secretEnv.includes(n))) { 
    ; __append("            - name: ")
    ; __append( name )
    ; __append("\\n              value: \\"")
    ; __append( value )
    ; __append("\\"\\n")
    ;  } 
    ;  if (secretEnv.length) { 
    ; __append("            # The cluster runs no database or cache: point these at managed ones through the ")
    ; __append( deployName )
    ; __append("-backing\\n            # Secret (see README), e.g. kubectl create secret generic ")
    ; __append( deployName )
    ; __append("-backing --from-literal=")
    ; __append( secretEnv[0] )
    ; __append("=\u2026\\n")
    ;  for (const name of secretEnv) { 
    ; __append("            - name: ")
    ; __append( name )
    ; __append("\\n              valueFrom:\\n                secretKeyRef:\\n                  name: ")
    ; __append( deployName )
    ; __append("-backing\\n                  key: ")
    ; __append( name )
    ; __append("\\n")
    ;  } 
    ;  } 
    ;  if (healthProbe === "http" && servesTls) { 
    ; __append("          # The service serves HTTPS, so the kubelet probes with HTTPS (it does not verify the certificate).\\n")
    ;  } else if (healthProbe === "command") { 
    ; __append("          # The probes run the image's own healthcheck command, as its Docker HEALTHCHECK does (no shell needed).\\n          # If the service has a health route, an httpGet on it is cheaper than starting a process per probe.\\n")
    ;  } else if (healthProbe === "tcp") { 
    ; __append("          # The image has no healthcheck, so the probes only check that the port accepts connections: an HTTP GET\\n          # on a route the service may not have would keep every pod unready. Switch to httpGet once it has one.\\n")
    ;  } 
    ; __append("          # Startup: probed every second, so the pod is ready about a second after it can answer; up to\\n          # ")
    ; __append( health.startPeriod )
    ; __append(" s to start. Liveness and readiness only begin after it succeeds.\\n          startupProbe:\\n")
    ; __append( include("probe-handler.ejs") )
    ; __append("            periodSeconds: ")
    ; __append( health.probePeriod )
    ; __append("\\n            timeoutSeconds: 1\\n            failureThreshold: ")
    ; __append( health.startPeriod / health.probePeriod )
    ; __append("\\n          # Readiness: an unready pod leaves the Service's endpoints until it answers again.")
    ;  if (readyPath !== healthPath) { 
    ; __append(" ")
    ; __append( readyPath )
    ; __append(" asks\\n          # every backing service; liveness below never does, so a database outage restarts no pod.")
    ;  } 
    ; __append("\\n          readinessProbe:\\n")
    ; __append( include("probe-handler.ejs", { probePath: readyPath }) )
    ; __append("            periodSeconds: 5\\n            timeoutSeconds: 3\\n            failureThreshold: 2\\n          # Liveness: three missed checks in a row restart the container.\\n          livenessProbe:\\n")
    ; __append( include("probe-handler.ejs") )
    ; __append("            periodSeconds: 10\\n            timeoutSeconds: 3\\n            failureThreshold: 3\\n          lifecycle:\\n            # Keeps serving while the endpoint removal reaches kube-proxy and ingress controllers, so a rollout\\n            # sends no requests to a server that has stopped accepting them. The sleep action needs no shell in\\n            # the image (Kubernetes 1.30 and later).\\n            preStop:\\n              sleep:\\n                seconds: ")
    ; __append( preStopSeconds )
    ; __append("\\n          # A small Rust service idles at a few MiB and little CPU: start small, then size from real usage\\n          # (\`kubectl top pod\`). The memory limit bounds a leak; the CPU limit caps a runaway at half a core.\\n          resources:\\n            requests:\\n              cpu: 50m\\n              memory: 32Mi\\n            limits:\\n              cpu: 500m\\n              memory: 128Mi\\n          securityContext:\\n            runAsNonRoot: true\\n            runAsUser: ")
    ; __append( uid )
    ; __append("\\n            runAsGroup: ")
    ; __append( uid )
    ; __append("\\n            readOnlyRootFilesystem: true\\n            allowPrivilegeEscalation: false\\n            capabilities:\\n              drop: [ALL]\\n            seccompProfile:\\n              type: RuntimeDefault\\n          volumeMounts:\\n            # The root filesystem is read-only; /tmp is the one writable place.\\n            - name: tmp\\n              mountPath: /tmp\\n")
    ;  for (const v of dataVolumes) { 
    ; __append("            - name: ")
    ; __append( v.name )
    ; __append("\\n              mountPath: ")
    ; __append( v.path )
    ; __append("\\n")
    ;  } 
    ;  if (servesTls) { 
    ; __append("            - name: tls\\n              mountPath: /run/certs\\n              readOnly: true\\n")
    ;  } 
    ; __append("      volumes:\\n        - name: tmp\\n          emptyDir:\\n            sizeLimit: 64Mi\\n")
    ;  for (const v of dataVolumes) { 
    ; __append("        # Writable data (")
    ; __append( v.path )
    ; __append("), kept for the pod's life only: use a PersistentVolumeClaim (and a StatefulSet) to keep it.\\n        - name: ")
    ; __append( v.name )
    ; __append("\\n          emptyDir: {}\\n")
    ;  } 
    ;  if (servesTls) { 
    ; __append("        # A kubernetes.io/tls Secret with tls.crt and tls.key, created once per namespace:\\n        #   kubectl create secret tls ")
    ; __append( deployName )
    ; __append("-tls --cert=certs/tls.crt --key=certs/tls.key\\n        # (or by cert-manager: a Certificate whose secretName is ")
    ; __append( deployName )
    ; __append("-tls).\\n        - name: tls\\n          secret:\\n            secretName: ")
    ; __append( deployName )
    ; __append("-tls\\n            defaultMode: 288 # 0440: readable by the owner and the fsGroup only\\n")
    ;  } 
  }
  return __output;
`, "deploy/kubernetes/kustomization.yaml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# kubectl apply -k deploy/kubernetes     (kubectl kustomize deploy/kubernetes shows what it applies)\\napiVersion: kustomize.config.k8s.io/v1beta1\\nkind: Kustomization\\n# namespace: ")
    ; __append( deployName )
    ; __append("\\nresources:\\n  - deployment.yaml\\n  - service.yaml\\n  - pdb.yaml\\n# Added to every object and pod template, but not to selectors: those are immutable once applied, and the\\n# manifests select on app.kubernetes.io/name alone.\\nlabels:\\n  - pairs:\\n      app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\n      app.kubernetes.io/component: server\\n      app.kubernetes.io/managed-by: kustomize\\n    includeTemplates: true\\nimages:\\n  # The Deployment's \`image: ")
    ; __append( deployName )
    ; __append("\` (the tag \`docker build -t ")
    ; __append( deployName )
    ; __append(" .\` gives) becomes the registry\\n  # image. Replace OWNER with the GitHub user or organisation the image is pushed to on GHCR (and the name, if\\n  # the repository has another name); a private GHCR package also needs an imagePullSecret. Pin a release tag or\\n  # a digest rather than latest: \`kustomize edit set image ")
    ; __append( deployName )
    ; __append("=ghcr.io/OWNER/")
    ; __append( deployName )
    ; __append(":1.2.3\`.\\n  - name: ")
    ; __append( deployName )
    ; __append("\\n    newName: ghcr.io/OWNER/")
    ; __append( deployName )
    ; __append("\\n    newTag: latest\\n")
  }
  return __output;
`, "deploy/kubernetes/pdb.yaml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# Node drains and cluster upgrades evict at most one of the two replicas at a time.\\napiVersion: policy/v1\\nkind: PodDisruptionBudget\\nmetadata:\\n  name: ")
    ; __append( deployName )
    ; __append("\\n  labels:\\n    app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\nspec:\\n  minAvailable: 1\\n  selector:\\n    matchLabels:\\n      app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\n  # A pod that is not ready serves nothing: let a drain evict it instead of blocking on the budget.\\n  unhealthyPodEvictionPolicy: AlwaysAllow\\n")
  }
  return __output;
`, "deploy/kubernetes/probe-handler.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ;  if (healthProbe === "http") { 
    ; __append("            httpGet:\\n              path: ")
    ; __append( locals.probePath ?? healthPath )
    ; __append("\\n              port: http\\n              scheme: ")
    ; __append( servesTls ? "HTTPS" : "HTTP" )
    ; __append("\\n")
    ;  } else if (healthProbe === "command") { 
    ; __append("            exec:\\n              command: ")
    ; __append( healthcheckExec )
    ; __append("\\n")
    ;  } else { 
    ; __append("            tcpSocket:\\n              port: http\\n")
    ;  } 
  }
  return __output;
`, "deploy/kubernetes/service.yaml.ejs": `escapeFn = escapeFn || function (markup) {
  return markup == undefined
    ? ''
    : String(markup)
      .replace(_MATCH_HTML, encode_char);
};
var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
;
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
  with (locals || {}) {
    ; __append("# A stable in-cluster address for the Deployment's ready pods: ")
    ; __append( deployName )
    ; __append(".<namespace>.svc:")
    ; __append( servesTls ? 443 : 80 )
    ; __append(".\\n# For traffic from outside the cluster, point an Ingress or Gateway HTTPRoute at this Service.\\napiVersion: v1\\nkind: Service\\nmetadata:\\n  name: ")
    ; __append( deployName )
    ; __append("\\n  labels:\\n    app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\nspec:\\n  type: ClusterIP\\n  selector:\\n    app.kubernetes.io/name: ")
    ; __append( deployName )
    ; __append("\\n  ports:\\n")
    ;  if (servesTls) { 
    ; __append("    # The pods serve HTTPS themselves (the ")
    ; __append( deployName )
    ; __append("-tls Secret): 443 forwards to their port ")
    ; __append( port )
    ; __append(".\\n    - name: https\\n      port: 443\\n")
    ;  } else { 
    ; __append("    - name: http\\n      port: 80\\n")
    ;  } 
    ; __append("      targetPort: http\\n      protocol: TCP\\n")
  }
  return __output;
` };

// generators/render/render.ts
function compileTemplate(source, template) {
  const fn = import_ejs.default.compile(source, { client: true, compileDebug: false, filename: template });
  const text = fn.toString();
  return text.slice(text.indexOf("\n) {\n") + 5, -2);
}
var functions = /* @__PURE__ */ new Map();
function templateFunction(template) {
  let fn = functions.get(template);
  if (!fn) {
    const body = PRECOMPILED_TEMPLATES?.[template] ?? compileTemplate(readFileSync2(path6.join(TEMPLATES_DIR, template), "utf8"), template);
    fn = new Function("locals", "escapeFn", "include", "rethrow", body);
    functions.set(template, fn);
  }
  return fn;
}
function renderTemplate(template, data) {
  return withLf(render(template, data));
}
function render(template, data) {
  const include = (file, extra) => {
    const target = path6.posix.join(path6.posix.dirname(template), path6.posix.extname(file) ? file : `${file}.ejs`);
    return render(target, { ...data, ...extra });
  };
  return templateFunction(template)(data, String, include);
}

// generators/write/writer.ts
var import_fs_extra = __toESM(require_lib(), 1);
import path8 from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path12, added, removed, oldPosInc, options) {
    const last = path12.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path12.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path12.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// generators/write/merge.ts
import { spawnSync } from "node:child_process";
import fs4 from "node:fs";
import os from "node:os";
import path7 from "node:path";
function mergeThreeWay(file, ours, base, theirs) {
  const dir = fs4.mkdtempSync(path7.join(os.tmpdir(), "rust-container-merge-"));
  try {
    const [o, b, t] = ["ours", "base", "theirs"].map((name, i) => {
      const p = path7.join(dir, name);
      fs4.writeFileSync(p, [ours, base, theirs][i]);
      return p;
    });
    const r = spawnSync("git", ["merge-file", "-p", "-L", `${file} (yours)`, "-L", `${file} (generated last time)`, "-L", `${file} (generated now)`, o, b, t], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024
    });
    if (r.error?.code === "ENOENT") throw new UserError("--conflict merge needs git on PATH (it merges with `git merge-file`)");
    if (r.status === null || r.status > 127) throw new UserError(`merging ${file} failed: ${r.stderr.trim() || `git merge-file exited ${r.status}`}`);
    return { content: r.stdout, conflicts: r.status };
  } finally {
    fs4.rmSync(dir, { recursive: true, force: true });
  }
}

// generators/write/writer.ts
function checkTarget(targetDir, files) {
  const stat2 = statOrUndefined(targetDir);
  if (stat2 && !stat2.isDirectory()) throw new UserError(`${targetDir} is not a directory`);
  let existing = targetDir;
  while (!statOrUndefined(existing)) existing = path8.dirname(existing);
  if (!statOrUndefined(existing).isDirectory()) throw new UserError(`${existing} is not a directory`);
  try {
    import_fs_extra.default.accessSync(existing, import_fs_extra.default.constants.W_OK);
  } catch {
    throw new UserError(`${existing} is not writable`);
  }
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const p = path8.join(targetDir, ...parts.slice(0, i));
      const s = statOrUndefined(p);
      if (!s) break;
      if (i < parts.length && !s.isDirectory()) throw new UserError(`${p} is a file, but ${f.path} needs it to be a directory`);
      if (i === parts.length && !s.isFile()) throw new UserError(`${p} exists and is not a regular file`);
    }
  }
}
function classify(targetDir, files, recorded = {}) {
  return files.map((f) => {
    const full = path8.join(targetDir, f.path);
    if (!import_fs_extra.default.existsSync(full)) return { ...f, status: "create" };
    const onDisk = import_fs_extra.default.readFileSync(full, "utf8");
    const existing = withLf(onDisk);
    const status = existing === f.content ? "unchanged" : recorded[f.path] === contentHash(existing) ? "update" : "conflict";
    return { ...f, status, existing, ...endsLinesWithCrlf(onDisk) ? { crlf: true } : {} };
  });
}
function meaningfulEntries(dir) {
  if (!import_fs_extra.default.existsSync(dir)) return [];
  return import_fs_extra.default.readdirSync(dir).filter((e) => e !== ".git");
}
function unifiedDiff(f) {
  return createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.existing ?? "", f.content, void 0, void 0, { context: 3 }).replace(/^=+\n/, "").replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}
async function decide(files, policy, { resolver, preview = false, base = () => void 0 } = {}) {
  const conflicts = files.filter((f) => f.status === "conflict" && !f.owned);
  if (conflicts.length && policy === "abort" && !resolver && !preview)
    throw new UserError(
      `${conflicts.map((f) => f.path).join(", ")} already ${conflicts.length === 1 ? "exists and differs" : "exist and differ"}: choose --conflict skip|overwrite|backup|merge (or --dry-run to see the diffs)`
    );
  const decided = [];
  for (const f of files) {
    if (f.status === "create") decided.push({ ...f, decision: "write" });
    else if (f.status === "unchanged") decided.push({ ...f, decision: "skip" });
    else if (f.status === "update") decided.push({ ...f, decision: "update" });
    else if (f.owned) decided.push({ ...f, decision: "overwrite" });
    else {
      const decision = resolver ? await resolver(f) : policy === "abort" ? "undecided" : policy;
      if (decision === "merge" && f.keepingEdits !== void 0) {
        decided.push({ ...f, decision, ...f.keepingEdits, generated: f.content, conflicts: 0 });
      } else if (decision === "merge") {
        const merged = mergeThreeWay(f.path, f.existing, base(f.path) ?? "", f.content);
        decided.push({ ...f, decision, content: merged.content, generated: f.content, conflicts: merged.conflicts });
      } else decided.push({ ...f, decision });
    }
  }
  return decided;
}
function commit(targetDir, files, hooks = {}) {
  const undo = [];
  if (files.some((f) => f.decision === "undecided")) throw new Error("commit needs every conflict decided");
  const toWrite = files.filter((f) => f.decision !== "skip");
  if (toWrite.length === 0) return;
  let stageDir;
  try {
    ensureDir(targetDir, undo);
    const staging = import_fs_extra.default.mkdtempSync(path8.join(targetDir, ".rust-container-staging-"));
    stageDir = staging;
    undo.push(() => import_fs_extra.default.rmSync(staging, { recursive: true, force: true }));
    toWrite.forEach((f, i) => {
      const staged = path8.join(stageDir, "new", f.path);
      import_fs_extra.default.mkdirSync(path8.dirname(staged), { recursive: true });
      import_fs_extra.default.writeFileSync(staged, f.crlf ? withCrlf(f.content) : f.content);
      hooks.afterStage?.(i + 1);
    });
    for (const f of toWrite) {
      const final = path8.join(targetDir, f.path);
      ensureDir(path8.dirname(final), undo);
      if (f.decision === "backup") {
        const backup = freeBackupName(final);
        import_fs_extra.default.renameSync(final, backup);
        undo.push(() => import_fs_extra.default.renameSync(backup, final));
      } else if (f.decision === "overwrite" || f.decision === "update" || f.decision === "merge") {
        const previous = path8.join(stageDir, "previous", f.path);
        import_fs_extra.default.mkdirSync(path8.dirname(previous), { recursive: true });
        import_fs_extra.default.renameSync(final, previous);
        undo.push(() => import_fs_extra.default.renameSync(previous, final));
      }
      import_fs_extra.default.renameSync(path8.join(stageDir, "new", f.path), final);
      undo.push(() => import_fs_extra.default.rmSync(final));
    }
  } catch (error) {
    for (const step of undo.reverse()) step();
    const code = error.code;
    if (code) throw new UserError(`writing failed (${code}: ${error.message}); nothing was changed`);
    throw error;
  } finally {
    if (stageDir) import_fs_extra.default.rmSync(stageDir, { recursive: true, force: true });
  }
}
function ensureDir(dir, undo) {
  if (import_fs_extra.default.existsSync(dir)) return;
  ensureDir(path8.dirname(dir), undo);
  import_fs_extra.default.mkdirSync(dir);
  undo.push(() => import_fs_extra.default.rmdirSync(dir));
}
function freeBackupName(file) {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? `${file}.orig` : `${file}.orig.${n}`;
    if (!import_fs_extra.default.existsSync(candidate)) return candidate;
  }
}
function statOrUndefined(p) {
  try {
    return import_fs_extra.default.statSync(p);
  } catch {
    return void 0;
  }
}

// generators/write/generate.ts
var RENDER_ACTION = "rust-container:render";
var WRITE_ACTION = "rust-container:write";
function startRun(request) {
  return { request, data: buildTemplateData(request.options, request.crate), rendered: [] };
}
function runActions(run) {
  return [
    ...plannedFiles(run.request.mode, run.data).map((file) => ({ type: RENDER_ACTION, run, file, abortOnFail: true })),
    { type: WRITE_ACTION, run, abortOnFail: true }
  ];
}
function registerActionTypes(plop) {
  plop.setActionType(RENDER_ACTION, (_answers, config) => {
    const { run, file } = config;
    return capture(run, async () => {
      await render2(run, file);
      return file.output;
    });
  });
  plop.setActionType(WRITE_ACTION, async (_answers, config) => {
    const { run } = config;
    return capture(run, () => writePlan(run));
  });
}
async function renderAndWrite(run) {
  return capture(run, async () => {
    for (const file of plannedFiles(run.request.mode, run.data)) await render2(run, file);
    return writePlan(run);
  });
}
async function render2(run, file) {
  if (file.once && readIfFile(path9.join(run.request.settings.targetDir, file.output)) !== void 0) return;
  const content = renderTemplate(file.template, run.data);
  if (file.once) return void run.rendered.push({ path: file.output, content, once: true });
  const existing = file.compose ? readIfFile(path9.join(run.request.settings.targetDir, file.output)) : void 0;
  const base = existing === void 0 ? void 0 : mergeBase(run.request)(file.output);
  if (existing === void 0 || existing === base) return void run.rendered.push({ path: file.output, content, owned: file.owned });
  const { mergeCompose } = await import("./compose-merge-P3HTYEKL.js");
  const merged = mergeCompose(existing, content, run.data.binName, base);
  run.rendered.push(
    merged ? { path: file.output, ...merged } : { path: file.output, content, notes: ["not a compose file with a services map: handled as a whole file"] }
  );
}
function readIfFile(file) {
  try {
    return readText(file);
  } catch {
    return void 0;
  }
}
async function writePlan(run) {
  const { mode, settings, resolveConflict, commitHooks } = run.request;
  checkTarget(settings.targetDir, run.rendered);
  const entries = meaningfulEntries(settings.targetDir);
  if (mode === "new" && entries.length > 0 && !settings.force && !settings.conflict)
    throw new UserError(
      `${settings.targetDir} is not empty (${entries.length} entr${entries.length === 1 ? "y" : "ies"}): pass --force to scaffold into it (only the planned files are touched) or choose another directory`
    );
  const policy = settings.conflict ?? (settings.force ? "overwrite" : "abort");
  const useResolver = settings.conflict === void 0 && !settings.force && !settings.dryRun;
  const previous = run.request.previous;
  const files = recordWrites(
    await decide(classify(settings.targetDir, run.rendered, previous?.files), policy, {
      resolver: useResolver ? resolveConflict : void 0,
      preview: settings.dryRun,
      base: mergeBase(run.request)
    }),
    previous?.files ?? {}
  );
  if (!settings.dryRun) commit(settings.targetDir, files, commitHooks);
  run.result = { files };
  return `${files.filter((f) => f.decision !== "skip").length} files ${settings.dryRun ? "planned" : "written"}`;
}
function mergeBase(request) {
  const { previous, mode } = request;
  if (!previous?.options) return () => void 0;
  const data = buildTemplateData(previous.options, previous.crate);
  const planned = plannedFiles(mode, data);
  return (file) => {
    const entry = planned.find((p) => p.output === file);
    return entry && renderTemplate(entry.template, data);
  };
}
function recordWrites(files, previous) {
  const record = { ...previous };
  for (const f of files) {
    if (f.owned || f.once || f.decision === "skip" && f.status !== "unchanged" || f.decision === "undecided") continue;
    record[f.path] = contentHash(f.generated ?? f.content);
  }
  return files.map((f) => {
    if (f.path !== ANSWERS_FILE) return f;
    const content = withFileHashes(f.content, record);
    const status = f.existing === void 0 ? "create" : f.existing === content ? "unchanged" : "conflict";
    return { ...f, content, status, decision: status === "create" ? "write" : status === "unchanged" ? "skip" : "overwrite" };
  });
}
async function capture(run, work) {
  try {
    return await work();
  } catch (error) {
    run.error ??= error;
    throw error;
  }
}

// plopfile.ts
var KIT_ACTION = "rust-container:kit";
function plopPrompts(fields = FIELDS, directory = "rust-service") {
  return [
    { type: "input", name: "directory", message: "Target directory", default: directory },
    ...fields.map((f) => ({
      type: { select: "list", multi: "checkbox", switch: "confirm", text: "input" }[f.kind],
      name: f.key,
      message: f.prompt,
      when: (answers) => f.askWhen?.(resolveAnswers(toRaw(answers)).options) ?? true,
      choices: f.choices ? (answers) => allowedChoices(f, resolveAnswers(toRaw(answers)).options).map((value) => ({ value, name: value })) : void 0,
      default: (answers) => {
        const value = f.defaultValue(resolveAnswers(toRaw(answers)).options, String(answers.directory ?? "."));
        return Array.isArray(value) || typeof value === "string" || typeof value === "boolean" ? value : String(value);
      },
      validate: (value) => {
        const parsed = f.parse(Array.isArray(value) ? value.join(",") : String(value));
        return "error" in parsed ? parsed.error : true;
      }
    }))
  ];
}
function toRaw(answers) {
  const raw = {};
  for (const f of FIELDS) {
    const v = answers[f.key];
    if (v !== void 0) raw[f.key] = Array.isArray(v) ? v.join(",") : String(v);
  }
  return raw;
}
function runFromPlopAnswers(answers) {
  const targetDir = path10.resolve(answers.directory ?? ".");
  const { options, problems } = resolveAnswers(toRaw(answers));
  if (problems.length) throw new UserError(problems.join("; "));
  return startRun({
    mode: "new",
    options: withDefaults(options, targetDir),
    settings: { targetDir, force: false, dryRun: false }
  });
}
function plopfile(plop) {
  registerActionTypes(plop);
  plop.setGenerator("service", {
    description: "a new Rust web service repository with its container kit",
    prompts: plopPrompts(),
    actions: (answers) => runActions(answers.run ?? runFromPlopAnswers(answers))
  });
  plop.setActionType(KIT_ACTION, async (answers) => {
    const targetDir = path10.resolve(String(answers.directory ?? "."));
    const { planKit } = await import("./kit-SVW3H3UJ.js");
    const planned = await planKit({ targetDir, raw: toRaw(answers), rawKit: {}, problems: [], unattended: false });
    if ("problems" in planned) throw new UserError(planned.problems.join("; "));
    const settings = { targetDir: planned.contextDir, force: false, dryRun: false };
    return renderAndWrite(startRun({ mode: "existing", options: planned.options, crate: planned.crate, settings, previous: planned.previous }));
  });
  plop.setGenerator("container", {
    description: "the container kit (Dockerfile, compose, .dockerignore) for an existing crate",
    prompts: plopPrompts(FIELDS.filter((f) => KIT_FIELDS.has(f.key) && f.key !== "port"), "."),
    actions: (answers) => answers.run ? runActions(answers.run) : [{ type: KIT_ACTION }]
  });
}

// generators/cli/engine.ts
async function generate(request) {
  const plop = await src_default(void 0, { destBasePath: request.settings.targetDir, force: false });
  await plopfile(plop);
  const run = startRun(request);
  const generator = plop.getGenerator(request.mode === "new" ? "service" : "container");
  const { failures } = await generator.runActions({ run });
  if (run.error) throw run.error;
  if (failures.length > 0 || !run.result) throw new Error(failures.map((f) => f.error).join("; ") || "generation failed");
  return run.result;
}

// generators/cli/cli.ts
var DEFAULT_DIRECTORY = "rust-service";
var loadKit = () => import("./kit-SVW3H3UJ.js");
var connectEngine = async () => (await import("./docker-client-DBKZY66B.js")).connectEngine();
async function loadVerify() {
  const [{ serviceSubject }, { runVerify }] = await Promise.all([import("./verify-VBLKWSQ5.js"), import("./verify-run-TISQBMWY.js")]);
  return { serviceSubject, runVerify };
}
var loadInquirer = async () => (await import("./esm-3HUITU3L.js")).default;
async function main(io) {
  const cmd = parseCommandLine(io.argv);
  if (cmd.help) return io.out(helpText()), 0;
  if (cmd.version) return io.out(toolVersion()), 0;
  const interactive = io.isTTY && !cmd.settings.noInteractive && !cmd.settings.yes;
  const existing = cmd.existing || cmd.directory !== void 0 && existsSync(path11.resolve(io.cwd, cmd.directory, "Cargo.toml"));
  try {
    const engine = cmd.settings.verify && !cmd.problems.length ? await connectEngine() : void 0;
    return await (existing ? runExisting : runNew)(io, cmd, interactive, engine);
  } catch (error) {
    if (error instanceof UserError) return fail(io, [error.message], false);
    if (error instanceof Error && error.name === "ExitPromptError") return io.err(import_picocolors.default.yellow("Cancelled: nothing was written.")), 130;
    throw error;
  }
}
async function runNew(io, cmd, interactive, engine) {
  const flagged = resolveAnswers(cmd.raw);
  const problems = [...cmd.problems, ...modeProblems(false, cmd), ...flagged.problems];
  const unattended = !interactive && !cmd.settings.yes;
  if (unattended) {
    if (cmd.directory === void 0) problems.push("missing target directory (e.g. my-service, or . for here)");
    for (const f of missingRequired(flagged.options)) problems.push(`missing --${f.flag} ${flagValues(f)}`);
  }
  if (problems.length) return fail(io, problems, unattended);
  let directory = cmd.directory ?? DEFAULT_DIRECTORY;
  if (interactive && cmd.directory === void 0) {
    const inquirer = await loadInquirer();
    directory = (await inquirer.prompt([
      { type: "input", name: "v", message: "Project directory (the crate is named after it)", default: DEFAULT_DIRECTORY }
    ])).v;
  }
  const targetDir = path11.resolve(io.cwd, directory);
  const options = interactive ? await askFields(FIELDS.filter((f) => cmd.raw[f.key] === void 0), cmd.raw, targetDir) : withDefaults(flagged.options, targetDir);
  const files = await write(io, cmd, interactive, "new", options, void 0, targetDir);
  if (!files) return 0;
  const lock = cmd.settings.noLockfile ? "skipped" : generateLockfile(targetDir, options.offlineBuild);
  nextSteps(io, [
    path11.relative(io.cwd, targetDir) ? `cd ${shellWord(path11.relative(io.cwd, targetDir))}` : void 0,
    `cargo run                         # http://localhost:${options.port}/health`,
    ...deliverySteps(options, options.name)
  ], lock);
  const verifyWith = engine ?? await offerVerify(io, interactive);
  if (!verifyWith) return 0;
  const { serviceSubject, runVerify } = await loadVerify();
  return runVerify(io, verifyWith, verifyPreconditions(serviceSubject(options, targetDir), options.offlineBuild));
}
async function runExisting(io, cmd, interactive, engine) {
  const unattended = !interactive && !cmd.settings.yes;
  const targetDir = path11.resolve(io.cwd, cmd.directory ?? ".");
  const { planKit, kitSubject } = await loadKit();
  const planned = await planKit({
    targetDir,
    raw: cmd.raw,
    rawKit: cmd.rawKit,
    problems: [...cmd.problems, ...modeProblems(true, cmd)],
    unattended,
    prompts: interactive ? { choose: askChoice, fields: askFields, healthcheck: askHealthcheck } : void 0
  });
  if ("problems" in planned) return fail(io, planned.problems, unattended);
  const { options, crate, contextDir, previous, choice, facts } = planned;
  for (const line of planned.info) io.out(import_picocolors.default.dim(line));
  for (const line of planned.warnings) io.err(import_picocolors.default.yellow(line));
  const files = await write(io, cmd, interactive, "existing", options, crate, contextDir, previous);
  if (crate.detected.length) {
    io.out(import_picocolors.default.bold("\nDetected:"));
    for (const d of crate.detected) io.out(`  ${d.warn ? import_picocolors.default.yellow(`\u26A0 ${d.found}`) : d.found} \u2192 ${d.action}`);
  }
  if (!files) return 0;
  const lock = facts.hasLockfile ? "exists" : cmd.settings.noLockfile ? "skipped" : generateLockfile(contextDir, options.offlineBuild);
  const rel = path11.relative(io.cwd, contextDir);
  nextSteps(io, [
    rel ? `cd ${shellWord(rel)}` : void 0,
    ...deliverySteps(options, choice.bin.name)
  ], lock);
  if (crate.healthcheck.kind !== "subcommand")
    io.out(import_picocolors.default.dim(`
README.Docker.md shows how to give ${choice.bin.name} its own healthcheck subcommand (then re-run with --healthcheck-cmd healthcheck).`));
  if (choice.package.framework && !planned.run.handlesSigterm)
    io.out(import_picocolors.default.dim(`Nothing in ${choice.bin.name} handles SIGTERM: use ${choice.package.framework}'s graceful shutdown so in-flight requests finish on docker stop.`));
  const verifyWith = engine ?? await offerVerify(io, interactive);
  if (!verifyWith) return 0;
  const rewrite = async (corrected) => {
    const again = await planKit({
      targetDir,
      raw: { ...cmd.raw, ...corrected.port ? { port: corrected.port } : {} },
      rawKit: { ...cmd.rawKit, ...corrected.rawKit, env: mergeEnvAnswers(cmd.rawKit.env, corrected.rawKit.env) },
      problems: [],
      unattended: false
    });
    if ("problems" in again) throw new UserError(again.problems.join("; "));
    await write(io, cmd, false, "existing", again.options, again.crate, again.contextDir, again.previous);
    return kitSubject(again);
  };
  const { runVerify } = await loadVerify();
  return runVerify(io, verifyWith, verifyPreconditions(kitSubject(planned), options.offlineBuild), rewrite);
}
async function offerVerify(io, interactive) {
  if (!interactive) return void 0;
  const engine = await connectEngine().catch(() => void 0);
  if (!engine) return void 0;
  const inquirer = await loadInquirer();
  io.out("");
  const { v } = await inquirer.prompt([
    { type: "confirm", name: "v", message: "A Docker engine is running: build the image now, run it and check it (--verify)?", default: false }
  ]);
  return v ? engine : void 0;
}
function verifyPreconditions(subject, offlineBuild) {
  if (!existsSync(path11.join(subject.contextDir, "Cargo.lock")))
    throw new UserError("--verify builds with --locked: run `cargo generate-lockfile` first (there is no Cargo.lock)");
  if (offlineBuild && !existsSync(path11.join(subject.contextDir, "vendor")))
    throw new UserError(`--verify with --offline-build builds from vendor/: run \`${VENDOR_COMMAND}\` first`);
  return subject;
}
var askChoice = async (message, choices) => (await (await loadInquirer()).prompt([{ type: "select", name: "v", message, choices }])).v;
async function write(io, cmd, interactive, mode, options, crate, targetDir, previous) {
  const { files } = await deferInterrupts(
    () => generate({
      mode,
      options,
      crate,
      settings: { targetDir, force: cmd.settings.force, dryRun: cmd.settings.dryRun, conflict: cmd.settings.conflict },
      resolveConflict: interactive ? askConflict : void 0,
      previous
    })
  );
  report(io, files, cmd.settings.dryRun);
  return cmd.settings.dryRun ? void 0 : files;
}
function fail(io, problems, unattended) {
  for (const p of problems) io.err(`${import_picocolors.default.red("error:")} ${p}`);
  if (unattended && problems.some((p) => p.startsWith("missing ")))
    io.err(import_picocolors.default.dim("No terminal to ask on: pass the missing flags, or --yes for defaults. See --help."));
  return 2;
}
async function askFields(fields, raw, targetDir) {
  const inquirer = await loadInquirer();
  const answers = { ...raw };
  const asked = (f) => !f.askWhen || f.askWhen(resolveAnswers(answers).options);
  for (const f of fields.filter((f2) => f2.group === "core" && asked(f2))) answers[f.key] = await askField(inquirer, f, answers, targetDir);
  const build = fields.filter((f) => f.group === "build");
  if (build.some(asked)) {
    const { v } = await inquirer.prompt([
      { type: "confirm", name: "v", message: `Customise build options (${build.filter(asked).map((f) => f.flag).join(", ")})?`, default: false }
    ]);
    if (v) {
      for (const f of build) if (asked(f)) answers[f.key] = await askField(inquirer, f, answers, targetDir);
    }
  }
  const { options, problems } = resolveAnswers(answers);
  if (problems.length) throw new UserError(problems.join("; "));
  return withDefaults(options, targetDir);
}
async function askField(inquirer, f, answers, targetDir) {
  const known = resolveAnswers(answers).options;
  const def = f.defaultValue(known, targetDir);
  const validate = (value) => {
    const parsed = f.parse(value);
    return "error" in parsed ? parsed.error : true;
  };
  if (f.kind === "text")
    return (await inquirer.prompt([{ type: "input", name: "v", message: f.prompt, default: String(def), validate }])).v;
  if (f.kind === "switch")
    return String((await inquirer.prompt([{ type: "confirm", name: "v", message: f.prompt, default: def === true }])).v);
  const choices = (f.choices ?? []).filter((c) => allowedChoices(f, known).includes(c.value)).map((c) => ({ name: c.value, value: c.value, description: c.summary }));
  if (f.kind === "select")
    return (await inquirer.prompt([{ type: "select", name: "v", message: f.prompt, choices, default: def }])).v;
  const selected = new Set(def);
  const picked = (await inquirer.prompt([
    {
      type: "checkbox",
      name: "v",
      message: f.prompt,
      choices: choices.map((c) => ({ ...c, checked: selected.has(c.value) })),
      // Inquirer hands the checkbox validator the selected choice objects, not their values.
      validate: (picked2) => validate(picked2.map((c) => c.value).join(","))
    }
  ])).v;
  return picked.join(",");
}
async function askHealthcheck(bin, kit, run) {
  const inquirer = await loadInquirer();
  const { route, style } = healthDefault(kit, run);
  const { v } = await inquirer.prompt([
    {
      type: "select",
      name: "v",
      message: `How should the image check that ${bin} is healthy?`,
      choices: [
        ...route ? [{ name: `a tiny probe built into the image: GET ${route}`, value: "probe" }] : [],
        { name: "a tiny probe built into the image: connect to the port (TCP)", value: "tcp" },
        { name: `${bin} has a "healthcheck" subcommand`, value: "subcommand" },
        { name: "no healthcheck", value: "none" }
      ],
      default: style
    }
  ]);
  return { ...kit, healthcheck: v, healthPath: v === "probe" ? route : void 0, healthcheckArgs: v === "subcommand" ? ["healthcheck"] : [] };
}
var askConflict = async (file) => {
  const inquirer = await loadInquirer();
  process.stdout.write(colorDiff(unifiedDiff(file)));
  const { v } = await inquirer.prompt([
    {
      type: "select",
      name: "v",
      message: `${file.path} exists and differs (diff above):`,
      choices: [
        { name: "keep mine (skip)", value: "skip" },
        { name: "overwrite", value: "overwrite" },
        { name: `overwrite, keeping mine as ${file.path}.orig`, value: "backup" },
        { name: "merge: keep my edits, take the new version's (conflict markers where both changed)", value: "merge" }
      ],
      default: "skip"
    }
  ]);
  return v;
};
async function deferInterrupts(work) {
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on("SIGINT", onSignal);
  try {
    return await work();
  } finally {
    process.off("SIGINT", onSignal);
    if (interrupted) process.kill(process.pid, "SIGINT");
  }
}
var MARKS = {
  write: () => import_picocolors.default.green("create   "),
  update: () => import_picocolors.default.cyan("update   "),
  merge: (f) => f.conflicts ? import_picocolors.default.red("merge !  ") : import_picocolors.default.cyan("merge    "),
  overwrite: () => import_picocolors.default.yellow("overwrite"),
  backup: () => import_picocolors.default.yellow("backup   "),
  skip: (f) => f.status === "unchanged" ? import_picocolors.default.dim("unchanged") : import_picocolors.default.dim("keep     "),
  undecided: () => import_picocolors.default.red("differs  ")
};
function report(io, files, dryRun) {
  io.out(import_picocolors.default.bold(dryRun ? "Plan (dry run, nothing written):" : "Files:"));
  const note = (f) => f.decision === "backup" ? import_picocolors.default.dim("  (yours kept as .orig)") : f.decision === "merge" && f.conflicts ? import_picocolors.default.red(`  (${f.conflicts} conflict${f.conflicts === 1 ? "" : "s"} marked)`) : "";
  for (const f of files) {
    io.out(`  ${MARKS[f.decision](f)}  ${f.path}${note(f)}`);
    if (f.decision !== "skip" || f.status === "unchanged") for (const n of f.notes ?? []) io.out(import_picocolors.default.dim(`             ${n}`));
  }
  const marked = files.filter((f) => f.conflicts);
  if (marked.length)
    io.err(
      import_picocolors.default.yellow(
        `${dryRun ? "Merging would leave" : "Merged with"} conflict markers in ${marked.map((f) => f.path).join(", ")}: edit the <<<<<<< \u2026 >>>>>>> regions (yours first, then the new version) before building.`
      )
    );
  if (!dryRun) return;
  for (const f of files.filter((f2) => f2.status === "conflict" || f2.status === "update")) io.out(colorDiff(unifiedDiff(f)));
  if (files.some((f) => f.decision === "undecided"))
    io.out(import_picocolors.default.yellow("Files marked differs were edited since they were generated: a real run needs --conflict skip|overwrite|backup|merge (or asks on a terminal)."));
}
function colorDiff(diff) {
  return diff.split("\n").map((l) => l.startsWith("+") && !l.startsWith("+++") ? import_picocolors.default.green(l) : l.startsWith("-") && !l.startsWith("---") ? import_picocolors.default.red(l) : l).join("\n");
}
var RESOLVE_FROM_CRATES_IO = [
  "--config",
  'source.crates-io.replace-with="crates-io-index"',
  "--config",
  'registries.crates-io-index.index="sparse+https://index.crates.io/"'
];
function generateLockfile(dir, offlineBuild) {
  if (existsSync(path11.join(dir, "Cargo.lock"))) return "exists";
  const result = spawnSync2("cargo", ["generate-lockfile", "--quiet", ...offlineBuild ? RESOLVE_FROM_CRATES_IO : []], {
    cwd: dir,
    stdio: "ignore",
    timeout: 6e4,
    env: { ...process.env, CARGO_NET_RETRY: "0", CARGO_HTTP_TIMEOUT: "15" }
  });
  if (result.error?.code === "ENOENT") return "no-cargo";
  return result.status === 0 ? "generated" : "offline";
}
var LOCK_NOTES = {
  generated: "Cargo.lock generated.",
  exists: "Cargo.lock kept.",
  skipped: "No Cargo.lock (--no-lockfile): run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
  "no-cargo": "cargo was not found, so there is no Cargo.lock yet: run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
  offline: "cargo could not reach the registry, so there is no Cargo.lock yet: run `cargo generate-lockfile` before `docker build` (it builds with --locked)."
};
function deliverySteps(o, image) {
  const secret = o.privateRegistry && !o.offlineBuild ? `--secret id=${REGISTRY_SECRET.id},env=${REGISTRY_SECRET.env} ` : "";
  return [
    ...o.offlineBuild ? [`${VENDOR_COMMAND}    # vendor/ for the offline build`] : [],
    `docker build ${secret}-t ${image} .`,
    ...o.deploy.map((t) => DEPLOY_TARGETS[t].command)
  ];
}
function nextSteps(io, steps, lock) {
  io.out("");
  io.out((lock === "generated" || lock === "exists" ? import_picocolors.default.green : import_picocolors.default.yellow)(LOCK_NOTES[lock]));
  io.out(import_picocolors.default.bold("\nNext steps:"));
  for (const s of steps) if (s) io.out(`  ${s}`);
}
var shellWord = (s) => /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
function helpText() {
  const rows = [
    ...FIELDS.map((f) => [f.kind === "switch" ? `--[no-]${f.flag}` : `--${f.flag} <${f.placeholder}>`, `${f.description}${f.choices ? `: ${flagValues(f)}` : ""}${defaultNote(f)}`])
  ];
  const kitRows = KIT_FLAGS.map((f) => [`--${f.flag}${"placeholder" in f ? ` ${f.placeholder}` : ""}`, f.help]);
  const runRows = RUN_FLAG_HELP.map((r) => [r.flag, r.description]);
  const width = Math.max(...[...rows, ...kitRows, ...runRows].map(([flag2]) => flag2.length)) + 2;
  const section = (title, r) => [title, ...r.map(([flag2, text]) => `  ${flag2.padEnd(width)}${text}`), ""];
  return [
    `${TOOL_NAME} ${toolVersion()} \u2014 a Rust web service that ships as a small non-root container`,
    "",
    "Usage: npm create rust-container [directory] -- [flags]",
    `       npx ${TOOL_NAME} [directory] [flags]`,
    "",
    "A directory with a Cargo.toml gets the container kit only (Dockerfile, .dockerignore, compose.yaml,",
    "README.Docker.md); otherwise a new service is scaffolded. Prompts appear only on a terminal, for what flags left open.",
    "",
    ...section("Service (each flag answers a prompt):", rows),
    ...section("Existing crate:", kitRows),
    ...section("Run:", runRows),
    "Example: npm create rust-container my-svc -- --framework axum --tls rustls --runtime distroless-cc --yes"
  ].join("\n");
}
function defaultNote(f) {
  if (f.defaultHelp) return ` (default: ${f.defaultHelp})`;
  const def = f.defaultValue({}, ".");
  return ` (default: ${Array.isArray(def) ? def.join(",") : def})`;
}

// generators/cli/bin.ts
main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  status: process.stdout.isTTY ? (s) => process.stdout.write(`\r\x1B[K${s}`) : void 0
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`${import_picocolors2.default.red("internal error:")} ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 1;
  }
);
/*! For license information please see cli.js.LEGAL.txt */
