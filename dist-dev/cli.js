#!/usr/bin/env node
import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  TEMPLATES_DIR,
  TOOL_NAME,
  toolVersion
} from "./chunk-DH3E27V6.js";
import {
  healthDefault
} from "./chunk-VWVEOKJC.js";
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
} from "./chunk-CGQHGN44.js";
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
        fs6.lchmod = function(path11, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs6.lchmodSync = function() {
        };
      }
      if (fs6.chown && !fs6.lchown) {
        fs6.lchown = function(path11, uid, gid, cb) {
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
        fs7.lchmod = function(path11, mode, callback) {
          fs7.open(
            path11,
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
        fs7.lchmodSync = function(path11, mode) {
          var fd = fs7.openSync(path11, constants2.O_WRONLY | constants2.O_SYMLINK, mode);
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
          fs7.lutimes = function(path11, at, mt, cb) {
            fs7.open(path11, constants2.O_SYMLINK, function(er, fd) {
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
          fs7.lutimesSync = function(path11, at, mt) {
            var fd = fs7.openSync(path11, constants2.O_SYMLINK);
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
      function ReadStream(path11, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path11, options);
        Stream.call(this);
        var self = this;
        this.path = path11;
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
      function WriteStream(path11, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path11, options);
        Stream.call(this);
        this.path = path11;
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
      function readFile2(path11, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path11, options, cb);
        function go$readFile(path12, options2, cb2, startTime) {
          return fs$readFile(path12, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path12, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs7.writeFile;
      fs7.writeFile = writeFile2;
      function writeFile2(path11, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path11, data, options, cb);
        function go$writeFile(path12, data2, options2, cb2, startTime) {
          return fs$writeFile(path12, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path12, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
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
      function appendFile(path11, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path11, data, options, cb);
        function go$appendFile(path12, data2, options2, cb2, startTime) {
          return fs$appendFile(path12, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path12, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
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
      function readdir2(path11, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path12, options2, cb2, startTime) {
          return fs$readdir(path12, fs$readdirCallback(
            path12,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path12, options2, cb2, startTime) {
          return fs$readdir(path12, options2, fs$readdirCallback(
            path12,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path11, options, cb);
        function fs$readdirCallback(path12, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path12, options2, cb2],
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
      function ReadStream(path11, options) {
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
      function WriteStream(path11, options) {
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
      function createReadStream(path11, options) {
        return new fs7.ReadStream(path11, options);
      }
      function createWriteStream(path11, options) {
        return new fs7.WriteStream(path11, options);
      }
      var fs$open = fs7.open;
      fs7.open = open;
      function open(path11, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path11, flags, mode, cb);
        function go$open(path12, flags2, mode2, cb2, startTime) {
          return fs$open(path12, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path12, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
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
var require_utils = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports, module) {
    "use strict";
    var path11 = __require("path");
    module.exports.checkPath = function checkPath(pth) {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path11.parse(pth).root, ""));
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
    var { checkPath } = require_utils();
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
    function pathExists(path11) {
      return fs6.access(path11).then(() => true).catch(() => false);
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
    async function utimesMillis(path11, atime, mtime) {
      const fd = await fs6.open(path11, "r+");
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
    function utimesMillisSync(path11, atime, mtime) {
      const fd = fs6.openSync(path11, "r+");
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
    var path11 = __require("path");
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
          const srcBaseName = path11.basename(src);
          const destBaseName = path11.basename(dest);
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
          const srcBaseName = path11.basename(src);
          const destBaseName = path11.basename(dest);
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
      const srcParent = path11.resolve(path11.dirname(src));
      const destParent = path11.resolve(path11.dirname(dest));
      if (destParent === srcParent || destParent === path11.parse(destParent).root) return;
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
      const srcParent = path11.resolve(path11.dirname(src));
      const destParent = path11.resolve(path11.dirname(dest));
      if (destParent === srcParent || destParent === path11.parse(destParent).root) return;
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
      const srcArr = path11.resolve(src).split(path11.sep).filter((i) => i);
      const destArr = path11.resolve(dest).split(path11.sep).filter((i) => i);
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
    var path11 = __require("path");
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
      const destParent = path11.dirname(dest);
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
        const srcItem = path11.join(src, item.name);
        const destItem = path11.join(dest, item.name);
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
        resolvedSrc = path11.resolve(process.cwd(), resolvedSrc);
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
        resolvedDest = path11.resolve(process.cwd(), resolvedDest);
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
    var path11 = __require("path");
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
      const destParent = path11.dirname(dest);
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
      const srcItem = path11.join(src, item);
      const destItem = path11.join(dest, item);
      if (opts.filter && !opts.filter(srcItem, destItem)) return;
      const { destStat } = stat2.checkPathsSync(srcItem, destItem, "copy", opts);
      return getStats(destStat, srcItem, destItem, opts);
    }
    function onLink(destStat, src, dest, opts) {
      let resolvedSrc = fs6.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path11.resolve(process.cwd(), resolvedSrc);
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
          resolvedDest = path11.resolve(process.cwd(), resolvedDest);
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
    function remove(path11, callback) {
      fs6.rm(path11, { recursive: true, force: true }, callback);
    }
    function removeSync(path11) {
      fs6.rmSync(path11, { recursive: true, force: true });
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
    var path11 = __require("path");
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
      return Promise.all(items.map((item) => remove.remove(path11.join(dir, item))));
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
        item = path11.join(dir, item);
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
    var path11 = __require("path");
    var fs6 = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs6.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path11.dirname(file);
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
      const dir = path11.dirname(file);
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
    var path11 = __require("path");
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
      const dir = path11.dirname(dstpath);
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
      const dir = path11.dirname(dstpath);
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
    var path11 = __require("path");
    var fs6 = require_fs();
    var { pathExists } = require_path_exists();
    var u = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path11.isAbsolute(srcpath)) {
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
      const dstdir = path11.dirname(dstpath);
      const relativeToDst = path11.join(dstdir, srcpath);
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
        toDst: path11.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path11.isAbsolute(srcpath)) {
        const exists2 = fs6.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path11.dirname(dstpath);
      const relativeToDst = path11.join(dstdir, srcpath);
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
        toDst: path11.relative(dstdir, srcpath)
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
    var path11 = __require("path");
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
        if (path11.isAbsolute(srcpath)) {
          srcStat = await fs6.stat(srcpath, { bigint: true });
        } else {
          const dstdir = path11.dirname(dstpath);
          const relativeToDst = path11.join(dstdir, srcpath);
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
      const dir = path11.dirname(dstpath);
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
        if (path11.isAbsolute(srcpath)) {
          srcStat = fs6.statSync(srcpath, { bigint: true });
        } else {
          const dstdir = path11.dirname(dstpath);
          const relativeToDst = path11.join(dstdir, srcpath);
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
      const dir = path11.dirname(dstpath);
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
var require_utils2 = __commonJS({
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
    var { stringify, stripBom } = require_utils2();
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
    function readFileSync2(file, options = {}) {
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
      readFileSync: readFileSync2,
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
    var path11 = __require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path11.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs6.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args) {
      const dir = path11.dirname(file);
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
    var { stringify } = require_utils2();
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
    var { stringify } = require_utils2();
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
    var path11 = __require("path");
    var { copy } = require_copy2();
    var { remove } = require_remove();
    var { mkdirp } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var stat2 = require_stat();
    async function move(src, dest, opts = {}) {
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = await stat2.checkPaths(src, dest, "move", opts);
      await stat2.checkParentPaths(src, srcStat, dest, "move");
      const destParent = path11.dirname(dest);
      const parsedParentPath = path11.parse(destParent);
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
    var path11 = __require("path");
    var copySync = require_copy2().copySync;
    var removeSync = require_remove().removeSync;
    var mkdirpSync = require_mkdirs().mkdirpSync;
    var stat2 = require_stat();
    function moveSync(src, dest, opts) {
      opts = opts || {};
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = stat2.checkPathsSync(src, dest, "move", opts);
      stat2.checkParentPathsSync(src, srcStat, dest, "move");
      if (!isParentRoot(dest)) mkdirpSync(path11.dirname(dest));
      return doRename(src, dest, overwrite, isChangingCase);
    }
    function isParentRoot(dest) {
      const parent = path11.dirname(dest);
      const parsedPath = path11.parse(parent);
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
import { isatty } from "node:tty";

// generators/cli/cli.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { existsSync } from "node:fs";
import path10 from "node:path";
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
  const { path: path11, abortOnFail } = action;
  if (checkPath && (typeof path11 !== "string" || path11.length === 0)) {
    return `Invalid path "${path11}"`;
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
var makeDir = (path11) => fs.promises.mkdir(path11, { recursive: true });
var readdir = fs.promises.readdir;
var stat = fs.promises.stat;
var chmod = fs.promises.chmod;
var readFile = (path11) => fs.promises.readFile(path11, "utf8");
var writeFile = (path11, data) => fs.promises.writeFile(path11, data, "utf8");
var readFileRaw = (path11) => fs.promises.readFile(path11, null);
var writeFileRaw = (path11, data) => fs.promises.writeFile(path11, data, null);
var fileExists = (path11) => fs.promises.access(path11).then(
  () => true,
  () => false
);
var constants = fs.constants;

// node_modules/node-plop/src/actions/_common-action-utils.js
var getFullData = (data, cfg) => Object.assign({}, cfg.data, data);
var normalizePath = (path11) => {
  return !path11.sep || path11.sep === "\\" ? path11.replace(/\\/g, "/") : path11;
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
import path9 from "node:path";

// generators/write/generate.ts
import path8 from "node:path";

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
import { readFileSync } from "node:fs";
import path5 from "node:path";

// generators/render/precompiled-templates.ts
var PRECOMPILED_TEMPLATES_FILE = "templates.json";

// generators/render/render.ts
var compileTemplate = PRECOMPILED_TEMPLATES_FILE ? void 0 : (await import("./compile-templates-FBZEEHAY.js")).compileTemplate;
var precompiled;
function templateBody(template) {
  if (!compileTemplate) {
    precompiled ??= JSON.parse(readFileSync(new URL(`./${PRECOMPILED_TEMPLATES_FILE}`, import.meta.url), "utf8"));
    const body = precompiled[template];
    if (body === void 0) throw new Error(`no compiled template ${template} in ${PRECOMPILED_TEMPLATES_FILE}`);
    return body;
  }
  return compileTemplate(readFileSync(path5.join(TEMPLATES_DIR, template), "utf8"), template);
}
var functions = /* @__PURE__ */ new Map();
function templateFunction(template) {
  let fn = functions.get(template);
  if (!fn) {
    fn = new Function("locals", "escapeFn", "include", "rethrow", templateBody(template));
    functions.set(template, fn);
  }
  return fn;
}
function renderTemplate(template, data) {
  return withLf(render(template, data));
}
function render(template, data) {
  const include = (file, extra) => {
    const target = path5.posix.join(path5.posix.dirname(template), path5.posix.extname(file) ? file : `${file}.ejs`);
    return render(target, { ...data, ...extra });
  };
  return templateFunction(template)(data, String, include);
}

// generators/write/writer.ts
var import_fs_extra = __toESM(require_lib(), 1);
import path7 from "node:path";

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
  addToPath(path11, added, removed, oldPosInc, options) {
    const last = path11.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path11.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path11.oldPos + oldPosInc,
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
import path6 from "node:path";
function mergeThreeWay(file, ours, base, theirs) {
  const dir = fs4.mkdtempSync(path6.join(os.tmpdir(), "rust-container-merge-"));
  try {
    const [o, b, t] = ["ours", "base", "theirs"].map((name, i) => {
      const p = path6.join(dir, name);
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
  while (!statOrUndefined(existing)) existing = path7.dirname(existing);
  if (!statOrUndefined(existing).isDirectory()) throw new UserError(`${existing} is not a directory`);
  try {
    import_fs_extra.default.accessSync(existing, import_fs_extra.default.constants.W_OK);
  } catch {
    throw new UserError(`${existing} is not writable`);
  }
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const p = path7.join(targetDir, ...parts.slice(0, i));
      const s = statOrUndefined(p);
      if (!s) break;
      if (i < parts.length && !s.isDirectory()) throw new UserError(`${p} is a file, but ${f.path} needs it to be a directory`);
      if (i === parts.length && !s.isFile()) throw new UserError(`${p} exists and is not a regular file`);
    }
  }
}
function classify(targetDir, files, recorded = {}) {
  return files.map((f) => {
    const full = path7.join(targetDir, f.path);
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
    const staging = import_fs_extra.default.mkdtempSync(path7.join(targetDir, ".rust-container-staging-"));
    stageDir = staging;
    undo.push(() => import_fs_extra.default.rmSync(staging, { recursive: true, force: true }));
    toWrite.forEach((f, i) => {
      const staged = path7.join(stageDir, "new", f.path);
      import_fs_extra.default.mkdirSync(path7.dirname(staged), { recursive: true });
      import_fs_extra.default.writeFileSync(staged, f.crlf ? withCrlf(f.content) : f.content);
      hooks.afterStage?.(i + 1);
    });
    for (const f of toWrite) {
      const final = path7.join(targetDir, f.path);
      ensureDir(path7.dirname(final), undo);
      if (f.decision === "backup") {
        const backup = freeBackupName(final);
        import_fs_extra.default.renameSync(final, backup);
        undo.push(() => import_fs_extra.default.renameSync(backup, final));
      } else if (f.decision === "overwrite" || f.decision === "update" || f.decision === "merge") {
        const previous = path7.join(stageDir, "previous", f.path);
        import_fs_extra.default.mkdirSync(path7.dirname(previous), { recursive: true });
        import_fs_extra.default.renameSync(final, previous);
        undo.push(() => import_fs_extra.default.renameSync(previous, final));
      }
      import_fs_extra.default.renameSync(path7.join(stageDir, "new", f.path), final);
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
  ensureDir(path7.dirname(dir), undo);
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
  if (file.once && readIfFile(path8.join(run.request.settings.targetDir, file.output)) !== void 0) return;
  const content = renderTemplate(file.template, run.data);
  if (file.once) return void run.rendered.push({ path: file.output, content, once: true });
  const existing = file.compose ? readIfFile(path8.join(run.request.settings.targetDir, file.output)) : void 0;
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
  const targetDir = path9.resolve(answers.directory ?? ".");
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
    const targetDir = path9.resolve(String(answers.directory ?? "."));
    const { planKit } = await import("./kit-S5BC4Z6D.js");
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
var loadKit = () => import("./kit-S5BC4Z6D.js");
var connectEngine = async () => (await import("./docker-client-DBKZY66B.js")).connectEngine();
async function loadVerify() {
  const [{ serviceSubject }, { runVerify }] = await Promise.all([import("./verify-RUEYDNOA.js"), import("./verify-run-FAQECTLA.js")]);
  return { serviceSubject, runVerify };
}
var loadInquirer = async () => (await import("./esm-3HUITU3L.js")).default;
async function main(io) {
  const cmd = parseCommandLine(io.argv);
  if (cmd.help) return io.out(helpText()), 0;
  if (cmd.version) return io.out(toolVersion()), 0;
  const interactive = io.isTTY && !cmd.settings.noInteractive && !cmd.settings.yes;
  const existing = cmd.existing || cmd.directory !== void 0 && existsSync(path10.resolve(io.cwd, cmd.directory, "Cargo.toml"));
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
  const targetDir = path10.resolve(io.cwd, directory);
  const options = interactive ? await askFields(FIELDS.filter((f) => cmd.raw[f.key] === void 0), cmd.raw, targetDir) : withDefaults(flagged.options, targetDir);
  const files = await write(io, cmd, interactive, "new", options, void 0, targetDir);
  if (!files) return 0;
  const lock = cmd.settings.noLockfile ? "skipped" : generateLockfile(targetDir, options.offlineBuild);
  nextSteps(io, [
    path10.relative(io.cwd, targetDir) ? `cd ${shellWord(path10.relative(io.cwd, targetDir))}` : void 0,
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
  const targetDir = path10.resolve(io.cwd, cmd.directory ?? ".");
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
  const rel = path10.relative(io.cwd, contextDir);
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
  if (!existsSync(path10.join(subject.contextDir, "Cargo.lock")))
    throw new UserError("--verify builds with --locked: run `cargo generate-lockfile` first (there is no Cargo.lock)");
  if (offlineBuild && !existsSync(path10.join(subject.contextDir, "vendor")))
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
  if (existsSync(path10.join(dir, "Cargo.lock"))) return "exists";
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
  // isatty on the descriptors: reading process.stdin would set up a stream no --yes run uses.
  isTTY: isatty(0) && isatty(1),
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  status: isatty(1) ? (s) => process.stdout.write(`\r\x1B[K${s}`) : void 0
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`${import_picocolors2.default.red("internal error:")} ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 1;
  }
);
