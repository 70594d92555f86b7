require('./sourcemap-register.js');/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 914:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issueCommand = issueCommand;
exports.issue = issue;
const os = __importStar(__nccwpck_require__(857));
const utils_1 = __nccwpck_require__(302);
/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 753:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


// For internal use, subject to change.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issueFileCommand = issueFileCommand;
exports.prepareKeyValueMessage = prepareKeyValueMessage;
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
const crypto = __importStar(__nccwpck_require__(982));
const fs = __importStar(__nccwpck_require__(896));
const os = __importStar(__nccwpck_require__(857));
const utils_1 = __nccwpck_require__(302);
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${(0, utils_1.toCommandValue)(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = (0, utils_1.toCommandValue)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 847:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summary = exports.markdownSummary = exports.SUMMARY_DOCS_URL = exports.SUMMARY_ENV_VAR = void 0;
const os_1 = __nccwpck_require__(857);
const fs_1 = __nccwpck_require__(896);
const { access, appendFile, writeFile } = fs_1.promises;
exports.SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
exports.SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[exports.SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${exports.SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs_1.constants.R_OK | fs_1.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os_1.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
exports.markdownSummary = _summary;
exports.summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, exports) => {


// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toCommandValue = toCommandValue;
exports.toCommandProperties = toCommandProperties;
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = require("path");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var command = __nccwpck_require__(914);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/file-command.js
var file_command = __nccwpck_require__(753);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __nccwpck_require__(302);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = require("node:string_decoder");
;// CONCATENATED MODULE: ./actions/lib/core/untrusted.ts
// Text from outside (registry bodies, manifests, labels, files, tool output) on its way to a log.
// The GitHub runner reads every line of a step's stdout and stderr as a possible command: a line
// ends at \n, \r or \r\n, and after its leading white space, `::name …::` or `##[name]` is a
// command (`::error`, `::add-mask::`, `::stop-commands::`). So every line that starts so is
// prefixed with a backslash, a visible character that no trimming or comparison skips.
// toolkit.ts and the CLI console apply it to everything they print; code never writes to
// stdout or stderr itself (test/unit/untrusted.test.ts checks that).

/** What a line from outside is prefixed with when it could be read as a runner command. */
const COMMAND_ESCAPE = '\\';
const LINE_BREAK = /\r\n|\r|\n/;
// White space as .NET's TrimStart sees it, plus what a culture-aware comparison ignores
// (format characters, combining marks), so no invisible character can hide a command.
const INVISIBLE = '[\\s\\p{Z}\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}\\u115f\\u1160\\u3164\\uffa0]';
const COMMAND_START = new RegExp(`^${INVISIBLE}*(::|##\\[)`, 'u');
// Controls a terminal acts on (cursor moves, clearing, bell), but colours (SGR) and tab stay.
// eslint-disable-next-line no-control-regex
const CONTROL = /\x1b\[[0-9;]*m|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const COMMAND_AFTER_BREAK = new RegExp(`(^|\\r\\n|\\r|\\n)(?=(?:(?![\\r\\n])${INVISIBLE})*(::|##\\[))`, 'gu');
const hex = (c) => (c.length > 1 ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
/** One line from outside, safe to print at the start of a log line. */
function guardLine(line) {
    const visible = line.replace(CONTROL, hex);
    return COMMAND_START.test(visible) ? COMMAND_ESCAPE + visible : visible;
}
/**
 * Text from outside, safe to print: its lines stay lines (a lone \r becomes \n), and none of
 * them can be read as a runner command or move a terminal's cursor.
 */
function untrusted(text) {
    return String(text).split(LINE_BREAK).map(guardLine).join('\n');
}
/**
 * The last guard before stdout or stderr: a line that could be read as a runner command is
 * escaped, and nothing else changes (line breaks, colours). For text already built, such as
 * the CLI's terminal log; text from outside goes through untrusted() or oneLine() first.
 */
function escapeCommands(text) {
    return String(text).replace(COMMAND_AFTER_BREAK, `$1${COMMAND_ESCAPE}`);
}
/**
 * A field that must stay on one line (a media type, a label, a registry's error message in a
 * progress line): line breaks are shown as `\n`, `\r`, and the rest as untrusted() does.
 */
function oneLine(text) {
    return guardLine(String(text)
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/[\u2028\u2029\u0085]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
/** At most `max` characters of a field from outside, on one line, with how much was left out. */
function clip(text, max = 200) {
    const line = oneLine(text);
    return line.length <= max ? line : `${line.slice(0, max)}… (${line.length - max} more characters)`;
}
/**
 * A list in a message: the first `max` items, then "and N more". The full list belongs in the
 * report, not in a log line or an annotation.
 */
function listSome(items, max = 5, separator = ', ') {
    if (items.length <= max)
        return items.join(separator);
    return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`;
}
/**
 * A stream of tool output, handed on line by line through untrusted(): a line is only judged
 * once it is whole, so a command split over two chunks is still caught. A line longer than
 * `maxLine` is cut (the rest of it is dropped up to its end).
 */
class LineGuard {
    write;
    maxLine;
    pending = '';
    dropping = false;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    /** `write` gets each line without its line break. */
    constructor(write, maxLine = 64 * 1024) {
        this.write = write;
        this.maxLine = maxLine;
    }
    push(chunk) {
        let text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        this.pending = '';
        let m;
        while ((m = LINE_BREAK.exec(text)) && !(m[0] === '\r' && m.index === text.length - 1)) {
            this.emit(text.slice(0, m.index));
            text = text.slice(m.index + m[0].length);
        }
        if (this.dropping)
            return;
        if (text.length > this.maxLine) {
            this.write(`${untrusted(text.slice(0, this.maxLine))}… (line cut)`);
            this.dropping = true;
            return;
        }
        this.pending = text;
    }
    emit(line) {
        if (this.dropping)
            this.dropping = false;
        else
            this.write(untrusted(line));
    }
    end() {
        const rest = this.pending + this.decoder.end();
        if (rest && !this.dropping)
            this.write(untrusted(rest));
        this.pending = '';
        this.dropping = false;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/summary.js
var summary = __nccwpck_require__(847);
;// CONCATENATED MODULE: ./actions/lib/core/toolkit.ts
// The parts of @actions/core the actions use, built on its own command modules. Its index also
// loads an OIDC client (and with it undici), which no action here needs and which was most of
// a bundle's start-up time; code imports this module, never '@actions/core' itself.






function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return (0,file_command.issueFileCommand)('OUTPUT', (0,file_command.prepareKeyValueMessage)(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    (0,command.issueCommand)('set-output', { name }, (0,utils.toCommandValue)(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return (0,file_command.issueFileCommand)('STATE', (0,file_command.prepareKeyValueMessage)(name, value));
    (0,command.issueCommand)('save-state', { name }, (0,utils.toCommandValue)(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** A log line; any line of it that the runner could read as a command is escaped (untrusted.ts). */
function info(message) {
    process.stdout.write(untrusted(message) + external_node_os_namespaceObject.EOL);
}
/** Text for stderr (a tool's own), escaped as info() escapes it. */
function infoStderr(message) {
    process.stderr.write(untrusted(message) + external_node_os_namespaceObject.EOL);
}
function debug(message) {
    (0,command.issueCommand)('debug', {}, message);
}
const annotate = (kind) => (message, properties = {}) => (0,command.issueCommand)(kind, (0,utils.toCommandProperties)(properties), message instanceof Error ? message.toString() : message);
const error = annotate('error');
const warning = annotate('warning');
const notice = annotate('notice');
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    (0,command.issue)('group', name);
    try {
        return await fn();
    }
    finally {
        (0,command.issue)('endgroup');
    }
}

;// CONCATENATED MODULE: ./actions/lib/core/errors.ts

/** A mistake in what the user gave us: reported as one `::error` line, never with a stack. */
class ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
/**
 * An expected failure of the thing being checked or built (a missing platform, an
 * unreachable registry, a failed build). Also reported without a stack.
 */
class CheckError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CheckError';
    }
}
/** A registry that could not be reached, refused the credentials, timed out or rate-limited us. */
class UnavailableError extends CheckError {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'UnavailableError';
    }
}
/** The kind of an HTTP status that says the registry would not answer (not that an image is absent). */
function unavailableKind(status) {
    if (status === 401 || status === 403)
        return 'refused';
    if (status === 429)
        return 'rate-limited';
    if (status === 408 || status >= 500)
        return 'unavailable';
    return undefined;
}
/** The registry answered that the image does not exist: every platform of it is missing. */
class NotFoundError extends CheckError {
    constructor(message) {
        super(message);
        this.name = 'NotFoundError';
    }
}
/** Builds the standard message for a bad input value. */
function errors_badInput(input, value, why) {
    return new ConfigurationError(`Input "${input}" has an invalid value "${value}": ${why}`);
}
/** An error's message without the "Input ... has an invalid value ..." lead of badInput. */
function whyOf(err) {
    const m = err instanceof Error ? err.message : String(err);
    return m.replace(/^Input "[^"]*" has an invalid value "[^"]*": /, '');
}
function isExpected(err) {
    return err instanceof ConfigurationError || err instanceof CheckError;
}
/**
 * The one place that fails the job. User mistakes and failed checks become a single
 * annotation; anything else is a bug and keeps its stack in the log.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (err) {
        if (isExpected(err)) {
            setFailed(err.message);
            return;
        }
        const e = err instanceof Error ? err : new Error(String(err));
        if (e.stack)
            info(e.stack);
        setFailed(e.message);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./actions/lib/core/limits.ts
// Every read of something from outside and every child process is bounded in size and time.
// The bounds live here, with their defaults; the `limits` input raises (or lowers) them, one
// `name=value` a line. docs/design.md lists them.

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const DEFAULT_LIMITS = {
    manifestBytes: 4 * MiB,
    configBytes: 16 * MiB,
    attemptMs: 60_000,
    requestMs: 120_000,
    imageMs: 600_000,
    blobBytesPerSecond: 10 * KiB,
    blobWindowMs: 60_000,
    toolMs: 600_000,
    buildMs: 7_200_000
};
/** The names a user writes in the `limits` input, and what each sets. */
const LIMIT_NAMES = {
    'manifest-size': { key: 'manifestBytes', kind: 'size' },
    'config-size': { key: 'configBytes', kind: 'size' },
    'request-attempt': { key: 'attemptMs', kind: 'time' },
    'request-deadline': { key: 'requestMs', kind: 'time' },
    'image-deadline': { key: 'imageMs', kind: 'time' },
    'blob-min-rate': { key: 'blobBytesPerSecond', kind: 'rate' },
    'blob-rate-window': { key: 'blobWindowMs', kind: 'time' },
    'tool-timeout': { key: 'toolMs', kind: 'time' },
    'build-timeout': { key: 'buildMs', kind: 'time' }
};
/** The user's name of a limit, for error messages: `the manifest-size limit (4 MiB)`. */
function limitName(key) {
    return Object.entries(LIMIT_NAMES).find(([, v]) => v.key === key)[0];
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    kib: KiB,
    kb: 1000,
    mib: MiB,
    mb: 1e6,
    gib: GiB,
    gb: 1e9
};
const TIME_UNITS = { ms: 1, s: 1000, '': 1000, m: 60_000, min: 60_000, h: 3_600_000 };
function parseAmount(text, units) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    const unit = m ? units[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        return undefined;
    const n = Math.round(Number(m[1]) * unit);
    return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
function parseValue(kind, text) {
    if (kind === 'size')
        return parseAmount(text, SIZE_UNITS);
    if (kind === 'time')
        return parseAmount(text, TIME_UNITS);
    if (kind === 'rate')
        return parseAmount(text.replace(/\/s$/i, ''), SIZE_UNITS);
    return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}
const EXAMPLE = { size: '8MiB', time: '5m, 90s', count: '20000', rate: '1KiB/s' };
/** The limits with the user's lines applied (`tool-timeout=20m`); a bad line names the input. */
function limits_parseLimits(input, lines) {
    const limits = { ...DEFAULT_LIMITS };
    for (const line of lines) {
        const at = line.indexOf('=');
        const name = (at < 0 ? line : line.slice(0, at)).trim();
        const spec = LIMIT_NAMES[name];
        if (!spec)
            throw badInput(input, line, `expected name=value, the name one of ${Object.keys(LIMIT_NAMES).join(', ')}`);
        const value = parseValue(spec.kind, line.slice(at + 1));
        if (at < 0 || value === undefined)
            throw badInput(input, line, `expected a positive ${spec.kind} for ${name}, such as ${name}=${EXAMPLE[spec.kind]}`);
        limits[spec.key] = value;
    }
    return limits;
}
/** `4 MiB`, `90 s`: a limit's value as a person reads it. */
function formatLimit(key, value) {
    const kind = LIMIT_NAMES[limitName(key)].kind;
    if (kind === 'count')
        return String(value);
    if (kind === 'time' && value < 1000)
        return `${value} ms`;
    if (kind === 'time')
        return value % 60_000 === 0 ? `${value / 60_000} min` : `${+(value / 1000).toFixed(1)} s`;
    const unit = value >= GiB ? ['GiB', GiB] : value >= MiB ? ['MiB', MiB] : value >= KiB ? ['KiB', KiB] : ['bytes', 1];
    return `${+(value / unit[1]).toFixed(1)} ${unit[0]}${kind === 'rate' ? '/s' : ''}`;
}
/**
 * `work`, or a LimitError naming `what` once `ms` have passed. The work itself is not stopped
 * (its own requests end at their own deadlines); its answer is no longer waited for.
 */
function within(work, ms, what, limit) {
    if (!ms)
        return work;
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new LimitError(what, limit, ms, 'not done in time')), ms);
        timer.unref();
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
/**
 * A deadline from now: past `ms`, `late` rejects with a LimitError naming `what` (race the work
 * against it), and `signal` stops the work with that same error as its reason (the registry
 * client's reads end with it, sockets closed). `stop()` once the work is done.
 */
function startDeadline(ms, what, limit) {
    const ctl = new AbortController();
    let timer;
    const late = new Promise((_, reject) => {
        if (!ms)
            return;
        timer = setTimeout(() => {
            const err = new LimitError(what, limit, ms, 'not done in time');
            reject(err);
            ctl.abort(err);
        }, ms);
        timer.unref();
    });
    late.catch(() => undefined);
    return { signal: ctl.signal, late, stop: () => clearTimeout(timer) };
}
/** Whether a failure's message says a limit was hit: trying again would only hit it again. */
const hitLimit = (message) => / (over|under) the [a-z-]+ limit of /.test(message ?? '');
/**
 * A read or a process stopped at one of the limits: the error names the limit and its value.
 * Nothing was proven either way, so it is unavailable (a timeout, for the limits of time).
 */
class LimitError extends UnavailableError {
    limit;
    constructor(what, limit, value, detail = '') {
        super(`${what}: ${detail ? `${detail}, ` : ''}${LIMIT_NAMES[limitName(limit)].kind === 'rate' ? 'under' : 'over'} the ${limitName(limit)} limit of ${formatLimit(limit, value)}`, ['size', 'count'].includes(LIMIT_NAMES[limitName(limit)].kind) ? 'unavailable' : 'timeout');
        this.limit = limit;
        this.name = 'LimitError';
    }
}

;// CONCATENATED MODULE: ./actions/lib/core/exec.ts






/** The last non-empty stderr line, which is where tools put the reason they failed. */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean);
    return lines.length ? lines[lines.length - 1] : '';
}
// Inputs can carry secrets (INPUT_SECRETS), and build secrets travel as ARCH_SECRET_<ID>.
const PRIVATE_ENV = /^(INPUT_|ARCH_SECRET_)/i;
/**
 * The environment of every child process: ours without INPUT_* and ARCH_SECRET_*, plus
 * `extra`, the only way a secret reaches a child (buildx reads `env=` secrets from its own).
 */
function childEnv(extra = {}, base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !PRIVATE_ENV.test(k))
            env[k] = v;
    return { ...env, ...extra };
}
/** What a tool was, for an error: its name and first arguments, cut short. */
function describe(tool, args) {
    const text = [external_node_path_namespaceObject.basename(tool), ...args.slice(0, 2)].join(' ');
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/**
 * Runs a tool, killed with every process it started once its limit has passed (the
 * `tool-timeout` limit unless `limit` says `build-timeout`): a LimitError naming the limit and the
 * tool. Argv goes to the debug log, never secrets: pass those through `input` or `env`, which is
 * all the child gets beyond childEnv(). A failure throws a CheckError carrying the tool's last
 * stderr line.
 */
async function exec_run(tool, args, opts = {}) {
    debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    // The tool's output is echoed line by line through the guard, never straight to stdout.
    const echo = !opts.silent;
    const out = new LineGuard(info);
    const err = new LineGuard(infoStderr);
    if (echo)
        info(`[command]${[tool, ...args].join(' ')}`);
    const limit = opts.limit ?? 'toolMs';
    const ms = opts.timeoutMs ?? DEFAULT_LIMITS[limit];
    const res = await spawnGroup(tool, args, {
        env: childEnv(opts.env),
        cwd: opts.cwd,
        input: opts.input,
        timeoutMs: ms,
        tail: true,
        ...(echo ? { onStdout: (d) => out.push(d), onStderr: (d) => err.push(d) } : {})
    });
    out.end();
    err.end();
    if (res.timedOut)
        throw new LimitError(describe(tool, args), limit, ms, 'killed with what it started');
    if (res.exitCode !== 0 && !opts.ignoreReturnCode) {
        const reason = lastLine(res.stderr) || lastLine(res.stdout) || `exit code ${res.exitCode}`;
        throw new CheckError(`${tool} ${args[0] ?? ''} failed: ${reason}`);
    }
    return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}
/** Kills a child and every process it started (its own process group, as `detached` makes it). */
function killGroup(pid) {
    if (!pid)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
/**
 * Starts a tool in its own process group (so that a timeout kills what it started too: helm's
 * plugins, a shell's children) and collects its output. Never throws for the tool's own failure;
 * `timedOut` says why it ended.
 */
function spawnGroup(tool, args, o) {
    const max = o.maxBytes ?? 256 * 1024 * 1024;
    return new Promise(resolve => {
        let timedOut = false;
        let why = '';
        const out = { stdout: '', stderr: '' };
        const child = (0,external_node_child_process_namespaceObject.spawn)(tool, args, {
            env: o.env ?? childEnv(),
            cwd: o.cwd,
            detached: true,
            stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
        });
        const stop = () => killGroup(child.pid);
        const keep = (key, echo) => (d) => {
            echo?.(d);
            if (out[key].length + d.length > max && !o.tail) {
                why = `${key} over ${max} bytes`;
                return stop();
            }
            out[key] = (out[key] + d.toString('utf8')).slice(-max);
        };
        child.stdout.on('data', keep('stdout', o.onStdout));
        child.stderr.on('data', keep('stderr', o.onStderr));
        child.stdin?.on('error', () => undefined); // a tool that exits before reading its input
        child.stdin?.end(o.input === undefined ? undefined : Buffer.from(o.input));
        const timer = o.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                why = `timed out after ${+((o.timeoutMs ?? 0) / 1000).toFixed(1)} s`;
                stop();
            }, o.timeoutMs)
            : undefined;
        if (o.signal?.aborted)
            stop();
        o.signal?.addEventListener('abort', stop, { once: true });
        const done = (exitCode) => {
            clearTimeout(timer);
            o.signal?.removeEventListener('abort', stop);
            const stderr = why ? `${out.stderr}${why}\n` : out.stderr;
            resolve({ exitCode, stdout: out.stdout, stderr, timedOut });
        };
        child.on('error', err => {
            why = why || err.message; // it did not start
            done(1);
        });
        child.on('close', (code) => done(code ?? 1));
    });
}
/**
 * Runs a tool for its output, killed past `timeoutMs` with every process it started: for tools
 * that may wait on a network that is not there, or loop. Never throws for the tool's own failure;
 * `timedOut` says why it ended.
 */
function runCaptured(tool, args, opts = {}) {
    debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    return spawnGroup(tool, args, opts);
}
/** A tool's output, quiet; a failing exit code is returned, not thrown; killed past `timeoutMs`. */
const quietRun = (tool, args, opts) => runCaptured(tool, args, opts);
/** True when the tool exists on PATH and answers. */
async function which(tool) {
    try {
        const io = await __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.t.bind(__nccwpck_require__, 994, 23));
        return (await io.which(tool, false)) !== '';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/lib/setup/buildx.ts


/** The argv that creates a docker-container builder. */
function createBuilderArgs(opts) {
    return [
        'buildx',
        'create',
        '--name',
        opts.name,
        '--driver',
        'docker-container',
        '--driver-opt',
        `image=${opts.buildkitImage}`,
        ...(opts.hostNetwork ? ['--driver-opt', 'network=host'] : []),
        '--platform',
        opts.platforms.join(','),
        ...(opts.use === false ? [] : ['--use'])
    ];
}
/** The builder buildx uses now (the one `--use` replaces), and its driver ('' when buildx cannot say). */
async function inspectCurrent(exec = exec_run) {
    const res = await exec('docker', ['buildx', 'inspect'], { silent: true, ignoreReturnCode: true });
    return {
        name: res.stdout.match(/^Name:\s*(\S+)/m)?.[1] ?? 'default',
        driver: res.stdout.match(/^Driver:\s*(\S+)/m)?.[1] ?? ''
    };
}
/** The builder buildx uses now (the one `--use` replaces). */
async function currentBuilder(exec = exec_run) {
    return (await inspectCurrent(exec)).name;
}
/**
 * Creates and bootstraps a builder. The docker driver needs none: it is the daemon's own
 * BuildKit, so we only report its name. A failed bootstrap removes the new builder and
 * puts the previous one back in use before it throws.
 */
async function setupBuilder(opts, deps = {}) {
    const exec = deps.exec ?? exec_run;
    await exec('docker', ['buildx', 'version']);
    if (opts.driver === 'docker') {
        return { name: await currentBuilder(exec), driver: 'docker', created: false };
    }
    const previous = await currentBuilder(exec);
    await exec('docker', createBuilderArgs(opts));
    const created = { name: opts.name, previous };
    deps.onCreated?.(created);
    try {
        await exec('docker', ['buildx', 'inspect', '--bootstrap', opts.name]);
    }
    catch (err) {
        await removeBuilder(created, exec);
        throw err;
    }
    return { name: opts.name, driver: 'docker-container', created: true };
}
/**
 * Removes a builder we created and puts the previous one back in use. Safe to run twice
 * (after a failed bootstrap and again in the post step); clean-up never fails a job.
 */
async function removeBuilder(created, exec = exec_run) {
    const exists = await exec('docker', ['buildx', 'inspect', created.name], {
        silent: true,
        ignoreReturnCode: true
    });
    try {
        if (exists.exitCode === 0)
            await exec('docker', ['buildx', 'rm', created.name]);
        if ((await currentBuilder(exec)) !== created.previous) {
            await exec('docker', ['buildx', 'use', created.previous]);
        }
    }
    catch (err) {
        warning(`Could not remove builder ${created.name} or restore ${created.previous}: ${err.message}`);
    }
}
// The post step's state: the builder we created and the one that was in use before.
const STATE = { name: 'builder', previous: 'previous-builder' };
/** Saved before bootstrap, so the post step cleans up even when bootstrap fails. */
function saveCreatedBuilder(created) {
    saveState(STATE.name, created.name);
    saveState(STATE.previous, created.previous);
}
/** Post step: removes the builder the main step created (if any) and puts the previous one back in use. */
async function removeSavedBuilder(exec = exec_run) {
    const name = getState(STATE.name);
    if (name)
        await removeBuilder({ name, previous: getState(STATE.previous) || 'default' }, exec);
}
/** A registry host on this machine's loopback (`localhost:5000`, `127.0.0.1:5000`, `[::1]:5000`). */
function isLoopback(registry) {
    const host = registry
        .replace(/:\d+$/, '')
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/**
 * The builder a `buildx` build runs on. `docker` keeps whatever builder is in use. Otherwise a
 * docker-container builder in use is kept, and when only the docker driver is there one is
 * created, not made current (the caller names it in BUILDX_BUILDER) and removed by the post step.
 * If it cannot start (its BuildKit image cannot be pulled), `auto` warns and builds with the docker
 * driver; `docker-container` fails.
 */
async function builderFor(choice, opts, deps = {}) {
    if (choice === 'docker')
        return {};
    const exec = deps.exec ?? run;
    const current = await inspectCurrent(exec);
    if (current.driver && current.driver !== 'docker') {
        core.info(`buildx builder ${current.name} (driver ${current.driver}) is in use`);
        return { driver: 'docker-container' };
    }
    try {
        // A BuildKit container has a network of its own: a registry on this host's loopback needs the host's.
        const { registry, ...builder } = opts;
        const hostNetwork = registry !== undefined && isLoopback(registry);
        await setupBuilder({ ...builder, driver: 'docker-container', use: false, hostNetwork }, deps);
        return { driver: 'docker-container', created: opts.name };
    }
    catch (err) {
        if (choice === 'docker-container')
            throw err;
        core.warning(`No docker-container builder: ${err.message}. Building with the docker driver instead: ` +
            'each platform is pushed to a staging tag, cache auto means none, and provenance and sbom are off');
        return { driver: 'docker' };
    }
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(928);
;// CONCATENATED MODULE: ./actions/lib/core/specs.generated.ts
// Generated by scripts/gen-specs.js from every action.yml. Do not edit by hand:
// run "node scripts/gen-specs.js" (a unit test fails when this file is stale).
/** build/action.yml */
const BUILD = {
    inputs: {
        image: { name: 'image', default: '', required: true },
        mode: { name: 'mode', default: 'all', choices: ['all', 'shard'] },
        platforms: { name: 'platforms', default: 'linux/amd64,linux/arm64' },
        platform: { name: 'platform', default: '' },
        builder: { name: 'builder', default: 'buildx', choices: ['buildx', 'buildah', 'command'] },
        command: { name: 'command', default: '' },
        context: { name: 'context', default: '.' },
        file: { name: 'file', default: '' },
        target: { name: 'target', default: '' },
        'build-args': { name: 'build-args', default: '' },
        labels: { name: 'labels', default: '' },
        annotations: { name: 'annotations', default: '' },
        secrets: { name: 'secrets', default: '' },
        provenance: { name: 'provenance', default: 'false' },
        sbom: { name: 'sbom', default: 'false' },
        cache: { name: 'cache', default: 'auto', choices: ['auto', 'gha', 'registry', 'none'] },
        'cache-scope': { name: 'cache-scope', default: '' },
        'digests-dir': { name: 'digests-dir', default: '' },
        'archives-dir': { name: 'archives-dir', default: '' },
        digests: { name: 'digests', default: '' },
        'required-platforms': { name: 'required-platforms', default: '' },
        tags: { name: 'tags', default: '' },
        'immutable-tags': {
            name: 'immutable-tags',
            default: '^v?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?$'
        },
        overwrite: { name: 'overwrite', default: 'false' },
        'tag-after': { name: 'tag-after', default: 'verify', choices: ['verify', 'e2e', 'merge'] },
        push: { name: 'push', default: 'true' },
        'insecure-registries': { name: 'insecure-registries', default: '' },
        limits: { name: 'limits', default: '' },
        summary: { name: 'summary', default: 'true' },
        qemu: { name: 'qemu', default: 'auto', choices: ['auto', 'true', 'false'] },
        'binfmt-source': { name: 'binfmt-source', default: 'auto', choices: ['image', 'host', 'auto'] },
        'buildkit-image': { name: 'buildkit-image', default: 'moby/buildkit:v0.23.2' },
        driver: { name: 'driver', default: 'auto', choices: ['auto', 'docker-container', 'docker'] },
        verify: { name: 'verify', default: 'true' },
        deep: { name: 'deep', default: 'true' },
        'e2e-command': { name: 'e2e-command', default: 'uname -m' },
        'e2e-args': { name: 'e2e-args', default: '' },
        'signing-key': { name: 'signing-key', default: '' },
        'signing-key-password': { name: 'signing-key-password', default: '' },
        'github-token': { name: 'github-token', default: '${{ github.token }}' },
        'pr-comment': { name: 'pr-comment', default: 'true' }
    },
    outputs: {
        digest: 'digest',
        digests: 'digests',
        tags: 'tags',
        'native-platforms': 'native-platforms',
        'emulated-platforms': 'emulated-platforms',
        verified: 'verified',
        proofs: 'proofs'
    }
};
/** actions/build-multiarch/action.yml */
const BUILD_MULTIARCH = {
    inputs: {
        mode: { name: 'mode', default: 'all', choices: ['plan', 'shard', 'merge', 'tag', 'all'] },
        image: { name: 'image', default: '' },
        platforms: { name: 'platforms', default: 'linux/amd64,linux/arm64' },
        platform: { name: 'platform', default: '' },
        'runner-map': {
            name: 'runner-map',
            default: 'linux/amd64=ubuntu-24.04\nlinux/arm64=ubuntu-24.04-arm\ndefault=ubuntu-24.04\n'
        },
        builder: { name: 'builder', default: 'buildx', choices: ['buildx', 'buildah', 'command'] },
        command: { name: 'command', default: '' },
        context: { name: 'context', default: '.' },
        file: { name: 'file', default: '' },
        target: { name: 'target', default: '' },
        'build-args': { name: 'build-args', default: '' },
        labels: { name: 'labels', default: '' },
        annotations: { name: 'annotations', default: '' },
        secrets: { name: 'secrets', default: '' },
        provenance: { name: 'provenance', default: 'false' },
        sbom: { name: 'sbom', default: 'false' },
        cache: { name: 'cache', default: 'auto', choices: ['auto', 'gha', 'registry', 'none'] },
        'cache-scope': { name: 'cache-scope', default: '' },
        'digests-dir': { name: 'digests-dir', default: '' },
        'archives-dir': { name: 'archives-dir', default: '' },
        digests: { name: 'digests', default: '' },
        'required-platforms': { name: 'required-platforms', default: '' },
        tags: { name: 'tags', default: '' },
        'immutable-tags': {
            name: 'immutable-tags',
            default: '^v?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?$'
        },
        overwrite: { name: 'overwrite', default: 'false' },
        'tag-after': { name: 'tag-after', default: 'verify', choices: ['verify', 'e2e', 'merge'] },
        digest: { name: 'digest', default: '' },
        checks: { name: 'checks', default: '' },
        proof: { name: 'proof', default: 'use', choices: ['use', 'require', 'ignore'] },
        'proof-key': { name: 'proof-key', default: '' },
        'proof-identity': { name: 'proof-identity', default: '' },
        'proof-issuer': { name: 'proof-issuer', default: 'https://token.actions.githubusercontent.com' },
        'proof-trusted-root': { name: 'proof-trusted-root', default: '' },
        'signing-key': { name: 'signing-key', default: '' },
        'signing-key-password': { name: 'signing-key-password', default: '' },
        'github-token': { name: 'github-token', default: '${{ github.token }}' },
        push: { name: 'push', default: 'true' },
        'insecure-registries': { name: 'insecure-registries', default: '' },
        limits: { name: 'limits', default: '' },
        summary: { name: 'summary', default: 'true' }
    },
    outputs: { matrix: 'matrix', digest: 'digest', digests: 'digests', tags: 'tags', proofs: 'proofs' }
};
/** actions/run-arm64-e2e/action.yml */
const RUN_ARM64_E2E = {
    inputs: {
        level: { name: 'level', default: 'container', choices: ['container', 'cluster', 'compare'] },
        images: { name: 'images', default: '' },
        platforms: { name: 'platforms', default: 'linux/arm64' },
        baseline: { name: 'baseline', default: 'linux/amd64' },
        command: { name: 'command', default: 'uname -m' },
        args: { name: 'args', default: '' },
        timeout: { name: 'timeout', default: '120' },
        runtime: { name: 'runtime', default: 'docker', choices: ['docker', 'podman'] },
        'insecure-registries': { name: 'insecure-registries', default: '' },
        chart: { name: 'chart', default: '' },
        'chart-repo': { name: 'chart-repo', default: '' },
        'chart-version': { name: 'chart-version', default: '' },
        values: { name: 'values', default: '' },
        set: { name: 'set', default: '' },
        'image-values': { name: 'image-values', default: '' },
        namespace: { name: 'namespace', default: 'openebs' },
        'storage-class': { name: 'storage-class', default: 'openebs-hostpath' },
        engine: { name: 'engine', default: 'hostpath', choices: ['hostpath', 'zfs', 'lvm', 'mayastor'] },
        perf: { name: 'perf', default: 'off', choices: ['off', 'on', 'baseline'] },
        'perf-image': { name: 'perf-image', default: '' },
        'test-command': { name: 'test-command', default: '' },
        'diagnostics-dir': { name: 'diagnostics-dir', default: '' },
        'artifact-name': { name: 'artifact-name', default: 'arm64-e2e-diagnostics' },
        'perf-baseline': { name: 'perf-baseline', default: '' },
        'perf-candidate': { name: 'perf-candidate', default: '' },
        'perf-tolerance': { name: 'perf-tolerance', default: '' },
        'perf-chart': { name: 'perf-chart', default: '' },
        report: { name: 'report', default: '' },
        limits: { name: 'limits', default: '' },
        summary: { name: 'summary', default: 'true' }
    },
    outputs: {
        ok: 'ok',
        report: 'report',
        diagnostics: 'diagnostics',
        'perf-record': 'perf-record',
        'perf-verdict': 'perf-verdict',
        'perf-chart': 'perf-chart'
    }
};
/** actions/setup-qemu-buildx/action.yml */
const SETUP_QEMU_BUILDX = {
    inputs: {
        platforms: { name: 'platforms', default: 'linux/amd64,linux/arm64' },
        qemu: { name: 'qemu', default: 'auto', choices: ['auto', 'true', 'false'] },
        'binfmt-source': { name: 'binfmt-source', default: 'auto', choices: ['image', 'host', 'auto'] },
        'binfmt-image': { name: 'binfmt-image', default: 'tonistiigi/binfmt:qemu-v7.0.0-28' },
        verify: { name: 'verify', default: 'true' },
        buildx: { name: 'buildx', default: 'true' },
        driver: { name: 'driver', default: 'docker-container', choices: ['docker-container', 'docker'] },
        'buildkit-image': { name: 'buildkit-image', default: 'moby/buildkit:v0.23.2' },
        'builder-name': { name: 'builder-name', default: '' },
        summary: { name: 'summary', default: 'true' }
    },
    outputs: {
        'native-platforms': 'native-platforms',
        'emulated-platforms': 'emulated-platforms',
        platforms: 'platforms',
        builder: 'builder',
        driver: 'driver'
    }
};
/** actions/verify-platforms/action.yml */
const VERIFY_PLATFORMS = {
    inputs: {
        images: { name: 'images', default: '' },
        chart: { name: 'chart', default: '' },
        values: { name: 'values', default: '' },
        set: { name: 'set', default: '' },
        'kube-version': { name: 'kube-version', default: '' },
        helm: { name: 'helm', default: 'pinned' },
        manifests: { name: 'manifests', default: '' },
        dockerfiles: { name: 'dockerfiles', default: '' },
        'build-args': { name: 'build-args', default: '' },
        target: { name: 'target', default: '' },
        platforms: { name: 'platforms', default: 'linux/amd64,linux/arm64' },
        deep: { name: 'deep', default: 'false' },
        allow: { name: 'allow', default: '' },
        'registry-mirrors': { name: 'registry-mirrors', default: '' },
        'insecure-registries': { name: 'insecure-registries', default: '' },
        'fail-on': { name: 'fail-on', default: 'unknown', choices: ['unknown', 'missing', 'never'] },
        lint: { name: 'lint', default: 'true', choices: ['true', 'false', 'only'] },
        'lint-fail-on': { name: 'lint-fail-on', default: 'error', choices: ['error', 'warning', 'never'] },
        report: { name: 'report', default: '' },
        concurrency: { name: 'concurrency', default: '32' },
        proof: { name: 'proof', default: 'use', choices: ['use', 'require', 'ignore'] },
        'proof-key': { name: 'proof-key', default: '' },
        'proof-identity': { name: 'proof-identity', default: '' },
        'proof-issuer': { name: 'proof-issuer', default: 'https://token.actions.githubusercontent.com' },
        'proof-trusted-root': { name: 'proof-trusted-root', default: '' },
        'result-cache': { name: 'result-cache', default: 'true' },
        'result-cache-dir': { name: 'result-cache-dir', default: '' },
        'signing-key': { name: 'signing-key', default: '' },
        'signing-key-password': { name: 'signing-key-password', default: '' },
        'github-token': { name: 'github-token', default: '${{ github.token }}' },
        'pr-comment': { name: 'pr-comment', default: 'true' },
        limits: { name: 'limits', default: '' },
        summary: { name: 'summary', default: 'true' }
    },
    outputs: {
        verdict: 'verdict',
        ok: 'ok',
        missing: 'missing',
        unknown: 'unknown',
        checked: 'checked',
        findings: 'findings',
        report: 'report',
        matrix: 'matrix',
        proofs: 'proofs'
    }
};

;// CONCATENATED MODULE: ./actions/lib/oci/types.ts
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json'
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const MANIFEST_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/** Every manifest media type this project reads, for an Accept header. */
const ALL_MANIFEST_TYPES = [...INDEX_TYPES, ...MANIFEST_TYPES];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
function isManifestMediaType(mediaType) {
    return MANIFEST_TYPES.has(mediaType);
}
/** Attestation manifests (buildx provenance/SBOM) sit in an index as unknown/unknown. */
function types_isAttestation(d) {
    return (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown'));
}

;// CONCATENATED MODULE: ./actions/lib/oci/platform.ts


// Every spelling we accept, mapped to the OCI architecture and its default variant.
const ARCH_ALIASES = {
    amd64: { architecture: 'amd64' },
    x86_64: { architecture: 'amd64' },
    'x86-64': { architecture: 'amd64' },
    x64: { architecture: 'amd64' },
    arm64: { architecture: 'arm64' },
    aarch64: { architecture: 'arm64' },
    armv8: { architecture: 'arm64' },
    armv8l: { architecture: 'arm64' },
    arm: { architecture: 'arm', variant: 'v7' },
    armhf: { architecture: 'arm', variant: 'v7' },
    armv7: { architecture: 'arm', variant: 'v7' },
    armv7l: { architecture: 'arm', variant: 'v7' },
    armel: { architecture: 'arm', variant: 'v6' },
    armv6: { architecture: 'arm', variant: 'v6' },
    armv6l: { architecture: 'arm', variant: 'v6' },
    '386': { architecture: '386' },
    i386: { architecture: '386' },
    i686: { architecture: '386' },
    ppc64le: { architecture: 'ppc64le' },
    s390x: { architecture: 's390x' },
    riscv64: { architecture: 'riscv64' },
    mips64le: { architecture: 'mips64le' },
    loong64: { architecture: 'loong64' }
};
/**
 * Every platform an action accepts: the Linux platforms a runner builds and runs natively or
 * under QEMU. setup's QEMU tables cover each one, so no action accepts what another refuses.
 */
const SUPPORTED_PLATFORMS = [
    'linux/amd64',
    'linux/arm64',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
    'linux/mips64le',
    'linux/loong64'
];
const SUPPORTED = `supported: ${SUPPORTED_PLATFORMS.join(', ')}`;
/** The machine name `uname -m` prints on each architecture. */
const UNAME_MACHINE = {
    'linux/amd64': 'x86_64',
    'linux/arm64': 'aarch64',
    'linux/arm/v7': 'armv7l',
    'linux/arm/v6': 'armv6l',
    'linux/386': 'i686',
    'linux/ppc64le': 'ppc64le',
    'linux/s390x': 's390x',
    'linux/riscv64': 'riscv64'
};
function normaliseVariant(architecture, variant) {
    const v = variant?.toLowerCase();
    if (architecture === 'arm64')
        return v === undefined || v === 'v8' || v === '' ? undefined : v;
    if (architecture === 'arm')
        return v && v !== '' ? v : 'v7';
    return v || undefined;
}
/** Normalises aliases without judging support; undefined when the value is not a platform. */
function normalise(raw) {
    const parts = raw.toLowerCase().split('/');
    if (parts.length > 3)
        return undefined;
    const [os, arch, variant] = parts.length === 1 ? ['linux', parts[0]] : parts;
    const alias = ARCH_ALIASES[arch];
    if (!os || !alias)
        return undefined;
    const v = normaliseVariant(alias.architecture, variant ?? alias.variant);
    return v ? { os, architecture: alias.architecture, variant: v } : { os, architecture: alias.architecture };
}
// Callers in the actions name their input; the default serves tests and data that is not an input.
const PLATFORM_LABEL = 'platform string';
/**
 * The one platform validator of every action. Parses `os/arch[/variant]` or a bare
 * architecture (`aarch64`), normalising aliases (`linux/arm64/v8` = `linux/arm64`, `x86_64` →
 * amd64, `armhf` → `linux/arm/v7`), and accepts only SUPPORTED_PLATFORMS.
 */
function parsePlatform(value, input = PLATFORM_LABEL) {
    const raw = value.trim();
    const parts = raw.toLowerCase().split('/');
    const refuse = (why) => errors_badInput(input, raw, `${why} (${SUPPORTED})`);
    if (parts.length > 3)
        throw refuse('expected os/architecture[/variant], for example linux/arm64');
    const arch = parts.length === 1 ? parts[0] : parts[1];
    if (!ARCH_ALIASES[arch])
        throw refuse(`unknown architecture "${arch}"`);
    if (parts.length > 1 && parts[0] !== 'linux') {
        throw refuse(`unknown operating system "${parts[0]}": only Linux images are built and run`);
    }
    const p = normalise(raw);
    const name = formatPlatform(p);
    if (!SUPPORTED_PLATFORMS.includes(name))
        throw refuse(`${name} is not supported`);
    return p;
}
/** Parses a list, dropping duplicates after normalisation and keeping the first order. */
function parsePlatforms(values, input = PLATFORM_LABEL) {
    const seen = new Set();
    const out = [];
    for (const v of values) {
        const p = parsePlatform(v, input);
        const key = formatPlatform(p);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}
function formatPlatform(p) {
    const v = normaliseVariant(p.architecture, p.variant);
    return v ? `${p.os}/${p.architecture}/${v}` : `${p.os}/${p.architecture}`;
}
/** Normalises a platform string without judging support (for registry data). */
function normalisePlatformString(value) {
    const p = normalise(value.trim());
    return p ? formatPlatform(p) : value.trim().toLowerCase();
}
function samePlatform(a, b) {
    return formatPlatform(a) === formatPlatform(b);
}
/** A name safe in file names, artifact names and cache scopes: `linux-arm64`, `linux-arm-v7`. */
function platformPair(p) {
    return formatPlatform(p).replace(/\//g, '-');
}
/** The platform this Node process runs on. */
function hostPlatform(arch = process.arch) {
    return parsePlatform(arch, 'host architecture');
}
/**
 * Platforms this host runs without emulation. Only the host's own: arm64 CPUs without
 * AArch32 (Graviton, Ampere) cannot run arm/v7, so we never assume it.
 */
function nativePlatforms(arch = process.arch) {
    return [hostPlatform(arch)];
}
function isNative(p, arch = process.arch) {
    return nativePlatforms(arch).some(n => samePlatform(n, p));
}
/** The platform a `uname -m` answer belongs to, or undefined for an unknown machine. */
function platformFromMachine(machine) {
    const m = machine.trim().toLowerCase();
    if (!ARCH_ALIASES[m])
        return undefined;
    return parsePlatform(m, 'machine name');
}
/** The platform an index entry lists, normalised; `unknown/unknown` when it lists none. */
function descriptorPlatform(d) {
    if (!d.platform)
        return 'unknown/unknown';
    const { os, architecture, variant } = d.platform;
    return normalisePlatformString([os, architecture, variant].filter(Boolean).join('/'));
}
/** Missing required platforms; `unknown/unknown` (attestations) never counts. */
function missingPlatforms(descriptors, required) {
    const present = new Set(descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform));
    return required.map(formatPlatform).filter(p => !present.has(p));
}

;// CONCATENATED MODULE: ./actions/lib/setup/probes.ts
/**
 * Tiny static probe programs, one per architecture, built in memory. Each one writes
 * `arch-actions probe <platform>` to stdout and exits 0 using raw syscalls, so running it
 * proves that the kernel (natively, or through binfmt_misc and QEMU) really executes code
 * for that architecture. No toolchain, no download, a few hundred bytes each.
 */
function words(values, bigEndian = false) {
    const b = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => (bigEndian ? b.writeUInt32BE(v >>> 0, i * 4) : b.writeUInt32LE(v >>> 0, i * 4)));
    return b;
}
function le32(v) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    return [...b];
}
const riscvAddi = (rd, rs1, imm) => ((imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13;
// The usual Linux load address and ELF header fields; targets override what differs.
const LE64 = { bits: 64, bigEndian: false, base: 0x400000, flags: 0 };
const LE32 = { bits: 32, bigEndian: false, base: 0x10000, flags: 0 };
// prettier-ignore
const TARGETS = {
    'linux/amd64': {
        ...LE64,
        machine: 62,
        codeLength: 36,
        code: (msgAt, codeAt, len) => Buffer.from([
            0xbf, 1, 0, 0, 0, // mov edi, 1
            0x48, 0x8d, 0x35, ...le32(msgAt - (codeAt + 12)), // lea rsi, [rip+msg]
            0xba, ...le32(len), // mov edx, len
            0xb8, 1, 0, 0, 0, // mov eax, 1 (write)
            0x0f, 0x05, // syscall
            0x31, 0xff, // xor edi, edi
            0xb8, 60, 0, 0, 0, // mov eax, 60 (exit)
            0x0f, 0x05, // syscall
            0x90, 0x90, 0x90 // padding
        ])
    },
    'linux/386': {
        ...LE32,
        machine: 3,
        codeLength: 32,
        code: (msgAt, _codeAt, len, base) => Buffer.from([
            0xbb, 1, 0, 0, 0, // mov ebx, 1
            0xb9, ...le32(base + msgAt), // mov ecx, msg
            0xba, ...le32(len), // mov edx, len
            0xb8, 4, 0, 0, 0, // mov eax, 4 (write)
            0xcd, 0x80, // int 0x80
            0x31, 0xdb, // xor ebx, ebx
            0xb8, 1, 0, 0, 0, // mov eax, 1 (exit)
            0xcd, 0x80, // int 0x80
            0x90 // padding
        ])
    },
    'linux/arm64': {
        ...LE64,
        machine: 183,
        codeLength: 32,
        code: (msgAt, codeAt, len) => {
            const off = msgAt - (codeAt + 4);
            return words([
                0xd2800020, // mov x0, #1
                0x10000001 | ((off & 3) << 29) | ((off >> 2) << 5), // adr x1, msg
                0xd2800002 | (len << 5), // mov x2, #len
                0xd2800808, // mov x8, #64 (write)
                0xd4000001, // svc #0
                0xd2800000, // mov x0, #0
                0xd2800ba8, // mov x8, #93 (exit)
                0xd4000001 // svc #0
            ]);
        }
    },
    'linux/arm/v7': {
        ...LE32,
        machine: 40,
        flags: 0x05000400,
        codeLength: 32,
        code: (msgAt, codeAt, len) => words([
            0xe3a00001, // mov r0, #1
            0xe28f1000 | (msgAt - (codeAt + 4 + 8)), // add r1, pc, #msg
            0xe3a02000 | len, // mov r2, #len
            0xe3a07004, // mov r7, #4 (write)
            0xef000000, // svc 0
            0xe3a00000, // mov r0, #0
            0xe3a07001, // mov r7, #1 (exit)
            0xef000000 // svc 0
        ])
    },
    'linux/riscv64': {
        ...LE64,
        machine: 243,
        codeLength: 36,
        code: (msgAt, codeAt, len) => words([
            riscvAddi(10, 0, 1), // li a0, 1
            (11 << 7) | 0x17, // auipc a1, 0
            riscvAddi(11, 11, msgAt - (codeAt + 4)), // addi a1, a1, msg
            riscvAddi(12, 0, len), // li a2, len
            riscvAddi(17, 0, 64), // li a7, 64 (write)
            0x00000073, // ecall
            riscvAddi(10, 0, 0), // li a0, 0
            riscvAddi(17, 0, 93), // li a7, 93 (exit)
            0x00000073 // ecall
        ])
    },
    'linux/ppc64le': {
        ...LE64,
        machine: 21,
        base: 0x10000000,
        flags: 2,
        codeLength: 36,
        code: (msgAt, _codeAt, len, base) => {
            const addr = base + msgAt;
            return words([
                0x38000004, // li r0, 4 (write)
                0x38600001, // li r3, 1
                0x3c800000 | (addr >>> 16), // lis r4, msg@h
                0x60840000 | (addr & 0xffff), // ori r4, r4, msg@l
                0x38a00000 | len, // li r5, len
                0x44000002, // sc
                0x38000001, // li r0, 1 (exit)
                0x38600000, // li r3, 0
                0x44000002 // sc
            ]);
        }
    },
    'linux/s390x': {
        ...LE64,
        machine: 22,
        bigEndian: true,
        codeLength: 24,
        code: (msgAt, codeAt, len) => {
            const b = Buffer.alloc(24);
            Buffer.from([0xa7, 0x29, 0x00, 0x01]).copy(b, 0); // lghi %r2, 1
            Buffer.from([0xc0, 0x30]).copy(b, 4); // larl %r3, msg
            b.writeInt32BE((msgAt - (codeAt + 4)) / 2, 6);
            Buffer.from([0xa7, 0x49, 0x00, len]).copy(b, 10); // lghi %r4, len
            Buffer.from([0x0a, 0x04]).copy(b, 14); // svc 4 (write)
            Buffer.from([0xa7, 0x29, 0x00, 0x00]).copy(b, 16); // lghi %r2, 0
            Buffer.from([0x0a, 0x01]).copy(b, 20); // svc 1 (exit)
            Buffer.from([0x07, 0x07]).copy(b, 22); // nopr (padding)
            return b;
        }
    }
};
function probeMessage(platform) {
    return `arch-actions probe ${platform}`;
}
function probePlatforms() {
    return Object.keys(TARGETS);
}
/** The probe executable for a normalised platform string, or undefined when we carry none. */
function buildProbe(platform) {
    const t = TARGETS[platform];
    if (!t)
        return undefined;
    const msg = Buffer.from(`${probeMessage(platform)}\n`);
    const ehsize = t.bits === 64 ? 64 : 52;
    const phsize = t.bits === 64 ? 56 : 32;
    const codeAt = ehsize + phsize;
    const msgAt = codeAt + t.codeLength;
    const code = t.code(msgAt, codeAt, msg.length, t.base);
    if (code.length !== t.codeLength)
        throw new Error(`probe code for ${platform} has the wrong length`);
    const total = msgAt + msg.length;
    const out = Buffer.alloc(total);
    const be = t.bigEndian;
    const u16 = (v, at) => (be ? out.writeUInt16BE(v, at) : out.writeUInt16LE(v, at));
    const u32 = (v, at) => be ? out.writeUInt32BE(v >>> 0, at) : out.writeUInt32LE(v >>> 0, at);
    const u64 = (v, at) => be ? out.writeBigUInt64BE(BigInt(v), at) : out.writeBigUInt64LE(BigInt(v), at);
    const addr = t.bits === 64 ? u64 : u32;
    const w = t.bits === 64 ? 8 : 4;
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, t.bits === 64 ? 2 : 1, be ? 2 : 1, 1, 0]).copy(out, 0);
    u16(2, 16); // ET_EXEC
    u16(t.machine, 18);
    u32(1, 20);
    addr(t.base + codeAt, 24); // e_entry
    addr(ehsize, 24 + w); // e_phoff
    addr(0, 24 + 2 * w); // e_shoff
    const at = 24 + 3 * w;
    u32(t.flags, at);
    u16(ehsize, at + 4);
    u16(phsize, at + 6);
    u16(1, at + 8); // e_phnum
    // One PT_LOAD segment mapping the whole file R+X; ELF64 has p_flags before p_offset, ELF32 after p_memsz.
    u32(1, ehsize); // PT_LOAD
    const fieldsAt = ehsize + (t.bits === 64 ? 8 : 4);
    [0, t.base, t.base, total, total].forEach((v, i) => addr(v, fieldsAt + i * w)); // p_offset … p_memsz
    const flagsAt = t.bits === 64 ? ehsize + 4 : fieldsAt + 5 * w;
    u32(5, flagsAt); // R+X
    addr(0x1000, t.bits === 64 ? fieldsAt + 5 * w : flagsAt + 4); // p_align
    code.copy(out, codeAt);
    msg.copy(out, msgAt);
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/setup/qemu.ts









const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** The binfmt_misc entry and QEMU binary suffix for each platform. */
const QEMU_NAME = {
    'linux/amd64': 'x86_64',
    'linux/386': 'i386',
    'linux/arm64': 'aarch64',
    'linux/arm/v7': 'arm',
    'linux/arm/v6': 'arm',
    'linux/ppc64le': 'ppc64le',
    'linux/s390x': 's390x',
    'linux/riscv64': 'riscv64',
    'linux/mips64le': 'mips64el',
    'linux/loong64': 'loongarch64'
};
/** The architecture names tonistiigi/binfmt's `--install` takes. */
const BINFMT_ARCH = {
    'linux/amd64': 'amd64',
    'linux/386': '386',
    'linux/arm64': 'arm64',
    'linux/arm/v7': 'arm',
    'linux/arm/v6': 'arm',
    'linux/ppc64le': 'ppc64le',
    'linux/s390x': 's390x',
    'linux/riscv64': 'riscv64',
    'linux/mips64le': 'mips64le',
    'linux/loong64': 'loong64'
};
function qemuName(platform) {
    return QEMU_NAME[platform];
}
/** Reads `/proc/sys/fs/binfmt_misc/qemu-<name>`; undefined when not registered. */
function readBinfmtEntry(name, dir = BINFMT_DIR) {
    let text;
    try {
        text = external_fs_.readFileSync(external_path_.join(dir, `qemu-${name}`), 'utf8');
    }
    catch {
        return undefined;
    }
    const field = (key) => text.match(new RegExp(`^${key} (.*)$`, 'm'))?.[1]?.trim() ?? '';
    return {
        enabled: /^enabled$/m.test(text),
        interpreter: field('interpreter'),
        flags: text.match(/^flags: ?(.*)$/m)?.[1]?.trim() ?? ''
    };
}
/** Runs the carried probe for a platform and checks that it printed its own name. */
async function runProbe(platform, timeoutMs = 15000) {
    const probe = buildProbe(platform);
    if (!probe)
        return { ok: false, ms: 0, detail: 'no probe is carried for this platform' };
    const dir = external_fs_.mkdtempSync(external_path_.join(external_os_.tmpdir(), 'arch-probe-'));
    const file = external_path_.join(dir, 'probe');
    external_fs_.writeFileSync(file, probe, { mode: 0o755 });
    const started = Date.now();
    try {
        const res = await runCaptured(file, [], { timeoutMs });
        const ms = Date.now() - started;
        if (res.exitCode !== 0)
            return { ok: false, ms, detail: lastLine(res.stderr) || `the probe exited with code ${res.exitCode}` };
        const out = res.stdout.trim();
        if (out !== probeMessage(platform))
            return { ok: false, ms, detail: `probe printed ${JSON.stringify(out)}` };
        return { ok: true, ms, detail: 'probe ran' };
    }
    finally {
        external_fs_.rmSync(dir, { recursive: true, force: true });
    }
}
/** Registers emulators from the pinned binfmt image through docker. */
async function installFromImage(image, platforms) {
    if (!(await which('docker')))
        throw new CheckError('docker is not available to run the binfmt image');
    const arches = [...new Set(platforms.map(p => BINFMT_ARCH[p]).filter(Boolean))];
    await exec_run('docker', ['run', '--rm', '--privileged', image, '--install', arches.join(',')]);
}
const hostDeps = () => ({
    exec: exec_run,
    uid: process.getuid?.() ?? 0,
    binfmtDir: BINFMT_DIR,
    exists: external_fs_.existsSync,
    which: which
});
/**
 * Runs a tool as root: directly when we are root, else through `sudo -n`; `input` goes to stdin.
 * `quiet` keeps its output out of the log (a failure still carries its last line).
 */
async function privileged(d, tool, args, input, quiet = false) {
    const argv = d.uid === 0 ? [tool, args] : ['sudo', ['-n', tool, ...args]];
    await d.exec(...argv, input === undefined ? (quiet ? { silent: true } : {}) : { input, silent: true });
}
/** Uses the host's qemu-user-static, installing it when we may, and insists on the F flag. */
async function installFromHost(platforms, d = hostDeps()) {
    const names = [...new Set(platforms.map(p => QEMU_NAME[p]).filter(Boolean))];
    const missing = names.filter(n => !d.exists(`/usr/bin/qemu-${n}-static`));
    if (missing.length > 0) {
        if (!(await d.which('apt-get'))) {
            throw new CheckError(`qemu-user-static is not installed and apt-get is not available (need ${missing.join(', ')})`);
        }
        // A fresh runner's package lists are stale or empty: install fails without an update.
        await privileged(d, 'apt-get', ['update', '-q'], undefined, true);
        await privileged(d, 'apt-get', ['install', '-y', '-q', 'qemu-user-static', 'binfmt-support'], undefined, true);
        info(`Installed qemu-user-static and binfmt-support with apt-get: this runner has no ${missing.map(n => `qemu-${n}-static`).join(', ')}`);
    }
    if (!d.exists(external_path_.join(d.binfmtDir, 'register'))) {
        await privileged(d, 'mount', ['-t', 'binfmt_misc', 'binfmt_misc', d.binfmtDir]);
    }
    for (const n of names) {
        if (await d.which('update-binfmts'))
            await privileged(d, 'update-binfmts', ['--enable', `qemu-${n}`]);
        const entry = readBinfmtEntry(n, d.binfmtDir);
        if (entry && !entry.flags.includes('F'))
            await addFixBinaryFlag(d, n);
    }
}
/**
 * Re-registers an entry with the F (fix-binary) flag, so the interpreter is opened now and
 * keeps working inside containers whose root has no QEMU binary. binfmt_misc is root's to
 * write, so both writes go through tee as root.
 */
async function addFixBinaryFlag(d, name) {
    const file = external_path_.join(d.binfmtDir, `qemu-${name}`);
    const text = external_fs_.readFileSync(file, 'utf8');
    const get = (key) => text.match(new RegExp(`^${key} (\\S+)`, 'm'))?.[1] ?? '';
    const hex = (h) => h.replace(/../g, b => `\\x${b}`);
    const flags = (text.match(/^flags: ?(\S*)/m)?.[1] ?? '') + 'F';
    const line = `:qemu-${name}:M:${get('offset')}:${hex(get('magic'))}:${hex(get('mask'))}:${get('interpreter')}:${flags}`;
    await privileged(d, 'tee', [file], '-1');
    await privileged(d, 'tee', [external_path_.join(d.binfmtDir, 'register')], line);
}
async function emulatorVersion(platform, source) {
    const name = QEMU_NAME[platform];
    if (source.startsWith('image'))
        return source;
    try {
        const res = await exec_run(`qemu-${name}-static`, ['--version'], { silent: true });
        const m = res.stdout.match(/version (\S+)/);
        return m ? `qemu ${m[1]}` : 'qemu';
    }
    catch {
        return 'qemu (registered)';
    }
}
/** Checks a registered entry: enabled and with the F flag. Empty string when fine. */
function binfmtProblem(platform) {
    const name = QEMU_NAME[platform];
    if (!name)
        return `no QEMU emulator is known for ${platform}`;
    const entry = readBinfmtEntry(name);
    if (!entry)
        return `binfmt_misc has no qemu-${name} entry`;
    if (!entry.enabled)
        return `binfmt_misc entry qemu-${name} is disabled`;
    if (!entry.flags.includes('F')) {
        return `binfmt_misc entry qemu-${name} lacks the F (fix-binary) flag, so emulation fails inside containers`;
    }
    return '';
}
/**
 * Makes every requested platform runnable on this host: QEMU only for the platforms the host
 * cannot run, then a probe per platform proving that code of that architecture executes.
 */
async function setupQemu(opts) {
    const hostArch = opts.hostArch ?? process.arch;
    const all = opts.platforms.map(formatPlatform);
    const native = opts.platforms.filter(p => isNative(p, hostArch)).map(formatPlatform);
    const foreign = all.filter(p => !native.includes(p));
    // A probe that passed is not run again for the table unless its emulator was installed since.
    const probed = new Map();
    const probe = async (p) => {
        const outcome = await runProbe(p);
        if (outcome.ok)
            probed.set(p, outcome);
        return outcome;
    };
    if (opts.qemu === 'false' && foreign.length > 0) {
        const notRunnable = [];
        for (const p of foreign)
            if (!(await probe(p)).ok)
                notRunnable.push(p);
        if (notRunnable.length > 0) {
            throw new ConfigurationError(`Input "${SETUP_QEMU_BUILDX.inputs.qemu.name}" is "false", but this ${formatPlatform(hostPlatform(hostArch))} runner cannot run ${notRunnable.join(', ')} without emulation`);
        }
    }
    let source = 'preinstalled';
    if (foreign.length > 0 && opts.qemu !== 'false') {
        // With `auto`, emulators that are registered and already pass their probe are kept as they are.
        let todo = foreign;
        if (opts.qemu === 'auto') {
            todo = [];
            for (const p of foreign)
                if (binfmtProblem(p) || !(await probe(p)).ok)
                    todo.push(p);
        }
        if (todo.length > 0)
            source = await install(todo, opts);
        for (const p of todo)
            probed.delete(p);
    }
    const rows = [];
    for (const p of all) {
        const isNat = native.includes(p);
        const row = {
            platform: p,
            native: isNat,
            emulator: isNat ? '–' : await emulatorVersion(p, source),
            probe: 'skipped',
            detail: ''
        };
        if (opts.verify || !isNat) {
            const problem = isNat ? '' : binfmtProblem(p);
            const outcome = buildProbe(p) ? (probed.get(p) ?? (await runProbe(p))) : undefined;
            if (outcome) {
                row.probe = outcome.ok && !problem ? 'passed' : 'failed';
                row.probeMs = outcome.ms;
                row.detail = problem || outcome.detail;
            }
            else {
                row.detail = problem || 'no probe is carried for this platform';
                row.probe = problem ? 'failed' : 'skipped';
            }
            info(`${p}: ${isNat ? 'native' : `emulated (${row.emulator})`}, probe ${row.probe}${row.detail ? ` (${row.detail})` : ''}`);
        }
        rows.push(row);
    }
    if (opts.verify) {
        const failed = rows.filter(r => r.probe === 'failed');
        if (failed.length > 0) {
            throw new CheckError(`Emulation check failed: ${failed.map(r => `${r.platform}: ${r.detail}`).join('; ')}`);
        }
    }
    const usable = rows.filter(r => r.native || r.probe !== 'failed').map(r => r.platform);
    return { native, emulated: foreign, usable, rows };
}
async function install(platforms, opts) {
    const tryImage = opts.binfmtSource === 'image' || opts.binfmtSource === 'auto';
    if (tryImage) {
        try {
            await installFromImage(opts.binfmtImage, platforms);
            return `image ${opts.binfmtImage}`;
        }
        catch (err) {
            if (opts.binfmtSource === 'image')
                throw err;
            info(`The binfmt image could not be used (${err.message}); using the host's QEMU`);
        }
    }
    await installFromHost(platforms);
    return 'host';
}

;// CONCATENATED MODULE: ./actions/lib/core/summary.ts

/**
 * Writes the job summary when enabled. A summary is a report, never a reason to fail the
 * job, so problems become warnings.
 */
async function writeSummary(enabled, build) {
    if (!enabled || !process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        build(summary.summary);
        await summary.summary.write();
    }
    catch (err) {
        warning(`Could not write the job summary: ${err.message}`);
    }
    finally {
        summary.summary.emptyBuffer();
    }
}
/** Text made safe inside the summary's HTML (cells, <code>). */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A header row followed by body rows, ready for `core.summary.addTable`. */
function table(headers, rows) {
    return [headers.map(h => ({ data: h, header: true })), ...rows];
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
function bytes(n) {
    if (n === undefined || Number.isNaN(n))
        return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
function shortDigest(digest) {
    return digest ? digest.replace(/^sha256:/, '').slice(0, 12) : '–';
}

;// CONCATENATED MODULE: ./actions/lib/core/inputs.ts



/** Splits a list input on commas and newlines, trimming blanks and `#` comments. */
function parseList(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.replace(/(^|\s)#.*$/, ''))
        .flatMap(line => line.split(','))
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
/** Splits a list input on newlines only (for values that may contain commas). */
function parseLines(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line.length > 0 && !line.startsWith('#'));
}
/** The input's value, trimmed; empty takes the action.yml default, which `node dist/…` does not apply. */
function getString(spec) {
    return getInput(spec.name).trim() || spec.default.trim();
}
function getList(spec) {
    return parseList(getString(spec));
}
function getLines(spec) {
    return parseLines(getString(spec));
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
function getBool(spec) {
    const value = getString(spec);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw errors_badInput(spec.name, value, 'expected true or false');
}
/** One of the input's choices (the backquoted words of its description). */
function getChoice(spec) {
    const value = getString(spec);
    if (spec.choices.includes(value))
        return value;
    throw errors_badInput(spec.name, value, `expected one of ${spec.choices.join(', ')}`);
}
function getInt(spec, min = 0, max = Number.MAX_SAFE_INTEGER) {
    const value = getString(spec);
    if (!/^-?\d+$/.test(value))
        throw badInput(spec.name, value, 'expected a whole number');
    const n = Number(value);
    if (n < min || n > max)
        throw badInput(spec.name, value, `expected a number from ${min} to ${max}`);
    return n;
}
/** Lines of `key=value`; the key and value are trimmed, and a line without `=` is an error. */
function parseKeyValues(name, lines) {
    return lines.map(line => {
        const at = line.indexOf('=');
        if (at <= 0)
            throw badInput(name, line, 'expected key=value');
        return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    });
}
/** The limits input: the defaults of core/limits.ts with the user's `name=value` lines on top. */
function getLimits(spec) {
    return parseLimits(spec.name, getLines(spec));
}

;// CONCATENATED MODULE: ./actions/setup-qemu-buildx/inputs.ts




const IN = SETUP_QEMU_BUILDX.inputs;
const OUT = SETUP_QEMU_BUILDX.outputs;
function getInputs() {
    const builderName = getString(IN['builder-name']) || `arch-actions-${process.env.GITHUB_RUN_ID ?? process.pid}`;
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(builderName)) {
        throw errors_badInput(IN['builder-name'].name, builderName, 'use letters, digits, dot, dash and underscore');
    }
    return {
        platforms: parsePlatforms(getList(IN.platforms), IN.platforms.name),
        qemu: getChoice(IN.qemu),
        binfmtSource: getChoice(IN['binfmt-source']),
        binfmtImage: getString(IN['binfmt-image']),
        verify: getBool(IN.verify),
        buildx: getBool(IN.buildx),
        driver: getChoice(IN.driver),
        buildkitImage: getString(IN['buildkit-image']),
        builderName,
        summary: getBool(IN.summary)
    };
}

;// CONCATENATED MODULE: ./actions/setup-qemu-buildx/main.ts





async function main_run() {
    const inputs = getInputs();
    const result = await group('Set up emulation', () => setupQemu({
        platforms: inputs.platforms,
        qemu: inputs.qemu,
        binfmtSource: inputs.binfmtSource,
        binfmtImage: inputs.binfmtImage,
        verify: inputs.verify
    }));
    setOutput(OUT['native-platforms'], result.native.join(','));
    setOutput(OUT['emulated-platforms'], result.emulated.join(','));
    setOutput(OUT.platforms, result.usable.join(','));
    let builder = '';
    let driver = '';
    if (inputs.buildx) {
        const b = await group('Set up buildx', () => setupBuilder({
            driver: inputs.driver,
            name: inputs.builderName,
            buildkitImage: inputs.buildkitImage,
            platforms: result.usable
        }, { onCreated: saveCreatedBuilder }));
        builder = b.name;
        driver = b.driver;
    }
    setOutput(OUT.builder, builder);
    setOutput(OUT.driver, driver);
    await writeSummary(inputs.summary, s => {
        s.addHeading('Platforms', 3);
        s.addTable(table(['Platform', 'Runs', 'Emulator', 'Probe', 'Time'], result.rows.map(r => [
            `<code>${r.platform}</code>`,
            r.native ? 'native' : 'emulated',
            r.emulator,
            r.probe === 'passed' ? '✅ passed' : r.probe === 'failed' ? `❌ ${r.detail}` : '– skipped',
            r.probeMs === undefined ? '–' : `${r.probeMs} ms`
        ])));
        if (builder)
            s.addRaw(`Builder <code>${builder}</code> (driver <code>${driver}</code>)`, true);
    });
}
/** Post step: remove the builder we created and put the previous one back in use. */
async function post() {
    await removeSavedBuilder();
}

;// CONCATENATED MODULE: ./actions/setup-qemu-buildx/index.ts



if (getState('isPost') === 'true') {
    void runAction(post);
}
else {
    saveState('isPost', 'true');
    void runAction(main_run);
}

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map