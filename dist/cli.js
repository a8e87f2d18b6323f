#!/usr/bin/env node
import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target2, all2) => {
  for (var name in all2)
    __defProp(target2, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str4) => REGEX_SPECIAL_CHARS.test(str4);
    exports.isRegexChar = (str4) => str4.length === 1 && exports.hasRegexChars(str4);
    exports.escapeRegex = (str4) => str4.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str4) => str4.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str4) => {
      return str4.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str4 = input;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str4.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str4.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str4;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str4.slice(0, start);
        str4 = str4.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str4.slice(0, lastIndex);
        glob = str4.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str4;
      } else {
        base = str4;
      }
      if (base && base !== "" && base !== "/" && base !== str4) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts2.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate2 = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate2();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str4) => {
        switch (str4) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str4);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch7 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch7(input, options, returnState));
        const arrayMatcher = (str4) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str4);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch7.compileRe(glob, options) : picomatch7.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch7(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch7.test(input, regex, options, { glob, posix: posix5 });
        const result = { glob, state, regex, posix: posix5, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch7.test = (input, regex, options, { glob, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch7.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch7.matchBase = (input, glob, options, posix5 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch7.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch7.isMatch = (str4, patterns, options) => picomatch7(patterns, options)(str4);
    picomatch7.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch7.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch7.scan = (input, options) => scan2(input, options);
    picomatch7.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch7.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch7.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch7.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch7.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch7.constants = constants2;
    module.exports = picomatch7;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch7(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch7, pico);
    module.exports = picomatch7;
  }
});

// src/util/lazy-builtin.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
function lazyRequire(specifier) {
  let loaded;
  return () => loaded ??= load(specifier);
}
var lazyBuiltin = (name) => lazyRequire(name);

// src/util/jit-tuning.ts
var v8 = lazyBuiltin("node:v8");
function jitFlags(version) {
  const major = Number.parseInt(version, 10);
  if (major === 11)
    return ["--max-inlined-bytecode-size-cumulative=230", "--interrupt-budget=135168"];
  if (major === 12) return ["--max-inlined-bytecode-size-cumulative=230"];
  if (major === 13) return ["--no-turbofan"];
  return [];
}
function tuneJit() {
  for (const flag of jitFlags(process.versions.v8)) v8().setFlagsFromString(flag);
}

// src/util/young-generation.ts
var v82 = lazyBuiltin("node:v8");
var YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;
var CALLS_PER_LOOK = 32;
var held = false;
var calls = 0;
function tuneYoungGeneration() {
  v82().setFlagsFromString(`--min-semi-space-size=${YOUNG_GENERATION_BYTES / 2 / 1024 / 1024}`);
}
function holdYoungGeneration() {
  if (held || ++calls % CALLS_PER_LOOK) return;
  const young = v82().getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (!young || young.space_size < YOUNG_GENERATION_BYTES) return;
  v82().setFlagsFromString("--semi-space-growth-factor=1");
  held = true;
}

// src/cli.ts
import { resolve as resolve9 } from "node:path";

// src/model/errors.ts
var ConfigurationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigurationError";
  }
};
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/collect/nothing-to-scan.ts
function unmatchedPathsError(unmatched) {
  if (unmatched.length === 0) return void 0;
  const each = unmatched.map((u) => `  ${u.path}: ${u.reason}`).join("\n");
  const where = unmatched.length === 1 ? "a path that was named" : "paths that were named";
  return new ConfigurationError(
    `nothing to scan at ${where} (a gate that checked nothing does not pass):
${each}`
  );
}
function nothingFoundNotice(counts, root) {
  if (counts.resources > 0 || counts.findings > 0) return void 0;
  const read = counts.files === 0 ? "no .yaml, .yml or .json file" : counts.files === 1 ? "one YAML or JSON file, not a Kubernetes object" : `${counts.files} YAML or JSON files, none of them a Kubernetes object`;
  return `no Kubernetes manifests, Helm charts or Kustomize roots were found under ${root} (${read}): there was nothing to check. Name the folders to scan (\`paths\`) if they live elsewhere.`;
}

// src/util/fs.ts
var {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeSync
} = lazyBuiltin("node:fs")();
var fsPromises = lazyBuiltin("node:fs/promises");

// src/config/load-config.ts
import { resolve } from "node:path";

// src/config/config.ts
import { posix } from "node:path";

// src/util/vendor/vendor-package.ts
import { fileURLToPath } from "node:url";
function vendorPackage(name) {
  const path = fileURLToPath(new URL(`${"./vendor/"}${name}.cjs`, import.meta.url));
  const load3 = lazyRequire(path);
  return () => {
    try {
      return load3();
    } catch (e) {
      throw new ConfigurationError(
        `kubegate's ${name} module (${path}) cannot be loaded: the bundle needs the vendor folder beside it, as dist/ ships them (${errorMessage(e)})`
      );
    }
  };
}

// src/util/vendor/yaml.bundled.ts
var loadYaml = vendorPackage("yaml");

// src/model/field-path.ts
function parseFieldPath(text2) {
  let rest = text2.trim();
  let scope = "element";
  for (const [prefix, s] of [
    ["$object", "object"],
    ["$podMeta", "podMeta"],
    ["$pod", "pod"]
  ]) {
    if (rest === prefix || rest.startsWith(prefix + ".") || rest.startsWith(prefix + "[")) {
      scope = s;
      rest = rest.slice(prefix.length).replace(/^\./, "");
    }
  }
  const path = [];
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i];
    if (ch === ".") {
      i++;
    } else if (ch === "[") {
      const close = findClosingBracket(rest, i);
      const inner = rest.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) path.push(Number(inner));
      else path.push(unquote(inner));
      i = close + 1;
    } else {
      let j = i;
      while (j < rest.length && rest[j] !== "." && rest[j] !== "[") j++;
      path.push(rest.slice(i, j));
      i = j;
    }
  }
  return { scope, path };
}
function findClosingBracket(text2, open) {
  let quote2 = "";
  for (let i = open + 1; i < text2.length; i++) {
    const ch = text2[i];
    if (quote2) {
      if (ch === "\\") i++;
      else if (ch === quote2) quote2 = "";
    } else if (ch === '"' || ch === "'") quote2 = ch;
    else if (ch === "]") return i;
  }
  throw new Error(`unclosed "[" in field path "${text2}"`);
}
function unquote(s) {
  if (s.startsWith('"') && s.endsWith('"') || s.startsWith("'") && s.endsWith("'")) {
    return s.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return s;
}
var SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;
function formatFieldPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (SIMPLE_KEY.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function valueAt(root, path) {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}

// src/generated/validate-config.js
var validate_config_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kubegate.dev/schema/config.json", "title": "kubegate configuration (.kubegate.yaml)", "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Files, folders or globs to scan, relative to the repository root." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of files to leave out." }, "failOn": { "enum": ["critical", "high", "medium", "low", "none"], "description": "Lowest severity that fails the gate." }, "rules": { "type": "object", "additionalProperties": false, "properties": { "custom": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of custom rule files." }, "disabled": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "severity": { "type": "object", "additionalProperties": { "enum": ["critical", "high", "medium", "low"] } }, "categories": { "type": "object", "additionalProperties": false, "description": "Turn a whole category of rules on or off (all are on by default), e.g. { reliability: false }.", "properties": { "rbac": { "type": "boolean" }, "workload-identity": { "type": "boolean" }, "workload-hardening": { "type": "boolean" }, "exposure": { "type": "boolean" }, "secrets": { "type": "boolean" }, "isolation": { "type": "boolean" }, "control-plane": { "type": "boolean" }, "admission": { "type": "boolean" }, "reliability": { "type": "boolean" }, "admission-policy": { "type": "boolean" } } } } }, "admissionPolicies": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Files, folders or globs holding ValidatingAdmissionPolicies, their bindings and their params, besides those among the scanned manifests. On a pull request they are read from the base commit." }, "namespaces": { "type": "object", "description": "Labels of namespaces, for admission policies' namespaceSelector, where the scan has no Namespace manifest for them: { payments: { labels: { environment: prod } } }.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["labels"], "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string" } } } } }, "ingress": { "type": "object", "additionalProperties": false, "properties": { "internalClasses": { "type": "array", "items": { "type": "string" } }, "internalAnnotations": { "type": "object", "additionalProperties": { "type": "string" } } } }, "workloads": { "type": "object", "additionalProperties": false, "properties": { "customKinds": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind"], "anyOf": [{ "required": ["podSpecPath"] }, { "required": ["podSpecPaths"] }], "properties": { "kind": { "type": "string", "minLength": 1 }, "apiGroup": { "type": "string", "description": 'Only objects of this API group (the apiVersion without its version), e.g. serving.knative.dev; "" for the core group' }, "podSpecPath": { "type": "string", "minLength": 1, "description": "Dotted path of the pod spec, e.g. spec.template.spec; a * segment stands for every item of a list or key of a map" }, "podSpecPaths": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Several pod specs of one object, e.g. [spec.driver.template.spec, spec.executor.template.spec]" } } } } } }, "waivers": { "type": "object", "additionalProperties": false, "properties": { "annotations": { "type": "boolean", "description": "Accept waiver annotations on resources (false: only this list)." }, "maxDays": { "type": "integer", "minimum": 1, "maximum": 3650 }, "list": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason", "expires"], "properties": { "rule": { "type": "string", "minLength": 1 }, "resource": { "type": "string", "description": "Kind/namespace/name; * matches any part" }, "path": { "type": "string", "description": "Glob of the file" }, "container": { "type": "string" }, "reason": { "type": "string" }, "expires": { "type": "string" }, "ticket": { "type": "string" } } } } } }, "render": { "type": "object", "additionalProperties": false, "description": "Rendering Helm charts and Kustomize roots found under the scanned paths.", "properties": { "helm": { "type": "boolean", "description": "Render Helm charts (default true)." }, "kustomize": { "type": "boolean", "description": "Render Kustomize roots (default true)." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Per render (default 60)." }, "helmBinary": { "type": "string", "minLength": 1, "description": "Path of helm." }, "kubectlBinary": { "type": "string", "minLength": 1, "description": "Path of kubectl." }, "charts": { "type": "array", "description": "Release options and value sets per chart. A chart not listed renders once, with its values.yaml.", "items": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The chart's folder (holding Chart.yaml), relative to the repository root." }, "releaseName": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 53, "description": "Release name (a DNS-1123 label); default: the chart's name." }, "namespace": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "description": "Release namespace (default: default)." }, "kubeVersion": { "type": "string", "pattern": "^v?\\d+\\.\\d+(\\.\\d+)?$", "description": "Kubernetes version to render for, e.g. 1.31 (helm --kube-version)." }, "valueSets": { "type": "array", "minItems": 1, "description": "Each value set renders the chart once, on top of its values.yaml.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "valuesFiles": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Values files relative to the chart, in order (later ones win)." }, "set": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] }, "description": "Values by dotted key, as helm --set." } } } } } } } } }, "limits": { "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1 } } }, "reviews": { "type": "array", "description": "Required reviews: changes that people must approve before the gate passes.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "approvers", "when"], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^[^\\n]+$", "description": "Shown in the summary and the review, e.g. security." }, "approvers": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$" }, "description": "GitHub logins, or teams written @org/team-slug." }, "minApprovals": { "type": "integer", "minimum": 1, "maximum": 20 }, "requireFreshApproval": { "type": "boolean", "description": "Count only approvals of the pull request's current head commit." }, "when": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "rules": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "severities": { "type": "array", "items": { "enum": ["critical", "high", "medium", "low"] } }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "namespaces": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "rbac": { "enum": ["dangerous", "any"] }, "waivers": { "type": "boolean" }, "policy": { "type": "boolean" } } } } } }, "images": { "type": "object", "additionalProperties": false, "description": "Where images may come from, and where they must be pinned by digest.", "properties": { "allowedRegistries": { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^[^/\\s]+(/[^\\s]+)*$" }, "description": "Registry hosts (docker.io, ghcr.io) or host/path prefixes (ghcr.io/acme). Empty: any registry." }, "requireDigest": { "type": "object", "additionalProperties": false, "properties": { "namespaces": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ((s) => {
  let n = 0;
  for (const _c of s) n++;
  return n;
});
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern2 = new RegExp("^v?\\d+\\.\\d+(\\.\\d+)?$", "u");
var pattern3 = new RegExp("^[^\\n]+$", "u");
var pattern4 = new RegExp("^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$", "u");
var pattern5 = new RegExp("^[^/\\s]+(/[^\\s]+)*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data0 = data.paths;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err1 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data4 = data.failOn;
      if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low" || data4 === "none")) {
        const err7 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "custom" || key1 === "disabled" || key1 === "severity" || key1 === "categories")) {
            const err8 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.custom !== void 0) {
          let data6 = data5.custom;
          if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err9 = { instancePath: instancePath + "/rules/custom/" + i2, schemaPath: "#/properties/rules/properties/custom/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/rules/custom/" + i2, schemaPath: "#/properties/rules/properties/custom/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/rules/custom", schemaPath: "#/properties/rules/properties/custom/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.disabled !== void 0) {
          let data8 = data5.disabled;
          if (Array.isArray(data8)) {
            const len3 = data8.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data9 = data8[i3];
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err12 = { instancePath: instancePath + "/rules/disabled/" + i3, schemaPath: "#/properties/rules/properties/disabled/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/rules/disabled/" + i3, schemaPath: "#/properties/rules/properties/disabled/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/rules/disabled", schemaPath: "#/properties/rules/properties/disabled/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.severity !== void 0) {
          let data10 = data5.severity;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key2 in data10) {
              let data11 = data10[key2];
              if (!(data11 === "critical" || data11 === "high" || data11 === "medium" || data11 === "low")) {
                const err15 = { instancePath: instancePath + "/rules/severity/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/rules/severity", schemaPath: "#/properties/rules/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.categories !== void 0) {
          let data12 = data5.categories;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key3 in data12) {
              if (!func2.call(schema11.properties.rules.properties.categories.properties, key3)) {
                const err17 = { instancePath: instancePath + "/rules/categories", schemaPath: "#/properties/rules/properties/categories/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data12.rbac !== void 0) {
              if (typeof data12.rbac !== "boolean") {
                const err18 = { instancePath: instancePath + "/rules/categories/rbac", schemaPath: "#/properties/rules/properties/categories/properties/rbac/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data12["workload-identity"] !== void 0) {
              if (typeof data12["workload-identity"] !== "boolean") {
                const err19 = { instancePath: instancePath + "/rules/categories/workload-identity", schemaPath: "#/properties/rules/properties/categories/properties/workload-identity/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data12["workload-hardening"] !== void 0) {
              if (typeof data12["workload-hardening"] !== "boolean") {
                const err20 = { instancePath: instancePath + "/rules/categories/workload-hardening", schemaPath: "#/properties/rules/properties/categories/properties/workload-hardening/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data12.exposure !== void 0) {
              if (typeof data12.exposure !== "boolean") {
                const err21 = { instancePath: instancePath + "/rules/categories/exposure", schemaPath: "#/properties/rules/properties/categories/properties/exposure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data12.secrets !== void 0) {
              if (typeof data12.secrets !== "boolean") {
                const err22 = { instancePath: instancePath + "/rules/categories/secrets", schemaPath: "#/properties/rules/properties/categories/properties/secrets/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data12.isolation !== void 0) {
              if (typeof data12.isolation !== "boolean") {
                const err23 = { instancePath: instancePath + "/rules/categories/isolation", schemaPath: "#/properties/rules/properties/categories/properties/isolation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data12["control-plane"] !== void 0) {
              if (typeof data12["control-plane"] !== "boolean") {
                const err24 = { instancePath: instancePath + "/rules/categories/control-plane", schemaPath: "#/properties/rules/properties/categories/properties/control-plane/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data12.admission !== void 0) {
              if (typeof data12.admission !== "boolean") {
                const err25 = { instancePath: instancePath + "/rules/categories/admission", schemaPath: "#/properties/rules/properties/categories/properties/admission/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data12.reliability !== void 0) {
              if (typeof data12.reliability !== "boolean") {
                const err26 = { instancePath: instancePath + "/rules/categories/reliability", schemaPath: "#/properties/rules/properties/categories/properties/reliability/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data12["admission-policy"] !== void 0) {
              if (typeof data12["admission-policy"] !== "boolean") {
                const err27 = { instancePath: instancePath + "/rules/categories/admission-policy", schemaPath: "#/properties/rules/properties/categories/properties/admission-policy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/rules/categories", schemaPath: "#/properties/rules/properties/categories/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.admissionPolicies !== void 0) {
      let data23 = data.admissionPolicies;
      if (Array.isArray(data23)) {
        const len4 = data23.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data24 = data23[i4];
          if (typeof data24 === "string") {
            if (func3(data24) < 1) {
              const err30 = { instancePath: instancePath + "/admissionPolicies/" + i4, schemaPath: "#/properties/admissionPolicies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/admissionPolicies/" + i4, schemaPath: "#/properties/admissionPolicies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/admissionPolicies", schemaPath: "#/properties/admissionPolicies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.namespaces !== void 0) {
      let data25 = data.namespaces;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key4 in data25) {
          let data26 = data25[key4];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.labels === void 0) {
              const err33 = { instancePath: instancePath + "/namespaces/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/additionalProperties/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key5 in data26) {
              if (!(key5 === "labels")) {
                const err34 = { instancePath: instancePath + "/namespaces/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data26.labels !== void 0) {
              let data27 = data26.labels;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                for (const key6 in data27) {
                  if (typeof data27[key6] !== "string") {
                    const err35 = { instancePath: instancePath + "/namespaces/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/additionalProperties/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/namespaces/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/labels", schemaPath: "#/properties/namespaces/additionalProperties/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/namespaces/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.ingress !== void 0) {
      let data29 = data.ingress;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key7 in data29) {
          if (!(key7 === "internalClasses" || key7 === "internalAnnotations")) {
            const err39 = { instancePath: instancePath + "/ingress", schemaPath: "#/properties/ingress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data29.internalClasses !== void 0) {
          let data30 = data29.internalClasses;
          if (Array.isArray(data30)) {
            const len5 = data30.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data30[i5] !== "string") {
                const err40 = { instancePath: instancePath + "/ingress/internalClasses/" + i5, schemaPath: "#/properties/ingress/properties/internalClasses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/ingress/internalClasses", schemaPath: "#/properties/ingress/properties/internalClasses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data29.internalAnnotations !== void 0) {
          let data32 = data29.internalAnnotations;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key8 in data32) {
              if (typeof data32[key8] !== "string") {
                const err42 = { instancePath: instancePath + "/ingress/internalAnnotations/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ingress/properties/internalAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/ingress/internalAnnotations", schemaPath: "#/properties/ingress/properties/internalAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/ingress", schemaPath: "#/properties/ingress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data34 = data.workloads;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key9 in data34) {
          if (!(key9 === "customKinds")) {
            const err45 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data34.customKinds !== void 0) {
          let data35 = data34.customKinds;
          if (Array.isArray(data35)) {
            const len6 = data35.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data36 = data35[i6];
              const _errs83 = errors;
              let valid24 = false;
              const _errs84 = errors;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.podSpecPath === void 0) {
                  const err46 = { instancePath: instancePath + "/workloads/customKinds/" + i6, schemaPath: "#/properties/workloads/properties/customKinds/items/anyOf/0/required", keyword: "required", params: { missingProperty: "podSpecPath" }, message: "must have required property 'podSpecPath'" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs84 === errors;
              valid24 = valid24 || _valid0;
              if (!valid24) {
                const _errs85 = errors;
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                  if (data36.podSpecPaths === void 0) {
                    const err47 = { instancePath: instancePath + "/workloads/customKinds/" + i6, schemaPath: "#/properties/workloads/properties/customKinds/items/anyOf/1/required", keyword: "required", params: { missingProperty: "podSpecPaths" }, message: "must have required property 'podSpecPaths'" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs85 === errors;
                valid24 = valid24 || _valid0;
              }
              if (!valid24) {
                const err48 = { instancePath: instancePath + "/workloads/customKinds/" + i6, schemaPath: "#/properties/workloads/properties/customKinds/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              } else {
                errors = _errs83;
                if (vErrors !== null) {
                  if (_errs83) {
                    vErrors.length = _errs83;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.kind === void 0) {
                  const err49 = { instancePath: instancePath + "/workloads/customKinds/" + i6, schemaPath: "#/properties/workloads/properties/customKinds/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                for (const key10 in data36) {
                  if (!(key10 === "kind" || key10 === "apiGroup" || key10 === "podSpecPath" || key10 === "podSpecPaths")) {
                    const err50 = { instancePath: instancePath + "/workloads/customKinds/" + i6, schemaPath: "#/properties/workloads/properties/customKinds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data36.kind !== void 0) {
                  let data37 = data36.kind;
                  if (typeof data37 === "string") {
                    if (func3(data37) < 1) {
                      const err51 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/kind", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/kind", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data36.apiGroup !== void 0) {
                  if (typeof data36.apiGroup !== "string") {
                    const err53 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/apiGroup", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/apiGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data36.podSpecPath !== void 0) {
                  let data39 = data36.podSpecPath;
                  if (typeof data39 === "string") {
                    if (func3(data39) < 1) {
                      const err54 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/podSpecPath", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/podSpecPath", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data36.podSpecPaths !== void 0) {
                  let data40 = data36.podSpecPaths;
                  if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                      const err56 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/podSpecPaths", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPaths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    const len7 = data40.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data41 = data40[i7];
                      if (typeof data41 === "string") {
                        if (func3(data41) < 1) {
                          const err57 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/podSpecPaths/" + i7, schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPaths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                      } else {
                        const err58 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/podSpecPaths/" + i7, schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/workloads/customKinds/" + i6 + "/podSpecPaths", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPaths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/workloads/customKinds/" + i6, schemaPath: "#/properties/workloads/properties/customKinds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/workloads/customKinds", schemaPath: "#/properties/workloads/properties/customKinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data42 = data.waivers;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (const key11 in data42) {
          if (!(key11 === "annotations" || key11 === "maxDays" || key11 === "list")) {
            const err63 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data42.annotations !== void 0) {
          if (typeof data42.annotations !== "boolean") {
            const err64 = { instancePath: instancePath + "/waivers/annotations", schemaPath: "#/properties/waivers/properties/annotations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data42.maxDays !== void 0) {
          let data44 = data42.maxDays;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
            const err65 = { instancePath: instancePath + "/waivers/maxDays", schemaPath: "#/properties/waivers/properties/maxDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 > 3650 || isNaN(data44)) {
              const err66 = { instancePath: instancePath + "/waivers/maxDays", schemaPath: "#/properties/waivers/properties/maxDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data44 < 1 || isNaN(data44)) {
              const err67 = { instancePath: instancePath + "/waivers/maxDays", schemaPath: "#/properties/waivers/properties/maxDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
        }
        if (data42.list !== void 0) {
          let data45 = data42.list;
          if (Array.isArray(data45)) {
            const len8 = data45.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data46 = data45[i8];
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                if (data46.rule === void 0) {
                  const err68 = { instancePath: instancePath + "/waivers/list/" + i8, schemaPath: "#/properties/waivers/properties/list/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data46.reason === void 0) {
                  const err69 = { instancePath: instancePath + "/waivers/list/" + i8, schemaPath: "#/properties/waivers/properties/list/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data46.expires === void 0) {
                  const err70 = { instancePath: instancePath + "/waivers/list/" + i8, schemaPath: "#/properties/waivers/properties/list/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                for (const key12 in data46) {
                  if (!(key12 === "rule" || key12 === "resource" || key12 === "path" || key12 === "container" || key12 === "reason" || key12 === "expires" || key12 === "ticket")) {
                    const err71 = { instancePath: instancePath + "/waivers/list/" + i8, schemaPath: "#/properties/waivers/properties/list/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data46.rule !== void 0) {
                  let data47 = data46.rule;
                  if (typeof data47 === "string") {
                    if (func3(data47) < 1) {
                      const err72 = { instancePath: instancePath + "/waivers/list/" + i8 + "/rule", schemaPath: "#/properties/waivers/properties/list/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/waivers/list/" + i8 + "/rule", schemaPath: "#/properties/waivers/properties/list/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data46.resource !== void 0) {
                  if (typeof data46.resource !== "string") {
                    const err74 = { instancePath: instancePath + "/waivers/list/" + i8 + "/resource", schemaPath: "#/properties/waivers/properties/list/items/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data46.path !== void 0) {
                  if (typeof data46.path !== "string") {
                    const err75 = { instancePath: instancePath + "/waivers/list/" + i8 + "/path", schemaPath: "#/properties/waivers/properties/list/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data46.container !== void 0) {
                  if (typeof data46.container !== "string") {
                    const err76 = { instancePath: instancePath + "/waivers/list/" + i8 + "/container", schemaPath: "#/properties/waivers/properties/list/items/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data46.reason !== void 0) {
                  if (typeof data46.reason !== "string") {
                    const err77 = { instancePath: instancePath + "/waivers/list/" + i8 + "/reason", schemaPath: "#/properties/waivers/properties/list/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data46.expires !== void 0) {
                  if (typeof data46.expires !== "string") {
                    const err78 = { instancePath: instancePath + "/waivers/list/" + i8 + "/expires", schemaPath: "#/properties/waivers/properties/list/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data46.ticket !== void 0) {
                  if (typeof data46.ticket !== "string") {
                    const err79 = { instancePath: instancePath + "/waivers/list/" + i8 + "/ticket", schemaPath: "#/properties/waivers/properties/list/items/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/waivers/list/" + i8, schemaPath: "#/properties/waivers/properties/list/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/waivers/list", schemaPath: "#/properties/waivers/properties/list/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.render !== void 0) {
      let data54 = data.render;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (const key13 in data54) {
          if (!(key13 === "helm" || key13 === "kustomize" || key13 === "timeoutSeconds" || key13 === "helmBinary" || key13 === "kubectlBinary" || key13 === "charts")) {
            const err83 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data54.helm !== void 0) {
          if (typeof data54.helm !== "boolean") {
            const err84 = { instancePath: instancePath + "/render/helm", schemaPath: "#/properties/render/properties/helm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data54.kustomize !== void 0) {
          if (typeof data54.kustomize !== "boolean") {
            const err85 = { instancePath: instancePath + "/render/kustomize", schemaPath: "#/properties/render/properties/kustomize/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data54.timeoutSeconds !== void 0) {
          let data57 = data54.timeoutSeconds;
          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)) && isFinite(data57))) {
            const err86 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (typeof data57 == "number" && isFinite(data57)) {
            if (data57 > 3600 || isNaN(data57)) {
              const err87 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data57 < 1 || isNaN(data57)) {
              const err88 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
        }
        if (data54.helmBinary !== void 0) {
          let data58 = data54.helmBinary;
          if (typeof data58 === "string") {
            if (func3(data58) < 1) {
              const err89 = { instancePath: instancePath + "/render/helmBinary", schemaPath: "#/properties/render/properties/helmBinary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          } else {
            const err90 = { instancePath: instancePath + "/render/helmBinary", schemaPath: "#/properties/render/properties/helmBinary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data54.kubectlBinary !== void 0) {
          let data59 = data54.kubectlBinary;
          if (typeof data59 === "string") {
            if (func3(data59) < 1) {
              const err91 = { instancePath: instancePath + "/render/kubectlBinary", schemaPath: "#/properties/render/properties/kubectlBinary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/render/kubectlBinary", schemaPath: "#/properties/render/properties/kubectlBinary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data54.charts !== void 0) {
          let data60 = data54.charts;
          if (Array.isArray(data60)) {
            const len9 = data60.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data61 = data60[i9];
              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                if (data61.path === void 0) {
                  const err93 = { instancePath: instancePath + "/render/charts/" + i9, schemaPath: "#/properties/render/properties/charts/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                for (const key14 in data61) {
                  if (!(key14 === "path" || key14 === "releaseName" || key14 === "namespace" || key14 === "kubeVersion" || key14 === "valueSets")) {
                    const err94 = { instancePath: instancePath + "/render/charts/" + i9, schemaPath: "#/properties/render/properties/charts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data61.path !== void 0) {
                  let data62 = data61.path;
                  if (typeof data62 === "string") {
                    if (func3(data62) < 1) {
                      const err95 = { instancePath: instancePath + "/render/charts/" + i9 + "/path", schemaPath: "#/properties/render/properties/charts/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/render/charts/" + i9 + "/path", schemaPath: "#/properties/render/properties/charts/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data61.releaseName !== void 0) {
                  let data63 = data61.releaseName;
                  if (typeof data63 === "string") {
                    if (func3(data63) > 53) {
                      const err97 = { instancePath: instancePath + "/render/charts/" + i9 + "/releaseName", schemaPath: "#/properties/render/properties/charts/items/properties/releaseName/maxLength", keyword: "maxLength", params: { limit: 53 }, message: "must NOT have more than 53 characters" };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data63)) {
                      const err98 = { instancePath: instancePath + "/render/charts/" + i9 + "/releaseName", schemaPath: "#/properties/render/properties/charts/items/properties/releaseName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  } else {
                    const err99 = { instancePath: instancePath + "/render/charts/" + i9 + "/releaseName", schemaPath: "#/properties/render/properties/charts/items/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data61.namespace !== void 0) {
                  let data64 = data61.namespace;
                  if (typeof data64 === "string") {
                    if (func3(data64) > 63) {
                      const err100 = { instancePath: instancePath + "/render/charts/" + i9 + "/namespace", schemaPath: "#/properties/render/properties/charts/items/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data64)) {
                      const err101 = { instancePath: instancePath + "/render/charts/" + i9 + "/namespace", schemaPath: "#/properties/render/properties/charts/items/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/render/charts/" + i9 + "/namespace", schemaPath: "#/properties/render/properties/charts/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data61.kubeVersion !== void 0) {
                  let data65 = data61.kubeVersion;
                  if (typeof data65 === "string") {
                    if (!pattern2.test(data65)) {
                      const err103 = { instancePath: instancePath + "/render/charts/" + i9 + "/kubeVersion", schemaPath: "#/properties/render/properties/charts/items/properties/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^v?\\d+\\.\\d+(\\.\\d+)?$"' };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/render/charts/" + i9 + "/kubeVersion", schemaPath: "#/properties/render/properties/charts/items/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data61.valueSets !== void 0) {
                  let data66 = data61.valueSets;
                  if (Array.isArray(data66)) {
                    if (data66.length < 1) {
                      const err105 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    const len10 = data66.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data67 = data66[i10];
                      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                        if (data67.name === void 0) {
                          const err106 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                          if (vErrors === null) {
                            vErrors = [err106];
                          } else {
                            vErrors.push(err106);
                          }
                          errors++;
                        }
                        for (const key15 in data67) {
                          if (!(key15 === "name" || key15 === "valuesFiles" || key15 === "set")) {
                            const err107 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                        if (data67.name !== void 0) {
                          let data68 = data67.name;
                          if (typeof data68 === "string") {
                            if (func3(data68) < 1) {
                              const err108 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/name", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err108];
                              } else {
                                vErrors.push(err108);
                              }
                              errors++;
                            }
                          } else {
                            const err109 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/name", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                        if (data67.valuesFiles !== void 0) {
                          let data69 = data67.valuesFiles;
                          if (Array.isArray(data69)) {
                            const len11 = data69.length;
                            for (let i11 = 0; i11 < len11; i11++) {
                              let data70 = data69[i11];
                              if (typeof data70 === "string") {
                                if (func3(data70) < 1) {
                                  const err110 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/valuesFiles/" + i11, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/valuesFiles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                  if (vErrors === null) {
                                    vErrors = [err110];
                                  } else {
                                    vErrors.push(err110);
                                  }
                                  errors++;
                                }
                              } else {
                                const err111 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/valuesFiles/" + i11, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/valuesFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err111];
                                } else {
                                  vErrors.push(err111);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err112 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/valuesFiles", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/valuesFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err112];
                            } else {
                              vErrors.push(err112);
                            }
                            errors++;
                          }
                        }
                        if (data67.set !== void 0) {
                          let data71 = data67.set;
                          if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                            for (const key16 in data71) {
                              let data72 = data71[key16];
                              const _errs164 = errors;
                              let valid42 = false;
                              const _errs165 = errors;
                              if (typeof data72 !== "string") {
                                const err113 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/set/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err113];
                                } else {
                                  vErrors.push(err113);
                                }
                                errors++;
                              }
                              var _valid1 = _errs165 === errors;
                              valid42 = valid42 || _valid1;
                              if (!valid42) {
                                const _errs167 = errors;
                                if (!(typeof data72 == "number" && isFinite(data72))) {
                                  const err114 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/set/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                  if (vErrors === null) {
                                    vErrors = [err114];
                                  } else {
                                    vErrors.push(err114);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs167 === errors;
                                valid42 = valid42 || _valid1;
                                if (!valid42) {
                                  const _errs169 = errors;
                                  if (typeof data72 !== "boolean") {
                                    const err115 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/set/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                      vErrors = [err115];
                                    } else {
                                      vErrors.push(err115);
                                    }
                                    errors++;
                                  }
                                  var _valid1 = _errs169 === errors;
                                  valid42 = valid42 || _valid1;
                                }
                              }
                              if (!valid42) {
                                const err116 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/set/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err116];
                                } else {
                                  vErrors.push(err116);
                                }
                                errors++;
                              } else {
                                errors = _errs164;
                                if (vErrors !== null) {
                                  if (_errs164) {
                                    vErrors.length = _errs164;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                          } else {
                            const err117 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10 + "/set", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err117];
                            } else {
                              vErrors.push(err117);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err118 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets/" + i10, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err119 = { instancePath: instancePath + "/render/charts/" + i9 + "/valueSets", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
              } else {
                const err120 = { instancePath: instancePath + "/render/charts/" + i9, schemaPath: "#/properties/render/properties/charts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
          } else {
            const err121 = { instancePath: instancePath + "/render/charts", schemaPath: "#/properties/render/properties/charts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
      } else {
        const err122 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data73 = data.limits;
      if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
        for (const key17 in data73) {
          if (!(key17 === "maxFileBytes")) {
            const err123 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data73.maxFileBytes !== void 0) {
          let data74 = data73.maxFileBytes;
          if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
            const err124 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          if (typeof data74 == "number" && isFinite(data74)) {
            if (data74 < 1 || isNaN(data74)) {
              const err125 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.reviews !== void 0) {
      let data75 = data.reviews;
      if (Array.isArray(data75)) {
        const len12 = data75.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data76 = data75[i12];
          if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            if (data76.name === void 0) {
              const err127 = { instancePath: instancePath + "/reviews/" + i12, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data76.approvers === void 0) {
              const err128 = { instancePath: instancePath + "/reviews/" + i12, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data76.when === void 0) {
              const err129 = { instancePath: instancePath + "/reviews/" + i12, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            for (const key18 in data76) {
              if (!(key18 === "name" || key18 === "approvers" || key18 === "minApprovals" || key18 === "requireFreshApproval" || key18 === "when")) {
                const err130 = { instancePath: instancePath + "/reviews/" + i12, schemaPath: "#/properties/reviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data76.name !== void 0) {
              let data77 = data76.name;
              if (typeof data77 === "string") {
                if (func3(data77) < 1) {
                  const err131 = { instancePath: instancePath + "/reviews/" + i12 + "/name", schemaPath: "#/properties/reviews/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                if (!pattern3.test(data77)) {
                  const err132 = { instancePath: instancePath + "/reviews/" + i12 + "/name", schemaPath: "#/properties/reviews/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\n]+$" }, message: 'must match pattern "^[^\\n]+$"' };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              } else {
                const err133 = { instancePath: instancePath + "/reviews/" + i12 + "/name", schemaPath: "#/properties/reviews/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data76.approvers !== void 0) {
              let data78 = data76.approvers;
              if (Array.isArray(data78)) {
                if (data78.length < 1) {
                  const err134 = { instancePath: instancePath + "/reviews/" + i12 + "/approvers", schemaPath: "#/properties/reviews/items/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                const len13 = data78.length;
                for (let i13 = 0; i13 < len13; i13++) {
                  let data79 = data78[i13];
                  if (typeof data79 === "string") {
                    if (!pattern4.test(data79)) {
                      const err135 = { instancePath: instancePath + "/reviews/" + i12 + "/approvers/" + i13, schemaPath: "#/properties/reviews/items/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"' };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                  } else {
                    const err136 = { instancePath: instancePath + "/reviews/" + i12 + "/approvers/" + i13, schemaPath: "#/properties/reviews/items/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
              } else {
                const err137 = { instancePath: instancePath + "/reviews/" + i12 + "/approvers", schemaPath: "#/properties/reviews/items/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data76.minApprovals !== void 0) {
              let data80 = data76.minApprovals;
              if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)) && isFinite(data80))) {
                const err138 = { instancePath: instancePath + "/reviews/" + i12 + "/minApprovals", schemaPath: "#/properties/reviews/items/properties/minApprovals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              if (typeof data80 == "number" && isFinite(data80)) {
                if (data80 > 20 || isNaN(data80)) {
                  const err139 = { instancePath: instancePath + "/reviews/" + i12 + "/minApprovals", schemaPath: "#/properties/reviews/items/properties/minApprovals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                if (data80 < 1 || isNaN(data80)) {
                  const err140 = { instancePath: instancePath + "/reviews/" + i12 + "/minApprovals", schemaPath: "#/properties/reviews/items/properties/minApprovals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            }
            if (data76.requireFreshApproval !== void 0) {
              if (typeof data76.requireFreshApproval !== "boolean") {
                const err141 = { instancePath: instancePath + "/reviews/" + i12 + "/requireFreshApproval", schemaPath: "#/properties/reviews/items/properties/requireFreshApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data76.when !== void 0) {
              let data82 = data76.when;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                if (Object.keys(data82).length < 1) {
                  const err142 = { instancePath: instancePath + "/reviews/" + i12 + "/when", schemaPath: "#/properties/reviews/items/properties/when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                for (const key19 in data82) {
                  if (!(key19 === "rules" || key19 === "severities" || key19 === "paths" || key19 === "namespaces" || key19 === "rbac" || key19 === "waivers" || key19 === "policy")) {
                    const err143 = { instancePath: instancePath + "/reviews/" + i12 + "/when", schemaPath: "#/properties/reviews/items/properties/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data82.rules !== void 0) {
                  let data83 = data82.rules;
                  if (Array.isArray(data83)) {
                    const len14 = data83.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      let data84 = data83[i14];
                      if (typeof data84 === "string") {
                        if (func3(data84) < 1) {
                          const err144 = { instancePath: instancePath + "/reviews/" + i12 + "/when/rules/" + i14, schemaPath: "#/properties/reviews/items/properties/when/properties/rules/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                      } else {
                        const err145 = { instancePath: instancePath + "/reviews/" + i12 + "/when/rules/" + i14, schemaPath: "#/properties/reviews/items/properties/when/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err146 = { instancePath: instancePath + "/reviews/" + i12 + "/when/rules", schemaPath: "#/properties/reviews/items/properties/when/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
                if (data82.severities !== void 0) {
                  let data85 = data82.severities;
                  if (Array.isArray(data85)) {
                    const len15 = data85.length;
                    for (let i15 = 0; i15 < len15; i15++) {
                      let data86 = data85[i15];
                      if (!(data86 === "critical" || data86 === "high" || data86 === "medium" || data86 === "low")) {
                        const err147 = { instancePath: instancePath + "/reviews/" + i12 + "/when/severities/" + i15, schemaPath: "#/properties/reviews/items/properties/when/properties/severities/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.when.properties.severities.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/reviews/" + i12 + "/when/severities", schemaPath: "#/properties/reviews/items/properties/when/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data82.paths !== void 0) {
                  let data87 = data82.paths;
                  if (Array.isArray(data87)) {
                    const len16 = data87.length;
                    for (let i16 = 0; i16 < len16; i16++) {
                      let data88 = data87[i16];
                      if (typeof data88 === "string") {
                        if (func3(data88) < 1) {
                          const err149 = { instancePath: instancePath + "/reviews/" + i12 + "/when/paths/" + i16, schemaPath: "#/properties/reviews/items/properties/when/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err149];
                          } else {
                            vErrors.push(err149);
                          }
                          errors++;
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/reviews/" + i12 + "/when/paths/" + i16, schemaPath: "#/properties/reviews/items/properties/when/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err151 = { instancePath: instancePath + "/reviews/" + i12 + "/when/paths", schemaPath: "#/properties/reviews/items/properties/when/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data82.namespaces !== void 0) {
                  let data89 = data82.namespaces;
                  if (Array.isArray(data89)) {
                    const len17 = data89.length;
                    for (let i17 = 0; i17 < len17; i17++) {
                      let data90 = data89[i17];
                      if (typeof data90 === "string") {
                        if (func3(data90) < 1) {
                          const err152 = { instancePath: instancePath + "/reviews/" + i12 + "/when/namespaces/" + i17, schemaPath: "#/properties/reviews/items/properties/when/properties/namespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err152];
                          } else {
                            vErrors.push(err152);
                          }
                          errors++;
                        }
                      } else {
                        const err153 = { instancePath: instancePath + "/reviews/" + i12 + "/when/namespaces/" + i17, schemaPath: "#/properties/reviews/items/properties/when/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err153];
                        } else {
                          vErrors.push(err153);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err154 = { instancePath: instancePath + "/reviews/" + i12 + "/when/namespaces", schemaPath: "#/properties/reviews/items/properties/when/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
                if (data82.rbac !== void 0) {
                  let data91 = data82.rbac;
                  if (!(data91 === "dangerous" || data91 === "any")) {
                    const err155 = { instancePath: instancePath + "/reviews/" + i12 + "/when/rbac", schemaPath: "#/properties/reviews/items/properties/when/properties/rbac/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.when.properties.rbac.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data82.waivers !== void 0) {
                  if (typeof data82.waivers !== "boolean") {
                    const err156 = { instancePath: instancePath + "/reviews/" + i12 + "/when/waivers", schemaPath: "#/properties/reviews/items/properties/when/properties/waivers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
                if (data82.policy !== void 0) {
                  if (typeof data82.policy !== "boolean") {
                    const err157 = { instancePath: instancePath + "/reviews/" + i12 + "/when/policy", schemaPath: "#/properties/reviews/items/properties/when/properties/policy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/reviews/" + i12 + "/when", schemaPath: "#/properties/reviews/items/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
          } else {
            const err159 = { instancePath: instancePath + "/reviews/" + i12, schemaPath: "#/properties/reviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
      } else {
        const err160 = { instancePath: instancePath + "/reviews", schemaPath: "#/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data94 = data.images;
      if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
        for (const key20 in data94) {
          if (!(key20 === "allowedRegistries" || key20 === "requireDigest")) {
            const err161 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
        if (data94.allowedRegistries !== void 0) {
          let data95 = data94.allowedRegistries;
          if (Array.isArray(data95)) {
            const len18 = data95.length;
            for (let i18 = 0; i18 < len18; i18++) {
              let data96 = data95[i18];
              if (typeof data96 === "string") {
                if (func3(data96) < 1) {
                  const err162 = { instancePath: instancePath + "/images/allowedRegistries/" + i18, schemaPath: "#/properties/images/properties/allowedRegistries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
                if (!pattern5.test(data96)) {
                  const err163 = { instancePath: instancePath + "/images/allowedRegistries/" + i18, schemaPath: "#/properties/images/properties/allowedRegistries/items/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+(/[^\\s]+)*$" }, message: 'must match pattern "^[^/\\s]+(/[^\\s]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              } else {
                const err164 = { instancePath: instancePath + "/images/allowedRegistries/" + i18, schemaPath: "#/properties/images/properties/allowedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
          } else {
            const err165 = { instancePath: instancePath + "/images/allowedRegistries", schemaPath: "#/properties/images/properties/allowedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
        if (data94.requireDigest !== void 0) {
          let data97 = data94.requireDigest;
          if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
            for (const key21 in data97) {
              if (!(key21 === "namespaces" || key21 === "paths")) {
                const err166 = { instancePath: instancePath + "/images/requireDigest", schemaPath: "#/properties/images/properties/requireDigest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (data97.namespaces !== void 0) {
              let data98 = data97.namespaces;
              if (Array.isArray(data98)) {
                const len19 = data98.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data99 = data98[i19];
                  if (typeof data99 === "string") {
                    if (func3(data99) < 1) {
                      const err167 = { instancePath: instancePath + "/images/requireDigest/namespaces/" + i19, schemaPath: "#/properties/images/properties/requireDigest/properties/namespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err167];
                      } else {
                        vErrors.push(err167);
                      }
                      errors++;
                    }
                  } else {
                    const err168 = { instancePath: instancePath + "/images/requireDigest/namespaces/" + i19, schemaPath: "#/properties/images/properties/requireDigest/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
              } else {
                const err169 = { instancePath: instancePath + "/images/requireDigest/namespaces", schemaPath: "#/properties/images/properties/requireDigest/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data97.paths !== void 0) {
              let data100 = data97.paths;
              if (Array.isArray(data100)) {
                const len20 = data100.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  let data101 = data100[i20];
                  if (typeof data101 === "string") {
                    if (func3(data101) < 1) {
                      const err170 = { instancePath: instancePath + "/images/requireDigest/paths/" + i20, schemaPath: "#/properties/images/properties/requireDigest/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  } else {
                    const err171 = { instancePath: instancePath + "/images/requireDigest/paths/" + i20, schemaPath: "#/properties/images/properties/requireDigest/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                }
              } else {
                const err172 = { instancePath: instancePath + "/images/requireDigest/paths", schemaPath: "#/properties/images/properties/requireDigest/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
          } else {
            const err173 = { instancePath: instancePath + "/images/requireDigest", schemaPath: "#/properties/images/properties/requireDigest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
  } else {
    const err175 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err175];
    } else {
      vErrors.push(err175);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/config.ts
function ruleEnabled(settings, rule) {
  if (settings.disabled.includes(rule.id)) return false;
  return settings.categories[rule.category] !== false;
}
var DEFAULT_INTERNAL_INGRESS_CLASSES = ["internal", "nginx-internal", "private"];
var DEFAULT_INTERNAL_INGRESS_ANNOTATIONS = {
  "alb.ingress.kubernetes.io/scheme": "internal",
  "networking.gke.io/load-balancer-type": "Internal",
  "service.beta.kubernetes.io/aws-load-balancer-internal": "true"
};
var validate = validate_config_default;
function parseConfig(text2, file) {
  let raw;
  try {
    raw = loadYaml().parse(text2) ?? {};
  } catch (e) {
    throw new ConfigurationError(`${file}: invalid YAML: ${errorMessage(e).split("\n")[0]}`);
  }
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => {
      const key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
      const extra = e.params && "additionalProperty" in e.params ? `: unknown key "${String(e.params.additionalProperty)}"` : ` ${e.message ?? ""}`;
      const allowed = e.params && "allowedValues" in e.params ? ` (${e.params.allowedValues.join(", ")})` : "";
      return `${key}${extra}${allowed}${hintFor(e.keyword, key)}`;
    });
    throw new ConfigurationError(`${file}: ${[...new Set(problems)].join("; ")}`);
  }
  const duplicate = duplicateChartSetting(raw.render?.charts ?? []) ?? reviewProblem(raw.reviews ?? []);
  if (duplicate) throw new ConfigurationError(`${file}: ${duplicate}`);
  return resolveConfig(raw);
}
function hintFor(keyword, key) {
  if (keyword === "type" && key.endsWith(".kubeVersion"))
    return ' (write it in quotes: kubeVersion: "1.30", else YAML reads a number and drops the 0)';
  if (keyword === "pattern" && /\.(releaseName|namespace)$/.test(key))
    return ' (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  if (keyword === "pattern" && key.endsWith(".kubeVersion")) return ' (such as "1.31")';
  return "";
}
function duplicateChartSetting(charts) {
  const paths = /* @__PURE__ */ new Set();
  for (const [i, chart] of charts.entries()) {
    const path = normaliseChartPath(chart.path);
    if (paths.has(path)) return `render.charts.${i}.path: chart "${path}" is listed twice`;
    paths.add(path);
    const names2 = /* @__PURE__ */ new Set();
    for (const set2 of chart.valueSets ?? []) {
      if (names2.has(set2.name))
        return `render.charts.${i}.valueSets: the name "${set2.name}" is used twice`;
      names2.add(set2.name);
    }
  }
  return void 0;
}
function reviewProblem(reviews) {
  const names2 = /* @__PURE__ */ new Set();
  for (const [i, r] of reviews.entries()) {
    if (names2.has(r.name)) return `reviews.${i}.name: the name "${r.name}" is used twice`;
    names2.add(r.name);
    const people = new Set(r.approvers.map((a) => a.toLowerCase()));
    const teams = r.approvers.some((a) => a.startsWith("@"));
    if (!teams && (r.minApprovals ?? 1) > people.size)
      return `reviews.${i}.minApprovals: ${r.minApprovals} approvals needed but only ${people.size} approver${people.size === 1 ? "" : "s"} listed`;
  }
  return void 0;
}
function normaliseChartPath(path) {
  const p = posix.normalize(path.replace(/\\/g, "/")).replace(/\/+$/, "");
  return p === "" ? "." : p;
}
function resolveChart(raw) {
  return {
    path: normaliseChartPath(raw.path),
    ...raw.releaseName ? { releaseName: raw.releaseName } : {},
    ...raw.namespace ? { namespace: raw.namespace } : {},
    ...raw.kubeVersion ? { kubeVersion: raw.kubeVersion } : {},
    valueSets: (raw.valueSets ?? []).map((v) => ({
      name: v.name,
      valuesFiles: v.valuesFiles ?? [],
      set: { ...v.set ?? {} }
    }))
  };
}
function resolveConfig(raw = {}) {
  const workloads = (raw.workloads?.customKinds ?? []).map((custom) => ({
    kind: custom.kind,
    ...custom.apiGroup !== void 0 ? { apiGroup: custom.apiGroup } : {},
    podSpecPaths: [
      ...custom.podSpecPath ? [custom.podSpecPath] : [],
      ...custom.podSpecPaths ?? []
    ].map((p) => parseFieldPath(p).path)
  }));
  return {
    paths: raw.paths ?? [],
    exclude: raw.exclude ?? [],
    failOn: raw.failOn ?? "high",
    rules: {
      custom: raw.rules?.custom ?? [],
      disabled: raw.rules?.disabled ?? [],
      severity: raw.rules?.severity ?? {},
      categories: { ...raw.rules?.categories ?? {} }
    },
    admissionPolicies: raw.admissionPolicies ?? [],
    namespaces: raw.namespaces ?? {},
    ingress: {
      internalClasses: raw.ingress?.internalClasses ?? DEFAULT_INTERNAL_INGRESS_CLASSES,
      internalAnnotations: raw.ingress?.internalAnnotations ?? DEFAULT_INTERNAL_INGRESS_ANNOTATIONS
    },
    workloads,
    waivers: {
      annotations: raw.waivers?.annotations ?? true,
      maxDays: raw.waivers?.maxDays ?? 180,
      list: raw.waivers?.list ?? []
    },
    limits: { maxFileBytes: raw.limits?.maxFileBytes ?? 10 * 1024 * 1024 },
    render: {
      helm: raw.render?.helm ?? true,
      kustomize: raw.render?.kustomize ?? true,
      timeoutSeconds: raw.render?.timeoutSeconds ?? 60,
      ...raw.render?.helmBinary ? { helmBinary: raw.render.helmBinary } : {},
      ...raw.render?.kubectlBinary ? { kubectlBinary: raw.render.kubectlBinary } : {},
      charts: (raw.render?.charts ?? []).map(resolveChart)
    },
    images: {
      // `docker.io/` and `docker.io` name the same registry.
      allowedRegistries: (raw.images?.allowedRegistries ?? []).map((r) => r.replace(/\/+$/, "")),
      requireDigest: {
        namespaces: raw.images?.requireDigest?.namespaces ?? [],
        paths: raw.images?.requireDigest?.paths ?? []
      }
    },
    reviews: (raw.reviews ?? []).map((r) => ({
      name: r.name,
      approvers: r.approvers,
      minApprovals: r.minApprovals ?? 1,
      requireFreshApproval: r.requireFreshApproval ?? false,
      when: r.when
    }))
  };
}

// src/config/load-config.ts
var DEFAULT_CONFIG_FILE = ".kubegate.yaml";
function loadConfig(root, file) {
  const path = resolve(root, file || DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (file) throw new ConfigurationError(`config file ${file} not found`);
    return resolveConfig();
  }
  return parseConfig(readFileSync(path, "utf8"), file || DEFAULT_CONFIG_FILE);
}
function loadBaseConfig(baseDir, workspace, file) {
  if (file && !existsSync(resolve(baseDir, file)) && existsSync(resolve(workspace, file)))
    return resolveConfig();
  return loadConfig(baseDir, file);
}

// src/report/json.ts
function toJsonReport(report) {
  return JSON.stringify(
    report,
    (key, value) => key === "container" || key === "assumesToken" || key === "unit" ? void 0 : value,
    2
  );
}

// src/evaluate/fingerprint.ts
var crypto = lazyBuiltin("node:crypto");
function fingerprintOf(parts2) {
  const data = parts2.join("\0");
  const c = crypto();
  const hex2 = c.hash ? c.hash("sha256", data) : c.createHash("sha256").update(data).digest("hex");
  return hex2.slice(0, 32);
}

// src/evaluate/rules/system-rules.ts
var SYSTEM_RULES = [
  {
    id: "parse-error",
    title: "A file could not be read as Kubernetes manifests",
    severity: "high",
    category: "isolation",
    why: "kubegate cannot check what it cannot parse, so it fails closed: a manifest that does not parse here will usually be rejected by `kubectl apply` too, and a file that is skipped silently could hide any risk.",
    fix: 'Fix the YAML or JSON at the reported line (indentation, an unclosed quote, a duplicate key), or exclude the file in `.kubegate.yaml` when it is not a manifest:\n\n```yaml\nexclude:\n  - "docs/**"\n```'
  },
  {
    id: "rule-error",
    title: "A rule could not be evaluated",
    severity: "high",
    category: "isolation",
    why: "A rule whose check raised an error gives no verdict; kubegate reports it instead of treating the resource as compliant.",
    fix: "For a custom rule, guard optional fields in its CEL check (`a.?b.orValue(default)`, `has(a.b)`). For a built-in rule, please report the resource that triggers it."
  },
  {
    id: "render-error",
    title: "A Helm chart or Kustomize overlay could not be rendered",
    severity: "high",
    category: "isolation",
    why: "kubegate checks what a chart or overlay renders to; when `helm template` or `kubectl kustomize` fails (a template error, a dependency missing from `charts/`, a timeout, or no helm/kubectl binary) there is nothing to check, so the gate fails closed for that chart instead of passing it unseen. The message is the tool's own.",
    fix: "Run the same command locally (`helm template <chart>` or `kubectl kustomize <dir>`) and fix the error it reports. Vendor chart dependencies into `charts/` (`helm dependency build`), since kubegate renders offline. When helm or kubectl is missing, install it or point `render.helmBinary` / `KUBEGATE_HELM` at it; to not render at all, set `render: { helm: false }` in `.kubegate.yaml` or pass `--no-render`."
  },
  {
    id: "rbac-permission-gain",
    configurable: true,
    title: "A subject gains a dangerous permission",
    severity: "high",
    category: "rbac",
    why: "On a pull request, kubegate computes every subject's effective RBAC permissions at the base and at the head (roles, aggregated cluster roles and bindings together) and reports each dangerous permission a user, group or service account gains: wildcards, escalate, bind and impersonate, reading secrets, exec into pods, ephemeral containers, nodes/proxy, minting tokens, and creating workloads (which run as any service account of the namespace). One binding can grant all of that, and it is easy to miss in a diff that only adds a subject to a list.",
    fix: 'Grant the narrowest role that does the job: name the resources and verbs, bind a Role in one namespace rather than a ClusterRole across the cluster, and use `resourceNames` for secrets. If the gain is intended, have it reviewed (a `reviews` requirement with `when: { rbac: dangerous }` asks for that) or waive it on the binding:\n\n```yaml\nkind: RoleBinding\nmetadata:\n  name: deployer\n  annotations:\n    waive.kubegate.io/rbac-permission-gain: "CI deploys releases here; ticket SEC-42 expires=2027-03-01"\n```'
  }
];
function systemFinding(ruleId, fields, identity) {
  const rule = SYSTEM_RULES.find((r) => r.id === ruleId);
  return {
    ruleId,
    severity: rule?.severity ?? "high",
    title: rule?.title ?? ruleId,
    resource: "",
    fieldPath: "",
    ...fields,
    fingerprint: fingerprintOf([ruleId, ...identity])
  };
}
function withRuleSettings(findings, settings) {
  const categoryOf = (id) => SYSTEM_RULES.find((r) => r.id === id)?.category ?? "";
  const kept = findings.filter(
    (f) => ruleEnabled(settings, { id: f.ruleId, category: categoryOf(f.ruleId) })
  );
  for (const f of kept) f.severity = settings.severity[f.ruleId] ?? f.severity;
  return kept;
}

// src/report/sarif-related.ts
function relatedLocations(f) {
  if (!f.related?.length) return void 0;
  return f.related.map((r, id) => ({
    id,
    physicalLocation: {
      artifactLocation: { uri: encodeURI(r.file), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: Math.max(1, r.line),
        ...r.column !== void 0 ? { startColumn: Math.max(1, r.column) } : {}
      }
    },
    message: { text: r.message }
  }));
}

// src/report/sarif.ts
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "7.5",
  medium: "5.0",
  low: "2.5"
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
function ruleHelpMarkdown(rule) {
  const refs = rule.references?.length ? `

**References**

${rule.references.map((r) => `- ${r}`).join("\n")}` : "";
  return `**${rule.title}**

**Why it matters**

${rule.why.trim()}

**How to fix**

${rule.fix.trim()}${refs}`;
}
function descriptor(rule, severities) {
  const severity = severities[rule.id] ?? rule.severity;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why.trim().split("\n\n")[0].replace(/\s+/g, " ") },
    help: {
      text: `${rule.why.trim()}

How to fix:
${rule.fix.trim()}`,
      markdown: ruleHelpMarkdown(rule)
    },
    ...rule.references?.[0] ? { helpUri: rule.references[0] } : {},
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      "security-severity": SECURITY_SEVERITY[severity],
      tags: ["security", "kubernetes", rule.category, ...rule.tags ?? []],
      precision: "high",
      "problem.severity": LEVEL[severity] === "note" ? "recommendation" : LEVEL[severity]
    }
  };
}
function toSarif(findings, rules, options, severities = {}) {
  const all2 = [...rules, ...SYSTEM_RULES];
  const index2 = ruleIndexes(rules);
  const uriOf = fileUris();
  const results = findings.map((f) => sarifResult(f, index2, uriOf));
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: {
          driver: {
            name: "kubegate",
            semanticVersion: options.version,
            version: options.version,
            informationUri: options.informationUri ?? "https://github.com/kubegate/kubegate",
            rules: all2.map((r) => descriptor(r, severities))
          }
        },
        ...options.category ? {
          automationDetails: {
            id: options.category.endsWith("/") ? options.category : `${options.category}/`
          }
        } : {},
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
        results
      }
    ]
  };
}
function ruleIndexes(rules) {
  return new Map([...rules, ...SYSTEM_RULES].map((r, i) => [r.id, i]));
}
function fileUris() {
  let lastFile;
  let lastUri = "";
  return (file) => {
    if (file !== lastFile) {
      lastFile = file;
      lastUri = encodeURI(file);
    }
    return lastUri;
  };
}
var ADVISORY_LEVEL = { warn: "warning", audit: "note" };
var sarifLevel = (s) => LEVEL[s];
function sarifResult(f, index2, uriOf) {
  const result = {
    ruleId: f.ruleId,
    ruleIndex: index2.get(f.ruleId) ?? 0,
    level: f.advisory ? ADVISORY_LEVEL[f.advisory] : LEVEL[f.severity],
    message: {
      text: f.waiverProblem ? `${f.message} (waiver not applied: ${f.waiverProblem})` : f.message
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.location.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: Math.max(1, f.location.line) }
        }
      }
    ],
    partialFingerprints: { "kubegateFindingHash/v1": f.fingerprint },
    properties: {
      severity: f.severity,
      resource: f.resource,
      ...f.fieldPath ? { field: f.fieldPath } : {}
    }
  };
  const related = relatedLocations(f);
  if (related) result.relatedLocations = related;
  if (f.waiver) {
    result.suppressions = [
      {
        kind: f.waiver.origin === "annotation" ? "inSource" : "external",
        status: "accepted",
        justification: `${f.waiver.reason} (expires ${f.waiver.expires}${f.waiver.ticket ? `, ${f.waiver.ticket}` : ""})`
      }
    ];
  }
  return result;
}

// src/report/sarif-result-text.ts
var q = JSON.stringify;
function resultWriter(index2) {
  const uriOf = fileUris();
  let lastFile;
  let quotedUri = '""';
  let lastResource;
  let quotedResource;
  const ruleTexts = /* @__PURE__ */ new Map();
  const textsOf = (ruleId, severity) => {
    let bySeverity = ruleTexts.get(ruleId);
    if (!bySeverity) ruleTexts.set(ruleId, bySeverity = /* @__PURE__ */ new Map());
    let texts = bySeverity.get(severity);
    if (!texts) {
      texts = [
        `{"ruleId":${q(ruleId)},"ruleIndex":${index2.get(ruleId) ?? 0},"level":"${sarifLevel(severity)}","message":{"text":`,
        `"properties":{"severity":${q(severity)},"resource":`
      ];
      bySeverity.set(severity, texts);
    }
    return texts;
  };
  return (f) => {
    if (f.location.file !== lastFile) {
      lastFile = f.location.file;
      quotedUri = q(uriOf(lastFile));
    }
    if (f.related?.length || f.waiver || f.waiverProblem || f.advisory || !Number.isFinite(f.location.line))
      return q(sarifResult(f, index2, uriOf));
    if (quotedResource === void 0 || f.resource !== lastResource) {
      lastResource = f.resource;
      quotedResource = q(lastResource);
    }
    const [head, properties] = textsOf(f.ruleId, f.severity);
    return `${head}${q(f.message)}},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${quotedUri},"uriBaseId":"%SRCROOT%"},"region":{"startLine":${Math.max(1, f.location.line)}}}}],"partialFingerprints":{"kubegateFindingHash/v1":${q(f.fingerprint)}},${properties}${quotedResource}${f.fieldPath ? `,"field":${q(f.fieldPath)}` : ""}}}`;
  };
}

// src/report/sarif-prerender.ts
function renderResults(files, index2) {
  const write = resultWriter(index2);
  const parts2 = [];
  const ends = [];
  const counts = [];
  let length = 0;
  for (const [at2, findings] of files) {
    if (findings.length === 0) continue;
    counts.push(at2, findings.length);
    for (const f of findings) {
      const text2 = write(f);
      length += (parts2.length ? 1 : 0) + text2.length;
      parts2.push(text2);
      ends.push(length);
    }
  }
  return parts2.length ? { text: parts2.join(","), files: counts, ends } : void 0;
}
var FIELDS = 10;
function record(f, into) {
  into.push(
    f.ruleId,
    f.severity,
    f.message,
    f.location.line,
    f.resource,
    f.fieldPath,
    f.fingerprint,
    f.related,
    f.waiver,
    f.waiverProblem
  );
}
var PrerenderedResults = class {
  byFile = /* @__PURE__ */ new Map();
  /** The rule ids in SARIF index order, which every text's ruleIndex follows. */
  ruleOrder;
  constructor(rules) {
    this.ruleOrder = ruleOrderOf(rules);
  }
  /** Keeps a group's text; `findingsOf` gives each file's findings as the text has them. */
  add(results, findingsOf2) {
    const written = [];
    const group = { text: results.text, ends: results.ends, written };
    let first = 0;
    for (let i = 0; i < results.files.length; i += 2) {
      const findings = findingsOf2(results.files[i]);
      const count = results.files[i + 1];
      if (findings.length === count) {
        for (const f of findings) record(f, written);
        this.byFile.set(findings[0].location.file, { group, first, findings });
      } else for (let k = 0; k < count * FIELDS; k++) written.push(void 0);
      first += count;
    }
  }
  /** The results written for the findings of one file (keyed by their first finding's file). */
  file(path) {
    return this.byFile.get(path);
  }
  /** Every file's results written ahead. */
  files() {
    return [...this.byFile.values()];
  }
};
function ruleOrderOf(rules) {
  return [...ruleIndexes(rules).keys()].join("\n");
}
function isCurrent(file, k, f) {
  const w = file.group.written;
  const o = (file.first + k) * FIELDS;
  return w[o] === f.ruleId && w[o + 1] === f.severity && w[o + 2] === f.message && w[o + 3] === f.location.line && w[o + 4] === f.resource && w[o + 5] === f.fieldPath && w[o + 6] === f.fingerprint && w[o + 7] === f.related && w[o + 8] === f.waiver && w[o + 9] === f.waiverProblem;
}
function resultsText(file, from, to) {
  const { text: text2, ends } = file.group;
  const a = file.first + from;
  const b = file.first + to;
  return text2.slice(a === 0 ? 0 : ends[a - 1] + 1, ends[b - 1]);
}

// src/report/sarif-text.ts
var RESULTS_TAIL = '"results":[]}]}';
var PIECE_CHARS = 1 << 20;
function* sarifTextPieces(findings, rules, options, severities = {}, prerendered) {
  let parts2 = [];
  let chars = 0;
  for (const part of sarifTextParts(findings, rules, options, severities, prerendered)) {
    parts2.push(part);
    chars += part.length;
    if (chars >= PIECE_CHARS) {
      yield parts2.join("");
      parts2 = [];
      chars = 0;
    }
  }
  if (parts2.length) yield parts2.join("");
}
function* sarifTextParts(findings, rules, options, severities = {}, prerendered) {
  const head = JSON.stringify(toSarif([], rules, options, severities));
  if (!head.endsWith(RESULTS_TAIL)) {
    yield JSON.stringify(toSarif(findings, rules, options, severities));
    return;
  }
  yield `${head.slice(0, -RESULTS_TAIL.length)}"results":[`;
  const write = resultWriter(ruleIndexes(rules));
  const ahead = prerendered && prerendered.ruleOrder === ruleOrderOf(rules) ? prerendered : void 0;
  let comma = "";
  let lastFile;
  let file;
  let next = 0;
  let from = 0;
  let to = 0;
  const takeRun = function* () {
    if (file && to > from) {
      yield comma;
      yield resultsText(file, from, to);
      comma = ",";
    }
    from = to = 0;
  };
  for (const f of findings) {
    if (f.location.file !== lastFile) {
      yield* takeRun();
      lastFile = f.location.file;
      file = ahead?.file(lastFile);
      next = 0;
    }
    if (file) {
      const k = file.findings[next] === f ? next : file.findings.indexOf(f, next);
      if (k >= 0 && isCurrent(file, k, f)) {
        if (k !== to || to === from) {
          yield* takeRun();
          from = k;
        }
        to = next = k + 1;
        continue;
      }
      yield* takeRun();
    }
    yield comma + write(f);
    comma = ",";
  }
  yield* takeRun();
  yield "]}]}";
}

// src/report/write-text.ts
var PIECE = 1 << 20;
function writeTextFile(path, text2) {
  const fd = openSync(path, "w");
  const buffer = Buffer.allocUnsafe(PIECE);
  let used = 0;
  const flush = () => {
    for (let at2 = 0; at2 < used; ) at2 += writeSync(fd, buffer, at2, used - at2);
    used = 0;
  };
  try {
    for (const part of typeof text2 === "string" ? [text2] : text2) {
      if (part.length * 3 > buffer.length - used) flush();
      if (part.length * 3 > buffer.length) writeInPieces(fd, part);
      else used += buffer.write(part, used);
    }
    flush();
  } finally {
    closeSync(fd);
  }
}
function writeInPieces(fd, text2) {
  for (let start = 0; start < text2.length; ) {
    let end = Math.min(start + PIECE, text2.length);
    const last = text2.charCodeAt(end - 1);
    if (end < text2.length && last >= 55296 && last <= 56319) end--;
    writeSync(fd, text2.slice(start, end));
    start = end;
  }
}

// src/report/text.ts
var COLORS = {
  critical: "\x1B[1;31m",
  high: "\x1B[31m",
  medium: "\x1B[33m",
  low: "\x1B[36m"
};
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
function firstLine(markdown) {
  const prose = markdown.split("```")[0].replace(/\s+/g, " ").trim();
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(prose)?.[0] ?? prose).replace(/:$/, ".");
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence;
}
function toText(findings, rules, options) {
  const paint = (code, s) => options.color ? `${code}${s}${RESET}` : s;
  const fixes = new Map(rules.map((r) => [r.id, firstLine(r.fix)]));
  const out = [];
  let current = "";
  let hinted = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.location.file !== current) {
      current = f.location.file;
      hinted = /* @__PURE__ */ new Set();
      out.push("", paint("\x1B[1m", current));
    }
    const sev = paint(COLORS[f.severity], f.severity.toUpperCase().padEnd(8));
    const waived = f.waiver ? paint(DIM, ` [waived until ${f.waiver.expires}: ${f.waiver.reason}]`) : "";
    const bad = f.waiverProblem ? ` [waiver not applied: ${f.waiverProblem}]` : "";
    out.push(
      `  ${String(f.location.line).padStart(5)}  ${sev} ${f.ruleId}  ${f.message}${waived}${bad}`
    );
    const hint = fixes.get(f.ruleId);
    if (hint && !f.waiver && !hinted.has(f.ruleId)) {
      hinted.add(f.ruleId);
      out.push(paint(DIM, `${" ".repeat(17)}fix: ${hint}`));
    }
  }
  return out.join("\n");
}

// src/evaluate/waivers.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var WAIVER_PREFIX = "waive.kubegate.io/";
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function addDays(day, days) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function checkWaiver(w, policy) {
  const where = w.origin === "annotation" ? "the waiver annotation" : "the config waiver";
  if (!w.reason.trim()) return { problem: `${where} has no reason` };
  if (!w.expires) return { problem: `${where} has no expiry (expires=YYYY-MM-DD)` };
  if (!DATE.test(w.expires) || Number.isNaN(Date.parse(`${w.expires}T00:00:00Z`))) {
    return { problem: `${where} has an invalid expiry "${w.expires}" (expected YYYY-MM-DD)` };
  }
  if (w.expires < policy.today) return { problem: `${where} expired on ${w.expires}` };
  const latest = addDays(policy.today, policy.maxDays);
  if (w.expires > latest) {
    return {
      problem: `${where} expires ${w.expires}, later than the allowed ${policy.maxDays} days (${latest})`
    };
  }
  return { waiver: { ...w, expires: w.expires } };
}
function parseWaiverAnnotation(value) {
  const m = /\bexpires=(\S*)/.exec(value);
  const reason = (m ? value.slice(0, m.index) + value.slice(m.index + m[0].length) : value).trim();
  return { reason, expires: m?.[1] };
}
function resourceMatches(pattern, id) {
  if (!pattern) return true;
  const want = pattern.split("/");
  const have = id.split("/");
  if (want.length !== 3) return false;
  return want.every(
    (part, i) => part === "*" || part === have[i] || have[i] !== "" && import_picomatch.default.isMatch(have[i] ?? "", part)
  );
}
function hasWaiverKeys(annotations) {
  if (annotations === null || typeof annotations !== "object") return false;
  for (const key of Object.keys(annotations)) if (key.startsWith(WAIVER_PREFIX)) return true;
  return false;
}
function applyWaivers(findings, annotations, policy) {
  const annotated = hasWaiverKeys(annotations);
  if (!annotated && policy.list.length === 0) return;
  for (const f of findings) {
    const candidates = [];
    const keys = annotated ? [
      `${WAIVER_PREFIX}${f.ruleId}`,
      ...f.container ? [`${WAIVER_PREFIX}${f.ruleId}.${f.container}`] : []
    ] : [];
    for (const key of keys) {
      const value = annotations?.[key];
      if (value === void 0) continue;
      if (!policy.annotations) {
        candidates.push({
          problem: `waiver annotation ${key} is ignored: the config accepts only its own waivers list (waivers.annotations: false)`
        });
        continue;
      }
      const parsed = parseWaiverAnnotation(typeof value === "string" ? value : "");
      candidates.push(checkWaiver({ origin: "annotation", ...parsed }, policy));
    }
    for (const w of policy.list) {
      if (w.rule !== f.ruleId) continue;
      if (!resourceMatches(w.resource, f.resource)) continue;
      if (w.path && !import_picomatch.default.isMatch(f.location.file, w.path, { dot: true })) continue;
      if (w.container && w.container !== f.container) continue;
      candidates.push(
        checkWaiver(
          { origin: "config", reason: w.reason, expires: w.expires, ticket: w.ticket },
          policy
        )
      );
    }
    const valid = candidates.find((c) => "waiver" in c);
    if (valid) f.waiver = valid.waiver;
    else if (candidates.length > 0)
      f.waiverProblem = candidates.map((c) => "problem" in c ? c.problem : "").join("; ");
  }
}

// src/model/types.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
function isJsonObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function resourceId(r) {
  return `${r.kind}/${r.namespace}/${r.name}`;
}
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
function atMost(s, max) {
  return severityRank(s) > severityRank(max) ? max : s;
}
function capFinding(f, max, reason) {
  f.severity = atMost(f.severity, max);
  f.message = `${f.message} (${reason})`;
}
function meetsThreshold(s, failOn) {
  return failOn !== "none" && severityRank(s) >= severityRank(failOn);
}
function failsGate(f, failOn) {
  return !f.waiver && !f.approval && !f.advisory && meetsThreshold(f.severity, failOn);
}

// src/model/namespaces.ts
var UNSET_NAMESPACE = "(unset)";
var RELEASE_NAMESPACE = "RELEASE-NAMESPACE";
function namespaceIn(value) {
  return value === RELEASE_NAMESPACE ? "" : value;
}
var APPLIED_NAMESPACE = "the namespace the manifests are applied to";
function qualifiedName(namespace, name) {
  return namespace && namespace !== UNSET_NAMESPACE ? `${namespace}/${name}` : name;
}
function describeId(id) {
  const first = id.indexOf("/");
  const second = first < 0 ? -1 : id.indexOf("/", first + 1);
  if (second < 0) return id;
  return `${id.slice(0, first)} ${qualifiedName(id.slice(first + 1, second), id.slice(second + 1))}`;
}
function inNamespace(namespace) {
  return namespace && namespace !== UNSET_NAMESPACE ? `in namespace ${namespace}` : `in ${APPLIED_NAMESPACE}`;
}

// src/analyse/rbac/permissions.ts
var BUILT_IN_CLUSTER_ROLES = {
  "cluster-admin": [
    { apiGroups: ["*"], resources: ["*"], verbs: ["*"], resourceNames: [], nonResourceURLs: [] },
    { apiGroups: [], resources: [], verbs: ["*"], resourceNames: [], nonResourceURLs: ["*"] }
  ]
};
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var asObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function rulesOf(object) {
  const out = [];
  for (const r of Array.isArray(object.rules) ? object.rules : []) {
    const o = asObject(r);
    if (!o) continue;
    out.push({
      apiGroups: strings(o.apiGroups),
      resources: strings(o.resources),
      verbs: strings(o.verbs),
      resourceNames: strings(o.resourceNames),
      nonResourceURLs: strings(o.nonResourceURLs)
    });
  }
  return out;
}
function metadata(object) {
  const m = asObject(object.metadata) ?? {};
  return {
    name: typeof m.name === "string" ? m.name : "",
    namespace: typeof m.namespace === "string" ? namespaceIn(m.namespace) : ""
  };
}
function labelsOf(object) {
  const labels = {};
  const m = asObject(object.metadata);
  for (const [k, v] of Object.entries(asObject(m?.labels) ?? {})) {
    if (typeof v === "string") labels[k] = v;
  }
  return labels;
}
function selects(selector, labels) {
  const matchLabels = asObject(selector.matchLabels) ?? {};
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of expressions) {
    const x = asObject(e);
    if (!x || typeof x.key !== "string") return false;
    const values = strings(x.values);
    const has = Object.hasOwn(labels, x.key);
    const ok = x.operator === "In" ? has && values.includes(labels[x.key]) : x.operator === "NotIn" ? !has || !values.includes(labels[x.key]) : x.operator === "Exists" ? has : x.operator === "DoesNotExist" ? !has : false;
    if (!ok) return false;
  }
  return true;
}
var ruleKey = (r) => JSON.stringify(r);
function clusterRoleRules(objects2) {
  const clusterRoles = objects2.filter((o) => o.object.kind === "ClusterRole");
  const out = new Map(Object.entries(BUILT_IN_CLUSTER_ROLES));
  const aggregated = [];
  for (const { object } of clusterRoles) {
    const name = metadata(object).name;
    const aggregation = asObject(object.aggregationRule);
    if (!aggregation) {
      out.set(name, rulesOf(object));
      continue;
    }
    const selectors = (Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []).map(asObject).filter((s) => s !== void 0);
    aggregated.push({ name, selectors });
    out.set(name, []);
  }
  for (let round = 0, changed = true; changed && round <= aggregated.length; round++) {
    changed = false;
    for (const { name, selectors } of aggregated) {
      const rules = /* @__PURE__ */ new Map();
      for (const c of clusterRoles) {
        const other = metadata(c.object).name;
        const labels = labelsOf(c.object);
        if (other === name || !selectors.some((s) => selects(s, labels))) continue;
        for (const r of out.get(other) ?? []) rules.set(ruleKey(r), r);
      }
      const before = (out.get(name) ?? []).map(ruleKey).join("\n");
      if ([...rules.keys()].join("\n") !== before) {
        out.set(name, [...rules.values()]);
        changed = true;
      }
    }
  }
  return out;
}
var grantKey = (g) => `${g.scope}\0${g.apiGroup}\0${g.resource}\0${g.verb}\0${g.resourceName}`;
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "nodes",
  "persistentvolumes",
  "componentstatuses",
  "clusterroles",
  "clusterrolebindings",
  "customresourcedefinitions",
  "apiservices",
  "mutatingwebhookconfigurations",
  "validatingwebhookconfigurations",
  "validatingadmissionpolicies",
  "validatingadmissionpolicybindings",
  "certificatesigningrequests",
  "storageclasses",
  "csidrivers",
  "csinodes",
  "volumeattachments",
  "priorityclasses",
  "runtimeclasses",
  "ingressclasses",
  "tokenreviews",
  "selfsubjectaccessreviews",
  "selfsubjectrulesreviews",
  "subjectaccessreviews",
  "flowschemas",
  "prioritylevelconfigurations"
]);
function subjectOf(subject, bindingNamespace) {
  const o = asObject(subject);
  if (!o || typeof o.name !== "string") return void 0;
  if (o.kind === "ServiceAccount") {
    const own = typeof o.namespace === "string" ? o.namespace : "";
    const ns = own === RELEASE_NAMESPACE ? UNSET_NAMESPACE : own || bindingNamespace;
    return ns !== void 0 ? `ServiceAccount ${ns}/${o.name}` : void 0;
  }
  if (o.kind === "User" || o.kind === "Group") {
    const sa = o.kind === "User" ? SERVICE_ACCOUNT_USER.exec(o.name) : null;
    const ns = sa && sa[1] === RELEASE_NAMESPACE ? UNSET_NAMESPACE : sa?.[1];
    return sa ? `ServiceAccount ${ns}/${sa[2]}` : `${o.kind} ${o.name}`;
  }
  return void 0;
}
function subjectsOf(binding, bindingNamespace) {
  const out = [];
  for (const s of Array.isArray(binding.subjects) ? binding.subjects : []) {
    const subject = subjectOf(s, bindingNamespace);
    if (subject !== void 0) out.push(subject);
  }
  return out;
}
var SERVICE_ACCOUNT_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;
var BUILT_IN_AGGREGATED_LABELS = ["view", "edit", "admin"].map((to) => ({
  "kubernetes.io/bootstrapping": "rbac-defaults",
  [`rbac.authorization.k8s.io/aggregate-to-${to}`]: "true"
}));
function aggregatingBuiltIns(objects2) {
  const out = /* @__PURE__ */ new Set();
  for (const { object } of objects2) {
    const aggregation = object.kind === "ClusterRole" ? asObject(object.aggregationRule) : void 0;
    const selectors = Array.isArray(aggregation?.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : [];
    const builtIn = selectors.some((s) => {
      const selector = asObject(s);
      return selector && BUILT_IN_AGGREGATED_LABELS.some((l) => selects(selector, l));
    });
    if (builtIn) out.add(metadata(object).name);
  }
  return out;
}
var isRbac = ({ object }) => object.apiVersion === void 0 || typeof object.apiVersion === "string" && object.apiVersion.startsWith("rbac.authorization.k8s.io/");
function bindingsOf(all2) {
  const objects2 = all2.filter(isRbac);
  const clusterRules = clusterRoleRules(objects2);
  const roleRules = /* @__PURE__ */ new Map();
  for (const { object } of objects2) {
    if (object.kind !== "Role") continue;
    const m = metadata(object);
    roleRules.set(`${m.namespace || UNSET_NAMESPACE}/${m.name}`, rulesOf(object));
  }
  const out = [];
  for (const { object, id } of objects2) {
    if (object.kind !== "RoleBinding" && object.kind !== "ClusterRoleBinding") continue;
    const ref = asObject(object.roleRef);
    if (!ref || typeof ref.name !== "string") continue;
    const clusterWide = object.kind === "ClusterRoleBinding";
    const namespace = metadata(object).namespace || UNSET_NAMESPACE;
    out.push({
      id,
      clusterWide,
      namespace,
      role: `${String(ref.kind)}/${ref.name}`,
      rules: ref.kind === "ClusterRole" ? clusterRules.get(ref.name) : ref.kind === "Role" && !clusterWide ? roleRules.get(`${namespace}/${ref.name}`) : void 0,
      subjects: subjectsOf(object, clusterWide ? void 0 : namespace)
    });
  }
  return out;
}
function unresolvedBindings(objects2) {
  const partial = aggregatingBuiltIns(objects2.filter(isRbac));
  return bindingsOf(objects2).flatMap(({ id, role, rules, subjects }) => {
    const reason = rules === void 0 ? "its role is not defined in these manifests: it grants nothing known here" : partial.has(role.replace(/^ClusterRole\//, "")) && role.startsWith("ClusterRole/") ? "its ClusterRole aggregates the cluster's built-in aggregate-to-* roles too: it grants more than shown" : "";
    return reason ? [{ binding: id, role, subjects, reason }] : [];
  });
}
function effectivePermissions(objects2) {
  const map2 = /* @__PURE__ */ new Map();
  for (const b of bindingsOf(objects2)) {
    if (!b.rules) continue;
    const scope = b.clusterWide ? "cluster" : `namespace ${b.namespace}`;
    const source = { binding: b.id, role: b.role };
    for (const subject of b.subjects) {
      let grants = map2.get(subject);
      if (!grants) map2.set(subject, grants = /* @__PURE__ */ new Map());
      for (const rule of b.rules) {
        for (const grant of expand(rule, scope)) {
          const key = grantKey(grant);
          const entry2 = grants.get(key);
          if (entry2) entry2.sources.push(source);
          else grants.set(key, { grant, sources: [source] });
        }
      }
    }
  }
  return map2;
}
function topResource(resource) {
  const slash = resource.indexOf("/");
  return slash < 0 ? resource : resource.slice(0, slash);
}
function expand(rule, scope) {
  const out = [];
  const names2 = rule.resourceNames.length ? rule.resourceNames : [""];
  const namespaced = scope !== "cluster";
  for (const verb of rule.verbs) {
    for (const apiGroup of rule.apiGroups) {
      for (const resource of rule.resources) {
        if (namespaced && CLUSTER_SCOPED.has(topResource(resource))) continue;
        for (const resourceName of names2)
          out.push({ scope, apiGroup, resource, verb, resourceName });
      }
    }
    if (!namespaced) {
      for (const url of rule.nonResourceURLs) {
        out.push({ scope, apiGroup: "", resource: `url:${url}`, verb, resourceName: "" });
      }
    }
  }
  return out;
}

// src/util/compare-text.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/analyse/rbac/delta.ts
var WORKLOADS = {
  "": ["pods", "replicationcontrollers"],
  apps: ["deployments", "statefulsets", "daemonsets", "replicasets"],
  extensions: ["deployments", "daemonsets", "replicasets"],
  batch: ["jobs", "cronjobs"]
};
var RBAC = "rbac.authorization.k8s.io";
var ADMISSION = "admissionregistration.k8s.io";
var ADMISSION_OBJECTS = [
  "validatingwebhookconfigurations",
  "mutatingwebhookconfigurations",
  "validatingadmissionpolicies",
  "validatingadmissionpolicybindings",
  "mutatingadmissionpolicies",
  "mutatingadmissionpolicybindings"
];
var READ = /* @__PURE__ */ new Set(["get", "list", "watch", "*"]);
function names(g, groups, resource, sub = "") {
  if (g.apiGroup !== "*" && !groups.includes(g.apiGroup)) return false;
  if (g.resource === "*") return true;
  const slash = g.resource.indexOf("/");
  const base = slash < 0 ? g.resource : g.resource.slice(0, slash);
  const rest = slash < 0 ? "" : g.resource.slice(slash + 1);
  return (base === resource || base === "*" && sub !== "") && rest === sub;
}
var METRICS_GROUPS = /* @__PURE__ */ new Set([
  "metrics.k8s.io",
  "custom.metrics.k8s.io",
  "external.metrics.k8s.io"
]);
function readsAnySecret(g) {
  return g.resourceName === "";
}
function dangerOf(g) {
  const verb = (...verbs) => g.verb === "*" || verbs.includes(g.verb);
  if (g.resource === "url:*") return "a wildcard: every non-resource URL";
  if (g.resource.startsWith("url:")) return void 0;
  if (g.resource === "*" && METRICS_GROUPS.has(g.apiGroup)) return void 0;
  if (g.resource === "*") return "a wildcard: every current and future resource";
  if (g.verb === "*" && g.apiGroup === "*") return "a wildcard: every verb in every API group";
  const rbacObject = ["roles", "clusterroles", "rolebindings", "clusterrolebindings"].some(
    (r) => names(g, [RBAC], r)
  );
  if (g.verb === "*" && rbacObject) return "full control of RBAC objects";
  if ((g.verb === "escalate" || g.verb === "bind") && rbacObject) {
    return `${g.verb}: a way around RBAC itself`;
  }
  const impersonable = ["users", "groups", "serviceaccounts"].some((r) => names(g, [""], r)) || ["uids", "userextras"].some((r) => names(g, ["authentication.k8s.io"], r));
  if (g.verb === "impersonate" || g.verb === "*" && impersonable) {
    return "impersonate: a way around RBAC itself";
  }
  if (names(g, [""], "secrets") && READ.has(g.verb) && readsAnySecret(g)) return "reads secrets";
  for (const sub of ["exec", "attach"]) {
    if (names(g, [""], "pods", sub) && verb("create", "get")) {
      return `runs commands in pods (pods/${sub})`;
    }
  }
  if (names(g, [""], "pods", "ephemeralcontainers") && verb("update", "patch")) {
    return "adds ephemeral containers to running pods";
  }
  if (names(g, [""], "nodes", "proxy")) return "talks to kubelets' API through nodes/proxy";
  if (names(g, [""], "serviceaccounts", "token") && verb("create")) {
    return "mints tokens for service accounts";
  }
  const admission = ADMISSION_OBJECTS.some((r) => names(g, [ADMISSION], r));
  if (admission && verb("create", "update", "patch", "delete", "deletecollection")) {
    return "changes admission webhooks or policies, which see every request they match";
  }
  if (names(g, ["certificates.k8s.io"], "signers") && verb("approve") && (g.resourceName === "" || g.resourceName === "*" || g.resourceName.startsWith("kubernetes.io/"))) {
    return "approves certificate requests, which the API server trusts for any user or group";
  }
  const workload = Object.entries(WORKLOADS).some(
    ([group, kinds]) => kinds.some((k) => names(g, [group], k))
  );
  if (workload && verb("create")) {
    return "creates workloads, which can run as any service account in the namespace";
  }
  return void 0;
}
function dangerOfGain(g, sources) {
  const danger = dangerOf(g);
  const admin = sources.some((s) => s.role === "ClusterRole/cluster-admin");
  return danger && admin ? `cluster-admin, ${danger}` : danger;
}
function describeTarget(g) {
  if (g.resource === "url:*") return "every non-resource URL";
  if (g.resource.startsWith("url:")) return `non-resource URL ${g.resource.slice(4)}`;
  const groupWords = g.apiGroup === "*" ? "in every API group" : g.apiGroup === "" ? "in the core API group" : `in API group ${g.apiGroup}`;
  const [base, ...rest] = g.resource.split("/");
  const sub = rest.join("/");
  let resource;
  if (base === "*") {
    resource = sub ? `the ${sub} subresource of every resource ${groupWords}` : `every resource ${groupWords}`;
  } else {
    const group = g.apiGroup && g.apiGroup !== "*" ? `.${g.apiGroup}` : "";
    resource = `${base}${group}${sub ? `/${sub}` : ""}${g.apiGroup === "*" ? " (any API group)" : ""}`;
  }
  return g.resourceName ? `${resource} named ${g.resourceName}` : resource;
}
function covers(a, b) {
  const aUrl = a.resource.startsWith("url:");
  if (aUrl !== b.resource.startsWith("url:")) return false;
  if (a.scope !== b.scope && !(a.scope === "cluster" && !aUrl)) return false;
  if (a.verb !== "*" && a.verb !== b.verb) return false;
  if (aUrl) {
    const [au, bu] = [a.resource.slice(4), b.resource.slice(4)];
    return au === bu || au.endsWith("*") && bu.startsWith(au.slice(0, -1));
  }
  if (a.apiGroup !== "*" && a.apiGroup !== b.apiGroup) return false;
  if (a.resourceName && a.resourceName !== b.resourceName) return false;
  if (a.resource === "*" || a.resource === b.resource) return true;
  const sub = b.resource.slice(b.resource.indexOf("/") + 1);
  return b.resource.includes("/") && a.resource === `*/${sub}`;
}
function diff(from, to, direction) {
  const grouped = /* @__PURE__ */ new Map();
  for (const [subject, grants] of to) {
    const before = [...from.get(subject)?.values() ?? []].map((e) => e.grant);
    const changed = [...grants.values()].filter((e) => !before.some((b) => covers(b, e.grant)));
    const broadest = changed.filter(
      (e) => !changed.some((o) => o !== e && covers(o.grant, e.grant))
    );
    for (const { grant, sources } of broadest) {
      const danger = direction === "gains" ? dangerOfGain(grant, sources) : void 0;
      const t = describeTarget(grant);
      const id = [subject, grant.scope, t, danger ?? ""].join("\0");
      const change = grouped.get(id);
      if (change) {
        if (!change.verbs.includes(grant.verb)) change.verbs.push(grant.verb);
        for (const s of sources) {
          if (!change.sources.some((x) => x.binding === s.binding && x.role === s.role))
            change.sources.push(s);
        }
      } else {
        grouped.set(id, {
          subject,
          scope: grant.scope,
          target: t,
          verbs: [grant.verb],
          direction,
          ...danger ? { danger } : {},
          sources: direction === "gains" ? [...sources] : []
        });
      }
    }
  }
  return [...grouped.values()];
}
function rbacDelta(base, head) {
  const before = effectivePermissions(base);
  const after = effectivePermissions(head);
  const changes = [...diff(before, after, "gains"), ...diff(after, before, "loses")];
  return changes.sort(
    (a, b) => Number(Boolean(b.danger)) - Number(Boolean(a.danger)) || compareText(a.subject, b.subject) || compareText(a.scope, b.scope) || compareText(a.target, b.target)
  );
}
function describeSubject(subject) {
  const sa = /^ServiceAccount ([^/]*)\/(.*)$/.exec(subject);
  return sa ? `ServiceAccount ${qualifiedName(sa[1], sa[2])}` : subjectWords(subject);
}
function subjectWords(subject) {
  const group = subject.startsWith("Group ") ? subject.slice(6) : "";
  const who = group === "system:authenticated" ? "every authenticated user" : group === "system:unauthenticated" ? "anonymous requests" : group === "system:serviceaccounts" ? "every service account" : group.startsWith("system:serviceaccounts:") ? `every service account ${inNamespace(namespaceIn(group.slice(23)))}` : group === "system:masters" ? "cluster admins, whom RBAC never restricts" : "";
  return who ? `${subject} (${who})` : subject;
}
function describeScope(scope) {
  return scope === "cluster" ? "cluster-wide" : inNamespace(scope.slice("namespace ".length));
}
function describeChange(c) {
  const where = describeScope(c.scope);
  const danger = c.danger ? ` (${c.danger})` : "";
  const what = c.verbs.includes("*") ? "every verb" : [...c.verbs].sort().join(", ");
  return `${describeSubject(c.subject)} ${c.direction} ${what} on ${c.target} ${where}${danger}`;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target2, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index2 = 0, length = sourceKeys.length; index2 < length; index2 += 1) {
        const key = sourceKeys[index2];
        target2[key] = source[key];
      }
    }
    return target2;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index2 = 0, length = arguments.length; index2 < length; index2 += 1) {
      arguments[index2].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index2 = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index2];
    if (ch === "-" || ch === "+") {
      ch = data[++index2];
    }
    if (ch === "0") {
      if (index2 + 1 === max) return true;
      ch = data[++index2];
      if (ch === "b") {
        index2++;
        for (; index2 < max; index2++) {
          ch = data[index2];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index2++;
        for (; index2 < max; index2++) {
          if (!isHexCode(data.charCodeAt(index2))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index2++;
        for (; index2 < max; index2++) {
          if (!isOctCode(data.charCodeAt(index2))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index2 < max; index2++) {
      if (!isDecCode(data.charCodeAt(index2))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign2 = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign2 = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign2 * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign2 * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign2 * parseInt(value.slice(2), 8);
    }
    return sign2 * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign2 = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign2 === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign2 * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date2 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date2.setTime(date2.getTime() - delta);
    return date2;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair2 = object[index2];
      let pairHasKey = false;
      if (_toString.call(pair2) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair2) {
        if (_hasOwnProperty.call(pair2, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair2 = object[index2];
      if (_toString.call(pair2) !== "[object Object]") return false;
      const keys = Object.keys(pair2);
      if (keys.length !== 1) return false;
      result[index2] = [keys[0], pair2[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      const pair2 = object[index2];
      const keys = Object.keys(pair2);
      result[index2] = [keys[0], pair2[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names2 = Object.keys(transaction);
    for (let index2 = 0, length = names2.length; index2 < length; index2 += 1) {
      const name = names2[index2];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names2 = Object.keys(transaction);
    for (let index2 = names2.length - 1; index2 >= 0; index2 -= 1) {
      const entry2 = transaction[names2[index2]];
      if (entry2.existed) {
        state.anchorMap[names2[index2]] = entry2.value;
      } else {
        delete state.anchorMap[names2[index2]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index2 = 0, quantity = sourceKeys.length; index2 < quantity; index2 += 1) {
      const key = sourceKeys[index2];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index2 = 0, quantity = keyNode.length; index2 < quantity; index2 += 1) {
        if (Array.isArray(keyNode[index2])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index2]) === "[object Object]") {
          keyNode[index2] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index2 = 0, quantity = valueNode.length; index2 < quantity; index2 += 1) {
          mergeMappings(state, _result, valueNode[index2], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent2 = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent2 = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent2 = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent2 = true;
          } else if (readAlias(state)) {
            hasContent2 = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent2 = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent2 = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent2;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index2 = 0, length = documents.length; index2 < length; index2 += 1) {
      iterator(documents[index2]);
    }
  }
  function load22(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load22;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index2 = 0, length = keys.length; index2 < length; index2 += 1) {
      let tag = keys[index2];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result = "";
    const length = string.length;
    while (position2 < length) {
      let line;
      const next = string.indexOf("\n", position2);
      if (next === -1) {
        line = string.slice(position2);
        position2 = length;
      } else {
        line = string.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index2 = 0, length = state.implicitTypes.length; index2 < length; index2 += 1) {
      const type2 = state.implicitTypes[index2];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      let value = object[index2];
      if (state.replacer) {
        value = state.replacer.call(object, String(index2), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
      let value = object[index2];
      if (state.replacer) {
        value = state.replacer.call(object, String(index2), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index2];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index2];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index2 = 0, length = typeList.length; index2 < length; index2 += 1) {
      const type2 = typeList[index2];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects2 = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects2, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index2 = 0; index2 < length; index2 += 1) {
      state.duplicates.push(objects2[duplicatesIndexes[index2]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects2, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index2 = objects2.indexOf(object);
      if (index2 !== -1) {
        if (duplicatesIndexes.indexOf(index2) === -1) {
          duplicatesIndexes.push(index2);
        }
      } else {
        objects2.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects2, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects2, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load: load2,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/parse/yaml-schema.ts
var TRUE_WORDS = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "true",
  "True",
  "TRUE",
  "on",
  "On",
  "ON"
]);
var FALSE_WORDS = /* @__PURE__ */ new Set([
  "n",
  "N",
  "no",
  "No",
  "NO",
  "false",
  "False",
  "FALSE",
  "off",
  "Off",
  "OFF"
]);
var yaml11Bool = new yaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && (TRUE_WORDS.has(data) || FALSE_WORDS.has(data)),
  construct: (data) => TRUE_WORDS.has(data),
  predicate: (value) => typeof value === "boolean",
  represent: (value) => value ? "true" : "false"
});
var KUBERNETES_SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [yaml11Bool] });
var BOOLEAN_WORDS = {
  true: TRUE_WORDS,
  false: FALSE_WORDS
};

// src/evaluate/pod-sources.ts
function holdingPath(layers, rest) {
  for (const layer of layers)
    if (valueAt(layer.value, rest) !== void 0)
      return layer.opaque ? layer.path : [...layer.path, ...rest];
  return void 0;
}
var MERGE_KEYS = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  env: "name",
  imagePullSecrets: "name",
  volumeMounts: "mountPath",
  ports: "containerPort"
};
function mergeKeyOf(key) {
  return MERGE_KEYS[key];
}
function indexByKey(list5, key, item) {
  if (!isJsonObject(item) || item[key] === void 0) return -1;
  return list5.findIndex((x) => isJsonObject(x) && x[key] === item[key]);
}
function mergePatch(base, patch, key = "") {
  if (isJsonObject(base) && isJsonObject(patch)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = mergePatch(base[k], v, k);
    return out;
  }
  const mergeKey = mergeKeyOf(key);
  if (mergeKey && Array.isArray(base) && Array.isArray(patch)) {
    const out = [...base];
    for (const item of patch) {
      const at2 = indexByKey(out, mergeKey, item);
      if (at2 < 0) out.push(item);
      else out[at2] = mergePatch(out[at2], item);
    }
    return out;
  }
  return patch;
}
function mergedValue(layers, key) {
  let value;
  for (let i = layers.length - 1; i >= 0; i--)
    value = value === void 0 ? layers[i].value : mergePatch(value, layers[i].value, key);
  return value;
}

// src/evaluate/argo-workflows.ts
var POD_TYPES = ["container", "script", "containerSet"];
var TEMPLATE_POD_FIELDS = [
  "securityContext",
  "serviceAccountName",
  "automountServiceAccountToken",
  "nodeSelector"
];
var WORKFLOW_POD_FIELDS = /* @__PURE__ */ new Set([...TEMPLATE_POD_FIELDS, "hostNetwork"]);
var POD_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers", "volumes"]);
var list = (v) => Array.isArray(v) ? v : [];
var objectOr = (v) => isJsonObject(v) ? v : {};
function argoWorkflowPods(object, specPath) {
  const spec = valueAt(object, specPath);
  if (!isJsonObject(spec)) return [];
  const defaults = spec.templateDefaults;
  const patch = patchLayer(spec.podSpecPatch, [...specPath, "podSpecPatch"]);
  const workflow = {
    spec,
    specPath,
    ...isJsonObject(defaults) ? { defaults: { value: defaults, path: [...specPath, "templateDefaults"] } } : {},
    ...patch ? { patch } : {},
    podMetadata: objectOr(spec.podMetadata)
  };
  const out = [];
  const templates = list(spec.templates);
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i];
    if (!isJsonObject(t)) continue;
    walk(t, [...specPath, "templates", i], stringOr(t.name, `templates[${i}]`), workflow, out);
  }
  return out;
}
var stringOr = (v, fallback) => typeof v === "string" && v !== "" ? v : fallback;
function walk(t, path, name, wf, out) {
  const pod = templatePod(t, path, name, wf);
  if (pod) out.push(pod);
  const groups = list(t.steps);
  for (let g = 0; g < groups.length; g++) {
    const steps = list(groups[g]);
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      if (isJsonObject(step) && isJsonObject(step.inline))
        walk(
          step.inline,
          [...path, "steps", g, s, "inline"],
          `${name}.${stringOr(step.name, `steps[${g}][${s}]`)}`,
          wf,
          out
        );
    }
  }
  const tasks = list(objectOr(t.dag).tasks);
  for (let k = 0; k < tasks.length; k++) {
    const task = tasks[k];
    if (isJsonObject(task) && isJsonObject(task.inline))
      walk(
        task.inline,
        [...path, "dag", "tasks", k, "inline"],
        `${name}.${stringOr(task.name, `tasks[${k}]`)}`,
        wf,
        out
      );
  }
}
function patchLayer(text2, path) {
  if (typeof text2 !== "string" || text2.trim() === "") return void 0;
  let value;
  try {
    value = yaml.load(text2, { schema: KUBERNETES_SCHEMA });
  } catch {
    return void 0;
  }
  return isJsonObject(value) ? { path, value, opaque: true } : void 0;
}
function items(v, path) {
  const out = [];
  const entries3 = list(v);
  for (let i = 0; i < entries3.length; i++) {
    const value = entries3[i];
    if (isJsonObject(value)) out.push({ value, source: { path: [...path, i] } });
  }
  return out;
}
function templatePod(t, path, name, wf) {
  const type2 = POD_TYPES.find((k) => isJsonObject(t[k]));
  if (!type2) return void 0;
  const defaults = wf.defaults;
  const own = patchLayer(t.podSpecPatch, [...path, "podSpecPatch"]);
  const patches = [wf.patch, own].filter((p) => p !== void 0);
  const containers = type2 === "containerSet" ? items(objectOr(t.containerSet).containers, [...path, "containerSet", "containers"]) : [mainContainer(t, type2, path, defaults)];
  containers.push(...items(t.sidecars, [...path, "sidecars"]));
  const lists = {
    containers,
    initContainers: items(t.initContainers, [...path, "initContainers"]),
    volumes: [...items(t.volumes, [...path, "volumes"]), ...mountedVolumes(t, containers, wf)]
  };
  for (const patch of patches) for (const key of POD_LISTS) patchList(lists, key, patch);
  const podSpec = {};
  const sources = {
    fields: {},
    items: {},
    unset: wf.specPath,
    meta: metaLayers(t, path, wf)
  };
  for (const [key, entries3] of Object.entries(lists)) {
    podSpec[key] = entries3.map((e) => e.value);
    sources.items[key] = entries3.map((e) => e.source);
  }
  for (const key of podFields(patches)) {
    const layers = fieldLayers(key, t, path, wf, patches);
    if (layers.length === 0) continue;
    const value = mergedValue(layers, key);
    if (value === void 0) continue;
    podSpec[key] = value;
    sources.fields[key] = layers;
  }
  return {
    podSpec,
    podSpecPath: path,
    podMeta: podMeta(t, wf),
    podMetaPath: [...path, "metadata"],
    name,
    noun: "template",
    sources,
    ...executorAccount(t, wf) ? {} : { needsToken: true }
  };
}
function executorAccount(t, wf) {
  for (const level of [t, wf.defaults?.value ?? {}, wf.spec]) {
    const name = objectOr(level.executor).serviceAccountName;
    if (typeof name === "string" && name !== "") return true;
  }
  return false;
}
function mainContainer(t, type2, path, defaults) {
  const ownPath = [...path, type2];
  const own = objectOr(t[type2]);
  const under = defaults?.value[type2];
  let value = own;
  let source = { path: ownPath };
  if (isJsonObject(under)) {
    value = mergePatch(under, own);
    source = {
      path: ownPath,
      layers: [
        { path: ownPath, value: own },
        { path: [...defaults?.path ?? [], type2], value: under }
      ]
    };
  }
  if (typeof value.name !== "string" || value.name === "") value = { ...value, name: "main" };
  return { value, source };
}
function mountedVolumes(t, containers, wf) {
  const mounted = /* @__PURE__ */ new Set();
  const mounts = [
    ...list(objectOr(t.containerSet).volumeMounts),
    ...containers.flatMap((c) => list(c.value.volumeMounts)),
    ...list(t.initContainers).flatMap((c) => list(objectOr(c).volumeMounts))
  ];
  for (const m of mounts) if (isJsonObject(m) && typeof m.name === "string") mounted.add(m.name);
  const own = new Set(list(t.volumes).map((v) => objectOr(v).name));
  return items(wf.spec.volumes, [...wf.specPath, "volumes"]).filter(
    (v) => typeof v.value.name === "string" && mounted.has(v.value.name) && !own.has(v.value.name)
  );
}
function patchList(lists, key, patch) {
  const entries3 = list(objectOr(patch.value)[key]);
  if (entries3.length === 0) return;
  const target2 = lists[key] ??= [];
  for (const entry2 of entries3) {
    if (!isJsonObject(entry2)) continue;
    const layer = { path: patch.path, value: entry2, opaque: true };
    const at2 = indexByKey(
      target2.map((i) => i.value),
      "name",
      entry2
    );
    if (at2 < 0) {
      target2.push({ value: entry2, source: { path: patch.path, layers: [layer] } });
      continue;
    }
    const item = target2[at2];
    const layers = item.source.layers ?? [{ path: item.source.path, value: item.value }];
    target2[at2] = {
      value: mergePatch(item.value, entry2),
      source: { path: item.source.path, layers: [layer, ...layers] }
    };
  }
}
function podFields(patches) {
  const keys = new Set(WORKFLOW_POD_FIELDS);
  for (const p of patches)
    for (const k of Object.keys(objectOr(p.value))) if (!POD_LISTS.has(k)) keys.add(k);
  return keys;
}
function fieldLayers(key, t, path, wf, patches) {
  const out = [];
  for (let i = patches.length - 1; i >= 0; i--) {
    const value = objectOr(patches[i].value)[key];
    if (value !== void 0) out.push({ path: patches[i].path, value, opaque: true });
  }
  const template = [];
  if (TEMPLATE_POD_FIELDS.includes(key)) {
    if (t[key] !== void 0) template.push({ path: [...path, key], value: t[key] });
    const under = wf.defaults?.value[key];
    if (under !== void 0 && wf.defaults)
      template.push({ path: [...wf.defaults.path, key], value: under });
  }
  if (template.length) out.push(...template);
  else if (WORKFLOW_POD_FIELDS.has(key) && wf.spec[key] !== void 0)
    out.push({ path: [...wf.specPath, key], value: wf.spec[key] });
  return out;
}
function metaLayers(t, path, wf) {
  const out = [];
  if (isJsonObject(t.metadata)) out.push({ path: [...path, "metadata"], value: t.metadata });
  const under = wf.defaults?.value.metadata;
  if (isJsonObject(under) && wf.defaults)
    out.push({ path: [...wf.defaults.path, "metadata"], value: under });
  if (isJsonObject(wf.spec.podMetadata))
    out.push({ path: [...wf.specPath, "podMetadata"], value: wf.spec.podMetadata });
  return out;
}
function podMeta(t, wf) {
  const labels = {};
  const annotations = {};
  for (const meta of [
    wf.podMetadata,
    objectOr(wf.defaults?.value.metadata),
    objectOr(t.metadata)
  ]) {
    Object.assign(labels, objectOr(meta.labels));
    Object.assign(annotations, objectOr(meta.annotations));
  }
  return { labels, annotations };
}

// src/evaluate/workload-view.ts
function viewAt(object, path) {
  const podSpec = valueAt(object, path);
  if (!isJsonObject(podSpec)) return void 0;
  const podMeta2 = valueAt(object, [...path.slice(0, -1), "metadata"]);
  return { podSpec, podSpecPath: path, podMeta: isJsonObject(podMeta2) ? podMeta2 : {} };
}
function podOS(podSpec) {
  if (isJsonObject(podSpec.os)) return typeof podSpec.os.name === "string" ? podSpec.os.name : "";
  const selector = isJsonObject(podSpec.nodeSelector) ? podSpec.nodeSelector["kubernetes.io/os"] : "";
  return typeof selector === "string" ? selector : "";
}
function serviceAccountOf(podSpec) {
  for (const name of [podSpec.serviceAccountName, podSpec.serviceAccount])
    if (typeof name === "string" && name !== "") return name;
  return "default";
}
var CONTAINER_LISTS = [
  ["containers", "container"],
  ["initContainers", "initContainer"],
  ["ephemeralContainers", "ephemeralContainer"]
];
function list2(v) {
  return Array.isArray(v) ? v : [];
}
function nameOf(v, fallback) {
  return isJsonObject(v) && typeof v.name === "string" && v.name ? v.name : fallback;
}
function placeItem(element, view, listName, i) {
  const source = view.sources?.items[listName]?.[i];
  if (!source) return element;
  element.path = [...source.path];
  if (source.layers) element.layers = source.layers;
  return element;
}
function containerElements(view) {
  const out = [];
  for (const [listName, containerType] of CONTAINER_LISTS) {
    const containers = list2(view.podSpec[listName]);
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i];
      if (!isJsonObject(container)) continue;
      const name = nameOf(container, `${listName}[${i}]`);
      const element = {
        vars: { element: container, container, containerType },
        path: [...view.podSpecPath, listName, i],
        name,
        container: name
      };
      out.push(view.sources ? placeItem(element, view, listName, i) : element);
    }
  }
  return out;
}
function placeNested(element, c, key, item) {
  const mergeKey = mergeKeyOf(key);
  const layers = [];
  for (const layer of c.layers ?? []) {
    if (!isJsonObject(layer.value)) continue;
    const entries3 = list2(layer.value[key]);
    const at2 = mergeKey ? indexByKey(entries3, mergeKey, item) : -1;
    if (at2 < 0) continue;
    layers.push({
      path: layer.opaque ? layer.path : [...layer.path, key, at2],
      value: entries3[at2],
      ...layer.opaque ? { opaque: true } : {}
    });
  }
  if (layers.length === 0) return;
  element.path = [...(layers.find((l) => !l.opaque) ?? layers[0]).path];
  element.layers = layers;
}
function nested(view, key, alias) {
  const out = [];
  for (const c of containerElements(view)) {
    const { container, containerType } = c.vars;
    const items2 = list2(container[key]);
    for (let i = 0; i < items2.length; i++) {
      const item = items2[i];
      if (!isJsonObject(item)) continue;
      const element = {
        // The container's variables with the item as the element (as a spread of them).
        vars: { element: item, container, containerType, [alias]: item },
        path: [...c.path, key, i],
        name: c.name,
        container: c.container
      };
      if (c.layers) placeNested(element, c, key, item);
      if (key === "env" && typeof item.name === "string" && item.name) element.item = item.name;
      out.push(element);
    }
  }
  return out;
}
function volumeElements(view) {
  const out = [];
  const volumes = list2(view.podSpec.volumes);
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i];
    if (!isJsonObject(v)) continue;
    const element = {
      vars: { element: v, volume: v },
      path: [...view.podSpecPath, "volumes", i],
      name: nameOf(v, `volumes[${i}]`)
    };
    out.push(view.sources ? placeItem(element, view, "volumes", i) : element);
  }
  return out;
}
function policyRuleElements(object) {
  const out = [];
  const rules = list2(object.rules);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (isJsonObject(r))
      out.push({ vars: { element: r, rule: r }, path: ["rules", i], name: `rules[${i}]` });
  }
  return out;
}
function subjectElements(object) {
  const out = [];
  const subjects = list2(object.subjects);
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i];
    if (!isJsonObject(s)) continue;
    out.push({
      vars: { element: s, subject: s },
      path: ["subjects", i],
      name: `${String(s.kind ?? "")}/${String(s.name ?? "")}`
    });
  }
  return out;
}
function elementsFor(forEach, object, view) {
  switch (forEach) {
    case void 0:
      return [{ vars: { element: object }, path: [] }];
    case "container":
      return view ? containerElements(view) : [];
    case "containerPort":
      return view ? nested(view, "ports", "port") : [];
    case "envVar":
      return view ? nested(view, "env", "env") : [];
    case "volume":
      return view ? volumeElements(view) : [];
    case "policyRule":
      return policyRuleElements(object);
    case "subject":
      return subjectElements(object);
    default:
      return [];
  }
}

// src/evaluate/pod-kinds.ts
var TEMPLATE_SPEC = ["spec", "template", "spec"];
var JOB_TEMPLATE_SPEC = ["spec", "jobTemplate", "spec", "template", "spec"];
function atPaths(paths, noun = "pod") {
  if (paths.length === 1 && !paths[0].includes("*")) {
    const [path] = paths;
    return (object) => {
      const view = viewAt(object, path);
      return view ? [view] : [];
    };
  }
  const names2 = distinguishing(paths);
  return (object) => {
    const out = [];
    paths.forEach((path, i) => {
      for (const match of expand2(object, path))
        namedView(object, match.path, [names2[i], ...match.names], noun, out);
    });
    return out;
  };
}
function namedView(object, path, parts2, noun, out) {
  const view = viewAt(object, path);
  if (!view) return;
  const name = parts2.filter((p) => p !== "").join(".");
  out.push(name ? { ...view, name, noun } : view);
}
function distinguishing(paths) {
  if (paths.length < 2) return paths.map(() => "");
  const at2 = paths[0].findIndex((seg, i) => paths.some((p) => p[i] !== seg));
  return paths.map((p) => at2 < 0 ? formatFieldPath(p) : String(p[at2] ?? ""));
}
function expand2(object, path) {
  const star = path.indexOf("*");
  if (star < 0) return [{ path, names: [] }];
  let parent = object;
  for (const seg of path.slice(0, star)) {
    if (parent === null || typeof parent !== "object") return [];
    parent = parent[seg];
  }
  const keys = Array.isArray(parent) ? parent.map((item, i) => [
    i,
    isJsonObject(item) && typeof item.name === "string" ? item.name : String(i)
  ]) : isJsonObject(parent) ? Object.keys(parent).map((k) => [k, k]) : [];
  const out = [];
  for (const [key, name] of keys)
    for (const rest of expand2(object, [...path.slice(0, star), key, ...path.slice(star + 1)]))
      out.push({ path: rest.path, names: [name, ...rest.names] });
  return out;
}
function fixed(path, required, groups) {
  return { pods: atPaths([path]), where: path, required, ...groups ? { groups } : {} };
}
var ARGO = ["argoproj.io"];
var argo = (specPath, clusterScoped = false) => ({
  groups: ARGO,
  pods: (object) => argoWorkflowPods(object, specPath),
  where: [...specPath, "templates"],
  required: false,
  ...clusterScoped ? { clusterScoped } : {}
});
var ANALYSIS_JOB = [
  "spec",
  "metrics",
  "*",
  "provider",
  "job",
  "spec",
  "template",
  "spec"
];
var analysisJobs = () => ({
  groups: ARGO,
  pods: atPaths([ANALYSIS_JOB], "metric"),
  where: ANALYSIS_JOB,
  required: false
});
var BUILTIN = [
  // Kubernetes' own workloads. Kinds that reuse their names keep the pod template where
  // they do: OpenKruise's Advanced StatefulSet and Advanced DaemonSet (apps.kruise.io).
  ["Pod", fixed(["spec"], true)],
  ["Deployment", fixed(TEMPLATE_SPEC, true)],
  ["StatefulSet", fixed(TEMPLATE_SPEC, true)],
  ["DaemonSet", fixed(TEMPLATE_SPEC, true)],
  ["ReplicaSet", fixed(TEMPLATE_SPEC, true)],
  ["ReplicationController", fixed(TEMPLATE_SPEC, true)],
  ["Job", fixed(TEMPLATE_SPEC, true)],
  // OpenShift's DeploymentConfig keeps its pod template where a Deployment does.
  ["DeploymentConfig", fixed(TEMPLATE_SPEC, true)],
  ["PodTemplate", fixed(["template", "spec"], true)],
  ["CronJob", fixed(JOB_TEMPLATE_SPEC, true)],
  // Custom resources. Their pod spec may be optional or elsewhere in older versions of the
  // API, so an object without one is not an error.
  // Argo Rollouts: a Deployment's template, or a workloadRef to a Deployment instead.
  ["Rollout", fixed(TEMPLATE_SPEC, false, ARGO)],
  // Argo Rollouts' analysis templates: a metric measured by a Job runs that Job's pod.
  ["AnalysisTemplate", analysisJobs()],
  ["ClusterAnalysisTemplate", { ...analysisJobs(), clusterScoped: true }],
  // Argo Workflows: one pod per template that runs containers (see argo-workflows.ts).
  ["Workflow", argo(["spec"])],
  ["WorkflowTemplate", argo(["spec"])],
  ["ClusterWorkflowTemplate", argo(["spec"], true)],
  ["CronWorkflow", argo(["spec", "workflowSpec"])],
  // Knative Serving: a Service (not the core one: its own API group) and a Configuration
  // keep a revision template.
  ["Service", fixed(TEMPLATE_SPEC, false, ["serving.knative.dev"])],
  ["Configuration", fixed(TEMPLATE_SPEC, false, ["serving.knative.dev"])],
  // KEDA: a ScaledJob's jobTargetRef is a Job spec.
  ["ScaledJob", fixed(["spec", "jobTargetRef", "template", "spec"], false, ["keda.sh"])],
  // OpenKruise's CloneSet (its StatefulSet and DaemonSet are above).
  ["CloneSet", fixed(TEMPLATE_SPEC, false, ["apps.kruise.io"])]
];
function workloadKinds(custom = []) {
  const kinds = /* @__PURE__ */ new Map();
  const add2 = (kind, entry2) => {
    const list5 = kinds.get(kind);
    if (list5) list5.push(entry2);
    else kinds.set(kind, [entry2]);
  };
  for (const c of custom)
    add2(c.kind, {
      pods: atPaths(c.podSpecPaths),
      where: c.podSpecPaths[0],
      required: true,
      ...c.apiGroup !== void 0 ? { groups: [c.apiGroup] } : {}
    });
  for (const [kind, entry2] of BUILTIN) add2(kind, entry2);
  return kinds;
}
var BUILTIN_WORKLOAD_KINDS = workloadKinds();
var groupOf = (apiVersion) => {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
};
function podsOf(object, kind, apiVersion, kinds) {
  const entries3 = kinds.get(kind);
  if (entries3) {
    for (const entry2 of entries3) {
      if (entry2.groups && !entry2.groups.includes(groupOf(apiVersion))) continue;
      const views = entry2.pods(object);
      return {
        views,
        clusterScoped: entry2.clusterScoped === true,
        ...views.length === 0 && entry2.required ? { missing: entry2.where } : {}
      };
    }
  }
  const shaped = shapedPod(object);
  return shaped ? { views: [shaped], clusterScoped: false } : void 0;
}
function shapedPod(object) {
  const spec = object.spec;
  if (!isJsonObject(spec)) return void 0;
  if (isJsonObject(spec.template) && isPodSpec(spec.template.spec))
    return viewAt(object, TEMPLATE_SPEC);
  const job = spec.jobTemplate;
  if (isJsonObject(job) && isJsonObject(job.spec) && isJsonObject(job.spec.template)) {
    if (isPodSpec(job.spec.template.spec)) return viewAt(object, JOB_TEMPLATE_SPEC);
  }
  return void 0;
}
function isPodSpec(v) {
  if (!isJsonObject(v) || !Array.isArray(v.containers) || v.containers.length === 0) return false;
  let image = false;
  for (const c of v.containers) {
    if (!isJsonObject(c)) return false;
    if (typeof c.image === "string") image = true;
  }
  return image;
}
function isNamespacedWorkload(object, kind, apiVersion, kinds) {
  const pods = podsOf(object, kind, apiVersion, kinds);
  return pods !== void 0 && !pods.clusterScoped;
}

// src/evaluate/analysis-facts.ts
var CONNECTING_KINDS = /* @__PURE__ */ new Set([
  "Service",
  "Ingress",
  "HTTPRoute",
  "GRPCRoute",
  "TLSRoute",
  "TCPRoute",
  "Gateway",
  "ServiceAccount",
  "Namespace",
  "NetworkPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding"
]);
function stringMap(v) {
  const out = {};
  if (isJsonObject(v)) {
    for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  }
  return out;
}
function containersOf(podSpec) {
  const out = [];
  for (const key of ["containers", "initContainers", "ephemeralContainers"]) {
    const list5 = podSpec[key];
    if (Array.isArray(list5)) {
      for (const c of list5) if (isJsonObject(c)) out.push(c);
    }
  }
  return out;
}
var windowsOptionsOf = (context) => isJsonObject(context.windowsOptions) ? context.windowsOptions : {};
function mayRunAsRoot(container, pod, windows) {
  const own = isJsonObject(container.securityContext) ? container.securityContext : {};
  const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
  if (windows) {
    const name = windowsOptionsOf(own).runAsUserName ?? windowsOptionsOf(pod).runAsUserName;
    if (typeof name === "string") return name.toLowerCase() === "containeradministrator";
    return nonRoot !== true;
  }
  const user = own.runAsUser ?? pod.runAsUser;
  if (typeof user === "number") return user === 0 || user < 0 && nonRoot !== true;
  return nonRoot !== true;
}
function risksOf(podSpec) {
  const risks = [];
  const pod = isJsonObject(podSpec.securityContext) ? podSpec.securityContext : {};
  const containers = containersOf(podSpec);
  const names2 = (list5) => list5.map((c) => String(c.name)).join(", ");
  const privileged = containers.filter(
    (c) => isJsonObject(c.securityContext) && c.securityContext.privileged === true
  );
  if (privileged.length) risks.push(`runs privileged (${names2(privileged)})`);
  const hostProcess = containers.filter((c) => {
    const own = isJsonObject(c.securityContext) ? windowsOptionsOf(c.securityContext) : {};
    return (own.hostProcess ?? windowsOptionsOf(pod).hostProcess) === true;
  });
  if (hostProcess.length)
    risks.push(`runs as a Windows HostProcess container (${names2(hostProcess)})`);
  if (podSpec.hostNetwork === true || podSpec.hostPID === true || podSpec.hostIPC === true)
    risks.push("shares the node's namespaces");
  const windows = podOS(podSpec) === "windows";
  const root = containers.filter((c) => mayRunAsRoot(c, pod, windows));
  if (root.length) risks.push(`is not made to run as a non-root user (${names2(root)})`);
  return risks;
}
function workloadFacts(resource, kinds) {
  const pods = podsOf(resource.object, resource.kind, resource.apiVersion, kinds);
  if (!pods || pods.clusterScoped || pods.views.length === 0) return [];
  const annotations = isJsonObject(resource.object.metadata) ? resource.object.metadata.annotations : void 0;
  const waivers = {};
  if (isJsonObject(annotations)) {
    for (const [k, v] of Object.entries(annotations))
      if (k.startsWith(WAIVER_PREFIX)) waivers[k] = v;
  }
  return pods.views.map((view) => podFacts(resource, view, waivers));
}
function podFacts(resource, view, waivers) {
  const automount = view.podSpec.automountServiceAccountToken;
  const podSpecPath = [...resource.basePath, ...view.podSpecPath];
  return {
    id: resourceId(resource),
    kind: resource.kind,
    name: resource.name,
    namespace: resource.namespace,
    podLabels: stringMap(view.podMeta.labels),
    serviceAccount: serviceAccountOf(view.podSpec),
    ...typeof automount === "boolean" ? { automountToken: automount } : {},
    risks: risksOf(view.podSpec),
    location: { file: resource.file, line: resource.locator.locate(podSpecPath).line },
    podSpecPath,
    waivers,
    hostNetwork: view.podSpec.hostNetwork === true
  };
}
var ROLE_KINDS = /* @__PURE__ */ new Set(["Role", "ClusterRole"]);
var judgesRoles = (r) => !r.analyser && r.match.kinds.some((k) => ROLE_KINDS.has(k));
var BINDING_RULES = /* @__PURE__ */ new Set([
  "cluster-admin-binding",
  "rbac-anonymous-subject"
]);
var readsBindings = (rules) => rules.some((r) => judgesRoles(r) || BINDING_RULES.has(r.id));

// src/evaluate/admission/cel-input.ts
function toCelValue(v) {
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(toCelValue);
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = toCelValue(x);
    return out;
  }
  return v;
}

// src/evaluate/admission/ast.ts
function isNode(v) {
  return v !== null && typeof v === "object" && typeof v.op === "string";
}
function visitArgs(v, visit) {
  if (isNode(v)) walk2(v, visit);
  else if (Array.isArray(v)) for (const x of v) visitArgs(x, visit);
}
function walk2(node2, visit) {
  if (!isNode(node2)) return;
  visit(node2);
  visitArgs(node2.args, visit);
}
function identifier(n) {
  return isNode(n) && n.op === "id" && typeof n.args === "string" ? n.args : void 0;
}
function selection(n) {
  if (!Array.isArray(n.args) || n.args.length !== 2) return void 0;
  const [operand, key] = n.args;
  if (!isNode(operand)) return void 0;
  if ((n.op === "." || n.op === ".?") && typeof key === "string") return [operand, key];
  if ((n.op === "[]" || n.op === "[?]") && isNode(key) && key.op === "value") {
    const k = key.args;
    if (typeof k === "string" || typeof k === "bigint" || typeof k === "number")
      return [operand, String(k)];
  }
  return void 0;
}
function pathFrom(root, n) {
  if (identifier(n) === root) return [];
  const s = selection(n);
  if (!s) return void 0;
  const base = pathFrom(root, s[0]);
  return base && [...base, s[1]];
}

// src/evaluate/admission/field-reads.ts
function objectReads(ast) {
  const out = [];
  walk2(ast, (n) => {
    const p = pathFrom("object", n);
    if (p && p.length > 0) out.push(p);
  });
  return out;
}
function valueAt2(root, path) {
  let v = root;
  for (const key of path) {
    if (Array.isArray(v)) {
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= v.length) return void 0;
      v = v[i];
    } else if (v !== null && typeof v === "object" && Object.hasOwn(v, key)) {
      v = v[key];
    } else return void 0;
  }
  return v;
}
function deepestExistingRead(reads, object) {
  let best = [];
  for (const p of reads) if (p.length > best.length && valueAt2(object, p) !== void 0) best = p;
  return best;
}

// src/evaluate/admission/element-blame.ts
function sourceOf(expression, n) {
  const { start, end } = n;
  return typeof start === "number" && typeof end === "number" && end > start ? expression.slice(start, end) : void 0;
}
function listChecks(env, expression, ast, variablePaths) {
  const out = [];
  walk2(ast, (n) => {
    if (n.op !== "rcall" || !Array.isArray(n.args) || n.args[0] !== "all") return;
    const [, receiver, args] = n.args;
    if (!isNode(receiver) || !Array.isArray(args) || args.length !== 2) return;
    const variable = identifier(args[0]);
    const bodyNode = args[1];
    if (!variable || !isNode(bodyNode)) return;
    const listPath = pathFrom("object", receiver) ?? variableListPath(receiver, variablePaths);
    const text2 = sourceOf(expression, bodyNode);
    if (!listPath || text2 === void 0) return;
    let body;
    try {
      body = env.parse(text2);
    } catch {
      return;
    }
    const reads = [];
    walk2(bodyNode, (m) => {
      const p = pathFrom(variable, m);
      if (p && p.length > 0) reads.push(p);
    });
    reads.sort((a, b) => b.length - a.length);
    out.push({ listPath, variable, body, reads });
  });
  return out;
}
function variableListPath(receiver, variablePaths) {
  const p = pathFrom("variables", receiver);
  return p?.length === 1 ? variablePaths.get(p[0]) : void 0;
}
function blamedItem(checks, ctx, celObject) {
  for (const check2 of checks) {
    const list5 = valueAt2(celObject, check2.listPath);
    if (!Array.isArray(list5)) continue;
    for (const [i, item] of list5.entries()) {
      let result;
      try {
        result = check2.body({ ...ctx, [check2.variable]: item });
      } catch {
        continue;
      }
      if (result !== false) continue;
      const field = check2.reads.find((p) => valueAt2(item, p) !== void 0) ?? [];
      return [...check2.listPath, String(i), ...field];
    }
  }
  return void 0;
}

// src/evaluate/admission/expressions.ts
function errorMessage2(e) {
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}
function analyse(ast) {
  const needs = /* @__PURE__ */ new Set();
  const variables = [];
  walk2(ast, (n) => {
    if (identifier(n) === "authorizer") needs.add("authorizer");
    const s = selection(n);
    if (!s) return;
    const path = pathFrom("request", n);
    if (path?.[0] === "userInfo") needs.add("request.userInfo");
    if (identifier(s[0]) === "variables") variables.push(s[1]);
  });
  return { needs, variables };
}
function compilePolicy(env, policy, userInfoKnown) {
  const variables = /* @__PURE__ */ new Map();
  const compile2 = (expression) => {
    let program;
    try {
      program = env.parse(expression);
    } catch (e) {
      return { expression, compileError: errorMessage2(e), needs: [], reads: [] };
    }
    const a = analyse(program.ast);
    const needs = new Set([...a.needs].filter((n) => n !== "request.userInfo" || !userInfoKnown));
    const reads = objectReads(program.ast);
    for (const name of a.variables) {
      const v = variables.get(name);
      if (!v) {
        return {
          expression,
          compileError: `undeclared reference to 'variables.${name}'`,
          needs: [],
          reads: []
        };
      }
      for (const n of v.needs) needs.add(n);
      reads.push(...v.reads);
    }
    const objectPath = isNode(program.ast) ? pathFrom("object", program.ast) : void 0;
    const variablePaths = /* @__PURE__ */ new Map();
    for (const [name, v] of variables) if (v.objectPath) variablePaths.set(name, v.objectPath);
    const checks = listChecks(env, expression, program.ast, variablePaths);
    return {
      expression,
      program,
      needs: [...needs],
      reads,
      ...checks.length ? { listChecks: checks } : {},
      ...objectPath ? { objectPath } : {}
    };
  };
  for (const v of policy.variables) variables.set(v.name, compile2(v.expression));
  return {
    variables,
    matchConditions: policy.matchConditions.map((m) => compile2(m.expression)),
    validations: policy.validations.map((v) => compile2(v.expression)),
    messages: policy.validations.map(
      (v) => v.messageExpression === void 0 ? void 0 : compile2(v.messageExpression)
    ),
    auditAnnotations: policy.auditAnnotations.map((a) => compile2(a.valueExpression))
  };
}
function needsMessage(needs) {
  const what = needs.map(
    (n) => n === "authorizer" ? "the authorizer (the permissions of the requesting user)" : "request.userInfo (the requesting user, unknown offline unless given)"
  ).join(" and ");
  return `cannot be evaluated without a cluster: the expression reads ${what}`;
}

// src/evaluate/admission/evaluate.ts
var MAX_MESSAGE_BYTES = 5 * 1024;
function run(e, ctx) {
  if (!e.program) return { error: `compilation failed: ${e.compileError ?? "unknown error"}` };
  try {
    const value = e.program(ctx);
    if (value !== null && typeof value?.then === "function")
      return { error: "asynchronous CEL functions are not supported" };
    return { value };
  } catch (err) {
    return { error: errorMessage2(err) };
  }
}
function lazyVariables(compiled2, ctx) {
  const variables = {};
  for (const [name, e] of compiled2.variables) {
    let memo;
    Object.defineProperty(variables, name, {
      enumerable: true,
      get() {
        memo ??= run(e, ctx);
        if ("error" in memo) throw new Error(`variable '${name}' failed: ${memo.error}`);
        return memo.value;
      }
    });
  }
  return variables;
}
function celType(v) {
  if (v === null) return "null";
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "double";
  if (Array.isArray(v)) return "list";
  return typeof v === "object" ? "map" : typeof v;
}
function evaluateInvocation(input) {
  const { policy, compiled: compiled2, binding, object } = input;
  const ctx = { ...input.context };
  ctx.variables = lazyVariables(compiled2, ctx);
  const verdicts = [];
  const pathOf = (e) => deepestExistingRead(e.reads, object);
  const failure = (source, message, why, fieldPath, bindingActions = true) => {
    const ignored = policy.failurePolicy === "Ignore";
    const actions = ignored ? [] : bindingActions ? [...binding.validationActions] : ["Deny"];
    return {
      kind: "error",
      source,
      actions,
      message,
      reason: "Invalid",
      fieldPath,
      failure: {
        failurePolicy: policy.failurePolicy,
        outcome: ignored ? "ignored" : "enforced",
        why
      }
    };
  };
  const needsCluster = (source, e) => ({
    kind: "needs-cluster",
    source,
    actions: [...binding.validationActions],
    message: needsMessage(e.needs),
    reason: "Invalid",
    fieldPath: pathOf(e)
  });
  let unknown;
  let error;
  for (const [i, m] of policy.matchConditions.entries()) {
    const e = compiled2.matchConditions[i];
    const source = { type: "matchCondition", name: m.name };
    if (e.needs.length > 0) {
      unknown ??= needsCluster(source, e);
      continue;
    }
    const r = run(e, ctx);
    if ("value" in r && r.value === false) return { verdicts: [], annotations: [] };
    if ("error" in r || r.value !== true) {
      const msg = "error" in r ? r.error : `must evaluate to bool, got ${celType(r.value)}`;
      error ??= failure(
        source,
        `matchCondition '${m.name}': ${msg}`,
        "a match condition failed to evaluate",
        []
      );
    }
  }
  if (unknown) return { verdicts: [unknown], annotations: [] };
  if (error) return { verdicts: [error], annotations: [] };
  for (const [index2, v] of policy.validations.entries()) {
    const e = compiled2.validations[index2];
    const source = { type: "validation", index: index2 };
    if (e.needs.length > 0) {
      verdicts.push(needsCluster(source, e));
      continue;
    }
    const r = run(e, ctx);
    if ("error" in r) {
      const why = e.program ? "the expression failed at runtime" : "the expression does not compile";
      verdicts.push(
        failure(
          source,
          `expression '${v.expression}' resulted in error: ${r.error}`,
          why,
          pathOf(e)
        )
      );
      continue;
    }
    if (r.value === true) continue;
    if (r.value !== false) {
      const msg = `expression '${v.expression}' must evaluate to bool, got ${celType(r.value)}`;
      verdicts.push(failure(source, msg, "the expression is not a boolean", pathOf(e)));
      continue;
    }
    verdicts.push({
      kind: "violation",
      source,
      actions: [...binding.validationActions],
      message: violationMessage(v.expression, v.message, compiled2.messages[index2], ctx),
      reason: v.reason ?? "Invalid",
      // The item of a list that fails an all(), where the validation has one; else the
      // deepest field it reads.
      fieldPath: (e.listChecks && blamedItem(e.listChecks, ctx, ctx.object)) ?? pathOf(e)
    });
  }
  const annotations = [];
  for (const [i, a] of policy.auditAnnotations.entries()) {
    const e = compiled2.auditAnnotations[i];
    const source = { type: "auditAnnotation", key: a.key };
    if (e.needs.length > 0) {
      verdicts.push(needsCluster(source, e));
      continue;
    }
    const r = run(e, ctx);
    if ("value" in r && (r.value === null || typeof r.value === "string")) {
      const value = typeof r.value === "string" ? r.value.trim() : "";
      if (value) annotations.push([a.key, value]);
      continue;
    }
    const msg = "error" in r ? `valueExpression '${a.valueExpression}' resulted in error: ${r.error}` : `valueExpression '${a.valueExpression}' resulted in unsupported return type ${celType(r.value)}; it must be a string or null`;
    verdicts.push(failure(source, msg, "an audit annotation failed to evaluate", [], false));
  }
  return { verdicts, annotations };
}
function violationMessage(expression, message, messageExpression, ctx) {
  if (messageExpression && messageExpression.needs.length === 0) {
    const r = run(messageExpression, ctx);
    if ("value" in r && typeof r.value === "string") {
      const m = r.value.trim();
      if (m && !m.includes("\n") && new TextEncoder().encode(m).length <= MAX_MESSAGE_BYTES)
        return m;
    }
  }
  if (message?.trim()) return message.trim();
  return `failed expression: ${expression.trim()}`;
}

// src/evaluate/admission/fields.ts
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function record2(v) {
  return isRecord(v) ? v : void 0;
}
function str2(v) {
  return typeof v === "string" ? v : void 0;
}
function list3(v) {
  return Array.isArray(v) ? v : [];
}
function strList(v) {
  return list3(v).filter((x) => typeof x === "string");
}
function stringMap2(v) {
  const out = {};
  const r = record2(v);
  if (r) {
    for (const [k, x] of Object.entries(r)) if (typeof x === "string") out[k] = x;
  }
  return out;
}
function metadata2(o) {
  return record2(o?.metadata) ?? {};
}
function nameOf2(o) {
  return str2(metadata2(o).name) ?? "";
}
function labelsOf2(o) {
  return stringMap2(metadata2(o).labels);
}
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

// src/evaluate/admission/label-selector.ts
var EMPTY_SELECTOR = { matchLabels: {}, matchExpressions: [] };
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function readLabelSelector(v, field, problems) {
  if (v === void 0 || v === null) return EMPTY_SELECTOR;
  if (!isRecord(v)) {
    problems.push(`${field}: a label selector must be an object`);
    return EMPTY_SELECTOR;
  }
  const matchExpressions = [];
  list3(v.matchExpressions).forEach((e, i) => {
    const at2 = `${field}.matchExpressions[${i}]`;
    const key = isRecord(e) ? str2(e.key) : void 0;
    const operator = isRecord(e) ? str2(e.operator) : void 0;
    const values = isRecord(e) ? strList(e.values) : [];
    if (!key || !operator || !OPERATORS.has(operator)) {
      problems.push(`${at2}: needs a key and an operator among In, NotIn, Exists, DoesNotExist`);
      return;
    }
    const needsValues = operator === "In" || operator === "NotIn";
    if (needsValues && values.length === 0)
      problems.push(`${at2}: ${operator} needs at least one value`);
    if (!needsValues && values.length > 0) problems.push(`${at2}: ${operator} takes no values`);
    matchExpressions.push({ key, operator, values });
  });
  return { matchLabels: stringMap2(v.matchLabels), matchExpressions };
}
function isEmptySelector(s) {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}
function selectorMatches(s, labels) {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const r of s.matchExpressions) {
    const has = Object.hasOwn(labels, r.key);
    switch (r.operator) {
      case "In":
        if (!has || !r.values.includes(labels[r.key])) return false;
        break;
      case "NotIn":
        if (has && r.values.includes(labels[r.key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// src/evaluate/admission/policy-objects.ts
var ADMISSION_POLICY_KIND = "ValidatingAdmissionPolicy";
var ADMISSION_BINDING_KIND = "ValidatingAdmissionPolicyBinding";
var ACTIONS = /* @__PURE__ */ new Set(["Deny", "Warn", "Audit"]);
var REASONS = /* @__PURE__ */ new Set(["Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge"]);
var OPERATIONS = /* @__PURE__ */ new Set(["*", "CREATE", "UPDATE", "DELETE", "CONNECT"]);
function readRule(v, at2, issues) {
  if (!isRecord(v)) {
    issues.push(`${at2}: a rule must be an object`);
    return void 0;
  }
  const scope = str2(v.scope) ?? "*";
  if (scope !== "*" && scope !== "Cluster" && scope !== "Namespaced")
    issues.push(`${at2}.scope: must be Cluster, Namespaced or *`);
  const rule = {
    apiGroups: strList(v.apiGroups),
    apiVersions: strList(v.apiVersions),
    resources: strList(v.resources),
    operations: strList(v.operations),
    resourceNames: strList(v.resourceNames),
    scope
  };
  for (const f of ["apiGroups", "apiVersions", "resources", "operations"])
    if (rule[f].length === 0) issues.push(`${at2}.${f}: required`);
  for (const op of rule.operations)
    if (!OPERATIONS.has(op)) issues.push(`${at2}.operations: unknown operation ${op}`);
  return rule;
}
function readMatchResources(v, at2, issues) {
  const r = record2(v) ?? {};
  const rules = (key) => list3(r[key]).map((x, i) => readRule(x, `${at2}.${key}[${i}]`, issues)).filter((x) => x !== void 0);
  const matchPolicy = str2(r.matchPolicy) ?? "Equivalent";
  if (matchPolicy !== "Exact" && matchPolicy !== "Equivalent")
    issues.push(`${at2}.matchPolicy: must be Exact or Equivalent`);
  return {
    namespaceSelector: readLabelSelector(r.namespaceSelector, `${at2}.namespaceSelector`, issues),
    objectSelector: readLabelSelector(r.objectSelector, `${at2}.objectSelector`, issues),
    resourceRules: rules("resourceRules"),
    excludeResourceRules: rules("excludeResourceRules"),
    matchPolicy: matchPolicy === "Exact" ? "Exact" : "Equivalent"
  };
}
function readKeyed(v, at2, idField, expressionField, issues) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  list3(v).forEach((x, i) => {
    const id = isRecord(x) ? str2(x[idField]) : void 0;
    const expression = isRecord(x) ? str2(x[expressionField]) : void 0;
    if (!id || !expression) {
      issues.push(`${at2}[${i}]: needs ${idField} and ${expressionField}`);
      return;
    }
    if (seen.has(id)) issues.push(`${at2}[${i}].${idField}: duplicate ${idField} ${id}`);
    seen.add(id);
    out.push([id, expression]);
  });
  return out;
}
function readNamed(v, at2, issues) {
  return readKeyed(v, at2, "name", "expression", issues).map(([name, expression]) => ({
    name,
    expression
  }));
}
function readValidations(v, issues) {
  const out = [];
  list3(v).forEach((x, i) => {
    const at2 = `spec.validations[${i}]`;
    const expression = isRecord(x) ? str2(x.expression) : void 0;
    if (!isRecord(x) || !expression) {
      issues.push(`${at2}.expression: required`);
      out.push({ expression: "" });
      return;
    }
    const validation = { expression };
    const message = str2(x.message);
    if (message !== void 0) {
      if (message.includes("\n")) issues.push(`${at2}.message: must be a single line`);
      validation.message = message;
    }
    const messageExpression = str2(x.messageExpression);
    if (messageExpression !== void 0) validation.messageExpression = messageExpression;
    const reason = str2(x.reason);
    if (reason !== void 0) {
      if (!REASONS.has(reason))
        issues.push(`${at2}.reason: must be one of ${[...REASONS].join(", ")}`);
      validation.reason = reason;
    }
    out.push(validation);
  });
  return out;
}
function readAuditAnnotations(v, issues) {
  const entries3 = readKeyed(v, "spec.auditAnnotations", "key", "valueExpression", issues);
  return entries3.map(([key, valueExpression]) => ({ key, valueExpression }));
}
function toProblems(kind, name, issues) {
  return issues.map((issue) => {
    const colon = issue.indexOf(": ");
    return { kind, name, field: issue.slice(0, colon), message: issue.slice(colon + 2) };
  });
}
function readPolicy(o) {
  const name = str2(metadata2(o).name) ?? "";
  const spec = record2(o.spec);
  const issues = [];
  if (!name) issues.push("metadata.name: required");
  if (!spec) {
    issues.push("spec: required");
    return { problems: toProblems(ADMISSION_POLICY_KIND, name, issues) };
  }
  const failurePolicy = str2(spec.failurePolicy) ?? "Fail";
  if (failurePolicy !== "Fail" && failurePolicy !== "Ignore")
    issues.push("spec.failurePolicy: must be Fail or Ignore");
  let matchConstraints;
  if (!isRecord(spec.matchConstraints)) issues.push("spec.matchConstraints: required");
  else {
    matchConstraints = readMatchResources(spec.matchConstraints, "spec.matchConstraints", issues);
    if (matchConstraints.resourceRules.length === 0)
      issues.push("spec.matchConstraints.resourceRules: required");
  }
  let paramKind;
  const pk = record2(spec.paramKind);
  if (pk) {
    const apiVersion = str2(pk.apiVersion);
    const kind = str2(pk.kind);
    if (apiVersion && kind) paramKind = { apiVersion, kind };
    else issues.push("spec.paramKind: needs apiVersion and kind");
  }
  const validations = readValidations(spec.validations, issues);
  const auditAnnotations = readAuditAnnotations(spec.auditAnnotations, issues);
  if (validations.length === 0 && auditAnnotations.length === 0)
    issues.push("spec.validations: validations and auditAnnotations may not both be empty");
  const policy = {
    name,
    // An invalid value is reported above and taken as the default, Fail: failing closed.
    failurePolicy: failurePolicy === "Ignore" ? "Ignore" : "Fail",
    matchConditions: readNamed(spec.matchConditions, "spec.matchConditions", issues),
    variables: readNamed(spec.variables, "spec.variables", issues),
    validations,
    auditAnnotations,
    source: o
  };
  if (matchConstraints) policy.matchConstraints = matchConstraints;
  if (paramKind) policy.paramKind = paramKind;
  return {
    policy: name ? policy : void 0,
    problems: toProblems(ADMISSION_POLICY_KIND, name, issues)
  };
}
function readParamRef(v, issues) {
  const r = record2(v);
  if (!r) return void 0;
  const name = str2(r.name);
  const hasSelector = isRecord(r.selector);
  if (name && hasSelector) issues.push("spec.paramRef: name and selector are mutually exclusive");
  if (!name && !hasSelector) issues.push("spec.paramRef: one of name or selector is required");
  const action = str2(r.parameterNotFoundAction);
  if (action === void 0) issues.push("spec.paramRef.parameterNotFoundAction: required");
  else if (action !== "Allow" && action !== "Deny")
    issues.push("spec.paramRef.parameterNotFoundAction: must be Allow or Deny");
  const ref = { parameterNotFoundAction: action === "Deny" ? "Deny" : "Allow" };
  if (name) ref.name = name;
  const namespace = str2(r.namespace);
  if (namespace) ref.namespace = namespace;
  if (hasSelector) ref.selector = readLabelSelector(r.selector, "spec.paramRef.selector", issues);
  return ref;
}
function readBinding(o) {
  const name = str2(metadata2(o).name) ?? "";
  const spec = record2(o.spec) ?? {};
  const issues = [];
  if (!name) issues.push("metadata.name: required");
  const policyName = str2(spec.policyName) ?? "";
  if (!policyName) issues.push("spec.policyName: required");
  const actions = strList(spec.validationActions);
  if (actions.length === 0) issues.push("spec.validationActions: required");
  for (const a of actions) if (!ACTIONS.has(a)) issues.push(`spec.validationActions: unknown ${a}`);
  if (new Set(actions).size !== actions.length)
    issues.push("spec.validationActions: duplicate actions");
  const invalidPair = actions.includes("Deny") && actions.includes("Warn");
  if (invalidPair) issues.push("spec.validationActions: Deny and Warn may not be used together");
  const binding = {
    name,
    policyName,
    validationActions: [...new Set(actions.filter((a) => ACTIONS.has(a)))],
    source: o
  };
  const paramRef = readParamRef(spec.paramRef, issues);
  if (paramRef) binding.paramRef = paramRef;
  if (isRecord(spec.matchResources))
    binding.matchResources = readMatchResources(spec.matchResources, "spec.matchResources", issues);
  const usable = name && policyName && binding.validationActions.length > 0 && !invalidPair;
  return {
    binding: usable ? binding : void 0,
    problems: toProblems(ADMISSION_BINDING_KIND, name, issues)
  };
}

// src/evaluate/admission/load.ts
function loadPolicies(input) {
  const problems = [];
  const policies = [];
  for (const manifest of input.policies) {
    const r = readPolicy(manifest);
    problems.push(...r.problems);
    if (!r.policy) continue;
    const compiled2 = compilePolicy(input.celEnvironment, r.policy, input.userInfo !== void 0);
    problems.push(...compileProblems(r.policy, compiled2));
    policies.push({ policy: r.policy, compiled: compiled2 });
  }
  const bindings = [];
  const bindingsByPolicy = /* @__PURE__ */ new Map();
  for (const manifest of input.bindings) {
    const r = readBinding(manifest);
    problems.push(...r.problems);
    if (!r.binding) continue;
    bindings.push(r.binding);
    const list5 = bindingsByPolicy.get(r.binding.policyName) ?? [];
    list5.push(r.binding);
    bindingsByPolicy.set(r.binding.policyName, list5);
  }
  return { policies, bindings, bindingsByPolicy, problems };
}
function compileProblems(policy, c) {
  const out = [];
  const add2 = (field, error) => {
    if (error !== void 0)
      out.push({
        kind: ADMISSION_POLICY_KIND,
        name: policy.name,
        field,
        message: `does not compile: ${error}`
      });
  };
  policy.variables.forEach(
    (v, i) => add2(`spec.variables[${i}].expression`, c.variables.get(v.name)?.compileError)
  );
  c.matchConditions.forEach((e, i) => add2(`spec.matchConditions[${i}].expression`, e.compileError));
  c.validations.forEach((e, i) => add2(`spec.validations[${i}].expression`, e.compileError));
  c.messages.forEach((e, i) => add2(`spec.validations[${i}].messageExpression`, e?.compileError));
  c.auditAnnotations.forEach(
    (e, i) => add2(`spec.auditAnnotations[${i}].valueExpression`, e.compileError)
  );
  return out;
}

// src/evaluate/admission/params.ts
function paramNamespace(o) {
  return str2(metadata2(o).namespace) ?? "default";
}
function paramIdentity(p) {
  const namespace = str2(metadata2(p).namespace);
  return namespace ? { name: nameOf2(p), namespace } : { name: nameOf2(p) };
}
function paramsOfKind(kind, candidates) {
  const want = splitApiVersion(kind.apiVersion).group;
  return candidates.filter(
    (o) => o.kind === kind.kind && splitApiVersion(str2(o.apiVersion) ?? "").group === want
  );
}
function paramKindNamespaced(kind, ref, ofKind, mapper) {
  if (mapper.knowsScope(kind.apiVersion, kind.kind))
    return mapper.lookup(kind.apiVersion, kind.kind, false).namespaced;
  return !!ref?.namespace || ofKind.some((o) => !!str2(metadata2(o).namespace));
}
function resolveParams(kind, ref, requestNamespace, candidates, mapper) {
  if (!kind || !ref) return { params: [null] };
  let found = paramsOfKind(kind, candidates);
  if (paramKindNamespaced(kind, ref, found, mapper)) {
    const ns = ref.namespace ?? requestNamespace;
    if (!ns)
      return {
        error: "cannot use namespaced paramRef in policy binding that matches cluster-scoped resources"
      };
    found = found.filter((o) => paramNamespace(o) === ns);
  } else if (ref.namespace) {
    return { error: "paramRef.namespace must not be provided for a cluster-scoped `paramKind`" };
  }
  if (ref.name !== void 0) found = found.filter((o) => nameOf2(o) === ref.name);
  else if (ref.selector) {
    const selector = ref.selector;
    found = found.filter((o) => selectorMatches(selector, labelsOf2(o)));
  }
  if (found.length === 0 && ref.parameterNotFoundAction === "Deny")
    return { error: "no params found for policy binding with `Deny` parameterNotFoundAction" };
  return { params: found };
}

// src/evaluate/admission/resources.ts
var N = true;
var C = false;
var BUILTIN2 = {
  "": [
    ["Binding", "bindings", N],
    ["ComponentStatus", "componentstatuses", C],
    ["ConfigMap", "configmaps", N],
    ["Endpoints", "endpoints", N],
    ["Event", "events", N],
    ["LimitRange", "limitranges", N],
    ["Namespace", "namespaces", C],
    ["Node", "nodes", C],
    ["PersistentVolume", "persistentvolumes", C],
    ["PersistentVolumeClaim", "persistentvolumeclaims", N],
    ["Pod", "pods", N],
    ["PodTemplate", "podtemplates", N],
    ["ReplicationController", "replicationcontrollers", N],
    ["ResourceQuota", "resourcequotas", N],
    ["Secret", "secrets", N],
    ["Service", "services", N],
    ["ServiceAccount", "serviceaccounts", N]
  ],
  apps: [
    ["ControllerRevision", "controllerrevisions", N],
    ["DaemonSet", "daemonsets", N],
    ["Deployment", "deployments", N],
    ["ReplicaSet", "replicasets", N],
    ["StatefulSet", "statefulsets", N]
  ],
  extensions: [
    ["DaemonSet", "daemonsets", N],
    ["Deployment", "deployments", N],
    ["Ingress", "ingresses", N],
    ["NetworkPolicy", "networkpolicies", N],
    ["PodSecurityPolicy", "podsecuritypolicies", C],
    ["ReplicaSet", "replicasets", N]
  ],
  batch: [
    ["CronJob", "cronjobs", N],
    ["Job", "jobs", N]
  ],
  autoscaling: [["HorizontalPodAutoscaler", "horizontalpodautoscalers", N]],
  policy: [
    ["PodDisruptionBudget", "poddisruptionbudgets", N],
    ["PodSecurityPolicy", "podsecuritypolicies", C]
  ],
  "networking.k8s.io": [
    ["IPAddress", "ipaddresses", C],
    ["Ingress", "ingresses", N],
    ["IngressClass", "ingressclasses", C],
    ["NetworkPolicy", "networkpolicies", N],
    ["ServiceCIDR", "servicecidrs", C]
  ],
  "rbac.authorization.k8s.io": [
    ["ClusterRole", "clusterroles", C],
    ["ClusterRoleBinding", "clusterrolebindings", C],
    ["Role", "roles", N],
    ["RoleBinding", "rolebindings", N]
  ],
  "storage.k8s.io": [
    ["CSIDriver", "csidrivers", C],
    ["CSINode", "csinodes", C],
    ["CSIStorageCapacity", "csistoragecapacities", N],
    ["StorageClass", "storageclasses", C],
    ["VolumeAttachment", "volumeattachments", C]
  ],
  "admissionregistration.k8s.io": [
    ["MutatingAdmissionPolicy", "mutatingadmissionpolicies", C],
    ["MutatingAdmissionPolicyBinding", "mutatingadmissionpolicybindings", C],
    ["MutatingWebhookConfiguration", "mutatingwebhookconfigurations", C],
    ["ValidatingAdmissionPolicy", "validatingadmissionpolicies", C],
    ["ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", C],
    ["ValidatingWebhookConfiguration", "validatingwebhookconfigurations", C]
  ],
  "apiextensions.k8s.io": [["CustomResourceDefinition", "customresourcedefinitions", C]],
  "apiregistration.k8s.io": [["APIService", "apiservices", C]],
  "certificates.k8s.io": [["CertificateSigningRequest", "certificatesigningrequests", C]],
  "coordination.k8s.io": [["Lease", "leases", N]],
  "discovery.k8s.io": [["EndpointSlice", "endpointslices", N]],
  "events.k8s.io": [["Event", "events", N]],
  "flowcontrol.apiserver.k8s.io": [
    ["FlowSchema", "flowschemas", C],
    ["PriorityLevelConfiguration", "prioritylevelconfigurations", C]
  ],
  "node.k8s.io": [["RuntimeClass", "runtimeclasses", C]],
  "scheduling.k8s.io": [["PriorityClass", "priorityclasses", C]],
  // Gateway API kinds are CRDs, but common enough that their scope should not be guessed.
  "gateway.networking.k8s.io": [
    ["GRPCRoute", "grpcroutes", N],
    ["Gateway", "gateways", N],
    ["GatewayClass", "gatewayclasses", C],
    ["HTTPRoute", "httproutes", N],
    ["ReferenceGrant", "referencegrants", N]
  ]
};
var EQUIVALENT_GROUPS = {
  deployments: [["apps", "extensions"]],
  daemonsets: [["apps", "extensions"]],
  replicasets: [["apps", "extensions"]],
  ingresses: [["networking.k8s.io", "extensions"]],
  networkpolicies: [["networking.k8s.io", "extensions"]],
  podsecuritypolicies: [["policy", "extensions"]],
  events: [["", "events.k8s.io"]]
};
function equivalentGroups(group, resource) {
  const sets = EQUIVALENT_GROUPS[resource] ?? [];
  const set2 = sets.find((s) => s.includes(group));
  return set2 ? [group, ...set2.filter((g) => g !== group)] : [group];
}
function guessResource(kind) {
  const lower = kind.toLowerCase();
  if (lower.endsWith("endpoints")) return lower;
  if (lower.endsWith("s")) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}
var ResourceMapper = class {
  crds = /* @__PURE__ */ new Map();
  constructor(customResourceDefinitions = []) {
    for (const crd of customResourceDefinitions) {
      const spec = record2(crd.spec);
      const names2 = record2(spec?.names);
      const group = str2(spec?.group);
      const kind = str2(names2?.kind);
      const plural = str2(names2?.plural);
      if (group === void 0 || !kind || !plural) continue;
      this.crds.set(`${group}/${kind}`, {
        resource: plural,
        namespaced: spec?.scope !== "Cluster"
      });
    }
  }
  /** Resource and scope of a kind; `hasNamespace` decides the scope of an unknown kind. */
  lookup(apiVersion, kind, hasNamespace) {
    const { group, version } = splitApiVersion(apiVersion);
    const crd = this.crds.get(`${group}/${kind}`);
    if (crd) return { group, version, kind, ...crd, origin: "crd" };
    const entry2 = BUILTIN2[group]?.find(([k]) => k === kind);
    if (entry2)
      return { group, version, kind, resource: entry2[1], namespaced: entry2[2], origin: "builtin" };
    return {
      group,
      version,
      kind,
      resource: guessResource(kind),
      namespaced: hasNamespace,
      origin: "guess"
    };
  }
  /** Whether a kind's scope is known (from a CRD or the table) rather than guessed. */
  knowsScope(apiVersion, kind) {
    return this.lookup(apiVersion, kind, false).origin !== "guess";
  }
  /** The resource of a manifest. */
  of(o) {
    return this.lookup(str2(o.apiVersion) ?? "", str2(o.kind) ?? "", !!str2(metadata2(o).namespace));
  }
};

// src/evaluate/admission/match.ts
var NO_MATCH = { matches: false, namespaceLabelsUnknown: false };
function exactOrWildcard(items2, value) {
  return items2.includes("*") || items2.includes(value);
}
function resourceMatches2(rule, resource) {
  return rule.resources.some((r) => {
    const slash = r.indexOf("/");
    const res = slash < 0 ? r : r.slice(0, slash);
    const sub = slash < 0 ? "" : r.slice(slash + 1);
    return (res === "*" || res === resource) && (sub === "*" || sub === "");
  });
}
function scopeMatches(rule, a) {
  const isNamespace = a.resource.group === "" && a.resource.resource === "namespaces";
  if (rule.scope === "Namespaced") return !isNamespace && a.namespace !== "";
  if (rule.scope === "Cluster") return isNamespace || a.namespace === "";
  return true;
}
function ruleMatches(rule, a, group, version) {
  return scopeMatches(rule, a) && exactOrWildcard(rule.operations, a.operation) && exactOrWildcard(rule.apiGroups, group) && exactOrWildcard(rule.apiVersions, version) && resourceMatches2(rule, a.resource.resource) && (rule.resourceNames.length === 0 || rule.resourceNames.includes(a.name));
}
function matchRules(rules, a, equivalent) {
  const own = a.resource;
  for (const rule of rules)
    if (ruleMatches(rule, a, own.group, own.version))
      return { group: own.group, version: own.version, resource: own.resource, kind: own.kind };
  if (!equivalent) return void 0;
  for (const rule of rules)
    for (const group of equivalentGroups(own.group, own.resource)) {
      if (!exactOrWildcard(rule.apiGroups, group)) continue;
      const version = rule.apiVersions.find((v) => v !== "*") ?? own.version;
      if (ruleMatches(rule, a, group, version))
        return { group, version, resource: own.resource, kind: own.kind };
    }
  return void 0;
}
function namespaceSelectorOutcome(m, a) {
  const isNamespace = a.resource.group === "" && a.resource.resource === "namespaces";
  if (a.namespace === "" && !isNamespace) return { matches: true, unknown: false };
  if (isEmptySelector(m.namespaceSelector)) return { matches: true, unknown: false };
  if (isNamespace && (a.operation === "CREATE" || a.operation === "UPDATE"))
    return {
      matches: selectorMatches(m.namespaceSelector, labelsOf2(a.object ?? void 0)),
      unknown: false
    };
  if (a.namespaceLabels === void 0) return { matches: true, unknown: true };
  return { matches: selectorMatches(m.namespaceSelector, a.namespaceLabels), unknown: false };
}
function objectSelectorMatches(m, a) {
  if (isEmptySelector(m.objectSelector)) return true;
  return [a.object, a.oldObject].some(
    (o) => o !== null && selectorMatches(m.objectSelector, labelsOf2(o))
  );
}
function matchResources(m, a, requireRules) {
  const ns = namespaceSelectorOutcome(m, a);
  if (!ns.matches) return NO_MATCH;
  if (!objectSelectorMatches(m, a)) return NO_MATCH;
  const equivalent = m.matchPolicy === "Equivalent";
  if (matchRules(m.excludeResourceRules, a, equivalent)) return NO_MATCH;
  if (m.resourceRules.length === 0) {
    if (requireRules) return NO_MATCH;
    const r = a.resource;
    return {
      matches: true,
      namespaceLabelsUnknown: ns.unknown,
      matched: { group: r.group, version: r.version, resource: r.resource, kind: r.kind }
    };
  }
  const matched = matchRules(m.resourceRules, a, equivalent);
  return matched ? { matches: true, namespaceLabelsUnknown: ns.unknown, matched } : NO_MATCH;
}

// src/evaluate/admission/requests.ts
function knownNamespaces(input) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, v] of input.namespaces) {
    const isObject = isRecord(v.metadata) || v.kind === "Namespace";
    const labels = isObject ? labelsOf2(v) : v;
    const object = isObject ? v : { apiVersion: "v1", kind: "Namespace", metadata: { name, labels } };
    out.set(name, { labels, object });
  }
  for (const { object } of input.objects)
    if (object.kind === "Namespace" && object.apiVersion === "v1" && !out.has(nameOf2(object)))
      out.set(nameOf2(object), { labels: labelsOf2(object), object });
  return out;
}
function requestAttributes(o, mapper, namespaces) {
  const isDelete = o.operation === "DELETE";
  const object = isDelete ? null : o.object;
  const oldObject = isDelete ? o.oldObject ?? o.object : o.oldObject ?? null;
  const manifest = object ?? oldObject ?? o.object;
  const declared = o.namespace ?? str2(metadata2(manifest).namespace);
  const resource = mapper.lookup(
    str2(manifest.apiVersion) ?? "",
    str2(manifest.kind) ?? "",
    !!declared
  );
  const isNamespace = isNamespaceResource(resource);
  const name = nameOf2(manifest);
  const namespace = isNamespace ? name : resource.namespaced ? declared ?? "default" : "";
  return {
    operation: o.operation,
    resource,
    name,
    namespace,
    object,
    oldObject,
    namespaceLabels: isNamespace ? void 0 : namespaces.get(namespace)?.labels
  };
}
var EXEMPT_KINDS = /* @__PURE__ */ new Set([
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration"
]);
function isExemptConfiguration(a) {
  return a.resource.group === "admissionregistration.k8s.io" && EXEMPT_KINDS.has(a.resource.kind);
}
function isNamespaceResource(r) {
  return r.group === "" && r.resource === "namespaces";
}
var OPTIONS_KIND = {
  CREATE: "CreateOptions",
  UPDATE: "UpdateOptions",
  DELETE: "DeleteOptions"
};
function celRequest(a, matched, input) {
  const r = a.resource;
  const request = {
    uid: "",
    kind: { group: matched.group, version: matched.version, kind: matched.kind },
    resource: { group: matched.group, version: matched.version, resource: matched.resource },
    subResource: "",
    requestKind: { group: r.group, version: r.version, kind: r.kind },
    requestResource: { group: r.group, version: r.version, resource: r.resource },
    requestSubResource: "",
    name: a.name,
    namespace: a.namespace,
    operation: a.operation,
    dryRun: false
  };
  const optionsKind = OPTIONS_KIND[a.operation];
  if (optionsKind) request.options = { apiVersion: "meta.k8s.io/v1", kind: optionsKind };
  if (input.userInfo) request.userInfo = input.userInfo;
  return toCelValue(request);
}
function* bindingMatches(input, loaded, mapper, namespaces) {
  for (const [objectIndex, o] of input.objects.entries()) {
    const attributes = requestAttributes(o, mapper, namespaces);
    if (isExemptConfiguration(attributes)) continue;
    for (const { policy, compiled: compiled2 } of loaded.policies) {
      if (!policy.matchConstraints) continue;
      const pm = matchResources(policy.matchConstraints, attributes, true);
      if (!pm.matches || !pm.matched) continue;
      for (const binding of loaded.bindingsByPolicy.get(policy.name) ?? []) {
        const bm = binding.matchResources ? matchResources(binding.matchResources, attributes, false) : pm;
        if (!bm.matches) continue;
        yield {
          objectIndex,
          attributes,
          policy,
          compiled: compiled2,
          binding,
          matched: pm.matched,
          namespaceLabelsUnknown: pm.namespaceLabelsUnknown || bm.namespaceLabelsUnknown
        };
      }
    }
  }
}

// src/evaluate/admission/engine.ts
function createAdmissionEngine(setup) {
  const loaded = loadPolicies(setup);
  const mapper = new ResourceMapper(setup.customResourceDefinitions);
  const given = knownNamespaces({ ...setup, objects: [] });
  const fromSetup = new WeakSet(setup.paramObjects);
  for (const { object } of given.values()) fromSetup.add(object);
  const setupValues = /* @__PURE__ */ new WeakMap();
  return {
    problems: loaded.problems,
    evaluate: (objects2) => {
      const input = { ...setup, objects: objects2 };
      const namespaces = objects2.some((o) => o.object.kind === "Namespace") ? knownNamespaces(input) : given;
      const callValues = /* @__PURE__ */ new Map();
      const celOf = (o) => {
        const values = fromSetup.has(o) ? setupValues : callValues;
        if (values.has(o)) return values.get(o);
        const v = toCelValue(o);
        values.set(o, v);
        return v;
      };
      return evaluateLoaded(input, loaded, mapper, namespaces, celOf);
    }
  };
}
function evaluateLoaded(input, loaded, mapper, namespaces, celOf) {
  const verdicts = [];
  const annotations = /* @__PURE__ */ new Map();
  for (const m of bindingMatches(input, loaded, mapper, namespaces)) {
    const { attributes: a, policy, binding, objectIndex } = m;
    const ref = input.objects[objectIndex].ref;
    const who = ref === void 0 ? { objectIndex } : { objectIndex, ref };
    const nsObject = isNamespaceResource(a.resource) ? null : namespaces.get(a.namespace)?.object;
    const context = {
      object: a.object === null ? null : celOf(a.object),
      oldObject: a.oldObject === null ? null : celOf(a.oldObject),
      namespaceObject: nsObject ? celOf(nsObject) : null,
      request: celRequest(a, m.matched, input)
    };
    const common2 = {
      policy: policy.name,
      binding: binding.name,
      ...who,
      namespaceLabelsUnknown: m.namespaceLabelsUnknown
    };
    const resolved2 = resolveParams(
      policy.paramKind,
      binding.paramRef,
      a.namespace,
      input.paramObjects,
      mapper
    );
    if (resolved2.error !== void 0) {
      const ignored = policy.failurePolicy === "Ignore";
      verdicts.push({
        ...common2,
        kind: "error",
        source: { type: "param" },
        actions: ignored ? [] : ["Deny"],
        message: `failed to configure binding: ${resolved2.error}`,
        reason: "Invalid",
        fieldPath: [],
        auditAnnotations: {},
        failure: {
          failurePolicy: policy.failurePolicy,
          outcome: ignored ? "ignored" : "enforced",
          why: "the binding's parameters could not be resolved"
        }
      });
      continue;
    }
    for (const param2 of resolved2.params) {
      const result = evaluateInvocation({
        policy,
        compiled: m.compiled,
        binding,
        context: { ...context, params: param2 === null ? null : celOf(param2) },
        object: a.object ?? a.oldObject
      });
      const produced = {};
      for (const [k, value] of result.annotations) {
        const key = `${policy.name}/${k}`;
        produced[key] = value;
        const id = `${objectIndex}\0${key}`;
        const entry2 = annotations.get(id) ?? {
          record: { policy: policy.name, ...who, key, value },
          values: []
        };
        if (!entry2.values.includes(value)) entry2.values.push(value);
        annotations.set(id, entry2);
      }
      const p = param2 ? paramIdentity(param2) : void 0;
      for (const v of result.verdicts)
        verdicts.push({ ...common2, ...p ? { param: p } : {}, ...v, auditAnnotations: produced });
    }
  }
  const auditAnnotations = [...annotations.values()].map(({ record: record3, values }) => ({
    ...record3,
    value: values.join(", ")
  }));
  return { verdicts, auditAnnotations, problems: loaded.problems };
}

// src/evaluate/admission/describe.ts
function describePolicies(input) {
  const loaded = loadPolicies(input);
  const mapper = new ResourceMapper(input.customResourceDefinitions);
  const policies = loaded.policies.map(({ policy }) => {
    const d = {
      name: policy.name,
      failurePolicy: policy.failurePolicy,
      paramsFound: policy.paramKind ? paramsOfKind(policy.paramKind, input.paramObjects).map(paramIdentity) : [],
      bindings: (loaded.bindingsByPolicy.get(policy.name) ?? []).map((b) => b.name)
    };
    if (policy.paramKind) d.paramKind = policy.paramKind;
    return d;
  });
  const names2 = new Set(policies.map((p) => p.name));
  const bindings = new Map(
    loaded.bindings.map((b) => {
      const d = {
        name: b.name,
        policy: b.policyName,
        policyFound: names2.has(b.policyName),
        validationActions: b.validationActions,
        matches: []
      };
      if (b.paramRef) d.paramRef = b.paramRef;
      return [b.name, d];
    })
  );
  for (const m of bindingMatches(input, loaded, mapper, knownNamespaces(input))) {
    const ref = input.objects[m.objectIndex].ref;
    const r = resolveParams(
      m.policy.paramKind,
      m.binding.paramRef,
      m.attributes.namespace,
      input.paramObjects,
      mapper
    );
    const match = {
      objectIndex: m.objectIndex,
      namespaceLabelsUnknown: m.namespaceLabelsUnknown,
      params: (r.params ?? []).filter((p) => p !== null).map(paramIdentity)
    };
    if (ref !== void 0) match.ref = ref;
    if (r.error !== void 0) match.paramError = r.error;
    bindings.get(m.binding.name)?.matches.push(match);
  }
  return { policies, bindings: [...bindings.values()], problems: loaded.problems };
}

// src/evaluate/records.ts
var RBAC_KINDS = /* @__PURE__ */ new Set([
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding"
]);
var ADMISSION_KINDS = /* @__PURE__ */ new Set([
  ADMISSION_POLICY_KIND,
  ADMISSION_BINDING_KIND,
  "Namespace"
]);
var BINDING_KINDS = /* @__PURE__ */ new Set(["RoleBinding", "ClusterRoleBinding"]);
function partPaths(resource) {
  if (resource.kind === ADMISSION_POLICY_KIND) return validationPaths(resource.object);
  if (!BINDING_KINDS.has(resource.kind)) return [];
  const out = [["roleRef.name", ["roleRef", "name"]]];
  const subjects = resource.object.subjects;
  if (Array.isArray(subjects))
    subjects.forEach((s, i) => {
      if (isJsonObject(s)) out.push([`subjects[${i}].name`, ["subjects", i, "name"]]);
    });
  return out;
}
function validationPaths(policy) {
  const spec = policy.spec;
  const validations = isJsonObject(spec) ? spec.validations : void 0;
  if (!Array.isArray(validations)) return [];
  return validations.map((_v, i) => [
    `spec.validations[${i}]`,
    ["spec", "validations", i]
  ]);
}
function keepsRecord(mode, resource) {
  if (mode === "all") return true;
  if (mode === "none") return false;
  return RBAC_KINDS.has(resource.kind) || ADMISSION_KINDS.has(resource.kind);
}
function recordOf(resource) {
  const { line } = resource.locator.locate([...resource.basePath, "metadata", "name"]);
  const record3 = {
    id: resourceId(resource),
    kind: resource.kind,
    namespace: resource.namespace,
    location: { file: resource.file, line },
    object: resource.object
  };
  const paths = partPaths(resource);
  if (paths.length) {
    const parts2 = {};
    for (const [key, path] of paths)
      parts2[key] = {
        file: resource.file,
        line: resource.locator.locate([...resource.basePath, ...path]).line
      };
    record3.parts = parts2;
  }
  return record3;
}
function oldObjectsOf(records) {
  return new Map(records.map((r) => [r.id, r.object]));
}
function readsOldObject(check2) {
  return check2 !== void 0 && /\boldObject\b/.test(check2);
}

// src/analyse/graph.ts
var folder = (file) => file.slice(0, Math.max(0, file.lastIndexOf("/")));
function kindOfId(id) {
  const first = id.indexOf("/");
  return first < 0 ? id : id.slice(0, first);
}
function nameOfId(id) {
  const first = id.indexOf("/");
  const second = first < 0 ? -1 : id.indexOf("/", first + 1);
  return second < 0 ? "" : id.slice(second + 1);
}
function appendTo(map2, key, item) {
  const list5 = map2.get(key);
  if (list5) list5.push(item);
  else map2.set(key, [item]);
}
function scopeFor(from, namespace) {
  if (from.unit !== void 0) return `render:${from.unit}|${namespace}`;
  return namespace ? `ns:${namespace}` : `dir:${folder(from.location.file)}`;
}
var scopeOf = (p) => scopeFor(p, p.namespace);
var unitIdOf = (unit, id) => `${unit ?? ""}\0${id}`;
var recordUnitIdOf = (r) => unitIdOf(r.unit, r.id);
var CLUSTER_SCOPED2 = /* @__PURE__ */ new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding"
]);
function keyOf(kind, from, namespace, name) {
  const scope = CLUSTER_SCOPED2.has(kind) ? `cluster:${from.unit ?? ""}` : scopeFor(from, namespace);
  return `${kind}|${scope}|${name}`;
}
var recordKeyOf = (r) => keyOf(r.kind, r, r.namespace, nameOfId(r.id));
var Graph = class {
  constructor(input) {
    this.input = input;
    for (const r of input.objects) {
      if (r.kind === "NetworkPolicy") appendTo(this.policiesByScope, scopeOf(r), r);
      appendTo(this.byKind, r.kind, r);
    }
    for (const w of input.workloads) {
      const scope = scopeOf(w);
      appendTo(this.workloadsByScope, scope, w);
      for (const k of Object.keys(w.podLabels))
        appendTo(this.workloadsByLabel, `${scope}|${k}=${w.podLabels[k]}`, w);
    }
  }
  input;
  /**
   * Per kind, its records by scope and name (keyOf), and by unit and id
   * (`unit\u0000Kind/ns/name`, for the bindings behind a power): built for a kind the first
   * time it is looked up, since most kinds never are.
   */
  byKey = /* @__PURE__ */ new Map();
  byUnitId = /* @__PURE__ */ new Map();
  policiesByScope = /* @__PURE__ */ new Map();
  byKind = /* @__PURE__ */ new Map();
  workloadsByScope = /* @__PURE__ */ new Map();
  /** Workloads by scope and one pod label (`scope|key=value`), for selectors. */
  workloadsByLabel = /* @__PURE__ */ new Map();
  permissions = /* @__PURE__ */ new Map();
  powers = /* @__PURE__ */ new Map();
  /**
   * dangerOf by verb, API group, resource and whether the grant names its objects, the only
   * parts of a grant it reads: the same roles are bound to many service accounts, and
   * dangerOf tests a dozen patterns.
   */
  dangers = /* @__PURE__ */ new Map();
  /**
   * The workloads beside `p` whose pod labels include every pair: looked up by the first
   * pair, so that many Services over many workloads stay linear.
   */
  workloadsMatching(p, pairs3) {
    if (pairs3.length === 0) return [];
    const [k, v] = pairs3[0];
    const candidates = this.workloadsByLabel.get(`${scopeOf(p)}|${k}=${v}`) ?? [];
    return candidates.filter((w) => pairs3.every(([a, b]) => w.podLabels[a] === b));
  }
  /** The object `kind` named `name` in `namespace`, as seen from `from`. */
  object(kind, from, namespace, name) {
    return this.indexOf(this.byKey, kind, recordKeyOf).get(keyOf(kind, from, namespace, name));
  }
  /** The record with resource id `id` among the objects applied with `unit`. */
  objectById(unit, id) {
    const index2 = this.indexOf(this.byUnitId, kindOfId(id), recordUnitIdOf);
    return index2.get(unitIdOf(unit, id));
  }
  /** The records of `kind` by `key`, built into `indexes` the first time it is asked for. */
  indexOf(indexes2, kind, key) {
    let index2 = indexes2.get(kind);
    if (!index2) {
      index2 = /* @__PURE__ */ new Map();
      for (const r of this.ofKind(kind)) {
        const k = key(r);
        if (index2.get(k) === void 0) index2.set(k, r);
      }
      indexes2.set(kind, index2);
    }
    return index2;
  }
  /** The NetworkPolicies of one scope. */
  policiesIn(scope) {
    return this.policiesByScope.get(scope) ?? [];
  }
  ofKind(kind) {
    return this.byKind.get(kind) ?? [];
  }
  /**
   * The workloads deployed beside `from` whose pods run as the service account `account` of
   * `namespace` (`default` for pods that name none).
   */
  workloadsAs(from, namespace, account) {
    const workloads = this.workloadsByScope.get(scopeFor(from, namespace)) ?? [];
    return workloads.filter((w) => w.serviceAccount === account && !w.notDeployed);
  }
  /** Each scope that runs workloads, with them. */
  scopes() {
    return [...this.workloadsByScope.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1);
  }
  /** Effective permissions among the objects applied together with `unit` (plain or one render). */
  permissionsFor(unit) {
    const key = unit ?? "";
    let map2 = this.permissions.get(key);
    if (!map2) {
      map2 = effectivePermissions(
        this.input.objects.filter((r) => RBAC_KINDS.has(r.kind) && r.unit === unit).map((r) => ({ object: r.object, id: r.id }))
      );
      this.permissions.set(key, map2);
    }
    return map2;
  }
  dangerOf(grant) {
    const key = `${grant.verb}\0${grant.apiGroup}\0${grant.resource}\0${grant.resourceName === "" ? "" : "named"}`;
    if (this.dangers.has(key)) return this.dangers.get(key);
    const danger = dangerOf(grant);
    this.dangers.set(key, danger);
    return danger;
  }
  /**
   * Whether Kubernetes mounts the service-account token into the workload's pods: the pod's
   * own setting wins; else the ServiceAccount object's, where it is applied with the
   * workload; else it does.
   */
  mountsToken(workload) {
    return this.accountMounts(
      workload.automountToken,
      this.object("ServiceAccount", workload, workload.namespace, workload.serviceAccount)
    );
  }
  /** As mountsToken, for a pod that does not say, from its account's name and place. */
  accountMountsToken(account) {
    const from = { namespace: account.namespace, location: { file: account.file, line: 1 } };
    const placed = account.unit === void 0 ? from : { ...from, unit: account.unit };
    return this.accountMounts(
      void 0,
      this.object("ServiceAccount", placed, account.namespace, account.name)
    );
  }
  /**
   * Whether the account is granted any permission by the RBAC objects applied with the pods
   * that assume it: an account given permissions is one whose pods are meant to call the API.
   */
  accountIsGranted(account) {
    const subject = `ServiceAccount ${account.namespace || UNSET_NAMESPACE}/${account.name}`;
    return (this.permissionsFor(account.unit).get(subject)?.size ?? 0) > 0;
  }
  accountMounts(own, account) {
    if (own !== void 0) return own;
    return account?.object.automountServiceAccountToken !== false;
  }
  /**
   * The dangerous permissions that code in the workload's pods holds: those of its service
   * account, when the pods mount its token (none when they do not).
   */
  tokenPowerOf(workload) {
    return this.mountsToken(workload) ? this.powerOf(workload) : [];
  }
  /** The dangerous permissions of the service account a workload runs as. */
  powerOf(workload) {
    const subject = `ServiceAccount ${workload.namespace || UNSET_NAMESPACE}/${workload.serviceAccount}`;
    const cacheKey = `${workload.unit ?? ""}\0${subject}`;
    const cached2 = this.powers.get(cacheKey);
    if (cached2) return cached2;
    const grants = this.permissionsFor(workload.unit).get(subject);
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { grant, sources } of grants?.values() ?? []) {
      const danger = this.dangerOf(grant);
      if (!danger) continue;
      const binding = sources[0]?.binding ?? "";
      const role = sources[0]?.role ?? "";
      if (seen.has(binding)) continue;
      seen.add(binding);
      const verb = grant.verb === "*" ? "do anything" : grant.verb;
      const summary = `its service account "${workload.serviceAccount}" may ${verb} on ${describeTarget(grant)} ${describeScope(grant.scope)} through ${describeId(binding)} (${role.replace("/", " ")}): ${danger}`;
      const record3 = this.objectById(workload.unit, binding);
      out.push({ summary, ...record3 ? { location: record3.location } : {} });
    }
    this.powers.set(cacheKey, out);
    return out;
  }
};

// src/analyse/bindings.ts
var BINDING_KINDS2 = ["RoleBinding", "ClusterRoleBinding"];
var isRoleFinding = (f) => ROLE_KINDS.has(kindOfId(f.resource));
var BUILT_IN_AGGREGATION = {
  "rbac.authorization.k8s.io/aggregate-to-view": ["view", "edit", "admin"],
  "rbac.authorization.k8s.io/aggregate-to-edit": ["edit", "admin"],
  "rbac.authorization.k8s.io/aggregate-to-admin": ["admin"]
};
var asObject2 = (v) => isJsonObject(v) ? v : void 0;
function labelsOf3(record3) {
  const out = {};
  const labels = asObject2(asObject2(record3.object.metadata)?.labels) ?? {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === "string") out[k] = v;
  return out;
}
function appendTo2(map2, key, item) {
  const list5 = map2.get(key);
  if (list5) list5.push(item);
  else map2.set(key, [item]);
}
var indexes = /* @__PURE__ */ new WeakMap();
function bindingsOf2(graph) {
  let index2 = indexes.get(graph);
  if (!index2) indexes.set(graph, index2 = new Bindings(graph));
  return index2;
}
var Bindings = class {
  constructor(graph) {
    this.graph = graph;
    for (const kind of BINDING_KINDS2) {
      for (const record3 of graph.ofKind(kind)) {
        if (!isRbac({ object: record3.object, id: record3.id })) continue;
        const ref = asObject2(record3.object.roleRef);
        if (!ref || typeof ref.name !== "string") continue;
        const clusterWide = kind === "ClusterRoleBinding";
        const roleKind = ref.kind === "Role" ? "Role" : ref.kind === "ClusterRole" ? "ClusterRole" : "";
        if (!roleKind || clusterWide && roleKind === "Role") continue;
        const role = this.graph.object(roleKind, record3, record3.namespace, ref.name);
        const subjects = [];
        const own = clusterWide ? void 0 : record3.namespace || UNSET_NAMESPACE;
        const list5 = Array.isArray(record3.object.subjects) ? record3.object.subjects : [];
        list5.forEach((s, index2) => {
          const subject = subjectOf(s, own);
          if (subject !== void 0) subjects.push({ subject, index: index2 });
        });
        const bound = {
          record: record3,
          clusterWide,
          roleKind,
          roleName: ref.name,
          ...role ? { role } : {},
          subjects
        };
        this.all.push(bound);
        if (role) appendTo2(this.byRole, role, bound);
        else if (roleKind === "ClusterRole")
          appendTo2(this.toAbsent, `${record3.unit ?? ""}\0${ref.name}`, bound);
      }
    }
    for (const role of graph.ofKind("ClusterRole")) {
      const aggregation = asObject2(role.object.aggregationRule);
      const selectors = (Array.isArray(aggregation?.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []).filter(isJsonObject);
      if (selectors.length) appendTo2(this.aggregating, role.unit ?? "", { role, selectors });
    }
  }
  graph;
  all = [];
  byRole = /* @__PURE__ */ new Map();
  /** Bindings to ClusterRoles that are not among the objects (built in), by unit and name. */
  toAbsent = /* @__PURE__ */ new Map();
  /** Per unit, the ClusterRoles' rules with aggregation resolved (permissions.ts). */
  clusterRules = /* @__PURE__ */ new Map();
  /** Per unit, the ClusterRoles that aggregate others, with their selectors. */
  aggregating = /* @__PURE__ */ new Map();
  /** The rules a role grants: its own, or for an aggregated ClusterRole those it gathers. */
  rulesOf(role) {
    if (role.kind === "Role") return rulesOf(role.object);
    const unit = role.unit ?? "";
    let rules = this.clusterRules.get(unit);
    if (!rules) {
      rules = clusterRoleRules(
        this.graph.ofKind("ClusterRole").filter((r) => (r.unit ?? "") === unit).map((r) => ({ object: r.object, id: r.id }))
      );
      this.clusterRules.set(unit, rules);
    }
    return rules.get(nameOfId(role.id)) ?? [];
  }
  /**
   * The bindings that grant `role`: its own, and for a ClusterRole those of the ClusterRoles
   * among the objects that aggregate it (followed up the chain), and of the built-in admin,
   * edit and view where its labels feed them. `builtIn` names those built-in roles.
   */
  granteesOf(role) {
    const grantees = (this.byRole.get(role) ?? []).map((bound) => ({ bound }));
    const builtIn = /* @__PURE__ */ new Set();
    if (role.kind !== "ClusterRole") return { grantees, builtIn: [] };
    const seen = /* @__PURE__ */ new Set([role]);
    const queue = [role];
    while (queue.length) {
      const current = queue.shift();
      const labels = labelsOf3(current);
      for (const [label, roles] of Object.entries(BUILT_IN_AGGREGATION))
        if (labels[label] === "true") for (const r of roles) builtIn.add(r);
      for (const { role: other, selectors } of this.aggregating.get(current.unit ?? "") ?? []) {
        if (seen.has(other) || !selectors.some((s) => selects(s, labels))) continue;
        seen.add(other);
        queue.push(other);
        const via = nameOfId(other.id);
        for (const bound of this.byRole.get(other) ?? []) grantees.push({ bound, via });
      }
    }
    const unit = role.unit ?? "";
    for (const name of builtIn)
      for (const bound of this.toAbsent.get(`${unit}\0${name}`) ?? [])
        grantees.push({ bound, via: name });
    return { grantees, builtIn: [...builtIn] };
  }
};
function broadness(subject) {
  const sa = /^ServiceAccount ([^/]*)\/default$/.exec(subject);
  if (sa) {
    const ns = sa[1] === UNSET_NAMESPACE ? "" : sa[1];
    return `the default service account, which every pod ${inNamespace(ns)} that names none runs as`;
  }
  const group = subject.startsWith("Group ") ? subject.slice(6) : "";
  if (group === "system:authenticated" || group === "system:unauthenticated" || group === "system:serviceaccounts" || group.startsWith("system:serviceaccounts:") || subject === "User system:anonymous")
    return describeSubject(subject);
  return void 0;
}
var MAX_SUBJECTS = 5;
var MAX_RELATED = 10;
var MAX_WORKLOADS = 3;
function placedOf(f) {
  const first = f.resource.indexOf("/");
  const second = f.resource.indexOf("/", first + 1);
  const namespace = f.resource.slice(first + 1, second);
  return { namespace, location: f.location, ...f.unit !== void 0 ? { unit: f.unit } : {} };
}
function workloadsOf(graph, bound, subject) {
  const sa = /^ServiceAccount ([^/]*)\/(.*)$/.exec(subject);
  if (!sa) return [];
  const namespace = sa[1] === UNSET_NAMESPACE ? "" : sa[1];
  return graph.workloadsAs(bound.record, namespace, sa[2]);
}
function closeness(file, to) {
  if (file === to) return Number.MAX_SAFE_INTEGER;
  let i = 0;
  while (i < file.length && i < to.length && file[i] === to[i]) i++;
  return file.lastIndexOf("/", i - 1) + 1;
}
function closestById(items2, idOf, fileOf, file) {
  const best = /* @__PURE__ */ new Map();
  for (const item of items2) {
    const id = idOf(item);
    const kept = best.get(id);
    if (!kept || closeness(fileOf(item), file) > closeness(fileOf(kept), file)) best.set(id, item);
  }
  return [...best.values()];
}
function holdersOf(graph, bindings, role, file) {
  const found = bindings.granteesOf(role);
  if (found.grantees.length === 0 && found.builtIn.length === 0) return void 0;
  const grantees = closestById(
    found.grantees,
    (g) => `${g.bound.record.id}\0${g.via ?? ""}`,
    (g) => g.bound.record.location.file,
    file
  );
  const parts2 = [];
  const related = [];
  let broad;
  const seen = /* @__PURE__ */ new Set();
  let more = 0;
  for (const { bound, via } of grantees) {
    const through = `${describeId(bound.record.id)}${via ? ` (through ClusterRole ${via}, which aggregates it)` : ""}`;
    const names2 = bound.subjects.map((s) => s.subject);
    related.push({
      file: bound.record.location.file,
      line: bound.record.location.line,
      message: `${describeId(bound.record.id)} grants it${via ? ` through ClusterRole ${via}` : ""} to ${names2.length ? names2.map(describeSubject).join(", ") : "no subject yet"}`
    });
    for (const subject of names2) {
      broad ??= broadness(subject);
      const key = `${subject}\0${bound.record.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (parts2.length >= MAX_SUBJECTS) {
        more++;
        continue;
      }
      const workloads = closestById(
        workloadsOf(graph, bound, subject),
        (w) => w.id,
        (w) => w.location.file,
        file
      );
      const run3 = workloads.length ? `, run by ${workloads.slice(0, MAX_WORKLOADS).map((w) => `${w.kind} ${w.name}`).join(
        ", "
      )}${workloads.length > MAX_WORKLOADS ? ` and ${workloads.length - MAX_WORKLOADS} more` : ""}` : "";
      parts2.push(`${describeSubject(subject)} through ${through}${run3}`);
      for (const w of workloads.slice(0, MAX_WORKLOADS))
        related.push({
          file: w.location.file,
          line: w.location.line,
          message: `${w.kind} ${w.name} runs as ${describeSubject(subject)}`
        });
    }
  }
  const holders = parts2.length ? `held by ${parts2.join("; ")}${more ? `; and ${more} more` : ""}` : grantees.length ? `bound through ${[...new Set(grantees.map((g) => describeId(g.bound.record.id)))].join(", ")} to no subject yet` : "";
  const { builtIn } = found;
  const aggregated = builtIn.length ? `aggregated into the built-in ClusterRole${builtIn.length > 1 ? "s" : ""} ${builtIn.join(", ")}, so whoever the cluster binds to ${builtIn.length > 1 ? "them" : "it"} holds it too` : "";
  return {
    words: [holders, aggregated].filter(Boolean).join("; "),
    related: related.slice(0, MAX_RELATED),
    ...broad ? { broad } : {}
  };
}
function withHolders(findings, graph, rules, settings) {
  const judging = new Map(rules.filter(judgesRoles).map((r) => [r.id, r]));
  let bindings;
  const cache2 = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const rule = judging.get(f.ruleId);
    if (!rule || !isRoleFinding(f)) {
      if (f.unit !== void 0) delete f.unit;
      continue;
    }
    const placed = placedOf(f);
    delete f.unit;
    bindings ??= bindingsOf2(graph);
    const role = graph.object(kindOfId(f.resource), placed, placed.namespace, nameOfId(f.resource));
    if (!role) continue;
    if (!ids.has(role)) ids.set(role, ids.size);
    const key = `${ids.get(role)}\0${f.location.file}`;
    if (!cache2.has(key)) cache2.set(key, holdersOf(graph, bindings, role, f.location.file));
    const holders = cache2.get(key);
    if (!holders) continue;
    f.message = `${f.message}; ${holders.words}`;
    if (holders.related.length) f.related = [...f.related ?? [], ...holders.related];
    const configured = settings.severities[rule.id];
    const capped = severityRank(f.severity) < severityRank(rule.severity);
    if (holders.broad && configured === void 0 && !capped && severityRank(f.severity) < severityRank("high")) {
      f.severity = "high";
      f.message = `${f.message} (high: granted to ${holders.broad})`;
    }
  }
  return findings;
}
var ADMIN_VERBS = ["get", "list", "watch", "create", "update", "patch", "delete"];
function allowsEverything(rule) {
  return rule.apiGroups.includes("*") && rule.resources.includes("*") && rule.resourceNames.length === 0 && (rule.verbs.includes("*") || ADMIN_VERBS.every((v) => rule.verbs.includes(v)));
}
function onlySystemSubjects(binding) {
  const subjects = Array.isArray(binding.subjects) ? binding.subjects : [];
  return subjects.length > 0 && subjects.every((s) => {
    const o = asObject2(s);
    const name = o?.name;
    return o !== void 0 && (o.kind === "User" || o.kind === "Group") && typeof name === "string" && name.startsWith("system:") && !name.startsWith("system:serviceaccount") && !["system:authenticated", "system:unauthenticated", "system:anonymous"].includes(name);
  });
}
var NAMED_DANGEROUS = /* @__PURE__ */ new Set(["cluster-admin", "admin", "edit"]);
function bindingFinding(rule, bound, at2, fieldPath, message, related, settings, element) {
  const finding = {
    ruleId: rule.id,
    severity: settings.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: `${bound.record.kind} ${nameOfId(bound.record.id)}${element ? `, subject "${element}"` : ""}: ${message}`,
    location: at2,
    resource: bound.record.id,
    ...element ? { element } : {},
    fieldPath,
    fingerprint: fingerprintOf([rule.id, bound.record.id, element ?? "", fieldPath, "role"]),
    ...related.length ? { related } : {}
  };
  const annotations = asObject2(asObject2(bound.record.object.metadata)?.annotations);
  applyWaivers([finding], annotations, settings.policy);
  return finding;
}
function bindingFindings(graph, rules, settings) {
  const active = new Map(rules.filter((r) => BINDING_RULES.has(r.id)).map((r) => [r.id, r]));
  if (active.size === 0) return [];
  const bindings = bindingsOf2(graph);
  const out = [];
  const admin = active.get("cluster-admin-binding");
  const anonymous = active.get("rbac-anonymous-subject");
  for (const bound of bindings.all) {
    const { role } = bound;
    if (!role) continue;
    const named = bound.roleKind === "ClusterRole" ? bound.roleName : "";
    const roleWords = `${bound.roleKind} ${bound.roleName}`;
    const roleAt = { file: role.location.file, line: role.location.line };
    const rules2 = bindings.rulesOf(role);
    const where = bound.clusterWide ? "in the whole cluster" : inNamespace(bound.record.namespace || UNSET_NAMESPACE);
    if (admin && named !== "cluster-admin" && rules2.some(allowsEverything) && !onlySystemSubjects(bound.record.object)) {
      const star = rules2.find(allowsEverything);
      const verbs = star?.verbs.includes("*") ? "every verb" : ADMIN_VERBS.join(", ");
      out.push(
        bindingFinding(
          admin,
          bound,
          bound.record.parts?.["roleRef.name"] ?? bound.record.location,
          "roleRef.name",
          `binds ${roleWords}, which allows ${verbs} on every resource in every API group: cluster-admin in effect, ${where}`,
          [{ ...roleAt, message: `${roleWords} allows ${verbs} on every resource` }],
          settings
        )
      );
    }
    if (anonymous && !NAMED_DANGEROUS.has(named)) {
      const everyone = bound.subjects.filter((s) => s.subject === "Group system:authenticated");
      if (everyone.length === 0) continue;
      const scope = bound.clusterWide ? "cluster" : `namespace ${bound.record.namespace || UNSET_NAMESPACE}`;
      let danger;
      for (const r of rules2) {
        for (const grant of expand(r, scope)) if (danger = dangerOf(grant)) break;
        if (danger) break;
      }
      if (!danger) continue;
      for (const { index: index2 } of everyone) {
        const key = `subjects[${index2}].name`;
        out.push(
          bindingFinding(
            anonymous,
            bound,
            bound.record.parts?.[key] ?? bound.record.location,
            key,
            `grants ${roleWords} to every authenticated user and every service account (system:authenticated), and what it grants is dangerous: ${danger}`,
            [{ ...roleAt, message: `${roleWords}: ${danger}` }],
            settings,
            "Group/system:authenticated"
          )
        );
      }
    }
  }
  return out;
}

// src/analyse/exposure.ts
var list4 = (v) => Array.isArray(v) ? v : [];
var text = (v) => typeof v === "string" ? v : "";
function annotationsOf(o) {
  const meta = isJsonObject(o.metadata) ? o.metadata : {};
  return isJsonObject(meta.annotations) ? meta.annotations : {};
}
function internalByAnnotation(o, s) {
  const annotations = annotationsOf(o);
  return Object.entries(s.internalIngressAnnotations).some(([k, v]) => annotations[k] === v);
}
function publicIngress(o, s) {
  const spec = isJsonObject(o.spec) ? o.spec : {};
  const cls = text(spec.ingressClassName) || text(annotationsOf(o)["kubernetes.io/ingress.class"]);
  return !s.internalIngressClasses.includes(cls) && !internalByAnnotation(o, s);
}
function ingressBackends(o) {
  const spec = isJsonObject(o.spec) ? o.spec : {};
  const names2 = [];
  const add2 = (backend) => {
    if (!isJsonObject(backend)) return;
    const name = isJsonObject(backend.service) ? text(backend.service.name) : text(backend.serviceName);
    if (name && !names2.includes(name)) names2.push(name);
  };
  add2(spec.defaultBackend ?? spec.backend);
  for (const rule of list4(spec.rules)) {
    if (!isJsonObject(rule) || !isJsonObject(rule.http)) continue;
    for (const path of list4(rule.http.paths)) if (isJsonObject(path)) add2(path.backend);
  }
  return names2;
}
function publicRoute(route, graph, s) {
  const spec = isJsonObject(route.object.spec) ? route.object.spec : {};
  const parents = list4(spec.parentRefs).filter(isJsonObject);
  if (parents.length === 0) return false;
  return parents.some((p) => {
    if (text(p.kind) && text(p.kind) !== "Gateway") return true;
    const gateway = graph.object(
      "Gateway",
      route,
      namespaceIn(text(p.namespace)) || route.namespace,
      text(p.name)
    );
    if (!gateway) return true;
    const gs = isJsonObject(gateway.object.spec) ? gateway.object.spec : {};
    return !s.internalIngressClasses.includes(text(gs.gatewayClassName)) && !internalByAnnotation(gateway.object, s);
  });
}
function routeBackends(route) {
  const spec = isJsonObject(route.object.spec) ? route.object.spec : {};
  const out = [];
  for (const rule of list4(spec.rules)) {
    if (!isJsonObject(rule)) continue;
    for (const ref of list4(rule.backendRefs)) {
      if (!isJsonObject(ref)) continue;
      if ((text(ref.kind) || "Service") !== "Service" || text(ref.group)) continue;
      const target2 = {
        namespace: namespaceIn(text(ref.namespace)) || route.namespace,
        name: text(ref.name)
      };
      if (target2.name && !out.some((o) => o.namespace === target2.namespace && o.name === target2.name))
        out.push(target2);
    }
  }
  return out;
}
function serviceExposure(svc, s) {
  const spec = isJsonObject(svc.object.spec) ? svc.object.spec : {};
  if (spec.type === "NodePort") return "NodePort Service";
  if (spec.type === "LoadBalancer" && !internalByAnnotation(svc.object, s))
    return "LoadBalancer Service";
  return void 0;
}
var nsName = (r) => qualifiedName(r.namespace, nameOfId(r.id));
function entries(graph, s) {
  const out = [];
  for (const ing of graph.ofKind("Ingress")) {
    if (!publicIngress(ing.object, s)) continue;
    out.push({
      record: ing,
      label: `public Ingress ${nsName(ing)}`,
      services: ingressBackends(ing.object).map((name) => ({ namespace: ing.namespace, name }))
    });
  }
  for (const kind of ["HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"]) {
    for (const route of graph.ofKind(kind)) {
      if (!publicRoute(route, graph, s)) continue;
      out.push({
        record: route,
        label: `${kind} ${nsName(route)} on a public Gateway`,
        services: routeBackends(route)
      });
    }
  }
  for (const svc of graph.ofKind("Service")) {
    const how = serviceExposure(svc, s);
    if (how) out.push({ record: svc, label: `${how} ${nsName(svc)}`, services: [] });
  }
  return out;
}
function selectedWorkloads(svc, graph) {
  const spec = isJsonObject(svc.object.spec) ? svc.object.spec : {};
  const selector = isJsonObject(spec.selector) ? spec.selector : {};
  const pairs3 = Object.entries(selector).filter(
    (e) => typeof e[1] === "string"
  );
  return graph.workloadsMatching(svc, pairs3);
}
function exposureFindings(graph, settings) {
  const findings = [];
  for (const entry2 of entries(graph, settings)) {
    const services = entry2.record.kind === "Service" ? [entry2.record] : entry2.services.map((ref) => graph.object("Service", entry2.record, ref.namespace, ref.name)).filter((r) => r !== void 0);
    for (const svc of services) {
      for (const workload of selectedWorkloads(svc, graph)) {
        const powers = graph.tokenPowerOf(workload);
        const risks = [...workload.risks, ...powers.map((p) => p.summary)];
        if (risks.length === 0) continue;
        const chain = svc === entry2.record ? `${entry2.label} -> ${workload.kind} ${nsName(workload)}` : `${entry2.label} -> Service ${nsName(svc)} -> ${workload.kind} ${nsName(workload)}`;
        const related = [
          { location: entry2.record.location, message: `Entry point: ${entry2.label}` }
        ];
        if (svc !== entry2.record)
          related.push({
            location: svc.location,
            message: `Service ${nsName(svc)} selects the workload`
          });
        for (const p of powers)
          if (p.location) related.push({ location: p.location, message: p.summary });
        findings.push({
          analyser: "exposure",
          workload,
          message: `is reachable from outside the cluster (${chain}) and ${risks.join("; ")}`,
          identity: [workload.id, entry2.record.id, svc.id],
          related
        });
      }
    }
  }
  return findings;
}

// src/analyse/identity.ts
function identityFindings(graph) {
  const findings = [];
  for (const [, workloads] of graph.scopes()) {
    for (const workload of workloads) {
      const powers = graph.tokenPowerOf(workload);
      if (powers.length === 0) continue;
      findings.push({
        analyser: "identity",
        workload,
        message: `mounts the token of a powerful service account: ${powers.map((p) => p.summary.replace(/^its service account "[^"]*" /, "")).join("; ")}`,
        identity: [workload.id, workload.serviceAccount],
        related: powers.flatMap(
          (p) => p.location ? [{ location: p.location, message: `The binding: ${p.summary}` }] : []
        )
      });
    }
  }
  return findings;
}

// src/analyse/isolation.ts
function isolates(policy, workload, direction) {
  const spec = isJsonObject(policy.object.spec) ? policy.object.spec : {};
  const types2 = Array.isArray(spec.policyTypes) ? spec.policyTypes : void 0;
  const covered = types2 ? types2.includes(direction) : direction === "Ingress" || Array.isArray(spec.egress);
  if (!covered) return false;
  const selector = isJsonObject(spec.podSelector) ? spec.podSelector : {};
  return selects(selector, workload.podLabels);
}
var MAX_LISTED = 10;
function onePerObject(workloads) {
  const seen = /* @__PURE__ */ new Set();
  return workloads.filter((w) => {
    const key = `${w.id}\0${w.location.file}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function isolationFindings(graph) {
  const findings = [];
  for (const [scope, workloads] of graph.scopes()) {
    const namespace = workloads[0]?.namespace ?? "";
    if (!namespace) continue;
    const policies = graph.policiesIn(scope);
    const judged = workloads.filter((w) => !w.hostNetwork && !w.notDeployed);
    const open = onePerObject(
      judged.filter((w) => !policies.some((p) => isolates(p, w, "Ingress")))
    );
    const outgoing = onePerObject(
      judged.filter((w) => !policies.some((p) => isolates(p, w, "Egress")))
    );
    const egressOnly = open.length === 0;
    if (egressOnly && outgoing.length === 0) continue;
    const listed = egressOnly ? outgoing : open;
    const ns = graph.object("Namespace", listed[0], "", namespace);
    const first = [...listed].sort(
      (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.line - b.location.line
    )[0];
    const names2 = listed.slice(0, MAX_LISTED).map((w) => `${w.kind} ${w.name}`);
    const more = listed.length > MAX_LISTED ? ` and ${listed.length - MAX_LISTED} more` : "";
    const same = outgoing.length === open.length && outgoing.every((w) => open.includes(w));
    const alsoOutgoing = egressOnly || outgoing.length === 0 ? "" : same ? "; nor for outgoing traffic" : `; and none selects ${outgoing.slice(0, MAX_LISTED).map((w) => `${w.kind} ${w.name}`).join(
      ", "
    )}${outgoing.length > MAX_LISTED ? ` and ${outgoing.length - MAX_LISTED} more` : ""} for outgoing traffic`;
    const metadata3 = ns && isJsonObject(ns.object.metadata) ? ns.object.metadata : {};
    const annotations = isJsonObject(metadata3.annotations) ? metadata3.annotations : {};
    findings.push({
      analyser: "isolation",
      ...ns ? { anchor: { id: ns.id, location: ns.location, waivers: annotations } } : { workload: first },
      message: egressOnly ? `namespace ${namespace} isolates incoming traffic, but runs workloads that no NetworkPolicy selects for outgoing traffic: ${names2.join(", ")}${more}` : `namespace ${namespace} runs workloads that no NetworkPolicy selects for incoming traffic: ${names2.join(", ")}${more}${alsoOutgoing}`,
      identity: egressOnly ? [scope, "egress"] : [scope],
      ...egressOnly ? { severity: "low" } : {},
      related: listed.filter((w) => w !== first || ns).slice(0, MAX_LISTED).map((w) => ({
        location: w.location,
        message: `${w.kind} ${w.name} is not isolated${egressOnly ? " for outgoing traffic" : ""}`
      }))
    });
  }
  return findings;
}

// src/analyse/token-mount.ts
function withoutUnmountedTokens(findings, graph) {
  const kept = [];
  for (const f of findings) {
    const account = f.assumesToken;
    if (account) {
      delete f.assumesToken;
      const mounted = account.podMounts === true || graph.accountMountsToken(account);
      if (!mounted || graph.accountIsGranted(account)) continue;
    }
    kept.push(f);
  }
  return kept;
}

// src/analyse/run-analysers.ts
var RUNNERS = {
  exposure: exposureFindings,
  identity: identityFindings,
  isolation: isolationFindings
};
function toFinding(rule, f, s) {
  const anchor = f.workload ? { id: f.workload.id, location: f.workload.location, waivers: f.workload.waivers } : f.anchor;
  const finding = {
    ruleId: rule.id,
    severity: s.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: anchor ? `${kindOfId(anchor.id)} ${nameOfId(anchor.id)}: ${f.message}` : `Resource : ${f.message}`,
    location: anchor?.location ?? { file: "", line: 1 },
    resource: anchor?.id ?? "",
    fieldPath: f.workload ? formatFieldPath(f.workload.podSpecPath) : "metadata",
    fingerprint: fingerprintOf([rule.id, ...f.identity]),
    ...f.related.length ? {
      related: f.related.map((r) => ({
        file: r.location.file,
        line: r.location.line,
        message: r.message
      }))
    } : {}
  };
  if (f.severity) finding.severity = atMost(finding.severity, f.severity);
  if (f.workload?.notDeployed) capFinding(finding, "low", f.workload.notDeployed);
  applyWaivers([finding], anchor?.waivers, s.policy);
  return finding;
}
function analyse2(input, rules, settings, findings) {
  const assumes = findings.some((f) => f.assumesToken);
  const bindings = readsBindings(rules);
  if (!assumes && !bindings && !rules.some((r) => r.analyser)) {
    for (const f of findings) if (f.unit !== void 0) delete f.unit;
    return { findings, added: [] };
  }
  const graph = new Graph(input);
  const settled = assumes ? withoutUnmountedTokens(findings, graph) : findings;
  return {
    findings: withHolders(settled, graph, rules, settings),
    added: [
      ...analyserFindings(graph, rules, settings),
      ...bindingFindings(graph, rules, settings)
    ]
  };
}
function analyserFindings(graph, rules, settings) {
  const active = rules.filter((r) => r.analyser);
  if (active.length === 0) return [];
  const findings = /* @__PURE__ */ new Map();
  for (const rule of active) {
    const analyser = rule.analyser;
    if (!analyser) continue;
    for (const f of RUNNERS[analyser](graph, settings)) {
      const finding = toFinding(rule, f, settings);
      if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
    }
  }
  return [...findings.values()];
}

// src/collect/collect-files.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
var MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  ".hg",
  ".svn",
  ".terraform",
  ".venv",
  "__pycache__",
  ".idea",
  ".vscode"
]);
var GLOB_CHARS = /[*?[\]{}]/;
function childPath(dir, name) {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function toPosix(p) {
  return p.split(sep).join("/");
}
function isInside(root, target2) {
  const rel = relative(root, target2);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function canonicalRoot(root) {
  const abs = resolve2(root);
  return existsSync(abs) ? realpathSync(abs) : abs;
}
function collectFiles(options) {
  const root = realpathSync(resolve2(options.root));
  const excluded = options.exclude.length ? (0, import_picomatch2.default)(options.exclude, { dot: true }) : () => false;
  const files = /* @__PURE__ */ new Map();
  const warnings = [];
  const visitedDirs = /* @__PURE__ */ new Set();
  const chartRoots = /* @__PURE__ */ new Map();
  const isChartRoot = (relDir) => {
    let known2 = chartRoots.get(relDir);
    if (known2 === void 0) {
      known2 = existsSync(join(root, relDir, "Chart.yaml"));
      chartRoots.set(relDir, known2);
    }
    return known2;
  };
  const inHelmTemplates = (relPath) => {
    const parts2 = relPath.split("/");
    const t = parts2.lastIndexOf("templates");
    return t >= 0 && isChartRoot(parts2.slice(0, t).join("/"));
  };
  let tally = { added: 0, excluded: 0, helmTemplates: 0 };
  const addFile = (abs, relPath) => {
    if (excluded(relPath)) tally.excluded++;
    else if (inHelmTemplates(relPath)) tally.helmTemplates++;
    else {
      tally.added++;
      files.set(relPath, { path: relPath, absolute: abs });
    }
  };
  const safeTarget = (abs, relPath) => {
    let real;
    try {
      real = realpathSync(abs);
    } catch {
      warnings.push(`${relPath}: broken symbolic link; skipped`);
      return void 0;
    }
    if (!isInside(root, real)) {
      warnings.push(`${relPath}: symbolic link points outside the scanned root; refused`);
      return void 0;
    }
    return real;
  };
  const walk3 = (dirAbs, dirRel, filter, knownReal) => {
    const real = knownReal ?? safeTarget(dirAbs, dirRel || ".");
    if (!real || visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries3;
    try {
      entries3 = readdirSync(dirAbs, { withFileTypes: true });
    } catch (e) {
      warnings.push(
        `${dirRel || "."}: cannot read folder (${e.code ?? "error"}); skipped`
      );
      return;
    }
    options.listing?.set(dirAbs, entries3);
    chartRoots.set(
      dirRel,
      entries3.some((e) => e.name === "Chart.yaml")
    );
    entries3.sort((a, b) => compareText(a.name, b.name));
    for (const entry2 of entries3) {
      const abs = childPath(dirAbs, entry2.name);
      const rel = dirRel ? `${dirRel}/${entry2.name}` : entry2.name;
      let isDir = entry2.isDirectory();
      let isFile = entry2.isFile();
      let realDir = isDir ? childPath(real, entry2.name) : void 0;
      if (entry2.isSymbolicLink()) {
        const target2 = safeTarget(abs, rel);
        if (!target2) continue;
        const st = statSync(target2);
        isDir = st.isDirectory();
        isFile = st.isFile();
        realDir = isDir ? target2 : void 0;
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry2.name) && !excluded(rel + "/")) walk3(abs, rel, filter, realDir);
      } else if (isFile && MANIFEST_EXTENSIONS.test(entry2.name) && (!filter || filter(rel))) {
        addFile(abs, rel);
      }
    }
  };
  const named = options.paths.length > 0;
  const unmatched = [];
  for (const target2 of named ? options.paths : ["."]) {
    tally = { added: 0, excluded: 0, helmTemplates: 0 };
    collectTarget(target2);
    if (named && tally.added === 0) unmatched.push({ path: target2, reason: whyNothing(target2) });
  }
  return {
    files: [...files.values()].sort((a, b) => compareText(a.path, b.path)),
    warnings,
    unmatched
  };
  function collectTarget(target2) {
    if (GLOB_CHARS.test(target2)) {
      const match = (0, import_picomatch2.default)(toPosix(target2), { dot: true });
      walk3(root, "", match);
      return;
    }
    const abs = resolve2(root, target2);
    if (!isInside(root, abs)) {
      tally.problem = "it is outside the repository root, which is never read";
      return;
    }
    const rel = toPosix(relative(root, abs));
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      tally.problem = "no such file or folder";
      return;
    }
    if (st.isSymbolicLink() && !safeTarget(abs, rel)) {
      tally.problem = "it is a symbolic link that leads outside the repository root (refused)";
      return;
    }
    if (statSync(abs).isDirectory()) walk3(abs, rel);
    else addFile(abs, rel);
  }
  function whyNothing(target2) {
    if (tally.problem) return tally.problem;
    if (tally.excluded > 0 && tally.helmTemplates === 0)
      return `every file it gives is excluded by the config's exclude (${options.exclude.join(", ")})`;
    if (tally.helmTemplates > 0)
      return "it gives only Helm templates, which are scanned through their chart: name the chart's folder instead";
    if (GLOB_CHARS.test(target2))
      return options.exclude.length ? "no .yaml, .yml or .json file outside the excluded paths matches it" : "no .yaml, .yml or .json file matches it";
    return "the folder holds no .yaml, .yml or .json file";
  }
}

// src/model/admission-rules.ts
var ADMISSION_RULE_PREFIX = "vap/";
var admissionRuleId = (policyName) => `${ADMISSION_RULE_PREFIX}${policyName}`;
var isAdmissionRule = (ruleId) => ruleId.startsWith(ADMISSION_RULE_PREFIX);
var FROM_BASE = ", as in the base commit";

// src/evaluate/consolidate.ts
var IMPLICATIONS = [
  {
    by: "privileged-container",
    rules: /* @__PURE__ */ new Set([
      "allow-privilege-escalation",
      "drop-all-capabilities",
      "dangerous-capabilities"
    ]),
    scope: "container",
    because: "it may also escalate privileges and holds every capability"
  },
  {
    by: "host-process",
    rules: /* @__PURE__ */ new Set(["host-namespaces", "run-as-non-root"]),
    scope: "resource",
    because: "a HostProcess pod runs in the node's namespaces, as an account of the node"
  }
];
function consolidate(findings) {
  const copies = foldCopies(findings);
  const lines = foldSharedLines(copies);
  const implied = subsumeImplied(lines.findings);
  return { findings: implied.findings, subsumed: [...lines.subsumed, ...implied.subsumed] };
}
var sameLineAndRule = (a, b) => a.location.line === b.location.line && a.ruleId === b.ruleId && a.location.file === b.location.file;
var sameProblem = (a, b) => a.resource === b.resource && Boolean(a.waiver) === Boolean(b.waiver) && (a.valueSets?.join(",") ?? "") === (b.valueSets?.join(",") ?? "");
function foldSharedLines(findings) {
  const out = [];
  const subsumed = [];
  for (let i = 0; i < findings.length; ) {
    let j = i + 1;
    while (j < findings.length && sameLineAndRule(findings[j], findings[i])) j++;
    if (j - i === 1) out.push(findings[i]);
    else out.push(...foldRun(findings.slice(i, j), subsumed));
    i = j;
  }
  return { findings: out, subsumed };
}
function foldRun(run3, subsumed) {
  const reported = [];
  const others = /* @__PURE__ */ new Map();
  for (const f of run3) {
    const head = f.element === void 0 ? void 0 : reported.find((h) => h.element !== void 0 && sameProblem(h, f));
    if (!head) reported.push(f);
    else if (head.element !== f.element) {
      subsumed.push(f);
      others.set(head, [...others.get(head) ?? [], f.element ?? ""]);
    }
  }
  return reported.map((f) => {
    const names2 = others.get(f);
    if (!names2) return f;
    const kind = f.container !== void 0 ? "container" : "element";
    const list5 = names2.map((n) => `"${n}"`).join(", ");
    const also = names2.length === 1 ? `so does ${kind} ${list5}` : `so do ${kind}s ${list5}`;
    return { ...f, message: `${f.message}; ${also}, from the same line` };
  });
}
var IMPLYING_RULES = new Set(IMPLICATIONS.map((i) => i.by));
var IMPLIED_RULES = new Set(IMPLICATIONS.flatMap((i) => [...i.rules]));
function implies(i, parent, f) {
  return parent.ruleId === i.by && (parent.valueSets?.join(",") ?? "") === (f.valueSets?.join(",") ?? "") && (i.scope === "resource" || parent.element === f.element);
}
function subsumeImplied(findings) {
  const parents = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!IMPLYING_RULES.has(f.ruleId)) continue;
    const list5 = parents.get(f.resource);
    if (list5) list5.push(f);
    else parents.set(f.resource, [f]);
  }
  if (parents.size === 0) return { findings: [...findings], subsumed: [] };
  const kept = [];
  const subsumed = [];
  const covered = /* @__PURE__ */ new Map();
  for (const f of findings) {
    let parent;
    let implication;
    const candidates = IMPLIED_RULES.has(f.ruleId) ? parents.get(f.resource) : void 0;
    for (const i of candidates ? IMPLICATIONS : []) {
      if (!i.rules.has(f.ruleId)) continue;
      parent = candidates?.find((p) => implies(i, p, f));
      implication = i;
      if (parent) break;
    }
    if (!parent || !implication) {
      kept.push(f);
      continue;
    }
    subsumed.push(f);
    const entry2 = covered.get(parent) ?? { because: implication.because, rules: /* @__PURE__ */ new Set() };
    entry2.rules.add(f.ruleId);
    covered.set(parent, entry2);
  }
  if (covered.size === 0) return { findings: kept, subsumed };
  return {
    findings: kept.map((f) => {
      const entry2 = covered.get(f);
      if (!entry2) return f;
      const rules = [...entry2.rules].sort();
      return {
        ...f,
        message: `${f.message}; ${entry2.because}, so ${rules.join(" and ")} ${rules.length === 1 ? "is" : "are"} not reported separately`
      };
    }),
    subsumed
  };
}
function foldCopies(findings) {
  const fileOf = /* @__PURE__ */ new Map();
  const inSeveralFiles = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (!f.resource) continue;
    const file = fileOf.get(f.resource);
    if (file === void 0) fileOf.set(f.resource, f.location.file);
    else if (file !== f.location.file) inSeveralFiles.add(f.resource);
  }
  if (inSeveralFiles.size === 0) return [...findings];
  const groups = /* @__PURE__ */ new Map();
  let copies = false;
  for (const f of findings) {
    if (!inSeveralFiles.has(f.resource)) continue;
    const key = f.waiver ? `${f.fingerprint}\0${f.waiver.origin}:${f.waiver.reason}` : f.fingerprint;
    const group = groups.get(key);
    if (group) {
      group.push(f);
      copies = true;
    } else groups.set(key, [f]);
  }
  if (!copies) return [...findings];
  const folded = [...groups.values()].filter((g) => g.length > 1);
  const weight = resourcesPerFile(findings, new Set(folded.flat().map((f) => f.location.file)));
  const replaced = /* @__PURE__ */ new Map();
  for (const group of folded) {
    let primary = group[0];
    for (const f of group)
      if ((weight.get(f.location.file) ?? 0) < (weight.get(primary.location.file) ?? 0))
        primary = f;
    const others = group.filter((f) => f !== primary);
    replaced.set(primary, {
      ...primary,
      related: [
        ...primary.related ?? [],
        ...others.map((o) => ({
          file: o.location.file,
          line: o.location.line,
          message: `The same object is also defined in ${o.location.file}`
        }))
      ]
    });
    for (const o of others) replaced.set(o, void 0);
  }
  const out = [];
  for (const f of findings) {
    if (!replaced.has(f)) out.push(f);
    else {
      const r = replaced.get(f);
      if (r) out.push(r);
    }
  }
  return out;
}
function resourcesPerFile(findings, files) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!files.has(f.location.file) || isAdmissionRule(f.ruleId)) continue;
    const set2 = seen.get(f.location.file) ?? /* @__PURE__ */ new Set();
    set2.add(f.resource);
    seen.set(f.location.file, set2);
  }
  return new Map([...seen].map(([file, set2]) => [file, set2.size]));
}

// src/pipeline/parallel/scan-pool.ts
import { availableParallelism } from "node:os";
import { createRequire as createRequire2 } from "node:module";
import { fileURLToPath as fileURLToPath3, pathToFileURL } from "node:url";

// src/pipeline/parallel/pack.ts
var JUDGED_AFTER = 64;
var MIN_REPEATS = 0.25;
var Packer = class {
  codes = new Float64Array(1024);
  length = 0;
  strings = [];
  shapes = [];
  /** Key lists seen so far, as a trie: one Map lookup per key, no joined strings. */
  shapeRoot = { next: /* @__PURE__ */ new Map() };
  push(code) {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }
  string(s) {
    this.push(5 /* String */);
    this.push(this.strings.length);
    this.strings.push(s);
  }
  /**
   * Findings repeat most of their strings (rule ids, titles, files, resources, field paths):
   * each is sent once per pack and referred to after, so that the main thread also builds
   * it once (fewer strings to copy now, and to keep alive through its collections).
   */
  keyString(key, s) {
    let id = key.last === s ? key.lastId : key.ids?.get(s);
    if (id === void 0) {
      id = this.strings.length;
      this.strings.push(s);
      if (key.ids) {
        key.ids.set(s, id);
        if (++key.misses >= JUDGED_AFTER && key.hits < MIN_REPEATS * (key.hits + key.misses))
          key.ids = void 0;
      }
    } else key.hits++;
    key.last = s;
    key.lastId = id;
    this.push(5 /* String */);
    this.push(id);
  }
  shape(keys) {
    let node2 = this.shapeRoot;
    for (const k of keys) {
      let child = node2.next.get(k);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map() };
        node2.next.set(k, child);
      }
      node2 = child;
    }
    if (!node2.shape) {
      node2.shape = {
        id: this.shapes.length,
        keys: keys.map(() => ({ ids: /* @__PURE__ */ new Map(), hits: 0, misses: 0, last: void 0, lastId: 0 }))
      };
      this.shapes.push(keys);
    }
    return node2.shape;
  }
  value(v) {
    switch (typeof v) {
      case "undefined":
        this.push(0 /* Undefined */);
        return;
      case "boolean":
        this.push(v ? 2 /* True */ : 3 /* False */);
        return;
      case "number":
        this.push(4 /* Number */);
        this.push(v);
        return;
      case "string":
        this.string(v);
        return;
      case "object": {
        if (v === null) {
          this.push(1 /* Null */);
          return;
        }
        if (Array.isArray(v)) {
          this.push(6 /* Array */);
          this.push(v.length);
          for (const item of v) this.value(item);
          return;
        }
        const proto2 = Object.getPrototypeOf(v);
        if (proto2 !== Object.prototype && proto2 !== null) break;
        const keys = Object.keys(v);
        const shape = this.shape(keys);
        this.push(7 /* Object */);
        this.push(shape.id);
        const record3 = v;
        for (let i = 0; i < keys.length; i++) {
          const item = record3[keys[i]];
          if (typeof item === "string") this.keyString(shape.keys[i], item);
          else this.value(item);
        }
        return;
      }
      default:
        break;
    }
    throw new TypeError(`cannot pack a ${typeof v}`);
  }
};
function pack(value) {
  const p = new Packer();
  p.value(value);
  return { codes: p.codes.slice(0, p.length), strings: p.strings, shapes: p.shapes };
}
function unpack(packed) {
  const { codes, strings: strings3, shapes } = packed;
  let at2 = 0;
  const read = () => {
    switch (codes[at2++]) {
      case 0 /* Undefined */:
        return void 0;
      case 1 /* Null */:
        return null;
      case 2 /* True */:
        return true;
      case 3 /* False */:
        return false;
      case 4 /* Number */:
        return codes[at2++];
      case 5 /* String */:
        return strings3[codes[at2++]];
      case 6 /* Array */: {
        const n = codes[at2++];
        const list5 = new Array(n);
        for (let i = 0; i < n; i++) list5[i] = read();
        return list5;
      }
      case 7 /* Object */: {
        const keys = shapes[codes[at2++]];
        const record3 = {};
        for (const k of keys) {
          if (k === "__proto__")
            Object.defineProperty(record3, k, {
              value: read(),
              enumerable: true,
              writable: true,
              configurable: true
            });
          else record3[k] = read();
        }
        return record3;
      }
      default:
        throw new Error(`corrupt packed data at ${at2 - 1}`);
    }
  };
  return read();
}

// src/evaluate/evaluate-file.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// src/evaluate/secret-view.ts
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function hasControl(text2) {
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127) return true;
  }
  return false;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
var NONE = Object.freeze([]);
function fieldOf(section, key) {
  return key.includes('"') || key.includes("\\") ? section : `${section}["${key}"]`;
}
function decodeBase64(text2) {
  const compact = text2.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return void 0;
  let decoded;
  try {
    decoded = utf8.decode(Buffer.from(compact, "base64"));
  } catch {
    return { value: null, binary: true };
  }
  return hasControl(decoded) ? { value: null, binary: true } : { value: decoded, binary: false };
}
function entryOf(section, key, raw, encoded) {
  const field = fieldOf(section, key);
  if (typeof raw === "string") {
    const decoded = encoded ? decodeBase64(raw) : void 0;
    return { field, key, value: decoded ? decoded.value : raw, binary: decoded?.binary ?? false };
  }
  if (typeof raw === "number" || typeof raw === "boolean")
    return { field, key, value: String(raw), binary: false };
  return { field, key, value: null, binary: false };
}
function secretValues(object, kind) {
  if (kind !== "Secret") return NONE;
  const out = [];
  for (const [section, encoded] of [
    ["data", true],
    ["stringData", false]
  ]) {
    const map2 = object[section];
    if (!isJsonObject(map2)) continue;
    for (const [key, raw] of Object.entries(map2)) {
      if (raw === null || raw === "") continue;
      out.push(entryOf(section, key, raw, encoded));
    }
  }
  return out;
}

// src/evaluate/evaluate-rules.ts
var ANY_KIND = "*";
function indexRulesByKind(rules) {
  const byKind = /* @__PURE__ */ new Map();
  const add2 = (kind, rule) => {
    const list5 = byKind.get(kind) ?? [];
    if (!list5.includes(rule)) list5.push(rule);
    byKind.set(kind, list5);
  };
  for (const rule of rules) for (const kind of rule.match.kinds) add2(kind, rule);
  const any = byKind.get(ANY_KIND);
  if (any) {
    for (const kind of [...byKind.keys()]) if (kind !== ANY_KIND) for (const r of any) add2(kind, r);
  }
  return { byKind, asWorkload: /* @__PURE__ */ new Map(), order: new Map(rules.map((r, i) => [r, i])) };
}
function rulesFor(index2, kind, workload) {
  const own = index2.byKind.get(kind) ?? index2.byKind.get(ANY_KIND);
  if (!workload) return own;
  let rules = index2.asWorkload.get(kind);
  if (!rules) {
    const set2 = /* @__PURE__ */ new Set([...index2.byKind.get("Workload") ?? [], ...own ?? []]);
    rules = [...set2].sort((a, b) => (index2.order.get(a) ?? 0) - (index2.order.get(b) ?? 0));
    index2.asWorkload.set(kind, rules);
  }
  return rules.length ? rules : void 0;
}
function celContext(shared, vars) {
  return Object.assign(
    {
      object: shared.object,
      oldObject: shared.oldObject,
      podSpec: shared.podSpec,
      podMeta: shared.podMeta,
      podOS: shared.podOS,
      params: shared.params,
      file: shared.file,
      secretValues: shared.secretValues
    },
    vars
  );
}
function elementContexts(forEach, shared, view) {
  const elements = elementsFor(forEach, shared.object, view);
  const out = [];
  for (const element of elements)
    out.push({ element: detachedNames(element), context: celContext(shared, element.vars) });
  return out;
}
var commandsByRules = /* @__PURE__ */ new WeakMap();
function commandsOf(rules) {
  let commands = commandsByRules.get(rules);
  if (!commands) {
    commands = [...new Set(rules.flatMap((rule) => rule.match.commands ?? []))];
    commandsByRules.set(rules, commands);
  }
  return commands;
}
function startedCommands(podSpec, commands) {
  const binaries = containerCommands(podSpec);
  const started2 = /* @__PURE__ */ new Set();
  for (const c of commands) if (binaries.some((b) => b.endsWith(c))) started2.add(c);
  return started2;
}
function evaluateResource(resource, index2, settings, oldObject = null) {
  const pods = podsOf(resource.object, resource.kind, resource.apiVersion, settings.workloads);
  const views = pods?.views ?? [];
  const workload = pods !== void 0 && (views.length > 0 || pods.missing !== void 0);
  const rules = rulesFor(index2, resource.kind, workload);
  if (!rules) return [];
  const findings = [];
  if (pods?.missing) findings.push(missingPodSpecFinding(resource, pods.missing));
  const secrets = secretValues(resource.object, resource.kind);
  if (views.length <= 1) {
    evaluateView(resource, rules, settings, oldObject, secrets, views[0], findings);
    return findings;
  }
  for (const view of views)
    evaluateView(resource, rules, settings, oldObject, secrets, view, findings);
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    unique.push(f);
  }
  return unique;
}
function evaluateView(resource, rules, settings, oldObject, secrets, view, findings) {
  const facts = resourceFacts(resource, view);
  const shared = {
    object: resource.object,
    oldObject,
    podSpec: view?.podSpec ?? null,
    podMeta: view?.podMeta ?? {},
    podOS: view ? podOS(view.podSpec) : "",
    params: settings.params,
    file: resource.file,
    secretValues: secrets
  };
  const contexts = /* @__PURE__ */ new Map();
  let started2;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule.ifTokenUnneeded && view?.needsToken) continue;
    if (rule.match.commands && view) {
      const hits = started2 ??= startedCommands(view.podSpec, commandsOf(rules));
      if (!hits.size || !rule.match.commands.some((c) => hits.has(c))) continue;
    }
    let list5 = contexts.get(rule.forEach);
    if (!list5) {
      list5 = elementContexts(rule.forEach, shared, view);
      contexts.set(rule.forEach, list5);
    }
    for (let e = 0; e < list5.length; e++) {
      const entry2 = list5[e];
      const before = findings.length;
      let result;
      try {
        result = rule.evaluate(entry2.context);
      } catch (e2) {
        findings.push(ruleErrorFinding(resource, rule, entry2.element, e2));
        continue;
      }
      if (Array.isArray(result) && result.length === 0) continue;
      if (result === true || Array.isArray(result)) {
        const described = rule.capWhen || rule.messageOf ? describeViolation(rule, entry2, resource, findings) : void 0;
        if (result === true)
          findings.push(
            makeFinding(facts, rule, settings, entry2, rule.field ?? [], false, described)
          );
        else
          for (const p of result)
            findings.push(makeFinding(facts, rule, settings, entry2, [String(p)], true, described));
        if (rule.ifTokenUnneeded && view) assumeToken(findings, before, rule, resource, view);
      } else if (result !== false && result !== null && result !== void 0) {
        findings.push(
          ruleErrorFinding(
            resource,
            rule,
            entry2.element,
            new Error(`check returned ${typeof result}, not a bool or a list of paths`)
          )
        );
      }
    }
  }
}
function assumeToken(findings, from, rule, resource, view) {
  const own = view.podSpec.automountServiceAccountToken;
  if (own === false) return;
  const name = serviceAccountOf(view.podSpec);
  for (let i = from; i < findings.length; i++) {
    if (findings[i].ruleId !== rule.id) continue;
    findings[i].assumesToken = {
      name,
      namespace: resource.namespace,
      file: resource.file,
      ...own === true ? { podMounts: true } : {}
    };
  }
}
function messageFrom(expression, context, key) {
  const message = expression(context);
  if (typeof message !== "string")
    throw new Error(`${key} returned ${typeof message}, not a string`);
  return detach(message);
}
function describeViolation(rule, entry2, resource, findings) {
  try {
    if (rule.cap && rule.capWhen?.(entry2.context) === true) {
      const own = rule.capMessage ?? rule.messageOf;
      const key = rule.capMessage ? "cap.messageExpression" : "messageExpression";
      return {
        severity: rule.cap.severity,
        ...own ? { message: messageFrom(own, entry2.context, key) } : {}
      };
    }
    return rule.messageOf ? { message: messageFrom(rule.messageOf, entry2.context, "messageExpression") } : void 0;
  } catch (e) {
    findings.push(ruleErrorFinding(resource, rule, entry2.element, e));
    return void 0;
  }
}
var parsedPaths = /* @__PURE__ */ new Map();
function parsedFieldPath(text2) {
  let parsed = parsedPaths.get(text2);
  if (!parsed) {
    const { scope, path } = parseFieldPath(text2);
    const prefix = scope === "element" ? [] : [`$${scope}`];
    const alone = formatFieldPath(path);
    parsed = {
      scope,
      path,
      rel: formatFieldPath([...prefix, ...path]),
      alone,
      after: continuation(alone)
    };
    if (parsedPaths.size < 1e4) parsedPaths.set(text2, parsed);
  }
  return parsed;
}
function continuation(alone) {
  return alone === "" || alone.startsWith("[") ? alone : `.${alone}`;
}
function joinShown(head, tail) {
  return head === "" ? tail.alone : head + tail.after;
}
function concat3(a, b, c) {
  const out = new Array(a.length + b.length + c.length);
  let i = 0;
  for (let k = 0; k < a.length; k++) out[i++] = a[k];
  for (let k = 0; k < b.length; k++) out[i++] = b[k];
  for (let k = 0; k < c.length; k++) out[i++] = c[k];
  return out;
}
var NO_PATH = [];
var KIND_PATH = ["kind"];
function resourceFacts(resource, view) {
  const slash = resource.apiVersion.lastIndexOf("/");
  return {
    resource,
    view,
    id: detach(resourceId(resource)),
    // Only hashed into fingerprints, never kept: no need to detach it.
    group: slash < 0 ? "" : resource.apiVersion.slice(0, slash),
    subject: detach(`${resource.kind} ${resource.name || "(unnamed)"}`),
    podPath: view?.podSpecPath ?? ["spec"],
    podMetaPath: view ? view.podMetaPath ?? [...view.podSpecPath.slice(0, -1), "metadata"] : ["metadata"],
    assembled: view?.sources !== void 0
  };
}
function containerCommands(podSpec) {
  const out = [];
  for (const key of ["containers", "initContainers"]) {
    const list5 = podSpec[key];
    if (!Array.isArray(list5)) continue;
    for (const c of list5) {
      if (!isJsonObject(c)) continue;
      const command = Array.isArray(c.command) ? c.command : [];
      if (typeof command[0] === "string") out.push(command[0]);
      else if (command.length === 0 && typeof c.image === "string") out.push(imageName(c.image));
    }
  }
  return out;
}
function imageName(image) {
  const repo = image.split("@")[0];
  return repo.slice(repo.lastIndexOf("/") + 1).split(":")[0];
}
function detach(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function detachedNames(element) {
  if (element.name === void 0 && element.container === void 0) return element;
  const name = element.name === void 0 ? void 0 : detach(element.name);
  const container = element.container === void 0 ? void 0 : element.container === element.name ? name : detach(element.container);
  const detached = { vars: element.vars, path: element.path, name, container };
  if (element.item !== void 0) detached.item = detach(element.item);
  if (element.layers !== void 0) detached.layers = element.layers;
  return detached;
}
function shownScope(facts, entry2, scope) {
  const base = facts.resource.basePath;
  if (scope === "object") return facts.shownBase ??= formatFieldPath(base);
  if (scope === "pod")
    return facts.shownPod ??= formatFieldPath(concat3(base, facts.podPath, NO_PATH));
  if (scope === "podMeta")
    return facts.shownPodMeta ??= formatFieldPath(concat3(base, facts.podMetaPath, NO_PATH));
  return entry2.shownPath ??= formatFieldPath(concat3(base, entry2.element.path, NO_PATH));
}
function scopePath(facts, element, scope) {
  if (scope === "object") return NO_PATH;
  if (scope === "pod") return facts.podPath;
  return scope === "podMeta" ? facts.podMetaPath : element.path;
}
function assembledPath(facts, element, parsed) {
  const rel = parsed.path;
  if (parsed.scope === "object") return rel;
  if (parsed.scope === "podMeta") {
    const layers = facts.view?.sources?.meta;
    return (layers && holdingPath(layers, rel)) ?? [...facts.podMetaPath, ...rel];
  }
  if (parsed.scope === "pod") {
    const sources = facts.view?.sources;
    const layers = rel.length ? sources?.fields[String(rel[0])] : void 0;
    const held3 = layers && holdingPath(layers, rel.slice(1));
    if (held3) return held3;
    const written = layers?.find((l) => !l.opaque);
    if (written) return [...written.path, ...rel.slice(1)];
    return [...layers?.length ? facts.podPath : sources?.unset ?? facts.podPath, ...rel];
  }
  const held2 = element.layers && rel.length ? holdingPath(element.layers, rel) : void 0;
  return held2 ?? [...element.path, ...rel];
}
function startsWith(path, prefix) {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
function podOf(facts, element, where) {
  const view = facts.view;
  if (view?.name === void 0) return void 0;
  return startsWith(element.path.length ? element.path : where, view.podSpecPath) ? view.name : void 0;
}
function makeFinding(facts, rule, settings, entry2, candidates, nameField, described) {
  const { resource, id } = facts;
  const { element } = entry2;
  const base = resource.basePath;
  let rel = "";
  let fieldPath;
  let line;
  let where = element.path;
  if (candidates.length === 0) {
    const at2 = element.path.length ? element.path : KIND_PATH;
    line = resource.locator.locate(concat3(base, at2, NO_PATH)).line;
    fieldPath = element.path.length ? shownScope(facts, entry2, "element") : formatFieldPath(concat3(base, KIND_PATH, NO_PATH));
  } else if (facts.assembled || element.layers) {
    const tried = candidates.map((candidate) => {
      const parsed = parsedFieldPath(candidate);
      const path = assembledPath(facts, element, parsed);
      return { parsed, path, hit: resource.locator.locate(concat3(base, path, NO_PATH)) };
    });
    const chosen = tried.find((t) => t.hit.exact) ?? tried[0];
    line = chosen.hit.line;
    rel = chosen.parsed.rel;
    where = chosen.path;
    fieldPath = formatFieldPath(concat3(base, chosen.path, NO_PATH));
  } else {
    for (const candidate of candidates) parsedFieldPath(candidate);
    let chosen = parsedFieldPath(candidates[0]);
    line = -1;
    let firstLine2 = -1;
    for (const candidate of candidates) {
      const parsed = parsedFieldPath(candidate);
      const hit = resource.locator.locate(
        concat3(base, scopePath(facts, element, parsed.scope), parsed.path)
      );
      if (firstLine2 < 0) firstLine2 = hit.line;
      if (hit.exact) {
        chosen = parsed;
        line = hit.line;
        break;
      }
    }
    if (line < 0) line = firstLine2;
    rel = chosen.rel;
    fieldPath = joinShown(shownScope(facts, entry2, chosen.scope), chosen);
    if (facts.view?.name !== void 0)
      where = concat3(scopePath(facts, element, chosen.scope), chosen.path, NO_PATH);
  }
  let subject = facts.subject;
  let elementName = element.name;
  let container = element.container;
  const pod = podOf(facts, element, where);
  if (pod !== void 0) {
    subject += `, ${facts.view?.noun ?? "pod"} "${pod}"`;
    elementName = detach(elementName === void 0 ? pod : `${pod}.${elementName}`);
    if (container !== void 0) container = detach(`${pod}.${container}`);
  }
  if (element.name) subject += `, ${describeElement(rule)} "${element.name}"`;
  if (element.item !== void 0) subject += `, variable "${element.item}"`;
  const severity = settings.severities[rule.id] ?? rule.severity;
  return {
    ruleId: rule.id,
    severity: described?.severity ? atMost(severity, described.severity) : severity,
    title: rule.title,
    message: `${subject}: ${described?.message ?? rule.message ?? rule.title}${nameField && rel ? ` (${rel})` : ""}`,
    location: { file: resource.file, line },
    resource: id,
    element: elementName,
    fieldPath,
    fingerprint: fingerprintOf(
      element.item === void 0 ? [rule.id, facts.group, id, elementName ?? "", rel] : [rule.id, facts.group, id, elementName ?? "", element.item, rel]
    ),
    container
  };
}
function describeElement(rule) {
  switch (rule.forEach) {
    case "volume":
      return "volume";
    case "policyRule":
      return "rule";
    case "subject":
      return "subject";
    default:
      return "container";
  }
}
function ruleErrorFinding(resource, rule, element, e) {
  const line = resource.locator.locate([...resource.basePath, ...element.path]).line;
  const id = resourceId(resource);
  return systemFinding(
    "rule-error",
    {
      message: `rule ${rule.id} could not be evaluated on ${id}${element.name ? ` (${element.name})` : ""}: ${String(e?.message ?? e).split("\n")[0]}`,
      location: { file: resource.file, line },
      resource: id,
      element: element.name,
      fieldPath: formatFieldPath(element.path)
    },
    [rule.id, id, element.name ?? ""]
  );
}
function missingPodSpecFinding(resource, podSpecPath) {
  const where = formatFieldPath(podSpecPath);
  const id = resourceId(resource);
  return systemFinding(
    "parse-error",
    {
      message: `${resource.kind} ${resource.name || "(unnamed)"}: ${where} is missing or not a mapping, so its pod cannot be checked`,
      location: {
        file: resource.file,
        line: resource.locator.locate([...resource.basePath, ...podSpecPath]).line
      },
      resource: id,
      fieldPath: where
    },
    [id, where]
  );
}

// src/parse/line-index.ts
var LEAF = { line: 0 };
var KEY_SEPARATOR = "\0";
function pathKey(path) {
  return path.join(KEY_SEPARATOR);
}
function indexedLocator(build2, rootLine) {
  let index2;
  return {
    locate(path) {
      index2 ??= build2();
      let key = pathKey(path);
      let exact = true;
      while (key !== "") {
        const line = index2.get(key);
        if (line !== void 0) return { line, exact };
        const cut = key.lastIndexOf(KEY_SEPARATOR);
        key = cut < 0 ? "" : key.slice(0, cut);
        exact = false;
      }
      return { line: rootLine, exact: path.length === 0 };
    }
  };
}
function treeIndexLocator(build2, rootLine) {
  let root;
  return {
    locate(path) {
      root ??= build2();
      let node2 = root;
      let line = rootLine;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        const next = typeof segment === "number" && node2.items ? node2.items[segment] : childByKey(node2, String(segment));
        if (next === void 0) return { line, exact: false };
        if (typeof next === "number") {
          node2 = LEAF;
          line = next;
        } else {
          node2 = next;
          line = next.line;
        }
      }
      return { line, exact: true };
    }
  };
}
function childByKey(node2, key) {
  if (node2.keyed) return Object.hasOwn(node2.keyed, key) ? node2.keyed[key] : void 0;
  return node2.kids?.get(key);
}
function childNode(parent, key, line) {
  const kids = parent.kids ??= /* @__PURE__ */ new Map();
  let node2 = kids.get(key);
  if (!node2) {
    node2 = { line };
    kids.set(key, node2);
  }
  return node2;
}
function indentOf(raw) {
  const n = raw.length;
  let i = 0;
  while (i < n && raw.charCodeAt(i) === 32) i++;
  if (i < raw.length && mayBeSpace(raw.charCodeAt(i))) return raw.length - raw.trimStart().length;
  return i;
}
function mayBeSpace(code) {
  return code <= 32 || code === 160 || code >= 5760;
}
function skipSpace(raw, from) {
  const n = raw.length;
  let i = from;
  while (i < n && raw.charCodeAt(i) === 32) i++;
  if (i < raw.length && mayBeSpace(raw.charCodeAt(i)))
    return raw.length - raw.slice(i).trimStart().length;
  return i;
}
var LineIndexer = class {
  root = { line: 0 };
  stack = [
    { col: -1, node: this.root, seq: false, index: 0, child: this.root }
  ];
  /** After a key whose value spans lines, lines deeper than this are that value's. */
  skipDeeperThan = -1;
  /** Records the key or item that starts at `col` of `raw` (in the document's line `line`). */
  handle(raw, col, line) {
    const stack = this.stack;
    while (stack.length > 1 && stack[stack.length - 1].col > col) stack.pop();
    let top = stack[stack.length - 1];
    if (raw.charCodeAt(col) === 45 && (col + 1 === raw.length || raw.charCodeAt(col + 1) === 32)) {
      let seq2;
      if (top.seq && top.col === col) {
        seq2 = top;
        seq2.index++;
      } else {
        seq2 = { col, node: top.child, seq: true, index: 0, child: top.child };
        stack.push(seq2);
      }
      seq2.child = childNode(seq2.node, String(seq2.index), line);
      const content = skipSpace(raw, col + 1);
      if (content < raw.length && raw.charCodeAt(content) !== 35)
        this.handle(raw, content, line);
      return;
    }
    const key = splitKey(raw, col);
    if (key === void 0) return;
    while (stack.length > 1 && top.seq && top.col === col) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    let frame;
    if (!top.seq && top.col === col) frame = top;
    else {
      frame = { col, node: top.child, seq: false, index: 0, child: top.child };
      stack.push(frame);
    }
    frame.child = childNode(frame.node, key, line);
    if (spansLines(raw, keyEnd)) this.skipDeeperThan = col;
  }
};
function indexDocumentLines(lines, start, end) {
  const indexer = new LineIndexer();
  for (let i = start; i < end; i++) {
    const raw = lines[i];
    const col = indentOf(raw);
    if (indexer.skipDeeperThan >= 0) {
      if (col === raw.length || col > indexer.skipDeeperThan) continue;
      indexer.skipDeeperThan = -1;
    }
    if (col === raw.length) continue;
    const first = raw.charCodeAt(col);
    if (first === 35) continue;
    if (col === 0 && (raw.startsWith("---") || raw.startsWith("...") || raw.startsWith("%")))
      continue;
    indexer.handle(raw.includes("	") ? raw.replace(/\t/g, " ") : raw, col, i + 1);
  }
  return indexer.root;
}
function opensMultiline(value) {
  const v = value.startsWith("&") || value.startsWith("!") ? value.replace(/^[&!]\S+\s*/, "") : value;
  if (v.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(v);
  if (v.startsWith("'")) return !/^'(?:[^']|'')*'/.test(v);
  if (v.startsWith("{") || v.startsWith("[")) return !balanced(v);
  return false;
}
function balanced(v) {
  let depth = 0;
  let quote2 = "";
  for (let i = 0; i < v.length; i++) {
    const ch = v[i];
    if (quote2) {
      if (ch === "\\" && quote2 === '"') i++;
      else if (ch === quote2) quote2 = "";
    } else if (ch === '"' || ch === "'") quote2 = ch;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
    else if (ch === "#" && depth === 0) break;
  }
  return depth <= 0;
}
var keyEnd = 0;
function splitKey(raw, at2) {
  let key;
  let after;
  const q2 = raw.charCodeAt(at2);
  if (q2 === 34 || q2 === 39) {
    let i = at2 + 1;
    while (i < raw.length && raw.charCodeAt(i) !== q2)
      i += raw.charCodeAt(i) === 92 && q2 === 34 ? 2 : 1;
    if (i >= raw.length) return void 0;
    key = raw.slice(at2 + 1, i);
    after = i + 1;
    while (after < raw.length && raw.charCodeAt(after) === 32) after++;
    if (after === raw.length || raw.charCodeAt(after) !== 58) return void 0;
  } else {
    if (q2 === 123 || q2 === 91 || raw.startsWith("? ", at2)) return void 0;
    let i = raw.indexOf(":", at2);
    while (i >= 0 && !(i === raw.length - 1 || raw.charCodeAt(i + 1) === 32))
      i = raw.indexOf(":", i + 1);
    if (i <= at2) return void 0;
    key = raw.slice(at2, i).trimEnd();
    if (key.includes(" #")) return void 0;
    after = i;
  }
  keyEnd = after + 1;
  return key;
}
function spansLines(text2, from) {
  let i = from;
  while (i < text2.length && text2.charCodeAt(i) === 32) i++;
  if (i === text2.length) return false;
  switch (text2[i]) {
    case "|":
    case ">":
      return true;
    case '"':
    case "'":
    case "{":
    case "[":
    case "&":
    case "!":
      return opensMultiline(stripComment(text2.slice(i).trim()));
    default: {
      if (!mayBeSpace(text2.charCodeAt(i)) || !/^\s/.test(text2.slice(i, i + 1))) return false;
      const value = stripComment(text2.slice(from).trim());
      return /^[|>]/.test(value) || opensMultiline(value);
    }
  }
}
function stripComment(v) {
  if (v.startsWith("#")) return "";
  const hash = v.indexOf(" #");
  return hash >= 0 && !v.startsWith('"') && !v.startsWith("'") ? v.slice(0, hash).trimEnd() : v;
}

// src/parse/json-lines.ts
function childKey(parent, segment) {
  return parent === "" ? String(segment) : parent + KEY_SEPARATOR + String(segment);
}
var QUOTE = 34;
var BACKSLASH = 92;
var NEWLINE = 10;
function indexJsonLines(text2) {
  const index2 = /* @__PURE__ */ new Map();
  const record3 = (key, line2) => {
    if (!index2.has(key)) index2.set(key, line2);
  };
  const stack = [];
  let line = 1;
  let pending = "";
  let expectingValue = true;
  let shadowed = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 65279) continue;
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text2, i);
      if (top && !top.array && !expectingValue) {
        const raw = text2.slice(i + 1, end);
        const key = raw.includes("\\") ? JSON.parse(text2.slice(i, end + 1)) : raw;
        pending = childKey(top.key, key);
        if (index2.has(pending)) pending = `${shadowed++}`;
        else record3(pending, line);
        expectingValue = true;
      } else {
        if (top?.array) record3(pending, line);
        expectingValue = false;
      }
      i = end;
      continue;
    }
    if (c === 123 || c === 91) {
      if (top?.array) record3(pending, line);
      const array = c === 91;
      stack.push({ array, key: pending, index: 0 });
      if (array) pending = childKey(pending, 0);
      expectingValue = array;
      continue;
    }
    if (c === 125 || c === 93) {
      stack.pop();
      expectingValue = false;
      continue;
    }
    if (c === 44) {
      if (top?.array) {
        top.index++;
        pending = childKey(top.key, top.index);
        expectingValue = true;
      } else expectingValue = false;
      continue;
    }
    if (c === 58) continue;
    if (expectingValue) {
      if (top?.array) record3(pending, line);
      expectingValue = false;
    }
    while (i + 1 < text2.length && !endsScalar(text2.charCodeAt(i + 1))) i++;
  }
  return index2;
}
function endsScalar(c) {
  return c === 32 || c === NEWLINE || c === 13 || c === 9 || c === 44 || c === 93 || c === 125;
}
function stringEnd(text2, start) {
  let i = start + 1;
  for (; ; ) {
    const q2 = text2.indexOf('"', i);
    if (q2 < 0) return text2.length - 1;
    let backslashes = 0;
    for (let j = q2 - 1; text2.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return q2;
    i = q2 + 1;
  }
}
function jsonLocator(text2) {
  const rootLine = text2.slice(0, Math.max(0, text2.search(/\S/))).split("\n").length;
  return indexedLocator(() => indexJsonLines(text2), rootLine);
}

// src/util/yaml-pair.ts
function pairOf(map2, key) {
  const yaml2 = loadYaml();
  return map2.items.find((p) => yaml2.isScalar(p.key) && String(p.key.value) === key);
}

// src/parse/locator.ts
function yamlLocator(lines, start, end, firstLine2) {
  return treeIndexLocator(() => indexDocumentLines(lines, start, end), firstLine2);
}
function treeLocator(text2, firstLine2 = 1) {
  let root;
  let counter;
  return {
    locate(path) {
      const yaml2 = loadYaml();
      if (!counter) {
        counter = new yaml2.LineCounter();
        root = yaml2.parseDocument(text2, { lineCounter: counter, uniqueKeys: false }).contents;
      }
      let node2 = root ?? null;
      let best = node2?.range ? node2.range[0] : 0;
      let exact = true;
      for (const seg of path) {
        let next = null;
        let keyOffset;
        if (yaml2.isMap(node2)) {
          const pair2 = pairOf(node2, String(seg));
          if (pair2) {
            next = pair2.value ?? null;
            keyOffset = yaml2.isScalar(pair2.key) && pair2.key.range ? pair2.key.range[0] : void 0;
          }
        } else if (yaml2.isSeq(node2) && typeof seg === "number") {
          next = node2.items[seg] ?? null;
          keyOffset = next?.range?.[0];
        }
        if (keyOffset === void 0) {
          exact = false;
          break;
        }
        best = keyOffset;
        node2 = next;
      }
      return { line: counter.linePos(best).line + firstLine2 - 1, exact };
    }
  };
}

// src/parse/simple-yaml.ts
var NOT_SIMPLE = /* @__PURE__ */ Symbol("not simple YAML");
var GIVE_UP = { givingUp: true };
var IMPLICIT = KUBERNETES_SCHEMA.compiledImplicit ?? [];
var ENABLED = IMPLICIT.length > 0;
var MAX_DEPTH = 50;
var MAX_KEY = 1e3;
function loadSimpleYaml(lines, start, end, lineTree = { line: 0 }) {
  if (!ENABLED) return NOT_SIMPLE;
  const reader = new Reader(lines, start, end);
  try {
    return reader.document(lineTree);
  } catch (e) {
    if (e === GIVE_UP) return NOT_SIMPLE;
    throw e;
  }
}
function hasUnprintable(text2) {
  return UNPRINTABLE.test(text2);
}
var UNPRINTABLE = (
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/
);
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var DQUOTE = 34;
var SQUOTE = 39;
var COMMA = 44;
var CLOSE_BRACKET = 93;
var CLOSE_BRACE = 125;
var NOT_PLAIN_START = asciiTable("?:,[]{}#&*!|>'\"%@`");
var MAY_RESOLVE = asciiTable("-+.0123456789~nNtTfFyYoO");
function asciiTable(chars) {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
function inTable(table, c) {
  return c < 128 && table[c] === 1;
}
function giveUp() {
  throw GIVE_UP;
}
var Reader = class {
  constructor(lines, start, end) {
    this.lines = lines;
    this.end = end;
    this.i = start;
  }
  lines;
  end;
  i;
  /** The indentation of line i once nextContent has found it. */
  col = 0;
  /** The line nextContent found last (its indentation is `col`). */
  contentAt = -1;
  depth = 0;
  document(root) {
    const value = this.block(-1, false, root);
    if (this.nextContent() < this.end) giveUp();
    return value;
  }
  /**
   * Moves to the next line with content (not blank, not a comment) and returns its index,
   * or `end`. Gives up on tabs in indentation.
   */
  nextContent() {
    if (this.i === this.contentAt) return this.i;
    const { lines, end } = this;
    for (; this.i < end; this.i++) {
      const line = lines[this.i];
      const col = indentOf2(line);
      if (col === line.length) continue;
      const c = line.charCodeAt(col);
      if (c === HASH) continue;
      if (c === 9 || c === 37) giveUp();
      if (col === 0 && (line.startsWith("---") || line.startsWith("..."))) giveUp();
      this.col = col;
      this.contentAt = this.i;
      return this.i;
    }
    return this.i;
  }
  /**
   * A value that starts on a later line (after `key:` or `-` with nothing after): a mapping
   * or sequence indented more than `parent`, a sequence at `parent` itself when it is a
   * mapping's value (`seqAtParent`), or null when there is none.
   */
  block(parent, seqAtParent, node2) {
    const at2 = this.nextContent();
    if (at2 >= this.end) return null;
    const line = this.lines[at2];
    const col = this.col;
    if (isItem(line, col)) {
      if (col > parent || seqAtParent && col === parent) return this.sequence(col, node2);
      return null;
    }
    if (col <= parent) return null;
    if (keyEnd2(line, col) < 0) giveUp();
    return this.mapping(col, -1, node2);
  }
  enter() {
    if (++this.depth > MAX_DEPTH) giveUp();
  }
  /**
   * The mapping whose keys are at column `col`. `firstLine` >= 0: its first key is on that
   * line after a sequence item's dash (`- key: value`), so not at the line's indentation.
   */
  mapping(col, firstLine2, node2) {
    this.enter();
    const map2 = {};
    const kids = {};
    node2.keyed = kids;
    for (let first = firstLine2 >= 0; ; first = false) {
      let at2;
      if (first) at2 = firstLine2;
      else {
        at2 = this.nextContent();
        if (at2 >= this.end) break;
        const indent = this.col;
        if (indent < col) break;
        if (indent > col) giveUp();
      }
      const line = this.lines[at2];
      if (isItem(line, col)) {
        giveUp();
      }
      const colon = keyEnd2(line, col);
      if (colon < 0) giveUp();
      const key = keyText(line, col, colon);
      if (key === "__proto__" || key === "<<" || Object.hasOwn(map2, key)) giveUp();
      this.i = at2 + 1;
      const valueAt3 = skipSpaces(line, colon + 1);
      if (valueAt3 === line.length || line.charCodeAt(valueAt3) === HASH) {
        const child = { line: at2 + 1 };
        kids[key] = child;
        map2[key] = this.block(col, true, child);
      } else {
        kids[key] = at2 + 1;
        map2[key] = this.inlineScalar(line, valueAt3, col);
      }
    }
    this.depth--;
    return map2;
  }
  /** The sequence whose dashes are at column `col`. */
  sequence(col, node2) {
    this.enter();
    const list5 = [];
    const items2 = [];
    node2.items = items2;
    for (; ; ) {
      const at2 = this.nextContent();
      if (at2 >= this.end) break;
      const line = this.lines[at2];
      const indent = this.col;
      if (indent < col) break;
      if (indent > col) giveUp();
      if (!isItem(line, col)) break;
      const content = skipSpaces(line, col + 1);
      this.i = at2 + 1;
      if (content === line.length || line.charCodeAt(content) === HASH) {
        const child = { line: at2 + 1 };
        items2.push(child);
        const value = this.block(col, false, child);
        if (value === null && this.nextContent() < this.end && this.col < col) {
          if (isItem(this.lines[this.i], this.col)) giveUp();
        }
        list5.push(value);
      } else if (isItem(line, content)) {
        giveUp();
      } else if (keyEnd2(line, content) >= 0) {
        const child = { line: at2 + 1 };
        items2.push(child);
        list5.push(this.mapping(content, at2, child));
      } else {
        items2.push(at2 + 1);
        list5.push(this.inlineScalar(line, content, col));
      }
    }
    this.depth--;
    return list5;
  }
  /** A scalar (or empty flow collection) that starts at `at` of `line` and ends with it. */
  inlineScalar(line, at2, parent) {
    const c = line.charCodeAt(at2);
    if (c === DQUOTE) return doubleQuoted(line, at2);
    if (c === SQUOTE) return singleQuoted(line, at2);
    if (c === 124) return this.literal(line, at2, parent);
    if (c === 91) return flowSequence(line, at2);
    if (c === 123) return emptyMapping(line, at2);
    return this.plain(line, at2, parent);
  }
  /**
   * A plain scalar that starts at `at` of `line`, with the lines after it that continue it:
   * those indented more than `parent` (generated CRDs wrap their descriptions so). As
   * js-yaml folds them: one line break becomes a space, and n blank lines n line breaks.
   * A continuation line that could read as anything but text gives up.
   */
  plain(line, at2, parent) {
    const first = plainText(line, at2);
    const { lines, end } = this;
    let text2;
    let blank = 0;
    for (let k = this.i; k < end; k++) {
      const next = lines[k];
      const indent = indentOf2(next);
      if (indent === next.length) {
        blank++;
        continue;
      }
      if (indent <= parent || first.commented || next.charCodeAt(indent) === HASH) break;
      const piece = continuationText(next, indent);
      text2 = (text2 ?? first.raw) + (blank === 0 ? " " : "\n".repeat(blank)) + piece;
      blank = 0;
      this.i = k + 1;
    }
    const raw = text2 ?? first.raw;
    return inTable(MAY_RESOLVE, line.charCodeAt(at2)) ? resolvePlain(raw) : raw;
  }
  /** A literal block scalar (`|` or `|-`) whose header is at `at`; its lines follow. */
  literal(line, at2, parent) {
    let p = at2 + 1;
    let strip = false;
    if (p < line.length && line.charCodeAt(p) === DASH) {
      strip = true;
      p++;
    }
    const rest = skipSpaces(line, p);
    if (rest < line.length && !(line.charCodeAt(rest) === HASH && rest > p)) giveUp();
    const { lines, end } = this;
    let k = this.i;
    if (k >= end) return "";
    const firstIndent = indentOf2(lines[k]);
    if (firstIndent === lines[k].length) giveUp();
    if (firstIndent <= parent) {
      return "";
    }
    if (lines[k].charCodeAt(firstIndent) === 9) giveUp();
    const n = firstIndent;
    const parts2 = [];
    let blankRun = 0;
    for (; k < end; k++) {
      const text2 = lines[k];
      const indent = indentOf2(text2);
      if (indent === text2.length) {
        if (text2.length > n) giveUp();
        blankRun++;
        continue;
      }
      if (indent < n) break;
      for (; blankRun > 0; blankRun--) parts2.push("");
      parts2.push(text2.slice(n));
    }
    this.i = k - blankRun;
    const body = parts2.join("\n");
    return strip ? body : `${body}
`;
  }
};
function indentOf2(line) {
  const n = line.length;
  let i = 0;
  while (i < n && line.charCodeAt(i) === SPACE) i++;
  return i;
}
function skipSpaces(line, from) {
  const n = line.length;
  let i = from;
  while (i < n && line.charCodeAt(i) === SPACE) i++;
  return i;
}
function isItem(line, col) {
  return line.charCodeAt(col) === DASH && (col + 1 === line.length || line.charCodeAt(col + 1) === SPACE);
}
function keyEnd2(line, at2) {
  const c = line.charCodeAt(at2);
  if (c === DQUOTE || c === SQUOTE) {
    const close = line.indexOf(c === DQUOTE ? '"' : "'", at2 + 1);
    if (close < 0) return -1;
    const colon2 = skipSpaces(line, close + 1);
    return colon2 < line.length && line.charCodeAt(colon2) === COLON && isSeparated(line, colon2 + 1) ? colon2 : -1;
  }
  if (inTable(NOT_PLAIN_START, c) || c === 9 || isItem(line, at2)) return -1;
  let colon = line.indexOf(":", at2);
  while (colon >= 0 && !isSeparated(line, colon + 1)) colon = line.indexOf(":", colon + 1);
  return colon;
}
function isSeparated(line, at2) {
  return at2 === line.length || line.charCodeAt(at2) === SPACE;
}
function keyText(line, at2, colon) {
  const c = line.charCodeAt(at2);
  if (c === DQUOTE) return doubleQuoted(line.slice(0, colon), at2);
  if (c === SQUOTE) return singleQuoted(line.slice(0, colon), at2);
  let last = colon;
  while (last > at2 && line.charCodeAt(last - 1) === SPACE) last--;
  const raw = line.slice(at2, last);
  if (raw.length > MAX_KEY || raw.includes(" #") || raw.includes("	")) giveUp();
  return inTable(MAY_RESOLVE, c) ? String(resolvePlain(raw)) : raw;
}
function plainText(line, at2) {
  const c = line.charCodeAt(at2);
  if (inTable(NOT_PLAIN_START, c)) giveUp();
  if (c === DASH && (at2 + 1 === line.length || line.charCodeAt(at2 + 1) === SPACE)) giveUp();
  const n = line.length;
  let stop = n;
  let commented = false;
  for (let i = at2; i < n; i++) {
    const ch = line.charCodeAt(i);
    if (ch === SPACE) {
      if (i + 1 < n && line.charCodeAt(i + 1) === HASH) {
        stop = i;
        commented = true;
        break;
      }
    } else if (ch === COLON) {
      if (i + 1 < n && line.charCodeAt(i + 1) === SPACE) giveUp();
    } else if (ch === 9) giveUp();
  }
  while (stop > at2 && line.charCodeAt(stop - 1) === SPACE) stop--;
  if (line.charCodeAt(stop - 1) === COLON) giveUp();
  return { raw: line.slice(at2, stop), commented };
}
function continuationText(line, at2) {
  const { raw, commented } = plainText(line, at2);
  if (commented) giveUp();
  return raw;
}
function resolvePlain(raw) {
  const remembers = raw.length <= MAX_REMEMBERED_LENGTH;
  if (remembers) {
    const known2 = resolved.get(raw);
    if (known2 !== void 0) return known2;
  }
  let value = raw;
  for (const type2 of IMPLICIT) {
    if (type2.resolve(raw)) {
      value = type2.construct(raw);
      break;
    }
  }
  if (remembers && resolved.size < MAX_RESOLVED && value !== void 0 && (typeof value !== "object" || value === null))
    resolved.set(raw, value);
  return value;
}
var resolved = /* @__PURE__ */ new Map();
var MAX_RESOLVED = 4096;
var MAX_REMEMBERED_LENGTH = 12;
function endsLine(line, from) {
  const at2 = skipSpaces(line, from);
  return at2 === line.length || line.charCodeAt(at2) === HASH && at2 > from;
}
function doubleQuoted(line, at2) {
  const close = line.indexOf('"', at2 + 1);
  if (close < 0 || !endsLine(line, close + 1)) giveUp();
  const text2 = line.slice(at2 + 1, close);
  if (text2.includes("\\")) giveUp();
  return text2;
}
function singleQuoted(line, at2) {
  const [text2, close] = singleQuotedText(line, at2);
  if (!endsLine(line, close + 1)) giveUp();
  return text2;
}
function singleQuotedText(line, at2) {
  let text2 = "";
  let from = at2 + 1;
  for (; ; ) {
    const q2 = line.indexOf("'", from);
    if (q2 < 0) giveUp();
    if (q2 + 1 < line.length && line.charCodeAt(q2 + 1) === SQUOTE) {
      text2 += line.slice(from, q2 + 1);
      from = q2 + 2;
      continue;
    }
    return [text2 + line.slice(from, q2), q2];
  }
}
function emptyMapping(line, at2) {
  const close = skipSpaces(line, at2 + 1);
  if (line.charCodeAt(close) !== CLOSE_BRACE || !endsLine(line, close + 1)) giveUp();
  return {};
}
var NOT_IN_FLOW_ITEM = /[[\]{}#"':\t]/;
function flowSequence(line, at2) {
  const items2 = [];
  let p = skipSpaces(line, at2 + 1);
  if (line.charCodeAt(p) === CLOSE_BRACKET) {
    if (!endsLine(line, p + 1)) giveUp();
    return items2;
  }
  for (; ; ) {
    const c = line.charCodeAt(p);
    let after;
    if (c === DQUOTE) {
      const close = line.indexOf('"', p + 1);
      if (close < 0) giveUp();
      const text2 = line.slice(p + 1, close);
      if (text2.includes("\\")) giveUp();
      items2.push(text2);
      after = close + 1;
    } else if (c === SQUOTE) {
      const [text2, close] = singleQuotedText(line, p);
      items2.push(text2);
      after = close + 1;
    } else {
      let q2 = p;
      while (q2 < line.length && line.charCodeAt(q2) !== COMMA && line.charCodeAt(q2) !== CLOSE_BRACKET)
        q2++;
      let last = q2;
      while (last > p && line.charCodeAt(last - 1) === SPACE) last--;
      const raw = line.slice(p, last);
      if (raw === "" || inTable(NOT_PLAIN_START, c) || c === DASH && (raw.length === 1 || raw.charCodeAt(1) === SPACE) || NOT_IN_FLOW_ITEM.test(raw))
        giveUp();
      items2.push(inTable(MAY_RESOLVE, c) ? resolvePlain(raw) : raw);
      after = q2;
    }
    p = skipSpaces(line, after);
    const separator = line.charCodeAt(p);
    if (separator === CLOSE_BRACKET) {
      if (!endsLine(line, p + 1)) giveUp();
      return items2;
    }
    if (separator !== COMMA) giveUp();
    p = skipSpaces(line, p + 1);
    if (line.charCodeAt(p) === CLOSE_BRACKET || line.charCodeAt(p) === COMMA) giveUp();
  }
}

// src/parse/empty-item.ts
var util = lazyBuiltin("node:util");
function emptyItemBeforeOuterDash(lines, start, end) {
  let pendingCol = -1;
  let pendingLine = -1;
  for (let i = start; i < end; i++) {
    const raw = lines[i];
    let col = 0;
    while (col < raw.length && raw.charCodeAt(col) === 32) col++;
    if (col === raw.length || raw.charCodeAt(col) === 35) continue;
    const dashes = lastDashOf(raw, col);
    if (pendingCol >= 0 && dashes.first >= 0 && dashes.first < pendingCol) return pendingLine;
    pendingCol = dashes.emptyAt;
    pendingLine = i + 1;
  }
  return -1;
}
function lastDashOf(raw, col) {
  let p = col;
  let last = -1;
  while (p < raw.length && raw.charCodeAt(p) === 45 && (p + 1 === raw.length || raw.charCodeAt(p + 1) === 32)) {
    last = p;
    p++;
    while (p < raw.length && raw.charCodeAt(p) === 32) p++;
  }
  if (last < 0) return { first: -1, emptyAt: -1 };
  const empty = p === raw.length || raw.charCodeAt(p) === 35;
  return { first: col, emptyAt: empty ? last : -1 };
}
function specReading(chunk, value, lines, start, end) {
  const line = emptyItemBeforeOuterDash(lines, start, end);
  if (line < 0) return void 0;
  let spec;
  try {
    spec = loadYaml().parse(chunk, { schema: "core", customTags: [yaml11Bool2] });
  } catch {
    return void 0;
  }
  return util().isDeepStrictEqual(spec ?? null, value ?? null) ? void 0 : { value: spec, line };
}
var yaml11Bool2 = {
  tag: "tag:yaml.org,2002:bool",
  default: true,
  test: new RegExp(`^(?:${[...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false].join("|")})$`),
  resolve: (word) => BOOLEAN_WORDS.true.has(word)
};

// src/parse/parse-source.ts
var DEFAULT_PARSE_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxNodesPerDocument: 1e6
};
var LOAD_OPTIONS = { schema: KUBERNETES_SCHEMA };
function parseSource(source, limits = DEFAULT_PARSE_LIMITS) {
  const { path, text: text2 } = source;
  if (Buffer.byteLength(text2) > limits.maxFileBytes) {
    return problem(
      path,
      1,
      `file is larger than the limit of ${limits.maxFileBytes} bytes; not scanned`
    );
  }
  if (text2.slice(0, 8192).includes("\0")) {
    return {
      resources: [],
      problems: [{ file: path, line: 1, message: "binary file; not scanned", warningOnly: true }]
    };
  }
  if (path.endsWith(".json")) return parseJson(path, text2);
  return parseYaml(path, text2, limits);
}
function problem(file, line, message) {
  return { resources: [], problems: [{ file, line, message }] };
}
function parseJson(path, text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? text2.slice(0, Number(pos)).split("\n").length : 1;
    return problem(path, line, `invalid JSON: ${String(e.message).split("\n")[0]}`);
  }
  const out = { resources: [], problems: [] };
  collectResources(value, path, 0, jsonLocator(text2), out);
  return out;
}
var DOC_START = /^---(?:\s|$)/;
var DOC_END = /^\.\.\.\s*$/;
function parseYaml(path, text2, limits) {
  const sliceable = !text2.includes("\r");
  const lines = sliceable ? text2.split("\n") : text2.split(/\r?\n/);
  const simple = sliceable && text2.charCodeAt(0) !== 65279 && !hasUnprintable(text2);
  const out = { resources: [], problems: [] };
  let docIndex = 0;
  let start = 0;
  let startOffset = 0;
  let offset = 0;
  let explicit = false;
  const flush = (end) => {
    const firstContent = firstContentLine(lines, start, end);
    if (firstContent < 0) {
      if (explicit) docIndex++;
      return;
    }
    if (simple) {
      const lineTree = { line: 0 };
      const value = loadSimpleYaml(lines, start, end, lineTree);
      if (value !== NOT_SIMPLE) {
        const locator = treeIndexLocator(() => lineTree, firstContent + 1);
        collectResources(value, path, docIndex++, locator, out);
        return;
      }
    }
    const chunk = sliceable ? text2.slice(startOffset, end < lines.length ? offset - 1 : text2.length) : lines.slice(start, end).join("\n");
    parseDocumentChunk(chunk, lines, start, end, firstContent, path, docIndex++, out, limits);
  };
  for (let i = 0; i < lines.length; i++, offset += lines[i - 1].length + 1) {
    if (lines[i].length === 0) continue;
    const first = lines[i].charCodeAt(0);
    if (first !== 45 && first !== 46) continue;
    if (DOC_START.test(lines[i])) {
      flush(i);
      start = i + 1;
      startOffset = offset + lines[i].length + 1;
      explicit = true;
    } else if (DOC_END.test(lines[i])) {
      flush(i);
      start = i + 1;
      startOffset = offset + lines[i].length + 1;
      explicit = false;
    }
  }
  flush(lines.length);
  return out;
}
function firstContentLine(lines, start, end) {
  for (let i = start; i < end; i++) {
    const t = lines[i].trimStart();
    if (t !== "" && !t.startsWith("#") && !t.startsWith("%")) return i;
  }
  return -1;
}
function parseDocumentChunk(chunk, lines, start, end, firstContent, path, docIndex, out, limits) {
  let value;
  try {
    value = yaml.load(chunk, LOAD_OPTIONS);
  } catch (e) {
    const err = e;
    const line = start + (err.mark?.line ?? 0) + 1;
    out.problems.push({
      file: path,
      line,
      message: `invalid YAML: ${err.reason ?? "cannot parse"}`
    });
    return;
  }
  const spec = specReading(chunk, value, lines, start, end);
  if (spec) {
    value = spec.value;
    out.problems.push({
      file: path,
      line: spec.line,
      message: "ambiguous YAML: an empty list item followed by a list item further left, which js-yaml reads as the same list and Kubernetes as the outer one; checked as Kubernetes reads it. Write the empty item as `- null` or remove it"
    });
  }
  if (chunk.includes("*") && exceedsNodeBudget(value, limits.maxNodesPerDocument)) {
    out.problems.push({
      file: path,
      line: firstContent + 1,
      message: `document expands to more than ${limits.maxNodesPerDocument} nodes through aliases (a YAML alias bomb?); not scanned`
    });
    return;
  }
  const flow = /^\s*[{[]/.test(lines[firstContent]);
  const locator = flow ? treeLocator(chunk, start + 1) : yamlLocator(lines, start, end, firstContent + 1);
  collectResources(value, path, docIndex, locator, out);
}
function exceedsNodeBudget(value, budget) {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > budget) return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === "object")
      for (const item of Object.values(v)) stack.push(item);
  }
  return false;
}
function collectResources(value, file, docIndex, locator, out, basePath = []) {
  if (!isJsonObject(value)) return;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !apiVersion || !kind) return;
  if (kind.endsWith("List") && Array.isArray(value.items)) {
    value.items.forEach(
      (item, i) => collectResources(item, file, docIndex, locator, out, [...basePath, "items", i])
    );
    return;
  }
  const metadata3 = isJsonObject(value.metadata) ? value.metadata : {};
  const name = typeof metadata3.name === "string" ? metadata3.name : typeof metadata3.generateName === "string" ? metadata3.generateName : "";
  const namespace = typeof metadata3.namespace === "string" ? metadata3.namespace : "";
  out.resources.push({
    apiVersion,
    kind,
    name,
    namespace,
    object: value,
    file,
    docIndex,
    basePath,
    locator
  });
}

// src/evaluate/rules/builtin-rules.ts
import { dirname, join as join2, relative as relative2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/evaluate/rules/bundled-rules.ts
var bundled;
function bundledRules() {
  if (false) return void 0;
  if (bundled) return bundled;
  const url = new URL("./builtin-rules.json", import.meta.url);
  let text2;
  try {
    text2 = readFileSync(url, "utf8");
  } catch (e) {
    throw new ConfigurationError(
      `kubegate's built-in rules (${url.pathname}) cannot be read: the bundle needs the file beside it, as dist/ ships them (${errorMessage(e)})`
    );
  }
  return bundled = JSON.parse(text2);
}

// src/evaluate/rules/builtin-rules.ts
function builtinRuleTexts() {
  return bundledRules()?.rules ?? readRuleTexts(builtinRulesDir());
}
function builtinRulesDir() {
  return join2(dirname(fileURLToPath2(import.meta.url)), "..", "..", "..", "rules");
}
function readRuleTexts(dir) {
  const out = [];
  const walk3 = (d) => {
    for (const entry2 of readdirSync(d, { withFileTypes: true })) {
      const p = join2(d, entry2.name);
      if (entry2.isDirectory()) walk3(p);
      else if (entry2.name.endsWith(".yaml") && !entry2.name.endsWith(".test.yaml")) {
        out.push({ file: relative2(join2(dir, ".."), p).split("\\").join("/"), text: readFileSync(p, "utf8") });
      }
    }
  };
  walk3(dir);
  return out.sort((a, b) => compareText(a.file, b.file));
}

// src/evaluate/rules/load-rules.ts
import { basename } from "node:path";

// src/util/vendor/cel-js.bundled.ts
var loadCelJs = vendorPackage("cel-js");

// src/evaluate/rules/cel-values.ts
var cel_values_exports = {};
__export(cel_values_exports, {
  BAIL: () => BAIL,
  CelType: () => CelType,
  NONE: () => NONE2,
  Optional: () => Optional,
  TYPES: () => TYPES,
  add: () => add,
  all: () => all,
  bail: () => bail,
  bool: () => bool2,
  celEquals: () => celEquals,
  celIn: () => celIn,
  celMatches: () => celMatches,
  celSize: () => celSize,
  celString: () => celString,
  checkedInt: () => checkedInt,
  comparable: () => comparable,
  entry: () => entry,
  exists: () => exists,
  filterMap: () => filterMap,
  ge: () => ge,
  gt: () => gt,
  hasField: () => hasField,
  hasValue: () => hasValue,
  inStrings: () => inStrings,
  index: () => index,
  isMap: () => isMap,
  join: () => join3,
  le: () => le,
  listIndex: () => listIndex,
  lt: () => lt,
  mapList: () => mapList,
  mapOf: () => mapOf,
  negate: () => negate,
  not: () => not,
  optionalIndex: () => optionalIndex,
  optionalOf: () => optionalOf,
  optionalSelect: () => optionalSelect,
  orValue: () => orValue,
  pathOr: () => pathOr,
  rangeOf: () => rangeOf,
  select: () => select,
  split: () => split,
  str: () => str3,
  substring: () => substring,
  subtract: () => subtract,
  toDouble: () => toDouble,
  toInt: () => toInt,
  typeOf: () => typeOf
});
var BAIL = /* @__PURE__ */ Symbol("bail to the CEL interpreter");
function bail() {
  throw BAIL;
}
var Optional = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var NONE2 = new Optional(void 0);
var optionalOf = (v) => v === void 0 ? NONE2 : new Optional(v);
var CelType = class {
  constructor(name) {
    this.name = name;
  }
  name;
};
var TYPES = Object.freeze(
  Object.fromEntries(
    ["null_type", "bool", "int", "uint", "double", "string", "list", "map", "type"].map((n) => [
      n,
      new CelType(n)
    ])
  )
);
var proto = Object.getPrototypeOf;
function isMap(v) {
  if (v === null || typeof v !== "object") return false;
  const p = proto(v);
  return p === Object.prototype || p === null;
}
function typeOf(v) {
  switch (typeof v) {
    case "boolean":
      return TYPES.bool;
    case "bigint":
      return TYPES.int;
    case "number":
      return TYPES.double;
    case "string":
      return TYPES.string;
    case "object":
      if (v === null) return TYPES.null_type;
      if (Array.isArray(v)) return TYPES.list;
      if (v instanceof CelType) return TYPES.type;
      if (isMap(v)) return TYPES.map;
  }
  return bail();
}
function celEquals(a, b) {
  if (a === b) return true;
  switch (typeof a) {
    case "string":
    case "boolean":
      return false;
    case "bigint":
    case "number":
      return (typeof b === "bigint" || typeof b === "number") && typeof a !== typeof b ? looseEquals(a, b) : false;
    case "object": {
      if (typeof b !== "object" || a === null || b === null) return false;
      const ta = typeOf(a);
      if (ta !== typeOf(b)) return false;
      if (ta === TYPES.list) return listEquals(a, b);
      if (ta === TYPES.map)
        return mapEquals(a, b);
      return false;
    }
  }
  return bail();
}
var looseEquals = (a, b) => a == b;
function listEquals(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!celEquals(a[i], b[i])) return false;
  return true;
}
function mapEquals(a, b) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!Object.hasOwn(b, k) || !celEquals(a[k], b[k])) return false;
  return true;
}
function comparable(a, b) {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb) return ta === "string" || ta === "bigint" || ta === "number" || ta === "boolean";
  return ta === "bigint" && tb === "number" || ta === "number" && tb === "bigint";
}
var MIN_INT = -(2n ** 63n);
var MAX_INT = 2n ** 63n - 1n;
function checkedInt(v) {
  return v < MIN_INT || v > MAX_INT ? bail() : v;
}
function celIn(v, coll) {
  if (Array.isArray(coll)) {
    for (let i = 0; i < coll.length; i++) if (celEquals(v, coll[i])) return true;
    return false;
  }
  if (isMap(coll)) {
    if (typeof v !== "string") return bail();
    return Object.hasOwn(coll, v) && coll[v] !== void 0;
  }
  return bail();
}
function celSize(v) {
  if (typeof v === "string") {
    let n = 0;
    for (const _ of v) n++;
    return BigInt(n);
  }
  if (Array.isArray(v)) return BigInt(v.length);
  if (isMap(v)) return BigInt(Object.keys(v).length);
  return bail();
}
function celString(v) {
  switch (typeof v) {
    case "string":
      return v;
    case "boolean":
    case "bigint":
      return `${v}`;
    case "number":
      return v === Infinity ? "+Inf" : v === -Infinity ? "-Inf" : `${v}`;
  }
  return bail();
}
function listIndex(k) {
  const i = typeof k === "bigint" ? Number(k) : typeof k === "number" ? k : NaN;
  return Number.isInteger(i) ? i : bail();
}
function entry(recv, key) {
  if (Array.isArray(recv)) {
    const i = listIndex(key);
    return i >= 0 && i < recv.length ? recv[i] : void 0;
  }
  if (isMap(recv)) {
    if (typeof key !== "string") return bail();
    return Object.hasOwn(recv, key) ? recv[key] : void 0;
  }
  return bail();
}
var regexps = /* @__PURE__ */ new Map();
function celMatches(s, pattern) {
  let re = regexps.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern);
    } catch {
      return bail();
    }
    if (regexps.size < 1e3) regexps.set(pattern, re);
  }
  return re.test(s);
}
function hasNoFields(v) {
  const t = typeof v;
  return v === null || t === "string" || t === "number" || t === "bigint" || t === "boolean";
}
function select(v, f) {
  if (v instanceof Optional) {
    if (v.value === void 0) return NONE2;
    const x2 = isMap(v.value) && Object.hasOwn(v.value, f) ? v.value[f] : void 0;
    return x2 === void 0 ? bail() : new Optional(x2);
  }
  const x = isMap(v) && Object.hasOwn(v, f) ? v[f] : void 0;
  return x === void 0 ? bail() : x;
}
function optionalSelect(v, f) {
  if (v instanceof Optional) {
    if (v.value === void 0) return NONE2;
    v = v.value;
  }
  if (isMap(v)) return Object.hasOwn(v, f) ? optionalOf(v[f]) : NONE2;
  return hasNoFields(v) || Array.isArray(v) ? NONE2 : bail();
}
function index(v, k) {
  if (v instanceof Optional) return bail();
  const x = entry(v, k);
  return x === void 0 ? bail() : x;
}
function optionalIndex(v, k) {
  if (v instanceof Optional) {
    if (v.value === void 0) return NONE2;
    v = v.value;
  }
  if (Array.isArray(v)) {
    const i = typeof k === "bigint" ? Number(k) : k;
    return typeof i === "number" && Number.isInteger(i) && i >= 0 ? optionalOf(v[i]) : NONE2;
  }
  if (isMap(v)) return typeof k === "string" && Object.hasOwn(v, k) ? optionalOf(v[k]) : NONE2;
  return hasNoFields(v) ? NONE2 : bail();
}
function hasField(v, f) {
  if (isMap(v)) return Object.hasOwn(v, f) && v[f] !== void 0;
  return hasNoFields(v) || Array.isArray(v) ? false : bail();
}
function mapOf(kv) {
  const out = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < kv.length; i += 2) {
    const key = kv[i];
    if (typeof key !== "string" || Object.hasOwn(out, key)) return bail();
    out[key] = kv[i + 1];
  }
  return out;
}
var bool2 = (v) => typeof v === "boolean" ? v : bail();
var not = (v) => typeof v === "boolean" ? !v : bail();
function negate(v) {
  return typeof v === "bigint" ? checkedInt(-v) : typeof v === "number" ? -v : bail();
}
var lt = (a, b) => comparable(a, b) ? a < b : bail();
var le = (a, b) => comparable(a, b) ? a <= b : bail();
var gt = (a, b) => comparable(a, b) ? a > b : bail();
var ge = (a, b) => comparable(a, b) ? a >= b : bail();
function add(a, b) {
  const t = typeof a;
  if (t !== typeof b) return bail();
  if (t === "string") return a + b;
  if (t === "bigint") return checkedInt(a + b);
  if (t === "number") return a + b;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === 0 ? b : b.length === 0 ? a : a.concat(b);
  return bail();
}
function subtract(a, b) {
  if (typeof a === "bigint" && typeof b === "bigint") return checkedInt(a - b);
  return typeof a === "number" && typeof b === "number" ? a - b : bail();
}
function toInt(v) {
  if (typeof v === "bigint") return v;
  return typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? BigInt(v) : bail();
}
function toDouble(v) {
  return typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : bail();
}
function rangeOf(v) {
  if (Array.isArray(v)) return v;
  return isMap(v) ? Object.keys(v) : bail();
}
function quantify(v, pred, decides) {
  let unsure = false;
  const items2 = rangeOf(v);
  for (let i = 0; i < items2.length; i++) {
    let p;
    try {
      p = pred(items2[i]);
    } catch {
      unsure = true;
      continue;
    }
    if (p === decides) return decides;
    if (p !== !decides) unsure = true;
  }
  return unsure ? bail() : !decides;
}
var exists = (v, pred) => quantify(v, pred, true);
var all = (v, pred) => quantify(v, pred, false);
function filterMap(v, pred, transform) {
  const out = [];
  const items2 = rangeOf(v);
  for (let i = 0; i < items2.length; i++) {
    const x = items2[i];
    const p = pred(x);
    if (p === true) out.push(transform ? transform(x) : x);
    else if (p !== false) return bail();
  }
  return out;
}
function mapList(v, transform) {
  const items2 = rangeOf(v);
  const out = new Array(items2.length);
  for (let i = 0; i < items2.length; i++) out[i] = transform(items2[i]);
  return out;
}
function orValue(v, d) {
  if (!(v instanceof Optional)) return bail();
  return v.value === void 0 ? d : v.value;
}
var hasValue = (v) => v instanceof Optional ? v.value !== void 0 : bail();
var str3 = (v) => typeof v === "string" ? v : bail();
var position = (v) => typeof v === "bigint" ? Number(v) : bail();
function substring(v, from, to) {
  const s = str3(v);
  const start = position(from);
  const end = to === void 0 ? s.length : position(to);
  if (start < 0 || start > s.length || end < start || end > s.length) return bail();
  return s.substring(start, end);
}
function split(v, separator, limit) {
  const s = str3(v);
  const sep5 = str3(separator);
  if (limit === void 0) return s.split(sep5);
  const n = position(limit);
  if (n === 0) return [];
  const parts2 = s.split(sep5);
  if (n < 0 || parts2.length <= n) return parts2;
  return [...parts2.slice(0, n - 1), parts2.slice(n - 1).join(sep5)];
}
function join3(v, separator) {
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) return bail();
  return v.join(separator === void 0 ? "" : str3(separator));
}
function pathOr(v, fields, d) {
  if (v instanceof Optional) {
    if (v.value === void 0) return d;
    v = v.value;
  }
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (isMap(v)) {
      v = Object.hasOwn(v, f) ? v[f] : void 0;
      if (v === void 0) return d;
    } else if (hasNoFields(v) || Array.isArray(v)) return d;
    else return bail();
  }
  return v;
}
function inStrings(v, set2, list5) {
  return typeof v === "string" ? set2.has(v) : celIn(v, list5);
}

// src/evaluate/rules/cel-fast.ts
var Unsupported = class extends Error {
};
var OPERATIONS2 = { ...cel_values_exports };
function generateFast(ast) {
  const emitter = {
    constants: [],
    locals: [],
    inputs: /* @__PURE__ */ new Map(),
    names: 0,
    booleans: /* @__PURE__ */ new Set(),
    strings: /* @__PURE__ */ new Set()
  };
  let body;
  try {
    body = emit(ast, /* @__PURE__ */ new Map(), emitter);
  } catch (e) {
    if (e instanceof Unsupported) return void 0;
    throw e;
  }
  const source = `return function check(ctx) {
` + [...emitter.inputs].map(
    ([name, local]) => `  const ${local} = ctx[${constant(name, emitter)}];
  if (${local} === undefined) bail();
`
  ).join("") + (emitter.locals.length ? `  let ${emitter.locals.join(", ")};
` : "") + `  return ${body};
};`;
  return { source, constants: emitter.constants };
}
var OPERATION_NAMES = Object.keys(OPERATIONS2);
function instantiateFast(fast) {
  return instantiateFastBatch([fast])[0];
}
function instantiateFastBatch(fasts) {
  const factories = new Function(
    "o",
    `'use strict';
const { ${OPERATION_NAMES.join(", ")} } = o;
return [
` + fasts.map((f) => `function (k) {
${f.source}
}`).join(",\n") + "];"
  );
  return factories(OPERATIONS2).map((factory, i) => factory(fasts[i].constants));
}
function compileFast(ast) {
  const fast = generateFast(ast);
  return fast && instantiateFast(fast);
}
function node(n) {
  if (n === null || typeof n !== "object" || typeof n.op !== "string")
    throw new Unsupported("not an AST node");
  return n;
}
function pair(n) {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 2) throw new Unsupported(`${n.op}: unexpected shape`);
  return [a[0], a[1]];
}
function constant(value, e) {
  let i = e.constants.indexOf(value);
  if (i < 0) i = e.constants.push(value) - 1;
  return `k[${i}]`;
}
function isLiteral(v) {
  const t = typeof v;
  return v === null || t === "string" || t === "boolean" || t === "bigint" || t === "number";
}
var BINARY = {
  "==": "celEquals",
  in: "celIn",
  "<": "lt",
  "<=": "le",
  ">": "gt",
  ">=": "ge",
  "+": "add",
  "-": "subtract"
};
function emit(raw, scope, e) {
  const n = node(raw);
  const sub = (x) => emit(x, scope, e);
  switch (n.op) {
    case "value":
      if (!isLiteral(n.args)) throw new Unsupported(`literal of type ${typeof n.args}`);
      if (typeof n.args === "boolean") return known(constant(n.args, e), e.booleans);
      if (typeof n.args === "string") return known(constant(n.args, e), e.strings);
      return constant(n.args, e);
    case "id":
      return identifier2(String(n.args), scope, e);
    case ".":
    case ".?": {
      const [obj, field] = pair(n);
      if (typeof field !== "string") throw new Unsupported("field name");
      const fn2 = n.op === "." ? "select" : "optionalSelect";
      return `${fn2}(${sub(obj)}, ${constant(field, e)})`;
    }
    case "[]":
    case "[?]": {
      const [obj, key] = pair(n);
      return `${n.op === "[]" ? "index" : "optionalIndex"}(${sub(obj)}, ${sub(key)})`;
    }
    case "list":
      return listLiteral(n, scope, e);
    case "map": {
      if (!Array.isArray(n.args)) throw new Unsupported("map shape");
      const kv = n.args.flatMap((entry2) => {
        if (!Array.isArray(entry2) || entry2.length !== 2) throw new Unsupported("map entry");
        return [sub(entry2[0]), sub(entry2[1])];
      });
      return `mapOf([${kv.join(", ")}])`;
    }
    case "call":
      return globalCall(n, scope, e);
    case "rcall":
      return receiverCall(n, scope, e);
    case "!_": {
      const x = sub(n.args);
      return known(e.booleans.has(x) ? `!${x}` : `not(${x})`, e.booleans);
    }
    case "-_":
      return `negate(${sub(n.args)})`;
    case "?:": {
      const a = n.args;
      if (!Array.isArray(a) || a.length !== 3) throw new Unsupported("?: shape");
      const [yes, no] = [sub(a[1]), sub(a[2])];
      return sameKindAs(`(${asBool(sub(a[0]), e)} ? ${yes} : ${no})`, e, yes, no);
    }
    // Only a boolean left side decides here; an error or another type on the left (which
    // CEL may still absorb, depending on the right side) is the interpreter's to judge.
    case "&&":
    case "||": {
      const [l2, r2] = pair(n);
      return known(`(${asBool(sub(l2), e)} ${n.op} ${asBool(sub(r2), e)})`, e.booleans);
    }
    case "==":
    case "!=": {
      const [l2, r2] = pair(n);
      const not2 = n.op === "!=" ? "!" : "";
      const t = typeName(r2);
      if (t && node(l2).op === "call" && isTypeCall(node(l2)) && !scope.has(t))
        return known(`${not2}(${sub(l2)} === ${constant(TYPES[t], e)})`, e.booleans);
      return known(`${not2}celEquals(${sub(l2)}, ${sub(r2)})`, e.booleans);
    }
    case "in": {
      const [l2, r2] = pair(n);
      const strings3 = stringLiterals(r2);
      if (strings3)
        return known(
          `inStrings(${sub(l2)}, ${constant(new Set(strings3), e)}, ${constant(Object.freeze(strings3), e)})`,
          e.booleans
        );
      break;
    }
  }
  const fn = Object.hasOwn(BINARY, n.op) ? BINARY[n.op] : void 0;
  if (!fn) throw new Unsupported(`operator ${n.op}`);
  const [l, r] = pair(n);
  const code = `${fn}(${sub(l)}, ${sub(r)})`;
  return BOOLEAN_OPERATIONS.has(fn) ? known(code, e.booleans) : code;
}
var BOOLEAN_OPERATIONS = /* @__PURE__ */ new Set(["celEquals", "celIn", "lt", "le", "gt", "ge"]);
function known(code, set2) {
  set2.add(code);
  return code;
}
function sameKindAs(code, e, ...parts2) {
  for (const set2 of [e.booleans, e.strings]) if (parts2.every((p) => set2.has(p))) set2.add(code);
  return code;
}
function asBool(code, e) {
  return e.booleans.has(code) ? code : `bool(${code})`;
}
function asStr(code, e) {
  return e.strings.has(code) ? code : `str(${code})`;
}
function typeName(raw) {
  const n = node(raw);
  return n.op === "id" && typeof n.args === "string" && Object.hasOwn(TYPES, n.args) ? n.args : void 0;
}
function isTypeCall(n) {
  return Array.isArray(n.args) && n.args[0] === "type";
}
function stringLiterals(raw) {
  const n = node(raw);
  if (n.op !== "list" || !Array.isArray(n.args)) return void 0;
  const out = [];
  for (const x of n.args) {
    const item = node(x);
    if (item.op !== "value" || typeof item.args !== "string") return void 0;
    out.push(item.args);
  }
  return out;
}
function identifier2(name, scope, e) {
  const local = scope.get(name);
  if (local) return local;
  if (Object.hasOwn(TYPES, name)) return constant(TYPES[name], e);
  if (name in Object.prototype) throw new Unsupported(`variable ${name}`);
  let input = e.inputs.get(name);
  if (!input) e.inputs.set(name, input = `c${e.inputs.size}`);
  return input;
}
function constantValue(raw) {
  const n = node(raw);
  if (n.op === "value") return isLiteral(n.args) ? { value: n.args } : void 0;
  if (n.op !== "list" || !Array.isArray(n.args)) return void 0;
  const items2 = [];
  for (const x of n.args) {
    const item = constantValue(x);
    if (!item) return void 0;
    items2.push(item.value);
  }
  return { value: Object.freeze(items2) };
}
function listLiteral(n, scope, e) {
  if (!Array.isArray(n.args)) throw new Unsupported("list shape");
  const items2 = n.args;
  const fixed3 = constantValue(n);
  if (fixed3) return constant(fixed3.value, e);
  return `[${items2.map((x) => emit(x, scope, e)).join(", ")}]`;
}
function callArgs(raw, what) {
  if (!Array.isArray(raw)) throw new Unsupported(`${what} arguments`);
  return raw;
}
var GLOBAL_FUNCTIONS = {
  size: "celSize",
  string: "celString",
  type: "typeOf",
  double: "toDouble",
  int: "toInt"
};
function globalCall(n, scope, e) {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 2) throw new Unsupported("call shape");
  const name = String(a[0]);
  const args = callArgs(a[1], name);
  if (args.length !== 1) throw new Unsupported(`${name} arity`);
  if (name === "has") {
    const arg = node(args[0]);
    if (arg.op !== ".") throw new Unsupported("has() argument");
    const [obj, field] = pair(arg);
    if (typeof field !== "string") throw new Unsupported("has() field");
    return known(`hasField(${emit(obj, scope, e)}, ${constant(field, e)})`, e.booleans);
  }
  const fn = Object.hasOwn(GLOBAL_FUNCTIONS, name) ? GLOBAL_FUNCTIONS[name] : void 0;
  if (!fn) throw new Unsupported(`function ${name}`);
  const code = `${fn}(${emit(args[0], scope, e)})`;
  return fn === "celString" ? known(code, e.strings) : code;
}
var METHODS = {
  "orValue/1": { fn: "orValue" },
  "hasValue/0": { fn: "hasValue", gives: "bool" },
  "startsWith/1": { fn: ".startsWith", strings: true, gives: "bool" },
  "endsWith/1": { fn: ".endsWith", strings: true, gives: "bool" },
  "contains/1": { fn: ".includes", strings: true, gives: "bool" },
  "lowerAscii/0": { fn: ".toLowerCase", strings: true, gives: "string" },
  "upperAscii/0": { fn: ".toUpperCase", strings: true, gives: "string" },
  "trim/0": { fn: ".trim", strings: true, gives: "string" },
  "matches/1": { fn: "celMatches", strings: true, gives: "bool" },
  "indexOf/1": { fn: "BigInt.indexOf", strings: true },
  "lastIndexOf/1": { fn: "BigInt.lastIndexOf", strings: true },
  "substring/1": { fn: "substring", gives: "string" },
  "substring/2": { fn: "substring", gives: "string" },
  "split/1": { fn: "split" },
  "split/2": { fn: "split" },
  "join/0": { fn: "join", gives: "string" },
  "join/1": { fn: "join", gives: "string" },
  "size/0": { fn: "celSize" }
};
function receiverCall(n, scope, e) {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 3) throw new Unsupported("rcall shape");
  const name = String(a[0]);
  const recvNode = node(a[1]);
  const args = callArgs(a[2], name);
  if (name === "bind" && recvNode.op === "id" && recvNode.args === "cel")
    return bindMacro(args, scope, e);
  if (name === "exists" || name === "all" || name === "filter" || name === "map")
    return comprehension(name, recvNode, args, scope, e);
  if (name === "orValue" && args.length === 1 && recvNode.op === ".?") {
    const fields = [];
    let base = recvNode;
    while (base.op === ".?") {
      const [obj, field] = pair(base);
      if (typeof field !== "string") throw new Unsupported("field name");
      fields.unshift(field);
      base = node(obj);
    }
    return `pathOr(${emit(base, scope, e)}, ${constant(Object.freeze(fields), e)}, ${emit(args[0], scope, e)})`;
  }
  const method = METHODS[`${name}/${args.length}`];
  if (!method) throw new Unsupported(`method ${name}/${args.length}`);
  const recv = emit(recvNode, scope, e);
  const emitted = args.map((x) => emit(x, scope, e));
  let code;
  if (!method.strings) code = `${method.fn}(${[recv, ...emitted].join(", ")})`;
  else {
    const strs = emitted.map((x) => asStr(x, e));
    if (method.fn === "celMatches") code = `celMatches(${asStr(recv, e)}, ${strs[0]})`;
    else if (method.fn.startsWith("BigInt."))
      code = `BigInt(${asStr(recv, e)}${method.fn.slice(6)}(${strs.join(", ")}))`;
    else code = `${asStr(recv, e)}${method.fn}(${strs.join(", ")})`;
  }
  if (method.gives === "bool") e.booleans.add(code);
  if (method.gives === "string") e.strings.add(code);
  return code;
}
function bindVariable(nameNode, scope, e) {
  const id = node(nameNode);
  if (id.op !== "id" || typeof id.args !== "string") throw new Unsupported("macro variable");
  const local = `v${e.names++}`;
  return [local, new Map(scope).set(id.args, local)];
}
function bindMacro(args, scope, e) {
  if (args.length !== 3) throw new Unsupported("cel.bind arguments");
  const init = emit(args[1], scope, e);
  const [local, inner] = bindVariable(args[0], scope, e);
  e.locals.push(local);
  const body = emit(args[2], inner, e);
  return sameKindAs(`(${local} = ${init}, ${body})`, e, body);
}
function comprehension(name, recvNode, args, scope, e) {
  const recv = emit(recvNode, scope, e);
  const [local, inner] = bindVariable(args[0], scope, e);
  const lambda = (x) => `(${local}) => ${emit(x, inner, e)}`;
  if (name === "filter" && args.length === 2) return `filterMap(${recv}, ${lambda(args[1])})`;
  if ((name === "exists" || name === "all") && args.length === 2)
    return known(`${name}(${recv}, ${lambda(args[1])})`, e.booleans);
  if (name === "map" && args.length === 2) return `mapList(${recv}, ${lambda(args[1])})`;
  if (name === "map" && args.length === 3)
    return `filterMap(${recv}, ${lambda(args[1])}, ${lambda(args[2])})`;
  throw new Unsupported(`${name} arguments`);
}

// src/evaluate/rules/precompiled.ts
function decodeConstant(value) {
  if (value === null || typeof value !== "object") return value;
  if ("int" in value) return BigInt(value.int);
  if ("double" in value) return Number(value.double);
  if ("type" in value) return TYPES[value.type];
  if ("set" in value) return new Set(value.set.map(decodeConstant));
  return Object.freeze(value.list.map(decodeConstant));
}
function decodeFast(fast) {
  return { source: fast.source, constants: fast.constants.map(decodeConstant) };
}
function precompiledFast(expression) {
  const fastChecks = bundledRules()?.fastChecks;
  return fastChecks && Object.hasOwn(fastChecks, expression) ? fastChecks[expression] : void 0;
}
var instantiated;
function precompiledCheck(expression) {
  if (!instantiated) {
    const withFast = Object.entries(bundledRules()?.fastChecks ?? {}).filter(
      (e) => e[1] !== null
    );
    const made = instantiateFastBatch(withFast.map(([, fast]) => decodeFast(fast)));
    instantiated = new Map(withFast.map(([e], i) => [e, made[i]]));
  }
  return instantiated.get(expression);
}

// src/evaluate/rules/cel.ts
var environment;
function celEnvironment() {
  if (!environment) {
    environment = new (loadCelJs()).Environment({
      unlistedVariablesAreDyn: true,
      enableOptionalTypes: true,
      homogeneousAggregateLiterals: false
    });
  }
  return environment;
}
function fastPath(expression, ast) {
  return celEnvironment().check(expression).valid ? compileFast(ast) : void 0;
}
function isCheckResult(r) {
  if (typeof r === "boolean") return true;
  if (!Array.isArray(r)) return false;
  for (let i = 0; i < r.length; i++) if (typeof r[i] !== "string") return false;
  return true;
}
var CALLS_BEFORE_COMPILING = 64;
function compileCheck(expression, usual = isCheckResult, options = {}) {
  let program = options.lazy ? void 0 : celEnvironment().parse(expression);
  const parsed = () => program ??= celEnvironment().parse(expression);
  const interpreted = (context) => parsed()(context);
  let fast;
  const precompiled = precompiledFast(expression);
  if (precompiled === null) fast = null;
  let calls2 = precompiled ? CALLS_BEFORE_COMPILING : 0;
  return (context) => {
    if (fast === void 0) {
      if (++calls2 < CALLS_BEFORE_COMPILING) return interpreted(context);
      fast = precompiled ? precompiledCheck(expression) ?? null : fastPath(expression, parsed().ast) ?? null;
    }
    if (fast === null) return interpreted(context);
    let result;
    try {
      result = fast(context);
    } catch {
      return interpreted(context);
    }
    return usual(result) ? result : interpreted(context);
  };
}

// src/generated/validate-rule.js
var validate_rule_default = validate102;
var schema112 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "severity", "category", "match", "why", "fix"], "oneOf": [{ "required": ["check"] }, { "required": ["analyser"] }], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 5 }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "category": { "enum": ["rbac", "workload-identity", "workload-hardening", "exposure", "secrets", "isolation", "control-plane", "admission", "admission-policy", "reliability"] }, "match": { "type": "object", "additionalProperties": false, "required": ["kinds"], "properties": { "kinds": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "commands": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "forEach": { "enum": ["container", "containerPort", "envVar", "volume", "policyRule", "subject"] }, "check": { "type": "string", "minLength": 1 }, "analyser": { "enum": ["exposure", "identity", "isolation"] }, "enabledByParams": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "field": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "message": { "type": "string" }, "messageExpression": { "type": "string", "minLength": 1 }, "why": { "type": "string", "minLength": 20 }, "fix": { "type": "string", "minLength": 20 }, "references": { "type": "array", "items": { "type": "string", "pattern": "^https?://" } }, "tags": { "type": "array", "items": { "type": "string" } }, "ifTokenUnneeded": { "type": "boolean" }, "cap": { "type": "object", "additionalProperties": false, "required": ["when", "severity"], "properties": { "when": { "type": "string", "minLength": 1 }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "messageExpression": { "type": "string", "minLength": 1 } } }, "suggest": { "type": "object", "additionalProperties": false, "required": ["key", "value"], "properties": { "key": { "type": "string", "minLength": 1 }, "value": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } } } } };
var func22 = Object.prototype.hasOwnProperty;
var func32 = ((s) => {
  let n = 0;
  for (const _c of s) n++;
  return n;
});
var pattern02 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern1 = new RegExp("^https?://", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.check === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.analyser === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "analyser" }, message: "must have required property 'analyser'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.why === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "why" }, message: "must have required property 'why'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.fix === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fix" }, message: "must have required property 'fix'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema112.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func32(data1) < 5) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low")) {
        const err15 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema112.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data3 = data.category;
      if (!(data3 === "rbac" || data3 === "workload-identity" || data3 === "workload-hardening" || data3 === "exposure" || data3 === "secrets" || data3 === "isolation" || data3 === "control-plane" || data3 === "admission" || data3 === "admission-policy" || data3 === "reliability")) {
        const err16 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema112.properties.category.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data4 = data.match;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.kinds === void 0) {
          const err17 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "kinds" || key1 === "commands")) {
            const err18 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.kinds !== void 0) {
          let data5 = data4.kinds;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err19 = { instancePath: instancePath + "/match/kinds", schemaPath: "#/properties/match/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (func32(data6) < 1) {
                  const err20 = { instancePath: instancePath + "/match/kinds/" + i0, schemaPath: "#/properties/match/properties/kinds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/match/kinds/" + i0, schemaPath: "#/properties/match/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/match/kinds", schemaPath: "#/properties/match/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4.commands !== void 0) {
          let data7 = data4.commands;
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err23 = { instancePath: instancePath + "/match/commands", schemaPath: "#/properties/match/properties/commands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 === "string") {
                if (func32(data8) < 1) {
                  const err24 = { instancePath: instancePath + "/match/commands/" + i1, schemaPath: "#/properties/match/properties/commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/match/commands/" + i1, schemaPath: "#/properties/match/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/match/commands", schemaPath: "#/properties/match/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.forEach !== void 0) {
      let data9 = data.forEach;
      if (!(data9 === "container" || data9 === "containerPort" || data9 === "envVar" || data9 === "volume" || data9 === "policyRule" || data9 === "subject")) {
        const err28 = { instancePath: instancePath + "/forEach", schemaPath: "#/properties/forEach/enum", keyword: "enum", params: { allowedValues: schema112.properties.forEach.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.check !== void 0) {
      let data10 = data.check;
      if (typeof data10 === "string") {
        if (func32(data10) < 1) {
          const err29 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.analyser !== void 0) {
      let data11 = data.analyser;
      if (!(data11 === "exposure" || data11 === "identity" || data11 === "isolation")) {
        const err31 = { instancePath: instancePath + "/analyser", schemaPath: "#/properties/analyser/enum", keyword: "enum", params: { allowedValues: schema112.properties.analyser.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.enabledByParams !== void 0) {
      let data12 = data.enabledByParams;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err32 = { instancePath: instancePath + "/enabledByParams", schemaPath: "#/properties/enabledByParams/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          if (typeof data13 === "string") {
            if (func32(data13) < 1) {
              const err33 = { instancePath: instancePath + "/enabledByParams/" + i2, schemaPath: "#/properties/enabledByParams/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/enabledByParams/" + i2, schemaPath: "#/properties/enabledByParams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/enabledByParams", schemaPath: "#/properties/enabledByParams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.field !== void 0) {
      let data14 = data.field;
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data15 = data14[i3];
          if (typeof data15 === "string") {
            if (func32(data15) < 1) {
              const err36 = { instancePath: instancePath + "/field/" + i3, schemaPath: "#/properties/field/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/field/" + i3, schemaPath: "#/properties/field/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err39 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.messageExpression !== void 0) {
      let data17 = data.messageExpression;
      if (typeof data17 === "string") {
        if (func32(data17) < 1) {
          const err40 = { instancePath: instancePath + "/messageExpression", schemaPath: "#/properties/messageExpression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/messageExpression", schemaPath: "#/properties/messageExpression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.why !== void 0) {
      let data18 = data.why;
      if (typeof data18 === "string") {
        if (func32(data18) < 20) {
          const err42 = { instancePath: instancePath + "/why", schemaPath: "#/properties/why/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/why", schemaPath: "#/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.fix !== void 0) {
      let data19 = data.fix;
      if (typeof data19 === "string") {
        if (func32(data19) < 20) {
          const err44 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data20 = data.references;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data21 = data20[i4];
          if (typeof data21 === "string") {
            if (!pattern1.test(data21)) {
              const err46 = { instancePath: instancePath + "/references/" + i4, schemaPath: "#/properties/references/items/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/references/" + i4, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data22 = data.tags;
      if (Array.isArray(data22)) {
        const len5 = data22.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data22[i5] !== "string") {
            const err49 = { instancePath: instancePath + "/tags/" + i5, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.ifTokenUnneeded !== void 0) {
      if (typeof data.ifTokenUnneeded !== "boolean") {
        const err51 = { instancePath: instancePath + "/ifTokenUnneeded", schemaPath: "#/properties/ifTokenUnneeded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.cap !== void 0) {
      let data25 = data.cap;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.when === void 0) {
          const err52 = { instancePath: instancePath + "/cap", schemaPath: "#/properties/cap/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data25.severity === void 0) {
          const err53 = { instancePath: instancePath + "/cap", schemaPath: "#/properties/cap/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        for (const key2 in data25) {
          if (!(key2 === "when" || key2 === "severity" || key2 === "messageExpression")) {
            const err54 = { instancePath: instancePath + "/cap", schemaPath: "#/properties/cap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data25.when !== void 0) {
          let data26 = data25.when;
          if (typeof data26 === "string") {
            if (func32(data26) < 1) {
              const err55 = { instancePath: instancePath + "/cap/when", schemaPath: "#/properties/cap/properties/when/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/cap/when", schemaPath: "#/properties/cap/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data25.severity !== void 0) {
          let data27 = data25.severity;
          if (!(data27 === "critical" || data27 === "high" || data27 === "medium" || data27 === "low")) {
            const err57 = { instancePath: instancePath + "/cap/severity", schemaPath: "#/properties/cap/properties/severity/enum", keyword: "enum", params: { allowedValues: schema112.properties.cap.properties.severity.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data25.messageExpression !== void 0) {
          let data28 = data25.messageExpression;
          if (typeof data28 === "string") {
            if (func32(data28) < 1) {
              const err58 = { instancePath: instancePath + "/cap/messageExpression", schemaPath: "#/properties/cap/properties/messageExpression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/cap/messageExpression", schemaPath: "#/properties/cap/properties/messageExpression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/cap", schemaPath: "#/properties/cap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.suggest !== void 0) {
      let data29 = data.suggest;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.key === void 0) {
          const err61 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data29.value === void 0) {
          const err62 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        for (const key3 in data29) {
          if (!(key3 === "key" || key3 === "value")) {
            const err63 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data29.key !== void 0) {
          let data30 = data29.key;
          if (typeof data30 === "string") {
            if (func32(data30) < 1) {
              const err64 = { instancePath: instancePath + "/suggest/key", schemaPath: "#/properties/suggest/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/suggest/key", schemaPath: "#/properties/suggest/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data29.value !== void 0) {
          let data31 = data29.value;
          const _errs66 = errors;
          let valid17 = false;
          const _errs67 = errors;
          if (typeof data31 !== "string") {
            const err66 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          var _valid1 = _errs67 === errors;
          valid17 = valid17 || _valid1;
          if (!valid17) {
            const _errs69 = errors;
            if (!(typeof data31 == "number" && isFinite(data31))) {
              const err67 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            var _valid1 = _errs69 === errors;
            valid17 = valid17 || _valid1;
            if (!valid17) {
              const _errs71 = errors;
              if (typeof data31 !== "boolean") {
                const err68 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              var _valid1 = _errs71 === errors;
              valid17 = valid17 || _valid1;
            }
          }
          if (!valid17) {
            const err69 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          } else {
            errors = _errs66;
            if (vErrors !== null) {
              if (_errs66) {
                vErrors.length = _errs66;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
  } else {
    const err71 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err71];
    } else {
      vErrors.push(err71);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/evaluate/rules/load-rules.ts
var validateSpec = validate_rule_default;
var isString = (result) => typeof result === "string";
function compileKey(file, key, expression, builtin) {
  try {
    return compileCheck(expression, key.endsWith("messageExpression") ? isString : void 0, {
      lazy: builtin
    });
  } catch (e) {
    throw new ConfigurationError(`rule file ${file}: invalid CEL in "${key}": ${errorMessage(e)}`);
  }
}
var compiled = /* @__PURE__ */ new Map();
function parseRuleText(file, text2) {
  let spec;
  try {
    spec = loadYaml().parse(text2);
  } catch (e) {
    throw new ConfigurationError(`rule file ${file}: invalid YAML: ${errorMessage(e)}`);
  }
  if (!validateSpec(spec)) {
    const details = (validateSpec.errors ?? []).map((e) => `${e.instancePath || "(top level)"} ${e.message ?? ""}${e.params && "additionalProperty" in e.params ? ` "${String(e.params.additionalProperty)}"` : ""}`).join("; ");
    throw new ConfigurationError(`rule file ${file}: ${details}`);
  }
  return spec;
}
function compileRuleFile(source, builtin) {
  const { file } = source;
  const key = "text" in source ? `${file}\0${source.text}` : `${file}\0(parsed)`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const spec = "spec" in source ? source.spec : parseRuleText(file, source.text);
  const evaluate = spec.check === void 0 ? () => false : compileKey(file, "check", spec.check, builtin);
  const expressions = {};
  if (spec.messageExpression !== void 0)
    expressions.messageOf = compileKey(file, "messageExpression", spec.messageExpression, builtin);
  if (spec.cap) {
    expressions.capWhen = compileKey(file, "cap.when", spec.cap.when, builtin);
    if (spec.cap.messageExpression !== void 0)
      expressions.capMessage = compileKey(
        file,
        "cap.messageExpression",
        spec.cap.messageExpression,
        builtin
      );
  }
  const result = { spec, evaluate, compiled: expressions };
  if (compiled.size < 1e4) compiled.set(key, result);
  return result;
}
function loadRules(texts, builtin) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const source of texts) {
    const { file } = source;
    const { spec, evaluate, compiled: expressions } = compileRuleFile(source, builtin);
    const expected = basename(file).replace(/\.ya?ml$/, "");
    if (builtin && spec.id !== expected) {
      throw new ConfigurationError(`rule file ${file}: id "${spec.id}" must equal the file name "${expected}"`);
    }
    if (!builtin && spec.analyser)
      throw new ConfigurationError(`rule file ${file}: "analyser" is for built-in rules; write a "check" instead`);
    const previous = seen.get(spec.id);
    if (previous) throw new ConfigurationError(`rule file ${file}: id "${spec.id}" is already defined in ${previous}`);
    seen.set(spec.id, file);
    rules.push({ ...spec, file, builtin, evaluate, ...expressions });
  }
  return rules;
}

// src/evaluate/admission/cel/values.ts
function celError(message) {
  return new (loadCelJs()).EvaluationError(message);
}
function hasCelEquals(v) {
  return typeof v === "object" && v !== null && "celEquals" in v;
}
function mapEntries(v) {
  return v instanceof Map ? [...v.entries()] : Object.entries(v);
}
function isCelMap(v) {
  if (v instanceof Map) return true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto2 = Object.getPrototypeOf(v);
  return proto2 === Object.prototype || proto2 === null;
}
function numericValue(v) {
  if (typeof v === "bigint" || typeof v === "number") return v;
  if (typeof v === "object" && v !== null && "value" in v && typeof v.value === "bigint") {
    return v.value;
  }
  return void 0;
}
function celEquals2(a, b) {
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== void 0 || nb !== void 0) {
    if (na === void 0 || nb === void 0) return false;
    return na == nb;
  }
  if (hasCelEquals(a)) return a.celEquals(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (isDuration(a) && isDuration(b)) return a.seconds === b.seconds && a.nanos === b.nanos;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => celEquals2(x, b[i]));
  }
  if (isCelMap(a) || isCelMap(b)) {
    if (!isCelMap(a) || !isCelMap(b)) return false;
    const ea = mapEntries(a);
    const eb = mapEntries(b);
    if (ea.length !== eb.length) return false;
    return ea.every(([k, v]) => eb.some(([k2, v2]) => celEquals2(k, k2) && celEquals2(v, v2)));
  }
  return a === b;
}
function celCompare(a, b) {
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== void 0 && nb !== void 0) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b);
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Date && b instanceof Date) return sign(a.getTime() - b.getTime());
  if (a instanceof Uint8Array && b instanceof Uint8Array) return compareBytes(a, b);
  if (isDuration(a) && isDuration(b)) {
    return a.seconds !== b.seconds ? a.seconds < b.seconds ? -1 : 1 : sign(a.nanos - b.nanos);
  }
  throw celError(`no such overload: ${describe(a)} < ${describe(b)}`);
}
function isDuration(v) {
  return typeof v === "object" && v !== null && "seconds" in v && typeof v.seconds === "bigint" && "nanos" in v && typeof v.nanos === "number";
}
function sign(n) {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
function compareCodePoints(a, b) {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i].codePointAt(0) ?? 0;
    const y = cb[i].codePointAt(0) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return sign(ca.length - cb.length);
}
function compareBytes(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return sign(a.length - b.length);
}
function describe(v) {
  if (v === null) return "null_type";
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "double";
  if (Array.isArray(v)) return "list";
  if (isCelMap(v)) return "map";
  if (typeof v === "object") return v.constructor.name;
  return typeof v;
}
function codePoints(s) {
  return [...s];
}
function succeeds(convert) {
  return (...args) => {
    try {
      convert(...args);
      return true;
    } catch {
      return false;
    }
  };
}

// src/evaluate/admission/cel/ip-address.ts
var IPAddress = class _IPAddress {
  /** 4 bytes for IPv4, 16 for IPv6. */
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  get family() {
    return this.bytes.length === 4 ? 4 : 6;
  }
  celEquals(other) {
    return other instanceof _IPAddress && other.bytes.length === this.bytes.length && other.bytes.every((b, i) => b === this.bytes[i]);
  }
  toString() {
    if (this.family === 4) return this.bytes.join(".");
    return ipv6String(this.bytes);
  }
};
function ipv6String(bytes) {
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes[i] << 8 | bytes[i + 1]);
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex2 = (g) => g.map((x) => x.toString(16)).join(":");
  if (bestStart < 0) return hex2(groups);
  return hex2(groups.slice(0, bestStart)) + "::" + hex2(groups.slice(bestStart + bestLength));
}
var AddrError = class extends Error {
};
function parseIPv4Fields(s) {
  const fields = s.split(".");
  if (fields.length > 4) throw new AddrError("IPv4 address too long");
  if (fields.length < 4) throw new AddrError("IPv4 address too short");
  return fields.map((f) => {
    if (f === "") throw new AddrError("IPv4 field must have at least one digit");
    if (!/^\d+$/.test(f)) throw new AddrError("unexpected character");
    if (f.length > 1 && f[0] === "0") throw new AddrError("IPv4 field has octet with leading zero");
    const n = Number(f);
    if (n > 255) throw new AddrError("IPv4 field has value >255");
    return n;
  });
}
function parseIPv6(s) {
  const bytes = new Uint8Array(16);
  const halves = s.split("::");
  if (halves.length > 2) throw new AddrError("multiple :: in address");
  const groupsOf = (part) => {
    if (part === "") return [];
    const out = [];
    const fields = part.split(":");
    fields.forEach((f, i) => {
      if (i === fields.length - 1 && f.includes(".")) {
        const v4 = parseIPv4Fields(f);
        out.push(v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]);
        return;
      }
      if (f === "") throw new AddrError("each colon-separated field must have at least one digit");
      if (!/^[0-9a-fA-F]{1,4}$/.test(f)) {
        throw new AddrError(f.length > 4 ? "IPv6 field has value >=2^16" : "unexpected character");
      }
      out.push(parseInt(f, 16));
    });
    return out;
  };
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (halves.length === 1 && head.length !== 8) throw new AddrError("address string too short");
  if (halves.length === 2 && head.length + tail.length > 7) {
    throw new AddrError("address string too long");
  }
  const groups = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 255;
  });
  return bytes;
}
function parseAddr(s) {
  if (s === "") throw new AddrError("unable to parse IP");
  const percent = s.indexOf("%");
  const zone = percent >= 0 ? s.slice(percent + 1) : "";
  const body = percent >= 0 ? s.slice(0, percent) : s;
  if (!body.includes(":")) {
    if (percent >= 0) throw new AddrError("unexpected character");
    return { addr: new IPAddress(Uint8Array.from(parseIPv4Fields(body))), zone };
  }
  if (percent >= 0 && zone === "") throw new AddrError("zone must be a non-empty string");
  return { addr: new IPAddress(parseIPv6(body)), zone };
}
function isIPv4Mapped(a) {
  return a.family === 6 && a.bytes.slice(0, 10).every((b) => b === 0) && a.bytes[10] === 255 && a.bytes[11] === 255;
}
function parseIP(raw) {
  let parsed;
  try {
    parsed = parseAddr(raw);
  } catch (e) {
    throw celError(
      `IP Address ${JSON.stringify(raw)} parse error during conversion from string: ParseAddr(${JSON.stringify(raw)}): ${e.message}`
    );
  }
  if (parsed.zone !== "") {
    throw celError(`IP address ${JSON.stringify(raw)} with zone value is not allowed`);
  }
  if (isIPv4Mapped(parsed.addr)) {
    throw celError(`IPv4-mapped IPv6 address ${JSON.stringify(raw)} is not allowed`);
  }
  return parsed.addr;
}
function parseIPForPrefix(raw) {
  const parsed = parseAddr(raw);
  if (parsed.zone !== "") throw new AddrError("IPv6 zones cannot be present in a prefix");
  return parsed.addr;
}

// src/evaluate/admission/cel/cidr.ts
var CIDR = "net.CIDR";
var IP = "net.IP";
var CIDRValue = class _CIDRValue {
  constructor(address, bits) {
    this.address = address;
    this.bits = bits;
  }
  address;
  bits;
  masked() {
    const bytes = this.address.bytes.map((b, i) => {
      const keep = Math.max(0, Math.min(8, this.bits - 8 * i));
      return b & (255 << 8 - keep & 255);
    });
    return new _CIDRValue(new IPAddress(bytes), this.bits);
  }
  containsIP(ip) {
    if (ip.family !== this.address.family) return false;
    return new _CIDRValue(ip, this.bits).masked().address.celEquals(this.masked().address);
  }
  /** Go's Overlaps plus "at least as long a prefix": the other range lies inside this one. */
  containsCIDR(other) {
    return other.bits >= this.bits && this.containsIP(other.address);
  }
  celEquals(other) {
    return other instanceof _CIDRValue && other.bits === this.bits && other.address.celEquals(this.address);
  }
  toString() {
    return `${this.address.toString()}/${this.bits}`;
  }
};
function parseCIDR(raw) {
  const fail2 = (reason) => {
    const inner = `netip.ParsePrefix(${JSON.stringify(raw)}): ${reason}`;
    throw celError(
      `network address parse error during conversion from string: network address parse error during conversion from string: ${inner}`
    );
  };
  const slash = raw.lastIndexOf("/");
  if (slash < 0) return fail2("no '/'");
  let address;
  try {
    address = parseIPForPrefix(raw.slice(0, slash));
  } catch (e) {
    if (e instanceof AddrError)
      return fail2(`ParseAddr(${JSON.stringify(raw.slice(0, slash))}): ${e.message}`);
    throw e;
  }
  const bitsText = raw.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(bitsText))
    return fail2(`bad bits after slash: ${JSON.stringify(bitsText)}`);
  const bits = Number(bitsText);
  if (bits > address.bytes.length * 8) return fail2(`prefix length out of range`);
  parseIP(address.toString());
  return new CIDRValue(address, bits);
}
var isCIDR = succeeds(parseCIDR);
function registerCIDR(env) {
  env.registerType(CIDR, CIDRValue).registerFunction(`cidr(string): ${CIDR}`, parseCIDR).registerFunction("isCIDR(string): bool", isCIDR).registerFunction(
    `${CIDR}.containsIP(${IP}): bool`,
    (c, ip) => c.containsIP(ip)
  ).registerFunction(
    `${CIDR}.containsIP(string): bool`,
    (c, ip) => c.containsIP(parseIP(ip))
  ).registerFunction(
    `${CIDR}.containsCIDR(${CIDR}): bool`,
    (c, o) => c.containsCIDR(o)
  ).registerFunction(
    `${CIDR}.containsCIDR(string): bool`,
    (c, o) => c.containsCIDR(parseCIDR(o))
  ).registerFunction(`${CIDR}.ip(): ${IP}`, (c) => c.address).registerFunction(`${CIDR}.masked(): ${CIDR}`, (c) => c.masked()).registerFunction(`${CIDR}.prefixLength(): int`, (c) => BigInt(c.bits)).registerFunction(`string(${CIDR}): string`, (c) => c.toString()).registerOperator(`${CIDR} == ${CIDR}`, (a, b) => a.celEquals(b));
}

// src/evaluate/admission/cel/comprehensions.ts
function variableName(node2, macroName) {
  if (node2.op === "id") return node2.args;
  throw celError(`${macroName}() argument must be a simple name`);
}
function pairs2(range, macroName) {
  if (Array.isArray(range)) return range.map((v, i) => [BigInt(i), v]);
  if (range instanceof Map) return [...range.entries()];
  if (isCelMap(range)) return Object.entries(range);
  throw celError(
    `${macroName}(): expression of type '${describe(range)}' cannot be range of a comprehension`
  );
}
function iterate(ev, macro2, ctx, name, step) {
  const range = ev.run(macro2.receiver, ctx);
  const outer = ctx.forkWithVariable(macro2.first, macro2.dynType);
  const inner = outer.forkWithVariable(macro2.second, macro2.dynType);
  for (const [a, b] of pairs2(range, name)) {
    outer.setIterValue(a, ev);
    inner.setIterValue(b, ev);
    if (step(a, b, (node2) => ev.run(node2, inner)) === false) return;
  }
}
function macro(name, resultType, hasFilter, evaluate) {
  return ({ args, receiver }) => ({
    receiver,
    first: variableName(args[0], name),
    second: variableName(args[1], name),
    body: hasFilter ? args[3] : args[2],
    filter: hasFilter ? args[2] : void 0,
    typeCheck(checker, m, ctx) {
      if (m.first === m.second) {
        throw checker.createError("invalid_macro_argument", `duplicate variable name: ${m.first}`);
      }
      checker.check(m.receiver, ctx);
      m.dynType = checker.getType("dyn");
      const scope = ctx.forkWithVariable(m.first, m.dynType).forkWithVariable(m.second, m.dynType);
      if (m.filter) checker.check(m.filter, scope);
      checker.check(m.body, scope);
      return checker.getType(resultType);
    },
    evaluate
  });
}
function asBool2(v, name) {
  if (typeof v !== "boolean") {
    throw celError(`no matching overload: ${name}() predicate or filter must be bool`);
  }
  return v;
}
function quantifier(name, decisive) {
  return macro(name, "bool", false, (ev, m, ctx) => {
    let error;
    let decided = false;
    iterate(ev, m, ctx, name, (_a, _b, run3) => {
      try {
        if (asBool2(run3(m.body), name) === decisive) {
          decided = true;
          return false;
        }
      } catch (e) {
        error ??= e;
      }
    });
    if (decided) return decisive;
    if (error) throw error;
    return !decisive;
  });
}
var existsOne = macro("existsOne", "bool", false, (ev, m, ctx) => {
  let count = 0;
  iterate(ev, m, ctx, "existsOne", (_a, _b, run3) => {
    if (asBool2(run3(m.body), "existsOne")) count++;
  });
  return count === 1;
});
function passes(m, run3, name) {
  return m.filter === void 0 || asBool2(run3(m.filter), name);
}
function transformList(hasFilter) {
  return macro("transformList", "list<dyn>", hasFilter, (ev, m, ctx) => {
    const out = [];
    iterate(ev, m, ctx, "transformList", (_a, _b, run3) => {
      if (passes(m, run3, "transformList")) out.push(run3(m.body));
    });
    return out;
  });
}
var MapBuilder = class {
  entries = [];
  set(key, value, rejectDuplicates) {
    const at2 = this.entries.findIndex(([k]) => celEquals2(k, key));
    if (at2 >= 0 && rejectDuplicates) {
      throw celError(`insert failed: key ${String(key)} already exists`);
    }
    if (at2 >= 0) this.entries[at2][1] = value;
    else this.entries.push([key, value]);
  }
  build() {
    if (this.entries.every(([k]) => typeof k === "string")) {
      return Object.fromEntries(this.entries);
    }
    return new Map(this.entries);
  }
};
function transformMap(hasFilter) {
  return macro("transformMap", "map<dyn, dyn>", hasFilter, (ev, m, ctx) => {
    const out = new MapBuilder();
    iterate(ev, m, ctx, "transformMap", (a, _b, run3) => {
      if (passes(m, run3, "transformMap")) out.set(a, run3(m.body), false);
    });
    return out.build();
  });
}
function transformMapEntry(hasFilter) {
  return macro("transformMapEntry", "map<dyn, dyn>", hasFilter, (ev, m, ctx) => {
    const out = new MapBuilder();
    iterate(ev, m, ctx, "transformMapEntry", (_a, _b, run3) => {
      if (!passes(m, run3, "transformMapEntry")) return;
      const entry2 = run3(m.body);
      if (!isCelMap(entry2)) {
        throw celError("no matching overload: transformMapEntry() must produce a map");
      }
      const kv = entry2 instanceof Map ? [...entry2.entries()] : Object.entries(entry2);
      for (const [k, v] of kv) out.set(k, v, true);
    });
    return out.build();
  });
}
function registerComprehensions(env) {
  env.registerFunction("list.all(ast, ast, ast): bool", quantifier("all", false)).registerFunction("list.exists(ast, ast, ast): bool", quantifier("exists", true)).registerFunction("list.existsOne(ast, ast, ast): bool", existsOne).registerFunction("list.exists_one(ast, ast, ast): bool", existsOne).registerFunction("list.transformList(ast, ast, ast): list<dyn>", transformList(false)).registerFunction("list.transformList(ast, ast, ast, ast): list<dyn>", transformList(true)).registerFunction("list.transformMap(ast, ast, ast): map<dyn, dyn>", transformMap(false)).registerFunction("list.transformMap(ast, ast, ast, ast): map<dyn, dyn>", transformMap(true)).registerFunction(
    "list.transformMapEntry(ast, ast, ast): map<dyn, dyn>",
    transformMapEntry(false)
  ).registerFunction(
    "list.transformMapEntry(ast, ast, ast, ast): map<dyn, dyn>",
    transformMapEntry(true)
  );
}

// src/evaluate/admission/cel/url-parse.ts
var URLParseError = class extends Error {
};
var SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
function fail(raw, reason) {
  throw new URLParseError(`parse ${JSON.stringify(raw)}: ${reason}`);
}
function unescape(s, plusIsSpace) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "%") {
      const hex2 = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex2)) return void 0;
      bytes.push(parseInt(hex2, 16));
      i += 2;
    } else if (c === "+" && plusIsSpace) bytes.push(32);
    else bytes.push(...Buffer.from(c, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}
function checkHost(raw, host) {
  let port2 = "";
  if (host.startsWith("[")) {
    const close = host.indexOf("]");
    if (close < 0) fail(raw, "missing ']' in host");
    port2 = host.slice(close + 1);
    if (port2 !== "" && !port2.startsWith(":"))
      fail(raw, `invalid port ${JSON.stringify(port2)} after host`);
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0) port2 = host.slice(colon);
  }
  if (port2 !== "" && !/^:\d*$/.test(port2))
    fail(raw, `invalid port ${JSON.stringify(port2)} after host`);
  if (/[\s<>"{}|\\^`]/.test(host.replace(/^\[.*\]/, ""))) {
    fail(raw, `invalid character ${JSON.stringify(host)} in host name`);
  }
}
function parse(raw, viaRequest) {
  if ([...raw].some((c) => c < " " || c === "")) {
    fail(raw, "net/url: invalid control character in URL");
  }
  if (raw === "" && viaRequest) fail(raw, "empty url");
  if (raw === "*") return { scheme: "", opaque: "", host: "", rawPath: "*", rawQuery: "" };
  let rest = raw;
  let scheme = "";
  const m = SCHEME.exec(rest);
  if (m) {
    scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  } else if (rest.startsWith(":")) fail(raw, "missing protocol scheme");
  let rawQuery = "";
  const q2 = rest.indexOf("?");
  if (q2 >= 0) {
    rawQuery = rest.slice(q2 + 1);
    rest = rest.slice(0, q2);
  }
  if (!rest.startsWith("/")) {
    if (scheme !== "") return { scheme, opaque: rest, host: "", rawPath: "", rawQuery };
    if (viaRequest) fail(raw, "invalid URI for request");
    if (rest.split("/")[0].includes(":")) {
      fail(raw, "first path segment in URL cannot contain colon");
    }
  }
  let host = "";
  if ((scheme !== "" || !viaRequest && !rest.startsWith("///")) && rest.startsWith("//")) {
    const end = rest.indexOf("/", 2);
    const authority = end < 0 ? rest.slice(2) : rest.slice(2, end);
    rest = end < 0 ? "" : rest.slice(end);
    const at2 = authority.lastIndexOf("@");
    host = at2 >= 0 ? authority.slice(at2 + 1) : authority;
    checkHost(raw, host);
  }
  if (unescape(rest, false) === void 0) {
    fail(
      raw,
      `invalid URL escape ${JSON.stringify(rest.slice(rest.indexOf("%"), rest.indexOf("%") + 3))}`
    );
  }
  return { scheme, opaque: "", host, rawPath: rest, rawQuery };
}
function parseRequestURI(raw) {
  return parse(raw, true);
}
function parseURL(raw) {
  const hash = raw.indexOf("#");
  const fragment = hash >= 0 ? raw.slice(hash + 1) : "";
  const parsed = parse(hash >= 0 ? raw.slice(0, hash) : raw, false);
  if (unescape(fragment, false) === void 0) {
    fail(
      raw,
      `invalid URL escape ${JSON.stringify(fragment.slice(fragment.indexOf("%"), fragment.indexOf("%") + 3))}`
    );
  }
  return parsed;
}

// src/evaluate/admission/cel/format-validators.ts
function maxLenError(n) {
  return `must be no more than ${n} characters`;
}
function regexError(message, pattern, ...examples) {
  const eg = examples.map((e) => `'${e}', `).join(" or ");
  return `${message} (e.g. ${eg}regex used for validation is '${pattern}')`;
}
var DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
var DNS1035_LABEL = "[a-z]([-a-z0-9]*[a-z0-9])?";
var QUALIFIED_NAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var LABEL_VALUE = `(${QUALIFIED_NAME})?`;
var whole = (pattern) => new RegExp(`^(?:${pattern})$`);
function check(value, max, pattern, message, ...eg) {
  const errs = [];
  if (value.length > max) errs.push(maxLenError(max));
  if (!whole(pattern).test(value)) errs.push(regexError(message, pattern, ...eg));
  return errs;
}
function dns1123Label(value) {
  return check(
    value,
    63,
    DNS1123_LABEL,
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
    "my-name",
    "123-abc"
  );
}
function dns1123Subdomain(value) {
  return check(
    value,
    253,
    DNS1123_SUBDOMAIN,
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    "example.com"
  );
}
function dns1035Label(value) {
  return check(
    value,
    63,
    DNS1035_LABEL,
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
    "my-name",
    "abc-123"
  );
}
function maskTrailingDash(value) {
  return value.length > 1 && value.endsWith("-") ? value.slice(0, -1) + "a" : value;
}
var QUALIFIED_NAME_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var QUALIFIED_NAME_ERROR = regexError(
  QUALIFIED_NAME_MESSAGE,
  QUALIFIED_NAME,
  "MyName",
  "my.name",
  "123-abc"
);
function qualifiedName2(value) {
  const errs = [];
  const parts2 = value.split("/");
  let name = parts2[0];
  if (parts2.length === 2) {
    const prefix = parts2[0];
    name = parts2[1];
    if (prefix === "") errs.push("prefix part must be non-empty");
    else errs.push(...dns1123Subdomain(prefix).map((m) => "prefix part " + m));
  } else if (parts2.length > 2) {
    return [
      "a qualified name " + QUALIFIED_NAME_ERROR + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
    ];
  }
  if (name === "") errs.push("name part must be non-empty");
  else if (name.length > 63) errs.push("name part " + maxLenError(63));
  if (!whole(QUALIFIED_NAME).test(name)) {
    errs.push("name part " + QUALIFIED_NAME_ERROR);
  }
  return errs;
}
function labelValue(value) {
  return check(
    value,
    63,
    LABEL_VALUE,
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    "MyValue",
    "my_value",
    "12345"
  );
}
function uri(value) {
  try {
    parseRequestURI(value);
    return [];
  } catch (e) {
    if (e instanceof URLParseError) return [e.message];
    throw e;
  }
}
var UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
function uuid(value) {
  return UUID.test(value) ? [] : ["does not match the UUID format"];
}
var BASE642 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function byte(value) {
  return BASE642.test(value.replace(/[\r\n]/g, "")) ? [] : ["invalid base64"];
}
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}
var FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function date(value) {
  const m = FULL_DATE.exec(value);
  return m && validDate(+m[1], +m[2], +m[3]) ? [] : ["invalid date"];
}
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/;
function datetime(value) {
  const m = DATE_TIME.exec(value);
  const ok = m !== null && validDate(+m[1], +m[2], +m[3]) && +m[4] < 24 && +m[5] < 60 && (m[6] === void 0 || +m[6] < 60);
  return ok ? [] : ["invalid datetime"];
}

// src/evaluate/admission/cel/format.ts
var NamedFormat = class _NamedFormat {
  constructor(name, validate2) {
    this.name = name;
    this.validate = validate2;
  }
  name;
  validate;
  celEquals(other) {
    return other instanceof _NamedFormat && other.name === this.name;
  }
};
var FORMATS = {
  dns1123Label,
  dns1123Subdomain,
  dns1035Label,
  qualifiedName: qualifiedName2,
  dns1123LabelPrefix: (s) => dns1123Label(maskTrailingDash(s)),
  dns1123SubdomainPrefix: (s) => dns1123Subdomain(maskTrailingDash(s)),
  dns1035LabelPrefix: (s) => dns1035Label(maskTrailingDash(s)),
  labelValue,
  uri,
  uuid,
  byte,
  date,
  datetime
};
var NAMED = new Map(Object.entries(FORMATS).map(([n, f]) => [n, new NamedFormat(n, f)]));
var FormatNamespace = class {
};
var F = "kubernetes.NamedFormat";
function registerFormat(env) {
  const celJs = loadCelJs();
  env.registerType(F, NamedFormat).registerType("FormatNamespace", FormatNamespace).registerConstant("format", "FormatNamespace", new FormatNamespace()).registerFunction(`FormatNamespace.named(string): optional<${F}>`, (_, n) => {
    const f = NAMED.get(n);
    return f ? celJs.Optional.of(f) : celJs.Optional.none();
  }).registerFunction(
    `${F}.validate(string): optional<list<string>>`,
    (f, s) => {
      const errors = f.validate(s);
      return errors.length === 0 ? celJs.Optional.none() : celJs.Optional.of(errors);
    }
  ).registerOperator(`${F} == ${F}`, (a, b) => a.celEquals(b));
  for (const [name, f] of NAMED) {
    env.registerFunction(`FormatNamespace.${name}(): ${F}`, () => f);
  }
}

// src/evaluate/admission/cel/ip.ts
var IP2 = "net.IP";
var isIP = succeeds(parseIP);
var every = (bytes, value) => bytes.every((b) => b === value);
function isUnspecified(ip) {
  return every(ip.bytes, 0);
}
function isLoopback(ip) {
  if (ip.family === 4) return ip.bytes[0] === 127;
  return every(ip.bytes.slice(0, 15), 0) && ip.bytes[15] === 1;
}
function isMulticast(ip) {
  return ip.family === 4 ? (ip.bytes[0] & 240) === 224 : ip.bytes[0] === 255;
}
function isLinkLocalMulticast(ip) {
  if (ip.family === 4) return ip.bytes[0] === 224 && ip.bytes[1] === 0 && ip.bytes[2] === 0;
  return ip.bytes[0] === 255 && (ip.bytes[1] & 15) === 2;
}
function isLinkLocalUnicast(ip) {
  if (ip.family === 4) return ip.bytes[0] === 169 && ip.bytes[1] === 254;
  return ip.bytes[0] === 254 && (ip.bytes[1] & 192) === 128;
}
function isGlobalUnicast(ip) {
  if (ip.family === 4 && every(ip.bytes, 255)) return false;
  return !isUnspecified(ip) && !isLoopback(ip) && !isMulticast(ip) && !isLinkLocalUnicast(ip);
}
var IpNamespace = class {
};
function registerIP(env) {
  env.registerType(IP2, IPAddress).registerFunction(`ip(string): ${IP2}`, parseIP).registerFunction("isIP(string): bool", isIP).registerType("IpNamespace", IpNamespace).registerConstant("ip", "IpNamespace", new IpNamespace()).registerFunction(
    "IpNamespace.isCanonical(string): bool",
    (_, s) => parseIP(s).toString() === s
  ).registerFunction(`${IP2}.family(): int`, (ip) => BigInt(ip.family)).registerFunction(`${IP2}.isUnspecified(): bool`, isUnspecified).registerFunction(`${IP2}.isLoopback(): bool`, isLoopback).registerFunction(`${IP2}.isLinkLocalMulticast(): bool`, isLinkLocalMulticast).registerFunction(`${IP2}.isLinkLocalUnicast(): bool`, isLinkLocalUnicast).registerFunction(`${IP2}.isGlobalUnicast(): bool`, isGlobalUnicast).registerFunction(`string(${IP2}): string`, (ip) => ip.toString()).registerOperator(`${IP2} == ${IP2}`, (a, b) => a.celEquals(b));
}

// src/evaluate/admission/cel/lists.ts
function isDuration2(v) {
  return typeof v === "object" && v !== null && "addDuration" in v;
}
function sum(list5) {
  if (list5.length === 0) return 0n;
  let total = list5[0];
  for (const item of list5.slice(1)) {
    if (typeof total === "bigint" && typeof item === "bigint") total = total + item;
    else if (typeof total === "number" && typeof item === "number") total = total + item;
    else if (isDuration2(total) && isDuration2(item)) total = total.addDuration(item);
    else throw celError(`no such overload: sum of ${describe(total)} and ${describe(item)}`);
  }
  if (typeof total === "bigint" || typeof total === "number" || isDuration2(total)) return total;
  throw celError(`no such overload: sum of ${describe(total)}`);
}
function extreme(list5, name) {
  if (list5.length === 0) throw celError(`${name} called on empty list`);
  let best = list5[0];
  for (const item of list5.slice(1)) {
    const order = celCompare(item, best);
    if (name === "min" && order < 0 || name === "max" && order > 0) best = item;
  }
  celCompare(best, best);
  return best;
}
function isSorted(list5) {
  for (let i = 1; i < list5.length; i++) if (celCompare(list5[i - 1], list5[i]) > 0) return false;
  if (list5.length === 1) celCompare(list5[0], list5[0]);
  return true;
}
function indexOf(list5, value) {
  return BigInt(list5.findIndex((item) => celEquals2(item, value)));
}
function lastIndexOf(list5, value) {
  return BigInt(list5.findLastIndex((item) => celEquals2(item, value)));
}
function registerLists(env) {
  env.registerFunction("list.isSorted(): bool", isSorted).registerFunction("list.sum(): dyn", sum).registerFunction("list.min(): dyn", (l) => extreme(l, "min")).registerFunction("list.max(): dyn", (l) => extreme(l, "max")).registerFunction("list.indexOf(dyn): int", indexOf).registerFunction("list.lastIndexOf(dyn): int", lastIndexOf);
}

// src/evaluate/admission/cel/optionals.ts
var ZERO_TIMESTAMP_MS = Date.parse("0001-01-01T00:00:00Z");
function isZeroValue(v) {
  if (v === null || v === false || v === "" || v === 0 || v === 0n) return true;
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  if (isCelMap(v)) return Object.keys(v).length === 0;
  if (typeof v === "object" && "value" in v && v.value === 0n) return true;
  if (v instanceof Date) return v.getTime() === ZERO_TIMESTAMP_MS;
  if (isDuration(v)) return v.seconds === 0n && v.nanos === 0;
  return false;
}
function optionalMacro(name) {
  const celJs = loadCelJs();
  return ({ args, receiver }) => {
    const variable = args[0];
    if (variable.op !== "id") throw celError(`${name}() variable name must be a simple identifier`);
    return {
      receiver,
      variable: variable.args,
      body: args[1],
      typeCheck(checker, m, ctx) {
        checker.check(m.receiver, ctx);
        m.dynType = checker.getType("dyn");
        checker.check(m.body, ctx.forkWithVariable(m.variable, m.dynType));
        return checker.getType("optional<dyn>");
      },
      evaluate(ev, m, ctx) {
        const target2 = ev.run(m.receiver, ctx);
        if (!(target2 instanceof celJs.Optional))
          throw celError(`${name}() receiver must be optional`);
        if (!target2.hasValue()) return celJs.Optional.none();
        const scope = ctx.forkWithVariable(m.variable, m.dynType);
        scope.setIterValue(target2.value(), ev);
        const result = ev.run(m.body, scope);
        if (name === "optMap") return celJs.Optional.of(result);
        if (!(result instanceof celJs.Optional))
          throw celError("optFlatMap() must produce an optional");
        return result;
      }
    };
  };
}
function registerOptionals(env) {
  const celJs = loadCelJs();
  env.registerFunction(
    "OptionalNamespace.ofNonZeroValue(dyn): optional<dyn>",
    (_, v) => isZeroValue(v) ? celJs.Optional.none() : celJs.Optional.of(v)
  ).registerFunction("optional.optMap(ast, ast): optional<dyn>", optionalMacro("optMap")).registerFunction("optional.optFlatMap(ast, ast): optional<dyn>", optionalMacro("optFlatMap")).registerOperator(
    "optional<dyn> == optional<dyn>",
    (a, b) => a.hasValue() === b.hasValue() && (!a.hasValue() || celEquals2(a.value(), b.value()))
  );
}

// src/evaluate/admission/cel/quantity.ts
var FORMAT = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
var NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?$/;
var ERR_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
var ERR_SUFFIX = "unable to parse quantity's suffix";
var ERR_NUMERIC = "unable to parse numeric part of quantity";
var DECIMAL_SUFFIXES = {
  n: -9,
  u: -6,
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18
};
var BINARY_SUFFIXES = {
  Ki: 10n,
  Mi: 20n,
  Gi: 30n,
  Ti: 40n,
  Pi: 50n,
  Ei: 60n
};
var MAX_EXPONENT = 1e4;
var MAX_INT64 = 2n ** 63n - 1n;
var MIN_INT64 = -(2n ** 63n);
var NANO_EXPONENT = -9;
function pow10(n) {
  return 10n ** BigInt(n);
}
var Quantity = class _Quantity {
  constructor(coefficient, exponent) {
    this.coefficient = coefficient;
    this.exponent = exponent;
  }
  coefficient;
  exponent;
  /** Both quantities' coefficients at the smaller of the two exponents. */
  aligned(other) {
    const e = Math.min(this.exponent, other.exponent);
    return [
      this.coefficient * pow10(this.exponent - e),
      other.coefficient * pow10(other.exponent - e),
      e
    ];
  }
  compare(other) {
    const [a, b] = this.aligned(other);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  celEquals(other) {
    return other instanceof _Quantity && this.compare(other) === 0;
  }
  plus(other) {
    const [a, b, e] = this.aligned(other);
    return new _Quantity(a + b, e);
  }
  times(n) {
    return new _Quantity(this.coefficient * n, this.exponent);
  }
  sign() {
    return this.coefficient > 0n ? 1n : this.coefficient < 0n ? -1n : 0n;
  }
  /** The value as an int64, when it is a whole number in range. */
  asInt64() {
    let value;
    if (this.exponent >= 0) value = this.coefficient * pow10(this.exponent);
    else {
      const divisor = pow10(-this.exponent);
      if (this.coefficient % divisor !== 0n) return void 0;
      value = this.coefficient / divisor;
    }
    return value >= MIN_INT64 && value <= MAX_INT64 ? value : void 0;
  }
  asApproximateFloat() {
    return Number.parseFloat(`${this.coefficient}e${this.exponent}`);
  }
};
function roundUpToNano(coefficient, exponent) {
  if (exponent >= NANO_EXPONENT || coefficient === 0n) return new Quantity(coefficient, exponent);
  const divisor = pow10(NANO_EXPONENT - exponent);
  const magnitude = coefficient < 0n ? -coefficient : coefficient;
  const rounded = (magnitude + divisor - 1n) / divisor;
  return new Quantity(coefficient < 0n ? -rounded : rounded, NANO_EXPONENT);
}
function parseSuffix(suffix) {
  if (suffix in DECIMAL_SUFFIXES) return { exponent: DECIMAL_SUFFIXES[suffix] };
  if (suffix in BINARY_SUFFIXES) return { exponent: 0, binaryBits: BINARY_SUFFIXES[suffix] };
  const exp = /^[eE]([+-]?\d+)$/.exec(suffix);
  if (exp) {
    const n = Number(exp[1]);
    if (Math.abs(n) <= MAX_EXPONENT) return { exponent: n };
  }
  throw celError(ERR_SUFFIX);
}
function parseQuantity(s) {
  const parts2 = FORMAT.exec(s);
  if (!parts2) throw celError(ERR_FORMAT);
  const numberEnd = /^[+-]?[0-9.]*/.exec(s)?.[0].length ?? 0;
  const numberPart = s.slice(0, numberEnd);
  const suffix = s.slice(numberEnd);
  const num = NUMBER.exec(numberPart);
  if (!num || num[2] === "" && (num[3] ?? "") === "") throw celError(ERR_NUMERIC);
  const { exponent, binaryBits } = parseSuffix(suffix);
  const fraction = num[3] ?? "";
  let coefficient = BigInt((num[2] || "0") + fraction);
  if (num[1] === "-") coefficient = -coefficient;
  if (binaryBits !== void 0) coefficient *= 2n ** binaryBits;
  let q2 = roundUpToNano(coefficient, exponent - fraction.length);
  if (binaryBits !== void 0) {
    const cap = new Quantity(MAX_INT64, 0);
    if (q2.compare(cap) > 0) q2 = cap;
    else if (q2.compare(new Quantity(-MAX_INT64, 0)) < 0) q2 = new Quantity(-MAX_INT64, 0);
  }
  return q2;
}
var isQuantity = succeeds(parseQuantity);
var Q = "kubernetes.Quantity";
function registerQuantity(env) {
  env.registerType(Q, Quantity).registerFunction(`quantity(string): ${Q}`, parseQuantity).registerFunction("isQuantity(string): bool", isQuantity).registerFunction(`${Q}.sign(): int`, (q2) => q2.sign()).registerFunction(`${Q}.isInteger(): bool`, (q2) => q2.asInt64() !== void 0).registerFunction(`${Q}.asInteger(): int`, (q2) => {
    const v = q2.asInt64();
    if (v === void 0) throw celError("cannot convert value to integer");
    return v;
  }).registerFunction(`${Q}.asApproximateFloat(): double`, (q2) => q2.asApproximateFloat()).registerFunction(`${Q}.add(${Q}): ${Q}`, (a, b) => a.plus(b)).registerFunction(`${Q}.add(int): ${Q}`, (a, b) => a.plus(new Quantity(b, 0))).registerFunction(`${Q}.sub(${Q}): ${Q}`, (a, b) => a.plus(b.times(-1n))).registerFunction(
    `${Q}.sub(int): ${Q}`,
    (a, b) => a.plus(new Quantity(-b, 0))
  ).registerFunction(`${Q}.mul(int): ${Q}`, (a, n) => a.times(n)).registerFunction(
    `${Q}.compareTo(${Q}): int`,
    (a, b) => BigInt(a.compare(b))
  ).registerFunction(
    `${Q}.isGreaterThan(${Q}): bool`,
    (a, b) => a.compare(b) > 0
  ).registerFunction(`${Q}.isLessThan(${Q}): bool`, (a, b) => a.compare(b) < 0).registerOperator(`${Q} == ${Q}`, (a, b) => a.celEquals(b));
}

// src/evaluate/admission/cel/regex.ts
var INLINE_FLAGS = /^\(\?([ims]+)\)/;
function compile(pattern) {
  const inline = INLINE_FLAGS.exec(pattern);
  const flags = "gu" + (inline ? inline[1] : "");
  const source = inline ? pattern.slice(inline[0].length) : pattern;
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw celError(`error parsing regexp: ${e.message}`);
  }
}
function findAll(s, pattern, limit = -1n) {
  const re = compile(pattern);
  const found = [];
  if (limit === 0n) return found;
  let previousEnd = -1;
  for (const m of s.matchAll(re)) {
    if (m[0] === "" && m.index === previousEnd) continue;
    found.push(m[0]);
    previousEnd = m.index + m[0].length;
    if (limit > 0n && BigInt(found.length) >= limit) break;
  }
  return found;
}
function find(s, pattern) {
  return findAll(s, pattern, 1n)[0] ?? "";
}
function registerRegex(env) {
  env.registerFunction("string.find(string): string", find).registerFunction(
    "string.findAll(string): list<string>",
    (s, p) => findAll(s, p)
  ).registerFunction("string.findAll(string, int): list<string>", findAll);
}

// src/evaluate/admission/cel/semver.ts
var Semver = class _Semver {
  constructor(major, minor, patch, pre) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.pre = pre;
  }
  major;
  minor;
  patch;
  pre;
  /** Semantic-version precedence; build metadata does not count. */
  compare(o) {
    for (const [a, b] of [
      [this.major, o.major],
      [this.minor, o.minor],
      [this.patch, o.patch]
    ]) {
      if (a !== b) return a < b ? -1 : 1;
    }
    if (this.pre.length === 0 || o.pre.length === 0) {
      return this.pre.length === o.pre.length ? 0 : this.pre.length === 0 ? 1 : -1;
    }
    for (let i = 0; i < Math.min(this.pre.length, o.pre.length); i++) {
      const c = comparePrerelease(this.pre[i], o.pre[i]);
      if (c !== 0) return c;
    }
    return this.pre.length === o.pre.length ? 0 : this.pre.length < o.pre.length ? -1 : 1;
  }
  celEquals(other) {
    return other instanceof _Semver && this.compare(other) === 0;
  }
};
var NUMERIC = /^\d+$/;
function comparePrerelease(a, b) {
  const an = NUMERIC.test(a);
  const bn = NUMERIC.test(b);
  if (an && bn) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (an !== bn) return an ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
var MAX_UINT64 = 2n ** 64n - 1n;
function versionNumber(part, label) {
  if (part === "" || !NUMERIC.test(part)) {
    throw celError(`Invalid character(s) found in ${label} number ${JSON.stringify(part)}`);
  }
  if (part.length > 1 && part[0] === "0") {
    throw celError(
      `${label[0].toUpperCase()}${label.slice(1)} number must not contain leading zeroes ${JSON.stringify(part)}`
    );
  }
  const n = BigInt(part);
  if (n > MAX_UINT64)
    throw celError(`Invalid character(s) found in ${label} number ${JSON.stringify(part)}`);
  return n;
}
var IDENTIFIER = /^[0-9A-Za-z-]+$/;
function parse2(s) {
  if (s === "") throw celError("Version string empty");
  const parts2 = s.split(".");
  if (parts2.length < 3) throw celError("No Major.Minor.Patch elements found");
  const [majorText, minorText] = parts2;
  const rest = parts2.slice(2).join(".");
  const plus = rest.indexOf("+");
  const withoutBuild = plus >= 0 ? rest.slice(0, plus) : rest;
  const build2 = plus >= 0 ? rest.slice(plus + 1) : void 0;
  const dash = withoutBuild.indexOf("-");
  const patchText = dash >= 0 ? withoutBuild.slice(0, dash) : withoutBuild;
  const pre = dash >= 0 ? withoutBuild.slice(dash + 1).split(".") : [];
  const version = new Semver(
    versionNumber(majorText, "major"),
    versionNumber(minorText, "minor"),
    versionNumber(patchText, "patch"),
    pre
  );
  for (const p of pre) {
    if (p === "") throw celError("Prerelease is empty");
    if (!IDENTIFIER.test(p))
      throw celError(`Invalid character(s) found in prerelease ${JSON.stringify(p)}`);
    if (NUMERIC.test(p) && p.length > 1 && p[0] === "0") {
      throw celError(
        `Numeric PreRelease version must not contain leading zeroes ${JSON.stringify(p)}`
      );
    }
  }
  if (build2 !== void 0) {
    for (const b of build2.split(".")) {
      if (b === "") throw celError("Build meta data is empty");
      if (!IDENTIFIER.test(b))
        throw celError(`Invalid character(s) found in build meta data ${JSON.stringify(b)}`);
    }
  }
  return version;
}
function normalizeAndParse(s) {
  const parts2 = (s.startsWith("v") ? s.slice(1) : s).split(".");
  const head = parts2.slice(0, 2);
  const tail = parts2.slice(2).join(".");
  const fields = parts2.length > 2 ? [...head, tail] : head;
  const trimmed = fields.map((p) => {
    if (p.length <= 1) return p;
    const t = p.replace(/^0+/, "");
    return t === "" || !/^[0-9]/.test(t) ? "0" + t : t;
  });
  if (trimmed.length < 3) {
    if (/[+-]/.test(trimmed[trimmed.length - 1])) {
      throw celError("short version cannot contain PreRelease/Build meta data");
    }
    while (trimmed.length < 3) trimmed.push("0");
  }
  return parse2(trimmed.join("."));
}
function toSemver(s, normalize = false) {
  return normalize ? normalizeAndParse(s) : parse2(s);
}
var isSemver = succeeds(toSemver);
var S = "kubernetes.Semver";
function registerSemver(env) {
  env.registerType(S, Semver).registerFunction(`semver(string): ${S}`, (s) => toSemver(s)).registerFunction(`semver(string, bool): ${S}`, toSemver).registerFunction("isSemver(string): bool", (s) => isSemver(s)).registerFunction("isSemver(string, bool): bool", isSemver).registerFunction(`${S}.major(): int`, (v) => v.major).registerFunction(`${S}.minor(): int`, (v) => v.minor).registerFunction(`${S}.patch(): int`, (v) => v.patch).registerFunction(`${S}.compareTo(${S}): int`, (a, b) => BigInt(a.compare(b))).registerFunction(`${S}.isGreaterThan(${S}): bool`, (a, b) => a.compare(b) > 0).registerFunction(`${S}.isLessThan(${S}): bool`, (a, b) => a.compare(b) < 0).registerOperator(`${S} == ${S}`, (a, b) => a.celEquals(b));
}

// src/evaluate/admission/cel/sets.ts
var SetsNamespace = class {
};
function contains(list5, sublist) {
  return sublist.every((x) => list5.some((y) => celEquals2(x, y)));
}
function registerSets(env) {
  env.registerType("SetsNamespace", SetsNamespace).registerConstant("sets", "SetsNamespace", new SetsNamespace()).registerFunction(
    "SetsNamespace.contains(list, list): bool",
    (_, a, b) => contains(a, b)
  ).registerFunction(
    "SetsNamespace.equivalent(list, list): bool",
    (_, a, b) => contains(a, b) && contains(b, a)
  ).registerFunction(
    "SetsNamespace.intersects(list, list): bool",
    (_, a, b) => a.some((x) => b.some((y) => celEquals2(x, y)))
  );
}

// src/evaluate/admission/cel/string-format.ts
var CLAUSE = /%(?:\.(\d+))?([\s\S])?/g;
function typeName2(v) {
  if (v === null) return "null_type";
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "double";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "list";
  if (isCelMap(v)) return "map";
  if (v instanceof Uint8Array) return "bytes";
  if (v instanceof Date) return "google.protobuf.Timestamp";
  if (isDuration(v)) return "google.protobuf.Duration";
  if (isUint(v)) return "uint";
  if (typeof v === "object") return v.constructor.name;
  return typeof v;
}
function isUint(v) {
  return typeof v === "object" && v !== null && "value" in v && typeof v.value === "bigint";
}
function isTypeValue(v) {
  return typeof v === "object" && v !== null && v.constructor.name === "Type" && "name" in v && typeof v.name === "string";
}
function asDouble(v, clause) {
  if (typeof v === "number") return v;
  if (v === "NaN") return NaN;
  if (v === "Infinity") return Infinity;
  if (v === "-Infinity") return -Infinity;
  throw celError(
    `error during formatting: ${clause} clause can only be used on doubles, was given ${typeName2(v)}`
  );
}
function special(d) {
  if (Number.isNaN(d)) return "NaN";
  if (!Number.isFinite(d)) return d > 0 ? "∞" : "-∞";
  return void 0;
}
function fixed2(v, precision) {
  const d = asDouble(v, "fixed-point");
  return special(d) ?? d.toFixed(precision);
}
var SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
function scientific(v, precision) {
  const d = asDouble(v, "scientific");
  const s = special(d);
  if (s !== void 0) return s;
  const [mantissa, exponent] = d.toExponential(precision).split("e");
  const e = Number(exponent);
  const digits = String(Math.abs(e)).padStart(2, "0");
  const sup = [...digits].map((c) => SUPERSCRIPT[Number(c)]).join("");
  return `${mantissa} × 10${e < 0 ? "⁻" : ""}${sup}`;
}
function integer(v, clause) {
  if (typeof v === "bigint") return v;
  if (isUint(v)) return v.value;
  throw celError(
    `error during formatting: ${clause} clause can only be used on integers, was given ${typeName2(v)}`
  );
}
function signed(n, base) {
  return n < 0n ? "-" + (-n).toString(base) : n.toString(base);
}
function binary2(v) {
  if (typeof v === "boolean") return v ? "1" : "0";
  if (typeof v === "bigint" || isUint(v)) return signed(integer(v, "binary"), 2);
  throw celError(
    `error during formatting: only integers and bools can be formatted as binary, was given ${typeName2(v)}`
  );
}
function hex(v) {
  if (typeof v === "string") return Buffer.from(v, "utf8").toString("hex");
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  if (typeof v === "bigint" || isUint(v)) return signed(integer(v, "hex"), 16);
  throw celError(
    `error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given ${typeName2(v)}`
  );
}
function goDouble(d) {
  if (Number.isNaN(d)) return "NaN";
  if (!Number.isFinite(d)) return d > 0 ? "+Inf" : "-Inf";
  if (Object.is(d, -0)) return "-0";
  const [mantissa, exponent] = d.toExponential().split("e");
  const e = Number(exponent);
  if (e < -4 || e >= 6) {
    const digits = String(Math.abs(e)).padStart(2, "0");
    return `${mantissa}e${e < 0 ? "-" : "+"}${digits}`;
  }
  return String(d);
}
function timestamp2(t) {
  return t.toISOString().replace(/\.?0*Z$/, "Z");
}
function duration(d) {
  const total = d.seconds * 1000000000n + BigInt(d.nanos);
  const abs = total < 0n ? -total : total;
  const whole2 = (abs / 1000000000n).toString();
  const fraction = (abs % 1000000000n).toString().padStart(9, "0").replace(/0+$/, "");
  return `${total < 0n ? "-" : ""}${whole2}${fraction ? "." + fraction : ""}s`;
}
function asString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "bigint" || typeof v === "boolean") return String(v);
  if (typeof v === "number") return goDouble(v);
  if (v === null) return "null";
  if (Array.isArray(v) || isCelMap(v)) return nested2(v);
  if (isUint(v)) return String(v.value);
  if (v instanceof Uint8Array) return Buffer.from(v).toString("utf8");
  if (v instanceof Date) return timestamp2(v);
  if (isDuration(v)) return duration(v);
  if (isTypeValue(v)) return v.name;
  throw celError(
    `error during formatting: string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given ${typeName2(v)}`
  );
}
function nested2(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (v instanceof Uint8Array) return "b" + JSON.stringify(Buffer.from(v).toString("utf8"));
  if (typeof v === "number") {
    if (Number.isNaN(v)) return '"NaN"';
    if (!Number.isFinite(v)) return v > 0 ? '"+Inf"' : '"-Inf"';
    return v.toFixed(6);
  }
  if (v instanceof Date) return `timestamp(${JSON.stringify(timestamp2(v))})`;
  if (isDuration(v)) return `duration(${JSON.stringify(duration(v))})`;
  if (Array.isArray(v)) return "[" + v.map(nested2).join(", ") + "]";
  if (isCelMap(v)) {
    const entries3 = v instanceof Map ? [...v.entries()] : Object.entries(v);
    const parts2 = entries3.map(([k, x]) => [nested2(k), nested2(x)]);
    parts2.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return "{" + parts2.map(([k, x]) => `${k}:${x}`).join(", ") + "}";
  }
  return asString(v);
}
function formatString(template, args) {
  let next = 0;
  const take = () => {
    if (next >= args.length) {
      throw celError(`index ${next} out of range`);
    }
    return args[next++];
  };
  return template.replace(CLAUSE, (_whole, precision, verb) => {
    const digits = precision === void 0 ? 6 : Number(precision);
    switch (verb) {
      case "%":
        return "%";
      case "s":
        return asString(take());
      case "d":
        return String(integer(take(), "decimal"));
      case "f":
        return fixed2(take(), digits);
      case "e":
        return scientific(take(), digits);
      case "b":
        return binary2(take());
      case "o":
        return signed(integer(take(), "octal"), 8);
      case "x":
        return hex(take());
      case "X":
        return hex(take()).toUpperCase();
      case void 0:
        throw celError(
          precision === void 0 ? "could not parse formatting clause: unexpected end of string" : "could not parse formatting clause: error while parsing precision: could not find end of precision specifier"
        );
      default:
        throw celError(
          `could not parse formatting clause: unrecognized formatting clause "${verb}"`
        );
    }
  });
}

// src/evaluate/admission/cel/strings.ts
function charAt(s, index2) {
  const chars = codePoints(s);
  if (index2 < 0n || index2 > BigInt(chars.length)) throw celError(`index out of range: ${index2}`);
  return chars[Number(index2)] ?? "";
}
function replace(s, search, replacement, limit = -1n) {
  if (limit === 0n) return s;
  if (search === "") {
    const chars = codePoints(s);
    let out = "";
    let done = 0n;
    for (let i = 0; i <= chars.length; i++) {
      if (limit < 0n || done < limit) {
        out += replacement;
        done++;
      }
      out += chars[i] ?? "";
    }
    return out;
  }
  const pieces = s.split(search);
  if (limit < 0n || BigInt(pieces.length - 1) <= limit) return pieces.join(replacement);
  const n = Number(limit);
  return pieces.slice(0, n + 1).join(replacement) + search + pieces.slice(n + 1).join(search);
}
var QUOTE_ESCAPES = {
  "\x07": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\v": "\\v",
  "\\": "\\\\",
  '"': '\\"'
};
function quote(s) {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 55296 && code <= 57343) out += "�";
    else out += QUOTE_ESCAPES[c] ?? c;
  }
  return out + '"';
}
var StringsNamespace = class {
};
function registerStrings(env) {
  env.registerFunction("string.charAt(int): string", charAt).registerFunction(
    "string.replace(string, string): string",
    (s, a, b) => replace(s, a, b)
  ).registerFunction("string.replace(string, string, int): string", replace).registerFunction("string.format(list): string", formatString).registerType("StringsNamespace", StringsNamespace).registerConstant("strings", "StringsNamespace", new StringsNamespace()).registerFunction(
    "StringsNamespace.quote(string): string",
    (_, s) => quote(s)
  );
}

// src/evaluate/admission/cel/url.ts
var URLValue = class _URLValue {
  constructor(raw, parts2) {
    this.raw = raw;
    this.parts = parts2;
  }
  raw;
  parts;
  celEquals(other) {
    return other instanceof _URLValue && other.raw === this.raw;
  }
};
function toURL(s) {
  try {
    parseRequestURI(s);
    return new URLValue(s, parseURL(s));
  } catch (e) {
    if (e instanceof URLParseError)
      throw celError(`URL parse error during conversion from string: ${e.message}`);
    throw e;
  }
}
var isURL = succeeds(parseRequestURI);
function hostname(host) {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  const colon = host.lastIndexOf(":");
  return colon >= 0 ? host.slice(0, colon) : host;
}
function port(host) {
  const afterBracket = host.startsWith("[") ? host.slice(host.indexOf("]") + 1) : host;
  const colon = afterBracket.lastIndexOf(":");
  return colon >= 0 ? afterBracket.slice(colon + 1) : "";
}
var PATH_SAFE = /[A-Za-z0-9\-_.~$&+,/:;=@]/;
var VALID_ENCODED = /^(?:[A-Za-z0-9\-_.~!$&'()*+,;=:@[\]/]|%[0-9A-Fa-f]{2})*$/;
function escapedPath(rawPath) {
  if (VALID_ENCODED.test(rawPath)) return rawPath;
  const decoded = unescape(rawPath, false) ?? rawPath;
  let out = "";
  for (const byte2 of Buffer.from(decoded, "utf8")) {
    const c = String.fromCharCode(byte2);
    out += PATH_SAFE.test(c) ? c : "%" + byte2.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function query(rawQuery) {
  const out = {};
  for (const pair2 of rawQuery.split("&")) {
    if (pair2 === "" || pair2.includes(";")) continue;
    const eq = pair2.indexOf("=");
    const key = unescape(eq >= 0 ? pair2.slice(0, eq) : pair2, true);
    const value = unescape(eq >= 0 ? pair2.slice(eq + 1) : "", true);
    if (key === void 0 || value === void 0) continue;
    (out[key] ??= []).push(value);
  }
  return out;
}
var URL_TYPE = "kubernetes.URL";
function registerURL(env) {
  env.registerType(URL_TYPE, URLValue).registerFunction(`url(string): ${URL_TYPE}`, toURL).registerFunction("isURL(string): bool", isURL).registerFunction(`${URL_TYPE}.getScheme(): string`, (u) => u.parts.scheme).registerFunction(`${URL_TYPE}.getHost(): string`, (u) => u.parts.host).registerFunction(`${URL_TYPE}.getHostname(): string`, (u) => hostname(u.parts.host)).registerFunction(`${URL_TYPE}.getPort(): string`, (u) => port(u.parts.host)).registerFunction(
    `${URL_TYPE}.getEscapedPath(): string`,
    (u) => escapedPath(u.parts.rawPath)
  ).registerFunction(
    `${URL_TYPE}.getQuery(): map<string, list<string>>`,
    (u) => query(u.parts.rawQuery)
  ).registerOperator(`${URL_TYPE} == ${URL_TYPE}`, (a, b) => a.celEquals(b));
}

// src/evaluate/admission/cel/index.ts
function registerNetTypeNames(env) {
  const ipType = env.evaluate('type(ip("0.0.0.0"))');
  const cidrType = env.evaluate('type(cidr("0.0.0.0/0"))');
  env.registerConstant("net", "map<string, type>", { IP: ipType, CIDR: cidrType });
}
function build() {
  const env = new (loadCelJs()).Environment({
    unlistedVariablesAreDyn: true,
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false
  });
  for (const register of [
    registerLists,
    registerRegex,
    registerURL,
    registerQuantity,
    registerIP,
    registerCIDR,
    registerFormat,
    registerSemver,
    registerStrings,
    registerSets,
    registerComprehensions,
    registerOptionals
  ]) {
    register(env);
  }
  registerNetTypeNames(env);
  return env;
}
var cached;
function kubernetesCelEnvironment() {
  return cached ??= build();
}

// src/evaluate/admission-findings.ts
var CATEGORY = "admission-policy";
var DEFAULT_SEVERITY = "high";
var ADVISORY_SEVERITY = {
  warn: "medium",
  audit: "low"
};
var policyRecords = (sources) => sources.records.filter((r) => r.kind === ADMISSION_POLICY_KIND);
var nameOf3 = (r) => nameOf2(r.object);
function validationsText(policy) {
  const spec = policy.object.spec;
  const validations = spec && typeof spec === "object" && !Array.isArray(spec) && Array.isArray(spec.validations) ? spec.validations : [];
  const shown = validations.slice(0, 3).map((v) => {
    const o = v && typeof v === "object" && !Array.isArray(v) ? v : {};
    const said = typeof o.message === "string" ? o.message : void 0;
    const expression = typeof o.expression === "string" ? o.expression.trim() : "";
    return said ? `"${said}" (\`${expression}\`)` : `\`${expression}\``;
  });
  const more = validations.length > 3 ? `, and ${validations.length - 3} more` : "";
  return shown.length ? ` Its validations: ${shown.join("; ")}${more}.` : "";
}
function admissionRules(sources, config) {
  if (!sources || config.rules.categories[CATEGORY] === false)
    return [];
  const rules = [];
  const seen = /* @__PURE__ */ new Set();
  for (const record3 of policyRecords(sources)) {
    const id = admissionRuleId(nameOf3(record3));
    if (seen.has(id) || config.rules.disabled.includes(id)) continue;
    seen.add(id);
    const from = sources.fromBase ? FROM_BASE : "";
    rules.push({
      id,
      title: `ValidatingAdmissionPolicy ${nameOf3(record3)}`,
      severity: config.rules.severity[id] ?? DEFAULT_SEVERITY,
      category: CATEGORY,
      match: { kinds: [] },
      why: `The cluster's own admission policy ${nameOf3(record3)} (${record3.location.file}:${record3.location.line}${from}) rejects, warns about or audits the objects that fail its validations when they are applied, as its bindings say.${validationsText(record3)} It is evaluated here with the API server's semantics.`,
      fix: "Change the object so that it passes the policy's validations, or have the policy's owners change the policy.",
      file: record3.location.file,
      builtin: false,
      evaluate: () => false
    });
  }
  return rules;
}
var preparedCache = /* @__PURE__ */ new WeakMap();
function prepareAdmission(sources, config) {
  if (!sources) return void 0;
  let byConfig = preparedCache.get(sources);
  if (!byConfig) preparedCache.set(sources, byConfig = /* @__PURE__ */ new WeakMap());
  let prepared = byConfig.get(config);
  if (prepared === void 0)
    byConfig.set(config, prepared = compileAdmission(sources, config) ?? null);
  return prepared ?? void 0;
}
function compileAdmission(sources, config) {
  const rules = admissionRules(sources, config);
  if (rules.length === 0) return void 0;
  const byKind = (kind) => sources.records.filter((r) => r.kind === kind);
  const policies = byKind(ADMISSION_POLICY_KIND).filter(
    (r) => rules.some((rule) => rule.id === admissionRuleId(nameOf3(r)))
  );
  const bindings = byKind(ADMISSION_BINDING_KIND);
  const namespaces = /* @__PURE__ */ new Map();
  for (const [name, { labels }] of Object.entries(sources.namespaces)) namespaces.set(name, labels);
  for (const r of byKind("Namespace")) namespaces.set(nameOf3(r), r.object);
  const engine = createAdmissionEngine({
    policies: policies.map((r) => r.object),
    bindings: bindings.map((r) => r.object),
    namespaces,
    paramObjects: sources.records.filter((r) => r.kind !== ADMISSION_POLICY_KIND && r.kind !== ADMISSION_BINDING_KIND).map((r) => r.object),
    celEnvironment: kubernetesCelEnvironment()
  });
  return {
    engine,
    rules: new Map(rules.map((r) => [r.id, r])),
    policies: new Map(policies.map((r) => [nameOf3(r), r])),
    bindings: new Map(bindings.map((r) => [nameOf3(r), r])),
    allPolicies: new Set(byKind(ADMISSION_POLICY_KIND).map(nameOf3)),
    fromBase: sources.fromBase ?? false
  };
}
function admissionProblems(prepared) {
  if (!prepared) return [];
  const out = [];
  for (const p of prepared.engine.problems) {
    const record3 = p.kind === ADMISSION_POLICY_KIND ? prepared.policies.get(p.name) : prepared.bindings.get(p.name);
    const where = record3 ? `${record3.location.file}:${record3.location.line}: ` : "";
    out.push(`${where}${p.kind} ${p.name}, ${p.field}: ${p.message}`);
  }
  for (const [name, binding] of prepared.bindings) {
    const spec = binding.object.spec;
    const policyName = spec && typeof spec === "object" && !Array.isArray(spec) ? spec.policyName : void 0;
    if (typeof policyName === "string" && !prepared.allPolicies.has(policyName))
      out.push(
        `${binding.location.file}:${binding.location.line}: ValidatingAdmissionPolicyBinding ${name} names the policy "${policyName}", which the scan does not have: it validates nothing`
      );
  }
  return out;
}
function advisoryOf(v) {
  if (v.actions.includes("Deny")) return void 0;
  return v.actions.includes("Warn") ? "warn" : "audit";
}
function messageOf(v, resource) {
  const subject = `${resource.kind} ${resource.name || "(unnamed)"}`;
  const parts2 = [v.message];
  if (v.kind === "error" && v.failure)
    parts2.push(
      `(${v.failure.why}; failurePolicy ${v.failure.failurePolicy}: ${v.failure.outcome === "enforced" ? "the request is denied" : "the request is admitted"})`
    );
  if (v.actions.length === 0) parts2.push("(the cluster would admit it)");
  else if (!v.actions.includes("Deny"))
    parts2.push(`(${v.actions.join(" and ")} only: the cluster would admit it)`);
  if (v.namespaceLabelsUnknown)
    parts2.push(
      "(the namespace's labels are unknown, so the binding is taken to match: give them with a Namespace manifest or the config's namespaces)"
    );
  return `${subject}: ${parts2.join(" ")}`;
}
function relatedOf(v, prepared) {
  const related = [];
  const where = prepared.fromBase ? FROM_BASE : "";
  const policy = prepared.policies.get(v.policy);
  if (policy) {
    const at2 = v.source.type === "validation" ? policy.parts?.[`spec.validations[${v.source.index}]`] ?? policy.location : policy.location;
    const what = v.source.type === "validation" ? `validation ${v.source.index + 1} of ValidatingAdmissionPolicy ${v.policy}` : `ValidatingAdmissionPolicy ${v.policy}`;
    related.push({ file: at2.file, line: at2.line, message: `${what}${where}` });
  }
  const binding = prepared.bindings.get(v.binding);
  if (binding)
    related.push({
      file: binding.location.file,
      line: binding.location.line,
      message: `ValidatingAdmissionPolicyBinding ${v.binding} (${v.actions.join(", ") || "ignored"})${where}`
    });
  return related;
}
function fieldPathIn(object, segments) {
  const path = [];
  let value = object;
  for (const s of segments) {
    const index2 = Array.isArray(value) ? Number(s) : NaN;
    path.push(Number.isInteger(index2) ? index2 : s);
    value = Array.isArray(value) ? value[index2] : value !== null && typeof value === "object" ? value[s] : void 0;
  }
  return path;
}
function admissionFindings(resource, prepared, oldObject) {
  const result = prepared.engine.evaluate([
    {
      object: resource.object,
      ...oldObject ? { oldObject, operation: "UPDATE" } : { operation: "CREATE" },
      ...resource.namespace ? { namespace: resource.namespace } : {}
    }
  ]);
  const findings = [];
  const id = resourceId(resource);
  for (const v of result.verdicts) {
    const rule = prepared.rules.get(admissionRuleId(v.policy));
    if (!rule) continue;
    const path = [...resource.basePath, ...fieldPathIn(resource.object, v.fieldPath)];
    const advisory = advisoryOf(v);
    const source = v.source.type === "validation" ? `validations[${v.source.index}]` : v.source.type === "matchCondition" ? `matchConditions.${v.source.name}` : v.source.type;
    findings.push({
      ruleId: rule.id,
      severity: advisory ? atMost(rule.severity, ADVISORY_SEVERITY[advisory]) : rule.severity,
      title: rule.title,
      message: messageOf(v, resource),
      location: { file: resource.file, line: resource.locator.locate(path).line },
      resource: id,
      fieldPath: formatFieldPath(path),
      fingerprint: fingerprintOf([rule.id, v.binding, id, source, v.param?.name ?? ""]),
      related: relatedOf(v, prepared),
      ...advisory ? { advisory } : {}
    });
  }
  return findings;
}

// src/model/finding-order.ts
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
}
function sortFindings(findings) {
  return findings.sort(compareFindings);
}
function mergeIntoSorted(sorted, extra) {
  if (extra.length === 0) return sorted;
  sortFindings(extra);
  const out = new Array(sorted.length + extra.length);
  let at2 = 0;
  let from = 0;
  for (const f of extra) {
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compareFindings(sorted[mid], f) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out[at2++] = sorted[i];
    out[at2++] = f;
    from = lo;
  }
  for (let i = from; i < sorted.length; i++) out[at2++] = sorted[i];
  return out;
}

// src/evaluate/evaluate-file.ts
function loadActiveRules(root, config) {
  const builtin = loadRules(builtinRuleTexts(), true);
  const collected = config.rules.custom.length ? collectFiles({ root, paths: config.rules.custom, exclude: [] }) : void 0;
  const missing = collected?.unmatched ?? [];
  if (missing.length)
    throw new ConfigurationError(
      `config rules.custom: ${missing.map((u) => `"${u.path}" gives no rule file (${u.reason})`).join("; ")}`
    );
  const customFiles = collected?.files ?? [];
  const custom = loadRules(
    customFiles.map((f) => ({ file: f.path, text: readFileSync(f.absolute, "utf8") })),
    false
  );
  const all2 = [...builtin, ...custom];
  const ids = /* @__PURE__ */ new Set([
    ...all2.map((r) => r.id),
    ...SYSTEM_RULES.filter((r) => r.configurable).map((r) => r.id)
  ]);
  for (const r of custom) {
    if (builtin.some((b) => b.id === r.id))
      throw new ConfigurationError(`rule file ${r.file}: id "${r.id}" is a built-in rule id`);
  }
  for (const id of [...config.rules.disabled, ...Object.keys(config.rules.severity)]) {
    if (!ids.has(id) && !isAdmissionRule(id))
      throw new ConfigurationError(`config rules: unknown rule id "${id}"`);
  }
  return all2.filter((r) => ruleEnabled(config.rules, r));
}
function evaluationSettings(config) {
  return {
    workloads: workloadKinds(config.workloads),
    params: {
      internalIngressClasses: config.ingress.internalClasses,
      internalIngressAnnotations: config.ingress.internalAnnotations,
      allowedRegistries: config.images.allowedRegistries,
      digestNamespaces: config.images.requireDigest.namespaces,
      // CEL has regular expressions, not globs: the globs are compiled here.
      digestPathPatterns: config.images.requireDigest.paths.map(
        (glob) => import_picomatch3.default.makeRe(glob, { dot: true }).source
      )
    },
    severities: config.rules.severity
  };
}
function problemFinding(p) {
  return systemFinding(
    "parse-error",
    { message: p.message, location: { file: p.file, line: p.line } },
    [p.file, p.message]
  );
}
function scanRules(policyRoot, config, admission, admissionOnly = false) {
  const own = admissionOnly ? [] : loadActiveRules(policyRoot, config);
  return [...own, ...admissionRules(admission, config)];
}
function evaluationContext(rules, config, today, options = {}) {
  const settings = evaluationSettings(config);
  const admission = prepareAdmission(options.admission, config);
  const checked = rules.filter(
    (r) => !r.analyser && (!r.enabledByParams || r.enabledByParams.some((p) => isSet(settings.params[p])))
  );
  return {
    rulesByKind: indexRulesByKind(checked),
    settings,
    policy: { ...config.waivers, today },
    // The analysers read the facts, and so do the steps that settle the findings of rules
    // that assume a mounted token (analysers/token-mount.ts) and name who holds a role
    // (analysers/bindings.ts).
    analysis: rules.some((r) => r.analyser || r.ifTokenUnneeded) || readsBindings(rules),
    records: options.records ?? "none",
    ...options.oldObjects ? { oldObjects: options.oldObjects } : {},
    ...admission ? { admission } : {}
  };
}
function evaluateParsed(parsed, ctx, out, relocate) {
  for (const p of parsed.problems) {
    if (p.warningOnly) {
      out.warnings.push(`${p.file}: ${p.message}`);
    } else {
      const f = problemFinding(p);
      relocate?.(f, void 0);
      out.findings.push(f);
    }
  }
  for (const resource of parsed.resources) {
    const old = ctx.oldObjects?.get(resourceId(resource));
    const own = evaluateResource(resource, ctx.rulesByKind, ctx.settings, old ?? null);
    if (ctx.admission) for (const f of admissionFindings(resource, ctx.admission, old)) own.push(f);
    if (relocate) for (const f of own) relocate(f, resource);
    if (out.records && keepsRecord(ctx.records, resource))
      out.records.push(relocatedRecord(resource, relocate));
    if (out.analysis) collectFacts(resource, ctx, out.analysis, relocate);
    const metadata3 = resource.object.metadata;
    applyWaivers(own, metadata3?.annotations, ctx.policy);
    for (const f of own) out.findings.push(f);
  }
  return parsed.resources.length;
}
function isSet(value) {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}
function relocated(resource, path, location, relocate) {
  if (!relocate) return location;
  const probe = {
    ruleId: "record",
    severity: "low",
    title: "",
    message: "",
    location,
    resource: resourceId(resource),
    fieldPath: formatFieldPath(path),
    fingerprint: ""
  };
  relocate(probe, resource);
  return probe.location;
}
function relocatedRecord(resource, relocate) {
  const record3 = recordOf(resource);
  if (!relocate) return record3;
  const path = [...resource.basePath, "metadata", "name"];
  const moved = { ...record3, location: relocated(resource, path, record3.location, relocate) };
  if (record3.parts) {
    const parts2 = {};
    for (const [key, part] of partPaths(resource))
      parts2[key] = relocated(
        resource,
        [...resource.basePath, ...part],
        record3.parts[key],
        relocate
      );
    moved.parts = parts2;
  }
  return moved;
}
function collectFacts(resource, ctx, into, relocate) {
  const { object, kind, apiVersion } = resource;
  if (CONNECTING_KINDS.has(kind) && !podsOf(object, kind, apiVersion, ctx.settings.workloads)) {
    into.objects.push(relocatedRecord(resource, relocate));
    return;
  }
  for (const facts of workloadFacts(resource, ctx.settings.workloads)) {
    facts.location = relocated(resource, facts.podSpecPath, facts.location, relocate);
    into.workloads.push(facts);
  }
}
function parseLimits(config) {
  return { ...DEFAULT_PARSE_LIMITS, maxFileBytes: config.limits.maxFileBytes };
}
function scanFile(file, ctx, limits) {
  const out = {
    findings: [],
    warnings: [],
    resources: 0,
    ...ctx.records !== "none" ? { records: [] } : {},
    ...ctx.analysis ? { analysis: { workloads: [], objects: [] } } : {}
  };
  let text2;
  try {
    text2 = readFileSync(file.absolute, "utf8");
  } catch (e) {
    out.warnings.push(
      `${file.path}: cannot read (${e.code ?? "error"})`
    );
    return out;
  }
  out.resources = evaluateParsed(parseSource({ path: file.path, text: text2 }, limits), ctx, out);
  sortFindings(out.findings);
  return out;
}

// src/pipeline/parallel/scan-pool.ts
var BATCH = 4;
var NEXT = 0;
var DONE = 1;
var STATE_BASE = 2;
var RESULTS_PER_REPLY = 64;
function drain(signal, files, scanOne, onFile) {
  for (; ; ) {
    const first = Atomics.add(signal, NEXT, BATCH);
    if (first >= files.length) return;
    for (let i = first; i < Math.min(first + BATCH, files.length); i++) {
      holdYoungGeneration();
      const result = scanOne(files[i]);
      Atomics.add(signal, DONE, 1);
      onFile(i, result);
    }
  }
}
function workerCount(files, minFilesPerThread) {
  const forced = Number.parseInt(process.env.KUBEGATE_SCAN_WORKERS ?? "", 10);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 7);
  const cores = availableParallelism();
  if (cores < 2 || files < 2 * minFilesPerThread) return 0;
  return Math.min(cores - 1, Math.floor(files / minFilesPerThread) - 1, 7);
}
var pool = [];
var jobs = 0;
function pooledWorkers(count) {
  while (pool.length < count) {
    const { port1, port2 } = new (workerThreads()).MessageChannel();
    const start = { kubegateScanWorker: true, port: port2 };
    const worker = newWorker({ workerData: start, transferList: [port2] });
    const entry2 = { worker, port: port1 };
    worker.unref();
    port1.unref();
    const drop = () => {
      const at2 = pool.indexOf(entry2);
      if (at2 >= 0) pool.splice(at2, 1);
    };
    worker.on("error", drop);
    worker.on("exit", drop);
    pool.push(entry2);
  }
  return pool.slice(0, count);
}
function scanInParallel(job) {
  const { files } = job;
  const workers = pooledWorkers(job.workers);
  const shared = new SharedArrayBuffer(4 * (STATE_BASE + workers.length));
  const signal = new Int32Array(shared);
  const id = ++jobs;
  workers.forEach(({ port: port2 }, w) => {
    const share = {
      id,
      slot: STATE_BASE + w,
      shared,
      policyRoot: job.policyRoot,
      admissionOnly: job.admissionOnly ?? false,
      context: {
        records: job.ctx.records,
        ...job.ctx.oldObjects ? { oldObjects: job.ctx.oldObjects } : {},
        ...job.admission ? { admission: job.admission } : {}
      },
      config: job.config,
      today: job.today,
      limits: job.limits,
      files,
      ...job.sarif ? { sarifRuleOrder: job.sarif.ruleOrder } : {}
    };
    port2.postMessage(share);
  });
  const results = new Array(files.length);
  const findingsAt = (i) => results[i]?.findings ?? [];
  const finished = workers.map(() => false);
  const receive = (w) => {
    while (!finished[w]) {
      const reply = workerThreads().receiveMessageOnPort(workers[w].port)?.message;
      if (!reply) return false;
      if (reply.id !== id) continue;
      if ("error" in reply) throw new Error(`a scan worker failed: ${reply.error}`);
      const replied = "packed" in reply ? unpack(reply.packed) : reply.results;
      for (const [i, result] of replied) results[i] = result;
      if (reply.sarif) job.sarif?.add(reply.sarif, findingsAt);
      finished[w] = reply.last;
    }
    return true;
  };
  const sarifIndex = job.sarif ? ruleIndexes(job.rules) : void 0;
  let unwritten = [];
  const writeSarif = () => {
    const text2 = sarifIndex && renderResults(findingsOf(unwritten), sarifIndex);
    if (text2) job.sarif?.add(text2, findingsAt);
    unwritten = [];
  };
  let sinceReceive = 0;
  drain(
    signal,
    files,
    (file) => scanFile(file, job.ctx, job.limits),
    (i, result) => {
      results[i] = result;
      if (sarifIndex && unwritten.push([i, result]) >= RESULTS_PER_REPLY) writeSarif();
      job.onProgress?.(Atomics.load(signal, DONE), files.length);
      if (++sinceReceive >= BATCH) {
        sinceReceive = 0;
        for (let w = 0; w < workers.length; w++) receive(w);
      }
    }
  );
  if (unwritten.length) writeSarif();
  workers.forEach((_worker, w) => {
    const slot = STATE_BASE + w;
    if (Atomics.compareExchange(signal, slot, 0 /* NotStarted */, 3 /* Cancelled */) === 0 /* NotStarted */)
      return;
    while (Atomics.load(signal, slot) === 1 /* Running */)
      Atomics.wait(signal, slot, 1 /* Running */);
    if (!receive(w)) throw new Error("a scan worker finished without a result");
  });
  job.onProgress?.(files.length, files.length);
  return results.map((r, i) => {
    if (!r) throw new Error(`no scan result for ${files[i].path}`);
    return r;
  });
}
var WORKER_ENTRY = fileURLToPath3(import.meta.url);
var workerThreads = lazyBuiltin("node:worker_threads");
var WORKER_HINT = "KUBEGATE_SCAN_WORKER_THREAD";
function newWorker(given) {
  const { Worker } = workerThreads();
  const options = { ...given, env: { ...process.env, [WORKER_HINT]: "1" } };
  if (!WORKER_ENTRY.endsWith(".ts")) return new Worker(WORKER_ENTRY, options);
  const api = createRequire2(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
  const tsx = pathToFileURL(api).href;
  const entry2 = pathToFileURL(WORKER_ENTRY).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry2)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
function runShare(job, port2) {
  const signal = new Int32Array(job.shared);
  if (Atomics.compareExchange(signal, job.slot, 0 /* NotStarted */, 1 /* Running */) !== 0 /* NotStarted */)
    return;
  const send = (reply) => (
    // The codes' buffer is moved, not copied: the worker is done with it.
    port2.postMessage(reply, "packed" in reply ? [reply.packed.codes.buffer] : [])
  );
  try {
    const rules = scanRules(job.policyRoot, job.config, job.context.admission, job.admissionOnly);
    const ctx = evaluationContext(rules, job.config, job.today, job.context);
    const sarifIndex = job.sarifRuleOrder !== void 0 && job.sarifRuleOrder === ruleOrderOf(rules) ? ruleIndexes(rules) : void 0;
    const withSarif = (results2) => {
      const sarif = sarifIndex && renderResults(findingsOf(results2), sarifIndex);
      return sarif ? { sarif } : {};
    };
    let results = [];
    drain(
      signal,
      job.files,
      (file) => scanFile(file, ctx, job.limits),
      (i, result) => {
        results.push([i, result]);
        if (results.length >= RESULTS_PER_REPLY) {
          send({ id: job.id, last: false, ...withSarif(results), ...packedOrPlain(results) });
          results = [];
        }
      }
    );
    send({ id: job.id, last: true, ...withSarif(results), ...packedOrPlain(results) });
  } catch (e) {
    send({
      id: job.id,
      last: true,
      error: e instanceof Error ? e.stack ?? e.message : String(e)
    });
  }
  Atomics.store(signal, job.slot, 2 /* Finished */);
  Atomics.notify(signal, job.slot);
}
var findingsOf = (results) => results.map(([i, r]) => [i, r.findings]);
function packedOrPlain(results) {
  try {
    return { packed: pack(results) };
  } catch {
    return { results };
  }
}
function isWorkerStart(data) {
  return data !== null && typeof data === "object" && data.kubegateScanWorker === true;
}
var started = process.env[WORKER_HINT] === "1" && !workerThreads().isMainThread ? workerThreads().workerData : void 0;
if (isWorkerStart(started)) {
  const { port: port2 } = started;
  port2.on("message", (job) => runShare(job, port2));
  await new Promise(() => void 0);
}

// src/pipeline/scan.ts
var MIN_FILES_PER_THREAD = 6e3;
function scan(options) {
  const { config } = options;
  const rules = scanRules(
    options.policyRoot ?? options.root,
    config,
    options.admission,
    options.admissionOnly
  );
  const ctx = evaluationContext(rules, config, options.today, {
    ...options.records ? { records: options.records } : {},
    ...options.oldObjects ? { oldObjects: options.oldObjects } : {},
    ...options.admission ? { admission: options.admission } : {}
  });
  const listing = /* @__PURE__ */ new Map();
  const collected = collectFiles({
    root: options.root,
    paths: options.paths?.length ? options.paths : config.paths,
    exclude: config.exclude,
    listing
  });
  const files = options.skipPlainFiles ? [] : collected.files;
  const workers = options.workers ?? workerCount(files.length, MIN_FILES_PER_THREAD);
  const sarifResults = options.sarifResults && workers > 0 ? new PrerenderedResults(rules) : void 0;
  const perFile = evaluateFiles(options, files, workers, ctx, rules, sarifResults);
  const gathered = gather(perFile, collected.warnings);
  const ordered = findingsInReportOrder(files, perFile);
  const reported = options.analyse !== false ? finishFindings(ordered, gathered.analysis, rules, analysisSettings(config, options.today)) : { findings: ordered, subsumed: [] };
  return {
    findings: reported.findings,
    subsumed: reported.subsumed,
    rules,
    warnings: gathered.warnings,
    unmatchedPaths: collected.unmatched,
    files: files.length,
    resources: gathered.resources,
    records: gathered.records,
    analysis: gathered.analysis,
    ...sarifResults ? { sarifResults } : {},
    listing
  };
}
function evaluateFiles(options, files, workers, ctx, rules, sarif) {
  const limits = parseLimits(options.config);
  if (workers > 0)
    return scanInParallel({
      ...options,
      policyRoot: options.policyRoot ?? options.root,
      limits,
      files,
      workers,
      ctx,
      rules,
      ...sarif ? { sarif } : {}
    });
  return files.map((file, i) => {
    holdYoungGeneration();
    const result = scanFile(file, ctx, limits);
    options.onProgress?.(i + 1, files.length);
    return result;
  });
}
function gather(perFile, collectWarnings) {
  const warnings = [...collectWarnings];
  const records = [];
  const analysis = { workloads: [], objects: [] };
  let resources = 0;
  for (const r of perFile) {
    for (const w of r.warnings) warnings.push(w);
    if (r.records) for (const x of r.records) records.push(x);
    if (r.analysis) {
      for (const w of r.analysis.workloads) analysis.workloads.push(w);
      for (const o of r.analysis.objects) analysis.objects.push(o);
    }
    resources += r.resources;
  }
  return { warnings, records, analysis, resources };
}
function findingsInReportOrder(files, perFile) {
  const findings = [];
  let inOrder = true;
  for (const i of reportOrder(files)) {
    const own = perFile[i].findings;
    if (own.length && (own[0].location.file !== files[i].path || own[own.length - 1].location.file !== files[i].path))
      inOrder = false;
    for (const f of own) findings.push(f);
  }
  return inOrder ? findings : sortFindings(findings);
}
function finishFindings(findings, analysis, rules, settings) {
  const analysed = analyse2(analysis, rules, settings, findings);
  return consolidate(mergeIntoSorted(analysed.findings, analysed.added));
}
function reportOrder(files) {
  return files.map((_f, i) => i).sort((a, b) => files[a].path < files[b].path ? -1 : files[a].path > files[b].path ? 1 : 0);
}
function analysisSettings(config, today) {
  return {
    internalIngressClasses: config.ingress.internalClasses,
    internalIngressAnnotations: config.ingress.internalAnnotations,
    severities: config.rules.severity,
    policy: { ...config.waivers, today }
  };
}

// src/pipeline/scan-with-renders.ts
import { join as join12 } from "node:path";

// src/util/timing.ts
var nowMs = () => Number(process.hrtime.bigint()) / 1e6;
var parts = /* @__PURE__ */ new Map();
function partOf(name) {
  let part = parts.get(name);
  if (!part) parts.set(name, part = { open: 0, since: 0, total: 0 });
  return part;
}
function startSpan(name) {
  const part = partOf(name);
  if (part.open++ === 0) part.since = nowMs();
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    if (--part.open === 0) part.total += nowMs() - part.since;
  };
}
async function timed(name, work) {
  const end = startSpan(name);
  try {
    return await work();
  } finally {
    end();
  }
}

// src/collect/render/discover-paths.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";

// src/collect/render/discover.ts
import { join as join4 } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
async function readChartMeta(dir) {
  try {
    const doc = loadYaml().parse(
      await fsPromises().readFile(join4(dir, "Chart.yaml"), "utf8")
    );
    if (doc === null || typeof doc !== "object") return {};
    const { name, type: type2 } = doc;
    return {
      name: typeof name === "string" ? name : void 0,
      type: typeof type2 === "string" ? type2 : void 0
    };
  } catch {
    return {};
  }
}
async function isComponent(file) {
  try {
    const doc = loadYaml().parse(await fsPromises().readFile(file, "utf8"));
    return doc?.kind === "Component";
  } catch {
    return false;
  }
}
async function discover(root, listing) {
  const result = { charts: [], kustomizations: [], skipped: [] };
  const walk3 = async (dir, relDir, inSubcharts) => {
    let entries3;
    try {
      entries3 = listing?.get(dir) ?? readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const names2 = new Set(entries3.map((e) => e.name));
    const isChart = names2.has("Chart.yaml");
    if (isChart) {
      const meta = await readChartMeta(dir);
      if (inSubcharts) result.skipped.push({ relDir, reason: "subchart" });
      else if (meta.type === "library") result.skipped.push({ relDir, reason: "library-chart" });
      else result.charts.push({ dir, relDir, ...meta.name ? { name: meta.name } : {} });
    }
    const kfile = KUSTOMIZATION_FILES.find((f) => names2.has(f));
    if (kfile && await isComponent(join4(dir, kfile)))
      result.skipped.push({ relDir, reason: "kustomize-component" });
    else if (kfile) result.kustomizations.push({ dir, relDir, file: kfile });
    const subdirs = entries3.filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name));
    for (const sub of subdirs) {
      await walk3(
        childPath(dir, sub.name),
        relDir === "." ? sub.name : `${relDir}/${sub.name}`,
        inSubcharts || isChart && sub.name === "charts"
      );
    }
  };
  await walk3(root, ".", false);
  const byRel = (a, b) => compareText(a.relDir, b.relDir);
  result.charts.sort(byRel);
  result.kustomizations.sort(byRel);
  result.skipped.sort(byRel);
  return result;
}

// src/collect/render/discover-paths.ts
var GLOB_CHARS2 = /[*?[\]{}]/;
function repoRel(root, dir) {
  const rel = relative3(root, dir);
  return rel === "" ? "." : rel.split(sep2).join("/");
}
function searchDir(root, path) {
  const base = GLOB_CHARS2.test(path) ? import_picomatch4.default.scan(path).base || "." : path;
  const abs = resolve3(root, base);
  const rel = relative3(root, abs);
  if (rel.startsWith("..") || isAbsolute2(rel)) return void 0;
  try {
    return statSync(abs).isDirectory() ? realpathSync(abs) : void 0;
  } catch {
    return void 0;
  }
}
async function discoverUnder(rootDir, paths, exclude, listing) {
  const root = realpathSync(resolve3(rootDir));
  const excluded = exclude.length ? (0, import_picomatch4.default)(exclude, { dot: true }) : () => false;
  const isExcluded = (relDir) => relDir !== "." && (excluded(`${relDir}/`) || excluded(relDir));
  const dirs = [...new Set((paths.length ? paths : ["."]).map((p) => searchDir(root, p)))];
  const out = { charts: [], kustomizations: [], skipped: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    if (!dir) continue;
    const found = await discover(dir, listing);
    for (const c of found.charts) {
      const relDir = repoRel(root, c.dir);
      if (seen.has(`c:${c.dir}`) || isExcluded(relDir)) continue;
      seen.add(`c:${c.dir}`);
      out.charts.push({ ...c, relDir });
    }
    for (const k of found.kustomizations) {
      const relDir = repoRel(root, k.dir);
      if (seen.has(`k:${k.dir}`) || isExcluded(relDir)) continue;
      seen.add(`k:${k.dir}`);
      out.kustomizations.push({ ...k, relDir });
    }
    for (const s of found.skipped)
      out.skipped.push({ ...s, relDir: repoRel(root, resolve3(dir, s.relDir)) });
  }
  return out;
}

// src/collect/render/find-binary.ts
import { delimiter, join as join5 } from "node:path";
var ENV_VARS = {
  helm: "KUBEGATE_HELM",
  kubectl: "KUBEGATE_KUBECTL"
};
var INSTALL_URLS = {
  helm: "https://helm.sh/docs/intro/install/",
  kubectl: "https://kubernetes.io/docs/tasks/tools/"
};
function installHint(name) {
  return `Install ${name} (${INSTALL_URLS[name]}) and put it on PATH, or set ${ENV_VARS[name]} to its full path, or pass its path in the kubegate config/input. In this repository, \`node scripts/setup-tools.mjs\` unpacks one into .tools/bin.`;
}
async function isExecutableFile(path) {
  try {
    const s = await fsPromises().stat(path);
    if (!s.isFile()) return false;
    await fsPromises().access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function findBinary(name, options = {}) {
  const env = options.env ?? process.env;
  if (options.explicit) {
    if (await isExecutableFile(options.explicit)) {
      return { ok: true, name, path: options.explicit, source: "option" };
    }
    return {
      ok: false,
      name,
      message: `${name} not found or not executable at ${options.explicit} (from the config). ${installHint(name)}`
    };
  }
  const fromEnv = env[ENV_VARS[name]];
  if (fromEnv) {
    if (await isExecutableFile(fromEnv)) return { ok: true, name, path: fromEnv, source: "env" };
    return {
      ok: false,
      name,
      message: `${name} not found or not executable at ${fromEnv} (from ${ENV_VARS[name]}). ${installHint(name)}`
    };
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join5(dir, name);
    if (await isExecutableFile(candidate))
      return { ok: true, name, path: candidate, source: "path" };
  }
  return { ok: false, name, message: `${name} not found on PATH. ${installHint(name)}` };
}

// src/collect/render/chart-files.ts
import { join as join6, posix as posix2 } from "node:path";
function readText(abs) {
  try {
    return readFileSync(abs, "utf8");
  } catch {
    return void 0;
  }
}
function listTpl(dir, rel, out) {
  let entries3;
  try {
    entries3 = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries3) {
    if (e.isDirectory()) listTpl(join6(dir, e.name), posix2.join(rel, e.name), out);
    else if (e.isFile() && e.name.endsWith(".tpl"))
      out.push({ abs: join6(dir, e.name), rel: posix2.join(rel, e.name) });
  }
}
function chartFiles(chart, extraValues = []) {
  const repoPath2 = (inChart) => posix2.normalize(chart.relDir === "." ? inChart : posix2.join(chart.relDir, inChart));
  const texts = /* @__PURE__ */ new Map();
  const load3 = (inChart) => {
    if (!texts.has(inChart)) texts.set(inChart, readText(join6(chart.dir, inChart)));
    const text2 = texts.get(inChart);
    return text2 === void 0 ? void 0 : { path: repoPath2(inChart), text: text2 };
  };
  let helpers;
  return {
    dir: chart.dir,
    relDir: chart.relDir,
    valuesFor(templatePath2) {
      const inChart = chart.relDir === "." ? templatePath2 : templatePath2.slice(chart.relDir.length + 1);
      const parts2 = inChart.split("/");
      const chain = [];
      for (let i = 0; i + 1 < parts2.length && parts2[i] === "charts"; i += 2)
        chain.push(parts2[i + 1]);
      const files = [];
      for (let depth = chain.length; depth >= 0; depth--) {
        const folder2 = chain.slice(0, depth).map((c) => `charts/${c}/`).join("");
        const own = load3(`${folder2}values.yaml`);
        if (own) files.push({ ...own, prefix: chain.slice(depth) });
      }
      for (const extra of extraValues) {
        const file = load3(extra);
        if (file) files.push({ ...file, prefix: chain });
      }
      return files;
    },
    helpers() {
      if (!helpers) {
        const found = [];
        listTpl(chart.dir, ".", found);
        helpers = found.flatMap((f) => {
          const text2 = readText(f.abs);
          return text2 === void 0 ? [] : [{ path: repoPath2(f.rel), text: text2 }];
        });
      }
      return helpers;
    }
  };
}

// src/collect/render/kustomize-inputs.ts
import { join as join7, resolve as resolve4 } from "node:path";

// src/collect/render/repo-path.ts
import { isAbsolute as isAbsolute3, relative as relative4, sep as sep3 } from "node:path";
function repoPath(root, abs) {
  const rel = relative4(root, abs);
  if (rel.startsWith("..") || isAbsolute3(rel)) return void 0;
  return rel === "" ? "." : rel.split(sep3).join("/");
}

// src/collect/render/kustomize-inputs.ts
var strings2 = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var objects = (v) => Array.isArray(v) ? v.filter((x) => x !== null && typeof x === "object") : [];
function referenced(k) {
  const paths = [
    ...strings2(k.resources),
    ...strings2(k.bases),
    ...strings2(k.components),
    ...strings2(k.crds),
    ...strings2(k.configurations),
    ...strings2(k.generators),
    ...strings2(k.transformers),
    ...strings2(k.validators),
    // A string entry is a file path; an inline patch has a newline in it.
    ...strings2(k.patchesStrategicMerge).filter((p) => !p.includes("\n"))
  ];
  for (const p of [
    ...objects(k.patches),
    ...objects(k.patchesJson6902),
    ...objects(k.replacements)
  ])
    if (typeof p.path === "string") paths.push(p.path);
  for (const g of [...objects(k.configMapGenerator), ...objects(k.secretGenerator)]) {
    for (const f of strings2(g.files)) paths.push(f.includes("=") ? f.slice(f.indexOf("=") + 1) : f);
    paths.push(...strings2(g.envs));
    if (typeof g.env === "string") paths.push(g.env);
  }
  const openapi = k.openapi;
  if (typeof openapi?.path === "string") paths.push(openapi.path);
  return paths.filter(
    (p) => !/^[a-z][\w+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(p)
  );
}
function kustomizationIn(dir) {
  for (const name of KUSTOMIZATION_FILES) {
    try {
      if (statSync(join7(dir, name)).isFile()) return join7(dir, name);
    } catch {
    }
  }
  return void 0;
}
function readKustomization(dir) {
  const file = kustomizationIn(dir);
  if (!file) return void 0;
  try {
    const k = loadYaml().parse(readFileSync(file, "utf8"));
    return { file, content: k !== null && typeof k === "object" ? k : void 0 };
  } catch {
    return { file, content: void 0 };
  }
}
function kustomizeInputs(rootDir, overlayDir) {
  const root = resolve4(rootDir);
  const inputs = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const k = readKustomization(dir);
    const rel = k && repoPath(root, k.file);
    if (!k || !rel) return;
    inputs.add(rel);
    if (!k.content) return;
    for (const p of referenced(k.content)) {
      const abs = resolve4(dir, p);
      const target2 = repoPath(root, abs);
      if (target2 === void 0) continue;
      let isDir = false;
      try {
        isDir = statSync(abs).isDirectory();
      } catch {
      }
      if (!isDir) inputs.add(target2);
      else if (kustomizationIn(abs)) visit(abs);
      else inputs.add(target2 === "." ? "" : `${target2}/`);
    }
  };
  visit(resolve4(overlayDir));
  return inputs;
}
function kustomizePatchFiles(rootDir, kustomizationDir) {
  const raw = readKustomization(kustomizationDir)?.content;
  if (!raw) return [];
  const paths = [
    ...strings2(raw.patchesStrategicMerge).filter((p) => !p.includes("\n")),
    ...[...objects(raw.patches), ...objects(raw.patchesJson6902)].flatMap(
      (p) => typeof p.path === "string" ? [p.path] : []
    )
  ];
  const root = resolve4(rootDir);
  return paths.flatMap((p) => {
    const target2 = repoPath(root, resolve4(kustomizationDir, p));
    return target2 === void 0 ? [] : [target2];
  });
}

// src/collect/render/kustomize-patches.ts
import { join as join8, resolve as resolve5 } from "node:path";
function patchLine(text2, offset) {
  if (text2.flat || offset === void 0) return text2.firstLine;
  return text2.firstLine + text2.lines.linePos(offset).line - 1;
}
var isRemote = (p) => /^[a-z][\w+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(p);
function pointerPath(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function parsePatchText(text2, firstLine2, flat = false) {
  const yaml2 = loadYaml();
  const lines = new yaml2.LineCounter();
  const out = [];
  const at2 = { lines, firstLine: firstLine2, ...flat ? { flat: true } : {} };
  const lineOf = (offset) => patchLine(at2, offset);
  for (const doc of yaml2.parseAllDocuments(text2, { lineCounter: lines })) {
    if (!("contents" in doc) || doc.errors.length) continue;
    const contents = doc.contents;
    if (yaml2.isSeq(contents)) {
      const operations = [];
      for (const item of contents.items) {
        if (!yaml2.isMap(item)) continue;
        const pair2 = (key) => item.items.find((p) => yaml2.isScalar(p.key) && String(p.key.value) === key);
        const op = pair2("op")?.value;
        const path = pair2("path");
        if (!yaml2.isScalar(op) || !path || !yaml2.isScalar(path.value)) continue;
        const value = pair2("value")?.value;
        operations.push({
          op: String(op.value),
          path: pointerPath(String(path.value.value)),
          line: lineOf(path.key.range?.[0] ?? item.range?.[0]),
          ...value ? { value } : {}
        });
      }
      out.push({ type: "json6902", operations, ...at2 });
    } else if (yaml2.isMap(contents)) {
      const js = doc.toJS();
      out.push({
        type: "merge",
        contents,
        ...at2,
        ...typeof js?.kind === "string" ? { kind: js.kind } : {},
        ...typeof js?.metadata?.name === "string" ? { name: js.metadata.name } : {}
      });
    }
  }
  return out;
}
function target(node2) {
  const yaml2 = loadYaml();
  if (!yaml2.isMap(node2)) return void 0;
  const t = {};
  for (const p of node2.items)
    if (yaml2.isScalar(p.key) && yaml2.isScalar(p.value) && p.value.value !== null)
      t[String(p.key.value)] = String(p.value.value);
  return t;
}
var isBlock = (node2) => node2.type === loadYaml().Scalar.BLOCK_LITERAL || node2.type === loadYaml().Scalar.BLOCK_FOLDED;
function textStart(node2, lines) {
  const at2 = lines.linePos(node2.range?.[0] ?? 0).line;
  return isBlock(node2) ? at2 + 1 : at2;
}
function entries2(root) {
  const yaml2 = loadYaml();
  if (!yaml2.isMap(root)) return [];
  const field = (key) => root.items.find((p) => yaml2.isScalar(p.key) && String(p.key.value) === key)?.value;
  const list5 = (key) => {
    const v = field(key);
    return yaml2.isSeq(v) ? v.items : [];
  };
  const out = [];
  for (const item of list5("patchesStrategicMerge"))
    if (yaml2.isScalar(item) && typeof item.value === "string")
      out.push(item.value.includes("\n") ? { inline: item } : { path: item.value });
  for (const key of ["patches", "patchesJson6902"]) {
    for (const item of list5(key)) {
      if (!yaml2.isMap(item)) continue;
      const get = (k) => item.items.find((p) => yaml2.isScalar(p.key) && p.key.value === k)?.value;
      const t = target(get("target"));
      const patch = get("patch");
      const path = get("path");
      const base = t ? { target: t } : {};
      if (yaml2.isScalar(patch) && typeof patch.value === "string")
        out.push({ ...base, inline: patch });
      else if (yaml2.isScalar(path) && typeof path.value === "string")
        out.push({ ...base, path: path.value });
    }
  }
  return out;
}
function folders(raw) {
  const strings3 = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  return [...strings3(raw.resources), ...strings3(raw.bases), ...strings3(raw.components)].filter(
    (p) => !isRemote(p)
  );
}
function readKustomizePatches(rootDir, overlayDir) {
  const yaml2 = loadYaml();
  const root = resolve5(rootDir);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const file = kustomizationIn(dir);
    const rel = file && repoPath(root, file);
    if (!file || rel === void 0) return;
    let text2;
    try {
      text2 = readFileSync(file, "utf8");
    } catch {
      return;
    }
    const lines = new yaml2.LineCounter();
    const doc = yaml2.parseDocument(text2, { lineCounter: lines });
    if (doc.errors.length) return;
    const raw = doc.toJS();
    if (raw === null || typeof raw !== "object") return;
    for (const p of folders(raw)) {
      const abs = resolve5(dir, p);
      try {
        if (statSync(abs).isDirectory()) visit(abs);
      } catch {
      }
    }
    for (const entry2 of entries2(doc.contents)) {
      const t = entry2.target ? { target: entry2.target } : {};
      if (entry2.inline) {
        const start = textStart(entry2.inline, lines);
        const text3 = String(entry2.inline.value);
        for (const patch of parsePatchText(text3, start, !isBlock(entry2.inline)))
          out.push({ file: rel, ...t, patch });
        continue;
      }
      if (!entry2.path || isRemote(entry2.path)) continue;
      const abs = resolve5(dir, entry2.path);
      const target2 = repoPath(root, abs);
      if (target2 === void 0) continue;
      let patchText;
      try {
        patchText = readFileSync(join8(abs), "utf8");
      } catch {
        continue;
      }
      for (const patch of parsePatchText(patchText, 1)) out.push({ file: target2, ...t, patch });
    }
  };
  visit(resolve5(overlayDir));
  return out;
}

// src/collect/render/kustomize-location.ts
import { join as join9 } from "node:path";
function readSourceDocuments(rootDir, files) {
  const yaml2 = loadYaml();
  const docs = [];
  for (const file of files) {
    if (!/\.ya?ml$/i.test(file) || /(^|\/)kustomization\.ya?ml$/.test(file)) continue;
    let text2;
    try {
      text2 = readFileSync(join9(rootDir, file), "utf8");
    } catch {
      continue;
    }
    const lines = new yaml2.LineCounter();
    for (const doc of yaml2.parseAllDocuments(text2, { lineCounter: lines })) {
      if (!("contents" in doc) || doc.errors.length) continue;
      const js = doc.toJS();
      if (js === null || typeof js !== "object" || Array.isArray(js)) continue;
      const { kind, metadata: metadata3 } = js;
      if (typeof kind !== "string" || typeof metadata3?.name !== "string") continue;
      docs.push({ file, kind, name: metadata3.name, contents: doc.contents, lines });
    }
  }
  return docs;
}
function sameResource(docs, kind, name) {
  const ofKind = docs.filter((d) => d.kind === kind);
  const exact = ofKind.filter((d) => d.name === name);
  if (exact.length) return exact;
  const contained = ofKind.filter((d) => name.includes(d.name));
  const longest = Math.max(0, ...contained.map((d) => d.name.length));
  return contained.filter((d) => d.name.length === longest);
}
function walkNode(root, path, object, prefix = []) {
  const yaml2 = loadYaml();
  let node2 = root;
  let hit;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let next;
    let at2;
    if (typeof seg === "string" && yaml2.isMap(node2)) {
      const pair2 = pairOf(node2, seg);
      if (pair2) {
        next = pair2.value ?? null;
        at2 = pair2.key.range?.[0];
      }
    } else if (typeof seg === "number" && yaml2.isSeq(node2)) {
      const rendered = valueAt(object, [...prefix, ...path.slice(0, depth + 1)]);
      const name = isJsonObject(rendered) ? rendered.name : void 0;
      const named = typeof name === "string" && node2.items.some(hasName);
      next = named ? node2.items.find((i) => nameValue(i) === name) : node2.items[seg];
      at2 = next?.range?.[0];
    }
    if (at2 === void 0) break;
    hit = { offset: at2, depth: depth + 1, node: next };
    node2 = next;
  }
  return hit;
}
function hasName(item) {
  return loadYaml().isMap(item) && pairOf(item, "name") !== void 0;
}
function nameValue(item) {
  const yaml2 = loadYaml();
  if (!yaml2.isMap(item)) return void 0;
  const value = pairOf(item, "name")?.value;
  return yaml2.isScalar(value) ? value.value : void 0;
}
function selects2(selector, labels) {
  if (selector === void 0) return true;
  const have = isJsonObject(labels) ? labels : {};
  return selector.split(",").every((term) => {
    const m = /^\s*([\w./-]+)\s*(==|=|!=)?\s*([\w./-]*)\s*$/.exec(term);
    if (!m) return false;
    if (!m[2]) return m[1] in have;
    return m[2] === "!=" ? have[m[1]] !== m[3] : have[m[1]] === m[3];
  });
}
function namesMatch(pattern, name) {
  if (name.includes(pattern)) return true;
  try {
    return new RegExp(pattern).test(name);
  } catch {
    return false;
  }
}
function applies(patch, r) {
  const t = patch.target;
  if (!t) {
    const p = patch.patch;
    return p.type === "merge" && p.kind === r.kind && !!p.name && r.name.includes(p.name);
  }
  const slash = r.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : r.apiVersion.slice(0, slash);
  const version = r.apiVersion.slice(slash + 1);
  const metadata3 = isJsonObject(r.object.metadata) ? r.object.metadata : {};
  return (t.kind === void 0 || t.kind === r.kind) && (t.group === void 0 || t.group === group) && (t.version === void 0 || t.version === version) && (t.name === void 0 || namesMatch(t.name, r.name)) && selects2(t.labelSelector, metadata3.labels) && selects2(t.annotationSelector, metadata3.annotations);
}
function leadsTo(op, path, object) {
  const isLast = (i) => {
    const list5 = valueAt(object, path.slice(0, i));
    return Array.isArray(list5) && path[i] === list5.length - 1;
  };
  return op.length <= path.length && op.every((seg, i) => seg === path[i] || seg === "-" && isLast(i));
}
function inOperations(patch, file, full, present, object) {
  let found;
  for (const op of patch.operations) {
    if (op.op === "test" || !leadsTo(op.path, full, object)) continue;
    found = { location: { file, line: op.line }, depth: op.path.length };
    const prefix = present.slice(0, op.path.length);
    const deeper = op.value && walkNode(op.value, present.slice(op.path.length), object, prefix);
    if (deeper)
      found = {
        location: { file, line: patchLine(patch, deeper.offset) },
        depth: op.path.length + deeper.depth
      };
  }
  return found;
}
function inMerge(patch, file, full, present, object) {
  const deleted = walkNode(patch.contents, full, object);
  const hit = deleted && deleted.depth > present.length && deleted.node === null ? deleted : walkNode(patch.contents, present, object);
  return hit && { location: { file, line: patchLine(patch, hit.offset) }, depth: hit.depth };
}
function locateInSources(docs, patches, resource, full, present) {
  const path = full.slice(0, present);
  let best;
  const consider = (c) => {
    if (c && c.depth > 0 && c.depth >= (best?.depth ?? 0)) best = c;
  };
  for (const doc of sameResource(docs, resource.kind, resource.name)) {
    const hit = walkNode(doc.contents, path, resource.object);
    if (hit)
      consider({
        location: { file: doc.file, line: doc.lines.linePos(hit.offset).line },
        depth: hit.depth
      });
    const start = doc.contents?.range?.[0];
    if (!best && start !== void 0)
      best = { location: { file: doc.file, line: doc.lines.linePos(start).line }, depth: 0 };
  }
  for (const patch of patches) {
    if (!applies(patch, resource)) continue;
    const p = patch.patch;
    consider(
      p.type === "json6902" ? inOperations(p, patch.file, full, path, resource.object) : inMerge(p, patch.file, full, path, resource.object)
    );
  }
  return best?.location;
}

// src/collect/render/template-facts.ts
var MAX_WEIGHT = 40;
var ACTION = /\{\{[\s\S]*?\}\}/g;
var KEY_LINE = /^(\s*)((?:-\s+)*)("[^"]*"|'[^']*'|[^\s"'#{][^:#]*?)\s*:(?:\s+(.*?))?\s*$/;
var SCALAR_ITEM = /^(\s*)-\s+(.*?)\s*$/;
var BLOCK_SCALAR = /(?:^|:\s+|-\s+)[|>][+-]?\d*\s*(?:#.*)?$/;
var indentOf3 = (line) => /^\s*/.exec(line)?.[0].length ?? 0;
var Blocks = class {
  open = [];
  count = 0;
  /** The innermost block the line's text is in (a block opened on the line counts). */
  enter(line) {
    let during = this.open.at(-1);
    for (const m of line.matchAll(/\{\{-?\s*(if|with|range|else|end)\b/g)) {
      if (m[1] === "end") this.open.pop();
      else if (m[1] === "else") {
        if (this.open.length) this.open[this.open.length - 1] = ++this.count;
      } else this.open.push(++this.count);
      during = this.open.at(-1) ?? during;
    }
    return during;
  }
};
function unquote2(text2) {
  const q2 = text2[0];
  return (q2 === '"' || q2 === "'") && text2.endsWith(q2) && text2.length >= 2 ? text2.slice(1, -1) : text2;
}
function withoutComment(text2) {
  const m = / #.*$/.exec(text2.replace(ACTION, (a) => "_".repeat(a.length)));
  return m ? text2.slice(0, m.index).trimEnd() : text2;
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var ANY = "[\\s\\S]*?";
function textPattern(text2) {
  const parts2 = [];
  let weight = 0;
  let inline = 0;
  const literal = (s) => {
    if (inline > 0) {
      parts2.push(ANY);
      return;
    }
    parts2.push(escapeRegExp(s));
    weight += s.trim().length;
  };
  let at2 = 0;
  for (const m of text2.matchAll(ACTION)) {
    literal(text2.slice(at2, m.index));
    at2 = m.index + m[0].length;
    const control = /^\{\{-?\s*(if|with|range|end)\b/.exec(m[0])?.[1];
    if (control) inline = Math.max(0, inline + (control === "end" ? -1 : 1));
    const format = control ? void 0 : /\bprintf\s+"((?:[^"\\]|\\.)*)"/.exec(m[0])?.[1];
    if (!format) {
      parts2.push(ANY);
      continue;
    }
    for (const piece of format.split(/%[-+# 0-9.]*[a-zA-Z%]/)) {
      parts2.push(ANY);
      literal(piece);
    }
    parts2.push(ANY);
  }
  literal(text2.slice(at2));
  const source = parts2.filter((p, i) => p && !(p === ANY && parts2[i - 1] === ANY)).join("");
  return { source, weight: Math.min(MAX_WEIGHT, weight) };
}
function valueFacts(key, raw) {
  const text2 = withoutComment(raw);
  if (!text2) return [];
  const flow = /^(?:\[|\{(?!\{))/.test(text2);
  if (text2.includes("{{") && !flow) {
    const { source, weight } = textPattern(unquote2(text2));
    return weight ? [{ key, value: new RegExp(`^${source}$`), weight }] : [];
  }
  if (flow) return text2.includes("{{") ? [] : flowItems(text2).flatMap((v) => scalarFact(key, v));
  return scalarFact(key, unquote2(text2));
}
function flowItems(text2) {
  const m = /^\[(.*)\]$/.exec(text2);
  if (!m || /[[\]{}]/.test(m[1])) return [];
  const items2 = [];
  for (const part of m[1].matchAll(/\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^,]*?)\s*(?:,|$)/g)) {
    if (part[0] === "") break;
    if (part[1]) items2.push(unquote2(part[1]));
  }
  return items2;
}
function scalarFact(key, text2) {
  return text2 ? [{ key, value: text2, weight: Math.min(MAX_WEIGHT, text2.length) }] : [];
}
function parentKey(lines, from, line) {
  const indent = indentOf3(lines[line]);
  for (let i = line - 1; i >= from; i--) {
    const text2 = lines[i];
    if (!text2.trim() || text2.trim().startsWith("#") || isDirectiveLine(text2)) continue;
    const at2 = indentOf3(text2);
    if (at2 > indent || at2 === indent && /^\s*-/.test(text2)) continue;
    const m = KEY_LINE.exec(text2);
    return m && !m[4] ? unquote2(m[3]) : void 0;
  }
  return void 0;
}
function isDirectiveLine(line) {
  const t = line.trim();
  return t.startsWith("{{") && t.endsWith("}}") && !t.replace(ACTION, "").trim();
}
function templateFacts(lines, from, to) {
  let byRange = factsCache.get(lines);
  if (!byRange) factsCache.set(lines, byRange = /* @__PURE__ */ new Map());
  const key = `${from}:${to}`;
  let facts = byRange.get(key);
  if (!facts) byRange.set(key, facts = readFacts(lines, from, to));
  return facts;
}
var factsCache = /* @__PURE__ */ new WeakMap();
function readFacts(lines, from, to) {
  const facts = [];
  let blockIndent = -1;
  const blocks = new Blocks();
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const block = blocks.enter(line);
    const push = (found) => {
      for (const f of found) facts.push(block === void 0 ? f : { ...f, block });
    };
    if (!line.trim()) continue;
    if (blockIndent >= 0) {
      if (indentOf3(line) > blockIndent) continue;
      blockIndent = -1;
    }
    const t = line.trim();
    if (t.startsWith("#") || isDirectiveLine(line)) continue;
    const m = KEY_LINE.exec(line);
    if (BLOCK_SCALAR.test(t)) blockIndent = indentOf3(line) + (m ? m[2].length : 0);
    if (m && !m[3].includes("{{")) {
      if (m[4] && !BLOCK_SCALAR.test(`: ${m[4]}`)) push(valueFacts(unquote2(m[3]), m[4]));
      continue;
    }
    const item = SCALAR_ITEM.exec(line);
    if (item && !BLOCK_SCALAR.test(t)) {
      const key = parentKey(lines, from, i);
      if (key !== void 0) push(valueFacts(key, item[2]));
    }
  }
  return facts;
}
function lineWrites(lines, line, text2) {
  const facts = templateFacts(lines, line, line + 1);
  if (!facts.length) return void 0;
  return facts.some((f) => typeof f.value === "string" ? f.value === text2 : f.value.test(text2));
}
var renderedCache = /* @__PURE__ */ new WeakMap();
function renderedFacts(node2) {
  if (node2 === null || typeof node2 !== "object") return /* @__PURE__ */ new Map();
  const cached2 = renderedCache.get(node2);
  if (cached2) return cached2;
  const facts = /* @__PURE__ */ new Map();
  const add2 = (key, value) => {
    if (value === null || typeof value === "object") return;
    const set2 = facts.get(key) ?? /* @__PURE__ */ new Set();
    facts.set(key, set2);
    set2.add(String(value));
  };
  const visit = (value, key) => {
    if (Array.isArray(value)) {
      for (const v of value) {
        if (key !== void 0) add2(key, v);
        if (v !== null && typeof v === "object") visit(v, void 0);
      }
    } else if (isJsonObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        add2(k, v);
        if (v !== null && typeof v === "object") visit(v, k);
      }
    }
  };
  visit(node2, void 0);
  renderedCache.set(node2, facts);
  return facts;
}
function agreement(facts, rendered) {
  let score = 0;
  const on = /* @__PURE__ */ new Set([void 0]);
  const unmatched = [];
  for (const fact of facts) {
    const values = rendered.get(fact.key);
    if (!values) continue;
    const matched = matchesAny(fact, values);
    if (matched === void 0) continue;
    if (matched) {
      score += fact.weight;
      on.add(fact.block);
    } else unmatched.push(fact);
  }
  for (const fact of unmatched) if (on.has(fact.block)) score -= fact.weight;
  return score;
}
var MAX_TESTED = 2e3;
function matchesAny(fact, values) {
  if (typeof fact.value === "string") return values.has(fact.value);
  let tried = false;
  for (const v of values) {
    if (v.length > MAX_TESTED) continue;
    tried = true;
    if (fact.value.test(v)) return true;
  }
  return tried ? false : void 0;
}

// src/collect/render/template-documents.ts
function escapeRegExp2(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function documentRanges(lines) {
  const docs = [];
  let from = 0;
  lines.forEach((line, i) => {
    if (/^---/.test(line)) {
      docs.push({ from, to: i });
      from = i + 1;
    }
  });
  docs.push({ from, to: lines.length });
  return docs;
}
function hasContent(lines, doc) {
  for (let i = doc.from; i < doc.to; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith("#") && !isDirectiveLine(t)) return true;
  }
  return false;
}
function spellsKind(lines, doc, kind) {
  for (let i = doc.from; i < doc.to; i++) if (kind.test(lines[i])) return true;
  return false;
}
function objectDocuments(lines, kind, object) {
  const all2 = documentRanges(lines);
  const docs = all2.filter((d) => hasContent(lines, d));
  if (docs.length <= 1) return docs.length ? docs : all2;
  let candidates = docs;
  if (kind) {
    const kindLine = new RegExp(`^kind:\\s*["']?${escapeRegExp2(kind)}["']?\\s*(?:#.*)?$`);
    const spelled = docs.filter((d) => spellsKind(lines, d, kindLine));
    if (spelled.length) candidates = spelled;
  }
  if (candidates.length === 1 || !object) return candidates;
  const facts = renderedFacts(object);
  const scores = candidates.map((d) => agreement(templateFacts(lines, d.from, d.to), facts));
  const best = Math.max(...scores);
  return candidates.filter((_, i) => scores[i] === best);
}
function blankOutside(lines, keep) {
  if (keep.length === 1 && keep[0].from === 0 && keep[0].to >= lines.length) return [...lines];
  return lines.map((l, i) => keep.some((r) => i >= r.from && i < r.to) ? l : "");
}

// src/collect/render/template-text.ts
function escapeRegExp3(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function keyPattern(key) {
  const k = escapeRegExp3(key);
  return new RegExp(`^\\s*(?:-\\s+)?(?:${k}|"${k}"|'${k}')\\s*:(?:\\s|$)`);
}
function withoutHoles(lines, holes) {
  if (!holes.length) return lines;
  return lines.map((l, i) => holes.some((h) => i >= h.from && i < h.to) ? "" : l);
}
function walkKeys(lines, path, from = 0, pick) {
  const found = [];
  let cursor = from;
  let limit = lines.length;
  let text2 = lines;
  for (let index2 = 0; index2 < path.length; index2++) {
    const seg = path[index2];
    const last = found.at(-1);
    if (typeof seg === "number") {
      if (!pick || last?.index !== index2 - 1 || last.itemEnd !== void 0) continue;
      const item = pick(index2, last.line, limit);
      if (!item) continue;
      if (item.slot !== void 0) {
        found.push({ index: index2, line: item.line, slot: item.slot });
        break;
      }
      found.push({
        index: index2,
        line: item.line,
        itemEnd: item.end,
        ...item.holes?.length ? { holes: item.holes } : {}
      });
      text2 = withoutHoles(text2, item.holes ?? []);
      limit = item.end;
      cursor = item.line;
      continue;
    }
    const pattern = keyPattern(seg);
    for (let i = cursor; i < limit; i++) {
      if (!pattern.test(text2[i])) continue;
      found.push({ index: index2, line: i });
      cursor = i + 1;
      break;
    }
  }
  return found;
}
function keyIndent(line) {
  return /^\s*(?:-\s+)?/.exec(line)?.[0].length ?? 0;
}
function blockEnd(lines, keyLine) {
  const indent = keyIndent(lines[keyLine] ?? "");
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || isDirectiveLine(line)) continue;
    if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent) return i;
  }
  return lines.length;
}
var VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/;
var DUMP_REF = /\b(?:toYaml|toJson|tpl|toPrettyJson)\s+\(?\s*(\$?\.Values(?:\.[A-Za-z_][\w-]*)+|\.)(?=[\s|)}])/;
var WITH_REF = /\bwith\s+(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)/;
var RENDER_REF = /\binclude\s+"[^"]+"\s*\(\s*dict\s+"value"\s+(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)/;
function refPath(expr) {
  return (VALUES_REF.exec(expr)?.[1] ?? "").split(".").filter(Boolean);
}
function enclosingWith(lines, line) {
  for (let i = line; i >= 0; i--) {
    const m = WITH_REF.exec(lines[i]);
    if (m) return refPath(m[1]);
  }
  return void 0;
}
function valuesRefOf(lines, keyLine) {
  const own = lines[keyLine] ?? "";
  const afterColon = own.slice(own.indexOf(":") + 1);
  if (VALUES_REF.test(afterColon)) return refPath(afterColon);
  return dumpedValues(lines, keyLine + 1, blockEnd(lines, keyLine));
}
function dumpedValues(lines, from, to) {
  for (let i = from; i < to; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    const m = DUMP_REF.exec(line) ?? RENDER_REF.exec(line);
    if (m) {
      const ref = m[1] === "." ? enclosingWith(lines, i) : refPath(m[1]);
      if (ref?.length) return ref;
    }
    if (!line.startsWith("{{")) return void 0;
  }
  return void 0;
}
function includedNames(lines, from, to) {
  const names2 = [];
  for (let i = from; i < to; i++)
    for (const m of lines[i].matchAll(/\b(?:include|template)\s+"([^"]+)"/g)) names2.push(m[1]);
  return names2;
}
function defineRange(lines, name) {
  const start = lines.findIndex((l) => l.includes(`define "${name}"`));
  if (start < 0) return void 0;
  let end = start + 1;
  while (end < lines.length && !/\{\{-?\s*define\s/.test(lines[end])) end++;
  return { from: start + 1, to: end };
}

// src/collect/render/template-items.ts
var indentOf4 = (line) => /^\s*/.exec(line)?.[0].length ?? 0;
var isDash = (line) => /^\s*-(?:\s|$)/.test(line);
function writesText(line) {
  for (const m of line.matchAll(/\{\{-?\s*([\s\S]*?)-?\}\}/g)) {
    const action = m[1];
    if (/^(?:(?:if|else|with|range|end|define|block)\b|\/\*)/.test(action)) continue;
    if (/(?:^|[(|]\s*)(?:toYaml|toJson|toPrettyJson|tpl|include|template)\s/.test(action))
      return true;
  }
  return false;
}
function keyColumn(line) {
  return /^\s*(?:-\s+)*/.exec(line)?.[0].length ?? 0;
}
function writesAt(line) {
  const m = /\bn?indent\s+(\d+)/.exec(line);
  return m ? Number(m[1]) : indentOf4(line);
}
function controls(line) {
  return [...line.matchAll(/\{\{-?\s*(if|with|range|else|end)\b/g)].map((m) => m[1]);
}
function listEnd(lines, keyLine, limit) {
  const column = keyColumn(lines[keyLine] ?? "");
  for (let i = keyLine + 1; i < limit; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t || t.startsWith("#") || isDirectiveLine(line)) continue;
    const at2 = indentOf4(line);
    if (at2 < column || at2 === column && !isDash(line)) return i;
  }
  return limit;
}
function listEntries(lines, keyLine, limit) {
  const entries3 = [];
  const own = lines[keyLine] ?? "";
  const colon = own.indexOf(":");
  const afterColon = colon >= 0 ? own.slice(colon + 1) : "";
  if (writesText(afterColon)) entries3.push({ kind: "slot", line: keyLine });
  const end = listEnd(lines, keyLine, limit);
  let dash = Infinity;
  for (let i = keyLine + 1; i < end; i++)
    if (isDash(lines[i]) && !isDirectiveLine(lines[i])) dash = Math.min(dash, indentOf4(lines[i]));
  const stack = [];
  const guarded = [];
  let open;
  const close = (at2) => {
    if (open) open.end = at2;
    open = void 0;
  };
  for (let i = keyLine + 1; i < end; i++) {
    const line = lines[i];
    if (isDash(line) && indentOf4(line) === dash && !isDirectiveLine(line)) {
      close(i);
      open = {
        kind: "item",
        line: i,
        end,
        optional: stack.some((c) => c !== "range"),
        repeated: stack.includes("range")
      };
      if (stack.length) guarded.push(open);
      entries3.push(open);
    } else if (isDirectiveLine(line) && writesText(line) && writesAt(line) <= dash) {
      close(i);
      entries3.push({ kind: "slot", line: i });
    }
    for (const c of controls(line)) {
      if (c === "if" || c === "with" || c === "range") stack.push(c);
      else if (c === "end") {
        stack.pop();
        if (stack.length === 0) for (const item of guarded.splice(0)) item.guardEnd = i;
      }
    }
  }
  close(end);
  return entries3;
}
function itemScore(lines, entry2, item) {
  const facts = templateFacts(lines, entry2.line, entry2.end);
  if (item !== null && typeof item === "object") return 1 + agreement(facts, renderedFacts(item));
  const own = templateFacts(lines, entry2.line, entry2.line + 1);
  const text2 = String(item);
  return own.reduce(
    (n, f) => n + ((typeof f.value === "string" ? f.value === text2 : f.value.test(text2)) ? 1 : -1) * f.weight,
    1
  );
}
var MISSED_ITEM = 3;
function bestItemScore(lines, entries3, item) {
  let best;
  for (const e of entries3)
    if (e.kind === "item") best = Math.max(best ?? -Infinity, itemScore(lines, e, item));
  return best;
}
function alignItems(lines, entries3, rendered, index2, slotScore2 = () => 0) {
  const m = entries3.length;
  const n = rendered.length;
  if (index2 >= n || m === 0) return void 0;
  const scores = /* @__PURE__ */ new Map();
  const score = (i, j) => {
    const k = i * n + j;
    let s = scores.get(k);
    if (s === void 0) {
      const e = entries3[i];
      s = e.kind === "slot" ? slotScore2(e.line, rendered[j]) : itemScore(lines, e, rendered[j]);
      scores.set(k, s);
    }
    return s;
  };
  const stays = (e) => e.kind === "slot" || e.repeated;
  const skipCost = (e) => e.kind === "item" && !e.optional && !e.repeated ? -MISSED_ITEM : 0;
  const best = Array.from(
    { length: m + 1 },
    () => new Array(n + 1).fill(-Infinity)
  );
  best[m][n] = 0;
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n; j >= 0; j--) {
      const e = entries3[i];
      let v = best[i + 1][j] + skipCost(e);
      if (j < n) v = Math.max(v, score(i, j) + (stays(e) ? best[i][j + 1] : best[i + 1][j + 1]));
      best[i][j] = v;
    }
  }
  if (best[0][0] === -Infinity) return void 0;
  const owner = [];
  for (let i = 0, j = 0; j < n && i < m; ) {
    const e = entries3[i];
    const take = score(i, j) + (stays(e) ? best[i][j + 1] : best[i + 1][j + 1]);
    if (take >= best[i][j]) {
      owner[j++] = i;
      if (!stays(e)) i++;
    } else i++;
  }
  const at2 = owner[index2];
  if (at2 === void 0) return void 0;
  const entry2 = entries3[at2];
  let offset = 0;
  while (owner[index2 - offset - 1] === at2) offset++;
  if (entry2.kind === "slot") return { entry: entry2, offset };
  return { entry: entry2, offset, ...extent(entries3, at2, new Set(owner)) };
}
function extent(entries3, at2, taken) {
  const holes = [];
  let end = entries3[at2].end;
  for (let q2 = at2 + 1; q2 < entries3.length; q2++) {
    const next = entries3[q2];
    if (next.kind !== "item" || taken.has(q2) || next.guardEnd === void 0) break;
    holes.push({ from: next.line, to: Math.min(next.guardEnd + 1, next.end) });
    end = next.end;
  }
  return { end, holes };
}

// src/collect/render/values-lookup.ts
var cache = /* @__PURE__ */ new Map();
var CACHED = 64;
function parseValues(holder) {
  const yaml2 = loadYaml();
  let parsed = cache.get(holder.text);
  if (parsed !== void 0) return parsed;
  if (cache.size >= CACHED) cache.delete(cache.keys().next().value);
  const lines = new yaml2.LineCounter();
  try {
    const doc = yaml2.parseDocument(holder.text, { lineCounter: lines, uniqueKeys: false });
    parsed = doc.errors.length ? null : { root: doc.contents, lines };
  } catch {
    parsed = null;
  }
  cache.set(holder.text, parsed);
  return parsed;
}
function findValuesPath(file, path) {
  const parsed = parseValues(file);
  return parsed ? deepestLine(parsed.root, parsed.lines, path) : void 0;
}
function deepestLine(root, lines, path) {
  const yaml2 = loadYaml();
  let node2 = root;
  let hit;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let next;
    let at2;
    if (typeof seg === "string" && yaml2.isMap(node2)) {
      const pair2 = pairOf(node2, seg);
      if (pair2) {
        next = pair2.value ?? void 0;
        at2 = pair2.key.range?.[0];
      }
    } else if (typeof seg === "number" && yaml2.isSeq(node2)) {
      const item = node2.items[seg];
      if (item) {
        next = item;
        at2 = item.range?.[0];
      }
    }
    if (at2 === void 0) break;
    hit = { line: lines.linePos(at2).line, depth: depth + 1, empty: isEmpty(next) };
    node2 = next;
  }
  return hit;
}
function isEmpty(node2) {
  if (node2 === void 0 || node2 === null) return true;
  return loadYaml().isScalar(node2) && (node2.value === null || node2.value === "");
}
function lookUpValues(files, path, minDepth) {
  let best;
  for (const file of [...files].reverse()) {
    const prefix = file.prefix ?? [];
    const hit = findValuesPath(file, [...prefix, ...path]);
    if (!hit) continue;
    const depth = hit.depth - prefix.length;
    if (depth < minDepth || depth <= (best?.depth ?? 0)) continue;
    const match = {
      location: { file: file.path, line: hit.line },
      complete: depth === path.length,
      empty: hit.empty
    };
    if (match.complete) return match;
    best = { match, depth };
  }
  return best?.match;
}
function valuesEmpty(files, path) {
  const yaml2 = loadYaml();
  for (const file of [...files].reverse()) {
    const parsed = parseValues(file);
    if (!parsed) continue;
    let node2 = parsed.root;
    for (const seg of [...file.prefix ?? [], ...path]) {
      if (typeof seg !== "string" || !yaml2.isMap(node2)) {
        node2 = void 0;
        break;
      }
      const pair2 = pairOf(node2, seg);
      node2 = pair2 ? pair2.value ?? null : void 0;
      if (node2 === void 0) break;
    }
    if (node2 === void 0) continue;
    return isEmpty(node2) || (yaml2.isSeq(node2) || yaml2.isMap(node2)) && node2.items.length === 0;
  }
  return true;
}

// src/collect/render/template-walk.ts
var helperFiles = /* @__PURE__ */ new WeakMap();
function helperFile(file) {
  let read = helperFiles.get(file);
  if (!read) helperFiles.set(file, read = { lines: file.text.split(/\r?\n/), lists: /* @__PURE__ */ new Map() });
  return read;
}
function helperList(helpers, name) {
  for (const file of helpers) {
    const { lines, lists } = helperFile(file);
    let found = lists.get(name);
    if (found === void 0) {
      const range = defineRange(lines, name);
      found = range ? { file, lines, entries: listEntries(lines, range.from - 1, range.to) } : null;
      lists.set(name, found);
    }
    if (found) return found;
  }
  return void 0;
}
function lastKeyIndex(path) {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return i;
  return -1;
}
function renderedList(ctx, at2) {
  const index2 = ctx.path[at2];
  const list5 = ctx.object ? valueAt(ctx.object, ctx.path.slice(ctx.objectAt, at2)) : void 0;
  return Array.isArray(list5) && typeof index2 === "number" ? { list: list5, index: index2 } : void 0;
}
function slotScore(lines, ctx) {
  return (line, item) => {
    for (const name of includedNames(lines, line, line + 1)) {
      const helper = helperList(ctx.helpers, name);
      const score = helper && bestItemScore(helper.lines, helper.entries, item);
      if (score !== void 0) return score;
    }
    const ref = dumpedValues(lines, line, line + 1);
    return ref && valuesEmpty(ctx.values, ref) ? -1 : 0;
  };
}
function itemPicker(lines, ctx, base) {
  return (i, keyLine, limit) => {
    const rendered = renderedList(ctx, base + i);
    if (!rendered) return void 0;
    const entries3 = listEntries(lines, keyLine, limit);
    const choice = alignItems(lines, entries3, rendered.list, rendered.index, slotScore(lines, ctx));
    if (!choice) return void 0;
    const { entry: entry2 } = choice;
    if (entry2.kind === "slot")
      return { line: entry2.line, end: entry2.line + 1, slot: choice.offset };
    return {
      line: entry2.line,
      end: choice.end ?? entry2.end,
      ...choice.holes?.length ? { holes: choice.holes } : {}
    };
  };
}
var indentOf5 = (line) => /^\s*/.exec(line)?.[0].length ?? 0;
function renderedBranch(lines, spelled, ctx, base) {
  const key = spelled.at(-1);
  if (!key || key.itemEnd !== void 0 || key.slot !== void 0 || !ctx.object) return key?.line;
  const at2 = base + key.index;
  const value = valueAt(ctx.object, ctx.path.slice(ctx.objectAt, at2 + 1));
  if (value === void 0 || value === null || typeof value === "object") return key.line;
  const text2 = String(value);
  if (lineWrites(lines, key.line, text2) !== false) return key.line;
  const parent = spelled.at(-2);
  const end = parent ? parent.itemEnd ?? blockEnd(lines, parent.line) : lines.length;
  const pattern = keyPattern(String(ctx.path[at2]));
  const column = indentOf5(lines[key.line]);
  for (let i = key.line + 1; i < end; i++)
    if (pattern.test(lines[i]) && indentOf5(lines[i]) === column && lineWrites(lines, i, text2))
      return i;
  return key.line;
}
var MAX_DEPTH2 = 4;
function resolveSlot(lines, slot, ctx, depth = 0) {
  const ref = dumpedValues(lines, slot.line, slot.line + 1);
  if (ref) {
    const item = [...ref, slot.slot];
    const match = lookUpValues(
      ctx.values,
      [...item, ...ctx.path.slice(slot.index + 1)],
      item.length
    );
    return match && { location: match.location, full: match.complete };
  }
  const rendered = renderedList(ctx, slot.index);
  if (!rendered || depth >= MAX_DEPTH2) return void 0;
  const written = rendered.list.slice(rendered.index - slot.slot, rendered.index + 1);
  for (const name of includedNames(lines, slot.line, slot.line + 1)) {
    const helper = helperList(ctx.helpers, name);
    if (!helper?.entries.length) continue;
    const choice = alignItems(
      helper.lines,
      helper.entries,
      written,
      slot.slot,
      slotScore(helper.lines, ctx)
    );
    const at2 = (line) => ({ file: helper.file.path, line: line + 1 });
    if (!choice) continue;
    const { entry: entry2 } = choice;
    if (entry2.kind === "slot") {
      const inner = { index: slot.index, line: entry2.line, slot: choice.offset };
      return resolveSlot(helper.lines, inner, ctx, depth + 1) ?? {
        location: at2(entry2.line),
        full: false
      };
    }
    const within2 = walkRegion(helper, entry2.line, entry2.end, ctx, slot.index + 1, depth + 1);
    return within2 ?? { location: at2(entry2.line), full: slot.index === ctx.path.length - 1 };
  }
  return void 0;
}
function walkRegion(helper, from, to, ctx, base, depth = 0) {
  const rest = ctx.path.slice(base);
  const last = lastKeyIndex(rest);
  const body = helper.lines.slice(0, to);
  const spelled = walkKeys(body, rest, from, itemPicker(body, ctx, base));
  const at2 = (k) => ({ file: helper.file.path, line: k.line + 1 });
  const deepest = spelled.at(-1);
  if (deepest?.slot !== void 0) {
    const slot = { ...deepest, index: base + deepest.index, slot: deepest.slot };
    return resolveSlot(body, slot, ctx, depth) ?? { location: at2(deepest), full: false };
  }
  if (deepest && last >= 0 && deepest.index >= last) {
    const view = withoutHoles(
      body,
      spelled.flatMap((k) => k.holes ?? [])
    );
    const line = renderedBranch(view, spelled, ctx, base) ?? deepest.line;
    const ref = deepest.itemEnd === void 0 ? valuesRefOf(view, line) : void 0;
    const match = ref && lookUpValues(ctx.values, ref, ref.length);
    return {
      location: at2({ ...deepest, line }),
      full: true,
      ...match ? { setBy: match.location } : {},
      ...match && match.empty ? { setByEmpty: true } : {}
    };
  }
  const item = spelled.findLast((k) => k.itemEnd !== void 0);
  return item && { location: at2(item), full: false };
}
function inHelpers(names2, ctx, base) {
  if (lastKeyIndex(ctx.path.slice(base)) < 0) return void 0;
  let partial;
  for (const name of names2) {
    for (const file of ctx.helpers) {
      const { lines } = helperFile(file);
      const range = defineRange(lines, name);
      if (!range) continue;
      const hit = walkRegion({ file, lines }, range.from, range.to, ctx, base);
      if (hit?.full) return hit;
      partial ??= hit;
    }
  }
  return partial;
}

// src/collect/render/map-location.ts
function lastKeyIndex2(path) {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return i;
  return -1;
}
function findKeyLine(text2, path) {
  const lines = text2.split(/\r?\n/);
  const last = lastKeyIndex2(path);
  if (last < 0) return -1;
  const spelled = walkKeys(lines, path).at(-1);
  if (spelled?.index === last) return spelled.line;
  return walkKeys(lines, [path[last]])[0]?.line ?? -1;
}
var scoped = /* @__PURE__ */ new WeakMap();
function scopedLines(input) {
  const key = input.object ?? input.template;
  let byText = scoped.get(key);
  if (!byText) scoped.set(key, byText = /* @__PURE__ */ new Map());
  const { text: text2 } = input.template;
  const id = `${input.kind ?? ""}\0${text2}`;
  let lines = byText.get(id);
  if (!lines) {
    const all2 = text2.split(/\r?\n/);
    lines = blankOutside(all2, objectDocuments(all2, input.kind, input.object));
    byText.set(id, lines);
  }
  return lines;
}
function mapHelmLocation(input) {
  const path = input.fieldPath;
  const values = input.values ?? [];
  const ctx = {
    path,
    ...input.object ? { object: input.object } : {},
    objectAt: input.objectAt ?? 0,
    values,
    helpers: input.helpers ?? []
  };
  const lines = scopedLines(input);
  const at2 = (line) => ({ file: input.template.path, line: line + 1 });
  const last = lastKeyIndex2(path);
  const spelled = walkKeys(lines, path, 0, itemPicker(lines, ctx, 0));
  const view = withoutHoles(
    lines,
    spelled.flatMap((k) => k.holes ?? [])
  );
  const deepest = spelled.at(-1);
  const item = spelled.findLast((k) => k.itemEnd !== void 0);
  if (deepest?.slot !== void 0) {
    const slot = { ...deepest, slot: deepest.slot };
    return { location: resolveSlot(view, slot, ctx)?.location ?? at2(deepest.line) };
  }
  if (deepest && last >= 0 && deepest.index >= last) {
    const line = renderedBranch(view, spelled, ctx, 0) ?? deepest.line;
    const ref2 = deepest.itemEnd === void 0 ? valuesRefOf(view, line) : void 0;
    const match = ref2 ? lookUpValues(values, ref2, ref2.length) : void 0;
    return {
      location: at2(line),
      ...match ? { setBy: match.location } : {},
      ...match?.empty ? { setByEmpty: true } : {}
    };
  }
  const from = deepest ? deepest.line + 1 : 0;
  const to = deepest ? deepest.itemEnd ?? blockEnd(view, deepest.line) : lines.length;
  const rest = path.slice(deepest ? deepest.index + 1 : 0);
  const ref = dumpedValues(view, from, to);
  let setBy;
  if (ref) {
    const match = lookUpValues(values, [...ref, ...rest], ref.length);
    if (match?.complete) return { location: match.location };
    setBy = match?.location;
  }
  const withSetBy = (location) => ({
    location,
    ...setBy ? { setBy } : {}
  });
  const names2 = includedNames(view, deepest ? deepest.line : 0, to);
  const helper = inHelpers(names2, ctx, deepest ? deepest.index + 1 : 0);
  if (helper?.setBy)
    return {
      location: helper.location,
      setBy: helper.setBy,
      ...helper.setByEmpty ? { setByEmpty: true } : {}
    };
  if (helper) return withSetBy(helper.location);
  if (item?.itemEnd !== void 0) {
    const inItem = findKeyLine(
      view.slice(item.line, item.itemEnd).join("\n"),
      path.slice(item.index + 1)
    );
    return withSetBy(at2(inItem >= 0 ? item.line + inItem : item.line));
  }
  const anywhere = last >= 0 ? findKeyLine(view.join("\n"), path) : -1;
  if (anywhere >= 0) return withSetBy(at2(anywhere));
  for (const file of [...values].reverse()) {
    const line = findKeyLine(file.text, path);
    if (line >= 0) return { location: { file: file.path, line: line + 1 } };
  }
  return withSetBy(at2(deepest ? deepest.line : 0));
}

// src/collect/render/pool.ts
import { availableParallelism as availableParallelism2 } from "node:os";
function defaultConcurrency() {
  return Math.max(1, availableParallelism2());
}
async function mapPool(items2, limit, fn) {
  const results = new Array(items2.length);
  let next = 0;
  const worker = async () => {
    while (next < items2.length) {
      const i = next++;
      results[i] = await fn(items2[i], i);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items2.length)) }, worker);
  await Promise.all(workers);
  return results;
}

// src/evaluate/generated-values.ts
function committedValueRules(rules) {
  return new Set(rules.filter((r) => r.category === "secrets").map((r) => r.id));
}
function needsSecondRender(found, valueRules) {
  return found.some((x) => x.resource !== void 0 && valueRules.has(x.finding.ruleId));
}
var keyOf2 = (r) => `${r.file}\0${resourceId(r)}`;
var BASE643 = /^[A-Za-z0-9+/]*={0,2}$/;
function comparable2(value) {
  let text2 = typeof value === "string" ? value : JSON.stringify(value);
  if (typeof value === "string" && value.length % 4 === 0 && BASE643.test(value))
    text2 = Buffer.from(value, "base64").toString("utf8");
  return text2.replace(/[0-9]+/g, "0");
}
function valueOf(resource, finding) {
  let path;
  try {
    path = parseFieldPath(finding.fieldPath).path;
  } catch {
    return { found: false, value: void 0 };
  }
  return { found: true, value: valueAt(resource.object, path.slice(resource.basePath.length)) };
}
function generatedValueFindings(found, second, valueRules) {
  const again = /* @__PURE__ */ new Map();
  for (const r of second) again.set(keyOf2(r), r);
  const generated = /* @__PURE__ */ new Set();
  for (const { finding, resource } of found) {
    if (!resource || !valueRules.has(finding.ruleId)) continue;
    const other = again.get(keyOf2(resource));
    if (!other) continue;
    const first = valueOf(resource, finding);
    if (!first.found || first.value === void 0) continue;
    if (comparable2(first.value) !== comparable2(valueOf(other, finding).value))
      generated.add(finding);
  }
  return generated;
}

// src/collect/render/render.ts
import { resolve as resolve6 } from "node:path";

// src/collect/render/env.ts
import { tmpdir } from "node:os";
import { join as join10 } from "node:path";
var DEAD_PROXY = "http://127.0.0.1:9";
async function createPrivateEnv(base = process.env) {
  const home = await fsPromises().mkdtemp(join10(tmpdir(), "kubegate-render-"));
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    if (key.startsWith("HELM_") || key.startsWith("KUBE") || /^(https?|no|all)_proxy$/i.test(key))
      continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: home,
    KUBECONFIG: "/dev/null",
    HELM_CACHE_HOME: join10(home, "cache"),
    HELM_CONFIG_HOME: join10(home, "config"),
    HELM_DATA_HOME: join10(home, "data"),
    HTTP_PROXY: DEAD_PROXY,
    HTTPS_PROXY: DEAD_PROXY,
    http_proxy: DEAD_PROXY,
    https_proxy: DEAD_PROXY,
    NO_PROXY: "",
    no_proxy: ""
  });
  return { env, dispose: () => fsPromises().rm(home, { recursive: true, force: true }) };
}

// src/collect/render/run-tool.ts
var childProcess = lazyBuiltin("node:child_process");
function runTool(bin, args, options) {
  return new Promise((resolve10) => {
    let settled = false;
    const finish = (run3) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve10(run3);
    };
    const child = childProcess().spawn(bin, [...args], {
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      windowsHide: true
    });
    const stop = (run3) => {
      killGroup(child.pid);
      child.stdout.destroy();
      child.stderr.destroy();
      finish(run3);
    };
    const out = [];
    const err = [];
    let bytes = 0;
    const collect = (into) => (chunk) => {
      bytes += chunk.length;
      if (bytes > options.maxBufferBytes) stop({ kind: "too-large" });
      else into.push(chunk);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    child.on("error", (e) => {
      finish({ kind: "not-runnable", detail: e.message });
    });
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code === 0) finish({ kind: "ok", stdout, stderr });
      else finish({ kind: "failed", stderr, detail: `exited with ${signal ?? `code ${code}`}` });
    });
    const timer = setTimeout(() => stop({ kind: "timeout" }), options.timeoutMs);
  });
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}

// src/collect/render/render.ts
var DEFAULT_TIMEOUT_MS = 6e4;
var MAX_BUFFER_BYTES = 512 * 1024 * 1024;
function helmArgs(target2, skipTests) {
  return [
    "template",
    target2.release,
    resolve6(target2.chartDir),
    `--namespace=${target2.namespace}`,
    ...target2.valuesFiles.map((f) => `--values=${resolve6(f)}`),
    ...target2.set.map((kv) => `--set-json=${kv}`),
    ...target2.kubeVersion ? [`--kube-version=${target2.kubeVersion}`] : [],
    ...skipTests ? ["--skip-tests"] : []
  ];
}
function kustomizeArgs(target2) {
  return ["kustomize", resolve6(target2.dir)];
}
function toolFor(target2) {
  return target2.kind === "helm" ? "helm" : "kubectl";
}
function firstLines(text2, max) {
  const lines = text2.trim().split("\n");
  if (lines.length <= max) return lines.join("\n");
  return [...lines.slice(0, max), `… (${lines.length - max} more lines)`].join("\n");
}
function classify(stderr) {
  return /missing in charts\/ directory|dependency build|dependencies are missing/i.test(stderr) ? "missing-dependency" : "render-error";
}
async function renderOne(target2, binaries, options = {}) {
  const started2 = nowMs();
  const elapsed = () => Math.round(nowMs() - started2);
  const fail2 = (reason, message) => ({
    ok: false,
    target: target2,
    reason,
    message,
    durationMs: elapsed()
  });
  const tool = toolFor(target2);
  const lookup = binaries[tool] ?? await findBinary(tool, { explicit: options[tool], env: options.env });
  if (!lookup.ok) return fail2("missing-binary", lookup.message);
  const args = target2.kind === "helm" ? helmArgs(target2, options.skipTests ?? false) : kustomizeArgs(target2);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxLines = options.maxMessageLines ?? 20;
  const privateEnv = await createPrivateEnv(options.env ?? process.env);
  try {
    const run3 = await runTool(lookup.path, args, {
      timeoutMs,
      env: privateEnv.env,
      maxBufferBytes: MAX_BUFFER_BYTES
    });
    switch (run3.kind) {
      case "ok":
        return {
          ok: true,
          target: target2,
          text: run3.stdout,
          warnings: run3.stderr.trim(),
          durationMs: elapsed()
        };
      case "timeout":
        return fail2("timeout", `${tool} timed out after ${timeoutMs / 1e3} s and was stopped`);
      case "too-large":
        return fail2(
          "output-too-large",
          `${tool} printed more than ${MAX_BUFFER_BYTES / 1024 / 1024} MiB`
        );
      case "not-runnable":
        return fail2(
          "missing-binary",
          `${tool} could not be run (${run3.detail}). ${installHint(tool)}`
        );
      case "failed": {
        const stderr = run3.stderr.trim();
        return fail2(classify(stderr), stderr ? firstLines(stderr, maxLines) : run3.detail);
      }
    }
  } finally {
    await privateEnv.dispose();
  }
}

// src/collect/render/split-helm.ts
var SEPARATOR = /^---\s*$/;
var SOURCE = /^# Source:\s*(.+?)\s*$/;
function splitHelmOutput(output) {
  const docs = [];
  let current = [];
  const flush = () => {
    const text2 = current.join("\n");
    current = [];
    if (!text2.trim()) return;
    const source = findSource(text2);
    docs.push(source ? { source, text: text2 } : { text: text2 });
  };
  for (const line of output.split(/\r?\n/)) {
    if (SEPARATOR.test(line)) flush();
    else current.push(line);
  }
  flush();
  return docs;
}
function findSource(text2) {
  for (const line of text2.split("\n")) {
    const m = SOURCE.exec(line);
    if (m) return m[1];
    if (line.trim() && !line.startsWith("#")) return void 0;
  }
  return void 0;
}
function templatePath(chartRelDir, source) {
  const inChart = source.split("/").slice(1).join("/");
  return chartRelDir === "." || chartRelDir === "" ? inChart : `${chartRelDir}/${inChart}`;
}

// src/collect/render/affected.ts
import { isAbsolute as isAbsolute4, join as join11, posix as posix3, relative as relative5, resolve as resolve7, sep as sep4 } from "node:path";
function normalise(root, file) {
  const rel = isAbsolute4(file) ? relative5(root, file).split(sep4).join("/") : file;
  return posix3.normalize(rel.replace(/\\/g, "/")).replace(/^\.\//, "");
}
var within = (dir, file) => dir === "." || dir === "" || file === dir || file.startsWith(`${dir}/`);
function fileDependencies(root, chartDir) {
  let meta;
  try {
    meta = loadYaml().parse(readFileSync(join11(chartDir, "Chart.yaml"), "utf8"));
  } catch {
    return [];
  }
  const deps = meta?.dependencies;
  if (!Array.isArray(deps)) return [];
  return deps.flatMap((d) => {
    const repo = d?.repository;
    if (typeof repo !== "string" || !repo.startsWith("file://")) return [];
    const dir = repoPath(root, resolve7(chartDir, repo.slice("file://".length)));
    return dir ? [dir] : [];
  });
}
function inputsOf(root, job) {
  if (job.kind === "kustomize") {
    const inputs = kustomizeInputs(root, job.overlay.dir);
    const dirs2 = [...inputs].filter((i) => i.endsWith("/"));
    return (file) => inputs.has(file) || dirs2.some((d) => file.startsWith(d));
  }
  const dirs = [job.chart.relDir, ...fileDependencies(root, job.chart.dir)];
  const files = new Set(
    job.valuesFiles.flatMap((f) => repoPath(root, resolve7(job.chart.dir, f)) ?? [])
  );
  return (file) => files.has(file) || dirs.some((d) => within(d, file));
}
function affectedJobs(rootDir, jobs2, changedFiles) {
  const root = resolve7(rootDir);
  const changed = changedFiles.map((f) => normalise(root, f));
  return jobs2.filter((job) => {
    const reads = inputsOf(root, job);
    return changed.some(reads);
  });
}

// src/collect/render/plan.ts
import { basename as basename2, posix as posix4, resolve as resolve8 } from "node:path";
function releaseNameFor(chartName) {
  const cleaned = chartName.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 53).replace(/-+$/, "");
  return /^[a-z0-9]/.test(cleaned) ? cleaned : "release";
}
function missingFile(root, chart, files) {
  for (const file of files) {
    const abs = resolve8(chart.dir, file);
    const shown = posix4.normalize(posix4.join(chart.relDir, file));
    if (repoPath(root, abs) === void 0) return `values file ${file} is outside the repository`;
    if (!existsSync(abs)) return `values file ${file} not found (looked for ${shown})`;
  }
  return void 0;
}
function helmJobs(root, chart, config) {
  const base = {
    kind: "helm",
    chartDir: chart.dir,
    release: config?.releaseName ?? releaseNameFor(chart.name ?? basename2(chart.dir)),
    // Unknown until installed, unless the config names it (see RELEASE_NAMESPACE).
    namespace: config?.namespace ?? RELEASE_NAMESPACE,
    valuesFiles: [],
    set: [],
    ...config?.kubeVersion ? { kubeVersion: config.kubeVersion } : {}
  };
  if (!config?.valueSets.length) return [{ kind: "helm", chart, target: base, valuesFiles: [] }];
  return config.valueSets.map((set2) => {
    const problem2 = missingFile(root, chart, set2.valuesFiles);
    return {
      kind: "helm",
      chart,
      valueSet: set2.name,
      valuesFiles: set2.valuesFiles,
      target: {
        ...base,
        valuesFiles: set2.valuesFiles.map((f) => resolve8(chart.dir, f)),
        // As JSON, so that a value keeps its type and a comma or a backslash in it stays
        // part of the value (plain --set splits on commas).
        set: Object.entries(set2.set).map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      },
      ...problem2 ? { problem: problem2 } : {}
    };
  });
}
function planRenders(rootDir, discovery, charts) {
  const root = resolve8(rootDir);
  const byPath = new Map(charts.map((c) => [c.path, c]));
  const jobs2 = discovery.charts.flatMap(
    (chart) => helmJobs(root, chart, byPath.get(chart.relDir))
  );
  for (const overlay of discovery.kustomizations)
    jobs2.push({ kind: "kustomize", overlay, target: { kind: "kustomize", dir: overlay.dir } });
  const found = new Set(discovery.charts.map((c) => c.relDir));
  const warnings = charts.filter((c) => !found.has(c.path)).map(
    (c) => `render.charts: no chart at ${c.path} among the scanned paths; its settings are unused`
  );
  return { jobs: jobs2, warnings };
}

// src/evaluate/value-sets.ts
function sameness(f) {
  return [f.location.file, f.location.line, f.message, f.waiver ? "waived" : ""].join("\0");
}
function addRelated(f, more) {
  const all2 = [...f.related ?? []];
  for (const r of more)
    if (!all2.some((a) => a.file === r.file && a.line === r.line && a.message === r.message))
      all2.push(r);
  if (all2.length) f.related = all2;
}
function naming(sets) {
  return sets.length === 1 ? `value set ${sets[0]}` : `value sets ${sets.join(", ")}`;
}
function mergeValueSets(perSet) {
  const groups = /* @__PURE__ */ new Map();
  for (const { valueSet, findings } of perSet) {
    for (const f of findings) {
      const variants = groups.get(f.fingerprint) ?? /* @__PURE__ */ new Map();
      groups.set(f.fingerprint, variants);
      const key = sameness(f);
      const variant = variants.get(key);
      if (!variant) variants.set(key, { finding: f, sets: [valueSet] });
      else {
        if (!variant.sets.includes(valueSet)) variant.sets.push(valueSet);
        addRelated(variant.finding, f.related ?? []);
      }
    }
  }
  const merged = [];
  for (const variants of groups.values()) {
    for (const { finding, sets } of variants.values()) {
      finding.message = `${finding.message} (${naming(sets)})`;
      finding.valueSets = sets;
      if (variants.size > 1) finding.fingerprint = fingerprintOf([finding.fingerprint, ...sets]);
      merged.push(finding);
    }
  }
  return merged;
}

// src/collect/render/helm-hooks.ts
var TEST_HOOKS = /* @__PURE__ */ new Set(["test", "test-success", "test-failure"]);
var TEST_HOOK_REASON = "a Helm test hook, which `helm test` runs on demand: not deployed with the release, so low at most";
function isHelmTestHook(object) {
  const metadata3 = isJsonObject(object.metadata) ? object.metadata : {};
  const annotations = isJsonObject(metadata3.annotations) ? metadata3.annotations : {};
  const value = annotations["helm.sh/hook"];
  if (typeof value !== "string") return false;
  const hooks = value.split(",").map((h) => h.trim()).filter((h) => h !== "");
  return hooks.length > 0 && hooks.every((h) => TEST_HOOKS.has(h));
}

// src/collect/render/release-namespace.ts
var NAMESPACED_KINDS = /* @__PURE__ */ new Set([
  "Pod",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Service",
  "ServiceAccount",
  "ConfigMap",
  "Secret",
  "Role",
  "RoleBinding",
  "NetworkPolicy",
  "Ingress",
  "HTTPRoute",
  "GRPCRoute",
  "TLSRoute",
  "TCPRoute",
  "Gateway",
  "PersistentVolumeClaim",
  "PodDisruptionBudget",
  "HorizontalPodAutoscaler"
]);
function asInstalled(resource, release, isWorkload) {
  const own = namespaceIn(resource.namespace);
  const known2 = namespaceIn(release);
  const namespaced = NAMESPACED_KINDS.has(resource.kind) || isWorkload(resource);
  if (own === "" && known2 !== "" && namespaced) {
    resource.namespace = known2;
    if (isJsonObject(resource.object.metadata)) resource.object.metadata.namespace = known2;
    return;
  }
  resource.namespace = own;
}

// src/pipeline/admission-sources.ts
function hasPolicies(sources) {
  return sources?.records.some((r) => r.kind === ADMISSION_POLICY_KIND) ?? false;
}
function paramKinds(records) {
  const out = [];
  for (const r of records) {
    if (r.kind !== ADMISSION_POLICY_KIND || !isJsonObject(r.object.spec)) continue;
    const p = r.object.spec.paramKind;
    if (!isJsonObject(p) || typeof p.kind !== "string" || typeof p.apiVersion !== "string")
      continue;
    if (!out.some((k) => k.kind === p.kind && k.apiVersion === p.apiVersion))
      out.push({ apiVersion: p.apiVersion, kind: p.kind });
  }
  return out;
}
var isParamOf = (kinds) => (r) => kinds.some((k) => k.kind === r.kind && k.apiVersion === r.object.apiVersion);
function sourcesAmong(records, policies = records) {
  const isParam = isParamOf(paramKinds([...policies, ...records]));
  return records.filter((r) => ADMISSION_KINDS.has(r.kind) || isParam(r));
}
function recordsOf(file, text2) {
  const parsed = parseSource({ path: file.path, text: text2 });
  return {
    records: parsed.resources.map(recordOf),
    broken: parsed.problems.find((p) => !p.warningOnly)
  };
}
function readPolicyPaths(policyRoot, config) {
  if (config.admissionPolicies.length === 0) return [];
  const collected = collectFiles({
    root: policyRoot,
    paths: config.admissionPolicies,
    exclude: config.exclude
  });
  if (collected.unmatched.length)
    throw new ConfigurationError(
      `config admissionPolicies: ${collected.unmatched.map((u) => `"${u.path}" gives no file (${u.reason})`).join("; ")}`
    );
  const records = [];
  for (const file of collected.files) {
    const own = recordsOf(file, readFileSync(file.absolute, "utf8"));
    if (own.broken)
      throw new ConfigurationError(
        `config admissionPolicies: ${own.broken.file}:${own.broken.line}: ${own.broken.message}`
      );
    records.push(...own.records);
  }
  return records;
}
function readParams(files, policies) {
  const kinds = paramKinds(policies);
  if (kinds.length === 0) return [];
  const isParam = isParamOf(kinds);
  const params = [];
  for (const file of files) {
    let text2;
    try {
      text2 = readFileSync(file.absolute, "utf8");
    } catch {
      continue;
    }
    if (kinds.some((k) => text2.includes(k.kind))) {
      for (const r of recordsOf(file, text2).records) if (isParam(r)) params.push(r);
    }
  }
  return params;
}
function sourcesOf(folders2, records) {
  return [...sourcesAmong(folders2, records), ...sourcesAmong(records, folders2)];
}
function uniqueSources(records) {
  const seen = /* @__PURE__ */ new Set();
  return records.filter((r) => {
    const key = `${r.id}\0${r.location.file}\0${r.location.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function admissionSources(config, records) {
  return { records: uniqueSources(records), namespaces: config.namespaces };
}

// src/pipeline/scan-with-renders.ts
var inDir = (relDir, file) => relDir === "." ? file : `${relDir}/${file}`;
function jobFile(job) {
  return job.kind === "helm" ? inDir(job.chart.relDir, "Chart.yaml") : inDir(job.overlay.relDir, job.overlay.file);
}
function renderErrorFinding(file, message) {
  const text2 = message.trim() || "the render failed without a message";
  return systemFinding("render-error", { message: text2, location: { file, line: 1 } }, [
    file,
    text2
  ]);
}
function fieldPathOf(finding) {
  try {
    return parseFieldPath(finding.fieldPath).path;
  } catch {
    return [];
  }
}
function presentLength(resource, path) {
  const base = resource.basePath.length;
  let k = path.length;
  while (k > base && valueAt(resource.object, path.slice(base, k)) === void 0) k--;
  return k;
}
function locateRendered(f, resource, chart, path, template, committedValue) {
  const fallback = template === void 0 ? inDir(chart.relDir, "Chart.yaml") : path;
  if (!resource) {
    f.location = { file: fallback, line: 1 };
    return;
  }
  const full = fieldPathOf(f);
  const fieldPath = full.slice(0, presentLength(resource, full));
  const mapped = mapHelmLocation({
    fieldPath,
    kind: resource.kind,
    object: resource.object,
    objectAt: resource.basePath.length,
    template: { path: template === void 0 ? fallback : path, text: template ?? "" },
    values: chart.valuesFor(path),
    helpers: chart.helpers()
  });
  if (committedValue && mapped.setBy) {
    if (mapped.setByEmpty) {
      f.location = mapped.location;
      return;
    }
    f.location = mapped.setBy;
    f.related = [{ ...mapped.location, message: `Rendered by ${mapped.location.file}` }];
    return;
  }
  f.location = mapped.location;
  if (mapped.setBy)
    f.related = [{ ...mapped.setBy, message: `The value is set in ${mapped.setBy.file}` }];
}
function* parseHelm(chart, output, config, release) {
  const kinds = workloadKinds(config.workloads);
  const isWorkload = (r) => isNamespacedWorkload(r.object, r.kind, r.apiVersion, kinds);
  for (const doc of splitHelmOutput(output)) {
    const path = doc.source ? templatePath(chart.relDir, doc.source) : inDir(chart.relDir, "Chart.yaml");
    const inChart = doc.source?.split("/").slice(1).join("/");
    const parsed = parseSource({ path, text: doc.text }, parseLimits(config));
    for (const r of parsed.resources) asInstalled(r, release, isWorkload);
    yield { path, inChart, parsed };
  }
}
function evaluateHelm(chart, output, ctx, config, out, found, valueRules, release) {
  const templates = /* @__PURE__ */ new Map();
  let resources = 0;
  for (const { path, inChart, parsed } of parseHelm(chart, output, config, release)) {
    if (inChart !== void 0 && !templates.has(path))
      templates.set(path, readText(join12(chart.dir, inChart)));
    const template = templates.get(path);
    const workloadsBefore = out.analysis?.workloads.length ?? 0;
    resources += evaluateParsed(parsed, ctx, out, (f, resource) => {
      locateRendered(f, resource, chart, path, template, valueRules.has(f.ruleId));
      if (resource && isHelmTestHook(resource.object) && !isSystemFinding(f))
        capFinding(f, "low", TEST_HOOK_REASON);
      found.push({ finding: f, resource });
    });
    markTestHooks(parsed.resources, out.analysis?.workloads.slice(workloadsBefore) ?? []);
  }
  return resources;
}
function markTestHooks(resources, workloads) {
  for (const w of workloads) {
    const resource = resources.find((r) => resourceId(r) === w.id);
    if (resource && isHelmTestHook(resource.object)) w.notDeployed = TEST_HOOK_REASON;
  }
}
var isSystemFinding = (f) => SYSTEM_RULES.some((r) => r.id === f.ruleId);
async function dropGenerated(done, render, concurrency, config, valueRules, warnings) {
  const again = done.filter((d) => d.chart && needsSecondRender(d.found, valueRules));
  const second = await mapPool(again, concurrency, (d) => render(d.job));
  again.forEach((d, i) => {
    const result = second[i];
    if (!d.chart) return;
    if (!result?.ok) {
      warnings.push(
        `${jobFile(d.job)}: the second render, which tells values helm generates from committed ones, failed (${result ? firstLines(result.message, 1) : "not rendered"}); its secret findings are kept`
      );
      return;
    }
    const release = d.job.kind === "helm" ? d.job.target.namespace : "";
    const resources = [...parseHelm(d.chart, result.text, config, release)].flatMap(
      (x) => x.parsed.resources
    );
    const generated = generatedValueFindings(d.found, resources, valueRules);
    if (generated.size === 0) return;
    d.own.findings = d.own.findings.filter((f) => !generated.has(f));
    d.found = d.found.filter((x) => !generated.has(x.finding));
  });
}
function evaluateKustomize(rootDir, overlay, output, ctx, config, out, plainFingerprints, onFinding) {
  const file = inDir(overlay.relDir, overlay.file);
  const patches = readKustomizePatches(rootDir, overlay.dir);
  const patchFiles = new Set(patches.map((p) => p.file));
  const inputs = [...kustomizeInputs(rootDir, overlay.dir)].filter((f) => !patchFiles.has(f));
  const sources = readSourceDocuments(rootDir, inputs);
  const parsed = parseSource({ path: file, text: output }, parseLimits(config));
  const own = {
    findings: [],
    warnings: out.warnings,
    ...out.records ? { records: out.records } : {},
    ...out.analysis ? { analysis: out.analysis } : {}
  };
  const resources = evaluateParsed(parsed, ctx, own, (f, resource) => {
    const base = resource?.basePath.length ?? 0;
    const full = fieldPathOf(f);
    const traced = resource && locateInSources(
      sources,
      patches,
      resource,
      full.slice(base),
      presentLength(resource, full) - base
    );
    f.location = traced ?? { file, line: 1 };
    if (traced && !traced.file.startsWith(overlay.relDir === "." ? "" : `${overlay.relDir}/`))
      f.related = [{ file, line: 1, message: `Rendered through ${file}` }];
    onFinding?.(f, resource);
  });
  for (const f of own.findings) if (!plainFingerprints.has(f.fingerprint)) out.findings.push(f);
  return resources;
}
async function lookUpTools(jobs2, config, env, out) {
  const needed = [
    ["helm", jobs2.some((j) => j.kind === "helm" && !j.problem), config.render.helmBinary],
    ["kubectl", jobs2.some((j) => j.kind === "kustomize"), config.render.kubectlBinary]
  ];
  const binaries = {};
  for (const [tool, need, explicit] of needed) {
    if (!need) continue;
    const lookup = await findBinary(tool, { explicit, env });
    if (!lookup.ok)
      out.warnings.push(`${lookup.message} Until then, nothing needing it is scanned.`);
    binaries[tool] = lookup;
  }
  return binaries;
}
async function scanWithRenders(given) {
  const root = canonicalRoot(given.root);
  const { plain, admission } = scanPlainFiles({ ...given, root });
  const options = { ...given, root, ...admission ? { admission } : {} };
  for (const w of admissionProblems(prepareAdmission(admission, given.config)))
    plain.warnings.push(w);
  const result = await timed("renders", () => addRenders(plain, options));
  const { findings, subsumed } = finishFindings(
    result.findings,
    result.analysis,
    result.rules,
    analysisSettings(options.config, options.today)
  );
  const scanned = { ...result, findings, subsumed: [...result.subsumed, ...subsumed] };
  delete scanned.listing;
  return scanned;
}
function scanPlainFiles(options) {
  if (options.admission)
    return { plain: scan({ ...options, analyse: false }), admission: options.admission };
  const { config } = options;
  const folders2 = readPolicyPaths(options.policyRoot ?? options.root, config);
  const known2 = admissionSources(config, sourcesAmong(folders2));
  const given = hasPolicies(known2) ? known2 : void 0;
  const plain = scan({
    ...options,
    analyse: false,
    records: options.records === "all" ? "all" : "policy",
    ...given ? { admission: given } : {}
  });
  const own = sourcesAmong(plain.records, folders2);
  if (!own.some((r) => r.kind === ADMISSION_POLICY_KIND))
    return { plain, ...given ? { admission: given } : {} };
  const params = options.records === "all" ? [] : readParams(
    collectFiles({
      root: options.root,
      paths: options.paths?.length ? options.paths : config.paths,
      exclude: config.exclude
    }).files,
    [...folders2, ...own]
  );
  const admission = admissionSources(config, sourcesOf(folders2, [...own, ...params]));
  const second = scan({
    ...options,
    analyse: false,
    admission,
    admissionOnly: true,
    records: "none"
  });
  return {
    plain: {
      ...plain,
      // The first pass's admission findings (the folders' policies) are the second's too.
      findings: sortFindings([
        ...plain.findings.filter((f) => !isAdmissionRule(f.ruleId)),
        ...second.findings.filter((f) => isAdmissionRule(f.ruleId))
      ]),
      rules: [
        ...plain.rules.filter((r) => !isAdmissionRule(r.id)),
        ...second.rules.filter((r) => isAdmissionRule(r.id))
      ],
      // Written with the first pass's rules, whose SARIF indexes differ now.
      sarifResults: void 0
    },
    admission
  };
}
function withoutPatchFiles(result, patches) {
  const kept = (items2) => items2.filter((x) => !patches.has(x.location.file));
  return {
    ...result,
    findings: kept(result.findings),
    records: kept(result.records),
    analysis: {
      workloads: kept(result.analysis.workloads),
      objects: kept(result.analysis.objects)
    }
  };
}
async function addRenders(plain, options) {
  let base = plain;
  const { config } = options;
  if (options.render === false || !config.render.helm && !config.render.kustomize) return base;
  const found = await discoverUnder(
    options.root,
    options.paths?.length ? options.paths : config.paths,
    config.exclude,
    plain.listing
  );
  const discovery = {
    charts: config.render.helm ? found.charts : [],
    kustomizations: config.render.kustomize ? found.kustomizations : [],
    skipped: found.skipped
  };
  const kustomizeDirs = config.render.kustomize ? [
    ...found.kustomizations.map((k) => k.dir),
    ...found.skipped.filter((s) => s.reason === "kustomize-component").map((s) => join12(options.root, s.relDir))
  ] : [];
  const patches = new Set(kustomizeDirs.flatMap((dir) => kustomizePatchFiles(options.root, dir)));
  if (patches.size > 0) base = withoutPatchFiles(base, patches);
  const plan = planRenders(options.root, discovery, config.render.helm ? config.render.charts : []);
  const out = {
    findings: base.findings,
    warnings: [...base.warnings, ...plan.warnings],
    records: base.records,
    analysis: base.analysis
  };
  const { analysis } = base;
  const jobs2 = options.changedFiles ? affectedJobs(options.root, plan.jobs, options.changedFiles) : options.unaffectedBy ? withoutJobs(plan.jobs, affectedJobs(options.root, plan.jobs, options.unaffectedBy)) : plan.jobs;
  if (jobs2.length === 0) return { ...base, warnings: out.warnings };
  const plainFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  const ctx = evaluationContext(base.rules, config, options.today, {
    ...options.records ? { records: options.records } : {},
    ...options.oldObjects ? { oldObjects: options.oldObjects } : {},
    ...options.admission ? { admission: options.admission } : {}
  });
  const binaries = await lookUpTools(jobs2, config, options.env, out);
  const renderOptions = {
    env: options.env,
    timeoutMs: config.render.timeoutSeconds * 1e3
  };
  const render = (job) => job.kind === "helm" && job.problem ? Promise.resolve(void 0) : renderOne(job.target, binaries, renderOptions);
  const concurrency = options.concurrency ?? defaultConcurrency();
  const results = await mapPool(jobs2, concurrency, render);
  const valueRules = committedValueRules(base.rules);
  let resources = base.resources;
  const done = [];
  results.forEach((result, i) => {
    const job = jobs2[i];
    const own = {
      findings: [],
      warnings: out.warnings,
      records: out.records,
      analysis: out.analysis
    };
    const evaluated = { job, own, found: [] };
    done.push(evaluated);
    const tool = job.kind === "helm" ? "helm" : "kubectl";
    const before = { workloads: analysis.workloads.length, objects: analysis.objects.length };
    if (!result || !result.ok) {
      const lookup = binaries[tool];
      const message = !result ? job.kind === "helm" && job.problem || "not rendered" : lookup && !lookup.ok ? `${tool} is not available, so this was not rendered` : result.message;
      const finding = renderErrorFinding(jobFile(job), message);
      applyWaivers([finding], void 0, ctx.policy);
      own.findings.push(finding);
    } else {
      if (result.warnings)
        out.warnings.push(`${jobFile(job)}: ${tool} warned: ${firstLines(result.warnings, 3)}`);
      if (job.kind === "helm") {
        const chart = chartFiles(job.chart, job.valuesFiles);
        evaluated.chart = chart;
        resources += evaluateHelm(
          chart,
          result.text,
          ctx,
          config,
          own,
          evaluated.found,
          valueRules,
          job.target.namespace
        );
      } else
        resources += evaluateKustomize(
          options.root,
          job.overlay,
          result.text,
          ctx,
          config,
          own,
          plainFingerprints,
          options.onRenderedFinding
        );
    }
    const unit = jobFile(job);
    for (const w of analysis.workloads.slice(before.workloads)) w.unit = unit;
    for (const o of analysis.objects.slice(before.objects)) o.unit = unit;
    for (const f of own.findings) {
      if (f.assumesToken) f.assumesToken.unit = unit;
      if (isRoleFinding(f)) f.unit = unit;
    }
  });
  await dropGenerated(done, render, concurrency, config, valueRules, out.warnings);
  const bySet = /* @__PURE__ */ new Map();
  for (const { job, own, found: found2 } of done) {
    for (const x of found2) options.onRenderedFinding?.(x.finding, x.resource);
    if (job.kind === "helm" && job.valueSet !== void 0) {
      const sets = bySet.get(job.chart.relDir) ?? [];
      bySet.set(job.chart.relDir, sets);
      sets.push({ valueSet: job.valueSet, findings: own.findings });
    } else out.findings.push(...own.findings);
  }
  for (const sets of bySet.values()) out.findings.push(...mergeValueSets(sets));
  return {
    ...base,
    findings: sortFindings(out.findings),
    warnings: out.warnings,
    resources,
    records: uniqueRecords(out.records ?? []),
    analysis: {
      workloads: uniqueBy(base.analysis.workloads, (w) => `${w.id}\0${JSON.stringify(w)}`),
      objects: uniqueRecords(base.analysis.objects)
    }
  };
}
function withoutJobs(all2, drop) {
  const dropped = new Set(drop);
  return all2.filter((j) => !dropped.has(j));
}
function uniqueBy(items2, key) {
  const seen = /* @__PURE__ */ new Set();
  return items2.filter((x) => {
    const k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}
var uniqueRecords = (records) => uniqueBy(records, (r) => `${r.id}\0${JSON.stringify(r.object)}`);

// src/collect/base-tree.ts
import { tmpdir as tmpdir2 } from "node:os";
import { join as join13 } from "node:path";
var childProcess2 = lazyBuiltin("node:child_process");
var util2 = lazyBuiltin("node:util");
function run2(file, args, options) {
  return util2().promisify(childProcess2().execFile)(file, args, { ...options, encoding: "utf8" });
}
var GIT_TIMEOUT_MS = 12e4;
async function git(cwd, args) {
  const { stdout } = await run2("git", args, {
    cwd,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024
  });
  return stdout.trim();
}
async function hasCommit(cwd, sha) {
  try {
    await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function extractCommit(workspace, sha) {
  if (!/^[0-9a-f]{7,64}$/.test(sha)) throw new Error(`not a commit id: "${sha}"`);
  try {
    await git(workspace, ["rev-parse", "--git-dir"]);
  } catch {
    throw new ConfigurationError(
      `${workspace} is not a git checkout, so the base commit cannot be read`
    );
  }
  if (!await hasCommit(workspace, sha)) {
    try {
      await git(workspace, ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha]);
    } catch (e) {
      const first = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      throw new ConfigurationError(
        `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched: ${first}`
      );
    }
  }
  const dir = await fsPromises().mkdtemp(join13(tmpdir2(), "kubegate-base-"));
  const archive = join13(dir, "..", `${dir.split("/").pop()}.tar`);
  await git(workspace, ["archive", "--format=tar", "-o", archive, sha]);
  try {
    await run2("tar", ["-xf", archive, "-C", dir], { timeout: GIT_TIMEOUT_MS });
  } finally {
    await fsPromises().rm(archive, { force: true });
  }
  return dir;
}
async function resolveCommit(workspace, ref) {
  try {
    return await git(workspace, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new ConfigurationError(`"${ref}" does not name a commit in ${workspace}`);
  }
}
async function changedPaths(workspace, sha) {
  const out = await git(workspace, ["diff", "--name-only", "-z", "--no-renames", sha, "HEAD"]);
  return out.split("\0").filter(Boolean);
}

// src/pipeline/pull-evaluation.ts
var import_picomatch6 = __toESM(require_picomatch2(), 1);
import { join as join14 } from "node:path";

// src/gate/gate.ts
function compareWithBase(head, base) {
  const fingerprints = (s) => new Set([...s.findings, ...s.subsumed ?? []].map((f) => f.fingerprint));
  const before = fingerprints(base);
  const after = fingerprints(head);
  return {
    newFindings: head.findings.filter((f) => !before.has(f.fingerprint)),
    fixed: base.findings.filter((f) => !after.has(f.fingerprint))
  };
}
function decideGate(findings, failOn, onlyNew) {
  const pool2 = onlyNew ?? findings;
  const failing = pool2.filter((f) => failsGate(f, failOn));
  if (failing.length === 0) return { failing };
  const what = `${failing.length}${onlyNew ? " new" : ""} finding${failing.length === 1 ? "" : "s"}`;
  return { failing, reason: `${what} at or above "${failOn}"` };
}

// src/gate/reviews/pull-change.ts
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function resourceChanges(base, head) {
  const before = new Map(base.map((r) => [r.id, r]));
  const after = new Map(head.map((r) => [r.id, r]));
  const out = [];
  for (const [id, h] of after) {
    const b = before.get(id);
    if (!b) out.push({ id, namespace: h.namespace, change: "added", location: h.location });
    else if (canonical(b.object) !== canonical(h.object))
      out.push({ id, namespace: h.namespace, change: "changed", location: h.location });
  }
  for (const [id, b] of before) {
    if (!after.has(id))
      out.push({ id, namespace: b.namespace, change: "removed", location: b.location });
  }
  return out;
}
var rbacObjects = (records) => records.filter((r) => RBAC_KINDS.has(r.kind)).map((r) => ({ object: r.object, id: r.id }));
function rbacOutcome(base, head, policy) {
  const changes = rbacDelta(rbacObjects(base), rbacObjects(head));
  const known2 = new Set(
    unresolvedBindings(rbacObjects(base)).map(
      (u) => `${u.binding}\0${u.role}\0${u.reason}`
    )
  );
  const unresolved = unresolvedBindings(rbacObjects(head)).filter(
    (u) => !known2.has(`${u.binding}\0${u.role}\0${u.reason}`)
  );
  const byId = new Map(head.map((r) => [r.id, r]));
  const locationOf = (c) => {
    for (const s of c.sources) {
      const r = byId.get(s.binding) ?? byId.get(s.role);
      if (r) return r.location;
    }
    return void 0;
  };
  const fingerprints = /* @__PURE__ */ new Map();
  const findings = [];
  for (const c of changes) {
    if (c.direction !== "gains" || !c.danger) continue;
    const binding = c.sources.map((s) => byId.get(s.binding)).find((r) => r !== void 0);
    const location = locationOf(c) ?? { file: "", line: 1 };
    const finding = systemFinding(
      "rbac-permission-gain",
      {
        message: describeChange(c),
        location,
        resource: binding?.id ?? c.sources[0]?.binding ?? "",
        element: describeSubject(c.subject),
        fieldPath: "subjects"
      },
      [c.subject, c.scope, c.target, c.danger]
    );
    const metadata3 = binding?.object.metadata;
    applyWaivers([finding], metadata3?.annotations, policy);
    fingerprints.set(c, finding.fingerprint);
    findings.push(finding);
  }
  return {
    changes,
    unresolved,
    findings,
    locationOf,
    fingerprintOf: (c) => fingerprints.get(c)
  };
}
function waiverChanges(head, base) {
  const before = new Map(base.map((f) => [f.fingerprint, f]));
  const out = [];
  for (const f of head) {
    if (f.waiver?.origin !== "annotation") continue;
    const b = before.get(f.fingerprint)?.waiver;
    if (!b) out.push({ finding: f, change: "added" });
    else if (b.reason !== f.waiver.reason || b.expires !== f.waiver.expires)
      out.push({ finding: f, change: "changed" });
  }
  return out;
}

// src/gate/reviews/triggers.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
var at = (f) => f.location;
function scopeNamespace(scope) {
  return scope.startsWith("namespace ") ? scope.slice("namespace ".length) : void 0;
}
function rbacTriggers(changes, mode, sourceLocation, fingerprintOf2) {
  return changes.filter((c) => c.direction === "gains" && (mode === "any" || c.danger)).map((c) => {
    const location = sourceLocation(c);
    const fingerprint = fingerprintOf2(c);
    return {
      what: describeChange(c),
      ...location ? { location } : {},
      ...fingerprint ? { fingerprint } : {}
    };
  });
}
function triggersOf(requirement, change, context = {}) {
  const { when } = requirement;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add2 = (t) => {
    const key = `${t.what}\0${t.location?.file ?? ""}:${t.location?.line ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t);
  };
  const open = change.newFindings.filter((f) => f.waiver?.origin !== "config");
  const findingTrigger = (f, why) => ({
    what: `${f.ruleId} (${f.severity}) on ${f.resource || f.location.file}${f.element ? ` [${f.element}]` : ""}: ${why}`,
    location: at(f),
    fingerprint: f.fingerprint
  });
  if (when.rules?.length) {
    const names2 = (0, import_picomatch5.default)(when.rules);
    for (const f of open) if (names2(f.ruleId)) add2(findingTrigger(f, f.message));
  }
  if (when.severities?.length) {
    for (const f of open)
      if (when.severities.includes(f.severity)) add2(findingTrigger(f, f.message));
  }
  if (when.paths?.length) {
    const match = (0, import_picomatch5.default)(when.paths, { dot: true });
    for (const file of change.changedFiles)
      if (match(file)) add2({ what: `changes ${file}`, location: { file, line: 1 } });
  }
  if (when.namespaces?.length) {
    const namespaces = new Set(when.namespaces);
    for (const r of change.resources)
      if (namespaces.has(r.namespace)) add2({ what: `${r.change} ${r.id}`, location: r.location });
    const inScope = change.rbac.filter((c) => {
      const ns = scopeNamespace(c.scope);
      return ns !== void 0 && namespaces.has(ns);
    });
    for (const t of rbacTriggers(
      inScope,
      "any",
      context.rbacLocation ?? (() => void 0),
      context.rbacFingerprint ?? (() => void 0)
    ))
      add2(t);
  }
  if (when.rbac) {
    for (const t of rbacTriggers(
      change.rbac,
      when.rbac,
      context.rbacLocation ?? (() => void 0),
      context.rbacFingerprint ?? (() => void 0)
    ))
      add2(t);
  }
  if (when.waivers) {
    for (const w of change.waivers) {
      const waiver = w.finding.waiver;
      const why = waiver ? `"${waiver.reason}", expires ${waiver.expires}` : "a waiver";
      add2({
        what: `waiver ${w.change} for ${w.finding.ruleId} on ${w.finding.resource}${w.finding.container ? ` [${w.finding.container}]` : ""}: ${why}`,
        location: at(w.finding),
        fingerprint: w.finding.fingerprint
      });
    }
  }
  if (when.policy) {
    for (const file of change.policyFiles)
      add2({
        what: `changes the policy file ${file} (it takes effect after the merge)`,
        location: { file, line: 1 }
      });
  }
  return out;
}
function triggeredRequirements(requirements, change, context = {}) {
  return requirements.map((requirement) => ({ requirement, triggers: triggersOf(requirement, change, context) })).filter((t) => t.triggers.length > 0);
}

// src/pipeline/pull-evaluation.ts
function readOr(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
function changedPolicyFiles(baseDir, workspace, configFile, config, admissionFiles) {
  const changed = [];
  const configPath = configFile || DEFAULT_CONFIG_FILE;
  if (readOr(join14(baseDir, configPath)) !== readOr(join14(workspace, configPath)))
    changed.push(configPath);
  const list5 = (root, paths) => paths.length ? collectFiles({ root, paths, exclude: [] }).files.map((f) => f.path) : [];
  const files = /* @__PURE__ */ new Set([
    ...list5(baseDir, config.rules.custom),
    ...list5(workspace, config.rules.custom),
    ...list5(baseDir, config.admissionPolicies),
    ...list5(workspace, config.admissionPolicies),
    ...admissionFiles
  ]);
  for (const file of [...files].sort()) {
    if (readOr(join14(baseDir, file)) !== readOr(join14(workspace, file))) changed.push(file);
  }
  return changed;
}
function checkReviewRuleIds(config, rules) {
  const known2 = /* @__PURE__ */ new Set([...rules.map((r) => r.id), ...SYSTEM_RULES.map((r) => r.id)]);
  for (const [i, r] of config.reviews.entries()) {
    for (const id of r.when.rules ?? []) {
      if (!known2.has(id) && !isAdmissionRule(id) && !import_picomatch6.default.scan(id).isGlob)
        throw new ConfigurationError(
          `config reviews.${i}.when.rules: unknown or disabled rule id "${id}"`
        );
    }
  }
}
function baseAdmission(baseDir, config, records) {
  const folders2 = readPolicyPaths(baseDir, config);
  const sources = admissionSources(config, sourcesOf(folders2, records));
  return hasPolicies(sources) ? { ...sources, fromBase: true } : void 0;
}
function withDeletedPolicies(findings, workspace) {
  const exists2 = /* @__PURE__ */ new Map();
  const present = (file) => {
    let known2 = exists2.get(file);
    if (known2 === void 0) exists2.set(file, known2 = existsSync(join14(workspace, file)));
    return known2;
  };
  for (const f of findings) {
    if (!isAdmissionRule(f.ruleId) || !f.related) continue;
    const gone = f.related.filter((r) => !present(r.file));
    if (gone.length === 0) continue;
    f.related = f.related.filter((r) => present(r.file));
    if (f.related.length === 0) delete f.related;
    f.message += ` (judged by the base commit's ${gone.map((r) => `${withoutSuffix(r.message, FROM_BASE)} at ${r.file}:${r.line}`).join(" and ")}, which this pull request deletes)`;
  }
  return findings;
}
var withoutSuffix = (text2, suffix) => text2.endsWith(suffix) ? text2.slice(0, -suffix.length) : text2;
function admissionObjectFiles(records) {
  const files = /* @__PURE__ */ new Set();
  for (const r of records)
    if (r.kind === ADMISSION_POLICY_KIND || r.kind === ADMISSION_BINDING_KIND)
      files.add(r.location.file);
  return [...files];
}
var BaseUnavailable = class extends Error {
};
async function evaluatePullRequest(scope) {
  let baseDir;
  try {
    baseDir = await extractCommit(scope.workspace, scope.baseSha);
  } catch (e) {
    throw new BaseUnavailable(errorMessage(e));
  }
  try {
    const changedFiles = scope.changedFiles ?? (scope.changedFilesFromGit ? await changedPaths(scope.workspace, scope.baseSha) : void 0);
    const config = loadBaseConfig(baseDir, scope.workspace, scope.configFile || void 0);
    const needsObjects = config.reviews.some((r) => r.when.namespaces?.length);
    const common2 = {
      paths: scope.paths,
      config,
      today: scope.today,
      policyRoot: baseDir,
      ...changedFiles ? { changedFiles } : {},
      ...scope.render === false ? { render: false } : {}
    };
    const rules = loadActiveRules(baseDir, config);
    checkReviewRuleIds(config, rules);
    const oldObjectRules = rules.some((r) => readsOldObject(r.check));
    const mode = needsObjects || oldObjectRules ? "all" : "policy";
    const base = await timed(
      "base scan",
      () => scanWithRenders({ ...common2, root: baseDir, records: "all" })
    );
    const admission = baseAdmission(baseDir, config, base.records);
    const head = await timed(
      "head scan",
      () => scanWithRenders({
        ...common2,
        root: scope.workspace,
        records: mode,
        ...oldObjectRules || admission ? { oldObjects: oldObjectsOf(base.records) } : {},
        ...admission ? { admission } : {}
      })
    );
    if (mode !== "all") base.records = base.records.filter((r) => keepsRecord(mode, r));
    if (admission) head.findings = withDeletedPolicies(head.findings, scope.workspace);
    const comparison = compareWithBase(head, base);
    const rbac = rbacOutcome(base.records, head.records, { ...config.waivers, today: scope.today });
    rbac.findings = withRuleSettings(rbac.findings, config.rules);
    head.findings = sortFindings([...head.findings, ...rbac.findings]);
    comparison.newFindings = [...comparison.newFindings, ...rbac.findings];
    const policyFiles = changedPolicyFiles(
      baseDir,
      scope.workspace,
      scope.configFile,
      config,
      admissionObjectFiles([...base.records, ...head.records])
    );
    const triggered = triggeredRequirements(
      config.reviews,
      {
        newFindings: comparison.newFindings,
        changedFiles: changedFiles ?? await changedPaths(scope.workspace, scope.baseSha),
        resources: mode === "all" ? resourceChanges(base.records, head.records) : [],
        rbac: rbac.changes,
        waivers: waiverChanges(head.findings, base.findings),
        policyFiles
      },
      { rbacLocation: rbac.locationOf, rbacFingerprint: rbac.fingerprintOf }
    );
    const untouched = scope.complete && changedFiles && scope.render !== false ? (await timed(
      "untouched charts",
      () => scanWithRenders({
        ...common2,
        root: scope.workspace,
        changedFiles: void 0,
        unaffectedBy: changedFiles,
        skipPlainFiles: true
      })
    )).findings : [];
    return { config, head, comparison, rbac, triggered, policyFiles, untouched };
  } finally {
    await fsPromises().rm(baseDir, { recursive: true, force: true });
  }
}

// src/report/policies-text.ts
var whereKey = (kind, name) => `${kind}/${name}`;
var param = (p) => p.namespace ? `${p.namespace}/${p.name}` : p.name;
function policiesText(report) {
  const { description: d, where, objects: objects2 } = report;
  const at2 = (kind, name) => {
    const r = where.get(whereKey(kind, name));
    return r ? ` (${r.location.file}:${r.location.line})` : "";
  };
  const lines = [];
  lines.push(`Admission policies: ${d.policies.length}`);
  for (const p of d.policies) {
    lines.push(
      `  ${p.name}${at2("ValidatingAdmissionPolicy", p.name)}: failurePolicy ${p.failurePolicy}`
    );
    if (p.paramKind)
      lines.push(
        `    params: ${p.paramKind.kind} (${p.paramKind.apiVersion}), ${p.paramsFound.length ? `found ${p.paramsFound.map(param).join(", ")}` : "none found"}`
      );
    if (p.bindings.length === 0) lines.push("    no binding: it validates nothing");
  }
  lines.push("", `Bindings: ${d.bindings.length}`);
  for (const b of d.bindings) {
    const ref = b.paramRef ? `, paramRef ${b.paramRef.name ?? (b.paramRef.selector ? "by selector" : "(none)")}${b.paramRef.namespace ? ` in ${b.paramRef.namespace}` : ""} (not found: ${b.paramRef.parameterNotFoundAction})` : "";
    lines.push(
      `  ${b.name}${at2("ValidatingAdmissionPolicyBinding", b.name)} -> ${b.policy}${b.policyFound ? "" : " (no such policy: it does nothing)"}: ${b.validationActions.join(", ") || "no action"}${ref}`
    );
    lines.push(`    matches ${b.matches.length} object${b.matches.length === 1 ? "" : "s"}`);
    for (const m of b.matches) {
      const o = objects2[m.objectIndex];
      const notes = [
        ...m.params.length ? [`params ${m.params.map(param).join(", ")}`] : [],
        ...m.paramError ? [`params: ${m.paramError}`] : [],
        ...m.namespaceLabelsUnknown ? ["namespace's labels unknown: taken to match"] : []
      ];
      lines.push(
        `      ${o.id} (${o.location.file}:${o.location.line})${notes.length ? `: ${notes.join("; ")}` : ""}`
      );
    }
  }
  if (d.problems.length) {
    lines.push("", "Problems (the API server would refuse these):");
    for (const p of d.problems) lines.push(`  ${p.kind} ${p.name}, ${p.field}: ${p.message}`);
  }
  return `${lines.join("\n")}
`;
}

// src/pipeline/describe-policies.ts
async function policiesReport(options) {
  const { config } = options;
  const scanned = await scanWithRenders({ ...options, records: "all" });
  const folders2 = readPolicyPaths(options.root, config);
  const sources = admissionSources(config, sourcesOf(folders2, scanned.records)).records;
  const of = (kind) => sources.filter((r) => r.kind === kind);
  const namespaces = /* @__PURE__ */ new Map();
  for (const [name, { labels }] of Object.entries(config.namespaces)) namespaces.set(name, labels);
  const description = describePolicies({
    objects: scanned.records.map((r) => ({ object: r.object, operation: "CREATE" })),
    policies: of(ADMISSION_POLICY_KIND).map((r) => r.object),
    bindings: of(ADMISSION_BINDING_KIND).map((r) => r.object),
    namespaces,
    paramObjects: [...folders2, ...scanned.records].map((r) => r.object),
    celEnvironment: kubernetesCelEnvironment()
  });
  const where = /* @__PURE__ */ new Map();
  for (const r of [...of(ADMISSION_POLICY_KIND), ...of(ADMISSION_BINDING_KIND)]) {
    const key = whereKey(r.kind, nameOf2(r.object));
    if (!where.has(key)) where.set(key, r);
  }
  return { description, where, objects: scanned.records };
}

// src/report/markdown-reviews.ts
function approversText(approvers) {
  return approvers.map((a) => a.startsWith("@") ? a : `@${a}`).join(", ");
}

// src/report/change.ts
function changeReport(pull) {
  return {
    newFindings: pull.comparison.newFindings.length,
    fixed: pull.comparison.fixed.length,
    rbac: pull.rbac.changes.map(describeChange),
    requiredReviews: pull.triggered.map((t) => ({
      name: t.requirement.name,
      approvers: t.requirement.approvers,
      triggers: t.triggers.map((x) => ({
        what: x.what,
        ...x.location ? { file: x.location.file, line: x.location.line } : {}
      }))
    })),
    policyFiles: pull.policyFiles
  };
}
function changeText(pull) {
  const lines = [];
  if (pull.rbac.changes.length) {
    lines.push("", "Permission changes (RBAC):");
    for (const c of pull.rbac.changes)
      lines.push(`  ${c.danger ? "!" : c.direction === "gains" ? "+" : "-"} ${describeChange(c)}`);
  }
  if (pull.triggered.length) {
    lines.push(
      "",
      "Required reviews this change triggers (approvals are checked by the GitHub Action, not here):"
    );
    for (const t of pull.triggered) {
      lines.push(`  ${t.requirement.name}: from ${approversText(t.requirement.approvers)}`);
      for (const x of t.triggers)
        lines.push(
          `    - ${x.what}${x.location ? ` (${x.location.file}:${x.location.line})` : ""}`
        );
    }
  }
  return lines.length ? `
${lines.join("\n")}` : "";
}

// src/model/version.ts
function kubegateVersion() {
  if (true) return "0.1.0";
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

// src/cli.ts
tuneJit();
tuneYoungGeneration();
var util3 = lazyBuiltin("node:util");
var USAGE = `kubegate: a policy gate for Kubernetes configuration

Usage:
  kubegate scan [paths...] [options]   scan manifests (default: the current folder)
  kubegate rules [--format text|json]  list the rules
  kubegate policies [paths...] [--format text|json] [--config FILE] [--root DIR] [--no-render]
                                       list the admission policies, bindings and params found,
                                       and what each binding matches
  kubegate --help | --version

Scan options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --config FILE              config file (default: .kubegate.yaml when present)
  --fail-on LEVEL            critical|high|medium|low|none (default: the config's failOn, else high)
  --root DIR                 repository root; paths in reports are relative to it (default: .)
  --category NAME            SARIF run category (runs[].automationDetails.id)
  --base REF                 also scan commit REF (a branch, tag or commit of the git repository
                             at --root) and fail only on findings that are new since REF
  --no-render                do not render Helm charts and Kustomize roots (rendered by default
                             when found; needs helm / kubectl on PATH or KUBEGATE_HELM / KUBEGATE_KUBECTL)

Exit codes: 0 nothing fails, 1 findings at or above the threshold, 2 usage or config error.
`;
function usageError(message) {
  throw new ConfigurationError(`${message}

${USAGE}`);
}
function isFailOn(v) {
  return v === "none" || SEVERITIES.includes(v);
}
async function runScan(args) {
  const { values, positionals } = util3().parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      output: { type: "string" },
      config: { type: "string" },
      "fail-on": { type: "string" },
      root: { type: "string", default: "." },
      category: { type: "string" },
      "no-render": { type: "boolean", default: false },
      base: { type: "string" }
    }
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "sarif")
    usageError(`unknown --format "${format}"`);
  const failOnArg = values["fail-on"];
  if (failOnArg !== void 0 && !isFailOn(failOnArg))
    usageError(`unknown --fail-on "${failOnArg}"`);
  const root = values.root;
  const baseSha = values.base === void 0 ? void 0 : await resolveCommit(root, values.base);
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const pull = baseSha ? await evaluatePullRequest({
    workspace: root,
    baseSha,
    configFile: values.config ?? "",
    paths: positionals,
    today,
    render: !values["no-render"]
  }) : void 0;
  const config = pull?.config ?? loadConfig(root, values.config);
  const failOn = failOnArg ?? config.failOn;
  const started2 = Date.now();
  const showProgress = Boolean(process.stderr.isTTY);
  const result = pull?.head ?? await scanWithRenders({
    root,
    paths: positionals,
    config,
    render: !values["no-render"],
    today,
    // The threads that scan the files write their SARIF results too (sarif-prerender.ts).
    sarifResults: format === "sarif",
    onProgress: (done, total) => {
      if (showProgress && Date.now() - started2 > 1e3)
        process.stderr.write(`\rkubegate: scanned ${done}/${total} files`);
    }
  });
  if (showProgress && Date.now() - started2 > 1e3) process.stderr.write("\n");
  for (const w of result.warnings) process.stderr.write(`kubegate: warning: ${w}
`);
  const unmatched = unmatchedPathsError(result.unmatchedPaths);
  if (unmatched) throw unmatched;
  const nothing = positionals.length === 0 && config.paths.length === 0 ? nothingFoundNotice(
    { files: result.files, resources: result.resources, findings: result.findings.length },
    resolve9(root)
  ) : void 0;
  if (nothing) process.stderr.write(`kubegate: notice: ${nothing}
`);
  const comparison = pull?.comparison;
  if (pull && values.base) {
    process.stderr.write(
      `kubegate: compared with ${values.base} (${baseSha?.slice(0, 7)}): ${pull.comparison.newFindings.length} new, ${pull.comparison.fixed.length} fixed
`
    );
    if (pull.policyFiles.length)
      process.stderr.write(
        `kubegate: the policy differs from ${values.base}'s (${pull.policyFiles.join(", ")}); ${values.base}'s applies, as on a pull request
`
      );
  }
  const gate = decideGate(result.findings, failOn, comparison?.newFindings);
  const failCount = gate.failing.length;
  const version = kubegateVersion();
  let report;
  if (format === "sarif") {
    report = (values.output ? sarifTextParts : sarifTextPieces)(
      result.findings,
      result.rules,
      { version, category: values.category },
      config.rules.severity,
      result.sarifResults
    );
  } else if (format === "json") {
    report = [
      toJsonReport({
        tool: { name: "kubegate", version },
        result: failCount > 0 ? "fail" : "pass",
        summary: {
          files: result.files,
          resources: result.resources,
          findings: result.findings.length,
          failing: failCount,
          waived: result.findings.filter((f) => f.waiver).length
        },
        findings: result.findings,
        warnings: result.warnings,
        ...pull ? { change: changeReport(pull) } : {}
      })
    ];
  } else {
    const color = !values.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const body = toText(result.findings, result.rules, { color });
    const counts = SEVERITIES.map(
      (s) => `${result.findings.filter((f) => f.severity === s && !f.waiver).length} ${s}`
    ).join(", ");
    const change = pull ? changeText(pull) : "";
    report = [
      `${body}${change}

kubegate: ${result.files} files, ${result.resources} resources, ${result.findings.length} findings (${counts}; ${result.findings.filter((f) => f.waiver).length} waived)
${gate.reason ? `FAIL: ${gate.reason}` : failOn === "none" ? "PASS: --fail-on none, findings are reported but never fail" : `PASS: nothing at or above "${failOn}"`}
`
    ];
  }
  const pieces = withFinalNewline(report);
  if (values.output) writeTextFile(values.output, pieces);
  else for (const piece of pieces) process.stdout.write(piece);
  return failCount > 0 ? 1 : 0;
}
function listRules(args) {
  const { values } = util3().parseArgs({
    args,
    options: { format: { type: "string", default: "text" }, config: { type: "string" } }
  });
  const config = loadConfig(".", values.config);
  const rules = loadActiveRules(".", config);
  if (values.format === "json") {
    process.stdout.write(
      `${JSON.stringify(
        rules.map(({ evaluate: _e, ...r }) => r),
        null,
        2
      )}
`
    );
  } else {
    for (const r of rules)
      process.stdout.write(
        `${r.id.padEnd(34)} ${(config.rules.severity[r.id] ?? r.severity).padEnd(9)} ${r.title}
`
      );
  }
  return 0;
}
async function listPolicies(args) {
  const { values, positionals } = util3().parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      config: { type: "string" },
      root: { type: "string", default: "." },
      "no-render": { type: "boolean", default: false }
    }
  });
  if (values.format !== "text" && values.format !== "json")
    return usageError(`unknown --format "${values.format}"`);
  const config = loadConfig(values.root, values.config);
  const report = await policiesReport({
    root: values.root,
    paths: positionals,
    config,
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    render: !values["no-render"]
  });
  if (values.format === "json") {
    const { description, objects: objects2 } = report;
    const bindings = description.bindings.map((b) => ({
      ...b,
      matches: b.matches.map(({ objectIndex, ...m }) => ({
        object: objects2[objectIndex].id,
        location: objects2[objectIndex].location,
        ...m
      }))
    }));
    process.stdout.write(`${JSON.stringify({ ...description, bindings }, null, 2)}
`);
  } else process.stdout.write(policiesText(report));
  return 0;
}
async function main(argv) {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-v") {
      process.stdout.write(`${kubegateVersion()}
`);
      return 0;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === "scan") return await runScan(rest);
    if (command === "rules") return listRules(rest);
    if (command === "policies") return await listPolicies(rest);
    return usageError(`unknown command "${command}"`);
  } catch (e) {
    const code = e.code;
    if (e instanceof ConfigurationError || code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`kubegate: ${errorMessage(e)}
`);
      return 2;
    }
    process.stderr.write(
      `kubegate: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`
    );
    return 3;
  }
}
process.exitCode = await main(process.argv.slice(2));
function* withFinalNewline(pieces) {
  let last = "";
  for (const piece of pieces) {
    if (piece) last = piece;
    yield piece;
  }
  if (!last.endsWith("\n")) yield "\n";
}
export {
  main
};
