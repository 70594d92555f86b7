require('./sourcemap-register.js');/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 914:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

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

"use strict";

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

"use strict";

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

"use strict";

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

/***/ 57:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(434)


/***/ }),

/***/ 587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(580)
const FIFO = __nccwpck_require__(867)
const TextDecoder = __nccwpck_require__(934)

const StreamError = __nccwpck_require__(657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(204)
const FIFO = __nccwpck_require__(867)
const b4a = __nccwpck_require__(57)
const headers = __nccwpck_require__(428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(204)
const b4a = __nccwpck_require__(57)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(256)
const UTF8Decoder = __nccwpck_require__(414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

"use strict";
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
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

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
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    issueCommand('save-state', { name }, toCommandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function setSecret(secret) {
    (0,command.issueCommand)('add-mask', {}, secret);
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
        'github-token': { name: 'github-token', default: '${{ github.token }}' }
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
        push: { name: 'push', default: 'true' },
        'insecure-registries': { name: 'insecure-registries', default: '' },
        limits: { name: 'limits', default: '' },
        summary: { name: 'summary', default: 'true' }
    },
    outputs: { matrix: 'matrix', digest: 'digest', digests: 'digests', tags: 'tags' }
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
        'result-cache': { name: 'result-cache', default: 'false' },
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
function isAttestation(d) {
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

;// CONCATENATED MODULE: ./actions/lib/oci/reference.ts

const DOCKER_HUB = 'docker.io';
// Docker's grammar (distribution/reference), written out piecewise so each rule is readable.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_RE = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;
// Shared prototype so `String(ref)` works while refs stay plain data for `toEqual`.
const refProto = {
    toString() {
        return formatReference(this);
    }
};
function makeRef(fields) {
    return Object.assign(Object.create(refProto), fields);
}
/**
 * Parses a reference by Docker's rules; anything invalid is a ConfigurationError naming the input
 * (callers in the actions name theirs; the default serves tests and data that is not an input).
 */
function parseReference(s, inputName = 'image reference') {
    const original = s;
    const text = s.trim();
    const fail = (why) => errors_badInput(inputName, original, why);
    if (!text)
        throw fail('an image reference must not be empty');
    if (/\s/.test(text))
        throw fail('an image reference must not contain whitespace');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            throw fail(`"${digest}" is not a digest (expected algorithm:hex)`);
        if (digest.startsWith('sha256:') && !SHA256_RE.test(digest)) {
            throw fail('a sha256 digest must be 64 lowercase hex characters');
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash is a tag; before it, it is a registry port.
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            throw fail(`"${tag}" is not a valid tag`);
    }
    const { registry, repository } = splitName(rest, fail);
    if (!tag && !digest)
        tag = 'latest';
    return makeRef({ registry, repository, tag, digest, original });
}
function splitName(name, fail) {
    if (!name)
        throw fail('the repository name is missing');
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    let registry = DOCKER_HUB;
    let repository = name;
    // Docker treats the first component as a host only if it looks like one.
    if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        repository = name.slice(slash + 1);
        if (!DOMAIN_RE.test(registry))
            throw fail(`"${registry}" is not a valid registry host`);
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT_RE.test(component)) {
            const why = component !== component.toLowerCase()
                ? 'repository names must be lowercase'
                : `"${component}" is not a valid repository path component`;
            throw fail(why);
        }
    }
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        throw fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository };
}
/** Fully qualified form; keeps tag and digest both, as Docker prints them. */
function formatReference(ref) {
    let s = `${ref.registry}/${ref.repository}`;
    if (ref.tag)
        s += `:${ref.tag}`;
    if (ref.digest)
        s += `@${ref.digest}`;
    return s;
}
/** `registry/repository`, with no tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** What to ask the registry for: the digest wins over the tag. */
function manifestTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The short form people type: `nginx:latest`, `bitnami/redis:7`, `ghcr.io/x/y@sha256:…`. */
function familiar(ref) {
    let name = repositoryName(ref);
    if (ref.registry === DOCKER_HUB) {
        name = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
    }
    if (ref.tag)
        name += `:${ref.tag}`;
    if (ref.digest)
        name += `@${ref.digest}`;
    return name;
}
/** The same image pinned to a digest (the tag is kept for display). */
function withDigest(ref, digest) {
    return makeRef({ ...ref, digest });
}
function normaliseMirrorSource(source) {
    let s = source.trim().replace(/\/+$/, '');
    if (s === 'index.docker.io' || s.startsWith('index.docker.io/'))
        s = DOCKER_HUB + s.slice('index.docker.io'.length);
    return s;
}
/**
 * Rewrites `registry/repository` by the longest mirror source that is a prefix of it at a
 * path boundary (`docker.io/lib` does not match `docker.io/library/x`).
 */
function applyMirrors(ref, mirrors) {
    const name = repositoryName(ref);
    let best;
    let bestLength = -1;
    for (const m of mirrors) {
        const source = normaliseMirrorSource(m.source);
        if ((name === source || name.startsWith(source + '/')) && source.length > bestLength) {
            best = { source, target: m.target.trim().replace(/\/+$/, '') };
            bestLength = source.length;
        }
    }
    if (!best)
        return ref;
    const rewritten = best.target + name.slice(best.source.length);
    // The target's first component must be a host, or the result would silently point at Docker Hub.
    const parsed = parseReference(rewritten, 'mirrors');
    return makeRef({ ...parsed, tag: ref.tag, digest: ref.digest, original: ref.original });
}
/** The host that actually serves the v2 API. */
function registryApiHost(registry) {
    return registry === DOCKER_HUB || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
function stripPort(host) {
    if (host.startsWith('['))
        return host.slice(1, host.indexOf(']'));
    const parts = host.split(':');
    // A bare IPv6 address has several colons and no port.
    return parts.length === 2 ? parts[0] : host;
}
/** Registries reached over plain HTTP: loopback always, plus any the user listed. */
function isInsecureRegistry(host, extra = []) {
    const bare = stripPort(host).toLowerCase();
    if (bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare))
        return true;
    return extra.some(e => {
        const x = e.trim().toLowerCase();
        return x === host.toLowerCase() || x === bare;
    });
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: ./actions/lib/oci/digest.ts
// Content digests (`algorithm:hex`): computing them, and the error when bytes do not match one.


// The algorithms the OCI image spec registers, plus sha384 which Node hashes the same way.
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
const digest_DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** Bytes that do not hash to the digest they were fetched for: a corruption or a tampering in transit. */
class IntegrityError extends CheckError {
    constructor(message) {
        super(message);
        this.name = 'IntegrityError';
    }
}
/** A layer whose bytes match its digest but hold no whole tar (cut short, broken gzip): never a pass, never read again. */
class MalformedLayer extends (/* unused pure expression or super */ null && (IntegrityError)) {
}
function isDigest(value) {
    return typeof value === 'string' && digest_DIGEST_RE.test(value);
}
/** A running hash in the algorithm of `digest`; a CheckError for an algorithm we cannot check. */
function hasherFor(digest) {
    const algorithm = digest_DIGEST_RE.exec(digest)?.[1];
    if (!algorithm || !ALGORITHMS.has(algorithm)) {
        throw new CheckError(`cannot check digest "${digest}": unsupported algorithm`);
    }
    return (0,external_node_crypto_namespaceObject.createHash)(algorithm);
}
/** `data`'s digest in the same algorithm as `like`. */
function digestLike(like, data) {
    return `${like.split(':')[0]}:${hasherFor(like).update(data).digest('hex')}`;
}
function sha256Digest(data) {
    return 'sha256:' + (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
}
/** `got` must equal `want`; names what was read and both digests when it does not. */
function checkDigest(what, want, got) {
    if (got !== want)
        throw new IntegrityError(`${what} does not match its digest: expected ${want}, got ${got}`);
}

;// CONCATENATED MODULE: ./actions/lib/core/compare.ts
/**
 * Orders strings by their UTF-16 code units. Unlike localeCompare, it needs no ICU collator (set
 * up on first use: 10-70 ms on a runner, in the middle of a merge) and sorts alike under any locale.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
function parseLimits(input, lines) {
    const limits = { ...DEFAULT_LIMITS };
    for (const line of lines) {
        const at = line.indexOf('=');
        const name = (at < 0 ? line : line.slice(0, at)).trim();
        const spec = LIMIT_NAMES[name];
        if (!spec)
            throw errors_badInput(input, line, `expected name=value, the name one of ${Object.keys(LIMIT_NAMES).join(', ')}`);
        const value = parseValue(spec.kind, line.slice(at + 1));
        if (at < 0 || value === undefined)
            throw errors_badInput(input, line, `expected a positive ${spec.kind} for ${name}, such as ${name}=${EXAMPLE[spec.kind]}`);
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
 * A deadline from now: past `ms`, `signal` stops the work and `late` rejects with a LimitError
 * naming `what` (race the work against it). `stop()` once the work is done.
 */
function startDeadline(ms, what, limit) {
    const ctl = new AbortController();
    let timer;
    const late = new Promise((_, reject) => {
        if (!ms)
            return;
        timer = setTimeout(() => {
            reject(new LimitError(what, limit, ms, 'not done in time'));
            ctl.abort();
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
async function run(tool, args, opts = {}) {
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

;// CONCATENATED MODULE: ./actions/lib/build/tag.ts








const IN = BUILD_MULTIARCH.inputs;
const CREATED = 'org.opencontainers.image.created';
const REVISION = 'org.opencontainers.image.revision';
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Ancestry from `git merge-base --is-ancestor` in `dir` (the workspace), bounded to 10 s. */
function gitAncestry(dir = process.env.GITHUB_WORKSPACE || process.cwd()) {
    return async (a, b) => {
        if (!COMMIT.test(a) || !COMMIT.test(b))
            return undefined;
        const r = await runCaptured('git', ['-C', dir, 'merge-base', '--is-ancestor', a, b], {
            timeoutMs: 10_000,
            maxBytes: 64 * 1024
        });
        if (r.timedOut)
            return undefined;
        return r.exitCode === 0 ? true : r.exitCode === 1 ? false : undefined;
    };
}
/** The build an index document describes. */
function buildOf(digest, annotations = {}) {
    return { digest, revision: annotations[REVISION], created: annotations[CREATED] };
}
/** Printable: a revision or time from a registry is outside text, so only its plain characters show. */
function plain(s) {
    return (s ?? 'unknown').replace(/[^\w.:+-]/g, '?').slice(0, 80);
}
function describeBuild(b) {
    return `${b.digest}, revision ${plain(b.revision)}, created ${plain(b.created)}`;
}
/**
 * Whether `next` is older than `current`: by git ancestry when both revisions are known and the
 * checkout has them, else by the created time. Undefined when neither can tell.
 */
async function isOlder(next, current, ancestry) {
    const { revision: a, created: ca } = next;
    const { revision: b, created: cb } = current;
    if (ancestry && a && b && a !== b) {
        if (await ancestry(a, b))
            return true;
        if (await ancestry(b, a))
            return false;
    }
    const ta = ca ? Date.parse(ca) : NaN;
    const tb = cb ? Date.parse(cb) : NaN;
    if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb)
        return undefined;
    return ta < tb;
}
/** Where each tag points now (undefined: not set), all asked at once. */
async function currentTags(client, target, tags) {
    const unique = [...new Set(tags)];
    const digests = await Promise.all(unique.map(tag => client.headManifest({ ...target, tag })));
    return new Map(unique.map((tag, i) => [tag, digests[i]]));
}
/** What each tag would do when pointed at `digest`; throws, moving nothing, when an immutable tag would move. */
function planTags(target, digest, policy, current) {
    const repo = repositoryName(target);
    const changes = [];
    const refused = [];
    for (const [tag, previous] of current) {
        const reference = `${repo}:${tag}`;
        if (previous && previous !== digest && policy.immutableTags?.test(tag) && !policy.overwrite) {
            refused.push(`${reference} is immutable and points to ${previous}, not ${digest}`);
        }
        changes.push({ tag, reference, previous, action: 'planned' });
    }
    if (refused.length > 0) {
        throw new CheckError(`${refused.join('; ')} (set ${IN.overwrite.name}: true to move it); no tag was moved`);
    }
    return changes;
}
/** The build a tag points at now, read from its index's annotations (none: a single image, or unreadable). */
async function buildAt(client, target, digest) {
    try {
        const m = await client.getManifest(withDigest(target, digest));
        const annotations = isIndexMediaType(m.mediaType) ? m.json.annotations : undefined;
        return buildOf(digest, annotations);
    }
    catch (err) {
        info(`${repositoryName(target)}@${digest}: its build could not be read (${err.message})`);
        return { digest };
    }
}
/**
 * Marks as skipped each planned tag that already points at a newer build than `next`, and says so
 * in a notice naming both builds; `overwrite` moves them anyway. Never a failure.
 */
async function keepNewer(client, target, next, changes, opts) {
    if (opts.overwrite)
        return;
    const moving = changes.filter(c => c.previous && c.previous !== next.digest);
    const digests = [...new Set(moving.map(c => c.previous))];
    const builds = new Map(await Promise.all(digests.map(async (d) => [d, await buildAt(client, target, d)])));
    for (const c of moving) {
        const current = builds.get(c.previous);
        if ((await isOlder(next, current, opts.ancestry)) !== true)
            continue;
        c.action = 'skipped';
        c.reason =
            `skipped: ${c.tag} already points at a newer build (${describeBuild(current)}) than ` +
                `this one (${describeBuild(next)}); set ${IN.overwrite.name}: true to move it`;
        notice(`${c.reference} ${c.reason}`);
    }
}
/** Points each planned tag at `index` (pushed by digest at the same time), all at once; skipped tags stay. */
async function moveTags(client, target, index, changes) {
    const { digest, body, mediaType } = index;
    for (const c of changes) {
        if (c.action === 'skipped')
            continue;
        c.action = !c.previous ? 'created' : c.previous === digest ? 'unchanged' : 'moved';
    }
    const moving = changes.filter(c => c.action === 'created' || c.action === 'moved');
    await Promise.all(moving.map(c => client.putManifest(target, c.tag, body, mediaType)));
    for (const c of moving)
        info(`${c.reference}: ${c.action}${c.previous ? ` (was ${c.previous})` : ''}`);
}
/**
 * Moves the tags to an index already pushed by digest. The index is read back by that digest
 * and its platforms checked again, so a tag never points at an index missing a required one;
 * a mutable tag that points at a newer build stays where it is.
 */
async function tagIndex(opts) {
    const target = { ...opts.image, tag: undefined, digest: undefined };
    const ref = withDigest(target, opts.digest);
    const [m, current] = await Promise.all([
        opts.client.getManifest(ref),
        currentTags(opts.client, target, opts.tags)
    ]);
    if (!isIndexMediaType(m.mediaType)) {
        throw new CheckError(`${formatReference(ref)} is a single image (${m.mediaType}), not an index; no tag was moved`);
    }
    const index = m.json;
    const descriptors = index.manifests ?? [];
    const platforms = descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform);
    const missing = missingPlatforms(descriptors, opts.requiredPlatforms);
    if (missing.length > 0) {
        throw new CheckError(`${formatReference(ref)} lacks required platform${missing.length > 1 ? 's' : ''} ${listSome(missing)} ` +
            `(it lists ${listSome(platforms) || 'nothing'}); no tag was moved`);
    }
    const changes = planTags(target, m.digest, opts, current);
    await keepNewer(opts.client, target, buildOf(m.digest, index.annotations), changes, {
        overwrite: opts.overwrite,
        ancestry: opts.ancestry ?? gitAncestry()
    });
    await moveTags(opts.client, target, m, changes);
    const tags = changes.filter(c => c.action !== 'skipped').map(c => c.reference);
    return { digest: m.digest, platforms, tags, changes };
}

;// CONCATENATED MODULE: ./actions/lib/build/merge.ts











const merge_IN = BUILD_MULTIARCH.inputs;
const merge_TAG_RE = /^[\w][\w.-]{0,127}$/;
/** Accepts `t1` or a full reference of the same repository; returns the tag. */
function parseTag(value, image, input = merge_IN.tags.name) {
    const v = value.trim();
    if (merge_TAG_RE.test(v))
        return v;
    const ref = parseReference(v, input);
    if (repositoryName(ref) !== repositoryName(image) || ref.digest || !ref.tag) {
        throw errors_badInput(input, value, `expected a tag of ${repositoryName(image)}`);
    }
    return ref.tag;
}
function sources(opts) {
    const out = opts.records.map(r => ({
        ref: parseReference(`${r.image}@${r.digest}`, merge_IN['digests-dir'].name),
        claimed: normalisePlatformString(r.platform)
    }));
    for (const d of opts.digests) {
        const ref = parseReference(d, merge_IN.digests.name);
        if (!ref.digest)
            throw errors_badInput(merge_IN.digests.name, d, 'expected image@sha256:<digest>');
        out.push({ ref });
    }
    return out;
}
function sameRepository(a, b) {
    return repositoryName(a) === repositoryName(b);
}
/** Makes a manifest from another repository available in the target (mount blobs, put by digest). */
async function copyManifest(client, from, to, m) {
    if (isIndexMediaType(m.mediaType)) {
        for (const child of m.json.manifests ?? []) {
            const cm = await client.getManifest(withDigest(from, child.digest));
            await copyManifest(client, from, to, cm);
        }
    }
    else {
        const json = m.json;
        for (const b of [json.config, ...(json.layers ?? [])])
            await client.mountBlob(from, to, b.digest);
    }
    await client.putManifest(to, m.digest, m.body, m.mediaType);
}
/** The descriptors one source adds: its image, or its children when a shard pushed an index. */
async function merge_describe(opts, target, src) {
    const m = await opts.client.getManifest(src.ref);
    if (opts.push && !sameRepository(src.ref, target))
        await copyManifest(opts.client, src.ref, target, m);
    const found = [];
    if (isIndexMediaType(m.mediaType)) {
        for (const child of m.json.manifests ?? []) {
            found.push({
                mediaType: child.mediaType,
                digest: child.digest,
                size: child.size,
                ...(child.platform ? { platform: child.platform } : {}),
                ...(child.annotations ? { annotations: child.annotations } : {})
            });
        }
    }
    else {
        const manifest = m.json;
        const config = await opts.client.getConfigBlob(src.ref, manifest.config.digest);
        const platform = {
            os: config.os,
            architecture: config.architecture,
            ...(config.variant ? { variant: config.variant } : {})
        };
        found.push({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform });
    }
    if (src.claimed) {
        const images = found.filter(d => !isAttestation(d)).map(descriptorPlatform);
        if (!images.includes(src.claimed)) {
            throw new CheckError(`${formatReference(src.ref)} was recorded as ${src.claimed} but holds ${listSome(images) || 'no image'}`);
        }
    }
    return found;
}
/** The index's descriptors, every source read at once (a merge costs round trips, not sources × round trips). */
async function collect(opts) {
    const target = { ...opts.image, tag: undefined, digest: undefined };
    const found = await Promise.all(sources(opts).map(src => merge_describe(opts, target, src)));
    const byDigest = new Map();
    for (const d of found.flat())
        byDigest.set(d.digest, d);
    return [...byDigest.values()];
}
/** Orders images by `platformOrder` then name, attestations after the image they describe. */
function orderDescriptors(descriptors, platformOrder = []) {
    const order = platformOrder.map(formatPlatform);
    const rank = (p) => {
        const i = order.indexOf(p);
        return i < 0 ? order.length : i;
    };
    const images = descriptors
        .filter(d => !isAttestation(d))
        .sort((a, b) => {
        const pa = descriptorPlatform(a);
        const pb = descriptorPlatform(b);
        return rank(pa) - rank(pb) || compareText(pa, pb) || compareText(a.digest, b.digest);
    });
    const position = new Map(images.map((d, i) => [d.digest, i]));
    const attestations = descriptors.filter(isAttestation).sort((a, b) => {
        const ra = position.get(a.annotations?.['vnd.docker.reference.digest'] ?? '') ?? images.length;
        const rb = position.get(b.annotations?.['vnd.docker.reference.digest'] ?? '') ?? images.length;
        return ra - rb || compareText(a.digest, b.digest);
    });
    return [...images, ...attestations];
}
/** The OCI index document; bytes are deterministic for the same inputs. */
function buildIndex(descriptors, annotations = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: descriptors.map(d => ({
            mediaType: d.mediaType,
            digest: d.digest,
            size: d.size,
            ...(d.platform ? { platform: d.platform } : {}),
            ...(d.annotations && Object.keys(d.annotations).length ? { annotations: d.annotations } : {})
        }))
    };
    const keys = Object.keys(annotations).sort();
    if (keys.length)
        index.annotations = Object.fromEntries(keys.map(k => [k, annotations[k]]));
    return Buffer.from(JSON.stringify(index));
}
/** Two images for one platform cannot both be in an index. */
function checkConflicts(descriptors) {
    const seen = new Map();
    for (const d of descriptors.filter(x => !isAttestation(x))) {
        const p = descriptorPlatform(d);
        const other = seen.get(p);
        if (other && other !== d.digest) {
            throw new CheckError(`two images for ${p}: ${other} and ${d.digest}; give one digest per platform`);
        }
        seen.set(p, d.digest);
    }
}
/**
 * Joins shard digests into one OCI index. Every check (required platforms, immutable tags)
 * runs before anything is written; the index is pushed by digest only, and the tags move
 * with it only when `moveTags` (otherwise `tagIndex` moves them once the digest is proven).
 */
async function mergeIndex(opts) {
    const target = { ...opts.image, tag: undefined, digest: undefined };
    const repo = repositoryName(target);
    // The tags are read with the sources: a merge is three round trips (read, configs, push with tags).
    const [found, current] = await Promise.all([collect(opts), currentTags(opts.client, target, opts.tags)]);
    const descriptors = orderDescriptors(found, opts.platformOrder ?? opts.requiredPlatforms);
    checkConflicts(descriptors);
    const platforms = descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform);
    const missing = missingPlatforms(descriptors, opts.requiredPlatforms);
    if (missing.length > 0) {
        throw new CheckError(`${repo}: required platform${missing.length > 1 ? 's' : ''} ${listSome(missing)} missing ` +
            `(the shards gave ${listSome(platforms) || 'nothing'}); no tag was moved`);
    }
    const body = buildIndex(descriptors, opts.annotations);
    const digest = sha256Digest(body);
    // Refused immutable tags fail the merge before anything is pushed.
    const changes = planTags(target, digest, opts, current);
    if (opts.push && opts.moveTags) {
        await keepNewer(opts.client, target, buildOf(digest, opts.annotations), changes, {
            overwrite: opts.overwrite,
            ancestry: opts.ancestry ?? gitAncestry()
        });
    }
    if (opts.push) {
        // With the tags, one round trip: each tag PUT carries the whole, checked index.
        const pushed = opts.client
            .putManifest(target, digest, body, MEDIA_TYPES.ociIndex)
            .then(() => info(`${repo}@${digest}: index pushed by digest`));
        await Promise.all([
            pushed,
            opts.moveTags &&
                moveTags(opts.client, target, { digest, body, mediaType: MEDIA_TYPES.ociIndex }, changes)
        ]);
    }
    const digests = {};
    for (const d of descriptors.filter(x => !isAttestation(x)))
        digests[descriptorPlatform(d)] = d.digest;
    return {
        digest,
        mediaType: MEDIA_TYPES.ociIndex,
        size: body.length,
        body,
        index: JSON.parse(body.toString('utf8')),
        platforms,
        digests,
        tags: changes.filter(c => c.action !== 'planned' && c.action !== 'skipped').map(c => c.reference),
        changes,
        attestations: descriptors.length - platforms.length
    };
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = require("node:stream");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = require("node:stream/promises");
;// CONCATENATED MODULE: ./actions/lib/registry/auth.ts









// Docker stores Hub credentials under this legacy key, and credential helpers expect it.
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
const HELPER_TIMEOUT_MS = 30_000;
function mask(...values) {
    for (const v of values)
        if (v)
            setSecret(v);
}
/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry in a config file. */
function normaliseServer(key) {
    const host = key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}
function dockerConfigPath(env = process.env) {
    const dir = env.DOCKER_CONFIG || external_node_path_namespaceObject.join(env.HOME || external_node_os_namespaceObject.homedir(), '.docker');
    return external_node_path_namespaceObject.join(dir, 'config.json');
}
function readDockerConfig(env) {
    const file = dockerConfigPath(env);
    let text;
    try {
        text = external_node_fs_namespaceObject.readFileSync(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new CheckError(`docker config ${file} is not valid JSON: ${err.message}`);
    }
}
const HELPER_OUTPUT_LIMIT = 1024 * 1024;
/** Runs `docker-credential-<name> get`; the server goes on stdin so it never shows in a process list. */
function runCredentialHelper(name, server, env = process.env) {
    const program = `docker-credential-${name}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, ['get'], { env: childEnv({}, env), stdio: ['pipe', 'pipe', 'pipe'] });
        // Our own timer: spawn's `timeout` option leaks a timer when the helper is missing.
        const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS);
        timer.unref();
        let out = '';
        let err = '';
        // A helper's answer is a line of JSON: more than a megabyte is cut, not held.
        child.stdout.on('data', d => (out = (out + d).slice(0, HELPER_OUTPUT_LIMIT)));
        child.stderr.on('data', d => (err = (err + d).slice(0, HELPER_OUTPUT_LIMIT)));
        child.on('error', e => reject(new CheckError(`credential helper ${program} failed to start: ${e.message}`)));
        child.on('close', code => {
            clearTimeout(timer);
            if (code !== 0) {
                // Helpers report a missing entry on stdout with a non-zero exit; that is not an error for us.
                if (/credentials not found/i.test(out + err))
                    return resolve(undefined);
                const last = lastLine(err || out);
                return reject(new CheckError(`credential helper ${program} failed for ${server}: ${clip(last)}`));
            }
            try {
                const parsed = JSON.parse(out);
                if (!parsed.Secret)
                    return resolve(undefined);
                mask(parsed.Secret);
                // Docker's convention: a username of <token> means the secret is an identity token.
                if (parsed.Username === '<token>')
                    return resolve({ identityToken: parsed.Secret });
                resolve({ username: parsed.Username, password: parsed.Secret });
            }
            catch {
                reject(new CheckError(`credential helper ${program} printed something that is not JSON`));
            }
        });
        child.stdin.on('error', () => undefined); // a helper that exits early closes its stdin
        child.stdin.end(server + '\n');
    });
}
function fromAuthEntry(entry) {
    if (entry.identitytoken) {
        mask(entry.identitytoken);
        return { identityToken: entry.identitytoken };
    }
    if (entry.auth) {
        mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const sep = decoded.indexOf(':');
        if (sep < 0)
            return undefined;
        const creds = { username: decoded.slice(0, sep), password: decoded.slice(sep + 1) };
        mask(creds.password);
        return creds;
    }
    if (entry.username && entry.password) {
        mask(entry.password);
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
/**
 * Finds credentials for a registry the way the docker CLI does: a per-registry helper, then the
 * `auths` entry, then the global store. ghcr.io falls back to GITHUB_TOKEN.
 */
async function getCredentials(registry, env = process.env) {
    const server = normaliseServer(registry);
    const config = readDockerConfig(env);
    const helperServer = server === DOCKER_HUB ? DOCKER_HUB_KEY : server;
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => normaliseServer(k) === server)?.[1];
    if (helper) {
        const c = await runCredentialHelper(helper, helperServer, env);
        if (c)
            return c;
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        if (normaliseServer(key) !== server)
            continue;
        const c = fromAuthEntry(entry);
        if (c)
            return c;
    }
    if (config.credsStore) {
        const c = await runCredentialHelper(config.credsStore, helperServer, env);
        if (c)
            return c;
    }
    if (server === 'ghcr.io' && env.GITHUB_TOKEN) {
        mask(env.GITHUB_TOKEN);
        return { username: 'x-access-token', password: env.GITHUB_TOKEN };
    }
    return undefined;
}
function basicAuthorization(creds) {
    if (creds.username === undefined || creds.password === undefined)
        return undefined;
    const value = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
    mask(value);
    return `Basic ${value}`;
}
/**
 * Parses the first Bearer or Basic challenge of a `WWW-Authenticate` header. Quoted values may
 * hold commas (`scope="repository:a:pull,push"`), so this is a small tokenizer, not a split.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(bearer|basic)\b\s*/i.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/y;
    re.lastIndex = m[0].length;
    let p;
    while ((p = re.exec(header))) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    }
    return { scheme: m[1].toLowerCase(), params };
}
const pullScope = (repository) => `repository:${repository}:pull`;
const pushScope = (repository) => `repository:${repository}:pull,push`;
// Tokens are refreshed this long before they expire, so a slow request does not outlive one.
const EXPIRY_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_LIFETIME_S = 60;
/** Answers registry challenges and caches bearer tokens per registry and scope. */
class TokenCache {
    fetchToken;
    env;
    now;
    tokens = new Map();
    credentials = new Map();
    pending = new Map();
    /** Each registry's Bearer challenge, once one was answered: the realm and service to ask. */
    challenges = new Map();
    constructor(fetchToken, env = process.env, now = Date.now) {
        this.fetchToken = fetchToken;
        this.env = env;
        this.now = now;
    }
    /** Looked up once per registry, since credential helpers are slow. */
    credentialsFor(registry) {
        let c = this.credentials.get(registry);
        if (!c) {
            c = getCredentials(registry, this.env);
            this.credentials.set(registry, c);
        }
        return c;
    }
    /** A still-valid Authorization value from an earlier challenge, if any. */
    cached(registry, scopes) {
        const t = this.tokens.get(cacheKey(registry, scopes)) ?? this.tokens.get(cacheKey(registry, ANY_SCOPE));
        return t && t.expiresAt > this.now() ? t.value : undefined;
    }
    /**
     * An Authorization value for a scope not seen yet, fetched before the request when the
     * registry has already said how (its Bearer challenge): that saves the 401 round trip.
     */
    async anticipate(registry, scopes) {
        const challenge = this.challenges.get(registry);
        return challenge ? this.authorize(registry, challenge, scopes) : undefined;
    }
    /** Turns a challenge into an Authorization header value; concurrent asks for one scope share a fetch. */
    authorize(registry, challenge, scopes) {
        const key = cacheKey(registry, scopes);
        let pending = this.pending.get(key);
        if (!pending) {
            pending = this.fetchAuthorization(registry, challenge, scopes).finally(() => this.pending.delete(key));
            this.pending.set(key, pending);
        }
        return pending;
    }
    async fetchAuthorization(registry, challenge, scopes) {
        const creds = await this.credentialsFor(registry);
        if (challenge.scheme === 'basic') {
            const value = creds && basicAuthorization(creds);
            if (!value)
                throw new UnavailableError(`registry ${registry} requires a login and no credentials were found`, 'refused');
            // Basic auth is not scoped: one answer serves every repository.
            this.remember(registry, ANY_SCOPE, value, Number.POSITIVE_INFINITY);
            return value;
        }
        const realm = challenge.params.realm;
        if (!realm)
            throw new CheckError(`registry ${registry} sent a Bearer challenge with no realm`);
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        const wanted = scopes.length ? scopes : challenge.params.scope ? [challenge.params.scope] : [];
        let res;
        if (creds?.identityToken) {
            // Identity tokens are exchanged with the OAuth2 refresh grant, as the docker CLI does.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                service: challenge.params.service ?? '',
                client_id: 'arch-actions',
                scope: wanted.join(' ')
            });
            res = await this.fetchToken(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString())
            });
        }
        else {
            for (const s of wanted)
                url.searchParams.append('scope', s);
            const headers = {};
            const basic = creds && basicAuthorization(creds);
            if (basic)
                headers.authorization = basic;
            res = await this.fetchToken(url, { method: 'GET', headers });
        }
        if (res.status < 200 || res.status >= 300) {
            const who = creds ? 'with the configured credentials' : 'anonymously';
            const message = `registry ${registry} refused a token ${who} for ${wanted.join(' ')} (HTTP ${res.status})`;
            throw new UnavailableError(message, unavailableKind(res.status) ?? 'refused');
        }
        let parsed;
        try {
            parsed = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new CheckError(`registry ${registry} token endpoint returned something that is not JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new CheckError(`registry ${registry} token endpoint returned no token`);
        mask(token);
        const lifetime = (parsed.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1000;
        const value = `Bearer ${token}`;
        this.remember(registry, scopes, value, this.now() + lifetime - EXPIRY_MARGIN_MS);
        this.challenges.set(registry, challenge);
        return value;
    }
    remember(registry, scopes, value, expiresAt) {
        this.tokens.set(cacheKey(registry, scopes), { value, expiresAt });
    }
}
const ANY_SCOPE = ['*'];
function cacheKey(registry, scopes) {
    return `${registry}|${[...scopes].sort().join(' ')}`;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = require("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = require("node:https");
;// CONCATENATED MODULE: ./actions/lib/registry/http.ts





/**
 * One registry's shared back-off: when it answers 429, every request to it waits until the
 * Retry-After has passed, rather than each finding out with a 429 of its own.
 */
class Throttle {
    sleep;
    now;
    until = 0;
    constructor(sleep = realSleep, now = Date.now) {
        this.sleep = sleep;
        this.now = now;
    }
    hold(ms) {
        this.until = Math.max(this.until, this.now() + ms);
    }
    async wait() {
        const left = this.until - this.now();
        if (left > 0)
            await this.sleep(left);
    }
}
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 4;
const DEFAULT_DEADLINE_MS = DEFAULT_LIMITS.requestMs;
// An error body is only read for its message: the rest is dropped.
const ERROR_BODY_LIMIT = 64 * 1024;
const MAX_RETRY_AFTER_MS = 30_000;
const MAX_REDIRECTS = 5;
const SERVER_BACKOFF_MS = 500;
// A refused connection means nothing is listening: retry briefly so a missing registry fails in seconds.
const REFUSED_BACKOFF_MS = 200;
const REFUSED_RETRIES = 3;
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH'
]);
// Errors that happen before the request could have reached the server, so any method may retry.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH']);
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function errorCode(err) {
    const e = err;
    if (e?.code)
        return e.code;
    return /socket hang up/i.test(String(e?.message)) ? 'ECONNRESET' : '';
}
function isTransientError(err) {
    return TRANSIENT_CODES.has(errorCode(err));
}
/** `Retry-After` in seconds or as an HTTP date, capped; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (!v)
        return undefined;
    let ms;
    if (/^\d+$/.test(v.trim()))
        ms = Number(v.trim()) * 1000;
    else {
        const date = Date.parse(v);
        if (Number.isNaN(date))
            return undefined;
        ms = date - now;
    }
    return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
/** Exponential backoff with full jitter on top of half the step, so retries never bunch up. */
function backoffMs(attempt, baseMs, random = Math.random) {
    const step = baseMs * 2 ** attempt;
    return Math.round(step / 2 + random() * (step / 2));
}
function timeoutError(message) {
    const err = new Error(message);
    err.code = 'ETIMEDOUT';
    return err;
}
/** Reads a buffered answer: a 2xx body up to `maxBytes` (more is a LimitError), an error body cut short. */
function readBody(res, opts, url, done) {
    const status = res.statusCode ?? 0;
    const ok = status >= 200 && status < 300;
    const limit = ok ? (opts.maxBytes ?? DEFAULT_LIMITS.manifestBytes) : ERROR_BODY_LIMIT;
    const tooBig = (detail) => {
        res.destroy();
        const what = opts.what ?? `${opts.method ?? 'GET'} ${url.host}${url.pathname}`;
        done(new LimitError(`${what} (${opts.target ?? url.host})`, opts.maxBytesLimit ?? 'manifestBytes', limit, detail));
    };
    const declared = Number(res.headers['content-length']);
    // A HEAD answer's Content-Length is the size of what it describes (a blob), not of a body.
    if (ok && opts.method !== 'HEAD' && declared > limit)
        return tooBig(`Content-Length ${declared}`);
    const chunks = [];
    let size = 0;
    res.on('data', (c) => {
        size += c.length;
        if (size <= limit)
            return void chunks.push(c);
        if (ok)
            return tooBig(`more than ${formatLimit('manifestBytes', limit)} sent`);
        chunks.push(c.subarray(0, c.length - (size - limit)));
        res.destroy();
        done(null, Buffer.concat(chunks));
    });
    res.on('error', err => done(err));
    res.on('end', () => done(null, Buffer.concat(chunks)));
}
function once(opts, url, headers, attemptMs) {
    const method = opts.method ?? 'GET';
    const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const lib = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (err, res) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (err)
                reject(err);
            else
                resolve(res);
        };
        const allHeaders = { ...headers };
        if (opts.bodyFactory)
            allHeaders['content-length'] = String(opts.contentLength);
        else if (opts.body)
            allHeaders['content-length'] = String(opts.body.length);
        // `timeout` arms the socket before connecting, so it covers both connect and idle time.
        const req = lib.request(url, { method, headers: allHeaders, agent: opts.agent, timeout });
        // The attempt's own deadline: a body that drips a byte now and then never trips the idle timeout.
        const timer = setTimeout(() => req.destroy(timeoutError(`not answered in full within ${attemptMs} ms (the request-attempt limit)`)), attemptMs);
        req.on('timeout', () => req.destroy(timeoutError(`no response from ${url.host} within ${timeout} ms`)));
        req.on('error', err => settle(err));
        req.on('response', res => {
            const status = res.statusCode ?? 0;
            if (opts.stream && status >= 200 && status < 300 && method !== 'HEAD') {
                // A streamed body is bounded by its reader (the blob's minimum transfer rate).
                settle(null, { status, headers: res.headers, url, body: Buffer.alloc(0), stream: res });
                return;
            }
            readBody(res, opts, url, (err, body) => err ? settle(err) : settle(null, { status, headers: res.headers, url, body: body }));
        });
        if (opts.bodyFactory)
            sendStream(req, opts.bodyFactory, opts.contentLength, url, e => settle(e));
        else
            req.end(opts.body);
    });
}
/**
 * Pipes a freshly opened body into `req` (with backpressure), checking its length. A source that
 * fails or lies about its size is a local problem: it rejects with a CheckError, never retried.
 */
function sendStream(req, open, length, url, reject) {
    let source;
    try {
        source = open();
    }
    catch (err) {
        req.destroy();
        reject(new CheckError(`cannot read the body for ${url.host}${url.pathname}: ${err.message}`));
        return;
    }
    let sent = 0;
    const localFailure = (why) => {
        const err = new CheckError(`cannot send the body to ${url.host}${url.pathname}: ${why}`);
        reject(err);
        req.destroy(err);
    };
    source.on('data', (chunk) => {
        sent += chunk.length;
        if (sent > length)
            localFailure(`the source holds more than the announced ${length} bytes`);
    });
    source.on('end', () => {
        if (sent !== length)
            localFailure(`the source ended after ${sent} of the announced ${length} bytes`);
    });
    source.on('error', err => localFailure(err.message));
    // An early answer (503, 401) or a broken connection ends the attempt: close the file too.
    req.on('close', () => source.destroy());
    source.pipe(req);
}
function isRetryableStatus(status) {
    return status === 429 || status === 408 || status >= 500;
}
/**
 * One HTTP exchange with bounded retries. Network failures become a CheckError once retries or
 * the deadline run out; HTTP error statuses are returned for the caller to judge.
 */
async function request(opts) {
    const method = opts.method ?? 'GET';
    if (opts.bodyFactory && !(Number.isSafeInteger(opts.contentLength) && opts.contentLength >= 0)) {
        throw new Error(`request: bodyFactory needs a contentLength (got ${opts.contentLength})`);
    }
    const idempotent = opts.idempotent ?? (method === 'GET' || method === 'HEAD' || method === 'PUT');
    const follow = opts.followRedirects ?? (method === 'GET' || method === 'HEAD');
    const retries = opts.retries ?? DEFAULT_RETRIES;
    const sleep = opts.sleep ?? realSleep;
    const random = opts.random ?? Math.random;
    const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const deadline = Date.now() + deadlineMs;
    let url = new URL(String(opts.url));
    const target = opts.target ?? url.host;
    let headers = { ...(opts.headers ?? {}) };
    let redirects = 0;
    let attempt = 0;
    let maxRetries = retries;
    for (;;) {
        let waitMs;
        let reason;
        try {
            await opts.throttle?.wait();
            const left = deadline - Date.now();
            if (left <= 0)
                throw new LimitError(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs);
            const res = await once(opts, url, headers, Math.min(left, (opts.attemptMs ?? DEFAULT_LIMITS.attemptMs) || left));
            const location = res.headers.location;
            if (follow && location && [301, 302, 303, 307, 308].includes(res.status)) {
                if (++redirects > MAX_REDIRECTS)
                    throw new CheckError(`${target}: too many redirects for ${opts.url}`);
                const next = new URL(location, url);
                // Signed storage URLs reject (and must not see) the registry's credentials, and a
                // step down from https to http on the same host would send them in the clear.
                if (!keepsAuthorization(url, next))
                    headers = withoutAuthorization(headers);
                debug(`${method} ${url} redirected to ${next.origin}${next.pathname}`);
                url = next;
                continue;
            }
            if (!isRetryableStatus(res.status) || !idempotent || attempt >= retries)
                return res;
            reason = `HTTP ${res.status}`;
            waitMs = parseRetryAfter(res.headers['retry-after']) ?? backoffMs(attempt, SERVER_BACKOFF_MS, random);
            if (res.status === 429)
                opts.throttle?.hold(waitMs);
            // Out of time: the caller gets the last answer and reports it as it sees fit.
            if (Date.now() + waitMs > deadline)
                return res;
        }
        catch (err) {
            if (err instanceof CheckError)
                throw err;
            const code = errorCode(err);
            const message = err.message;
            const retryable = isTransientError(err) && (idempotent || NOT_SENT_CODES.has(code));
            const limit = code === 'ECONNREFUSED' ? Math.min(retries, REFUSED_RETRIES) : retries;
            if (!retryable || attempt >= limit)
                throw unreachable(target, message, code);
            maxRetries = limit;
            reason = message;
            waitMs = backoffMs(attempt, code === 'ECONNREFUSED' ? REFUSED_BACKOFF_MS : SERVER_BACKOFF_MS, random);
            if (Date.now() + waitMs > deadline)
                throw new LimitError(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs, message);
        }
        attempt++;
        info(`${method} ${url.host}${url.pathname}: ${reason}; retry ${attempt}/${maxRetries} in ${waitMs} ms`);
        await sleep(waitMs);
    }
}
function unreachable(target, message, code) {
    return new UnavailableError(`${target} is unreachable: ${message}`, code === 'ETIMEDOUT' ? 'timeout' : 'unreachable');
}
/** Credentials follow a redirect only to the same origin: scheme, host and port. */
function keepsAuthorization(from, to) {
    return from.origin === to.origin;
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}
/** Reads a whole (small) stream into memory, refusing more than the config-size `limit`. */
async function readAll(stream, limit = DEFAULT_LIMITS.configBytes, what = 'response') {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        size += b.length;
        if (size > limit) {
            stream.destroy?.();
            throw new LimitError(what, 'configBytes', limit);
        }
        chunks.push(b);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./actions/lib/oci/schema.ts
// The fields this project reads from manifests, indexes and configs, checked before use, so a
// malformed document is a CheckError that names what is wrong, never a TypeError further on.




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOptionalString = (v) => v === undefined || typeof v === 'string';
const isStringMap = (v) => isObject(v) && Object.values(v).every(x => typeof x === 'string');
function invalid(what, why) {
    throw new CheckError(`${what} ${why}`);
}
function checkDescriptor(what, d) {
    if (!isObject(d))
        invalid(what, 'is not a descriptor object');
    if (typeof d.mediaType !== 'string' || !d.mediaType)
        invalid(what, 'has no mediaType');
    if (!isDigest(d.digest))
        invalid(what, `has no valid digest (${clip(JSON.stringify(d.digest) ?? 'none', 80)})`);
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        invalid(what, `has no valid size (${clip(JSON.stringify(d.size) ?? 'none', 80)})`);
    }
    const p = d.platform;
    if (p !== undefined) {
        if (!isObject(p) || typeof p.os !== 'string' || typeof p.architecture !== 'string') {
            invalid(what, 'has a platform without os and architecture');
        }
        if (!isOptionalString(p.variant))
            invalid(what, 'has a platform variant that is not a string');
    }
    if (d.annotations !== undefined && !isStringMap(d.annotations)) {
        invalid(what, 'has annotations that are not all strings');
    }
    return d;
}
function checkIndex(name, json) {
    const what = `index ${name}`;
    if (!Array.isArray(json.manifests))
        invalid(what, 'has no manifests array');
    json.manifests.forEach((d, i) => checkDescriptor(`${what}: manifests[${i}]`, d));
    return json;
}
function checkImageManifest(name, json) {
    const what = `manifest ${name}`;
    if (json.config === undefined)
        invalid(what, 'has no config');
    checkDescriptor(`${what}: config`, json.config);
    if (!Array.isArray(json.layers))
        invalid(what, 'has no layers array');
    json.layers.forEach((d, i) => checkDescriptor(`${what}: layers[${i}]`, d));
    return json;
}
/**
 * A manifest or index body, parsed and checked. The media type is the body's own, else the
 * Content-Type it came with (the OCI spec makes the field optional).
 */
function parseManifest(body, contentType, name) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch (err) {
        throw new CheckError(`manifest of ${name} is not valid JSON: ${err.message}`);
    }
    if (!isObject(json))
        invalid(`manifest of ${name}`, 'is not a JSON object');
    if (json.schemaVersion !== 2) {
        invalid(`manifest of ${name}`, `has schemaVersion ${clip(JSON.stringify(json.schemaVersion) ?? 'none', 80)}, expected 2`);
    }
    if (!isOptionalString(json.mediaType))
        invalid(`manifest of ${name}`, 'has a mediaType that is not a string');
    const mediaType = json.mediaType || contentType;
    if (!mediaType)
        invalid(`manifest of ${name}`, 'has no mediaType, and no Content-Type says what it is');
    if (isIndexMediaType(mediaType))
        return { mediaType, json: checkIndex(name, json) };
    if (isManifestMediaType(mediaType))
        return { mediaType, json: checkImageManifest(name, json) };
    throw new CheckError(`manifest of ${name} has unsupported media type "${clip(mediaType, 120)}"`);
}
/** An image config, with the platform fields checked. */
function parseConfig(body, what) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch (err) {
        throw new CheckError(`${what} is not valid JSON: ${err.message}`);
    }
    if (!isObject(json))
        invalid(what, 'is not a JSON object');
    if (typeof json.architecture !== 'string' || !json.architecture)
        invalid(what, 'has no architecture');
    if (typeof json.os !== 'string' || !json.os)
        invalid(what, 'has no os');
    if (!isOptionalString(json.variant))
        invalid(what, 'has a variant that is not a string');
    return json;
}

;// CONCATENATED MODULE: ./actions/lib/registry/blob-stream.ts






class BlobStream extends external_node_stream_namespaceObject.Readable {
    opts;
    current;
    delivered = 0;
    skip = 0;
    attempt = 0;
    hash;
    rateTimer;
    windowStart = 0;
    /** Set while the reader holds us back, and for the window it happened in: that time is not the registry's. */
    held = false;
    heldInWindow = false;
    constructor(first, opts) {
        super();
        this.opts = opts;
        this.hash = hasherFor(opts.digest);
        this.attach(first);
        this.watchRate();
    }
    /** A body that drips (a byte now and then) never trips an idle timeout; a minimum rate catches it. */
    watchRate() {
        const rate = this.opts.minRate;
        if (!rate)
            return;
        const need = (rate.bytesPerSecond * rate.windowMs) / 1000;
        this.rateTimer = setInterval(() => {
            const got = this.delivered - this.windowStart;
            this.windowStart = this.delivered;
            const excused = this.heldInWindow;
            this.heldInWindow = this.held;
            if (excused || got >= need || !this.current)
                return;
            const seconds = rate.windowMs / 1000;
            this.destroy(new LimitError(this.opts.what, 'blobBytesPerSecond', rate.bytesPerSecond, `${got} bytes in ${seconds} s`));
        }, rate.windowMs);
        this.rateTimer.unref();
    }
    attach(part) {
        this.current = part.stream;
        this.skip = this.delivered - part.start;
        if (this.skip < 0) {
            part.stream.destroy();
            this.destroy(new CheckError(`${this.opts.what}: the registry resumed at byte ${part.start}, after ${this.delivered}`));
            return;
        }
        part.stream.on('data', (chunk) => this.onData(part.stream, chunk));
        part.stream.on('end', () => this.onEnd(part.stream));
        part.stream.on('error', err => this.onBreak(part.stream, err));
    }
    _read() {
        this.held = false;
        this.current?.resume();
    }
    _destroy(err, cb) {
        clearInterval(this.rateTimer);
        this.current?.destroy();
        this.current = undefined;
        cb(err);
    }
    onData(from, chunk) {
        if (from !== this.current || this.destroyed)
            return;
        if (this.skip > 0) {
            const dropped = Math.min(this.skip, chunk.length);
            this.skip -= dropped;
            chunk = chunk.subarray(dropped);
            if (chunk.length === 0)
                return;
        }
        this.delivered += chunk.length;
        this.hash.update(chunk);
        if (!this.push(chunk)) {
            this.held = this.heldInWindow = true;
            from.pause();
        }
    }
    onEnd(from) {
        if (from !== this.current || this.destroyed)
            return;
        this.current = undefined;
        clearInterval(this.rateTimer);
        const got = `${this.opts.digest.split(':')[0]}:${this.hash.digest('hex')}`;
        try {
            checkDigest(this.opts.what, this.opts.digest, got);
        }
        catch (err) {
            this.destroy(err);
            return;
        }
        this.push(null);
    }
    onBreak(from, err) {
        if (from !== this.current || this.destroyed)
            return;
        this.current = undefined;
        from.destroy();
        if (err instanceof CheckError)
            return void this.destroy(err);
        const why = `${this.opts.what} broke off after ${this.delivered} bytes (${err.message})`;
        if (!isTransientError(err) || this.attempt >= this.opts.retries) {
            this.destroy(new CheckError(why));
            return;
        }
        const attempt = this.attempt++;
        info(`${why}; resuming, retry ${attempt + 1}/${this.opts.retries}`);
        this.opts
            .pause(attempt)
            .then(() => this.opts.reopen(this.delivered))
            .then(part => (this.destroyed ? part.stream.destroy() : this.attach(part)), e => this.destroy(e));
    }
}
/** Where a 206 answer starts (`Content-Range: bytes 100-199/200`); 0 for a full answer. */
function partStart(status, contentRange) {
    if (status !== 206)
        return 0;
    const m = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(contentRange ?? '');
    if (!m)
        throw new CheckError(`registry answered a Range request with an unreadable Content-Range "${contentRange}"`);
    return Number(m[1]);
}

;// CONCATENATED MODULE: ./actions/lib/registry/transport.ts
// How the client talks to a registry: one keep-alive agent per scheme, bounded retries (http.ts),
// and auth challenges answered once with the token reused per registry and scope (auth.ts).










// Two platforms per image at the default concurrency (32) go out at once; beyond that, requests queue.
const MAX_SOCKETS_PER_REGISTRY = 64;
// Manifests and configs are small; this bounds memory on a run over thousands of images.
const MAX_MEMOS = 2000;
class RegistryTransport {
    options;
    // One pool per scheme; maxSockets is per host, so it is the cap per registry.
    httpAgent = new external_node_http_namespaceObject.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
    httpsAgent = new external_node_https_namespaceObject.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
    auth;
    throttles = new Map();
    memos = new Map();
    now;
    send;
    sleep;
    constructor(options = {}, deps = {}) {
        this.options = options;
        this.send = deps.request ?? request;
        this.sleep = deps.sleep ?? realSleep;
        this.now = deps.now ?? Date.now;
        const fetchToken = async (url, init) => {
            const res = await this.send({ ...this.baseOptions(url.host), url, ...init, idempotent: true });
            return { status: res.status, body: res.body };
        };
        this.auth = new TokenCache(fetchToken, options.env ?? process.env, deps.now);
    }
    /** The limits in force: the defaults, with the caller's on top. */
    get limits() {
        return { ...DEFAULT_LIMITS, ...this.options.limits };
    }
    /** Attempts after the first for a body that breaks off mid-stream (as for a failed request). */
    get retries() {
        return this.options.retries ?? DEFAULT_RETRIES;
    }
    /** The same backoff as between request attempts. */
    pause(attempt) {
        return this.sleep(backoffMs(attempt, SERVER_BACKOFF_MS));
    }
    /** Frees keep-alive sockets; call when done so the process can exit promptly. */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
    baseUrl(registry) {
        const scheme = isInsecureRegistry(registry, this.options.insecureRegistries) ? 'http' : 'https';
        return `${scheme}://${registryApiHost(registry)}`;
    }
    baseOptions(host) {
        let throttle = this.throttles.get(host);
        if (!throttle)
            this.throttles.set(host, (throttle = new Throttle(this.sleep, this.now)));
        return {
            timeoutMs: this.options.timeoutMs,
            retries: this.options.retries,
            deadlineMs: this.options.deadlineMs ?? this.limits.requestMs,
            attemptMs: this.limits.attemptMs,
            sleep: this.sleep,
            throttle,
            target: `registry ${host}`
        };
    }
    /**
     * Content addressed by digest never changes, so one read serves every caller (a platform's
     * manifest is read for its config and again for its layers). Failures are not kept.
     */
    memo(key, read) {
        let p = this.memos.get(key);
        if (!p) {
            p = read();
            this.memos.set(key, p);
            p.catch(() => this.memos.delete(key));
            if (this.memos.size > MAX_MEMOS)
                this.memos.delete(this.memos.keys().next().value);
        }
        return p;
    }
    /** One API call, answering at most one auth challenge. */
    async call(ref, c) {
        const url = c.url ?? new URL(this.baseUrl(ref.registry) + c.path);
        const headers = {
            'user-agent': this.options.userAgent ?? 'arch-actions',
            ...c.headers
        };
        const send = () => this.send({
            ...this.baseOptions(ref.registry),
            url,
            method: c.method,
            headers,
            body: c.body,
            bodyFactory: c.bodyFactory,
            contentLength: c.contentLength,
            stream: c.stream,
            idempotent: c.idempotent,
            what: c.what,
            maxBytes: c.maxBytes,
            maxBytesLimit: c.maxBytesLimit,
            agent: url.protocol === 'https:' ? this.httpsAgent : this.httpAgent
        });
        const known = this.auth.cached(ref.registry, c.scopes) ?? (await this.auth.anticipate(ref.registry, c.scopes));
        if (known)
            headers.authorization = known;
        let res = await send();
        if (res.status === 401) {
            const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
            if (!challenge)
                return res;
            headers.authorization = await this.auth.authorize(ref.registry, challenge, c.scopes);
            res = await send();
        }
        return res;
    }
    /** A call that reads `ref`'s repository. */
    pull(ref, c) {
        return this.call(ref, { ...c, scopes: [pullScope(ref.repository)] });
    }
    /** A call that writes to `ref`'s repository. */
    push(ref, c) {
        return this.call(ref, { ...c, scopes: [pushScope(ref.repository)] });
    }
    /** The error for an unexpected status, with the registry's own reason when it gives one. */
    fail(ref, what, res) {
        // The registry's own words, on one line and cut short: they are text from outside.
        const detail = clip(registryErrorDetail(res.body));
        const hint = res.status === 401 || res.status === 403 ? ' (check the registry login)' : '';
        const message = `${what} ${formatReference(ref)}: HTTP ${res.status}${detail ? ` ${detail}` : ''}${hint}`;
        const kind = unavailableKind(res.status);
        return kind ? new UnavailableError(message, kind) : new CheckError(message);
    }
}
/** Runs a read once more when its bytes fail their digest: corruption in transit rarely repeats. */
async function readVerified(read) {
    try {
        return await read();
    }
    catch (err) {
        if (!(err instanceof IntegrityError))
            throw err;
        info(`${err.message}; reading it once more`);
        return read();
    }
}
/** The first error message from a registry's JSON error body, if it has one. */
function registryErrorDetail(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const e = parsed.errors?.[0];
        return e ? `${e.code ?? ''} ${e.message ?? ''}`.trim() : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./actions/lib/registry/blobs.ts
// Blobs: streamed reads checked against their digest, uploads, cross-repository mounts.












const blobPath = (ref, digest) => `/v2/${ref.repository}/blobs/${digest}`;
/** Opens a blob's body from `offset` (a Range request past 0); registry errors are thrown here. */
async function openBlob(t, ref, digest, offset) {
    const res = await t.pull(ref, {
        method: 'GET',
        path: blobPath(ref, digest),
        stream: true,
        ...(offset > 0 ? { headers: { range: `bytes=${offset}-` } } : {})
    });
    if (!res.stream) {
        if (res.status === 404)
            throw new CheckError(`blob ${digest} of ${formatReference(ref)} was not found`);
        throw t.fail(ref, `cannot read blob ${digest} of`, res);
    }
    const contentRange = res.headers['content-range'];
    return { stream: res.stream, start: partStart(res.status, contentRange) };
}
/**
 * A blob as a stream, checked against its digest as it flows (an IntegrityError at the end on
 * a mismatch). A body that breaks off is resumed where it stopped.
 */
async function getBlob(t, ref, digest) {
    const first = await openBlob(t, ref, digest, 0);
    const { blobBytesPerSecond, blobWindowMs } = t.limits;
    return new BlobStream(first, {
        digest,
        what: `blob ${digest} of ${formatReference(ref)}`,
        minRate: { bytesPerSecond: blobBytesPerSecond, windowMs: blobWindowMs },
        reopen: offset => openBlob(t, ref, digest, offset),
        retries: t.retries,
        pause: attempt => t.pause(attempt)
    });
}
/** A small blob (a config, an attestation) in memory, up to `limit` bytes, read again once if it fails its digest. */
function getBlobBytes(t, ref, digest, limit = t.limits.configBytes) {
    const what = `blob ${digest} of ${formatReference(ref)}`;
    return readVerified(async () => readAll(await getBlob(t, ref, digest), limit, what));
}
/** An image config, checked for the fields that are used, read once per client. */
function getConfigBlob(t, ref, digest) {
    return t.memo(`config ${ref.registry}/${ref.repository}@${digest}`, async () => {
        const body = await getBlobBytes(t, ref, digest);
        return parseConfig(body, `config ${digest} of ${formatReference(ref)}`);
    });
}
async function blobExists(t, ref, digest, scopes = [pullScope(ref.repository)]) {
    const res = await t.call(ref, { method: 'HEAD', path: blobPath(ref, digest), scopes });
    if (res.status === 200)
        return true;
    if (res.status === 404)
        return false;
    throw t.fail(ref, `cannot check blob ${digest} of`, res);
}
/**
 * Monolithic upload of a blob of known digest and size, streamed from `open()` (typically a
 * file) so memory stays flat whatever the size. `open` is called again for every retry of the
 * PUT, which is safe because a PUT by digest is idempotent. Skipped when the blob exists.
 */
async function pushBlobFrom(t, ref, open, digest, size) {
    const scopes = [pushScope(ref.repository)];
    if (await blobExists(t, ref, digest, scopes))
        return digest;
    // Starting an upload twice only leaves an unused session, which the registry expires.
    const start = await t.push(ref, {
        method: 'POST',
        path: `/v2/${ref.repository}/blobs/uploads/`,
        idempotent: true
    });
    if (start.status !== 202)
        throw t.fail(ref, 'cannot start a blob upload to', start);
    await finishUpload(t, ref, start, digest, open, size);
    return digest;
}
async function finishUpload(t, ref, started, digest, open, size) {
    const location = started.headers.location;
    if (!location)
        throw new CheckError(`registry ${ref.registry} started an upload without a Location`);
    const url = new URL(location, started.url);
    url.searchParams.set('digest', digest);
    const res = await t.push(ref, {
        method: 'PUT',
        path: '',
        url,
        headers: { 'content-type': 'application/octet-stream' },
        bodyFactory: open,
        contentLength: size
    });
    if (res.status !== 201)
        throw t.fail(ref, `cannot upload blob ${digest} to`, res);
}
/** Downloads a blob (digest-checked) to a temporary file, so a copy never sits in memory. */
async function spoolBlob(t, from, digest, use) {
    const dir = await external_node_fs_namespaceObject.promises.mkdtemp(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'arch-blob-'));
    try {
        const file = external_node_path_namespaceObject.join(dir, 'blob');
        await readVerified(async () => (0,promises_namespaceObject.pipeline)(await getBlob(t, from, digest), external_node_fs_namespaceObject.createWriteStream(file)));
        const { size } = await external_node_fs_namespaceObject.promises.stat(file);
        return await use(() => external_node_fs_namespaceObject.createReadStream(file), size);
    }
    finally {
        await external_node_fs_namespaceObject.promises.rm(dir, { recursive: true, force: true });
    }
}
/** Cross-repository mount; copies the blob when the registry declines (other host, no access). */
async function mountBlob(t, from, to, digest) {
    const scopes = [pushScope(to.repository), pullScope(from.repository)];
    if (await blobExists(t, to, digest, scopes))
        return;
    if (from.registry === to.registry) {
        const query = new URLSearchParams({ mount: digest, from: from.repository });
        // A mount sent twice mounts the same blob twice: no harm, so it is retried like a GET.
        const res = await t.call(to, {
            method: 'POST',
            path: `/v2/${to.repository}/blobs/uploads/?${query}`,
            scopes,
            idempotent: true
        });
        if (res.status === 201)
            return;
        // 202 means the registry opened a normal upload instead; use it for the copy.
        if (res.status === 202) {
            debug(`mount of ${digest} into ${to.repository} declined; copying`);
            return spoolBlob(t, from, digest, (open, size) => finishUpload(t, to, res, digest, open, size));
        }
        throw t.fail(to, `cannot mount blob ${digest} into`, res);
    }
    await spoolBlob(t, from, digest, (open, size) => pushBlobFrom(t, to, open, digest, size).then(() => undefined));
}

;// CONCATENATED MODULE: ./actions/lib/registry/manifests.ts
// Manifests and indexes: read (digest-checked), probe and push.






const manifestPath = (ref, target) => `/v2/${ref.repository}/manifests/${target}`;
async function fetchBody(t, ref, target, accept) {
    const res = await t.pull(ref, {
        method: 'GET',
        path: manifestPath(ref, target),
        headers: { accept: accept.join(', ') },
        what: `manifest of ${formatReference({ ...ref, ...(isDigest(target) ? { digest: target } : {}) })}`,
        maxBytes: t.limits.manifestBytes
    });
    if (res.status === 404)
        throw new NotFoundError(`image ${formatReference(ref)} was not found`);
    if (res.status !== 200)
        throw t.fail(ref, 'cannot read manifest of', res);
    return res;
}
function headerDigest(res) {
    const value = res.headers['docker-content-digest'];
    return isDigest(value) ? value : undefined;
}
/**
 * A manifest and the digest it is known by. By digest, the body must hash to it. By tag, the
 * body must hash to the digest the registry gives for the tag (Docker-Content-Digest); a registry
 * that gives none is asked for the manifest by the body's own digest, which it must hold.
 */
async function fetchManifest(t, ref, accept) {
    const name = formatReference(ref);
    const res = await fetchBody(t, ref, manifestTarget(ref), accept);
    let body = res.body;
    let digest = ref.digest ?? headerDigest(res);
    if (digest) {
        checkDigest(`manifest of ${name}`, digest, digestLike(digest, body));
    }
    else {
        digest = sha256Digest(body);
        try {
            body = (await fetchBody(t, ref, digest, accept)).body;
        }
        catch (err) {
            if (!(err instanceof CheckError) || !/was not found/.test(err.message))
                throw err;
            throw new IntegrityError(`manifest of ${name} hashes to ${digest}, which the registry does not hold`);
        }
        checkDigest(`manifest of ${name}`, digest, sha256Digest(body));
    }
    const contentType = String(res.headers['content-type'] ?? '')
        .split(';')[0]
        .trim();
    const { mediaType, json } = parseManifest(body, contentType, name);
    return { digest, mediaType, size: body.length, body, json };
}
/** A manifest (by digest, read once per client: its content cannot change). */
function getManifest(t, ref, accept = ALL_MANIFEST_TYPES) {
    const read = () => readVerified(() => fetchManifest(t, ref, accept));
    if (!ref.digest)
        return read();
    return t.memo(`manifest ${ref.registry}/${ref.repository}@${ref.digest} ${accept.join(',')}`, read);
}
/** The digest a tag points to, or undefined when it does not exist. */
async function headManifest(t, ref) {
    const res = await t.pull(ref, {
        method: 'HEAD',
        path: manifestPath(ref, manifestTarget(ref)),
        headers: { accept: ALL_MANIFEST_TYPES.join(', ') }
    });
    if (res.status === 404)
        return undefined;
    if (res.status !== 200)
        throw t.fail(ref, 'cannot check manifest of', res);
    const digest = res.headers['docker-content-digest'];
    if (typeof digest === 'string' && digest)
        return digest;
    // Some registries omit the header on HEAD; the body is the only proof then.
    return (await getManifest(t, ref)).digest;
}
async function putManifest(t, repoRef, tagOrDigest, body, mediaType) {
    const res = await t.push(repoRef, {
        method: 'PUT',
        path: manifestPath(repoRef, tagOrDigest),
        headers: { 'content-type': mediaType },
        body
    });
    if (res.status !== 201 && res.status !== 200)
        throw t.fail(repoRef, `cannot push manifest ${tagOrDigest} to`, res);
    return sha256Digest(body);
}
/** The manifest of one platform (not an index), by digest. */
async function getImageManifest(t, ref, manifestDigest) {
    const m = await getManifest(t, { ...ref, digest: manifestDigest });
    if (isIndexMediaType(m.mediaType)) {
        throw new CheckError(`${formatReference(ref)}@${manifestDigest} is an index, not a platform's manifest`);
    }
    return { ...m.json, mediaType: m.mediaType };
}

;// CONCATENATED MODULE: ./actions/lib/registry/inspect.ts



async function getConfig(t, ref, manifestDigest) {
    const manifest = await getImageManifest(t, ref, manifestDigest);
    return getConfigBlob(t, ref, manifest.config.digest);
}
function entryOf(d) {
    return {
        platform: {
            os: d.platform?.os ?? 'unknown',
            architecture: d.platform?.architecture ?? 'unknown',
            ...(d.platform?.variant ? { variant: d.platform.variant } : {})
        },
        digest: d.digest,
        mediaType: d.mediaType,
        size: d.size,
        annotations: d.annotations,
        attestation: isAttestation(d)
    };
}
/** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
async function inspect(t, ref) {
    const m = await getManifest(t, ref);
    if (isIndexMediaType(m.mediaType)) {
        const platforms = (m.json.manifests ?? []).map(entryOf);
        return { digest: m.digest, mediaType: m.mediaType, isIndex: true, platforms };
    }
    const manifest = m.json;
    const config = await getConfigBlob(t, ref, manifest.config.digest);
    const platform = {
        os: config.os,
        architecture: config.architecture,
        ...(config.variant ? { variant: config.variant } : {})
    };
    const entry = {
        platform,
        digest: m.digest,
        mediaType: m.mediaType,
        size: m.size,
        annotations: manifest.annotations,
        attestation: false
    };
    return { digest: m.digest, mediaType: m.mediaType, isIndex: false, platforms: [entry] };
}

;// CONCATENATED MODULE: ./actions/lib/registry/referrers.ts
// OCI 1.1 referrers: the artifacts whose `subject` is a manifest. The referrers API where the
// registry has it, else the tag fallback of the distribution spec (`sha256-<hex>`, an index).




// An index of referrers is small; a registry that answers with more is refused.
const REFERRERS_LIMIT = 4 * 1024 * 1024;
/** The tag the fallback keeps the referrers of `digest` under. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function manifestsOf(body, what) {
    try {
        const index = JSON.parse(body.toString('utf8'));
        return Array.isArray(index.manifests) ? index.manifests : [];
    }
    catch {
        throw new CheckError(`${what} is not an image index`);
    }
}
async function fromTag(t, ref, digest) {
    try {
        const m = await getManifest(t, { ...ref, tag: referrersTag(digest), digest: undefined });
        return manifestsOf(m.body, `the referrers tag of ${digest}`);
    }
    catch (err) {
        if (err instanceof CheckError && /was not found/.test(err.message))
            return undefined;
        throw err;
    }
}
/**
 * The referrers of `digest` in `ref`'s repository: from the referrers API, or (404) from the
 * fallback tag; both are read, since a registry may have gained the API after a fallback was written.
 */
async function listReferrers(t, ref, digest) {
    // The API and the fallback tag at once: one round trip for a digest with no referrers.
    const [apiRead, tagRead] = await Promise.allSettled([
        t.pull(ref, {
            method: 'GET',
            path: `/v2/${ref.repository}/referrers/${digest}`,
            headers: { accept: MEDIA_TYPES.ociIndex },
            stream: true
        }),
        fromTag(t, ref, digest)
    ]);
    if (apiRead.status === 'rejected')
        throw apiRead.reason;
    const res = apiRead.value;
    if (tagRead.status === 'rejected') {
        res.stream?.destroy();
        throw tagRead.reason;
    }
    const tagged = tagRead.value ?? [];
    let api = [];
    if (res.stream) {
        const body = await readAll(res.stream, REFERRERS_LIMIT);
        if (res.status === 200)
            api = manifestsOf(body, `the referrers of ${digest}`);
    }
    else if (res.status !== 404 && res.status !== 400) {
        throw t.fail(ref, `cannot list the referrers of ${digest} in`, res);
    }
    const seen = new Set(api.map(d => d.digest));
    return [...api, ...tagged.filter(d => !seen.has(d.digest))];
}
/**
 * Pushes a manifest that has a `subject`. A registry with the referrers API says so with the
 * OCI-Subject header; for any other, the fallback tag's index gains the manifest's descriptor.
 * Returns how the referrer was recorded.
 */
async function pushReferrer(t, ref, body, descriptor, subject) {
    const res = await t.push(ref, {
        method: 'PUT',
        path: `/v2/${ref.repository}/manifests/${descriptor.digest}`,
        headers: { 'content-type': descriptor.mediaType },
        body
    });
    if (res.status !== 201 && res.status !== 200)
        throw t.fail(ref, `cannot push manifest ${descriptor.digest} to`, res);
    if (res.headers['oci-subject'] === subject)
        return 'api';
    const listed = (await fromTag(t, ref, subject)) ?? [];
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [...listed.filter(d => d.digest !== descriptor.digest), descriptor]
    };
    const indexBody = Buffer.from(JSON.stringify(index));
    await putManifest(t, ref, referrersTag(subject), indexBody, MEDIA_TYPES.ociIndex);
    return 'tag';
}

;// CONCATENATED MODULE: ./actions/lib/registry/client.ts
// The registry client the actions use: one transport (auth, retries, keep-alive) and the
// operations on it, by concern in manifests.ts, blobs.ts and inspect.ts.







/** A small client for the OCI distribution API with retries, auth challenges and keep-alive. */
class RegistryClient {
    t;
    constructor(options = {}, deps = {}) {
        this.t = new RegistryTransport(options, deps);
    }
    /** Frees keep-alive sockets; call when done so the process can exit promptly. */
    close() {
        this.t.close();
    }
    getManifest(ref, accept) {
        return getManifest(this.t, ref, accept);
    }
    /** The digest a tag points to, or undefined when it does not exist. */
    headManifest(ref) {
        return headManifest(this.t, ref);
    }
    putManifest(repoRef, tagOrDigest, body, mediaType) {
        return putManifest(this.t, repoRef, tagOrDigest, body, mediaType);
    }
    /** The manifest of one platform (not an index), by digest. */
    getImageManifest(ref, manifestDigest) {
        return getImageManifest(this.t, ref, manifestDigest);
    }
    /** A blob as a stream, checked against its digest as it flows. */
    getBlob(ref, digest) {
        return getBlob(this.t, ref, digest);
    }
    /** A small blob in memory (an attestation), at most `limit` bytes, checked against its digest. */
    getBlobBytes(ref, digest, limit) {
        return getBlobBytes(this.t, ref, digest, limit);
    }
    /** The artifacts whose subject is `digest` (referrers API, or the distribution spec's tag fallback). */
    listReferrers(ref, digest) {
        return listReferrers(this.t, ref, digest);
    }
    /** Pushes a manifest with a subject, and lists it in the fallback tag when the registry has no referrers API. */
    pushReferrer(ref, body, descriptor, subject) {
        return pushReferrer(this.t, ref, body, descriptor, subject);
    }
    /** An image config by its own digest, checked for the fields that are used. */
    getConfigBlob(ref, digest) {
        return getConfigBlob(this.t, ref, digest);
    }
    blobExists(ref, digest, scopes) {
        return blobExists(this.t, ref, digest, scopes);
    }
    /** Monolithic upload (POST then PUT); skipped when the registry already has the blob. */
    async pushBlob(ref, data) {
        const digest = sha256Digest(data);
        await pushBlobFrom(this.t, ref, () => external_node_stream_namespaceObject.Readable.from([data]), digest, data.length);
        return digest;
    }
    /** Upload streamed from `open()` (reopened per retry), so memory stays flat whatever the size. */
    pushBlobFrom(ref, open, digest, size) {
        return pushBlobFrom(this.t, ref, open, digest, size);
    }
    /** Cross-repository mount; copies the blob when the registry declines. */
    mountBlob(from, to, digest) {
        return mountBlob(this.t, from, to, digest);
    }
    getConfig(ref, manifestDigest) {
        return getConfig(this.t, ref, manifestDigest);
    }
    /** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
    inspect(ref) {
        return inspect(this.t, ref);
    }
    async resolvePlatforms(ref) {
        return (await this.inspect(ref)).platforms;
    }
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(928);
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
    await run('docker', ['run', '--rm', '--privileged', image, '--install', arches.join(',')]);
}
const hostDeps = () => ({
    exec: run,
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
        const res = await run(`qemu-${name}-static`, ['--version'], { silent: true });
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

;// CONCATENATED MODULE: ./actions/lib/core/paths.ts
/**
 * Checks for paths given as inputs. A bad path becomes one ConfigurationError that names the
 * input and the path, never a stack. Nothing here opens a path before stat says it is a
 * regular file or a folder, so a FIFO can never block a step.
 *
 *   readPath(input, p, 'file' | 'folder' | 'any')  an existing file or folder to read
 *   writePath(input, p, 'file' | 'folder')         somewhere to write: the parent must exist
 *   readInputFile / writeInputFile                 read or write a file given by an input
 *   pathError(input, p, err)                       an fs error as a ConfigurationError
 *
 * Parents are created only inside the action's own scratch folder (`scratchDir()`).
 */




/** The folder the actions own on the runner: their defaults live here and it is created on demand. */
function scratchDir(env = process.env) {
    return external_path_.join(env.RUNNER_TEMP || external_os_.tmpdir(), 'arch-actions');
}
const REASONS = {
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder, not a file',
    EEXIST: 'it exists and is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EIO: 'input/output error',
    EROFS: 'the file system is read-only',
    ENXIO: 'it is a FIFO or socket, not a file',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    ENOSPC: 'no space left on the device'
};
/** Turns a file-system error on `p` into a ConfigurationError naming the input and the path. */
function pathError(input, p, err) {
    const code = err?.code;
    if (err instanceof ConfigurationError)
        return err;
    const why = (code && REASONS[code]) || (err instanceof Error ? err.message : String(err));
    return errors_badInput(input, p, code && REASONS[code] ? `${why} (${code})` : why);
}
/** Runs fs work on a path given by `input`, with its errors turned into pathError. */
function withPathErrors(input, p, fn) {
    try {
        return fn();
    }
    catch (err) {
        throw pathError(input, p, err);
    }
}
function paths_describe(st) {
    if (st.isDirectory())
        return 'a folder';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    if (st.isFile())
        return 'a file';
    return 'not a file or folder';
}
// proc and sysfs files claim to be regular files, but some block on read and most refuse writes.
const PSEUDO_FS = new Set([0x9fa0 /* proc */, 0x62656572 /* sysfs */]);
function refusePseudo(input, p, existing) {
    const real = external_fs_.realpathSync(existing);
    const pseudo = PSEUDO_FS.has(external_fs_.statfsSync(real).type) || /^\/(proc|sys)(\/|$)/.test(real);
    if (pseudo)
        throw errors_badInput(input, p, `${real} is on a kernel pseudo file system (/proc or /sys)`);
}
function checkKind(input, p, st, kind) {
    const isKind = kind === 'file' ? st.isFile() : kind === 'folder' ? st.isDirectory() : st.isFile() || st.isDirectory();
    if (isKind)
        return;
    const want = kind === 'any' ? 'a file or a folder' : `a ${kind}`;
    throw errors_badInput(input, p, `it is ${paths_describe(st)}; ${want} is needed`);
}
function readPath(input, p, kind, opts = {}) {
    const abs = external_path_.resolve(p);
    return withPathErrors(input, p, () => {
        let st;
        try {
            st = external_fs_.statSync(abs);
        }
        catch (err) {
            if (opts.optional && err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        checkKind(input, p, st, kind);
        refusePseudo(input, p, abs);
        external_fs_.accessSync(abs, st.isDirectory() ? external_fs_.constants.R_OK | external_fs_.constants.X_OK : external_fs_.constants.R_OK);
        return abs;
    });
}
/**
 * Checks that `kind` can be written at `p`: the parent is an existing folder (created only
 * inside scratchDir()), and `p`, if it exists, is already a `kind`. Returns `p` absolute;
 * a folder is created when missing.
 */
function writePath(input, p, kind, env = process.env) {
    const abs = external_path_.resolve(p);
    const parent = external_path_.dirname(abs);
    return withPathErrors(input, p, () => {
        if (isInside(parent, scratchDir(env)))
            external_fs_.mkdirSync(parent, { recursive: true });
        const up = statOrUndefined(parent);
        if (!up)
            throw errors_badInput(input, p, `its folder ${parent} does not exist`);
        if (!up.isDirectory())
            throw errors_badInput(input, p, `${parent} is ${paths_describe(up)}, not a folder`);
        refusePseudo(input, p, parent);
        const st = statOrUndefined(abs);
        if (st)
            checkKind(input, p, st, kind);
        else if (kind === 'folder')
            external_fs_.mkdirSync(abs);
        return abs;
    });
}
function statOrUndefined(p) {
    try {
        return external_fs_.statSync(p);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
function isInside(child, parent) {
    const rel = external_path_.relative(external_path_.resolve(parent), external_path_.resolve(child));
    return rel === '' || (!rel.startsWith('..') && !external_path_.isAbsolute(rel));
}
/** Reads a file given by `input` (checked with readPath first); `maxBytes` caps what is read. */
function readInputFile(input, p, maxBytes = 64 * 1024 * 1024) {
    const abs = readPath(input, p, 'file');
    return withPathErrors(input, p, () => {
        // O_NONBLOCK: if a FIFO was swapped in after the stat, open returns at once and fstat refuses it.
        const fd = external_fs_.openSync(abs, external_fs_.constants.O_RDONLY | external_fs_.constants.O_NONBLOCK);
        try {
            const st = external_fs_.fstatSync(fd);
            checkKind(input, p, st, 'file');
            if (st.size > maxBytes)
                throw errors_badInput(input, p, `it is larger than ${maxBytes} bytes`);
            return external_fs_.readFileSync(fd);
        }
        finally {
            external_fs_.closeSync(fd);
        }
    });
}
/** Writes a file given by `input` (checked with writePath first); returns its absolute path. */
function writeInputFile(input, p, data, env = process.env) {
    const abs = writePath(input, p, 'file', env);
    withPathErrors(input, p, () => {
        const flags = external_fs_.constants.O_WRONLY | external_fs_.constants.O_CREAT | external_fs_.constants.O_NONBLOCK;
        const fd = external_fs_.openSync(abs, flags, 0o666);
        try {
            checkKind(input, p, external_fs_.fstatSync(fd), 'file');
            external_fs_.ftruncateSync(fd);
            external_fs_.writeFileSync(fd, data);
        }
        finally {
            external_fs_.closeSync(fd);
        }
    });
    return abs;
}

;// CONCATENATED MODULE: ./actions/lib/build/digests.ts
// The hand-off from a shard job to the merge job: one `<pair>.json` per platform in the digests folder.





const DIGESTS_DIR = BUILD_MULTIARCH.inputs['digests-dir'].name;
function writeDigestFile(dir, record) {
    const folder = writePath(DIGESTS_DIR, dir, 'folder');
    const file = external_node_path_namespaceObject.join(folder, `${record.platform.replace(/\//g, '-')}.json`);
    return writeInputFile(DIGESTS_DIR, file, JSON.stringify(record, null, 2) + '\n');
}
/** Every `*.json` digest file in `dir` (none when the folder does not exist). */
function readDigestFiles(dir) {
    if (!dir || !readPath(DIGESTS_DIR, dir, 'folder', { optional: true }))
        return [];
    return withPathErrors(DIGESTS_DIR, dir, () => external_node_fs_namespaceObject.readdirSync(dir))
        .filter(f => f.endsWith('.json'))
        .sort()
        .map(f => {
        const file = external_node_path_namespaceObject.join(dir, f);
        let r;
        const text = readInputFile(DIGESTS_DIR, file, 1024 * 1024).toString('utf8');
        try {
            r = JSON.parse(text);
        }
        catch (err) {
            throw new CheckError(`digest file ${file} is not valid JSON: ${err.message}`);
        }
        if (!r ||
            typeof r.digest !== 'string' ||
            typeof r.image !== 'string' ||
            typeof r.platform !== 'string') {
            throw new CheckError(`digest file ${file} lacks platform, image or digest`);
        }
        return r;
    });
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = require("node:zlib");
;// CONCATENATED MODULE: ./actions/lib/core/lazy.ts
/**
 * A value made on first use, then kept: for packages a run may not need (a tar reader, the tool
 * cache), so that starting an action does not pay for loading them.
 */
function lazy(make) {
    let made;
    return () => (made ??= { value: make() }).value;
}

;// CONCATENATED MODULE: ./actions/lib/oci/archive-layers.ts
// Layer blobs of an archive: gzip detection, hashing, and gzipping plain-tar layers for a registry
// (zlib without a timestamp, so the same layer always gives the same digest).








const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';
/** Plain-tar layer media types and their gzip twins (Docker 25+ `save` writes plain OCI layers). */
const GZIP_TWIN = {
    [OCI_LAYER_TAR]: 'application/vnd.oci.image.layer.v1.tar+gzip',
    'application/vnd.docker.image.rootfs.diff.tar': DOCKER_LAYER_GZIP
};
async function isGzip(file) {
    const fd = await external_node_fs_namespaceObject.promises.open(file, 'r');
    try {
        const buf = Buffer.alloc(2);
        await fd.read(buf, 0, 2, 0);
        return buf[0] === 0x1f && buf[1] === 0x8b;
    }
    finally {
        await fd.close();
    }
}
/** A pass-through that hashes and counts what flows by. */
function tap() {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let size = 0;
    const stream = new external_node_stream_namespaceObject.Transform({
        transform(chunk, _enc, cb) {
            hash.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        }
    });
    return { stream, digest: () => 'sha256:' + hash.digest('hex'), size: () => size };
}
async function fileDigest(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    await (0,promises_namespaceObject.pipeline)(external_node_fs_namespaceObject.createReadStream(file), hash);
    return 'sha256:' + hash.digest('hex');
}
/**
 * Gzips a raw layer tar into `out` in one streaming pass, hashing both sides: the diffID (the raw
 * tar) and the blob digest (the gzip). zlib writes no timestamp (mtime 0), so the same layer
 * always compresses to the same digest.
 */
async function gzipLayer(file, out) {
    const raw = tap();
    const gz = tap();
    await (0,promises_namespaceObject.pipeline)(external_node_fs_namespaceObject.createReadStream(file), raw.stream, external_node_zlib_namespaceObject.createGzip(), gz.stream, external_node_fs_namespaceObject.createWriteStream(out));
    return { diffId: raw.digest(), digest: gz.digest(), size: gz.size() };
}
/**
 * A layout image with its plain-tar layers gzipped for a registry, as the docker-archive path does:
 * the layer descriptors (media type, digest, size) and so the manifest change, the config and its
 * diffIDs do not. `packed` shares the gzip of a layer between the images of one layout.
 */
async function gzipLayoutLayers(image, dir, packed) {
    const diffIds = image.config.rootfs?.diff_ids ?? [];
    const blobs = new Map([[image.json.config.digest, image.blobs.get(image.json.config.digest)]]);
    const layers = [];
    for (const [i, layer] of image.json.layers.entries()) {
        const file = image.blobs.get(layer.digest);
        const twin = GZIP_TWIN[layer.mediaType];
        if (!twin || (await isGzip(file))) {
            layers.push(layer);
            blobs.set(layer.digest, file);
            continue;
        }
        // The blob was checked against its digest, which for a plain tar is its diffID.
        if (diffIds.length === image.json.layers.length && diffIds[i] !== layer.digest) {
            throw new CheckError(`layer ${layer.digest} in image archive ${image.source} is not the diffID its config lists (${diffIds[i]})`);
        }
        let gz = packed.get(layer.digest);
        if (!gz) {
            const out = external_node_path_namespaceObject.join(dir, `gzip${packed.size}.tar.gz`);
            gz = { ...(await gzipLayer(file, out)), file: out };
            packed.set(layer.digest, gz);
        }
        layers.push({ ...layer, mediaType: twin, digest: gz.digest, size: gz.size });
        blobs.set(gz.digest, gz.file);
    }
    if (layers.every((l, i) => l === image.json.layers[i]))
        return image;
    const json = { ...image.json, layers };
    const manifest = Buffer.from(JSON.stringify(json));
    return { ...image, json, manifest, digest: sha256Digest(manifest), blobs };
}

;// CONCATENATED MODULE: ./actions/lib/oci/archive.ts
// Reads images from docker-archive and oci-archive tarballs (gzip allowed, as Nix writes them)
// and from OCI layout folders: manifests, configs and where each blob lies on disk, every blob
// checked against its digest. Shared by the build (which pushes them) and by verify and e2e
// (which check them offline).












// Only an archive input is read as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = lazy(() => __nccwpck_require__(118));
/**
 * What a gzip-compressed archive may unpack to: 32 times its own size, at least 256 MiB (a
 * filesystem compresses 2-5 times; a gzip bomb of 14 MB unpacks to gigabytes).
 */
const unpackBudget = (compressed) => Math.max(256 * 1024 * 1024, 32 * compressed);
/** Extracts regular files into `dir`, within the unpack budget; returns archive path → extracted file. */
async function extractArchive(file, dir) {
    const files = new Map();
    const extract = tarStream().extract();
    const source = external_node_fs_namespaceObject.createReadStream(file);
    const fail = (err) => extract.destroy(err);
    source.on('error', fail);
    const gzipped = await isGzip(file);
    // A plain tar cannot unpack to more than it holds; a gzip one is held to a budget.
    let left = gzipped ? unpackBudget(external_node_fs_namespaceObject.statSync(file).size) : Infinity;
    const budget = new external_node_stream_namespaceObject.Transform({
        transform(chunk, _enc, done) {
            left -= chunk.length;
            if (left < 0)
                return done(new Error(`it unpacks to more than ${unpackBudget(external_node_fs_namespaceObject.statSync(file).size)} bytes (32 times its size)`));
            done(null, chunk);
        }
    });
    if (gzipped) {
        const gunzip = external_node_zlib_namespaceObject.createGunzip();
        gunzip.on('error', fail);
        budget.on('error', fail);
        source
            .pipe(gunzip)
            .pipe(budget)
            .pipe(extract);
    }
    else {
        source.pipe(extract);
    }
    let n = 0;
    for await (const entry of extract) {
        const name = external_node_path_namespaceObject.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
        const type = entry.header.type;
        if (type !== 'file' && type !== 'contiguous-file' && type != null) {
            entry.resume();
            continue;
        }
        // Entry names never become paths, so a hostile archive cannot write outside `dir`.
        const out = external_node_path_namespaceObject.join(dir, `f${n++}`);
        await (0,promises_namespaceObject.pipeline)(entry, external_node_fs_namespaceObject.createWriteStream(out));
        files.set(name, out);
    }
    return files;
}
/** The regular files of a layout folder, by their path inside it. */
function listLayout(dir) {
    const files = new Map();
    const walk = (sub) => {
        for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
            const rel = sub ? `${sub}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(rel);
            else if (e.isFile())
                files.set(rel, path.join(dir, rel));
        }
    };
    walk('');
    return files;
}
function readJson(files, name, archive) {
    const file = files.get(name);
    if (!file)
        throw new CheckError(`image archive ${archive} has no ${name}`);
    try {
        return JSON.parse(external_node_fs_namespaceObject.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new CheckError(`${name} in image archive ${archive} is not valid JSON: ${err.message}`);
    }
}
const blobName = (digest) => `blobs/${digest.replace(':', '/')}`;
/** A blob of a layout, checked against its digest and size (one streaming pass). */
async function layoutBlob(files, d, archive) {
    const file = files.get(blobName(d.digest));
    if (!file)
        throw new CheckError(`image archive ${archive} lacks blob ${d.digest}`);
    const size = (await external_node_fs_namespaceObject.promises.stat(file)).size;
    const got = d.digest.startsWith('sha256:') ? await fileDigest(file) : d.digest;
    if (got !== d.digest || (typeof d.size === 'number' && size !== d.size)) {
        throw new CheckError(`blob ${d.digest} in image archive ${archive} is corrupt (${size} bytes hashing to ${got}, expected ${d.size})`);
    }
    return file;
}
function archive_descriptorPlatform(d) {
    if (!d.platform?.os || !d.platform.architecture)
        return undefined;
    const { os: o, architecture, variant } = d.platform;
    return normalisePlatformString([o, architecture, variant].filter(Boolean).join('/'));
}
/** Every image an OCI layout lists, through nested indexes; attestations left out. */
async function readLayoutImages(files, index, format, source) {
    const images = [];
    for (const d of (index.manifests ?? []).filter(x => !isAttestation(x))) {
        const body = external_node_fs_namespaceObject.readFileSync(await layoutBlob(files, d, source));
        if (isIndexMediaType(d.mediaType)) {
            images.push(...(await readLayoutImages(files, JSON.parse(body.toString('utf8')), format, source)));
            continue;
        }
        const json = JSON.parse(body.toString('utf8'));
        if (!json.config?.digest || !Array.isArray(json.layers)) {
            throw new CheckError(`manifest ${d.digest} in image archive ${source} has no config or layers`);
        }
        const blobs = new Map();
        for (const b of [json.config, ...json.layers])
            blobs.set(b.digest, await layoutBlob(files, b, source));
        const config = JSON.parse(external_node_fs_namespaceObject.readFileSync(blobs.get(json.config.digest), 'utf8'));
        const mediaType = json.mediaType ?? d.mediaType ?? MEDIA_TYPES.ociManifest;
        const listedAs = archive_descriptorPlatform(d);
        images.push({
            format,
            source,
            manifest: body,
            mediaType,
            digest: sha256Digest(body),
            json,
            config,
            blobs,
            listedAs
        });
    }
    if (images.length === 0)
        throw new CheckError(`image archive ${source} lists no image in index.json`);
    return images;
}
/** The layer blobs of a `docker save` entry: gzipped for a registry, or the raw tars checked against their diffIDs. */
async function dockerLayers(files, names, diffIds, dir, o) {
    // A layer listed twice (docker save shares identical layers) is packed once.
    const packed = new Map();
    const layers = [];
    for (const [i, name] of names.entries()) {
        const key = external_node_path_namespaceObject.posix.normalize(name);
        let layer = packed.get(key);
        if (!layer) {
            const file = files.get(key);
            if (!file)
                throw new CheckError(`image archive ${o.archive} lacks layer ${name}`);
            if (await isGzip(file)) {
                layer = {
                    mediaType: DOCKER_LAYER_GZIP,
                    digest: await fileDigest(file),
                    size: (await external_node_fs_namespaceObject.promises.stat(file)).size,
                    file
                };
            }
            else {
                const gz = external_node_path_namespaceObject.join(dir, `layer${packed.size}.tar.gz`);
                const { diffId, digest, size } = o.gzip
                    ? await gzipLayer(file, gz)
                    : { diffId: await fileDigest(file), digest: '', size: (await external_node_fs_namespaceObject.promises.stat(file)).size };
                // A layer that does not match its config's diffID would make an image nobody can pull.
                if (diffIds.length === names.length && diffIds[i] !== diffId) {
                    throw new CheckError(`layer ${name} in image archive ${o.archive} hashes to ${diffId}, but its config lists ${diffIds[i]}`);
                }
                if (o.gzip)
                    await external_node_fs_namespaceObject.promises.rm(file, { force: true });
                layer = o.gzip
                    ? { mediaType: DOCKER_LAYER_GZIP, digest, size, file: gz }
                    : { mediaType: OCI_LAYER_TAR, digest: diffId, size, file };
            }
            packed.set(key, layer);
        }
        layers.push(layer);
    }
    return layers;
}
/** `docker save` format: manifest.json names a config and uncompressed (or gzip) layer tars. */
async function readDockerArchive(files, dir, archive, gzip) {
    const list = readJson(files, 'manifest.json', archive);
    if (!Array.isArray(list) || list.length === 0) {
        throw new CheckError(`manifest.json in image archive ${archive} lists no image`);
    }
    if (list.length > 1)
        throw new CheckError(`image archive ${archive} holds ${list.length} images; write one per platform`);
    const configFile = files.get(external_node_path_namespaceObject.posix.normalize(list[0].Config));
    if (!configFile)
        throw new CheckError(`image archive ${archive} lacks its config ${list[0].Config}`);
    const configBody = external_node_fs_namespaceObject.readFileSync(configFile);
    const config = JSON.parse(configBody.toString('utf8'));
    const configDigest = sha256Digest(configBody);
    const layers = await dockerLayers(files, list[0].Layers ?? [], config.rootfs?.diff_ids ?? [], dir, {
        archive,
        gzip
    });
    const blobs = new Map([
        [configDigest, configFile],
        ...layers.map(l => [l.digest, l.file])
    ]);
    const json = {
        schemaVersion: 2,
        mediaType: gzip ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest,
        config: {
            mediaType: gzip ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.ociConfig,
            digest: configDigest,
            size: configBody.length
        },
        layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))
    };
    const manifest = Buffer.from(JSON.stringify(json));
    const mediaType = json.mediaType;
    return {
        format: 'docker-archive',
        source: archive,
        manifest,
        mediaType,
        digest: sha256Digest(manifest),
        json,
        config,
        blobs
    };
}
/**
 * Reads a docker-archive or oci-archive tarball. An OCI layout wins when both `index.json` and
 * `manifest.json` are present (Docker 25+ `save`).
 */
async function openArchive(file, opts = {}) {
    if (!external_node_fs_namespaceObject.existsSync(file))
        throw new CheckError(`image archive ${file} was not written`);
    const dir = external_node_fs_namespaceObject.mkdtempSync(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'arch-archive-'));
    const dispose = () => external_node_fs_namespaceObject.rmSync(dir, { recursive: true, force: true });
    try {
        let files;
        try {
            files = await extractArchive(file, dir);
        }
        catch (err) {
            throw new CheckError(`image archive ${file} is not a readable tar: ${err.message}`);
        }
        if (files.has('index.json')) {
            const index = readJson(files, 'index.json', file);
            let images = await readLayoutImages(files, index, 'oci-archive', file);
            if (opts.gzipLayers) {
                const packed = new Map();
                const gzipped = [];
                for (const i of images)
                    gzipped.push(await gzipLayoutLayers(i, dir, packed));
                images = gzipped;
            }
            return { images, dispose };
        }
        if (files.has('manifest.json')) {
            return { images: [await readDockerArchive(files, dir, file, !!opts.gzipLayers)], dispose };
        }
        throw new CheckError(`image archive ${file} has neither index.json (oci-archive) nor manifest.json (docker-archive)`);
    }
    catch (err) {
        dispose();
        throw err;
    }
}
/** Reads an OCI layout folder in place (nothing is copied). */
async function openLayout(dir) {
    const files = listLayout(dir);
    const index = readJson(files, 'index.json', dir);
    return { images: await readLayoutImages(files, index, 'oci-layout', dir), dispose: () => undefined };
}

;// CONCATENATED MODULE: ./actions/lib/build/archive.ts
// A shard's image archive (buildah, a command, docker save): read through oci/archive, checked
// against the shard's platform, and pushed by digest.




function configPlatform(config) {
    return normalisePlatformString([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}
/**
 * Reads a docker-archive or oci-archive tarball; from a multi-platform layout, the image for
 * `platform`. docker-archive layers are gzipped for the registry unless `gzipLayers` is false.
 */
async function readArchive(file, platform, opts = {}) {
    const opened = await openArchive(file, { gzipLayers: opts.gzipLayers ?? true });
    const want = platform ? formatPlatform(platform) : undefined;
    const image = opened.images.find(i => want && (i.listedAs ?? configPlatform(i.config)) === want) ?? opened.images[0];
    return { ...image, dispose: opened.dispose };
}
/** Fails, naming both, when the archive's config is for another platform. */
function checkArchivePlatform(image, platform) {
    const want = formatPlatform(platform);
    const got = configPlatform(image.config);
    if (got !== want) {
        const what = image.config.architecture !== platform.architecture
            ? `architecture ${image.config.architecture || '(none)'}`
            : `platform ${got}`;
        throw new CheckError(`archive for ${want} has ${what} (${image.format}, expected ${platform.architecture})`);
    }
}
/** Pushes the blobs, then the manifest by digest (no tag). Returns the manifest digest. */
async function pushArchive(client, repo, image) {
    for (const [digest, file] of image.blobs) {
        const { size } = await external_node_fs_namespaceObject.promises.stat(file);
        // Streamed from disk and re-opened for each retry: memory stays flat whatever the layer size.
        await client.pushBlobFrom(repo, () => external_node_fs_namespaceObject.createReadStream(file), digest, size);
    }
    const digest = await client.putManifest(repo, image.digest, image.manifest, image.mediaType);
    return { digest, mediaType: image.mediaType, size: image.manifest.length };
}

;// CONCATENATED MODULE: ./actions/lib/setup/apt.ts
// Tools a build step runs that a runner image may lack, installed with apt-get, with one log line
// saying what and why. GitHub's ubuntu-24.04 and ubuntu-24.04-arm images have buildah and skopeo but
// no qemu-user-static (docs/design.md, "The runners' tools"); self-hosted runners may lack any of them.



/**
 * Installs the packages of the commands that are not on PATH (apt-get, as root or through `sudo -n`),
 * logging one line; returns the packages installed. Throws a CheckError when apt-get is not there.
 */
async function ensureAptTools(tools, purpose, d = hostDeps()) {
    const missing = [];
    for (const t of tools)
        if (!(await d.which(t.command)))
            missing.push(t);
    if (missing.length === 0)
        return [];
    const commands = missing.map(t => t.command).join(', ');
    if (!(await d.which('apt-get'))) {
        throw new CheckError(`${purpose} needs ${commands}, which this runner lacks, and apt-get is not available`);
    }
    const pkgs = [...new Set(missing.map(t => t.pkg))];
    // A fresh runner's package lists are stale or empty: install fails without an update.
    await privileged(d, 'apt-get', ['update', '-q'], undefined, true);
    await privileged(d, 'apt-get', ['install', '-y', '-q', ...pkgs], undefined, true);
    info(`Installed ${pkgs.join(', ')} with apt-get for ${purpose}: this runner had no ${commands}`);
    return pkgs;
}

;// CONCATENATED MODULE: ./actions/lib/build/command.ts

// buildx's docker driver writes no archive while Docker keeps its classic image store.
const DOCKER_DRIVER_REFUSAL = /\b(OCI|Docker) exporter is not supported for the docker driver/;
/** Why a command failed; a docker-driver export refusal gets the way around it. */
function commandFailure(res) {
    const refused = res.stderr.match(DOCKER_DRIVER_REFUSAL);
    if (refused) {
        return (`${refused[0]}: load the image instead (--output type=docker,name=NAME) and ` +
            'write the archive with docker save NAME -o "$IMAGE_ARCHIVE"');
    }
    return lastLine(res.stderr) || lastLine(res.stdout) || `exit code ${res.exitCode}`;
}

;// CONCATENATED MODULE: ./actions/lib/build/builders.ts
// What the builders are given: the shard options, and for one platform the argv, cache flags and
// environment of buildx, buildah or a command. Nothing runs here: shard.ts runs the builders.






/**
 * The tag a docker-driver or buildah shard is pushed to, since neither can push by digest alone
 * (buildx 0.13 "not implemented for docker driver"; buildah needs the digest before it has
 * compressed the layers). The merge only uses the digest.
 */
function stagingTag(p) {
    return `arch-actions-staging-${platformPair(p)}`;
}
/** push: false — the archive a shard writes for its platform. */
function archiveFile(archivesDir, p) {
    return external_node_path_namespaceObject.join(archivesDir, `${platformPair(p)}.tar`);
}
/** The environment variable carrying a build secret: `ARCH_SECRET_<ID>`. */
function secretEnvName(id) {
    return `ARCH_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** Secret values go to the child's environment, never argv. */
function secretEnv(secrets) {
    const env = {};
    for (const s of secrets)
        env[secretEnvName(s.key)] = s.value;
    return env;
}
function validateSecrets(secrets, input) {
    for (const s of secrets) {
        setSecret(s.value);
        if (!/^[A-Za-z0-9_.-]+$/.test(s.key))
            throw errors_badInput(input, `${s.key}=***`, 'a secret id may hold letters, digits and ._-');
    }
}
/** Cache flags per platform, so shards never evict each other. */
function cacheFlags(mode, driver, image, scope, p, onGitHub) {
    const effective = mode === 'auto' ? (onGitHub && driver === 'docker-container' ? 'gha' : 'none') : mode;
    const pair = platformPair(p);
    if (effective === 'none')
        return { from: [], to: [] };
    if (effective === 'gha') {
        if (driver === 'docker') {
            return {
                from: [],
                to: [],
                warning: `${BUILD_MULTIARCH.inputs.cache.name} "gha" needs the docker-container driver; building without a cache`
            };
        }
        const s = `${scope || image.repository.split('/').pop()}-${pair}`;
        return { from: [`type=gha,scope=${s}`], to: [`type=gha,scope=${s},mode=max`] };
    }
    const ref = `${repositoryName(image)}:buildcache-${pair}`;
    if (driver === 'docker') {
        return {
            from: [`type=registry,ref=${ref}`],
            to: [],
            warning: 'the docker driver cannot export a registry cache; reading it only'
        };
    }
    return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
}
function dockerfile(opts) {
    return opts.file || external_node_path_namespaceObject.join(opts.context, 'Dockerfile');
}
function kvFlags(flag, items) {
    return items.flatMap(i => [flag, `${i.key}=${i.value}`]);
}
function secretFlags(secrets) {
    return secrets.flatMap(s => ['--secret', `id=${s.key},env=${secretEnvName(s.key)}`]);
}
/** The argv of `docker buildx build` for one platform (without the leading `docker`). */
function buildxArgs(opts, p, driver, metadataFile, env = process.env) {
    const warnings = [];
    const args = ['buildx', 'build', '--platform', formatPlatform(p), '--file', dockerfile(opts)];
    if (opts.target)
        args.push('--target', opts.target);
    args.push(...kvFlags('--build-arg', opts.buildArgs), ...kvFlags('--label', opts.labels));
    // The daemon's BuildKit (docker driver) cannot write manifest annotations; the index carries them.
    if (driver === 'docker-container')
        args.push(...kvFlags('--annotation', opts.annotations));
    args.push(...secretFlags(opts.secrets));
    const cache = cacheFlags(opts.cache, driver, opts.image, opts.cacheScope, p, env.GITHUB_ACTIONS === 'true');
    if (cache.warning)
        warnings.push(cache.warning);
    for (const c of cache.from)
        args.push('--cache-from', c);
    for (const c of cache.to)
        args.push('--cache-to', c);
    const repo = repositoryName(opts.image);
    if (driver === 'docker-container') {
        args.push(`--provenance=${opts.provenance || 'false'}`, `--sbom=${opts.sbom || 'false'}`);
        args.push('--metadata-file', metadataFile);
        args.push('--output', opts.push
            ? `type=image,name=${repo},push-by-digest=true,name-canonical=true,push=true`
            : `type=oci,dest=${archiveFile(opts.archivesDir, p)},name=${repo}`);
    }
    else {
        if (!['', 'false'].includes(opts.provenance) || !['', 'false'].includes(opts.sbom)) {
            warnings.push('provenance and sbom attestations need the docker-container driver; skipped');
        }
        args.push('--provenance=false', '--sbom=false', '--metadata-file', metadataFile);
        // The docker driver refuses the oci and docker exporters (classic image store): without
        // push the image stays in the daemon, and `docker save` writes its archive.
        args.push('--tag', `${repo}:${stagingTag(p)}`);
        if (opts.push)
            args.push('--push');
    }
    args.push(opts.context);
    return { args, warnings };
}
/** The argv of `buildah build` for one platform; the image stays local until we push it. */
function buildahArgs(opts, p, localName, env = process.env) {
    const args = [
        'build',
        '--platform',
        formatPlatform(p),
        '--isolation',
        env.BUILDAH_ISOLATION || 'chroot',
        '--storage-driver',
        env.STORAGE_DRIVER || 'vfs',
        '-f',
        dockerfile(opts),
        '-t',
        localName
    ];
    if (opts.target)
        args.push('--target', opts.target);
    args.push(...kvFlags('--build-arg', opts.buildArgs), ...kvFlags('--label', opts.labels));
    args.push(...kvFlags('--annotation', opts.annotations), ...secretFlags(opts.secrets));
    args.push(opts.context);
    return args;
}
/**
 * The argv of `buildah push` for one platform: straight from buildah's storage, compressed
 * once, to the staging tag; with push: false, to the platform's oci-archive instead.
 */
function buildahPushArgs(opts, p, localName, to, env = process.env) {
    const args = ['push', '--storage-driver', env.STORAGE_DRIVER || 'vfs', '--quiet'];
    if (!opts.push)
        return [...args, localName, `oci-archive:${archiveFile(opts.archivesDir, p)}`];
    args.push('--digestfile', to.digestFile);
    if (to.authFile)
        args.push('--authfile', to.authFile);
    if (isInsecureRegistry(opts.image.registry, opts.insecureRegistries))
        args.push('--tls-verify=false');
    return [...args, localName, `docker://${repositoryName(opts.image)}:${stagingTag(p)}`];
}
/** The environment of a `command` shard. */
function commandEnv(p, archive, secrets) {
    return {
        TARGETPLATFORM: formatPlatform(p),
        TARGETOS: p.os,
        TARGETARCH: p.architecture,
        TARGETVARIANT: p.variant ?? '',
        IMAGE_ARCHIVE: archive,
        ...secretEnv(secrets)
    };
}

;// CONCATENATED MODULE: ./actions/lib/build/shard.ts
// One shard: builds one platform with the chosen builder, then pushes it by digest (or keeps its archive).














/** The driver of the current buildx builder. */
async function detectBuildxDriver(exec = run) {
    const res = await exec('docker', ['buildx', 'inspect'], { silent: true });
    const driver = res.stdout.match(/^Driver:\s*(\S+)/m)?.[1];
    return driver === 'docker' ? 'docker' : 'docker-container';
}
/** Says the platform is pushed, then reads back its manifest's media type and size. */
async function describePushed(d, image, p, digest) {
    d.onPushed?.(p, digest);
    const m = await d.client.getManifest(withDigest({ ...image, tag: undefined }, digest));
    return { digest: m.digest, mediaType: m.mediaType, size: m.size };
}
const shard_DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
// buildx writes a few hundred bytes; anything past this is not its metadata file.
const METADATA_MAX = 1024 * 1024;
/**
 * What buildx's metadata file says it pushed: the manifest digest and, from the docker-container
 * driver, its descriptor (media type and size), so the manifest need not be read back.
 */
function readBuildxMetadata(file) {
    let meta;
    try {
        if (external_node_fs_namespaceObject.statSync(file).size > METADATA_MAX)
            return {};
        meta = JSON.parse(external_node_fs_namespaceObject.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
    const digest = meta['containerimage.digest'];
    if (typeof digest !== 'string' || !shard_DIGEST_RE.test(digest))
        return {};
    const d = meta['containerimage.descriptor'];
    if (d?.digest === digest && typeof d.mediaType === 'string' && Number.isSafeInteger(d.size))
        return { digest, mediaType: d.mediaType, size: d.size };
    return { digest };
}
/** A builder's run: killed past the build-timeout limit. */
const building = (opts) => ({ limit: 'buildMs', timeoutMs: opts.limits?.buildMs });
/** Any other tool's run: killed past the tool-timeout limit. */
const tooling = (opts) => ({ timeoutMs: opts.limits?.toolMs });
async function shardBuildx(opts, p, d, tmp) {
    const driver = d.driver ?? (await detectBuildxDriver(d.exec));
    const metadataFile = external_node_path_namespaceObject.join(tmp, 'metadata.json');
    const { args, warnings } = buildxArgs(opts, p, driver, metadataFile, d.env);
    for (const w of warnings)
        warning(w);
    await d.exec('docker', args, { env: secretEnv(opts.secrets), ...building(opts) });
    if (!opts.push) {
        const archive = archiveFile(opts.archivesDir, p);
        if (driver === 'docker') {
            const local = `${repositoryName(opts.image)}:${stagingTag(p)}`;
            await d.exec('docker', ['save', '--output', archive, local], tooling(opts));
        }
        return pushArchiveFile(opts, p, d, archive);
    }
    const meta = readBuildxMetadata(metadataFile);
    if (meta.digest && meta.mediaType && meta.size !== undefined) {
        d.onPushed?.(p, meta.digest);
        return { digest: meta.digest, mediaType: meta.mediaType, size: meta.size };
    }
    let digest = meta.digest;
    if (!digest && driver === 'docker') {
        digest = await d.client.headManifest({ ...opts.image, tag: stagingTag(p), digest: undefined });
    }
    if (!digest)
        throw new CheckError(`buildx did not report the digest it pushed for ${formatPlatform(p)}`);
    return describePushed(d, opts.image, p, digest);
}
/**
 * A registry auth file with the credentials our registry client would use (docker config,
 * credential helpers, GITHUB_TOKEN for ghcr.io), so buildah pushes as we would; none found,
 * buildah looks for its own.
 */
async function buildahAuthFile(image, tmp, env) {
    const creds = await getCredentials(image.registry, env);
    const basic = creds && basicAuthorization(creds);
    if (!basic && !creds?.identityToken)
        return undefined;
    const entry = basic ? { auth: basic.slice('Basic '.length) } : { identitytoken: creds?.identityToken };
    const file = external_node_path_namespaceObject.join(tmp, 'auth.json');
    external_node_fs_namespaceObject.writeFileSync(file, JSON.stringify({ auths: { [image.registry]: entry } }), { mode: 0o600 });
    return file;
}
function readDigestFile(file) {
    try {
        const digest = external_node_fs_namespaceObject.readFileSync(file, 'utf8').trim();
        return shard_DIGEST_RE.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The manifest buildah pushed. Its digest file has once (in ~200 pushes here) named a manifest the
 * registry never got; the staging tag it has just written then says which one it put.
 */
async function describeBuildahPush(opts, p, d, digest) {
    try {
        return await describePushed(d, opts.image, p, digest);
    }
    catch (err) {
        if (!(err instanceof NotFoundError))
            throw err;
        const tagged = await d.client.headManifest({ ...opts.image, tag: stagingTag(p), digest: undefined });
        if (!tagged)
            throw err;
        warning(`${formatPlatform(p)}: buildah's digest file names ${digest}, which the registry does not have; its staging tag points at ${tagged}, which is used`);
        return describePushed(d, opts.image, p, tagged);
    }
}
/**
 * Builds with buildah, then pushes straight from its storage to the registry (one compression,
 * no archive); with push: false, writes the platform's oci-archive instead.
 */
async function shardBuildah(opts, p, d, tmp) {
    const local = `localhost/arch-actions-${external_node_path_namespaceObject.basename(tmp)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}:${platformPair(p)}`;
    const storage = ['--storage-driver', d.env.STORAGE_DRIVER || 'vfs'];
    await ensureAptTools([{ command: 'buildah', pkg: 'buildah' }], `the buildah build of ${formatPlatform(p)}`);
    try {
        await d.exec('buildah', buildahArgs(opts, p, local, d.env), {
            env: secretEnv(opts.secrets),
            ...building(opts)
        });
        const digestFile = external_node_path_namespaceObject.join(tmp, 'digest');
        const authFile = opts.push ? await buildahAuthFile(opts.image, tmp, d.env) : undefined;
        await d.exec('buildah', buildahPushArgs(opts, p, local, { digestFile, authFile }, d.env), tooling(opts));
        if (!opts.push)
            return await pushArchiveFile(opts, p, d, archiveFile(opts.archivesDir, p));
        const digest = readDigestFile(digestFile);
        if (!digest)
            throw new CheckError(`buildah did not report the digest it pushed for ${formatPlatform(p)}`);
        return await describeBuildahPush(opts, p, d, digest);
    }
    finally {
        await d.exec('buildah', ['rmi', ...storage, '-f', local], {
            silent: true,
            ignoreReturnCode: true,
            ...tooling(opts)
        });
    }
}
/** Checks an archive holds the shard's platform, then pushes it by digest (without push, only describes it). */
async function pushArchiveFile(opts, p, d, file) {
    const image = await readArchive(file, p, { gzipLayers: opts.push });
    try {
        checkArchivePlatform(image, p);
        if (!opts.push) {
            return { digest: image.digest, mediaType: image.mediaType, size: image.manifest.length, archive: file };
        }
        const pushed = await pushArchive(d.client, { ...opts.image, tag: undefined, digest: undefined }, image);
        d.onPushed?.(p, pushed.digest);
        return pushed;
    }
    finally {
        image.dispose();
    }
}
async function shardCommand(opts, p, d, tmp) {
    const archive = external_node_path_namespaceObject.join(tmp, `${platformPair(p)}.tar`);
    const res = await d.exec('bash', ['-c', opts.command], {
        env: commandEnv(p, archive, opts.secrets),
        cwd: opts.context,
        ignoreReturnCode: true,
        ...building(opts)
    });
    if (res.exitCode !== 0)
        throw new CheckError(`the build command failed: ${commandFailure(res)}`);
    if (opts.push || !external_node_fs_namespaceObject.existsSync(archive))
        return pushArchiveFile(opts, p, d, archive);
    // Kept as the command wrote it.
    const kept = archiveFile(opts.archivesDir, p);
    external_node_fs_namespaceObject.copyFileSync(archive, kept);
    return pushArchiveFile(opts, p, d, kept);
}
const BUILDERS = { buildx: shardBuildx, buildah: shardBuildah, command: shardCommand };
/**
 * Builds one platform and pushes it by digest, writing `<pair>.json`; with push: false, writes
 * the platform's image archive `<pair>.tar` to the archives folder instead and pushes nothing.
 */
async function buildShard(opts, target, deps) {
    const d = { exec: run, clock: Date.now, env: process.env, ...deps };
    const started = d.clock();
    const tmp = external_node_fs_namespaceObject.mkdtempSync(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'arch-shard-'));
    const name = formatPlatform(target.platform);
    let pushed;
    // The inputs checked archives-dir; a shard makes it when missing.
    if (!opts.push)
        external_node_fs_namespaceObject.mkdirSync(opts.archivesDir, { recursive: true });
    try {
        pushed = await BUILDERS[opts.builder](opts, target.platform, d, tmp);
    }
    catch (err) {
        if (err instanceof CheckError)
            throw new CheckError(`${name}: ${err.message}`);
        throw err;
    }
    finally {
        external_node_fs_namespaceObject.rmSync(tmp, { recursive: true, force: true });
    }
    if (!pushed)
        return undefined;
    const record = {
        platform: name,
        image: repositoryName(opts.image),
        digest: pushed.digest,
        mediaType: pushed.mediaType,
        size: pushed.size,
        builder: opts.builder,
        seconds: Math.round((d.clock() - started) / 100) / 10,
        emulated: target.emulated,
        ...(pushed.archive ? { archive: pushed.archive } : {})
    };
    if (pushed.archive) {
        info(`${name}: push is false, so its image was written to ${pushed.archive} and nothing was pushed`);
        return record;
    }
    if (opts.digestsDir)
        writeDigestFile(opts.digestsDir, record);
    info(`${name}: pushed ${formatReference(withDigest({ ...opts.image, tag: undefined }, pushed.digest))}`);
    return record;
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

;// CONCATENATED MODULE: ./actions/lib/build/pipeline.ts











const SETUP = SETUP_QEMU_BUILDX.inputs;
const pipeline_IN = BUILD_MULTIARCH.inputs;
/**
 * QEMU for the platforms this runner cannot run (an emulated entry of the plan lands on the
 * default runner). A command (Nix, Makefile) usually cross-compiles, so it gets QEMU only
 * when asked for with qemu: true.
 */
async function setupEmulation(platforms, builder, qemu = SETUP.qemu.default, binfmtSource = SETUP['binfmt-source'].default) {
    const foreign = platforms.filter(p => !isNative(p));
    // With qemu: false, setupQemu still proves the foreign platforms run, or says why not.
    if (foreign.length === 0 || (builder === 'command' && qemu !== 'true'))
        return;
    await group('Set up emulation', () => setupQemu({
        platforms: foreign,
        qemu,
        binfmtSource,
        binfmtImage: SETUP['binfmt-image'].default,
        verify: true
    }));
}
/**
 * Builds each platform in turn on this runner, pushing each by digest. The buildx builder is
 * inspected once for the job.
 */
async function buildShards(opts, platforms, deps) {
    const records = [];
    const driver = deps.driver ?? (opts.builder === 'buildx' ? await detectBuildxDriver(deps.exec) : undefined);
    for (const platform of platforms) {
        const emulated = !isNative(platform);
        const record = await group(`Build ${formatPlatform(platform)} with ${opts.builder} (${emulated ? 'emulated' : 'native'})`, () => buildShard(opts, { platform, emulated }, { ...deps, driver }));
        if (record)
            records.push(record);
    }
    return records;
}
/** A merge or a tag move needs tags: given, or derived from git. */
function requireTags(b) {
    if (b.tags.length === 0)
        throw errors_badInput(pipeline_IN.tags.name, '', 'no tags given and none can be derived from git');
}
/** Merges `records` (or, when undefined, the digest files) plus the `digests` input. */
async function mergeShards(b, client, records) {
    requireTags(b);
    const fromFiles = records ?? readDigestFiles(b.digestsDir);
    info(`Merging ${fromFiles.length} digest file(s) and ${b.digests.length} reference(s) into ${b.image.registry}/${b.image.repository}`);
    return group('Merge into one index', () => mergeIndex({
        image: b.image,
        records: fromFiles,
        digests: b.digests,
        requiredPlatforms: b.requiredPlatforms,
        tags: b.tags,
        immutableTags: b.immutableTags,
        overwrite: b.overwrite,
        push: b.push,
        moveTags: b.tagAfter === 'merge',
        annotations: b.indexAnnotations,
        platformOrder: b.platforms,
        client
    }));
}
/**
 * Moves the tags to `digest`, an index that passed `checks` (tag-after: verify or e2e); sets
 * the digest and tags outputs and writes the tag summary.
 */
async function tagProven(out, b, client, digest, checks) {
    requireTags(b);
    const tagged = await group(`Tag ${b.image.registry}/${b.image.repository}@${digest}`, async () => {
        for (const c of checks)
            info(`passed: ${c}`);
        return tagIndex({
            image: b.image,
            digest,
            tags: b.tags,
            immutableTags: b.immutableTags,
            overwrite: b.overwrite,
            requiredPlatforms: b.requiredPlatforms,
            client
        });
    });
    setOutput(out.digest, tagged.digest);
    setOutput(out.tags, JSON.stringify(tagged.tags));
    await writeTagSummary(b.summary, tagged, checks);
    return tagged;
}
/** A registry client for the run, closed at the end whatever happens. */
async function withClient(b, fn) {
    const client = new RegistryClient({ insecureRegistries: b.insecureRegistries, limits: b.limits });
    try {
        return await fn(client);
    }
    finally {
        client.close();
    }
}
function digestMap(records) {
    return Object.fromEntries(records.map(r => [r.platform, r.digest]));
}
/** Sets digest, digests and tags (the index's once merged, else the shards') and writes the build summary. */
async function reportBuild(out, b, records, merged) {
    setOutput(out.digest, merged?.digest ?? (records.length === 1 ? records[0].digest : ''));
    setOutput(out.digests, JSON.stringify(merged?.digests ?? digestMap(records)));
    setOutput(out.tags, JSON.stringify(merged?.tags ?? []));
    await writeBuildSummary(b.summary, records, merged);
}
/** One row per platform, then the index and its tags. */
async function writeBuildSummary(enabled, records, merged) {
    await writeSummary(enabled, s => {
        s.addHeading('Multi-arch build', 3);
        if (records.length) {
            s.addTable(table(['Platform', 'Digest', 'Size', 'Builder', 'Runs', 'Time'], records.map(r => [
                `<code>${r.platform}</code>`,
                `<code>${shortDigest(r.digest)}</code>`,
                bytes(r.size),
                r.builder,
                r.emulated ? 'emulated' : 'native',
                `${r.seconds.toFixed(1)}s`
            ])));
        }
        if (merged) {
            s.addRaw(`Index <code>${merged.digest}</code> with ${merged.platforms.map(p => `<code>${p}</code>`).join(', ')}`, true);
            if (merged.attestations)
                s.addRaw(`${merged.attestations} attestation manifest(s) kept`, true);
            s.addTable(tagTable(merged.changes));
            if (merged.changes.some(c => c.action === 'planned'))
                s.addRaw('The tags wait until this digest passes its checks: no tag was moved yet.', true);
        }
    });
}
function tagTable(changes) {
    return table(['Tag', 'Change'], changes.map(c => [
        `<code>${c.reference}</code>`,
        c.action +
            (c.previous && c.action === 'moved' ? ` (was <code>${shortDigest(c.previous)}</code>)` : '') +
            (c.action === 'skipped' ? ` (a newer build, <code>${shortDigest(c.previous)}</code>, is there)` : '')
    ]));
}
/** The tags moved to a proven digest, and the checks it passed. */
async function writeTagSummary(enabled, tagged, checks) {
    await writeSummary(enabled, s => {
        s.addHeading('Tags moved to a proven index', 3);
        s.addRaw(`Index <code>${tagged.digest}</code> with ${tagged.platforms.map(p => `<code>${p}</code>`).join(', ')} passed:`, true);
        s.addList(checks);
        s.addTable(tagTable(tagged.changes));
    });
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
            throw errors_badInput(name, line, 'expected key=value');
        return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    });
}
/** The limits input: the defaults of core/limits.ts with the user's `name=value` lines on top. */
function getLimits(spec) {
    return parseLimits(spec.name, getLines(spec));
}

;// CONCATENATED MODULE: ./actions/lib/build/plan.ts




const RUNNER_MAP = BUILD_MULTIARCH.inputs['runner-map'];
// GitHub runner labels: letters, digits and `._-` (self-hosted labels such as oracle-aarch64-4cpu-16gb).
const LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Parses `platform=runner` lines merged over the defaults, so that mapping only
 * `linux/arm64=<self-hosted>` keeps amd64 on its hosted runner.
 */
function parseRunnerMap(lines, input = RUNNER_MAP.name) {
    const map = { runners: {}, fallback: '' };
    for (const { key, value } of parseKeyValues(input, [...parseLines(RUNNER_MAP.default), ...lines])) {
        if (!LABEL_RE.test(value))
            throw errors_badInput(input, `${key}=${value}`, `"${value}" is not a runner label`);
        if (key === 'default')
            map.fallback = value;
        else
            map.runners[formatPlatform(parsePlatform(key, input))] = value;
    }
    return map;
}
/** Turns platforms into a job matrix; a platform with no runner of its own is emulated on the fallback. */
function planMatrix(platforms, map) {
    return {
        include: platforms.map(p => {
            const platform = formatPlatform(p);
            const runner = map.runners[platform];
            return {
                platform,
                runner: runner ?? map.fallback,
                emulated: runner === undefined,
                pair: platformPair(p)
            };
        })
    };
}
/** One line per platform, for the log and the summary. */
function describePlan(plan) {
    return plan.include.map(e => e.emulated
        ? `${e.platform}: no native runner is mapped, so it is emulated with QEMU on ${e.runner}`
        : `${e.platform}: native on ${e.runner}`);
}

;// CONCATENATED MODULE: ./actions/lib/build/gitref.ts




function git(args, cwd) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, {
            cwd,
            env: childEnv(),
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            // A local read: a git that hangs (a lock, a prompt) is given up as no answer.
            timeout: DEFAULT_LIMITS.toolMs,
            killSignal: 'SIGKILL',
            maxBuffer: 16 * 1024 * 1024
        }).trim();
    }
    catch {
        return '';
    }
}
function readEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse(external_node_fs_namespaceObject.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** `git@github.com:o/r.git` and `https://x@github.com/o/r.git` → `https://github.com/o/r`. */
function httpsRemote(url) {
    const u = url.trim().replace(/\.git$/, '');
    const scp = u.match(/^[^@/]+@([^:/]+):(.+)$/);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return u.replace(/^(ssh|git|http):\/\//, 'https://').replace(/^https:\/\/[^@/]+@/, 'https://');
}
// Only HEAD, local branches and tags, whatever log.excludeDecoration says.
const DECORATIONS = ['--decorate-refs=HEAD', '--decorate-refs=refs/heads/', '--decorate-refs=refs/tags/'];
/**
 * HEAD's commit, its commit time and its ref, from one `git log`: the tag at HEAD (as
 * `git describe --tags --exact-match` picks it, asked only when several tags point there), else the
 * branch HEAD is on, else ''.
 */
function readHead(cwd) {
    const out = git(['log', '-1', '--no-show-signature', ...DECORATIONS, '--format=%H%n%cI%n%D', 'HEAD'], cwd);
    const [sha = '', commitTime = '', decorations = ''] = out.split('\n');
    const names = decorations ? decorations.split(', ') : [];
    const tags = names.filter(n => n.startsWith('tag: ')).map(n => n.slice('tag: '.length));
    const branch = names.find(n => n.startsWith('HEAD -> '))?.slice('HEAD -> '.length);
    const tag = tags.length > 1 ? git(['describe', '--tags', '--exact-match', 'HEAD'], cwd) : tags[0];
    const ref = tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : '';
    return { sha, ref, commitTime };
}
/** The git context from the GitHub environment, or from `git` in `cwd` outside GitHub. */
function readGitContext(env = process.env, cwd) {
    const onGitHub = Boolean(env.GITHUB_SHA);
    const event = readEvent(env);
    let ref = env.GITHUB_REF ?? '';
    let sha = env.GITHUB_SHA ?? '';
    let source = env.GITHUB_REPOSITORY && onGitHub
        ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}`
        : '';
    let commitTime = '';
    if (!onGitHub) {
        ({ sha, ref, commitTime } = readHead(cwd));
        const remote = git(['remote', 'get-url', 'origin'], cwd);
        source = remote ? httpsRemote(remote) : '';
    }
    const pr = event.pull_request;
    let pullRequest = typeof pr?.number === 'number' ? pr.number : undefined;
    const m = ref.match(/^refs\/pull\/(\d+)\//);
    if (pullRequest === undefined && m)
        pullRequest = Number(m[1]);
    let created = '';
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch && /^\d+$/.test(epoch))
        created = new Date(Number(epoch) * 1000).toISOString();
    if (!created) {
        const headCommit = event.head_commit;
        const fromGit = () => (onGitHub && sha ? git(['show', '-s', '--format=%cI', sha], cwd) : commitTime);
        const t = headCommit?.timestamp ?? fromGit();
        if (t && !Number.isNaN(Date.parse(t)))
            created = new Date(Date.parse(t)).toISOString();
    }
    const createdIsNow = !created;
    if (!created)
        created = new Date().toISOString();
    return { ref, sha, source, pullRequest, created, createdIsNow };
}
/** A string made safe as a Docker tag: `feature/x` → `feature-x`, at most 128 characters. */
function sanitiseTag(s) {
    const t = s
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    return t;
}
/** The version a ref stands for: the tag name, `pr-<n>`, the branch name, or `sha-<7>`. */
function refVersion(ctx) {
    if (ctx.pullRequest !== undefined)
        return `pr-${ctx.pullRequest}`;
    if (ctx.ref.startsWith('refs/tags/'))
        return sanitiseTag(ctx.ref.slice('refs/tags/'.length));
    if (ctx.ref.startsWith('refs/heads/'))
        return sanitiseTag(ctx.ref.slice('refs/heads/'.length));
    return ctx.sha ? `sha-${ctx.sha.slice(0, 7)}` : '';
}
/** Default tags: the ref's version, plus `sha-<7>` always. */
function defaultTags(ctx) {
    const tags = [refVersion(ctx)];
    if (ctx.sha)
        tags.push(`sha-${ctx.sha.slice(0, 7)}`);
    return [...new Set(tags.filter(Boolean))];
}
/**
 * OCI labels and annotations from the git context; empty values are left out. With
 * `reproducible`, a clock-only `created` is left out too, so that merging the same digests
 * again gives the same index digest (and an immutable tag is not seen as moved).
 */
function ociMetadata(ctx, reproducible = false) {
    const out = {};
    if (ctx.source)
        out['org.opencontainers.image.source'] = ctx.source;
    if (ctx.sha)
        out['org.opencontainers.image.revision'] = ctx.sha;
    if (!(reproducible && ctx.createdIsNow))
        out['org.opencontainers.image.created'] = ctx.created;
    const version = refVersion(ctx);
    if (version)
        out['org.opencontainers.image.version'] = version;
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/build/inputs.ts










function getPlatforms(IN) {
    return parsePlatforms(getList(IN.platforms), IN.platforms.name);
}
/** The image repository: no tag or digest, tags come from `tags`. */
function parseImage(value, input) {
    if (!value)
        throw errors_badInput(input, value, 'an image repository is required, for example ghcr.io/openebs/app');
    const ref = parseReference(value, input);
    if (ref.digest || /:[^/]*$/.test(value.replace(/^[^/]*\//, ''))) {
        throw errors_badInput(input, value, `give the repository only; set tags with the "${BUILD_MULTIARCH.inputs.tags.name}" input`);
    }
    return { ...ref, tag: undefined };
}
/** Git metadata overlaid with the user's `NAME=value` lines (the user wins). */
function merged(meta, user) {
    const all = { ...meta };
    for (const kv of user)
        all[kv.key] = kv.value;
    return Object.entries(all).map(([key, value]) => ({ key, value }));
}
function getRegex(spec) {
    // An empty value takes the default; `^$` matches no tag and so turns the check off.
    const source = getString(spec);
    try {
        return new RegExp(source);
    }
    catch (err) {
        throw errors_badInput(spec.name, source, `not a regular expression (${err.message})`);
    }
}
/** `digests-dir`: a folder that builds write digest files into, and a merge reads. */
function getDigestsDir(IN, job, env) {
    const name = IN['digests-dir'].name;
    const dir = getString(IN['digests-dir']) || external_node_path_namespaceObject.join(scratchDir(env), 'digests');
    if (job === 'build')
        return writePath(name, dir, 'folder', env);
    if (job === 'tag')
        return dir;
    // A merge given only `digests` needs no folder; one with neither has nothing to merge.
    if (getList(IN.digests).length)
        return readPath(name, dir, 'folder', { optional: true }) ?? dir;
    return readPath(name, dir, 'folder');
}
/** `archives-dir`: where a build without push writes its archives (a folder it makes). */
function getArchivesDir(IN, job, push, env) {
    const dir = getString(IN['archives-dir']) || external_node_path_namespaceObject.join(scratchDir(env), 'archives');
    return job === 'build' && !push ? writePath(IN['archives-dir'].name, dir, 'folder', env) : dir;
}
// A remote context (git or https URL) or stdin is buildx's to fetch, not a local folder.
const REMOTE_CONTEXT = /^(-|[a-z][a-z0-9+.-]*:\/\/.*|git@.*)$/i;
/** `context` and `file`, checked when this job builds (a merge never reads them). */
function getSources(IN, job) {
    const context = getString(IN.context);
    const file = getString(IN.file);
    if (job !== 'build')
        return { context, file };
    if (!REMOTE_CONTEXT.test(context))
        readPath(IN.context.name, context, 'folder');
    if (file && file !== '-')
        readPath(IN.file.name, file, 'file');
    return { context, file };
}
function getBuildInputs(IN, env = process.env, job = 'build') {
    const image = parseImage(getString(IN.image), IN.image.name);
    const platforms = getPlatforms(IN);
    const shardList = getList(IN.platform);
    const shardPlatforms = shardList.length ? parsePlatforms(shardList, IN.platform.name) : platforms;
    const required = getList(IN['required-platforms']);
    const command = getString(IN.command);
    let builder = getChoice(IN.builder);
    if (command && builder === 'buildx')
        builder = 'command';
    if (command && builder === 'buildah')
        throw errors_badInput(IN.builder.name, builder, `a ${IN.command.name} is given, so the ${IN.builder.name} is "command"`);
    if (builder === 'command' && !command)
        throw errors_badInput(IN.command.name, '', `${IN.builder.name} "command" needs a shell command`);
    const secrets = parseKeyValues(IN.secrets.name, getLines(IN.secrets));
    validateSecrets(secrets, IN.secrets.name);
    const git = readGitContext(env);
    const meta = ociMetadata(git);
    const userAnnotations = parseKeyValues(IN.annotations.name, getLines(IN.annotations));
    const tagList = getList(IN.tags);
    const tags = (tagList.length ? tagList : defaultTags(git)).map(t => parseTag(t, image));
    const push = getBool(IN.push);
    return {
        image,
        platforms,
        shardPlatforms,
        builder,
        command,
        ...getSources(IN, job),
        target: getString(IN.target),
        buildArgs: parseKeyValues(IN['build-args'].name, getLines(IN['build-args'])),
        labels: merged(meta, parseKeyValues(IN.labels.name, getLines(IN.labels))),
        annotations: merged(meta, userAnnotations),
        indexAnnotations: Object.fromEntries(merged(ociMetadata(git, true), userAnnotations).map(a => [a.key, a.value])),
        secrets,
        provenance: getString(IN.provenance),
        sbom: getString(IN.sbom),
        cache: getChoice(IN.cache),
        cacheScope: getString(IN['cache-scope']),
        digestsDir: getDigestsDir(IN, job, env),
        archivesDir: getArchivesDir(IN, job, push, env),
        digests: getList(IN.digests),
        requiredPlatforms: required.length ? parsePlatforms(required, IN['required-platforms'].name) : platforms,
        tags,
        immutableTags: getRegex(IN['immutable-tags']),
        overwrite: getBool(IN.overwrite),
        push,
        tagAfter: getChoice(IN['tag-after']),
        insecureRegistries: getList(IN['insecure-registries']),
        limits: getLimits(IN.limits),
        summary: getBool(IN.summary),
        git
    };
}

;// CONCATENATED MODULE: ./actions/build-multiarch/inputs.ts





const inputs_IN = BUILD_MULTIARCH.inputs;
const OUT = BUILD_MULTIARCH.outputs;
/** tag: the digest must be an index digest, and at least one check must vouch for it. */
function tagTarget(mode) {
    const digest = getString(inputs_IN.digest);
    const checks = getLines(inputs_IN.checks);
    if (mode !== 'tag')
        return { digest, checks };
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw errors_badInput(inputs_IN.digest.name, digest, `${inputs_IN.mode.name} "tag" needs the index digest the merge pushed (sha256:<64 hex>)`);
    }
    if (checks.length === 0) {
        throw errors_badInput(inputs_IN.checks.name, '', `${inputs_IN.mode.name} "tag" moves tags only to a proven digest: list the ${inputs_IN.checks.name} it passed`);
    }
    return { digest, checks };
}
function getInputs() {
    const mode = getChoice(inputs_IN.mode);
    return {
        ...tagTarget(mode),
        mode,
        platforms: getPlatforms(inputs_IN),
        runnerMap: parseRunnerMap(getLines(inputs_IN['runner-map'])),
        summary: getBool(inputs_IN.summary),
        build: mode === 'plan'
            ? undefined
            : getBuildInputs(inputs_IN, process.env, mode === 'merge' || mode === 'tag' ? mode : 'build')
    };
}

;// CONCATENATED MODULE: ./actions/build-multiarch/main.ts







const MODE = BUILD_MULTIARCH.inputs.mode.name;
async function plan(inputs) {
    const matrix = planMatrix(inputs.platforms, inputs.runnerMap);
    for (const line of describePlan(matrix)) {
        if (line.includes('emulated'))
            notice(line);
        else
            info(line);
    }
    setOutput(OUT.matrix, JSON.stringify(matrix));
    await writeSummary(inputs.summary, s => {
        s.addHeading('Build plan', 3);
        s.addTable(table(['Platform', 'Runner', 'Runs'], matrix.include.map(e => [
            `<code>${e.platform}</code>`,
            `<code>${e.runner}</code>`,
            e.emulated ? 'emulated (QEMU)' : 'native'
        ])));
    });
}
function noticeWaitingTags(b, merged) {
    if (b.tagAfter !== 'merge') {
        notice(`${merged.digest} is pushed by digest only; its tags move in ${MODE} "tag" once it passes ${b.tagAfter}`);
    }
}
/** The entry point; `deps` lets tests capture the builders' argv (index.ts passes none). */
async function main_run(deps = {}) {
    const inputs = getInputs();
    if (inputs.mode === 'plan' || !inputs.build)
        return plan(inputs);
    const b = inputs.build;
    if (inputs.mode === 'shard') {
        await setupEmulation(b.shardPlatforms, b.builder);
        const records = await withClient(b, c => buildShards(b, b.shardPlatforms, { ...deps, client: c }));
        await reportBuild(OUT, b, records);
        return;
    }
    if (inputs.mode === 'tag') {
        await withClient(b, c => tagProven(OUT, b, c, inputs.digest, inputs.checks));
        return;
    }
    if (inputs.mode === 'merge') {
        const records = readDigestFiles(b.digestsDir);
        const merged = await withClient(b, c => mergeShards(b, c, records));
        noticeWaitingTags(b, merged);
        await reportBuild(OUT, b, records, merged);
        return;
    }
    // all: every platform in this job, QEMU only for the foreign ones.
    await setupEmulation(b.platforms, b.builder);
    await withClient(b, async (c) => {
        const records = await buildShards(b, b.platforms, { ...deps, client: c });
        if (!b.push) {
            info('push is false: the platforms were built, and nothing was pushed or merged');
            await writeBuildSummary(b.summary, records);
            return;
        }
        const merged = await mergeShards(b, c, records);
        noticeWaitingTags(b, merged);
        await reportBuild(OUT, b, records, merged);
    });
}

;// CONCATENATED MODULE: ./actions/build-multiarch/index.ts


void runAction(main_run);

})();

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map