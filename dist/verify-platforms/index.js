require('./sourcemap-register.js');/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 44914:
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
const os = __importStar(__nccwpck_require__(70857));
const utils_1 = __nccwpck_require__(30302);
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

/***/ 24753:
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
const crypto = __importStar(__nccwpck_require__(76982));
const fs = __importStar(__nccwpck_require__(79896));
const os = __importStar(__nccwpck_require__(70857));
const utils_1 = __nccwpck_require__(30302);
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

/***/ 71847:
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
const os_1 = __nccwpck_require__(70857);
const fs_1 = __nccwpck_require__(79896);
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

/***/ 30302:
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

/***/ 73057:
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

/***/ 29580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(24434)


/***/ }),

/***/ 13587:
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

/***/ 83867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(13587)

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

/***/ 36204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(29580)
const FIFO = __nccwpck_require__(83867)
const TextDecoder = __nccwpck_require__(97934)

const StreamError = __nccwpck_require__(45657)

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

/***/ 45657:
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

/***/ 20775:
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
  module.exports = (__nccwpck_require__(79896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 35763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(36204)
const FIFO = __nccwpck_require__(83867)
const b4a = __nccwpck_require__(73057)
const headers = __nccwpck_require__(88428)

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

/***/ 88428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(73057)

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

/***/ 56118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(35763)
exports.pack = __nccwpck_require__(80861)


/***/ }),

/***/ 80861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(36204)
const b4a = __nccwpck_require__(73057)

const constants = __nccwpck_require__(20775)
const headers = __nccwpck_require__(88428)

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

/***/ 97934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(47256)
const UTF8Decoder = __nccwpck_require__(86414)

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

/***/ 47256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(73057)

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

/***/ 86414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(73057)

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

/***/ 80668:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

(function(nacl) {
'use strict';

// Ported in 2014 by Dmitry Chestnykh and Devi Mandiri.
// Public domain.
//
// Implementation derived from TweetNaCl version 20140427.
// See for details: http://tweetnacl.cr.yp.to/

var gf = function(init) {
  var i, r = new Float64Array(16);
  if (init) for (i = 0; i < init.length; i++) r[i] = init[i];
  return r;
};

//  Pluggable, initialized in high-level API below.
var randombytes = function(/* x, n */) { throw new Error('no PRNG'); };

var _0 = new Uint8Array(16);
var _9 = new Uint8Array(32); _9[0] = 9;

var gf0 = gf(),
    gf1 = gf([1]),
    _121665 = gf([0xdb41, 1]),
    D = gf([0x78a3, 0x1359, 0x4dca, 0x75eb, 0xd8ab, 0x4141, 0x0a4d, 0x0070, 0xe898, 0x7779, 0x4079, 0x8cc7, 0xfe73, 0x2b6f, 0x6cee, 0x5203]),
    D2 = gf([0xf159, 0x26b2, 0x9b94, 0xebd6, 0xb156, 0x8283, 0x149a, 0x00e0, 0xd130, 0xeef3, 0x80f2, 0x198e, 0xfce7, 0x56df, 0xd9dc, 0x2406]),
    X = gf([0xd51a, 0x8f25, 0x2d60, 0xc956, 0xa7b2, 0x9525, 0xc760, 0x692c, 0xdc5c, 0xfdd6, 0xe231, 0xc0a4, 0x53fe, 0xcd6e, 0x36d3, 0x2169]),
    Y = gf([0x6658, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666]),
    I = gf([0xa0b0, 0x4a0e, 0x1b27, 0xc4ee, 0xe478, 0xad2f, 0x1806, 0x2f43, 0xd7a7, 0x3dfb, 0x0099, 0x2b4d, 0xdf0b, 0x4fc1, 0x2480, 0x2b83]);

function ts64(x, i, h, l) {
  x[i]   = (h >> 24) & 0xff;
  x[i+1] = (h >> 16) & 0xff;
  x[i+2] = (h >>  8) & 0xff;
  x[i+3] = h & 0xff;
  x[i+4] = (l >> 24)  & 0xff;
  x[i+5] = (l >> 16)  & 0xff;
  x[i+6] = (l >>  8)  & 0xff;
  x[i+7] = l & 0xff;
}

function vn(x, xi, y, yi, n) {
  var i,d = 0;
  for (i = 0; i < n; i++) d |= x[xi+i]^y[yi+i];
  return (1 & ((d - 1) >>> 8)) - 1;
}

function crypto_verify_16(x, xi, y, yi) {
  return vn(x,xi,y,yi,16);
}

function crypto_verify_32(x, xi, y, yi) {
  return vn(x,xi,y,yi,32);
}

function core_salsa20(o, p, k, c) {
  var j0  = c[ 0] & 0xff | (c[ 1] & 0xff)<<8 | (c[ 2] & 0xff)<<16 | (c[ 3] & 0xff)<<24,
      j1  = k[ 0] & 0xff | (k[ 1] & 0xff)<<8 | (k[ 2] & 0xff)<<16 | (k[ 3] & 0xff)<<24,
      j2  = k[ 4] & 0xff | (k[ 5] & 0xff)<<8 | (k[ 6] & 0xff)<<16 | (k[ 7] & 0xff)<<24,
      j3  = k[ 8] & 0xff | (k[ 9] & 0xff)<<8 | (k[10] & 0xff)<<16 | (k[11] & 0xff)<<24,
      j4  = k[12] & 0xff | (k[13] & 0xff)<<8 | (k[14] & 0xff)<<16 | (k[15] & 0xff)<<24,
      j5  = c[ 4] & 0xff | (c[ 5] & 0xff)<<8 | (c[ 6] & 0xff)<<16 | (c[ 7] & 0xff)<<24,
      j6  = p[ 0] & 0xff | (p[ 1] & 0xff)<<8 | (p[ 2] & 0xff)<<16 | (p[ 3] & 0xff)<<24,
      j7  = p[ 4] & 0xff | (p[ 5] & 0xff)<<8 | (p[ 6] & 0xff)<<16 | (p[ 7] & 0xff)<<24,
      j8  = p[ 8] & 0xff | (p[ 9] & 0xff)<<8 | (p[10] & 0xff)<<16 | (p[11] & 0xff)<<24,
      j9  = p[12] & 0xff | (p[13] & 0xff)<<8 | (p[14] & 0xff)<<16 | (p[15] & 0xff)<<24,
      j10 = c[ 8] & 0xff | (c[ 9] & 0xff)<<8 | (c[10] & 0xff)<<16 | (c[11] & 0xff)<<24,
      j11 = k[16] & 0xff | (k[17] & 0xff)<<8 | (k[18] & 0xff)<<16 | (k[19] & 0xff)<<24,
      j12 = k[20] & 0xff | (k[21] & 0xff)<<8 | (k[22] & 0xff)<<16 | (k[23] & 0xff)<<24,
      j13 = k[24] & 0xff | (k[25] & 0xff)<<8 | (k[26] & 0xff)<<16 | (k[27] & 0xff)<<24,
      j14 = k[28] & 0xff | (k[29] & 0xff)<<8 | (k[30] & 0xff)<<16 | (k[31] & 0xff)<<24,
      j15 = c[12] & 0xff | (c[13] & 0xff)<<8 | (c[14] & 0xff)<<16 | (c[15] & 0xff)<<24;

  var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7,
      x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14,
      x15 = j15, u;

  for (var i = 0; i < 20; i += 2) {
    u = x0 + x12 | 0;
    x4 ^= u<<7 | u>>>(32-7);
    u = x4 + x0 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x4 | 0;
    x12 ^= u<<13 | u>>>(32-13);
    u = x12 + x8 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x1 | 0;
    x9 ^= u<<7 | u>>>(32-7);
    u = x9 + x5 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x9 | 0;
    x1 ^= u<<13 | u>>>(32-13);
    u = x1 + x13 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x6 | 0;
    x14 ^= u<<7 | u>>>(32-7);
    u = x14 + x10 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x14 | 0;
    x6 ^= u<<13 | u>>>(32-13);
    u = x6 + x2 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x11 | 0;
    x3 ^= u<<7 | u>>>(32-7);
    u = x3 + x15 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x3 | 0;
    x11 ^= u<<13 | u>>>(32-13);
    u = x11 + x7 | 0;
    x15 ^= u<<18 | u>>>(32-18);

    u = x0 + x3 | 0;
    x1 ^= u<<7 | u>>>(32-7);
    u = x1 + x0 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x1 | 0;
    x3 ^= u<<13 | u>>>(32-13);
    u = x3 + x2 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x4 | 0;
    x6 ^= u<<7 | u>>>(32-7);
    u = x6 + x5 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x6 | 0;
    x4 ^= u<<13 | u>>>(32-13);
    u = x4 + x7 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x9 | 0;
    x11 ^= u<<7 | u>>>(32-7);
    u = x11 + x10 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x11 | 0;
    x9 ^= u<<13 | u>>>(32-13);
    u = x9 + x8 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x14 | 0;
    x12 ^= u<<7 | u>>>(32-7);
    u = x12 + x15 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x12 | 0;
    x14 ^= u<<13 | u>>>(32-13);
    u = x14 + x13 | 0;
    x15 ^= u<<18 | u>>>(32-18);
  }
   x0 =  x0 +  j0 | 0;
   x1 =  x1 +  j1 | 0;
   x2 =  x2 +  j2 | 0;
   x3 =  x3 +  j3 | 0;
   x4 =  x4 +  j4 | 0;
   x5 =  x5 +  j5 | 0;
   x6 =  x6 +  j6 | 0;
   x7 =  x7 +  j7 | 0;
   x8 =  x8 +  j8 | 0;
   x9 =  x9 +  j9 | 0;
  x10 = x10 + j10 | 0;
  x11 = x11 + j11 | 0;
  x12 = x12 + j12 | 0;
  x13 = x13 + j13 | 0;
  x14 = x14 + j14 | 0;
  x15 = x15 + j15 | 0;

  o[ 0] = x0 >>>  0 & 0xff;
  o[ 1] = x0 >>>  8 & 0xff;
  o[ 2] = x0 >>> 16 & 0xff;
  o[ 3] = x0 >>> 24 & 0xff;

  o[ 4] = x1 >>>  0 & 0xff;
  o[ 5] = x1 >>>  8 & 0xff;
  o[ 6] = x1 >>> 16 & 0xff;
  o[ 7] = x1 >>> 24 & 0xff;

  o[ 8] = x2 >>>  0 & 0xff;
  o[ 9] = x2 >>>  8 & 0xff;
  o[10] = x2 >>> 16 & 0xff;
  o[11] = x2 >>> 24 & 0xff;

  o[12] = x3 >>>  0 & 0xff;
  o[13] = x3 >>>  8 & 0xff;
  o[14] = x3 >>> 16 & 0xff;
  o[15] = x3 >>> 24 & 0xff;

  o[16] = x4 >>>  0 & 0xff;
  o[17] = x4 >>>  8 & 0xff;
  o[18] = x4 >>> 16 & 0xff;
  o[19] = x4 >>> 24 & 0xff;

  o[20] = x5 >>>  0 & 0xff;
  o[21] = x5 >>>  8 & 0xff;
  o[22] = x5 >>> 16 & 0xff;
  o[23] = x5 >>> 24 & 0xff;

  o[24] = x6 >>>  0 & 0xff;
  o[25] = x6 >>>  8 & 0xff;
  o[26] = x6 >>> 16 & 0xff;
  o[27] = x6 >>> 24 & 0xff;

  o[28] = x7 >>>  0 & 0xff;
  o[29] = x7 >>>  8 & 0xff;
  o[30] = x7 >>> 16 & 0xff;
  o[31] = x7 >>> 24 & 0xff;

  o[32] = x8 >>>  0 & 0xff;
  o[33] = x8 >>>  8 & 0xff;
  o[34] = x8 >>> 16 & 0xff;
  o[35] = x8 >>> 24 & 0xff;

  o[36] = x9 >>>  0 & 0xff;
  o[37] = x9 >>>  8 & 0xff;
  o[38] = x9 >>> 16 & 0xff;
  o[39] = x9 >>> 24 & 0xff;

  o[40] = x10 >>>  0 & 0xff;
  o[41] = x10 >>>  8 & 0xff;
  o[42] = x10 >>> 16 & 0xff;
  o[43] = x10 >>> 24 & 0xff;

  o[44] = x11 >>>  0 & 0xff;
  o[45] = x11 >>>  8 & 0xff;
  o[46] = x11 >>> 16 & 0xff;
  o[47] = x11 >>> 24 & 0xff;

  o[48] = x12 >>>  0 & 0xff;
  o[49] = x12 >>>  8 & 0xff;
  o[50] = x12 >>> 16 & 0xff;
  o[51] = x12 >>> 24 & 0xff;

  o[52] = x13 >>>  0 & 0xff;
  o[53] = x13 >>>  8 & 0xff;
  o[54] = x13 >>> 16 & 0xff;
  o[55] = x13 >>> 24 & 0xff;

  o[56] = x14 >>>  0 & 0xff;
  o[57] = x14 >>>  8 & 0xff;
  o[58] = x14 >>> 16 & 0xff;
  o[59] = x14 >>> 24 & 0xff;

  o[60] = x15 >>>  0 & 0xff;
  o[61] = x15 >>>  8 & 0xff;
  o[62] = x15 >>> 16 & 0xff;
  o[63] = x15 >>> 24 & 0xff;
}

function core_hsalsa20(o,p,k,c) {
  var j0  = c[ 0] & 0xff | (c[ 1] & 0xff)<<8 | (c[ 2] & 0xff)<<16 | (c[ 3] & 0xff)<<24,
      j1  = k[ 0] & 0xff | (k[ 1] & 0xff)<<8 | (k[ 2] & 0xff)<<16 | (k[ 3] & 0xff)<<24,
      j2  = k[ 4] & 0xff | (k[ 5] & 0xff)<<8 | (k[ 6] & 0xff)<<16 | (k[ 7] & 0xff)<<24,
      j3  = k[ 8] & 0xff | (k[ 9] & 0xff)<<8 | (k[10] & 0xff)<<16 | (k[11] & 0xff)<<24,
      j4  = k[12] & 0xff | (k[13] & 0xff)<<8 | (k[14] & 0xff)<<16 | (k[15] & 0xff)<<24,
      j5  = c[ 4] & 0xff | (c[ 5] & 0xff)<<8 | (c[ 6] & 0xff)<<16 | (c[ 7] & 0xff)<<24,
      j6  = p[ 0] & 0xff | (p[ 1] & 0xff)<<8 | (p[ 2] & 0xff)<<16 | (p[ 3] & 0xff)<<24,
      j7  = p[ 4] & 0xff | (p[ 5] & 0xff)<<8 | (p[ 6] & 0xff)<<16 | (p[ 7] & 0xff)<<24,
      j8  = p[ 8] & 0xff | (p[ 9] & 0xff)<<8 | (p[10] & 0xff)<<16 | (p[11] & 0xff)<<24,
      j9  = p[12] & 0xff | (p[13] & 0xff)<<8 | (p[14] & 0xff)<<16 | (p[15] & 0xff)<<24,
      j10 = c[ 8] & 0xff | (c[ 9] & 0xff)<<8 | (c[10] & 0xff)<<16 | (c[11] & 0xff)<<24,
      j11 = k[16] & 0xff | (k[17] & 0xff)<<8 | (k[18] & 0xff)<<16 | (k[19] & 0xff)<<24,
      j12 = k[20] & 0xff | (k[21] & 0xff)<<8 | (k[22] & 0xff)<<16 | (k[23] & 0xff)<<24,
      j13 = k[24] & 0xff | (k[25] & 0xff)<<8 | (k[26] & 0xff)<<16 | (k[27] & 0xff)<<24,
      j14 = k[28] & 0xff | (k[29] & 0xff)<<8 | (k[30] & 0xff)<<16 | (k[31] & 0xff)<<24,
      j15 = c[12] & 0xff | (c[13] & 0xff)<<8 | (c[14] & 0xff)<<16 | (c[15] & 0xff)<<24;

  var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7,
      x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14,
      x15 = j15, u;

  for (var i = 0; i < 20; i += 2) {
    u = x0 + x12 | 0;
    x4 ^= u<<7 | u>>>(32-7);
    u = x4 + x0 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x4 | 0;
    x12 ^= u<<13 | u>>>(32-13);
    u = x12 + x8 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x1 | 0;
    x9 ^= u<<7 | u>>>(32-7);
    u = x9 + x5 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x9 | 0;
    x1 ^= u<<13 | u>>>(32-13);
    u = x1 + x13 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x6 | 0;
    x14 ^= u<<7 | u>>>(32-7);
    u = x14 + x10 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x14 | 0;
    x6 ^= u<<13 | u>>>(32-13);
    u = x6 + x2 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x11 | 0;
    x3 ^= u<<7 | u>>>(32-7);
    u = x3 + x15 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x3 | 0;
    x11 ^= u<<13 | u>>>(32-13);
    u = x11 + x7 | 0;
    x15 ^= u<<18 | u>>>(32-18);

    u = x0 + x3 | 0;
    x1 ^= u<<7 | u>>>(32-7);
    u = x1 + x0 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x1 | 0;
    x3 ^= u<<13 | u>>>(32-13);
    u = x3 + x2 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x4 | 0;
    x6 ^= u<<7 | u>>>(32-7);
    u = x6 + x5 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x6 | 0;
    x4 ^= u<<13 | u>>>(32-13);
    u = x4 + x7 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x9 | 0;
    x11 ^= u<<7 | u>>>(32-7);
    u = x11 + x10 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x11 | 0;
    x9 ^= u<<13 | u>>>(32-13);
    u = x9 + x8 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x14 | 0;
    x12 ^= u<<7 | u>>>(32-7);
    u = x12 + x15 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x12 | 0;
    x14 ^= u<<13 | u>>>(32-13);
    u = x14 + x13 | 0;
    x15 ^= u<<18 | u>>>(32-18);
  }

  o[ 0] = x0 >>>  0 & 0xff;
  o[ 1] = x0 >>>  8 & 0xff;
  o[ 2] = x0 >>> 16 & 0xff;
  o[ 3] = x0 >>> 24 & 0xff;

  o[ 4] = x5 >>>  0 & 0xff;
  o[ 5] = x5 >>>  8 & 0xff;
  o[ 6] = x5 >>> 16 & 0xff;
  o[ 7] = x5 >>> 24 & 0xff;

  o[ 8] = x10 >>>  0 & 0xff;
  o[ 9] = x10 >>>  8 & 0xff;
  o[10] = x10 >>> 16 & 0xff;
  o[11] = x10 >>> 24 & 0xff;

  o[12] = x15 >>>  0 & 0xff;
  o[13] = x15 >>>  8 & 0xff;
  o[14] = x15 >>> 16 & 0xff;
  o[15] = x15 >>> 24 & 0xff;

  o[16] = x6 >>>  0 & 0xff;
  o[17] = x6 >>>  8 & 0xff;
  o[18] = x6 >>> 16 & 0xff;
  o[19] = x6 >>> 24 & 0xff;

  o[20] = x7 >>>  0 & 0xff;
  o[21] = x7 >>>  8 & 0xff;
  o[22] = x7 >>> 16 & 0xff;
  o[23] = x7 >>> 24 & 0xff;

  o[24] = x8 >>>  0 & 0xff;
  o[25] = x8 >>>  8 & 0xff;
  o[26] = x8 >>> 16 & 0xff;
  o[27] = x8 >>> 24 & 0xff;

  o[28] = x9 >>>  0 & 0xff;
  o[29] = x9 >>>  8 & 0xff;
  o[30] = x9 >>> 16 & 0xff;
  o[31] = x9 >>> 24 & 0xff;
}

function crypto_core_salsa20(out,inp,k,c) {
  core_salsa20(out,inp,k,c);
}

function crypto_core_hsalsa20(out,inp,k,c) {
  core_hsalsa20(out,inp,k,c);
}

var sigma = new Uint8Array([101, 120, 112, 97, 110, 100, 32, 51, 50, 45, 98, 121, 116, 101, 32, 107]);
            // "expand 32-byte k"

function crypto_stream_salsa20_xor(c,cpos,m,mpos,b,n,k) {
  var z = new Uint8Array(16), x = new Uint8Array(64);
  var u, i;
  for (i = 0; i < 16; i++) z[i] = 0;
  for (i = 0; i < 8; i++) z[i] = n[i];
  while (b >= 64) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < 64; i++) c[cpos+i] = m[mpos+i] ^ x[i];
    u = 1;
    for (i = 8; i < 16; i++) {
      u = u + (z[i] & 0xff) | 0;
      z[i] = u & 0xff;
      u >>>= 8;
    }
    b -= 64;
    cpos += 64;
    mpos += 64;
  }
  if (b > 0) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < b; i++) c[cpos+i] = m[mpos+i] ^ x[i];
  }
  return 0;
}

function crypto_stream_salsa20(c,cpos,b,n,k) {
  var z = new Uint8Array(16), x = new Uint8Array(64);
  var u, i;
  for (i = 0; i < 16; i++) z[i] = 0;
  for (i = 0; i < 8; i++) z[i] = n[i];
  while (b >= 64) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < 64; i++) c[cpos+i] = x[i];
    u = 1;
    for (i = 8; i < 16; i++) {
      u = u + (z[i] & 0xff) | 0;
      z[i] = u & 0xff;
      u >>>= 8;
    }
    b -= 64;
    cpos += 64;
  }
  if (b > 0) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < b; i++) c[cpos+i] = x[i];
  }
  return 0;
}

function crypto_stream(c,cpos,d,n,k) {
  var s = new Uint8Array(32);
  crypto_core_hsalsa20(s,n,k,sigma);
  var sn = new Uint8Array(8);
  for (var i = 0; i < 8; i++) sn[i] = n[i+16];
  return crypto_stream_salsa20(c,cpos,d,sn,s);
}

function crypto_stream_xor(c,cpos,m,mpos,d,n,k) {
  var s = new Uint8Array(32);
  crypto_core_hsalsa20(s,n,k,sigma);
  var sn = new Uint8Array(8);
  for (var i = 0; i < 8; i++) sn[i] = n[i+16];
  return crypto_stream_salsa20_xor(c,cpos,m,mpos,d,sn,s);
}

/*
* Port of Andrew Moon's Poly1305-donna-16. Public domain.
* https://github.com/floodyberry/poly1305-donna
*/

var poly1305 = function(key) {
  this.buffer = new Uint8Array(16);
  this.r = new Uint16Array(10);
  this.h = new Uint16Array(10);
  this.pad = new Uint16Array(8);
  this.leftover = 0;
  this.fin = 0;

  var t0, t1, t2, t3, t4, t5, t6, t7;

  t0 = key[ 0] & 0xff | (key[ 1] & 0xff) << 8; this.r[0] = ( t0                     ) & 0x1fff;
  t1 = key[ 2] & 0xff | (key[ 3] & 0xff) << 8; this.r[1] = ((t0 >>> 13) | (t1 <<  3)) & 0x1fff;
  t2 = key[ 4] & 0xff | (key[ 5] & 0xff) << 8; this.r[2] = ((t1 >>> 10) | (t2 <<  6)) & 0x1f03;
  t3 = key[ 6] & 0xff | (key[ 7] & 0xff) << 8; this.r[3] = ((t2 >>>  7) | (t3 <<  9)) & 0x1fff;
  t4 = key[ 8] & 0xff | (key[ 9] & 0xff) << 8; this.r[4] = ((t3 >>>  4) | (t4 << 12)) & 0x00ff;
  this.r[5] = ((t4 >>>  1)) & 0x1ffe;
  t5 = key[10] & 0xff | (key[11] & 0xff) << 8; this.r[6] = ((t4 >>> 14) | (t5 <<  2)) & 0x1fff;
  t6 = key[12] & 0xff | (key[13] & 0xff) << 8; this.r[7] = ((t5 >>> 11) | (t6 <<  5)) & 0x1f81;
  t7 = key[14] & 0xff | (key[15] & 0xff) << 8; this.r[8] = ((t6 >>>  8) | (t7 <<  8)) & 0x1fff;
  this.r[9] = ((t7 >>>  5)) & 0x007f;

  this.pad[0] = key[16] & 0xff | (key[17] & 0xff) << 8;
  this.pad[1] = key[18] & 0xff | (key[19] & 0xff) << 8;
  this.pad[2] = key[20] & 0xff | (key[21] & 0xff) << 8;
  this.pad[3] = key[22] & 0xff | (key[23] & 0xff) << 8;
  this.pad[4] = key[24] & 0xff | (key[25] & 0xff) << 8;
  this.pad[5] = key[26] & 0xff | (key[27] & 0xff) << 8;
  this.pad[6] = key[28] & 0xff | (key[29] & 0xff) << 8;
  this.pad[7] = key[30] & 0xff | (key[31] & 0xff) << 8;
};

poly1305.prototype.blocks = function(m, mpos, bytes) {
  var hibit = this.fin ? 0 : (1 << 11);
  var t0, t1, t2, t3, t4, t5, t6, t7, c;
  var d0, d1, d2, d3, d4, d5, d6, d7, d8, d9;

  var h0 = this.h[0],
      h1 = this.h[1],
      h2 = this.h[2],
      h3 = this.h[3],
      h4 = this.h[4],
      h5 = this.h[5],
      h6 = this.h[6],
      h7 = this.h[7],
      h8 = this.h[8],
      h9 = this.h[9];

  var r0 = this.r[0],
      r1 = this.r[1],
      r2 = this.r[2],
      r3 = this.r[3],
      r4 = this.r[4],
      r5 = this.r[5],
      r6 = this.r[6],
      r7 = this.r[7],
      r8 = this.r[8],
      r9 = this.r[9];

  while (bytes >= 16) {
    t0 = m[mpos+ 0] & 0xff | (m[mpos+ 1] & 0xff) << 8; h0 += ( t0                     ) & 0x1fff;
    t1 = m[mpos+ 2] & 0xff | (m[mpos+ 3] & 0xff) << 8; h1 += ((t0 >>> 13) | (t1 <<  3)) & 0x1fff;
    t2 = m[mpos+ 4] & 0xff | (m[mpos+ 5] & 0xff) << 8; h2 += ((t1 >>> 10) | (t2 <<  6)) & 0x1fff;
    t3 = m[mpos+ 6] & 0xff | (m[mpos+ 7] & 0xff) << 8; h3 += ((t2 >>>  7) | (t3 <<  9)) & 0x1fff;
    t4 = m[mpos+ 8] & 0xff | (m[mpos+ 9] & 0xff) << 8; h4 += ((t3 >>>  4) | (t4 << 12)) & 0x1fff;
    h5 += ((t4 >>>  1)) & 0x1fff;
    t5 = m[mpos+10] & 0xff | (m[mpos+11] & 0xff) << 8; h6 += ((t4 >>> 14) | (t5 <<  2)) & 0x1fff;
    t6 = m[mpos+12] & 0xff | (m[mpos+13] & 0xff) << 8; h7 += ((t5 >>> 11) | (t6 <<  5)) & 0x1fff;
    t7 = m[mpos+14] & 0xff | (m[mpos+15] & 0xff) << 8; h8 += ((t6 >>>  8) | (t7 <<  8)) & 0x1fff;
    h9 += ((t7 >>> 5)) | hibit;

    c = 0;

    d0 = c;
    d0 += h0 * r0;
    d0 += h1 * (5 * r9);
    d0 += h2 * (5 * r8);
    d0 += h3 * (5 * r7);
    d0 += h4 * (5 * r6);
    c = (d0 >>> 13); d0 &= 0x1fff;
    d0 += h5 * (5 * r5);
    d0 += h6 * (5 * r4);
    d0 += h7 * (5 * r3);
    d0 += h8 * (5 * r2);
    d0 += h9 * (5 * r1);
    c += (d0 >>> 13); d0 &= 0x1fff;

    d1 = c;
    d1 += h0 * r1;
    d1 += h1 * r0;
    d1 += h2 * (5 * r9);
    d1 += h3 * (5 * r8);
    d1 += h4 * (5 * r7);
    c = (d1 >>> 13); d1 &= 0x1fff;
    d1 += h5 * (5 * r6);
    d1 += h6 * (5 * r5);
    d1 += h7 * (5 * r4);
    d1 += h8 * (5 * r3);
    d1 += h9 * (5 * r2);
    c += (d1 >>> 13); d1 &= 0x1fff;

    d2 = c;
    d2 += h0 * r2;
    d2 += h1 * r1;
    d2 += h2 * r0;
    d2 += h3 * (5 * r9);
    d2 += h4 * (5 * r8);
    c = (d2 >>> 13); d2 &= 0x1fff;
    d2 += h5 * (5 * r7);
    d2 += h6 * (5 * r6);
    d2 += h7 * (5 * r5);
    d2 += h8 * (5 * r4);
    d2 += h9 * (5 * r3);
    c += (d2 >>> 13); d2 &= 0x1fff;

    d3 = c;
    d3 += h0 * r3;
    d3 += h1 * r2;
    d3 += h2 * r1;
    d3 += h3 * r0;
    d3 += h4 * (5 * r9);
    c = (d3 >>> 13); d3 &= 0x1fff;
    d3 += h5 * (5 * r8);
    d3 += h6 * (5 * r7);
    d3 += h7 * (5 * r6);
    d3 += h8 * (5 * r5);
    d3 += h9 * (5 * r4);
    c += (d3 >>> 13); d3 &= 0x1fff;

    d4 = c;
    d4 += h0 * r4;
    d4 += h1 * r3;
    d4 += h2 * r2;
    d4 += h3 * r1;
    d4 += h4 * r0;
    c = (d4 >>> 13); d4 &= 0x1fff;
    d4 += h5 * (5 * r9);
    d4 += h6 * (5 * r8);
    d4 += h7 * (5 * r7);
    d4 += h8 * (5 * r6);
    d4 += h9 * (5 * r5);
    c += (d4 >>> 13); d4 &= 0x1fff;

    d5 = c;
    d5 += h0 * r5;
    d5 += h1 * r4;
    d5 += h2 * r3;
    d5 += h3 * r2;
    d5 += h4 * r1;
    c = (d5 >>> 13); d5 &= 0x1fff;
    d5 += h5 * r0;
    d5 += h6 * (5 * r9);
    d5 += h7 * (5 * r8);
    d5 += h8 * (5 * r7);
    d5 += h9 * (5 * r6);
    c += (d5 >>> 13); d5 &= 0x1fff;

    d6 = c;
    d6 += h0 * r6;
    d6 += h1 * r5;
    d6 += h2 * r4;
    d6 += h3 * r3;
    d6 += h4 * r2;
    c = (d6 >>> 13); d6 &= 0x1fff;
    d6 += h5 * r1;
    d6 += h6 * r0;
    d6 += h7 * (5 * r9);
    d6 += h8 * (5 * r8);
    d6 += h9 * (5 * r7);
    c += (d6 >>> 13); d6 &= 0x1fff;

    d7 = c;
    d7 += h0 * r7;
    d7 += h1 * r6;
    d7 += h2 * r5;
    d7 += h3 * r4;
    d7 += h4 * r3;
    c = (d7 >>> 13); d7 &= 0x1fff;
    d7 += h5 * r2;
    d7 += h6 * r1;
    d7 += h7 * r0;
    d7 += h8 * (5 * r9);
    d7 += h9 * (5 * r8);
    c += (d7 >>> 13); d7 &= 0x1fff;

    d8 = c;
    d8 += h0 * r8;
    d8 += h1 * r7;
    d8 += h2 * r6;
    d8 += h3 * r5;
    d8 += h4 * r4;
    c = (d8 >>> 13); d8 &= 0x1fff;
    d8 += h5 * r3;
    d8 += h6 * r2;
    d8 += h7 * r1;
    d8 += h8 * r0;
    d8 += h9 * (5 * r9);
    c += (d8 >>> 13); d8 &= 0x1fff;

    d9 = c;
    d9 += h0 * r9;
    d9 += h1 * r8;
    d9 += h2 * r7;
    d9 += h3 * r6;
    d9 += h4 * r5;
    c = (d9 >>> 13); d9 &= 0x1fff;
    d9 += h5 * r4;
    d9 += h6 * r3;
    d9 += h7 * r2;
    d9 += h8 * r1;
    d9 += h9 * r0;
    c += (d9 >>> 13); d9 &= 0x1fff;

    c = (((c << 2) + c)) | 0;
    c = (c + d0) | 0;
    d0 = c & 0x1fff;
    c = (c >>> 13);
    d1 += c;

    h0 = d0;
    h1 = d1;
    h2 = d2;
    h3 = d3;
    h4 = d4;
    h5 = d5;
    h6 = d6;
    h7 = d7;
    h8 = d8;
    h9 = d9;

    mpos += 16;
    bytes -= 16;
  }
  this.h[0] = h0;
  this.h[1] = h1;
  this.h[2] = h2;
  this.h[3] = h3;
  this.h[4] = h4;
  this.h[5] = h5;
  this.h[6] = h6;
  this.h[7] = h7;
  this.h[8] = h8;
  this.h[9] = h9;
};

poly1305.prototype.finish = function(mac, macpos) {
  var g = new Uint16Array(10);
  var c, mask, f, i;

  if (this.leftover) {
    i = this.leftover;
    this.buffer[i++] = 1;
    for (; i < 16; i++) this.buffer[i] = 0;
    this.fin = 1;
    this.blocks(this.buffer, 0, 16);
  }

  c = this.h[1] >>> 13;
  this.h[1] &= 0x1fff;
  for (i = 2; i < 10; i++) {
    this.h[i] += c;
    c = this.h[i] >>> 13;
    this.h[i] &= 0x1fff;
  }
  this.h[0] += (c * 5);
  c = this.h[0] >>> 13;
  this.h[0] &= 0x1fff;
  this.h[1] += c;
  c = this.h[1] >>> 13;
  this.h[1] &= 0x1fff;
  this.h[2] += c;

  g[0] = this.h[0] + 5;
  c = g[0] >>> 13;
  g[0] &= 0x1fff;
  for (i = 1; i < 10; i++) {
    g[i] = this.h[i] + c;
    c = g[i] >>> 13;
    g[i] &= 0x1fff;
  }
  g[9] -= (1 << 13);

  mask = (c ^ 1) - 1;
  for (i = 0; i < 10; i++) g[i] &= mask;
  mask = ~mask;
  for (i = 0; i < 10; i++) this.h[i] = (this.h[i] & mask) | g[i];

  this.h[0] = ((this.h[0]       ) | (this.h[1] << 13)                    ) & 0xffff;
  this.h[1] = ((this.h[1] >>>  3) | (this.h[2] << 10)                    ) & 0xffff;
  this.h[2] = ((this.h[2] >>>  6) | (this.h[3] <<  7)                    ) & 0xffff;
  this.h[3] = ((this.h[3] >>>  9) | (this.h[4] <<  4)                    ) & 0xffff;
  this.h[4] = ((this.h[4] >>> 12) | (this.h[5] <<  1) | (this.h[6] << 14)) & 0xffff;
  this.h[5] = ((this.h[6] >>>  2) | (this.h[7] << 11)                    ) & 0xffff;
  this.h[6] = ((this.h[7] >>>  5) | (this.h[8] <<  8)                    ) & 0xffff;
  this.h[7] = ((this.h[8] >>>  8) | (this.h[9] <<  5)                    ) & 0xffff;

  f = this.h[0] + this.pad[0];
  this.h[0] = f & 0xffff;
  for (i = 1; i < 8; i++) {
    f = (((this.h[i] + this.pad[i]) | 0) + (f >>> 16)) | 0;
    this.h[i] = f & 0xffff;
  }

  mac[macpos+ 0] = (this.h[0] >>> 0) & 0xff;
  mac[macpos+ 1] = (this.h[0] >>> 8) & 0xff;
  mac[macpos+ 2] = (this.h[1] >>> 0) & 0xff;
  mac[macpos+ 3] = (this.h[1] >>> 8) & 0xff;
  mac[macpos+ 4] = (this.h[2] >>> 0) & 0xff;
  mac[macpos+ 5] = (this.h[2] >>> 8) & 0xff;
  mac[macpos+ 6] = (this.h[3] >>> 0) & 0xff;
  mac[macpos+ 7] = (this.h[3] >>> 8) & 0xff;
  mac[macpos+ 8] = (this.h[4] >>> 0) & 0xff;
  mac[macpos+ 9] = (this.h[4] >>> 8) & 0xff;
  mac[macpos+10] = (this.h[5] >>> 0) & 0xff;
  mac[macpos+11] = (this.h[5] >>> 8) & 0xff;
  mac[macpos+12] = (this.h[6] >>> 0) & 0xff;
  mac[macpos+13] = (this.h[6] >>> 8) & 0xff;
  mac[macpos+14] = (this.h[7] >>> 0) & 0xff;
  mac[macpos+15] = (this.h[7] >>> 8) & 0xff;
};

poly1305.prototype.update = function(m, mpos, bytes) {
  var i, want;

  if (this.leftover) {
    want = (16 - this.leftover);
    if (want > bytes)
      want = bytes;
    for (i = 0; i < want; i++)
      this.buffer[this.leftover + i] = m[mpos+i];
    bytes -= want;
    mpos += want;
    this.leftover += want;
    if (this.leftover < 16)
      return;
    this.blocks(this.buffer, 0, 16);
    this.leftover = 0;
  }

  if (bytes >= 16) {
    want = bytes - (bytes % 16);
    this.blocks(m, mpos, want);
    mpos += want;
    bytes -= want;
  }

  if (bytes) {
    for (i = 0; i < bytes; i++)
      this.buffer[this.leftover + i] = m[mpos+i];
    this.leftover += bytes;
  }
};

function crypto_onetimeauth(out, outpos, m, mpos, n, k) {
  var s = new poly1305(k);
  s.update(m, mpos, n);
  s.finish(out, outpos);
  return 0;
}

function crypto_onetimeauth_verify(h, hpos, m, mpos, n, k) {
  var x = new Uint8Array(16);
  crypto_onetimeauth(x,0,m,mpos,n,k);
  return crypto_verify_16(h,hpos,x,0);
}

function crypto_secretbox(c,m,d,n,k) {
  var i;
  if (d < 32) return -1;
  crypto_stream_xor(c,0,m,0,d,n,k);
  crypto_onetimeauth(c, 16, c, 32, d - 32, c);
  for (i = 0; i < 16; i++) c[i] = 0;
  return 0;
}

function crypto_secretbox_open(m,c,d,n,k) {
  var i;
  var x = new Uint8Array(32);
  if (d < 32) return -1;
  crypto_stream(x,0,32,n,k);
  if (crypto_onetimeauth_verify(c, 16,c, 32,d - 32,x) !== 0) return -1;
  crypto_stream_xor(m,0,c,0,d,n,k);
  for (i = 0; i < 32; i++) m[i] = 0;
  return 0;
}

function set25519(r, a) {
  var i;
  for (i = 0; i < 16; i++) r[i] = a[i]|0;
}

function car25519(o) {
  var i, v, c = 1;
  for (i = 0; i < 16; i++) {
    v = o[i] + c + 65535;
    c = Math.floor(v / 65536);
    o[i] = v - c * 65536;
  }
  o[0] += c-1 + 37 * (c-1);
}

function sel25519(p, q, b) {
  var t, c = ~(b-1);
  for (var i = 0; i < 16; i++) {
    t = c & (p[i] ^ q[i]);
    p[i] ^= t;
    q[i] ^= t;
  }
}

function pack25519(o, n) {
  var i, j, b;
  var m = gf(), t = gf();
  for (i = 0; i < 16; i++) t[i] = n[i];
  car25519(t);
  car25519(t);
  car25519(t);
  for (j = 0; j < 2; j++) {
    m[0] = t[0] - 0xffed;
    for (i = 1; i < 15; i++) {
      m[i] = t[i] - 0xffff - ((m[i-1]>>16) & 1);
      m[i-1] &= 0xffff;
    }
    m[15] = t[15] - 0x7fff - ((m[14]>>16) & 1);
    b = (m[15]>>16) & 1;
    m[14] &= 0xffff;
    sel25519(t, m, 1-b);
  }
  for (i = 0; i < 16; i++) {
    o[2*i] = t[i] & 0xff;
    o[2*i+1] = t[i]>>8;
  }
}

function neq25519(a, b) {
  var c = new Uint8Array(32), d = new Uint8Array(32);
  pack25519(c, a);
  pack25519(d, b);
  return crypto_verify_32(c, 0, d, 0);
}

function par25519(a) {
  var d = new Uint8Array(32);
  pack25519(d, a);
  return d[0] & 1;
}

function unpack25519(o, n) {
  var i;
  for (i = 0; i < 16; i++) o[i] = n[2*i] + (n[2*i+1] << 8);
  o[15] &= 0x7fff;
}

function A(o, a, b) {
  for (var i = 0; i < 16; i++) o[i] = a[i] + b[i];
}

function Z(o, a, b) {
  for (var i = 0; i < 16; i++) o[i] = a[i] - b[i];
}

function M(o, a, b) {
  var v, c,
     t0 = 0,  t1 = 0,  t2 = 0,  t3 = 0,  t4 = 0,  t5 = 0,  t6 = 0,  t7 = 0,
     t8 = 0,  t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0,
    t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0,
    t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0,
    b0 = b[0],
    b1 = b[1],
    b2 = b[2],
    b3 = b[3],
    b4 = b[4],
    b5 = b[5],
    b6 = b[6],
    b7 = b[7],
    b8 = b[8],
    b9 = b[9],
    b10 = b[10],
    b11 = b[11],
    b12 = b[12],
    b13 = b[13],
    b14 = b[14],
    b15 = b[15];

  v = a[0];
  t0 += v * b0;
  t1 += v * b1;
  t2 += v * b2;
  t3 += v * b3;
  t4 += v * b4;
  t5 += v * b5;
  t6 += v * b6;
  t7 += v * b7;
  t8 += v * b8;
  t9 += v * b9;
  t10 += v * b10;
  t11 += v * b11;
  t12 += v * b12;
  t13 += v * b13;
  t14 += v * b14;
  t15 += v * b15;
  v = a[1];
  t1 += v * b0;
  t2 += v * b1;
  t3 += v * b2;
  t4 += v * b3;
  t5 += v * b4;
  t6 += v * b5;
  t7 += v * b6;
  t8 += v * b7;
  t9 += v * b8;
  t10 += v * b9;
  t11 += v * b10;
  t12 += v * b11;
  t13 += v * b12;
  t14 += v * b13;
  t15 += v * b14;
  t16 += v * b15;
  v = a[2];
  t2 += v * b0;
  t3 += v * b1;
  t4 += v * b2;
  t5 += v * b3;
  t6 += v * b4;
  t7 += v * b5;
  t8 += v * b6;
  t9 += v * b7;
  t10 += v * b8;
  t11 += v * b9;
  t12 += v * b10;
  t13 += v * b11;
  t14 += v * b12;
  t15 += v * b13;
  t16 += v * b14;
  t17 += v * b15;
  v = a[3];
  t3 += v * b0;
  t4 += v * b1;
  t5 += v * b2;
  t6 += v * b3;
  t7 += v * b4;
  t8 += v * b5;
  t9 += v * b6;
  t10 += v * b7;
  t11 += v * b8;
  t12 += v * b9;
  t13 += v * b10;
  t14 += v * b11;
  t15 += v * b12;
  t16 += v * b13;
  t17 += v * b14;
  t18 += v * b15;
  v = a[4];
  t4 += v * b0;
  t5 += v * b1;
  t6 += v * b2;
  t7 += v * b3;
  t8 += v * b4;
  t9 += v * b5;
  t10 += v * b6;
  t11 += v * b7;
  t12 += v * b8;
  t13 += v * b9;
  t14 += v * b10;
  t15 += v * b11;
  t16 += v * b12;
  t17 += v * b13;
  t18 += v * b14;
  t19 += v * b15;
  v = a[5];
  t5 += v * b0;
  t6 += v * b1;
  t7 += v * b2;
  t8 += v * b3;
  t9 += v * b4;
  t10 += v * b5;
  t11 += v * b6;
  t12 += v * b7;
  t13 += v * b8;
  t14 += v * b9;
  t15 += v * b10;
  t16 += v * b11;
  t17 += v * b12;
  t18 += v * b13;
  t19 += v * b14;
  t20 += v * b15;
  v = a[6];
  t6 += v * b0;
  t7 += v * b1;
  t8 += v * b2;
  t9 += v * b3;
  t10 += v * b4;
  t11 += v * b5;
  t12 += v * b6;
  t13 += v * b7;
  t14 += v * b8;
  t15 += v * b9;
  t16 += v * b10;
  t17 += v * b11;
  t18 += v * b12;
  t19 += v * b13;
  t20 += v * b14;
  t21 += v * b15;
  v = a[7];
  t7 += v * b0;
  t8 += v * b1;
  t9 += v * b2;
  t10 += v * b3;
  t11 += v * b4;
  t12 += v * b5;
  t13 += v * b6;
  t14 += v * b7;
  t15 += v * b8;
  t16 += v * b9;
  t17 += v * b10;
  t18 += v * b11;
  t19 += v * b12;
  t20 += v * b13;
  t21 += v * b14;
  t22 += v * b15;
  v = a[8];
  t8 += v * b0;
  t9 += v * b1;
  t10 += v * b2;
  t11 += v * b3;
  t12 += v * b4;
  t13 += v * b5;
  t14 += v * b6;
  t15 += v * b7;
  t16 += v * b8;
  t17 += v * b9;
  t18 += v * b10;
  t19 += v * b11;
  t20 += v * b12;
  t21 += v * b13;
  t22 += v * b14;
  t23 += v * b15;
  v = a[9];
  t9 += v * b0;
  t10 += v * b1;
  t11 += v * b2;
  t12 += v * b3;
  t13 += v * b4;
  t14 += v * b5;
  t15 += v * b6;
  t16 += v * b7;
  t17 += v * b8;
  t18 += v * b9;
  t19 += v * b10;
  t20 += v * b11;
  t21 += v * b12;
  t22 += v * b13;
  t23 += v * b14;
  t24 += v * b15;
  v = a[10];
  t10 += v * b0;
  t11 += v * b1;
  t12 += v * b2;
  t13 += v * b3;
  t14 += v * b4;
  t15 += v * b5;
  t16 += v * b6;
  t17 += v * b7;
  t18 += v * b8;
  t19 += v * b9;
  t20 += v * b10;
  t21 += v * b11;
  t22 += v * b12;
  t23 += v * b13;
  t24 += v * b14;
  t25 += v * b15;
  v = a[11];
  t11 += v * b0;
  t12 += v * b1;
  t13 += v * b2;
  t14 += v * b3;
  t15 += v * b4;
  t16 += v * b5;
  t17 += v * b6;
  t18 += v * b7;
  t19 += v * b8;
  t20 += v * b9;
  t21 += v * b10;
  t22 += v * b11;
  t23 += v * b12;
  t24 += v * b13;
  t25 += v * b14;
  t26 += v * b15;
  v = a[12];
  t12 += v * b0;
  t13 += v * b1;
  t14 += v * b2;
  t15 += v * b3;
  t16 += v * b4;
  t17 += v * b5;
  t18 += v * b6;
  t19 += v * b7;
  t20 += v * b8;
  t21 += v * b9;
  t22 += v * b10;
  t23 += v * b11;
  t24 += v * b12;
  t25 += v * b13;
  t26 += v * b14;
  t27 += v * b15;
  v = a[13];
  t13 += v * b0;
  t14 += v * b1;
  t15 += v * b2;
  t16 += v * b3;
  t17 += v * b4;
  t18 += v * b5;
  t19 += v * b6;
  t20 += v * b7;
  t21 += v * b8;
  t22 += v * b9;
  t23 += v * b10;
  t24 += v * b11;
  t25 += v * b12;
  t26 += v * b13;
  t27 += v * b14;
  t28 += v * b15;
  v = a[14];
  t14 += v * b0;
  t15 += v * b1;
  t16 += v * b2;
  t17 += v * b3;
  t18 += v * b4;
  t19 += v * b5;
  t20 += v * b6;
  t21 += v * b7;
  t22 += v * b8;
  t23 += v * b9;
  t24 += v * b10;
  t25 += v * b11;
  t26 += v * b12;
  t27 += v * b13;
  t28 += v * b14;
  t29 += v * b15;
  v = a[15];
  t15 += v * b0;
  t16 += v * b1;
  t17 += v * b2;
  t18 += v * b3;
  t19 += v * b4;
  t20 += v * b5;
  t21 += v * b6;
  t22 += v * b7;
  t23 += v * b8;
  t24 += v * b9;
  t25 += v * b10;
  t26 += v * b11;
  t27 += v * b12;
  t28 += v * b13;
  t29 += v * b14;
  t30 += v * b15;

  t0  += 38 * t16;
  t1  += 38 * t17;
  t2  += 38 * t18;
  t3  += 38 * t19;
  t4  += 38 * t20;
  t5  += 38 * t21;
  t6  += 38 * t22;
  t7  += 38 * t23;
  t8  += 38 * t24;
  t9  += 38 * t25;
  t10 += 38 * t26;
  t11 += 38 * t27;
  t12 += 38 * t28;
  t13 += 38 * t29;
  t14 += 38 * t30;
  // t15 left as is

  // first car
  c = 1;
  v =  t0 + c + 65535; c = Math.floor(v / 65536);  t0 = v - c * 65536;
  v =  t1 + c + 65535; c = Math.floor(v / 65536);  t1 = v - c * 65536;
  v =  t2 + c + 65535; c = Math.floor(v / 65536);  t2 = v - c * 65536;
  v =  t3 + c + 65535; c = Math.floor(v / 65536);  t3 = v - c * 65536;
  v =  t4 + c + 65535; c = Math.floor(v / 65536);  t4 = v - c * 65536;
  v =  t5 + c + 65535; c = Math.floor(v / 65536);  t5 = v - c * 65536;
  v =  t6 + c + 65535; c = Math.floor(v / 65536);  t6 = v - c * 65536;
  v =  t7 + c + 65535; c = Math.floor(v / 65536);  t7 = v - c * 65536;
  v =  t8 + c + 65535; c = Math.floor(v / 65536);  t8 = v - c * 65536;
  v =  t9 + c + 65535; c = Math.floor(v / 65536);  t9 = v - c * 65536;
  v = t10 + c + 65535; c = Math.floor(v / 65536); t10 = v - c * 65536;
  v = t11 + c + 65535; c = Math.floor(v / 65536); t11 = v - c * 65536;
  v = t12 + c + 65535; c = Math.floor(v / 65536); t12 = v - c * 65536;
  v = t13 + c + 65535; c = Math.floor(v / 65536); t13 = v - c * 65536;
  v = t14 + c + 65535; c = Math.floor(v / 65536); t14 = v - c * 65536;
  v = t15 + c + 65535; c = Math.floor(v / 65536); t15 = v - c * 65536;
  t0 += c-1 + 37 * (c-1);

  // second car
  c = 1;
  v =  t0 + c + 65535; c = Math.floor(v / 65536);  t0 = v - c * 65536;
  v =  t1 + c + 65535; c = Math.floor(v / 65536);  t1 = v - c * 65536;
  v =  t2 + c + 65535; c = Math.floor(v / 65536);  t2 = v - c * 65536;
  v =  t3 + c + 65535; c = Math.floor(v / 65536);  t3 = v - c * 65536;
  v =  t4 + c + 65535; c = Math.floor(v / 65536);  t4 = v - c * 65536;
  v =  t5 + c + 65535; c = Math.floor(v / 65536);  t5 = v - c * 65536;
  v =  t6 + c + 65535; c = Math.floor(v / 65536);  t6 = v - c * 65536;
  v =  t7 + c + 65535; c = Math.floor(v / 65536);  t7 = v - c * 65536;
  v =  t8 + c + 65535; c = Math.floor(v / 65536);  t8 = v - c * 65536;
  v =  t9 + c + 65535; c = Math.floor(v / 65536);  t9 = v - c * 65536;
  v = t10 + c + 65535; c = Math.floor(v / 65536); t10 = v - c * 65536;
  v = t11 + c + 65535; c = Math.floor(v / 65536); t11 = v - c * 65536;
  v = t12 + c + 65535; c = Math.floor(v / 65536); t12 = v - c * 65536;
  v = t13 + c + 65535; c = Math.floor(v / 65536); t13 = v - c * 65536;
  v = t14 + c + 65535; c = Math.floor(v / 65536); t14 = v - c * 65536;
  v = t15 + c + 65535; c = Math.floor(v / 65536); t15 = v - c * 65536;
  t0 += c-1 + 37 * (c-1);

  o[ 0] = t0;
  o[ 1] = t1;
  o[ 2] = t2;
  o[ 3] = t3;
  o[ 4] = t4;
  o[ 5] = t5;
  o[ 6] = t6;
  o[ 7] = t7;
  o[ 8] = t8;
  o[ 9] = t9;
  o[10] = t10;
  o[11] = t11;
  o[12] = t12;
  o[13] = t13;
  o[14] = t14;
  o[15] = t15;
}

function S(o, a) {
  M(o, a, a);
}

function inv25519(o, i) {
  var c = gf();
  var a;
  for (a = 0; a < 16; a++) c[a] = i[a];
  for (a = 253; a >= 0; a--) {
    S(c, c);
    if(a !== 2 && a !== 4) M(c, c, i);
  }
  for (a = 0; a < 16; a++) o[a] = c[a];
}

function pow2523(o, i) {
  var c = gf();
  var a;
  for (a = 0; a < 16; a++) c[a] = i[a];
  for (a = 250; a >= 0; a--) {
      S(c, c);
      if(a !== 1) M(c, c, i);
  }
  for (a = 0; a < 16; a++) o[a] = c[a];
}

function crypto_scalarmult(q, n, p) {
  var z = new Uint8Array(32);
  var x = new Float64Array(80), r, i;
  var a = gf(), b = gf(), c = gf(),
      d = gf(), e = gf(), f = gf();
  for (i = 0; i < 31; i++) z[i] = n[i];
  z[31]=(n[31]&127)|64;
  z[0]&=248;
  unpack25519(x,p);
  for (i = 0; i < 16; i++) {
    b[i]=x[i];
    d[i]=a[i]=c[i]=0;
  }
  a[0]=d[0]=1;
  for (i=254; i>=0; --i) {
    r=(z[i>>>3]>>>(i&7))&1;
    sel25519(a,b,r);
    sel25519(c,d,r);
    A(e,a,c);
    Z(a,a,c);
    A(c,b,d);
    Z(b,b,d);
    S(d,e);
    S(f,a);
    M(a,c,a);
    M(c,b,e);
    A(e,a,c);
    Z(a,a,c);
    S(b,a);
    Z(c,d,f);
    M(a,c,_121665);
    A(a,a,d);
    M(c,c,a);
    M(a,d,f);
    M(d,b,x);
    S(b,e);
    sel25519(a,b,r);
    sel25519(c,d,r);
  }
  for (i = 0; i < 16; i++) {
    x[i+16]=a[i];
    x[i+32]=c[i];
    x[i+48]=b[i];
    x[i+64]=d[i];
  }
  var x32 = x.subarray(32);
  var x16 = x.subarray(16);
  inv25519(x32,x32);
  M(x16,x16,x32);
  pack25519(q,x16);
  return 0;
}

function crypto_scalarmult_base(q, n) {
  return crypto_scalarmult(q, n, _9);
}

function crypto_box_keypair(y, x) {
  randombytes(x, 32);
  return crypto_scalarmult_base(y, x);
}

function crypto_box_beforenm(k, y, x) {
  var s = new Uint8Array(32);
  crypto_scalarmult(s, x, y);
  return crypto_core_hsalsa20(k, _0, s, sigma);
}

var crypto_box_afternm = crypto_secretbox;
var crypto_box_open_afternm = crypto_secretbox_open;

function crypto_box(c, m, d, n, y, x) {
  var k = new Uint8Array(32);
  crypto_box_beforenm(k, y, x);
  return crypto_box_afternm(c, m, d, n, k);
}

function crypto_box_open(m, c, d, n, y, x) {
  var k = new Uint8Array(32);
  crypto_box_beforenm(k, y, x);
  return crypto_box_open_afternm(m, c, d, n, k);
}

var K = [
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd,
  0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019,
  0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe,
  0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1,
  0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3,
  0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483,
  0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210,
  0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725,
  0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926,
  0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8,
  0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001,
  0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910,
  0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53,
  0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb,
  0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60,
  0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9,
  0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207,
  0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6,
  0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493,
  0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a,
  0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817
];

function crypto_hashblocks_hl(hh, hl, m, n) {
  var wh = new Int32Array(16), wl = new Int32Array(16),
      bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7,
      bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7,
      th, tl, i, j, h, l, a, b, c, d;

  var ah0 = hh[0],
      ah1 = hh[1],
      ah2 = hh[2],
      ah3 = hh[3],
      ah4 = hh[4],
      ah5 = hh[5],
      ah6 = hh[6],
      ah7 = hh[7],

      al0 = hl[0],
      al1 = hl[1],
      al2 = hl[2],
      al3 = hl[3],
      al4 = hl[4],
      al5 = hl[5],
      al6 = hl[6],
      al7 = hl[7];

  var pos = 0;
  while (n >= 128) {
    for (i = 0; i < 16; i++) {
      j = 8 * i + pos;
      wh[i] = (m[j+0] << 24) | (m[j+1] << 16) | (m[j+2] << 8) | m[j+3];
      wl[i] = (m[j+4] << 24) | (m[j+5] << 16) | (m[j+6] << 8) | m[j+7];
    }
    for (i = 0; i < 80; i++) {
      bh0 = ah0;
      bh1 = ah1;
      bh2 = ah2;
      bh3 = ah3;
      bh4 = ah4;
      bh5 = ah5;
      bh6 = ah6;
      bh7 = ah7;

      bl0 = al0;
      bl1 = al1;
      bl2 = al2;
      bl3 = al3;
      bl4 = al4;
      bl5 = al5;
      bl6 = al6;
      bl7 = al7;

      // add
      h = ah7;
      l = al7;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      // Sigma1
      h = ((ah4 >>> 14) | (al4 << (32-14))) ^ ((ah4 >>> 18) | (al4 << (32-18))) ^ ((al4 >>> (41-32)) | (ah4 << (32-(41-32))));
      l = ((al4 >>> 14) | (ah4 << (32-14))) ^ ((al4 >>> 18) | (ah4 << (32-18))) ^ ((ah4 >>> (41-32)) | (al4 << (32-(41-32))));

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // Ch
      h = (ah4 & ah5) ^ (~ah4 & ah6);
      l = (al4 & al5) ^ (~al4 & al6);

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // K
      h = K[i*2];
      l = K[i*2+1];

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // w
      h = wh[i%16];
      l = wl[i%16];

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      th = c & 0xffff | d << 16;
      tl = a & 0xffff | b << 16;

      // add
      h = th;
      l = tl;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      // Sigma0
      h = ((ah0 >>> 28) | (al0 << (32-28))) ^ ((al0 >>> (34-32)) | (ah0 << (32-(34-32)))) ^ ((al0 >>> (39-32)) | (ah0 << (32-(39-32))));
      l = ((al0 >>> 28) | (ah0 << (32-28))) ^ ((ah0 >>> (34-32)) | (al0 << (32-(34-32)))) ^ ((ah0 >>> (39-32)) | (al0 << (32-(39-32))));

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // Maj
      h = (ah0 & ah1) ^ (ah0 & ah2) ^ (ah1 & ah2);
      l = (al0 & al1) ^ (al0 & al2) ^ (al1 & al2);

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      bh7 = (c & 0xffff) | (d << 16);
      bl7 = (a & 0xffff) | (b << 16);

      // add
      h = bh3;
      l = bl3;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      h = th;
      l = tl;

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      bh3 = (c & 0xffff) | (d << 16);
      bl3 = (a & 0xffff) | (b << 16);

      ah1 = bh0;
      ah2 = bh1;
      ah3 = bh2;
      ah4 = bh3;
      ah5 = bh4;
      ah6 = bh5;
      ah7 = bh6;
      ah0 = bh7;

      al1 = bl0;
      al2 = bl1;
      al3 = bl2;
      al4 = bl3;
      al5 = bl4;
      al6 = bl5;
      al7 = bl6;
      al0 = bl7;

      if (i%16 === 15) {
        for (j = 0; j < 16; j++) {
          // add
          h = wh[j];
          l = wl[j];

          a = l & 0xffff; b = l >>> 16;
          c = h & 0xffff; d = h >>> 16;

          h = wh[(j+9)%16];
          l = wl[(j+9)%16];

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          // sigma0
          th = wh[(j+1)%16];
          tl = wl[(j+1)%16];
          h = ((th >>> 1) | (tl << (32-1))) ^ ((th >>> 8) | (tl << (32-8))) ^ (th >>> 7);
          l = ((tl >>> 1) | (th << (32-1))) ^ ((tl >>> 8) | (th << (32-8))) ^ ((tl >>> 7) | (th << (32-7)));

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          // sigma1
          th = wh[(j+14)%16];
          tl = wl[(j+14)%16];
          h = ((th >>> 19) | (tl << (32-19))) ^ ((tl >>> (61-32)) | (th << (32-(61-32)))) ^ (th >>> 6);
          l = ((tl >>> 19) | (th << (32-19))) ^ ((th >>> (61-32)) | (tl << (32-(61-32)))) ^ ((tl >>> 6) | (th << (32-6)));

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;

          wh[j] = (c & 0xffff) | (d << 16);
          wl[j] = (a & 0xffff) | (b << 16);
        }
      }
    }

    // add
    h = ah0;
    l = al0;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[0];
    l = hl[0];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[0] = ah0 = (c & 0xffff) | (d << 16);
    hl[0] = al0 = (a & 0xffff) | (b << 16);

    h = ah1;
    l = al1;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[1];
    l = hl[1];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[1] = ah1 = (c & 0xffff) | (d << 16);
    hl[1] = al1 = (a & 0xffff) | (b << 16);

    h = ah2;
    l = al2;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[2];
    l = hl[2];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[2] = ah2 = (c & 0xffff) | (d << 16);
    hl[2] = al2 = (a & 0xffff) | (b << 16);

    h = ah3;
    l = al3;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[3];
    l = hl[3];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[3] = ah3 = (c & 0xffff) | (d << 16);
    hl[3] = al3 = (a & 0xffff) | (b << 16);

    h = ah4;
    l = al4;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[4];
    l = hl[4];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[4] = ah4 = (c & 0xffff) | (d << 16);
    hl[4] = al4 = (a & 0xffff) | (b << 16);

    h = ah5;
    l = al5;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[5];
    l = hl[5];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[5] = ah5 = (c & 0xffff) | (d << 16);
    hl[5] = al5 = (a & 0xffff) | (b << 16);

    h = ah6;
    l = al6;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[6];
    l = hl[6];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[6] = ah6 = (c & 0xffff) | (d << 16);
    hl[6] = al6 = (a & 0xffff) | (b << 16);

    h = ah7;
    l = al7;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[7];
    l = hl[7];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[7] = ah7 = (c & 0xffff) | (d << 16);
    hl[7] = al7 = (a & 0xffff) | (b << 16);

    pos += 128;
    n -= 128;
  }

  return n;
}

function crypto_hash(out, m, n) {
  var hh = new Int32Array(8),
      hl = new Int32Array(8),
      x = new Uint8Array(256),
      i, b = n;

  hh[0] = 0x6a09e667;
  hh[1] = 0xbb67ae85;
  hh[2] = 0x3c6ef372;
  hh[3] = 0xa54ff53a;
  hh[4] = 0x510e527f;
  hh[5] = 0x9b05688c;
  hh[6] = 0x1f83d9ab;
  hh[7] = 0x5be0cd19;

  hl[0] = 0xf3bcc908;
  hl[1] = 0x84caa73b;
  hl[2] = 0xfe94f82b;
  hl[3] = 0x5f1d36f1;
  hl[4] = 0xade682d1;
  hl[5] = 0x2b3e6c1f;
  hl[6] = 0xfb41bd6b;
  hl[7] = 0x137e2179;

  crypto_hashblocks_hl(hh, hl, m, n);
  n %= 128;

  for (i = 0; i < n; i++) x[i] = m[b-n+i];
  x[n] = 128;

  n = 256-128*(n<112?1:0);
  x[n-9] = 0;
  ts64(x, n-8,  (b / 0x20000000) | 0, b << 3);
  crypto_hashblocks_hl(hh, hl, x, n);

  for (i = 0; i < 8; i++) ts64(out, 8*i, hh[i], hl[i]);

  return 0;
}

function add(p, q) {
  var a = gf(), b = gf(), c = gf(),
      d = gf(), e = gf(), f = gf(),
      g = gf(), h = gf(), t = gf();

  Z(a, p[1], p[0]);
  Z(t, q[1], q[0]);
  M(a, a, t);
  A(b, p[0], p[1]);
  A(t, q[0], q[1]);
  M(b, b, t);
  M(c, p[3], q[3]);
  M(c, c, D2);
  M(d, p[2], q[2]);
  A(d, d, d);
  Z(e, b, a);
  Z(f, d, c);
  A(g, d, c);
  A(h, b, a);

  M(p[0], e, f);
  M(p[1], h, g);
  M(p[2], g, f);
  M(p[3], e, h);
}

function cswap(p, q, b) {
  var i;
  for (i = 0; i < 4; i++) {
    sel25519(p[i], q[i], b);
  }
}

function pack(r, p) {
  var tx = gf(), ty = gf(), zi = gf();
  inv25519(zi, p[2]);
  M(tx, p[0], zi);
  M(ty, p[1], zi);
  pack25519(r, ty);
  r[31] ^= par25519(tx) << 7;
}

function scalarmult(p, q, s) {
  var b, i;
  set25519(p[0], gf0);
  set25519(p[1], gf1);
  set25519(p[2], gf1);
  set25519(p[3], gf0);
  for (i = 255; i >= 0; --i) {
    b = (s[(i/8)|0] >> (i&7)) & 1;
    cswap(p, q, b);
    add(q, p);
    add(p, p);
    cswap(p, q, b);
  }
}

function scalarbase(p, s) {
  var q = [gf(), gf(), gf(), gf()];
  set25519(q[0], X);
  set25519(q[1], Y);
  set25519(q[2], gf1);
  M(q[3], X, Y);
  scalarmult(p, q, s);
}

function crypto_sign_keypair(pk, sk, seeded) {
  var d = new Uint8Array(64);
  var p = [gf(), gf(), gf(), gf()];
  var i;

  if (!seeded) randombytes(sk, 32);
  crypto_hash(d, sk, 32);
  d[0] &= 248;
  d[31] &= 127;
  d[31] |= 64;

  scalarbase(p, d);
  pack(pk, p);

  for (i = 0; i < 32; i++) sk[i+32] = pk[i];
  return 0;
}

var L = new Float64Array([0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10]);

function modL(r, x) {
  var carry, i, j, k;
  for (i = 63; i >= 32; --i) {
    carry = 0;
    for (j = i - 32, k = i - 12; j < k; ++j) {
      x[j] += carry - 16 * x[i] * L[j - (i - 32)];
      carry = Math.floor((x[j] + 128) / 256);
      x[j] -= carry * 256;
    }
    x[j] += carry;
    x[i] = 0;
  }
  carry = 0;
  for (j = 0; j < 32; j++) {
    x[j] += carry - (x[31] >> 4) * L[j];
    carry = x[j] >> 8;
    x[j] &= 255;
  }
  for (j = 0; j < 32; j++) x[j] -= carry * L[j];
  for (i = 0; i < 32; i++) {
    x[i+1] += x[i] >> 8;
    r[i] = x[i] & 255;
  }
}

function reduce(r) {
  var x = new Float64Array(64), i;
  for (i = 0; i < 64; i++) x[i] = r[i];
  for (i = 0; i < 64; i++) r[i] = 0;
  modL(r, x);
}

// Note: difference from C - smlen returned, not passed as argument.
function crypto_sign(sm, m, n, sk) {
  var d = new Uint8Array(64), h = new Uint8Array(64), r = new Uint8Array(64);
  var i, j, x = new Float64Array(64);
  var p = [gf(), gf(), gf(), gf()];

  crypto_hash(d, sk, 32);
  d[0] &= 248;
  d[31] &= 127;
  d[31] |= 64;

  var smlen = n + 64;
  for (i = 0; i < n; i++) sm[64 + i] = m[i];
  for (i = 0; i < 32; i++) sm[32 + i] = d[32 + i];

  crypto_hash(r, sm.subarray(32), n+32);
  reduce(r);
  scalarbase(p, r);
  pack(sm, p);

  for (i = 32; i < 64; i++) sm[i] = sk[i];
  crypto_hash(h, sm, n + 64);
  reduce(h);

  for (i = 0; i < 64; i++) x[i] = 0;
  for (i = 0; i < 32; i++) x[i] = r[i];
  for (i = 0; i < 32; i++) {
    for (j = 0; j < 32; j++) {
      x[i+j] += h[i] * d[j];
    }
  }

  modL(sm.subarray(32), x);
  return smlen;
}

function unpackneg(r, p) {
  var t = gf(), chk = gf(), num = gf(),
      den = gf(), den2 = gf(), den4 = gf(),
      den6 = gf();

  set25519(r[2], gf1);
  unpack25519(r[1], p);
  S(num, r[1]);
  M(den, num, D);
  Z(num, num, r[2]);
  A(den, r[2], den);

  S(den2, den);
  S(den4, den2);
  M(den6, den4, den2);
  M(t, den6, num);
  M(t, t, den);

  pow2523(t, t);
  M(t, t, num);
  M(t, t, den);
  M(t, t, den);
  M(r[0], t, den);

  S(chk, r[0]);
  M(chk, chk, den);
  if (neq25519(chk, num)) M(r[0], r[0], I);

  S(chk, r[0]);
  M(chk, chk, den);
  if (neq25519(chk, num)) return -1;

  if (par25519(r[0]) === (p[31]>>7)) Z(r[0], gf0, r[0]);

  M(r[3], r[0], r[1]);
  return 0;
}

function crypto_sign_open(m, sm, n, pk) {
  var i;
  var t = new Uint8Array(32), h = new Uint8Array(64);
  var p = [gf(), gf(), gf(), gf()],
      q = [gf(), gf(), gf(), gf()];

  if (n < 64) return -1;

  if (unpackneg(q, pk)) return -1;

  for (i = 0; i < n; i++) m[i] = sm[i];
  for (i = 0; i < 32; i++) m[i+32] = pk[i];
  crypto_hash(h, m, n);
  reduce(h);
  scalarmult(p, q, h);

  scalarbase(q, sm.subarray(32));
  add(p, q);
  pack(t, p);

  n -= 64;
  if (crypto_verify_32(sm, 0, t, 0)) {
    for (i = 0; i < n; i++) m[i] = 0;
    return -1;
  }

  for (i = 0; i < n; i++) m[i] = sm[i + 64];
  return n;
}

var crypto_secretbox_KEYBYTES = 32,
    crypto_secretbox_NONCEBYTES = 24,
    crypto_secretbox_ZEROBYTES = 32,
    crypto_secretbox_BOXZEROBYTES = 16,
    crypto_scalarmult_BYTES = 32,
    crypto_scalarmult_SCALARBYTES = 32,
    crypto_box_PUBLICKEYBYTES = 32,
    crypto_box_SECRETKEYBYTES = 32,
    crypto_box_BEFORENMBYTES = 32,
    crypto_box_NONCEBYTES = crypto_secretbox_NONCEBYTES,
    crypto_box_ZEROBYTES = crypto_secretbox_ZEROBYTES,
    crypto_box_BOXZEROBYTES = crypto_secretbox_BOXZEROBYTES,
    crypto_sign_BYTES = 64,
    crypto_sign_PUBLICKEYBYTES = 32,
    crypto_sign_SECRETKEYBYTES = 64,
    crypto_sign_SEEDBYTES = 32,
    crypto_hash_BYTES = 64;

nacl.lowlevel = {
  crypto_core_hsalsa20: crypto_core_hsalsa20,
  crypto_stream_xor: crypto_stream_xor,
  crypto_stream: crypto_stream,
  crypto_stream_salsa20_xor: crypto_stream_salsa20_xor,
  crypto_stream_salsa20: crypto_stream_salsa20,
  crypto_onetimeauth: crypto_onetimeauth,
  crypto_onetimeauth_verify: crypto_onetimeauth_verify,
  crypto_verify_16: crypto_verify_16,
  crypto_verify_32: crypto_verify_32,
  crypto_secretbox: crypto_secretbox,
  crypto_secretbox_open: crypto_secretbox_open,
  crypto_scalarmult: crypto_scalarmult,
  crypto_scalarmult_base: crypto_scalarmult_base,
  crypto_box_beforenm: crypto_box_beforenm,
  crypto_box_afternm: crypto_box_afternm,
  crypto_box: crypto_box,
  crypto_box_open: crypto_box_open,
  crypto_box_keypair: crypto_box_keypair,
  crypto_hash: crypto_hash,
  crypto_sign: crypto_sign,
  crypto_sign_keypair: crypto_sign_keypair,
  crypto_sign_open: crypto_sign_open,

  crypto_secretbox_KEYBYTES: crypto_secretbox_KEYBYTES,
  crypto_secretbox_NONCEBYTES: crypto_secretbox_NONCEBYTES,
  crypto_secretbox_ZEROBYTES: crypto_secretbox_ZEROBYTES,
  crypto_secretbox_BOXZEROBYTES: crypto_secretbox_BOXZEROBYTES,
  crypto_scalarmult_BYTES: crypto_scalarmult_BYTES,
  crypto_scalarmult_SCALARBYTES: crypto_scalarmult_SCALARBYTES,
  crypto_box_PUBLICKEYBYTES: crypto_box_PUBLICKEYBYTES,
  crypto_box_SECRETKEYBYTES: crypto_box_SECRETKEYBYTES,
  crypto_box_BEFORENMBYTES: crypto_box_BEFORENMBYTES,
  crypto_box_NONCEBYTES: crypto_box_NONCEBYTES,
  crypto_box_ZEROBYTES: crypto_box_ZEROBYTES,
  crypto_box_BOXZEROBYTES: crypto_box_BOXZEROBYTES,
  crypto_sign_BYTES: crypto_sign_BYTES,
  crypto_sign_PUBLICKEYBYTES: crypto_sign_PUBLICKEYBYTES,
  crypto_sign_SECRETKEYBYTES: crypto_sign_SECRETKEYBYTES,
  crypto_sign_SEEDBYTES: crypto_sign_SEEDBYTES,
  crypto_hash_BYTES: crypto_hash_BYTES,

  gf: gf,
  D: D,
  L: L,
  pack25519: pack25519,
  unpack25519: unpack25519,
  M: M,
  A: A,
  S: S,
  Z: Z,
  pow2523: pow2523,
  add: add,
  set25519: set25519,
  modL: modL,
  scalarmult: scalarmult,
  scalarbase: scalarbase,
};

/* High-level API */

function checkLengths(k, n) {
  if (k.length !== crypto_secretbox_KEYBYTES) throw new Error('bad key size');
  if (n.length !== crypto_secretbox_NONCEBYTES) throw new Error('bad nonce size');
}

function checkBoxLengths(pk, sk) {
  if (pk.length !== crypto_box_PUBLICKEYBYTES) throw new Error('bad public key size');
  if (sk.length !== crypto_box_SECRETKEYBYTES) throw new Error('bad secret key size');
}

function checkArrayTypes() {
  for (var i = 0; i < arguments.length; i++) {
    if (!(arguments[i] instanceof Uint8Array))
      throw new TypeError('unexpected type, use Uint8Array');
  }
}

function cleanup(arr) {
  for (var i = 0; i < arr.length; i++) arr[i] = 0;
}

nacl.randomBytes = function(n) {
  var b = new Uint8Array(n);
  randombytes(b, n);
  return b;
};

nacl.secretbox = function(msg, nonce, key) {
  checkArrayTypes(msg, nonce, key);
  checkLengths(key, nonce);
  var m = new Uint8Array(crypto_secretbox_ZEROBYTES + msg.length);
  var c = new Uint8Array(m.length);
  for (var i = 0; i < msg.length; i++) m[i+crypto_secretbox_ZEROBYTES] = msg[i];
  crypto_secretbox(c, m, m.length, nonce, key);
  return c.subarray(crypto_secretbox_BOXZEROBYTES);
};

nacl.secretbox.open = function(box, nonce, key) {
  checkArrayTypes(box, nonce, key);
  checkLengths(key, nonce);
  var c = new Uint8Array(crypto_secretbox_BOXZEROBYTES + box.length);
  var m = new Uint8Array(c.length);
  for (var i = 0; i < box.length; i++) c[i+crypto_secretbox_BOXZEROBYTES] = box[i];
  if (c.length < 32) return null;
  if (crypto_secretbox_open(m, c, c.length, nonce, key) !== 0) return null;
  return m.subarray(crypto_secretbox_ZEROBYTES);
};

nacl.secretbox.keyLength = crypto_secretbox_KEYBYTES;
nacl.secretbox.nonceLength = crypto_secretbox_NONCEBYTES;
nacl.secretbox.overheadLength = crypto_secretbox_BOXZEROBYTES;

nacl.scalarMult = function(n, p) {
  checkArrayTypes(n, p);
  if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error('bad n size');
  if (p.length !== crypto_scalarmult_BYTES) throw new Error('bad p size');
  var q = new Uint8Array(crypto_scalarmult_BYTES);
  crypto_scalarmult(q, n, p);
  return q;
};

nacl.scalarMult.base = function(n) {
  checkArrayTypes(n);
  if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error('bad n size');
  var q = new Uint8Array(crypto_scalarmult_BYTES);
  crypto_scalarmult_base(q, n);
  return q;
};

nacl.scalarMult.scalarLength = crypto_scalarmult_SCALARBYTES;
nacl.scalarMult.groupElementLength = crypto_scalarmult_BYTES;

nacl.box = function(msg, nonce, publicKey, secretKey) {
  var k = nacl.box.before(publicKey, secretKey);
  return nacl.secretbox(msg, nonce, k);
};

nacl.box.before = function(publicKey, secretKey) {
  checkArrayTypes(publicKey, secretKey);
  checkBoxLengths(publicKey, secretKey);
  var k = new Uint8Array(crypto_box_BEFORENMBYTES);
  crypto_box_beforenm(k, publicKey, secretKey);
  return k;
};

nacl.box.after = nacl.secretbox;

nacl.box.open = function(msg, nonce, publicKey, secretKey) {
  var k = nacl.box.before(publicKey, secretKey);
  return nacl.secretbox.open(msg, nonce, k);
};

nacl.box.open.after = nacl.secretbox.open;

nacl.box.keyPair = function() {
  var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_box_SECRETKEYBYTES);
  crypto_box_keypair(pk, sk);
  return {publicKey: pk, secretKey: sk};
};

nacl.box.keyPair.fromSecretKey = function(secretKey) {
  checkArrayTypes(secretKey);
  if (secretKey.length !== crypto_box_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
  crypto_scalarmult_base(pk, secretKey);
  return {publicKey: pk, secretKey: new Uint8Array(secretKey)};
};

nacl.box.publicKeyLength = crypto_box_PUBLICKEYBYTES;
nacl.box.secretKeyLength = crypto_box_SECRETKEYBYTES;
nacl.box.sharedKeyLength = crypto_box_BEFORENMBYTES;
nacl.box.nonceLength = crypto_box_NONCEBYTES;
nacl.box.overheadLength = nacl.secretbox.overheadLength;

nacl.sign = function(msg, secretKey) {
  checkArrayTypes(msg, secretKey);
  if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var signedMsg = new Uint8Array(crypto_sign_BYTES+msg.length);
  crypto_sign(signedMsg, msg, msg.length, secretKey);
  return signedMsg;
};

nacl.sign.open = function(signedMsg, publicKey) {
  checkArrayTypes(signedMsg, publicKey);
  if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
    throw new Error('bad public key size');
  var tmp = new Uint8Array(signedMsg.length);
  var mlen = crypto_sign_open(tmp, signedMsg, signedMsg.length, publicKey);
  if (mlen < 0) return null;
  var m = new Uint8Array(mlen);
  for (var i = 0; i < m.length; i++) m[i] = tmp[i];
  return m;
};

nacl.sign.detached = function(msg, secretKey) {
  var signedMsg = nacl.sign(msg, secretKey);
  var sig = new Uint8Array(crypto_sign_BYTES);
  for (var i = 0; i < sig.length; i++) sig[i] = signedMsg[i];
  return sig;
};

nacl.sign.detached.verify = function(msg, sig, publicKey) {
  checkArrayTypes(msg, sig, publicKey);
  if (sig.length !== crypto_sign_BYTES)
    throw new Error('bad signature size');
  if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
    throw new Error('bad public key size');
  var sm = new Uint8Array(crypto_sign_BYTES + msg.length);
  var m = new Uint8Array(crypto_sign_BYTES + msg.length);
  var i;
  for (i = 0; i < crypto_sign_BYTES; i++) sm[i] = sig[i];
  for (i = 0; i < msg.length; i++) sm[i+crypto_sign_BYTES] = msg[i];
  return (crypto_sign_open(m, sm, sm.length, publicKey) >= 0);
};

nacl.sign.keyPair = function() {
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
  crypto_sign_keypair(pk, sk);
  return {publicKey: pk, secretKey: sk};
};

nacl.sign.keyPair.fromSecretKey = function(secretKey) {
  checkArrayTypes(secretKey);
  if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  for (var i = 0; i < pk.length; i++) pk[i] = secretKey[32+i];
  return {publicKey: pk, secretKey: new Uint8Array(secretKey)};
};

nacl.sign.keyPair.fromSeed = function(seed) {
  checkArrayTypes(seed);
  if (seed.length !== crypto_sign_SEEDBYTES)
    throw new Error('bad seed size');
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
  for (var i = 0; i < 32; i++) sk[i] = seed[i];
  crypto_sign_keypair(pk, sk, true);
  return {publicKey: pk, secretKey: sk};
};

nacl.sign.publicKeyLength = crypto_sign_PUBLICKEYBYTES;
nacl.sign.secretKeyLength = crypto_sign_SECRETKEYBYTES;
nacl.sign.seedLength = crypto_sign_SEEDBYTES;
nacl.sign.signatureLength = crypto_sign_BYTES;

nacl.hash = function(msg) {
  checkArrayTypes(msg);
  var h = new Uint8Array(crypto_hash_BYTES);
  crypto_hash(h, msg, msg.length);
  return h;
};

nacl.hash.hashLength = crypto_hash_BYTES;

nacl.verify = function(x, y) {
  checkArrayTypes(x, y);
  // Zero length arguments are considered not equal.
  if (x.length === 0 || y.length === 0) return false;
  if (x.length !== y.length) return false;
  return (vn(x, 0, y, 0, x.length) === 0) ? true : false;
};

nacl.setPRNG = function(fn) {
  randombytes = fn;
};

(function() {
  // Initialize PRNG if environment provides CSPRNG.
  // If not, methods calling randombytes will throw.
  var crypto = typeof self !== 'undefined' ? (self.crypto || self.msCrypto) : null;
  if (crypto && crypto.getRandomValues) {
    // Browsers.
    var QUOTA = 65536;
    nacl.setPRNG(function(x, n) {
      var i, v = new Uint8Array(n);
      for (i = 0; i < n; i += QUOTA) {
        crypto.getRandomValues(v.subarray(i, i + Math.min(n - i, QUOTA)));
      }
      for (i = 0; i < n; i++) x[i] = v[i];
      cleanup(v);
    });
  } else if (true) {
    // Node.js.
    crypto = __nccwpck_require__(76982);
    if (crypto && crypto.randomBytes) {
      nacl.setPRNG(function(x, n) {
        var i, v = crypto.randomBytes(n);
        for (i = 0; i < n; i++) x[i] = v[i];
        cleanup(v);
      });
    }
  }
})();

})( true && module.exports ? module.exports : (self.nacl = self.nacl || {}));


/***/ }),

/***/ 39403:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * Orders strings by their UTF-16 code units. Unlike localeCompare, it needs no ICU collator (set
 * up on first use: 10-70 ms on a runner, in the middle of a merge) and sorts alike under any locale.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 43545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ badInput),
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   MI: () => (/* binding */ unavailableKind),
/* harmony export */   gf: () => (/* binding */ whyOf),
/* harmony export */   hG: () => (/* binding */ UnavailableError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   tl: () => (/* binding */ CheckError)
/* harmony export */ });
/* unused harmony export isExpected */
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83446);

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
function badInput(input, value, why) {
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
            _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err.message);
            return;
        }
        const e = err instanceof Error ? err : new Error(String(err));
        if (e.stack)
            _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(e.stack);
        _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e.message);
    }
}


/***/ }),

/***/ 6015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   c9: () => (/* binding */ quietRun),
/* harmony export */   fM: () => (/* binding */ lastLine),
/* harmony export */   gf: () => (/* binding */ childEnv)
/* harmony export */ });
/* unused harmony exports run, runCaptured */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83446);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(43545);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(61998);
/* harmony import */ var _untrusted__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5078);






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
    const text = [path.basename(tool), ...args.slice(0, 2)].join(' ');
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
    core.debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    // The tool's output is echoed line by line through the guard, never straight to stdout.
    const echo = !opts.silent;
    const out = new LineGuard(core.info);
    const err = new LineGuard(core.infoStderr);
    if (echo)
        core.info(`[command]${[tool, ...args].join(' ')}`);
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool, args, {
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
    _toolkit__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    return spawnGroup(tool, args, opts);
}
/** A tool's output, quiet; a failing exit code is returned, not thrown; killed past `timeoutMs`. */
const quietRun = (tool, args, opts) => runCaptured(tool, args, opts);
/** True when the tool exists on PATH and answers. */
async function which(tool) {
    try {
        const io = await __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.t.bind(__nccwpck_require__, 94994, 23));
        return (await io.which(tool, false)) !== '';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 96224:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ lazy)
/* harmony export */ });
/**
 * A value made on first use, then kept: for packages a run may not need (a tar reader, the tool
 * cache), so that starting an action does not pay for loading them.
 */
function lazy(make) {
    let made;
    return () => (made ??= { value: make() }).value;
}


/***/ }),

/***/ 61998:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ hitLimit),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   db: () => (/* binding */ startDeadline),
/* harmony export */   kd: () => (/* binding */ parseLimits),
/* harmony export */   oC: () => (/* binding */ LimitError),
/* harmony export */   tW: () => (/* binding */ formatLimit)
/* harmony export */ });
/* unused harmony exports LIMIT_NAMES, limitName, within */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43545);
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
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, line, `expected name=value, the name one of ${Object.keys(LIMIT_NAMES).join(', ')}`);
        const value = parseValue(spec.kind, line.slice(at + 1));
        if (at < 0 || value === undefined)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, line, `expected a positive ${spec.kind} for ${name}, such as ${name}=${EXAMPLE[spec.kind]}`);
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
class LimitError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .UnavailableError */ .hG {
    limit;
    constructor(what, limit, value, detail = '') {
        super(`${what}: ${detail ? `${detail}, ` : ''}${LIMIT_NAMES[limitName(limit)].kind === 'rate' ? 'under' : 'over'} the ${limitName(limit)} limit of ${formatLimit(limit, value)}`, ['size', 'count'].includes(LIMIT_NAMES[limitName(limit)].kind) ? 'unavailable' : 'timeout');
        this.limit = limit;
        this.name = 'LimitError';
    }
}


/***/ }),

/***/ 39756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ readPath),
/* harmony export */   GA: () => (/* binding */ scratchDir),
/* harmony export */   Jf: () => (/* binding */ writePath),
/* harmony export */   N8: () => (/* binding */ withPathErrors),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   qR: () => (/* binding */ writeInputFile)
/* harmony export */ });
/* unused harmony export pathError */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(43545);
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
    return path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP || os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'arch-actions');
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
    if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
        return err;
    const why = (code && REASONS[code]) || (err instanceof Error ? err.message : String(err));
    return (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, p, code && REASONS[code] ? `${why} (${code})` : why);
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
function describe(st) {
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
    const real = fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(existing);
    const pseudo = PSEUDO_FS.has(fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync(real).type) || /^\/(proc|sys)(\/|$)/.test(real);
    if (pseudo)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, p, `${real} is on a kernel pseudo file system (/proc or /sys)`);
}
function checkKind(input, p, st, kind) {
    const isKind = kind === 'file' ? st.isFile() : kind === 'folder' ? st.isDirectory() : st.isFile() || st.isDirectory();
    if (isKind)
        return;
    const want = kind === 'any' ? 'a file or a folder' : `a ${kind}`;
    throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, p, `it is ${describe(st)}; ${want} is needed`);
}
function readPath(input, p, kind, opts = {}) {
    const abs = path__WEBPACK_IMPORTED_MODULE_2__.resolve(p);
    return withPathErrors(input, p, () => {
        let st;
        try {
            st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs);
        }
        catch (err) {
            if (opts.optional && err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        checkKind(input, p, st, kind);
        refusePseudo(input, p, abs);
        fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(abs, st.isDirectory() ? fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK : fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
        return abs;
    });
}
/**
 * Checks that `kind` can be written at `p`: the parent is an existing folder (created only
 * inside scratchDir()), and `p`, if it exists, is already a `kind`. Returns `p` absolute;
 * a folder is created when missing.
 */
function writePath(input, p, kind, env = process.env) {
    const abs = path__WEBPACK_IMPORTED_MODULE_2__.resolve(p);
    const parent = path__WEBPACK_IMPORTED_MODULE_2__.dirname(abs);
    return withPathErrors(input, p, () => {
        if (isInside(parent, scratchDir(env)))
            fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(parent, { recursive: true });
        const up = statOrUndefined(parent);
        if (!up)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, p, `its folder ${parent} does not exist`);
        if (!up.isDirectory())
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, p, `${parent} is ${describe(up)}, not a folder`);
        refusePseudo(input, p, parent);
        const st = statOrUndefined(abs);
        if (st)
            checkKind(input, p, st, kind);
        else if (kind === 'folder')
            fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(abs);
        return abs;
    });
}
function statOrUndefined(p) {
    try {
        return fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
function isInside(child, parent) {
    const rel = path__WEBPACK_IMPORTED_MODULE_2__.relative(path__WEBPACK_IMPORTED_MODULE_2__.resolve(parent), path__WEBPACK_IMPORTED_MODULE_2__.resolve(child));
    return rel === '' || (!rel.startsWith('..') && !path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel));
}
/** Reads a file given by `input` (checked with readPath first); `maxBytes` caps what is read. */
function readInputFile(input, p, maxBytes = 64 * 1024 * 1024) {
    const abs = readPath(input, p, 'file');
    return withPathErrors(input, p, () => {
        // O_NONBLOCK: if a FIFO was swapped in after the stat, open returns at once and fstat refuses it.
        const fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(abs, fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const st = fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
            checkKind(input, p, st, 'file');
            if (st.size > maxBytes)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, p, `it is larger than ${maxBytes} bytes`);
            return fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(fd);
        }
        finally {
            fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
    });
}
/** Writes a file given by `input` (checked with writePath first); returns its absolute path. */
function writeInputFile(input, p, data, env = process.env) {
    const abs = writePath(input, p, 'file', env);
    withPathErrors(input, p, () => {
        const flags = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
        const fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(abs, flags, 0o666);
        try {
            checkKind(input, p, fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd), 'file');
            fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync(fd);
            fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(fd, data);
        }
        finally {
            fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
    });
    return abs;
}


/***/ }),

/***/ 82343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hP: () => (/* binding */ VERIFY_PLATFORMS)
/* harmony export */ });
/* unused harmony exports BUILD, BUILD_MULTIARCH, RUN_ARM64_E2E, SETUP_QEMU_BUILDX */
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


/***/ }),

/***/ 83446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* reexport safe */ _actions_core_lib_summary__WEBPACK_IMPORTED_MODULE_5__.summary),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports saveState, getState, infoStderr */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(44914);
/* harmony import */ var _actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core_lib_file_command__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(24753);
/* harmony import */ var _actions_core_lib_file_command__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(_actions_core_lib_file_command__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core_lib_utils__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(30302);
/* harmony import */ var _untrusted__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5078);
/* harmony import */ var _actions_core_lib_summary__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(71847);
/* harmony import */ var _actions_core_lib_summary__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(_actions_core_lib_summary__WEBPACK_IMPORTED_MODULE_5__);
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
        return (0,_actions_core_lib_file_command__WEBPACK_IMPORTED_MODULE_2__.issueFileCommand)('OUTPUT', (0,_actions_core_lib_file_command__WEBPACK_IMPORTED_MODULE_2__.prepareKeyValueMessage)(name, value));
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    (0,_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__.issueCommand)('set-output', { name }, (0,_actions_core_lib_utils__WEBPACK_IMPORTED_MODULE_3__.toCommandValue)(value));
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
    (0,_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__.issueCommand)('add-mask', {}, secret);
}
/** A log line; any line of it that the runner could read as a command is escaped (untrusted.ts). */
function info(message) {
    process.stdout.write((0,_untrusted__WEBPACK_IMPORTED_MODULE_4__/* .untrusted */ .bp)(message) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
/** Text for stderr (a tool's own), escaped as info() escapes it. */
function infoStderr(message) {
    process.stderr.write(untrusted(message) + os.EOL);
}
function debug(message) {
    (0,_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__.issueCommand)('debug', {}, message);
}
const annotate = (kind) => (message, properties = {}) => (0,_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__.issueCommand)(kind, (0,_actions_core_lib_utils__WEBPACK_IMPORTED_MODULE_3__.toCommandProperties)(properties), message instanceof Error ? message.toString() : message);
const error = annotate('error');
const warning = annotate('warning');
const notice = annotate('notice');
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    (0,_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__.issue)('group', name);
    try {
        return await fn();
    }
    finally {
        (0,_actions_core_lib_command__WEBPACK_IMPORTED_MODULE_1__.issue)('endgroup');
    }
}


/***/ }),

/***/ 26707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ actionsToolCache),
/* harmony export */   LS: () => (/* binding */ PINNED),
/* harmony export */   QA: () => (/* binding */ installPinned),
/* harmony export */   hJ: () => (/* binding */ toolArch)
/* harmony export */ });
/* unused harmony exports sha256File, verifySha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(83446);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(43545);





/**
 * Every pinned tool version of the cluster level, in one place (documented in the README).
 * Checksums are the publishers' own `.sha256sum` values for these exact files:
 *   kind     https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-{amd64,arm64}.sha256sum
 *   helm     https://get.helm.sh/helm-v4.1.4-linux-{amd64,arm64}.tar.gz.sha256sum
 *   kubectl  https://dl.k8s.io/release/v1.33.1/bin/linux/{amd64,arm64}/kubectl.sha256
 * The node image is the default of kind v0.29.0 (its release notes), pinned by digest.
 */
const PINNED = {
    kind: {
        version: '0.29.0',
        url: (arch) => `https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-${arch}`,
        sha256: {
            amd64: 'c72eda46430f065fb45c5f70e7c957cc9209402ef309294821978677c8fb3284',
            arm64: '03d45095dbd9cc1689f179a3e5e5da24b77c2d1b257d7645abf1b4174bebcf2a'
        }
    },
    nodeImage: 'kindest/node:v1.33.1@sha256:050072256b9a903bd914c0b2866828150cb229cea0efe5892e2b644d5dd3b34f',
    helm: {
        version: '4.1.4',
        url: (arch) => `https://get.helm.sh/helm-v4.1.4-linux-${arch}.tar.gz`,
        sha256: {
            amd64: '70b2c30a19da4db264dfd68c8a3664e05093a361cefd89572ffb36f8abfa3d09',
            arm64: '13d03672be289045d2ff00e4e345d61de1c6f21c1257a45955a30e8ae036d8f1'
        }
    },
    kubectl: {
        version: '1.33.1',
        url: (arch) => `https://dl.k8s.io/release/v1.33.1/bin/linux/${arch}/kubectl`,
        sha256: {
            amd64: '5de4e9f2266738fd112b721265a0c1cd7f4e5208b670f811861f699474a100a3',
            arm64: 'd595d1a26b7444e0beb122e25750ee4524e74414bbde070b672b423139295ce6'
        }
    },
    /** Image of the smoke-test pods: multi-arch, with sh and sha256sum. Pinned by tag only. */
    smokeImage: 'docker.io/library/busybox:1.36.1'
};
// Loaded on first use, into a chunk file of its own: @actions/tool-cache brings an HTTP client
// (undici) that most runs never need and that costs start-up time just by being in a bundle.
const tc = () => Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(844), __nccwpck_require__.e(272), __nccwpck_require__.e(472)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 33472, 23));
const actionsToolCache = {
    find: async (tool, version, arch) => (await tc()).find(tool, version, arch),
    downloadTool: async (url) => (await tc()).downloadTool(url),
    extractTar: async (file) => (await tc()).extractTar(file),
    cacheFile: async (s, t, tool, v, a) => (await tc()).cacheFile(s, t, tool, v, a)
};
/** The release-asset architecture of a Node `process.arch`. */
function toolArch(nodeArch = process.arch) {
    if (nodeArch === 'x64')
        return 'amd64';
    if (nodeArch === 'arm64')
        return 'arm64';
    throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`kind, helm and kubectl are pinned for amd64 and arm64 runners only, not "${nodeArch}"`);
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws when a downloaded file does not have the pinned checksum; a mismatch is never cached. */
async function verifySha256(file, expected, what) {
    const got = await sha256File(file);
    if (got !== expected) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .CheckError */ .tl(`${what} failed its checksum: expected sha256 ${expected}, got ${got}`);
    }
}
/**
 * Installs one pinned tool through the tool cache (download, sha256 check, cacheFile) and
 * returns the path of its executable. A cached copy is reused.
 */
async function installPinned(name, arch, cache = actionsToolCache) {
    const pin = PINNED[name];
    const cached = await cache.find(name, pin.version, arch);
    if (cached) {
        _toolkit__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${name} ${pin.version} (${arch}) found in the tool cache`);
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(cached, name);
    }
    const url = pin.url(arch);
    _toolkit__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Downloading ${name} ${pin.version} for ${arch} from ${url}`);
    const downloaded = await cache.downloadTool(url);
    await verifySha256(downloaded, pin.sha256[arch], `${name} ${pin.version} (${url})`);
    let binary = downloaded;
    if (name === 'helm') {
        const dir = await cache.extractTar(downloaded);
        binary = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `linux-${arch}`, 'helm');
    }
    node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync(binary, 0o755);
    const dir = await cache.cacheFile(binary, name, name, pin.version, arch);
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
}


/***/ }),

/***/ 5078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   bp: () => (/* binding */ untrusted)
/* harmony export */ });
/* unused harmony exports COMMAND_ESCAPE, escapeCommands, oneLine, LineGuard */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
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
    decoder = new StringDecoder('utf8');
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


/***/ }),

/***/ 98081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   qA: () => (/* binding */ parsePlatforms),
/* harmony export */   rQ: () => (/* binding */ normalisePlatformString)
/* harmony export */ });
/* unused harmony exports SUPPORTED_PLATFORMS, UNAME_MACHINE, samePlatform, platformPair, hostPlatform, nativePlatforms, isNative, platformFromMachine, descriptorPlatform, missingPlatforms */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43545);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74189);


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
    const refuse = (why) => (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, raw, `${why} (${SUPPORTED})`);
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


/***/ }),

/***/ 67837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   J4: () => (/* binding */ applyMirrors),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   Z_: () => (/* binding */ manifestTarget),
/* harmony export */   ce: () => (/* binding */ familiar),
/* harmony export */   y_: () => (/* binding */ isInsecureRegistry)
/* harmony export */ });
/* unused harmony exports repositoryName, withDigest */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43545);

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
    const fail = (why) => (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(inputName, original, why);
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


/***/ }),

/***/ 74189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   YQ: () => (/* binding */ ALL_MANIFEST_TYPES),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES)
/* harmony export */ });
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


/***/ }),

/***/ 86308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ findHelm),
/* harmony export */   Zb: () => (/* binding */ parseHelmChoice)
/* harmony export */ });
/* unused harmony export parseHelmVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(82343);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(43545);
/* harmony import */ var _core_exec__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6015);
/* harmony import */ var _core_tools__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(26707);






const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_2__/* .VERIFY_PLATFORMS */ .hP.inputs;
function parseHelmChoice(value, input = IN.helm.name) {
    const v = value.trim();
    if (v === '' || v === 'pinned')
        return 'pinned';
    if (v === 'path' || v === 'none')
        return v;
    if (!node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(v) && !v.startsWith('.'))
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, value, 'expected pinned, path, none, or the path of a helm executable');
    return { file: v };
}
/** `version.BuildInfo{Version:"v4.1.4", GitCommit:"05fa379…", …, KubeClientVersion:"v1.35"}`. */
function parseHelmVersion(out) {
    const field = (name) => new RegExp(`\\b${name}:"([^"]*)"`).exec(out)?.[1];
    const version = field('Version');
    if (!version)
        return undefined;
    const commit = field('GitCommit');
    const kube = /^v?(\d+)\.(\d+)/.exec(field('KubeClientVersion') ?? '');
    return {
        version: commit ? `${version}+g${commit.slice(0, 7)}` : version,
        ...(kube ? { kubeVersion: `${kube[1]}.${kube[2]}.0` } : {})
    };
}
async function version(helm, exec) {
    const res = await exec(helm, ['version']);
    return res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
}
async function fromPath(deps, notes, why) {
    if (await (deps.onPath ?? _core_exec__WEBPACK_IMPORTED_MODULE_4__/* .which */ .K7)('helm')) {
        const v = await version('helm', deps.exec);
        if (v)
            return { helm: 'helm', version: Promise.resolve(v), notes };
    }
    return { why: `${why}, and there is no helm on PATH`, notes };
}
/**
 * The helm to render charts with. On a runner (Linux with a tool cache) the pinned version,
 * checksum-checked; helm from PATH when asked for, or when the pinned one cannot be had.
 */
async function findHelm(choice, deps) {
    const notes = [];
    if (choice === 'none')
        return { why: `${IN.helm.name}: none`, notes };
    if (typeof choice === 'object') {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(choice.file);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(IN.helm.name, choice.file, 'no such file');
        const checked = deps.exec(file, ['version']).then(res => {
            const found = res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
            if (found)
                return found;
            const why = (0,_core_exec__WEBPACK_IMPORTED_MODULE_4__/* .lastLine */ .fM)(res.stderr) || `exit code ${res.exitCode}, and no version printed`;
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(IN.helm.name, choice.file, `it does not run as helm (${why})`);
        });
        return { helm: file, version: checked, notes };
    }
    if (choice === 'path') {
        const found = await fromPath(deps, notes, `${IN.helm.name}: path was asked for`);
        if (!found.helm)
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(IN.helm.name, 'path', 'there is no helm on PATH');
        return found;
    }
    const env = deps.env ?? process.env;
    if (process.platform !== 'linux' || !env.RUNNER_TOOL_CACHE)
        return fromPath(deps, notes, `the pinned helm ${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version} is for GitHub runners`);
    try {
        const helm = await (0,_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .installPinned */ .QA)('helm', (0,_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .toolArch */ .hJ)(), deps.toolCache ?? _core_tools__WEBPACK_IMPORTED_MODULE_5__/* .actionsToolCache */ .CC);
        const v = version(helm, deps.exec).then(found => found ?? { version: `v${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version}` });
        return { helm, version: v, notes };
    }
    catch (err) {
        notes.push(`the pinned helm ${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version} could not be fetched: ${err.message}`);
        return fromPath(deps, notes, `the pinned helm ${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version} could not be fetched`);
    }
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };


/***/ }),

/***/ 61583:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ emptyScan),
/* harmony export */   VX: () => (/* binding */ mergeScans),
/* harmony export */   dw: () => (/* binding */ isTemplated),
/* harmony export */   ff: () => (/* binding */ ARCH_LABELS),
/* harmony export */   j2: () => (/* binding */ formatSource),
/* harmony export */   mx: () => (/* binding */ dependencyLabel),
/* harmony export */   s4: () => (/* binding */ FOUND_HOW)
/* harmony export */ });
const FOUND_HOW = [
    'rendered',
    'manifest',
    'indirect',
    'custom resource',
    'annotation',
    'images.txt',
    'values',
    'template',
    'dockerfile'
];
const ARCH_LABELS = new Set(['kubernetes.io/arch', 'beta.kubernetes.io/arch']);
function emptyScan() {
    return { images: [], pins: [], notes: [], warnings: [] };
}
function mergeScans(into, from) {
    into.images.push(...from.images);
    into.pins.push(...from.pins);
    into.notes.push(...from.notes);
    into.warnings.push(...from.warnings);
    return into;
}
function formatSource(s) {
    return `${s.file}:${s.line}`;
}
/** True for values that still hold Helm/Go templating and cannot be resolved statically. */
function isTemplated(s) {
    return s.includes('{{') || s.includes('}}');
}
/** `etcd 8.6.0 of mayastor`, or `mayastor 2.8.0`. */
function dependencyLabel(m) {
    return `${m.name} ${m.version}`.trim() + (m.parent ? ` of ${m.parent}` : '');
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 90290:
/***/ ((module) => {

"use strict";
module.exports = require("async_hooks");

/***/ }),

/***/ 20181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 64236:
/***/ ((module) => {

"use strict";
module.exports = require("console");

/***/ }),

/***/ 76982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 31637:
/***/ ((module) => {

"use strict";
module.exports = require("diagnostics_channel");

/***/ }),

/***/ 72250:
/***/ ((module) => {

"use strict";
module.exports = require("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

"use strict";
module.exports = require("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

"use strict";
module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

"use strict";
module.exports = require("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

"use strict";
module.exports = require("perf_hooks");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

"use strict";
module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 63774:
/***/ ((module) => {

"use strict";
module.exports = require("stream/web");

/***/ }),

/***/ 13193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

"use strict";
module.exports = require("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

"use strict";
module.exports = require("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

"use strict";
module.exports = require("util/types");

/***/ }),

/***/ 28167:
/***/ ((module) => {

"use strict";
module.exports = require("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

"use strict";
module.exports = require("zlib");

/***/ }),

/***/ 8032:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('{"https://tuf-repo-cdn.sigstore.dev":{"root.json":"ewogInNpZ25hdHVyZXMiOiBbCiAgewogICAia2V5aWQiOiAiNmYyNjAwODlkNTkyM2RhZjIwMTY2Y2E2NTdjNTQzYWY2MTgzNDZhYjk3MTg4NGE5OTk2MmIwMTk4OGJiZTBjMyIsCiAgICJzaWciOiAiIgogIH0sCiAgewogICAia2V5aWQiOiAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICJzaWciOiAiMzA0NTAyMjEwMGIwYmNmMTg5Y2UxYjkzZTdkYjk2NDlkNWJlNTEyYTE4ODBjMGUzNTg4NzBlMzkzM2U0MjZjNWFmYjhhNDA2MTAwMjIwNmQyMTRiZDc5YjA5ZjQ1OGNjYzUyMWEyOTBhYTk2MGM0MTcwMTRmYzE2ZTYwNmY4MjA5MWI1ZTMxODE0ODg2YSIKICB9LAogIHsKICAgImtleWlkIjogIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAic2lnIjogIiIKICB9LAogIHsKICAgImtleWlkIjogIjYxNjQzODM4MTI1YjQ0MGI0MGRiNjk0MmY1Y2I1YTMxYzBkYzA0MzY4MzE2ZWIyYWFhNThiOTU5MDRhNTgyMjIiLAogICAic2lnIjogIjMwNDUwMjIxMDBhOWI5ZTI5NGVjMjFiNjJkZmNhNmExNmExOWQwODQxODJjMTI1NzJlMzNkOWM0ZGNhYjUzMTdmYTFlOGE0NTlkMDIyMDY5ZjY4ZTU1ZWExZjk1YzVhMzY3YWFjN2E2MWE2NTc1N2Y5M2RhNWEwMDZhNWY0ZDFjZjk5NWJlODEyZDc2MDIiCiAgfSwKICB7CiAgICJrZXlpZCI6ICJhNjg3ZTViZjRmYWI4MmIwZWU1OGQ0NmUwNWM5NTM1MTQ1YTJjOWFmYjQ1OGY0M2Q0MmI0NWNhMGZkY2UyYTcwIiwKICAgInNpZyI6ICIzMDQ0MDIyMDc4MTE3OGVjMzkxNWNiMTZhY2E3NTdkNDBlMjg0MzVhYzUzNzhkNmI0ODdhY2IxMTFkMWVlYjMzOTM5N2Y3OWEwMjIwNzgxY2NlNDhhZTQ2ZjllNDdiOTdhODQxNGZjZjQ2NmE5ODY3MjZhNTg5NmM3MmEwZTRhYmEzMTYyY2I4MjZkZCIKICB9CiBdLAogInNpZ25lZCI6IHsKICAiX3R5cGUiOiAicm9vdCIsCiAgImNvbnNpc3RlbnRfc25hcHNob3QiOiB0cnVlLAogICJleHBpcmVzIjogIjIwMjUtMDgtMTlUMTQ6MzM6MDlaIiwKICAia2V5cyI6IHsKICAgIjBjODc0MzJjM2JmMDlmZDk5MTg5ZmRjMzJmYTVlYWVkZjRlNGE1ZmFjN2JhYjczZmEwNGEyZTBmYzY0YWY2ZjUiOiB7CiAgICAia2V5aWRfaGFzaF9hbGdvcml0aG1zIjogWwogICAgICJzaGEyNTYiLAogICAgICJzaGE1MTIiCiAgICBdLAogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVXUmlHcjUraiszSjVTc0grWnRyNW5FMkgyd083XG5CVituTzNzOTNnTGNhMThxVE96SFkxb1d5QUdEeWtNU3NHVFVCU3Q5RCtBbjBLZktzRDJtZlNNNDJRPT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2ktb25saW5lLXVyaSI6ICJnY3BrbXM6cHJvamVjdHMvc2lnc3RvcmUtcm9vdC1zaWduaW5nL2xvY2F0aW9ucy9nbG9iYWwva2V5UmluZ3Mvcm9vdC9jcnlwdG9LZXlzL3RpbWVzdGFtcC9jcnlwdG9LZXlWZXJzaW9ucy8xIgogICB9LAogICAiMjJmNGNhZWM2ZDhlNmY5NTU1YWY2NmIzZDRjM2NiMDZhM2JiMjNmZGM3ZTM5YzkxNmM2MWY0NjJlNmY1MmIwNiI6IHsKICAgICJrZXlpZF9oYXNoX2FsZ29yaXRobXMiOiBbCiAgICAgInNoYTI1NiIsCiAgICAgInNoYTUxMiIKICAgIF0sCiAgICAia2V5dHlwZSI6ICJlY2RzYSIsCiAgICAia2V5dmFsIjogewogICAgICJwdWJsaWMiOiAiLS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS1cbk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRXpCelZPbUhDUG9qTVZMU0kzNjRXaWlWOE5QckRcbjZJZ1J4Vmxpc2t6L3YreTNKRVI1bWNWR2NPTmxpRGNXTUM1SjJsZkhtalBOUGhiNEg3eG04THpmU0E9PVxuLS0tLS1FTkQgUFVCTElDIEtFWS0tLS0tXG4iCiAgICB9LAogICAgInNjaGVtZSI6ICJlY2RzYS1zaGEyLW5pc3RwMjU2IiwKICAgICJ4LXR1Zi1vbi1jaS1rZXlvd25lciI6ICJAc2FudGlhZ290b3JyZXMiCiAgIH0sCiAgICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFaW5pa1NzQVFtWWtOZUg1ZVlxL0NuSXpMYWFjT1xueGxTYWF3UURPd3FLeS90Q3F4cTV4eFBTSmMyMUs0V0loczlHeU9rS2Z6dWVZM0dJTHpjTUpaNGNXdz09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBib2JjYWxsYXdheSIKICAgfSwKICAgIjZmMjYwMDg5ZDU5MjNkYWYyMDE2NmNhNjU3YzU0M2FmNjE4MzQ2YWI5NzE4ODRhOTk5NjJiMDE5ODhiYmUwYzMiOiB7CiAgICAia2V5aWRfaGFzaF9hbGdvcml0aG1zIjogWwogICAgICJzaGEyNTYiLAogICAgICJzaGE1MTIiCiAgICBdLAogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUV5OFhLc21oQllESThKYzBHd3pCeGVLYXgwY201XG5TVEtFVTY1SFBGdW5VbjQxc1Q4cGkwRmpNNElrSHovWVVtd21MVU8wV3Q3bHhoajZCa0xJSzRxWUF3PT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2kta2V5b3duZXIiOiAiQGRsb3JlbmMiCiAgIH0sCiAgICJhNjg3ZTViZjRmYWI4MmIwZWU1OGQ0NmUwNWM5NTM1MTQ1YTJjOWFmYjQ1OGY0M2Q0MmI0NWNhMGZkY2UyYTcwIjogewogICAgImtleWlkX2hhc2hfYWxnb3JpdGhtcyI6IFsKICAgICAic2hhMjU2IiwKICAgICAic2hhNTEyIgogICAgXSwKICAgICJrZXl0eXBlIjogImVjZHNhIiwKICAgICJrZXl2YWwiOiB7CiAgICAgInB1YmxpYyI6ICItLS0tLUJFR0lOIFBVQkxJQyBLRVktLS0tLVxuTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFMGdocmg5Mkx3MVlyM2lkR1Y1V3FDdE1EQjhDeFxuK0Q4aGRDNHcyWkxOSXBsVlJvVkdMc2tZYTNnaGVNeU9qaUo4a1BpMTVhUTIvLzdQK29qN1V2SlBHdz09XG4tLS0tLUVORCBQVUJMSUMgS0VZLS0tLS1cbiIKICAgIH0sCiAgICAic2NoZW1lIjogImVjZHNhLXNoYTItbmlzdHAyNTYiLAogICAgIngtdHVmLW9uLWNpLWtleW93bmVyIjogIkBqb3NodWFnbCIKICAgfSwKICAgImU3MWE1NGQ1NDM4MzViYTg2YWRhZDk0NjAzNzljNzY0MWZiODcyNmQxNjRlYTc2NjgwMWExYzUyMmFiYTdlYTIiOiB7CiAgICAia2V5aWRfaGFzaF9hbGdvcml0aG1zIjogWwogICAgICJzaGEyNTYiLAogICAgICJzaGE1MTIiCiAgICBdLAogICAgImtleXR5cGUiOiAiZWNkc2EiLAogICAgImtleXZhbCI6IHsKICAgICAicHVibGljIjogIi0tLS0tQkVHSU4gUFVCTElDIEtFWS0tLS0tXG5NRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVFWHN6M1NaWEZiOGpNVjQyajZwSmx5amJqUjhLXG5OM0J3b2NleHE2TE1JYjVxc1dLT1F2TE4xNk5VZWZMYzRIc3dPb3VtUnNWVmFhalNwUVM2Zm9ia1J3PT1cbi0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLVxuIgogICAgfSwKICAgICJzY2hlbWUiOiAiZWNkc2Etc2hhMi1uaXN0cDI1NiIsCiAgICAieC10dWYtb24tY2kta2V5b3duZXIiOiAiQG1ubTY3OCIKICAgfQogIH0sCiAgInJvbGVzIjogewogICAicm9vdCI6IHsKICAgICJrZXlpZHMiOiBbCiAgICAgIjZmMjYwMDg5ZDU5MjNkYWYyMDE2NmNhNjU3YzU0M2FmNjE4MzQ2YWI5NzE4ODRhOTk5NjJiMDE5ODhiYmUwYzMiLAogICAgICJlNzFhNTRkNTQzODM1YmE4NmFkYWQ5NDYwMzc5Yzc2NDFmYjg3MjZkMTY0ZWE3NjY4MDFhMWM1MjJhYmE3ZWEyIiwKICAgICAiMjJmNGNhZWM2ZDhlNmY5NTU1YWY2NmIzZDRjM2NiMDZhM2JiMjNmZGM3ZTM5YzkxNmM2MWY0NjJlNmY1MmIwNiIsCiAgICAgIjYxNjQzODM4MTI1YjQ0MGI0MGRiNjk0MmY1Y2I1YTMxYzBkYzA0MzY4MzE2ZWIyYWFhNThiOTU5MDRhNTgyMjIiLAogICAgICJhNjg3ZTViZjRmYWI4MmIwZWU1OGQ0NmUwNWM5NTM1MTQ1YTJjOWFmYjQ1OGY0M2Q0MmI0NWNhMGZkY2UyYTcwIgogICAgXSwKICAgICJ0aHJlc2hvbGQiOiAzCiAgIH0sCiAgICJzbmFwc2hvdCI6IHsKICAgICJrZXlpZHMiOiBbCiAgICAgIjBjODc0MzJjM2JmMDlmZDk5MTg5ZmRjMzJmYTVlYWVkZjRlNGE1ZmFjN2JhYjczZmEwNGEyZTBmYzY0YWY2ZjUiCiAgICBdLAogICAgInRocmVzaG9sZCI6IDEsCiAgICAieC10dWYtb24tY2ktZXhwaXJ5LXBlcmlvZCI6IDM2NTAsCiAgICAieC10dWYtb24tY2ktc2lnbmluZy1wZXJpb2QiOiAzNjUKICAgfSwKICAgInRhcmdldHMiOiB7CiAgICAia2V5aWRzIjogWwogICAgICI2ZjI2MDA4OWQ1OTIzZGFmMjAxNjZjYTY1N2M1NDNhZjYxODM0NmFiOTcxODg0YTk5OTYyYjAxOTg4YmJlMGMzIiwKICAgICAiZTcxYTU0ZDU0MzgzNWJhODZhZGFkOTQ2MDM3OWM3NjQxZmI4NzI2ZDE2NGVhNzY2ODAxYTFjNTIyYWJhN2VhMiIsCiAgICAgIjIyZjRjYWVjNmQ4ZTZmOTU1NWFmNjZiM2Q0YzNjYjA2YTNiYjIzZmRjN2UzOWM5MTZjNjFmNDYyZTZmNTJiMDYiLAogICAgICI2MTY0MzgzODEyNWI0NDBiNDBkYjY5NDJmNWNiNWEzMWMwZGMwNDM2ODMxNmViMmFhYTU4Yjk1OTA0YTU4MjIyIiwKICAgICAiYTY4N2U1YmY0ZmFiODJiMGVlNThkNDZlMDVjOTUzNTE0NWEyYzlhZmI0NThmNDNkNDJiNDVjYTBmZGNlMmE3MCIKICAgIF0sCiAgICAidGhyZXNob2xkIjogMwogICB9LAogICAidGltZXN0YW1wIjogewogICAgImtleWlkcyI6IFsKICAgICAiMGM4NzQzMmMzYmYwOWZkOTkxODlmZGMzMmZhNWVhZWRmNGU0YTVmYWM3YmFiNzNmYTA0YTJlMGZjNjRhZjZmNSIKICAgIF0sCiAgICAidGhyZXNob2xkIjogMSwKICAgICJ4LXR1Zi1vbi1jaS1leHBpcnktcGVyaW9kIjogNywKICAgICJ4LXR1Zi1vbi1jaS1zaWduaW5nLXBlcmlvZCI6IDYKICAgfQogIH0sCiAgInNwZWNfdmVyc2lvbiI6ICIxLjAiLAogICJ2ZXJzaW9uIjogMTIsCiAgIngtdHVmLW9uLWNpLWV4cGlyeS1wZXJpb2QiOiAxOTcsCiAgIngtdHVmLW9uLWNpLXNpZ25pbmctcGVyaW9kIjogNDYKIH0KfQ==","targets":{"trusted_root.json":"ewogICJtZWRpYVR5cGUiOiAiYXBwbGljYXRpb24vdm5kLmRldi5zaWdzdG9yZS50cnVzdGVkcm9vdCtqc29uO3ZlcnNpb249MC4xIiwKICAidGxvZ3MiOiBbCiAgICB7CiAgICAgICJiYXNlVXJsIjogImh0dHBzOi8vcmVrb3Iuc2lnc3RvcmUuZGV2IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUyRzJZKzJ0YWJkVFY1QmNHaUJJeDBhOWZBRndya0JibUxTR3RrczRMM3FYNnlZWTB6dWZCbmhDOFVyL2l5NTVHaFdQLzlBL2JZMkxoQzMwTTkrUll0dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDEtMTJUMTE6NTM6MjcuMDAwWiIKICAgICAgICB9CiAgICAgIH0sCiAgICAgICJsb2dJZCI6IHsKICAgICAgICAia2V5SWQiOiAid05JOWF0UUdseitWV2ZPNkxSeWdINFFVZlkvOFc0UkZ3aVQ1aTVXUmdCMD0iCiAgICAgIH0KICAgIH0KICBdLAogICJjZXJ0aWZpY2F0ZUF1dGhvcml0aWVzIjogWwogICAgewogICAgICAic3ViamVjdCI6IHsKICAgICAgICAib3JnYW5pemF0aW9uIjogInNpZ3N0b3JlLmRldiIsCiAgICAgICAgImNvbW1vbk5hbWUiOiAic2lnc3RvcmUiCiAgICAgIH0sCiAgICAgICJ1cmkiOiAiaHR0cHM6Ly9mdWxjaW8uc2lnc3RvcmUuZGV2IiwKICAgICAgImNlcnRDaGFpbiI6IHsKICAgICAgICAiY2VydGlmaWNhdGVzIjogWwogICAgICAgICAgewogICAgICAgICAgICAicmF3Qnl0ZXMiOiAiTUlJQitEQ0NBWDZnQXdJQkFnSVROVmtEWm9DaW9mUERzeTdkZm02Z2VMYnVoekFLQmdncWhrak9QUVFEQXpBcU1SVXdFd1lEVlFRS0V3eHphV2R6ZEc5eVpTNWtaWFl4RVRBUEJnTlZCQU1UQ0hOcFozTjBiM0psTUI0WERUSXhNRE13TnpBek1qQXlPVm9YRFRNeE1ESXlNekF6TWpBeU9Wb3dLakVWTUJNR0ExVUVDaE1NYzJsbmMzUnZjbVV1WkdWMk1SRXdEd1lEVlFRREV3aHphV2R6ZEc5eVpUQjJNQkFHQnlxR1NNNDlBZ0VHQlN1QkJBQWlBMklBQkxTeUE3SWk1aytwTk84WkVXWTB5bGVtV0Rvd09rTmEza0wrR1pFNVo1R1dlaEw5L0E5YlJOQTNSYnJzWjVpMEpjYXN0YVJMN1NwNWZwL2pENWR4cWMvVWRUVm5sdlMxNmFuKzJZZnN3ZS9RdUxvbFJVQ3JjT0UyKzJpQTUrdHpkNk5tTUdRd0RnWURWUjBQQVFIL0JBUURBZ0VHTUJJR0ExVWRFd0VCL3dRSU1BWUJBZjhDQVFFd0hRWURWUjBPQkJZRUZNakZIUUJCbWlRcE1sRWs2dzJ1U3UxS0J0UHNNQjhHQTFVZEl3UVlNQmFBRk1qRkhRQkJtaVFwTWxFazZ3MnVTdTFLQnRQc01Bb0dDQ3FHU000OUJBTURBMmdBTUdVQ01IOGxpV0pmTXVpNnZYWEJoakRnWTRNd3NsbU4vVEp4VmUvODNXckZvbXdtTmYwNTZ5MVg0OEY5YzRtM2Ezb3pYQUl4QUtqUmF5NS9hai9qc0tLR0lrbVFhdGpJOHV1cEhyLytDeEZ2YUpXbXBZcU5rTERHUlUrOW9yemg1aEkyUnJjdWFRPT0iCiAgICAgICAgICB9CiAgICAgICAgXQogICAgICB9LAogICAgICAidmFsaWRGb3IiOiB7CiAgICAgICAgInN0YXJ0IjogIjIwMjEtMDMtMDdUMDM6MjA6MjkuMDAwWiIsCiAgICAgICAgImVuZCI6ICIyMDIyLTEyLTMxVDIzOjU5OjU5Ljk5OVoiCiAgICAgIH0KICAgIH0sCiAgICB7CiAgICAgICJzdWJqZWN0IjogewogICAgICAgICJvcmdhbml6YXRpb24iOiAic2lnc3RvcmUuZGV2IiwKICAgICAgICAiY29tbW9uTmFtZSI6ICJzaWdzdG9yZSIKICAgICAgfSwKICAgICAgInVyaSI6ICJodHRwczovL2Z1bGNpby5zaWdzdG9yZS5kZXYiLAogICAgICAiY2VydENoYWluIjogewogICAgICAgICJjZXJ0aWZpY2F0ZXMiOiBbCiAgICAgICAgICB7CiAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNSUlDR2pDQ0FhR2dBd0lCQWdJVUFMblZpVmZuVTBickphc21Sa0hybi9VbmZhUXdDZ1lJS29aSXpqMEVBd013S2pFVk1CTUdBMVVFQ2hNTWMybG5jM1J2Y21VdVpHVjJNUkV3RHdZRFZRUURFd2h6YVdkemRHOXlaVEFlRncweU1qQTBNVE15TURBMk1UVmFGdzB6TVRFd01EVXhNelUyTlRoYU1EY3hGVEFUQmdOVkJBb1RESE5wWjNOMGIzSmxMbVJsZGpFZU1Cd0dBMVVFQXhNVmMybG5jM1J2Y21VdGFXNTBaWEp0WldScFlYUmxNSFl3RUFZSEtvWkl6ajBDQVFZRks0RUVBQ0lEWWdBRThSVlMveXNIK05PdnVEWnlQSVp0aWxnVUY5TmxhcllwQWQ5SFAxdkJCSDFVNUNWNzdMU1M3czBaaUg0bkU3SHY3cHRTNkx2dlIvU1RrNzk4TFZnTXpMbEo0SGVJZkYzdEhTYWV4TGNZcFNBU3Ixa1MwTi9SZ0JKei85aldDaVhubzNzd2VUQU9CZ05WSFE4QkFmOEVCQU1DQVFZd0V3WURWUjBsQkF3d0NnWUlLd1lCQlFVSEF3TXdFZ1lEVlIwVEFRSC9CQWd3QmdFQi93SUJBREFkQmdOVkhRNEVGZ1FVMzlQcHoxWWtFWmI1cU5qcEtGV2l4aTRZWkQ4d0h3WURWUjBqQkJnd0ZvQVVXTUFlWDVGRnBXYXBlc3lRb1pNaTBDckZ4Zm93Q2dZSUtvWkl6ajBFQXdNRFp3QXdaQUl3UENzUUs0RFlpWllEUElhRGk1SEZLbmZ4WHg2QVNTVm1FUmZzeW5ZQmlYMlg2U0pSblpVODQvOURaZG5GdnZ4bUFqQk90NlFwQmxjNEovMER4dmtUQ3FwY2x2emlMNkJDQ1BuamRsSUIzUHUzQnhzUG15Z1VZN0lpMnpiZENkbGlpb3c9IgogICAgICAgICAgfSwKICAgICAgICAgIHsKICAgICAgICAgICAgInJhd0J5dGVzIjogIk1JSUI5ekNDQVh5Z0F3SUJBZ0lVQUxaTkFQRmR4SFB3amVEbG9Ed3lZQ2hBTy80d0NnWUlLb1pJemowRUF3TXdLakVWTUJNR0ExVUVDaE1NYzJsbmMzUnZjbVV1WkdWMk1SRXdEd1lEVlFRREV3aHphV2R6ZEc5eVpUQWVGdzB5TVRFd01EY3hNelUyTlRsYUZ3MHpNVEV3TURVeE16VTJOVGhhTUNveEZUQVRCZ05WQkFvVERITnBaM04wYjNKbExtUmxkakVSTUE4R0ExVUVBeE1JYzJsbmMzUnZjbVV3ZGpBUUJnY3Foa2pPUFFJQkJnVXJnUVFBSWdOaUFBVDdYZUZUNHJiM1BRR3dTNElhanRMazMvT2xucGdhbmdhQmNsWXBzWUJyNWkrNHluQjA3Y2ViM0xQME9JT1pkeGV4WDY5YzVpVnV5SlJRK0h6MDV5aStVRjN1QldBbEhwaVM1c2gwK0gyR0hFN1NYcmsxRUM1bTFUcjE5TDlnZzkyall6QmhNQTRHQTFVZER3RUIvd1FFQXdJQkJqQVBCZ05WSFJNQkFmOEVCVEFEQVFIL01CMEdBMVVkRGdRV0JCUll3QjVma1VXbFpxbDZ6SkNoa3lMUUtzWEYrakFmQmdOVkhTTUVHREFXZ0JSWXdCNWZrVVdsWnFsNnpKQ2hreUxRS3NYRitqQUtCZ2dxaGtqT1BRUURBd05wQURCbUFqRUFqMW5IZVhacCsxM05XQk5hK0VEc0RQOEcxV1dnMXRDTVdQL1dIUHFwYVZvMGpoc3dlTkZaZ1NzMGVFN3dZSTRxQWpFQTJXQjlvdDk4c0lrb0YzdlpZZGQzL1Z0V0I1YjlUTk1lYTdJeC9zdEo1VGZjTExlQUJMRTRCTkpPc1E0dm5CSEoiCiAgICAgICAgICB9CiAgICAgICAgXQogICAgICB9LAogICAgICAidmFsaWRGb3IiOiB7CiAgICAgICAgInN0YXJ0IjogIjIwMjItMDQtMTNUMjA6MDY6MTUuMDAwWiIKICAgICAgfQogICAgfQogIF0sCiAgImN0bG9ncyI6IFsKICAgIHsKICAgICAgImJhc2VVcmwiOiAiaHR0cHM6Ly9jdGZlLnNpZ3N0b3JlLmRldi90ZXN0IiwKICAgICAgImhhc2hBbGdvcml0aG0iOiAiU0hBMl8yNTYiLAogICAgICAicHVibGljS2V5IjogewogICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUViZndSK1JKdWRYc2NnUkJScEtYMVhGRHkzUHl1ZER4ei9TZm5SaTFmVDhla3BmQmQyTzF1b3o3anIzWjhuS3p4QTY5RVVRK2VGQ0ZJM3pldWJQV1U3dz09IiwKICAgICAgICAia2V5RGV0YWlscyI6ICJQS0lYX0VDRFNBX1AyNTZfU0hBXzI1NiIsCiAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgInN0YXJ0IjogIjIwMjEtMDMtMTRUMDA6MDA6MDAuMDAwWiIsCiAgICAgICAgICAiZW5kIjogIjIwMjItMTAtMzFUMjM6NTk6NTkuOTk5WiIKICAgICAgICB9CiAgICAgIH0sCiAgICAgICJsb2dJZCI6IHsKICAgICAgICAia2V5SWQiOiAiQ0dDUzhDaFMvMmhGMGRGcko0U2NSV2NZckJZOXd6alNiZWE4SWdZMmIzST0iCiAgICAgIH0KICAgIH0sCiAgICB7CiAgICAgICJiYXNlVXJsIjogImh0dHBzOi8vY3RmZS5zaWdzdG9yZS5kZXYvMjAyMiIsCiAgICAgICJoYXNoQWxnb3JpdGhtIjogIlNIQTJfMjU2IiwKICAgICAgInB1YmxpY0tleSI6IHsKICAgICAgICAicmF3Qnl0ZXMiOiAiTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FFaVBTbEZpMENtRlRmRWpDVXFGOUh1Q0VjWVhOS0FhWWFsSUptQlo4eXllelBqVHFoeHJLQnBNbmFvY1Z0TEpCSTFlTTN1WG5RelFHQUpkSjRnczlGeXc9PSIsCiAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAgICJzdGFydCI6ICIyMDIyLTEwLTIwVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgfQogICAgICB9LAogICAgICAibG9nSWQiOiB7CiAgICAgICAgImtleUlkIjogIjNUMHdhc2JIRVRKakdSNGNtV2MzQXFKS1hyamVQSzMvaDRweWdDOHA3bzQ9IgogICAgICB9CiAgICB9CiAgXQp9Cg==","registry.npmjs.org%2Fkeys.json":"ewogICAgImtleXMiOiBbCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OmpsM2J3c3d1ODBQampva0NnaDBvMnc1YzJVNExoUUFFNTdnajljejFrekEiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRTFPbGIzek1BRkZ4WEtIaUlrUU81Y0ozWWhsNWk2VVBwK0lodXRlQkpidUhjQTVVb2dLbzBFV3RsV3dXNktTYUtvVE5FWUw3SmxDUWlWbmtoQmt0VWdnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIxOTk5LTAxLTAxVDAwOjAwOjAwLjAwMFoiLAogICAgICAgICAgICAgICAgICAgICJlbmQiOiAiMjAyNS0wMS0yOVQwMDowMDowMC4wMDBaIgogICAgICAgICAgICAgICAgfQogICAgICAgICAgICB9CiAgICAgICAgfSwKICAgICAgICB7CiAgICAgICAgICAgICJrZXlJZCI6ICJTSEEyNTY6amwzYndzd3U4MFBqam9rQ2doMG8ydzVjMlU0TGhRQUU1N2dqOWN6MWt6QSIsCiAgICAgICAgICAgICJrZXlVc2FnZSI6ICJucG06YXR0ZXN0YXRpb25zIiwKICAgICAgICAgICAgInB1YmxpY0tleSI6IHsKICAgICAgICAgICAgICAgICJyYXdCeXRlcyI6ICJNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUUxT2xiM3pNQUZGeFhLSGlJa1FPNWNKM1lobDVpNlVQcCtJaHV0ZUJKYnVIY0E1VW9nS28wRVd0bFd3VzZLU2FLb1RORVlMN0psQ1FpVm5raEJrdFVnZz09IiwKICAgICAgICAgICAgICAgICJrZXlEZXRhaWxzIjogIlBLSVhfRUNEU0FfUDI1Nl9TSEFfMjU2IiwKICAgICAgICAgICAgICAgICJ2YWxpZEZvciI6IHsKICAgICAgICAgICAgICAgICAgICAic3RhcnQiOiAiMjAyMi0xMi0wMVQwMDowMDowMC4wMDBaIiwKICAgICAgICAgICAgICAgICAgICAiZW5kIjogIjIwMjUtMDEtMjlUMDA6MDA6MDAuMDAwWiIKICAgICAgICAgICAgICAgIH0KICAgICAgICAgICAgfQogICAgICAgIH0sCiAgICAgICAgewogICAgICAgICAgICAia2V5SWQiOiAiU0hBMjU2OkRoUTh3UjVBUEJ2RkhMRi8rVGMrQVl2UE9kVHBjSURxT2h4c0JIUndDN1UiLAogICAgICAgICAgICAia2V5VXNhZ2UiOiAibnBtOnNpZ25hdHVyZXMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9LAogICAgICAgIHsKICAgICAgICAgICAgImtleUlkIjogIlNIQTI1NjpEaFE4d1I1QVBCdkZITEYvK1RjK0FZdlBPZFRwY0lEcU9oeHNCSFJ3QzdVIiwKICAgICAgICAgICAgImtleVVzYWdlIjogIm5wbTphdHRlc3RhdGlvbnMiLAogICAgICAgICAgICAicHVibGljS2V5IjogewogICAgICAgICAgICAgICAgInJhd0J5dGVzIjogIk1Ga3dFd1lIS29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRVk2WWE3VysrN2FVUHp2TVRyZXpINlljeDNjK0hPS1lDY05HeWJKWlNDSnEvZmQ3UWE4dXVBS3RkSWtVUXRRaUVLRVJoQW1FNWxNTUpoUDhPa0RPYTJnPT0iLAogICAgICAgICAgICAgICAgImtleURldGFpbHMiOiAiUEtJWF9FQ0RTQV9QMjU2X1NIQV8yNTYiLAogICAgICAgICAgICAgICAgInZhbGlkRm9yIjogewogICAgICAgICAgICAgICAgICAgICJzdGFydCI6ICIyMDI1LTAxLTEzVDAwOjAwOjAwLjAwMFoiCiAgICAgICAgICAgICAgICB9CiAgICAgICAgICAgIH0KICAgICAgICB9CiAgICBdCn0K"}}}');

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
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
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

// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __nccwpck_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __nccwpck_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __nccwpck_require__(39756);
;// CONCATENATED MODULE: ./actions/lib/core/report.ts
// The JSON reports of verify-platforms and run-arm64-e2e (docs/design.md, "Contracts between jobs").

/** Bumped when a field a reader relies on changes meaning or goes away (verify has its own). */
const REPORT_VERSION = 1;
/**
 * Writes `{ version, ...report }` as JSON to `file`, which the action input `input` gave
 * (checked as a path input: a regular file in an existing folder); returns the absolute path.
 */
function writeReport(file, report, input, version = REPORT_VERSION) {
    return (0,paths/* writeInputFile */.qR)(input, file, JSON.stringify({ version, ...report }, null, 2) + '\n');
}

// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __nccwpck_require__(82343);
;// CONCATENATED MODULE: ./actions/lib/core/summary.ts

/**
 * Writes the job summary when enabled. A summary is a report, never a reason to fail the
 * job, so problems become warnings.
 */
async function writeSummary(enabled, build) {
    if (!enabled || !process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        build(toolkit/* summary */.z);
        await toolkit/* summary */.z.write();
    }
    catch (err) {
        toolkit/* warning */.$e(`Could not write the job summary: ${err.message}`);
    }
    finally {
        toolkit/* summary */.z.emptyBuffer();
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

;// CONCATENATED MODULE: ./actions/lib/core/words.ts
/** `1 image`, `2 images`, `1 registry`, `3 registries`: a count with its noun in the right number. */
function count(n, singular, plural) {
    const many = plural ?? (/[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`);
    return `${n} ${n === 1 ? singular : many}`;
}

// EXTERNAL MODULE: ./actions/lib/verify/lint/types.ts
var types = __nccwpck_require__(691);
;// CONCATENATED MODULE: ./actions/lib/verify/lint/report.ts
// Findings out of the lint: rule 4 from the registry check, annotations, the failing verdict.



/** Rule 4: a FROM image that fails today's platform check, as a finding at its FROM line. */
function baseImageFindings(images, dockerfiles) {
    const out = [];
    for (const i of images) {
        // Nothing proven (status error) is no finding: the image check reports it, in its own words.
        if (i.status === 'ok' || i.status === 'error')
            continue;
        for (const l of i.locations) {
            if (!dockerfiles.has(l.file))
                continue;
            const allowed = i.status === 'allowed';
            out.push({
                file: l.file,
                line: l.line,
                rule: 'base-image-platform',
                severity: allowed ? 'warning' : 'error',
                message: `${i.reference} fails the platform check: ${i.reason}${allowed ? ` (allowed: ${i.allowed?.reason})` : ''}`,
                fix: `a base image that lists every platform (${i.available.length ? `${i.reference} lists ${i.available.join(', ')}` : 'see the reason'}), or --platform=$BUILDPLATFORM for a builder that cross-compiles`
            });
        }
    }
    return out;
}
/** One annotation per finding at its file:line; rule 4 is already annotated by the image check. */
function annotateFindings(findings) {
    for (const f of findings) {
        if (f.rule === 'base-image-platform')
            continue;
        const emit = f.severity === 'error' ? toolkit/* error */.z3 : f.severity === 'warning' ? toolkit/* warning */.$e : toolkit/* notice */.lm;
        const fix = f.fix.replace(/^/gm, '  ');
        emit(`${f.message} [${f.rule}]\nFix:\n${fix}`, {
            file: f.file,
            startLine: f.line,
            title: `Dockerfile arch lint: ${f.rule}`
        });
    }
}
/** Findings at or above `failOn`; rule 4 is left to the image check's own `fail-on`. */
function failing(findings, failOn) {
    if (failOn === 'never')
        return [];
    return findings.filter(f => f.rule !== 'base-image-platform' && types/* SEVERITY_RANK */.f[f.severity] >= types/* SEVERITY_RANK */.f[failOn]);
}
/** The error that fails the job when a finding reaches `lint-fail-on`. */
function lintFailure(findings, failOn) {
    const bad = failing(findings, failOn);
    if (!bad.length)
        return undefined;
    const where = bad.slice(0, 5).map(f => `${f.file}:${f.line} ${f.rule}`);
    const more = bad.length > 5 ? ` and ${bad.length - 5} more` : '';
    return new errors/* CheckError */.tl(`${bad.length} Dockerfile lint finding${bad.length === 1 ? '' : 's'} at or above ${failOn}: ${where.join('; ')}${more}`);
}

// EXTERNAL MODULE: ./actions/lib/core/compare.ts
var compare = __nccwpck_require__(39403);
;// CONCATENATED MODULE: ./actions/lib/verify/verdict.ts
// What a run of verify proved, in numbers and in one line: proven, missing, allowed and unknown
// images, the registries that did not answer, and the levels reached.

const KIND_WORDS = {
    unreachable: 'unreachable',
    timeout: 'timed out',
    refused: 'refused the credentials',
    'rate-limited': 'rate-limited',
    unavailable: 'server errors',
    error: 'could not be read'
};
/** `unreachable`, `refused the credentials`, ...: a kind of unknown in a few words. */
const kindWords = (kind) => KIND_WORDS[kind];
function countOutcomes(images) {
    const n = (f) => images.filter(f).length;
    return {
        checked: images.length,
        proven: n(i => i.outcome === 'proven'),
        missing: n(i => i.outcome === 'missing' && i.status !== 'allowed'),
        allowed: n(i => i.status === 'allowed'),
        unknown: n(i => i.outcome === 'unknown')
    };
}
function unknownEntries(images) {
    return images
        .filter(i => i.outcome === 'unknown')
        .map(i => ({
        reference: i.reference,
        resolved: i.resolved,
        registry: i.registry,
        kind: i.unknown ?? 'error',
        reason: i.reason ?? '',
        platforms: i.platforms.filter(p => p.outcome === 'unknown').map(p => p.platform),
        sources: i.sources
    }));
}
/** Registries that left images unknown because they did not answer (not for other errors). */
function silentRegistries(images) {
    const by = new Map();
    for (const i of images) {
        if (i.outcome !== 'unknown' || !i.unknown || i.unknown === 'error')
            continue;
        const known = by.get(i.registry);
        if (known)
            known.images++;
        else
            by.set(i.registry, { registry: i.registry, kind: i.unknown, reason: i.reason ?? '', images: 1 });
    }
    return [...by.values()];
}
/**
 * `nothing was proven about 6 images: could not reach 2 registries (r1 unreachable, r2 refused the
 * credentials)`, or undefined when every image got an answer.
 */
function unknownPhrase(images) {
    const unknown = images.filter(i => i.outcome === 'unknown');
    if (!unknown.length)
        return undefined;
    const silent = silentRegistries(images);
    const errors = unknown.filter(i => !i.unknown || i.unknown === 'error').length;
    const parts = [];
    if (silent.length) {
        const which = silent.map(r => `${r.registry} ${kindWords(r.kind)}`).join(', ');
        parts.push(`could not reach ${count(silent.length, 'registry')} (${which})`);
    }
    if (errors)
        parts.push(`${errors} could not be read`);
    return `nothing was proven about ${count(unknown.length, 'image')}: ${parts.join('; ')}`;
}
const LEVEL_NAMES = {
    0: 'nothing',
    1: 'L1 listed',
    2: 'L2 configured',
    3: 'L3 built right'
};
const levelName = (level) => LEVEL_NAMES[level];
/** `L3 built right for 4 images, L2 configured for 1, nothing for 2`: the levels images reached. */
function levelsReached(images) {
    const parts = [];
    for (const level of [3, 2, 1, 0]) {
        const n = images.filter(i => i.level === level).length;
        if (n)
            parts.push(`${LEVEL_NAMES[level]} for ${parts.length ? n : count(n, 'image')}`);
    }
    return parts.join(', ') || 'no image checked';
}
/** `linux/arm64, linux/s390x`: the platforms that images lack (allowed gaps left out). */
function lacking(images) {
    const platforms = images
        .filter(i => i.outcome === 'missing' && i.status !== 'allowed')
        .flatMap(i => i.platforms.filter(p => p.outcome === 'missing').map(p => p.platform));
    return [...new Set(platforms)].sort().join(', ');
}
/** `3 of 36 images lack linux/arm64`, or undefined when none lacks a platform (allowed gaps aside). */
function missingPhrase(images) {
    const n = countOutcomes(images).missing;
    if (!n)
        return undefined;
    return `${n} of ${count(images.length, 'image')} ${n === 1 ? 'lacks' : 'lack'} ${lacking(images)}`;
}
/**
 * The run in one line, for the end of a log: `30 of 36 images proven (L2 configured); 3 lack
 * linux/arm64; 1 allowed; nothing was proven about 2 images: could not reach 1 registry (…)`.
 */
function verdictLine(images) {
    const c = countOutcomes(images);
    const proven = images.filter(i => i.outcome === 'proven').map(i => i.level);
    const low = Math.min(...proven);
    const high = Math.max(...proven);
    const levels = low === high ? LEVEL_NAMES[low] : `${LEVEL_NAMES[low]} to ${LEVEL_NAMES[high]}`;
    const parts = [`${c.proven} of ${count(c.checked, 'image')} proven${c.proven ? ` (${levels})` : ''}`];
    if (c.missing)
        parts.push(`${c.missing} ${c.missing === 1 ? 'lacks' : 'lack'} ${lacking(images)}`);
    if (c.allowed)
        parts.push(`${c.allowed} allowed`);
    const unknown = unknownPhrase(images);
    if (unknown)
        parts.push(unknown);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./actions/lib/verify/matrix.ts



/**
 * One platform of one image: ✅ with the level proven, ❌ with the level whose check failed,
 * ⚠️ for an allowed gap, ❓ when nothing could be learnt (with why, in a few words).
 */
function matrixCell(i, c) {
    if (!c)
        return '–';
    const level = `L${c.level}`;
    if (c.outcome === 'proven')
        return `✅ ${level}${i.proof ? ' (proof)' : i.cached ? ' (kept)' : c.deep?.unsupported ? ' (layers not read)' : ''}`;
    if (c.outcome === 'unknown')
        return `❓ unknown: ${kindWords(c.unknown ?? 'error')}`;
    const what = c.status === 'wrong' ? 'wrong' : 'missing';
    return i.status === 'allowed' ? `⚠️ ${level} ${what} (allowed)` : `❌ ${level} ${what}`;
}
/** The header lines: the levels asked for and reached, and what could not be learnt, and why. */
function header(result) {
    const asked = result.deep
        ? 'L3 built right (ELF headers)'
        : 'L2 configured (the config names the platform)';
    const lines = [
        `Levels: L1 listed in the index, L2 configured, L3 built right (ELF headers of the executables). ` +
            `This run asked for ${asked}; levels reached: ${levelsReached(result.images)}.`
    ];
    const unknown = unknownPhrase(result.images);
    if (unknown) {
        lines.push('', `❓ ${unknown[0].toUpperCase()}${unknown.slice(1)}:`, '');
        for (const r of result.registries)
            lines.push(`- \`${r.registry}\` (${count(r.images, 'image')}): ${cellText(r.reason)}`);
        for (const u of result.unknown.filter(u => u.kind === 'error'))
            lines.push(`- \`${cellText(u.reference)}\`: ${cellText(u.reason)}`);
    }
    return [...lines, ''];
}
/** The group an image belongs to: each chart or subchart it is used by, else the input it came from. */
function groupsOf(i) {
    if (i.charts.length)
        return i.charts.map(c => `Chart ${c.split('/').join(' › ')}`);
    if (i.found.includes('dockerfile'))
        return ['Dockerfiles'];
    if (i.found.includes('manifest') ||
        ((i.found.includes('indirect') || i.found.includes('custom resource')) && i.locations.length))
        return ['Manifests'];
    return ['Images'];
}
const cellText = (s) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
/**
 * The support matrix as Markdown: per chart or subchart (then manifests, Dockerfiles and
 * images given directly), every image against each platform. Sorted, with no timings or
 * hosts, so that the same verdicts always give the same text.
 */
function supportMatrix(result) {
    const groups = new Map();
    for (const i of result.images)
        for (const g of groupsOf(i))
            groups.set(g, [...(groups.get(g) ?? []), i]);
    const names = [...groups.keys()].sort((a, b) => (0,compare/* compareText */.n)(a, b));
    const lines = header(result);
    if (result.chart) {
        const c = result.chart;
        const how = c.rendered === 'not rendered'
            ? `not rendered (${c.reason}): images read statically`
            : `${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}`;
        lines.push(`Chart \`${c.chart}\`: ${how}.`);
        for (const m of c.missingDependencies)
            lines.push(`- dependency \`${m.parent ? `${m.parent}/` : ''}${m.name}\` ${m.version}: not rendered, its images are not checked (${m.reason})`);
        lines.push('');
    }
    for (const name of names) {
        const images = [...(groups.get(name) ?? [])].sort((a, b) => (0,compare/* compareText */.n)(a.normalized, b.normalized));
        lines.push(`### ${name}`, '');
        lines.push(`| Image | Found | ${result.platforms.join(' | ')} |`);
        lines.push(`| --- | --- | ${result.platforms.map(() => '---').join(' | ')} |`);
        for (const i of images) {
            const cells = result.platforms.map(p => matrixCell(i, i.platforms.find(c => c.platform === p)));
            lines.push(`| \`${cellText(i.reference)}\` | ${i.found.join(', ')} | ${cells.join(' | ')} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./actions/lib/verify/report.ts






/** The verify report's version (docs/design.md, "verify report"): 2 added the outcomes. */
const VERIFY_REPORT_VERSION = 2;
/** Where the JSON report goes when no path is given. */
function defaultReportPath(env = process.env) {
    return external_node_path_.join((0,paths/* scratchDir */.GA)(env), 'verify-report.json');
}
/**
 * `::error` at every file:line of each image that lacks a platform (a plain error for images
 * given directly), one annotation per registry that did not answer (an error, or a warning when
 * unknown does not fail the step), `::warning` for allowed gaps, arch pins, broken documents and
 * dependencies that were not rendered.
 */
function annotate(result, failOn = 'unknown') {
    const unknownEmit = failOn === 'unknown' ? toolkit/* error */.z3 : toolkit/* warning */.$e;
    for (const r of result.registries) {
        unknownEmit(`nothing was proven about ${count(r.images, 'image')} from ${r.registry}: ${r.reason}`, {
            title: 'Nothing proven'
        });
    }
    for (const i of result.images) {
        if (i.status === 'ok' || (i.outcome === 'unknown' && i.unknown !== 'error'))
            continue;
        if (i.outcome === 'unknown') {
            const msg = `nothing was proven about ${i.reference}: ${i.reason}`;
            if (!i.locations.length)
                unknownEmit(msg, { title: 'Nothing proven' });
            for (const l of i.locations)
                unknownEmit(msg, { file: l.file, startLine: l.line, title: 'Nothing proven' });
            continue;
        }
        const allowed = i.status === 'allowed';
        const msg = allowed
            ? `${i.reference}: ${i.reason} (allowed: ${i.allowed?.reason})`
            : `${i.reference} fails the platform check: ${i.reason}`;
        const emit = allowed ? toolkit/* warning */.$e : toolkit/* error */.z3;
        if (!i.locations.length)
            emit(msg);
        for (const l of i.locations)
            emit(msg, {
                file: l.file,
                startLine: l.line,
                title: allowed ? 'Allowed platform gap' : 'Missing platform'
            });
    }
    for (const p of result.pins) {
        toolkit/* warning */.$e(p.message, { file: p.file, startLine: p.line, title: 'Architecture pin' });
    }
    for (const w of result.warnings) {
        toolkit/* warning */.$e(w.message, { file: w.file, startLine: w.line, title: 'Not checked' });
    }
}
/**
 * What the outcomes mean for the step under `fail-on`: the error that fails it (missing
 * platforms and, with `unknown`, images nothing was proven about), and what is only a warning.
 */
function failureOf(result, failOn) {
    // Each image's reason is in its own annotation: the failure says how many, once.
    const missing = missingPhrase(result.images);
    const unknownText = unknownPhrase(result.images);
    const unknown = unknownText && `${unknownText[0].toUpperCase()}${unknownText.slice(1)}`;
    const failing = [failOn !== 'never' && missing, failOn === 'unknown' && unknown].filter((m) => !!m);
    const warnings = [failOn === 'never' && missing, failOn !== 'unknown' && unknown].filter((m) => !!m);
    return { ...(failing.length ? { error: new errors/* CheckError */.tl(failing.join('; ')) } : {}), warnings };
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/summary.ts


const MARK = { error: '❌', warning: '⚠', notice: 'ℹ' };
/** The findings as a table: where, what, and the lines to write instead. */
function addLintSummary(s, findings) {
    const of = (sev) => findings.filter(f => f.severity === sev).length;
    s.addHeading('Dockerfile arch lint', 3);
    s.addRaw(`${count(of('error'), 'error')}, ${count(of('warning'), 'warning')}, ${count(of('notice'), 'note')}.`, true);
    const rows = findings.map(f => [
        `<code>${escapeHtml(`${f.file}:${f.line}`)}</code>`,
        `${MARK[f.severity]} ${f.severity}`,
        `<code>${f.rule}</code>`,
        escapeHtml(f.message),
        `<pre>${escapeHtml(f.fix)}</pre>`
    ]);
    s.addTable(table(['Where', 'Severity', 'Rule', 'Finding', 'Fix'], rows));
}

// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var scan_types = __nccwpck_require__(61583);
;// CONCATENATED MODULE: ./actions/lib/verify/summary.ts





/** `12 rendered, 10 indirect, 1 input`: how many distinct images each way of finding gave. */
function foundCounts(result) {
    const order = ['input', ...scan_types/* FOUND_HOW */.s4];
    return order
        .filter(h => result.found[h])
        .map(h => `${result.found[h]} ${h}`)
        .join(', ');
}
/** How the chart was read, in one line; "not rendered" says the images were read statically. */
function chartLine(result) {
    const c = result.chart;
    if (!c)
        return undefined;
    if (c.rendered === 'not rendered')
        return `Chart ${c.chart}: not rendered (${c.reason}); images read statically.`;
    // Each dependency left out has its own warning, at its Chart.yaml line: here only how many.
    const left = c.missingDependencies.length;
    return (`Chart ${c.chart}: ${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}` +
        (left ? `; ${count(left, 'dependency')} not rendered (their images are not checked).` : '.'));
}
function cell(i, c) {
    if (!c)
        return '–';
    if (c.outcome === 'proven') {
        const note = c.deep?.unsupported
            ? ' (layers not read)'
            : c.deep && c.deep.executables === 0
                ? ' (no executables)'
                : '';
        return `✅ L${c.level}${note}`;
    }
    if (c.outcome === 'unknown')
        return `❓ ${kindWords(c.unknown ?? 'error')}`;
    const what = c.status === 'wrong' ? 'wrong' : 'missing';
    return i.status === 'allowed' ? `⚠ ${what}` : `❌ ${what}`;
}
/** The matrix of images × platforms, with the reasons below it. */
function addVerifySummary(s, result) {
    // `lint: only` checks no image: the lint table is the whole summary.
    if (result.images.length || !result.findings.length)
        addImageSummary(s, result);
    if (result.findings.length)
        addLintSummary(s, result.findings);
}
function addImageSummary(s, result) {
    const c = result.outcomes;
    const asked = result.deep ? 'up to L3 (listed, configured, ELF)' : 'up to L2 (listed, configured)';
    const mark = c.missing ? '❌' : c.unknown ? '❓' : '✅';
    s.addHeading('Platform verification', 3);
    s.addRaw(`${mark} ${count(result.checked, 'image')} checked for ${result.platforms.map(p => `<code>${p}</code>`).join(', ')}, ${asked}: ` +
        `${c.proven} proven, ${c.missing} missing a platform, ${c.allowed} allowed, ${c.unknown} unknown. ` +
        `Levels reached: ${levelsReached(result.images)}. Found: ${escapeHtml(foundCounts(result)) || 'none'}.`, true);
    const unknown = unknownPhrase(result.images);
    if (unknown)
        s.addRaw(`<p>❓ <strong>${escapeHtml(unknown[0].toUpperCase() + unknown.slice(1))}.</strong></p>`, true);
    const chart = chartLine(result);
    if (chart)
        s.addRaw(`<p>${escapeHtml(chart)}</p>`, true);
    const rows = result.images.map(i => [
        `<code>${escapeHtml(i.reference)}</code>`,
        ...result.platforms.map(p => cell(i, i.platforms.find(c => c.platform === p))),
        escapeHtml(i.sources.slice(0, 3).join(', ') + (i.sources.length > 3 ? ` (+${i.sources.length - 3})` : '')) || '–'
    ]);
    s.addTable(table(['Image', ...result.platforms, 'Referenced at'], rows));
    const reasons = result.images
        .filter(i => i.status !== 'ok' || i.notes.length)
        .map(i => {
        const why = i.status === 'allowed' ? `${i.reason} — allowed: ${i.allowed?.reason}` : (i.reason ?? '');
        const resolved = i.resolved === i.reference ? '' : ` → <code>${escapeHtml(i.resolved)}</code>`;
        return `<code>${escapeHtml(i.reference)}</code>${resolved}: ${escapeHtml([why, ...i.notes].filter(Boolean).join('; '))}`;
    });
    if (reasons.length) {
        s.addHeading('Reasons', 4);
        s.addList(reasons);
    }
    if (result.warnings.length) {
        s.addHeading('Not checked', 4);
        s.addList(result.warnings.map(w => `<code>${escapeHtml(w.file)}:${w.line}</code> ${escapeHtml(w.message)}`));
    }
    if (result.pins.length) {
        s.addHeading('Architecture pins', 4);
        s.addList(result.pins.map(p => `<code>${escapeHtml(p.file)}:${p.line}</code> ${escapeHtml(p.message)}`));
    }
}

// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __nccwpck_require__(61998);
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
    return toolkit/* getInput */.V4(spec.name).trim() || spec.default.trim();
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
    throw (0,errors/* badInput */.AN)(spec.name, value, 'expected true or false');
}
/** One of the input's choices (the backquoted words of its description). */
function getChoice(spec) {
    const value = getString(spec);
    if (spec.choices.includes(value))
        return value;
    throw (0,errors/* badInput */.AN)(spec.name, value, `expected one of ${spec.choices.join(', ')}`);
}
function getInt(spec, min = 0, max = Number.MAX_SAFE_INTEGER) {
    const value = getString(spec);
    if (!/^-?\d+$/.test(value))
        throw (0,errors/* badInput */.AN)(spec.name, value, 'expected a whole number');
    const n = Number(value);
    if (n < min || n > max)
        throw (0,errors/* badInput */.AN)(spec.name, value, `expected a number from ${min} to ${max}`);
    return n;
}
/** Lines of `key=value`; the key and value are trimmed, and a line without `=` is an error. */
function parseKeyValues(name, lines) {
    return lines.map(line => {
        const at = line.indexOf('=');
        if (at <= 0)
            throw (0,errors/* badInput */.AN)(name, line, 'expected key=value');
        return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    });
}
/** The limits input: the defaults of core/limits.ts with the user's `name=value` lines on top. */
function getLimits(spec) {
    return (0,limits/* parseLimits */.kd)(spec.name, getLines(spec));
}

;// CONCATENATED MODULE: ./actions/lib/core/pool.ts
/** Runs `fn` over `items`, at most `limit` at once; results keep the items' order. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./actions/lib/oci/elf.ts
const EM = {
    I386: 3,
    PPC: 20,
    PPC64: 21,
    S390: 22,
    ARM: 40,
    X86_64: 62,
    AARCH64: 183,
    RISCV: 243
};
/** Bytes needed to read e_type and e_machine. */
const ELF_HEADER_BYTES = 20;
const MACHINE_NAMES = {
    [EM.I386]: 'Intel 80386',
    [EM.PPC]: 'PowerPC',
    [EM.PPC64]: 'PowerPC64',
    [EM.S390]: 'IBM S/390',
    [EM.ARM]: 'ARM',
    [EM.X86_64]: 'x86-64',
    [EM.AARCH64]: 'AArch64',
    [EM.RISCV]: 'RISC-V'
};
// Keys are normalised architectures as in `linux/<arch>` platform strings, plus common aliases.
const ARCH_MACHINES = {
    amd64: EM.X86_64,
    x86_64: EM.X86_64,
    arm64: EM.AARCH64,
    aarch64: EM.AARCH64,
    arm: EM.ARM,
    '386': EM.I386,
    i386: EM.I386,
    ppc64le: EM.PPC64,
    ppc64: EM.PPC64,
    s390x: EM.S390,
    riscv64: EM.RISCV
};
/** Parses the header, or returns undefined for anything that is not (a whole header of) ELF. */
function parseElfHeader(buf) {
    if (buf.length < ELF_HEADER_BYTES)
        return undefined;
    if (buf[0] !== 0x7f || buf[1] !== 0x45 || buf[2] !== 0x4c || buf[3] !== 0x46)
        return undefined;
    const cls = buf[4];
    const data = buf[5];
    if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2))
        return undefined;
    const little = data === 1;
    // e_type and e_machine sit at the same offsets in 32- and 64-bit headers.
    const type = little ? buf.readUInt16LE(16) : buf.readUInt16BE(16);
    const machine = little ? buf.readUInt16LE(18) : buf.readUInt16BE(18);
    return { bits: cls === 1 ? 32 : 64, endian: little ? 'little' : 'big', type, machine };
}
function machineName(machine) {
    return MACHINE_NAMES[machine] ?? `machine ${machine}`;
}
/** The e_machine an architecture's executables carry: `arm64`, `linux/arm64/v8` or `aarch64`. */
function expectedMachine(arch) {
    const parts = arch.toLowerCase().split('/');
    const name = parts.length > 1 ? parts[1] : parts[0];
    return ARCH_MACHINES[name];
}
/** The platform a header was built for; endianness tells ppc64le from ppc64. */
function machinePlatform(header) {
    switch (header.machine) {
        case EM.X86_64:
            return 'linux/amd64';
        case EM.AARCH64:
            return 'linux/arm64';
        case EM.ARM:
            return 'linux/arm/v7';
        case EM.I386:
            return 'linux/386';
        case EM.PPC64:
            return header.endian === 'little' ? 'linux/ppc64le' : 'linux/ppc64';
        case EM.S390:
            return 'linux/s390x';
        case EM.RISCV:
            return header.bits === 64 ? 'linux/riscv64' : 'linux/riscv32';
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __nccwpck_require__(98081);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./actions/lib/oci/digest.ts
// Content digests (`algorithm:hex`): computing them, and the error when bytes do not match one.


// The algorithms the OCI image spec registers, plus sha384 which Node hashes the same way.
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** Bytes that do not hash to the digest they were fetched for: a corruption or a tampering in transit. */
class IntegrityError extends errors/* CheckError */.tl {
    constructor(message) {
        super(message);
        this.name = 'IntegrityError';
    }
}
/** A layer whose bytes match its digest but hold no whole tar (cut short, broken gzip): never a pass, never read again. */
class MalformedLayer extends IntegrityError {
}
function isDigest(value) {
    return typeof value === 'string' && DIGEST_RE.test(value);
}
/** A running hash in the algorithm of `digest`; a CheckError for an algorithm we cannot check. */
function hasherFor(digest) {
    const algorithm = DIGEST_RE.exec(digest)?.[1];
    if (!algorithm || !ALGORITHMS.has(algorithm)) {
        throw new errors/* CheckError */.tl(`cannot check digest "${digest}": unsupported algorithm`);
    }
    return (0,external_node_crypto_.createHash)(algorithm);
}
/** `data`'s digest in the same algorithm as `like`. */
function digestLike(like, data) {
    return `${like.split(':')[0]}:${hasherFor(like).update(data).digest('hex')}`;
}
function sha256Digest(data) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** `got` must equal `want`; names what was read and both digests when it does not. */
function checkDigest(what, want, got) {
    if (got !== want)
        throw new IntegrityError(`${what} does not match its digest: expected ${want}, got ${got}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = require("node:stream/promises");
// EXTERNAL MODULE: ./actions/lib/core/untrusted.ts
var verify_platforms_untrusted = __nccwpck_require__(5078);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __nccwpck_require__(6015);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __nccwpck_require__(67837);
;// CONCATENATED MODULE: ./actions/lib/registry/waits.ts
// Waiting in the registry client: backoff between attempts, a registry's Retry-After, the shared
// 429 throttle, and a signal (an image's deadline) that cuts any wait short with its own error.

const MAX_RETRY_AFTER_MS = 30_000;
/** The error a stopped read ends with: the signal's reason (a deadline's LimitError) when it is one. */
function stopReason(signal) {
    const reason = signal.reason;
    return reason instanceof errors/* CheckError */.tl ? reason : new errors/* CheckError */.tl(`the read was stopped (${String(reason)})`);
}
/** Throws the signal's reason once it has fired. */
function throwIfStopped(signal) {
    if (signal?.aborted)
        throw stopReason(signal);
}
/** `work`, or the signal's reason as soon as it fires (the work itself is left to its own bounds). */
function untilStopped(work, signal) {
    if (!signal)
        return work;
    if (signal.aborted)
        return Promise.reject(stopReason(signal));
    let onAbort = () => { };
    const stopped = new Promise((_, reject) => {
        onAbort = () => reject(stopReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([work, stopped]).finally(() => signal.removeEventListener('abort', onAbort));
}
const realSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(stopReason(signal));
    const onAbort = () => {
        clearTimeout(timer);
        reject(stopReason(signal));
    };
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** `sleep` that ends with the signal's reason when it fires, whichever sleep was injected. */
const sleepUnlessStopped = (sleep, ms, signal) => untilStopped(sleep(ms, signal), signal);
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
    async wait(signal) {
        const left = this.until - this.now();
        if (left > 0)
            await sleepUnlessStopped(this.sleep, left, signal);
    }
}

;// CONCATENATED MODULE: ./actions/lib/registry/shared-reads.ts
// One read shared by every caller that asks for the same key at the same time (a digest's
// manifest or config, a token), where each caller may give up on its own (its image's deadline).
// A caller that gives up leaves with its own reason; the read goes on for the others, and is
// stopped (its socket closed) only once nobody waits for it any more. So one image's deadline
// never fails another image's read of the same digest, and a read nobody wants never lingers.

class SharedReads {
    keep;
    max;
    entries = new Map();
    /**
     * @param keep whether a read that succeeded stays for later callers (content addressed by
     *   digest never changes), up to `max` of them, the oldest dropped first; failures never stay.
     */
    constructor(keep, max = Number.POSITIVE_INFINITY) {
        this.keep = keep;
        this.max = max;
    }
    /** The read of `key`, started with its own signal when nobody is reading it; `signal` is this caller's. */
    get(key, read, signal) {
        if (signal?.aborted)
            return Promise.reject(stopReason(signal));
        const entry = this.entries.get(key) ?? this.start(key, read);
        // A caller that cannot give up keeps the read going whoever else leaves.
        if (!signal)
            entry.pinned = true;
        if (!signal)
            return entry.promise;
        entry.waiting++;
        return new Promise((resolve, reject) => {
            let here = true;
            const out = () => {
                if (!here)
                    return false;
                here = false;
                entry.waiting--;
                signal.removeEventListener('abort', leave);
                return true;
            };
            const leave = () => {
                if (!out())
                    return;
                reject(stopReason(signal));
                if (entry.waiting > 0 || entry.pinned || entry.done)
                    return;
                // Nobody waits any more: stop the read, and let the next caller start afresh.
                this.drop(key, entry);
                entry.stop.abort(signal.reason);
            };
            signal.addEventListener('abort', leave, { once: true });
            entry.promise.then(value => void (out() && resolve(value)), (err) => void (out() && reject(err)));
        });
    }
    start(key, read) {
        const stop = new AbortController();
        const entry = { promise: Promise.resolve(), stop, waiting: 0, pinned: false, done: false };
        entry.promise = read(stop.signal).then(value => {
            entry.done = true;
            if (!this.keep)
                this.drop(key, entry);
            return value;
        }, (err) => {
            entry.done = true;
            this.drop(key, entry);
            throw err;
        });
        // A read everyone gave up on fails with nobody listening.
        entry.promise.catch(() => undefined);
        this.entries.set(key, entry);
        if (this.entries.size > this.max)
            this.entries.delete(this.entries.keys().next().value);
        return entry;
    }
    drop(key, entry) {
        if (this.entries.get(key) === entry)
            this.entries.delete(key);
    }
}

;// CONCATENATED MODULE: ./actions/lib/registry/auth.ts










// Docker stores Hub credentials under this legacy key, and credential helpers expect it.
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HUB_ALIASES = new Set([reference/* DOCKER_HUB */.Xb, 'index.docker.io', 'registry-1.docker.io']);
const HELPER_TIMEOUT_MS = 30_000;
function mask(...values) {
    for (const v of values)
        if (v)
            toolkit/* setSecret */.Pq(v);
}
/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry in a config file. */
function normaliseServer(key) {
    const host = key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return HUB_ALIASES.has(host) ? reference/* DOCKER_HUB */.Xb : host;
}
function dockerConfigPath(env = process.env) {
    const dir = env.DOCKER_CONFIG || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.docker');
    return external_node_path_.join(dir, 'config.json');
}
function readDockerConfig(env) {
    const file = dockerConfigPath(env);
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`docker config ${file} is not valid JSON: ${err.message}`);
    }
}
const HELPER_OUTPUT_LIMIT = 1024 * 1024;
/** Runs `docker-credential-<name> get`; the server goes on stdin so it never shows in a process list. */
function runCredentialHelper(name, server, env = process.env) {
    const program = `docker-credential-${name}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env: (0,exec/* childEnv */.gf)({}, env), stdio: ['pipe', 'pipe', 'pipe'] });
        // Our own timer: spawn's `timeout` option leaks a timer when the helper is missing.
        const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS);
        timer.unref();
        let out = '';
        let err = '';
        // A helper's answer is a line of JSON: more than a megabyte is cut, not held.
        child.stdout.on('data', d => (out = (out + d).slice(0, HELPER_OUTPUT_LIMIT)));
        child.stderr.on('data', d => (err = (err + d).slice(0, HELPER_OUTPUT_LIMIT)));
        child.on('error', e => reject(new errors/* CheckError */.tl(`credential helper ${program} failed to start: ${e.message}`)));
        child.on('close', code => {
            clearTimeout(timer);
            if (code !== 0) {
                // Helpers report a missing entry on stdout with a non-zero exit; that is not an error for us.
                if (/credentials not found/i.test(out + err))
                    return resolve(undefined);
                const last = (0,exec/* lastLine */.fM)(err || out);
                return reject(new errors/* CheckError */.tl(`credential helper ${program} failed for ${server}: ${(0,verify_platforms_untrusted/* clip */.$Q)(last)}`));
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
                reject(new errors/* CheckError */.tl(`credential helper ${program} printed something that is not JSON`));
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
    const helperServer = server === reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_KEY : server;
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
    pending = new SharedReads(false);
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
    async anticipate(registry, scopes, signal) {
        const challenge = this.challenges.get(registry);
        return challenge ? this.authorize(registry, challenge, scopes, signal) : undefined;
    }
    /**
     * Turns a challenge into an Authorization header value; concurrent asks for one scope share a
     * fetch, which stops only when every asker's `signal` has fired.
     */
    authorize(registry, challenge, scopes, signal) {
        return this.pending.get(cacheKey(registry, scopes), stop => this.fetchAuthorization(registry, challenge, scopes, stop), signal);
    }
    async fetchAuthorization(registry, challenge, scopes, signal) {
        const creds = await this.credentialsFor(registry);
        if (challenge.scheme === 'basic') {
            const value = creds && basicAuthorization(creds);
            if (!value)
                throw new errors/* UnavailableError */.hG(`registry ${registry} requires a login and no credentials were found`, 'refused');
            // Basic auth is not scoped: one answer serves every repository.
            this.remember(registry, ANY_SCOPE, value, Number.POSITIVE_INFINITY);
            return value;
        }
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* CheckError */.tl(`registry ${registry} sent a Bearer challenge with no realm`);
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
                body: Buffer.from(form.toString()),
                signal
            });
        }
        else {
            for (const s of wanted)
                url.searchParams.append('scope', s);
            const headers = {};
            const basic = creds && basicAuthorization(creds);
            if (basic)
                headers.authorization = basic;
            res = await this.fetchToken(url, { method: 'GET', headers, signal });
        }
        if (res.status < 200 || res.status >= 300) {
            const who = creds ? 'with the configured credentials' : 'anonymously';
            const message = `registry ${registry} refused a token ${who} for ${wanted.join(' ')} (HTTP ${res.status})`;
            throw new errors/* UnavailableError */.hG(message, (0,errors/* unavailableKind */.MI)(res.status) ?? 'refused');
        }
        let parsed;
        try {
            parsed = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new errors/* CheckError */.tl(`registry ${registry} token endpoint returned something that is not JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new errors/* CheckError */.tl(`registry ${registry} token endpoint returned no token`);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(44708);
;// CONCATENATED MODULE: ./actions/lib/registry/http.ts







const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 4;
const DEFAULT_DEADLINE_MS = limits/* DEFAULT_LIMITS */.dR.requestMs;
// An error body is only read for its message: the rest is dropped.
const ERROR_BODY_LIMIT = 64 * 1024;
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
function errorCode(err) {
    const e = err;
    if (e?.code)
        return e.code;
    return /socket hang up/i.test(String(e?.message)) ? 'ECONNRESET' : '';
}
function isTransientError(err) {
    return TRANSIENT_CODES.has(errorCode(err));
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
    const limit = ok ? (opts.maxBytes ?? limits/* DEFAULT_LIMITS */.dR.manifestBytes) : ERROR_BODY_LIMIT;
    const tooBig = (detail) => {
        res.destroy();
        const what = opts.what ?? `${opts.method ?? 'GET'} ${url.host}${url.pathname}`;
        done(new limits/* LimitError */.oC(`${what} (${opts.target ?? url.host})`, opts.maxBytesLimit ?? 'manifestBytes', limit, detail));
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
            return tooBig(`more than ${(0,limits/* formatLimit */.tW)('manifestBytes', limit)} sent`);
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
    const lib = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const signal = opts.signal;
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (err, res) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', stop);
            if (err)
                reject(err);
            else
                resolve(res);
        };
        // Given up from outside: the socket goes at once, with the signal's own error.
        const stop = () => {
            settle(stopReason(signal));
            req.destroy();
        };
        const allHeaders = { ...headers };
        if (opts.bodyFactory)
            allHeaders['content-length'] = String(opts.contentLength);
        else if (opts.body)
            allHeaders['content-length'] = String(opts.body.length);
        // `timeout` arms the socket before connecting, so it covers both connect and idle time.
        const agent = typeof opts.agent === 'function' ? opts.agent(url) : opts.agent;
        const req = lib.request(url, { method, headers: allHeaders, agent, timeout });
        // The attempt's own deadline: a body that drips a byte now and then never trips the idle timeout.
        const timer = setTimeout(() => req.destroy(timeoutError(`not answered in full within ${attemptMs} ms (the request-attempt limit)`)), attemptMs);
        req.on('timeout', () => req.destroy(timeoutError(`no response from ${url.host} within ${timeout} ms`)));
        signal?.addEventListener('abort', stop, { once: true });
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
        if (signal?.aborted)
            stop();
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
        reject(new errors/* CheckError */.tl(`cannot read the body for ${url.host}${url.pathname}: ${err.message}`));
        return;
    }
    let sent = 0;
    const localFailure = (why) => {
        const err = new errors/* CheckError */.tl(`cannot send the body to ${url.host}${url.pathname}: ${why}`);
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
            await opts.throttle?.wait(opts.signal);
            if (opts.signal?.aborted)
                throw stopReason(opts.signal);
            const left = deadline - Date.now();
            if (left <= 0)
                throw new limits/* LimitError */.oC(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs);
            const res = await once(opts, url, headers, Math.min(left, (opts.attemptMs ?? limits/* DEFAULT_LIMITS */.dR.attemptMs) || left));
            const location = res.headers.location;
            if (follow && location && [301, 302, 303, 307, 308].includes(res.status)) {
                if (++redirects > MAX_REDIRECTS)
                    throw new errors/* CheckError */.tl(`${target}: too many redirects for ${opts.url}`);
                const next = new URL(location, url);
                // Signed storage URLs reject (and must not see) the registry's credentials, and a
                // step down from https to http on the same host would send them in the clear.
                if (!keepsAuthorization(url, next))
                    headers = withoutAuthorization(headers);
                toolkit/* debug */.Yz(`${method} ${url} redirected to ${next.origin}${next.pathname}`);
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
            if (err instanceof errors/* CheckError */.tl)
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
                throw new limits/* LimitError */.oC(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs, message);
        }
        attempt++;
        toolkit/* info */.pq(`${method} ${url.host}${url.pathname}: ${reason}; retry ${attempt}/${maxRetries} in ${waitMs} ms`);
        await sleepUnlessStopped(sleep, waitMs, opts.signal);
    }
}
function unreachable(target, message, code) {
    return new errors/* UnavailableError */.hG(`${target} is unreachable: ${message}`, code === 'ETIMEDOUT' ? 'timeout' : 'unreachable');
}
/** Credentials follow a redirect only to the same origin: scheme, host and port. */
function keepsAuthorization(from, to) {
    return from.origin === to.origin;
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}
/** Reads a whole (small) stream into memory, refusing more than the config-size `limit`; `signal` ends it. */
async function readAll(stream, limit = limits/* DEFAULT_LIMITS */.dR.configBytes, what = 'response', signal) {
    const chunks = [];
    let size = 0;
    const stop = () => stream.destroy?.(stopReason(signal));
    signal?.addEventListener('abort', stop, { once: true });
    try {
        throwIfStopped(signal);
        for await (const chunk of stream) {
            const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += b.length;
            if (size > limit) {
                stream.destroy?.();
                throw new limits/* LimitError */.oC(what, 'configBytes', limit);
            }
            chunks.push(b);
        }
    }
    finally {
        signal?.removeEventListener('abort', stop);
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./actions/lib/oci/types.ts
var oci_types = __nccwpck_require__(74189);
;// CONCATENATED MODULE: ./actions/lib/oci/schema.ts
// The fields this project reads from manifests, indexes and configs, checked before use, so a
// malformed document is a CheckError that names what is wrong, never a TypeError further on.




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOptionalString = (v) => v === undefined || typeof v === 'string';
const isStringMap = (v) => isObject(v) && Object.values(v).every(x => typeof x === 'string');
function invalid(what, why) {
    throw new errors/* CheckError */.tl(`${what} ${why}`);
}
function checkDescriptor(what, d) {
    if (!isObject(d))
        invalid(what, 'is not a descriptor object');
    if (typeof d.mediaType !== 'string' || !d.mediaType)
        invalid(what, 'has no mediaType');
    if (!isDigest(d.digest))
        invalid(what, `has no valid digest (${(0,verify_platforms_untrusted/* clip */.$Q)(JSON.stringify(d.digest) ?? 'none', 80)})`);
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        invalid(what, `has no valid size (${(0,verify_platforms_untrusted/* clip */.$Q)(JSON.stringify(d.size) ?? 'none', 80)})`);
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
        throw new errors/* CheckError */.tl(`manifest of ${name} is not valid JSON: ${err.message}`);
    }
    if (!isObject(json))
        invalid(`manifest of ${name}`, 'is not a JSON object');
    if (json.schemaVersion !== 2) {
        invalid(`manifest of ${name}`, `has schemaVersion ${(0,verify_platforms_untrusted/* clip */.$Q)(JSON.stringify(json.schemaVersion) ?? 'none', 80)}, expected 2`);
    }
    if (!isOptionalString(json.mediaType))
        invalid(`manifest of ${name}`, 'has a mediaType that is not a string');
    const mediaType = json.mediaType || contentType;
    if (!mediaType)
        invalid(`manifest of ${name}`, 'has no mediaType, and no Content-Type says what it is');
    if ((0,oci_types/* isIndexMediaType */.$$)(mediaType))
        return { mediaType, json: checkIndex(name, json) };
    if ((0,oci_types/* isManifestMediaType */.CM)(mediaType))
        return { mediaType, json: checkImageManifest(name, json) };
    throw new errors/* CheckError */.tl(`manifest of ${name} has unsupported media type "${(0,verify_platforms_untrusted/* clip */.$Q)(mediaType, 120)}"`);
}
/** An image config, with the platform fields checked. */
function parseConfig(body, what) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`${what} is not valid JSON: ${err.message}`);
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







class BlobStream extends external_node_stream_.Readable {
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
        opts.signal?.addEventListener('abort', this.stopped, { once: true });
        if (opts.signal?.aborted)
            this.stopped();
    }
    stopped = () => this.destroy(stopReason(this.opts.signal));
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
            this.destroy(new limits/* LimitError */.oC(this.opts.what, 'blobBytesPerSecond', rate.bytesPerSecond, `${got} bytes in ${seconds} s`));
        }, rate.windowMs);
        this.rateTimer.unref();
    }
    attach(part) {
        this.current = part.stream;
        this.skip = this.delivered - part.start;
        if (this.skip < 0) {
            part.stream.destroy();
            this.destroy(new errors/* CheckError */.tl(`${this.opts.what}: the registry resumed at byte ${part.start}, after ${this.delivered}`));
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
        this.opts.signal?.removeEventListener('abort', this.stopped);
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
        if (err instanceof errors/* CheckError */.tl)
            return void this.destroy(err);
        const why = `${this.opts.what} broke off after ${this.delivered} bytes (${err.message})`;
        if (!isTransientError(err) || this.attempt >= this.opts.retries) {
            this.destroy(new errors/* CheckError */.tl(why));
            return;
        }
        const attempt = this.attempt++;
        toolkit/* info */.pq(`${why}; resuming, retry ${attempt + 1}/${this.opts.retries}`);
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
        throw new errors/* CheckError */.tl(`registry answered a Range request with an unreadable Content-Range "${contentRange}"`);
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
    httpAgent = new external_node_http_.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
    httpsAgent = new external_node_https_.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
    auth;
    throttles = new Map();
    memos = new SharedReads(true, MAX_MEMOS);
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
        return { ...limits/* DEFAULT_LIMITS */.dR, ...this.options.limits };
    }
    /** Attempts after the first for a body that breaks off mid-stream (as for a failed request). */
    get retries() {
        return this.options.retries ?? DEFAULT_RETRIES;
    }
    /** The same backoff as between request attempts; `signal` cuts it short. */
    pause(attempt, signal) {
        return sleepUnlessStopped(this.sleep, backoffMs(attempt, SERVER_BACKOFF_MS), signal);
    }
    /** Frees keep-alive sockets; call when done so the process can exit promptly. */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
    baseUrl(registry) {
        const scheme = (0,reference/* isInsecureRegistry */.y_)(registry, this.options.insecureRegistries) ? 'http' : 'https';
        return `${scheme}://${(0,reference/* registryApiHost */.Mb)(registry)}`;
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
     * manifest is read for its config and again for its layers). Failures are not kept. A caller
     * whose `signal` fires leaves with its reason; the read is stopped once no caller is left.
     */
    memo(key, read, signal) {
        return this.memos.get(key, read, signal);
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
            signal: c.signal,
            // Per URL: a redirect to storage may change the scheme.
            agent: (to) => (to.protocol === 'https:' ? this.httpsAgent : this.httpAgent)
        });
        const known = this.auth.cached(ref.registry, c.scopes) ??
            (await this.auth.anticipate(ref.registry, c.scopes, c.signal));
        if (known)
            headers.authorization = known;
        let res = await send();
        if (res.status === 401) {
            const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
            if (!challenge)
                return res;
            headers.authorization = await this.auth.authorize(ref.registry, challenge, c.scopes, c.signal);
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
        const detail = (0,verify_platforms_untrusted/* clip */.$Q)(registryErrorDetail(res.body));
        const hint = res.status === 401 || res.status === 403 ? ' (check the registry login)' : '';
        const message = `${what} ${(0,reference/* formatReference */.FH)(ref)}: HTTP ${res.status}${detail ? ` ${detail}` : ''}${hint}`;
        const kind = (0,errors/* unavailableKind */.MI)(res.status);
        return kind ? new errors/* UnavailableError */.hG(message, kind) : new errors/* CheckError */.tl(message);
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
        toolkit/* info */.pq(`${err.message}; reading it once more`);
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
async function openBlob(t, ref, digest, offset, signal) {
    const res = await t.pull(ref, {
        signal,
        method: 'GET',
        path: blobPath(ref, digest),
        stream: true,
        ...(offset > 0 ? { headers: { range: `bytes=${offset}-` } } : {})
    });
    if (!res.stream) {
        if (res.status === 404)
            throw new errors/* CheckError */.tl(`blob ${digest} of ${(0,reference/* formatReference */.FH)(ref)} was not found`);
        throw t.fail(ref, `cannot read blob ${digest} of`, res);
    }
    const contentRange = res.headers['content-range'];
    return { stream: res.stream, start: partStart(res.status, contentRange) };
}
/**
 * A blob as a stream, checked against its digest as it flows (an IntegrityError at the end on
 * a mismatch). A body that breaks off is resumed where it stopped.
 */
async function getBlob(t, ref, digest, signal) {
    const first = await openBlob(t, ref, digest, 0, signal);
    const { blobBytesPerSecond, blobWindowMs } = t.limits;
    return new BlobStream(first, {
        digest,
        what: `blob ${digest} of ${(0,reference/* formatReference */.FH)(ref)}`,
        minRate: { bytesPerSecond: blobBytesPerSecond, windowMs: blobWindowMs },
        reopen: offset => openBlob(t, ref, digest, offset, signal),
        retries: t.retries,
        pause: attempt => t.pause(attempt, signal),
        signal
    });
}
/** A small blob (a config, an attestation) in memory, up to `limit` bytes, read again once if it fails its digest. */
function getBlobBytes(t, ref, digest, limit = t.limits.configBytes, signal) {
    const what = `blob ${digest} of ${(0,reference/* formatReference */.FH)(ref)}`;
    return readVerified(async () => readAll(await getBlob(t, ref, digest, signal), limit, what));
}
/** An image config, checked for the fields that are used, read once per client; `signal` gives it up. */
function getConfigBlob(t, ref, digest, signal) {
    return t.memo(`config ${ref.registry}/${ref.repository}@${digest}`, async (stop) => {
        const body = await getBlobBytes(t, ref, digest, t.limits.configBytes, stop);
        return parseConfig(body, `config ${digest} of ${(0,reference/* formatReference */.FH)(ref)}`);
    }, signal);
}
async function blobExists(t, ref, digest, scopes = [pullScope(ref.repository)], signal) {
    const res = await t.call(ref, { method: 'HEAD', path: blobPath(ref, digest), scopes, signal });
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
        throw new errors/* CheckError */.tl(`registry ${ref.registry} started an upload without a Location`);
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
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'arch-blob-'));
    try {
        const file = external_node_path_.join(dir, 'blob');
        await readVerified(async () => (0,promises_namespaceObject.pipeline)(await getBlob(t, from, digest), external_node_fs_.createWriteStream(file)));
        const { size } = await external_node_fs_.promises.stat(file);
        return await use(() => external_node_fs_.createReadStream(file), size);
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
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
            toolkit/* debug */.Yz(`mount of ${digest} into ${to.repository} declined; copying`);
            return spoolBlob(t, from, digest, (open, size) => finishUpload(t, to, res, digest, open, size));
        }
        throw t.fail(to, `cannot mount blob ${digest} into`, res);
    }
    await spoolBlob(t, from, digest, (open, size) => pushBlobFrom(t, to, open, digest, size).then(() => undefined));
}

;// CONCATENATED MODULE: ./actions/lib/registry/manifests.ts
// Manifests and indexes: read (digest-checked), probe and push.






const manifestPath = (ref, target) => `/v2/${ref.repository}/manifests/${target}`;
async function fetchBody(t, ref, target, accept, signal) {
    const res = await t.pull(ref, {
        signal,
        method: 'GET',
        path: manifestPath(ref, target),
        headers: { accept: accept.join(', ') },
        what: `manifest of ${(0,reference/* formatReference */.FH)({ ...ref, ...(isDigest(target) ? { digest: target } : {}) })}`,
        maxBytes: t.limits.manifestBytes
    });
    if (res.status === 404)
        throw new errors/* NotFoundError */.m_(`image ${(0,reference/* formatReference */.FH)(ref)} was not found`);
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
async function fetchManifest(t, ref, accept, signal) {
    const name = (0,reference/* formatReference */.FH)(ref);
    const res = await fetchBody(t, ref, (0,reference/* manifestTarget */.Z_)(ref), accept, signal);
    let body = res.body;
    let digest = ref.digest ?? headerDigest(res);
    if (digest) {
        checkDigest(`manifest of ${name}`, digest, digestLike(digest, body));
    }
    else {
        digest = sha256Digest(body);
        try {
            body = (await fetchBody(t, ref, digest, accept, signal)).body;
        }
        catch (err) {
            if (!(err instanceof errors/* CheckError */.tl) || !/was not found/.test(err.message))
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
/** A manifest (by digest, read once per client: its content cannot change); `signal` gives it up. */
function getManifest(t, ref, accept = oci_types/* ALL_MANIFEST_TYPES */.YQ, signal) {
    const read = (stop) => readVerified(() => fetchManifest(t, ref, accept, stop));
    if (!ref.digest)
        return read(signal);
    return t.memo(`manifest ${ref.registry}/${ref.repository}@${ref.digest} ${accept.join(',')}`, read, signal);
}
/** The digest a tag points to, or undefined when it does not exist. */
async function headManifest(t, ref, signal) {
    const res = await t.pull(ref, {
        signal,
        method: 'HEAD',
        path: manifestPath(ref, (0,reference/* manifestTarget */.Z_)(ref)),
        headers: { accept: oci_types/* ALL_MANIFEST_TYPES */.YQ.join(', ') }
    });
    if (res.status === 404)
        return undefined;
    if (res.status !== 200)
        throw t.fail(ref, 'cannot check manifest of', res);
    const digest = res.headers['docker-content-digest'];
    if (typeof digest === 'string' && digest)
        return digest;
    // Some registries omit the header on HEAD; the body is the only proof then.
    return (await getManifest(t, ref, oci_types/* ALL_MANIFEST_TYPES */.YQ, signal)).digest;
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
async function getImageManifest(t, ref, manifestDigest, signal) {
    const m = await getManifest(t, { ...ref, digest: manifestDigest }, oci_types/* ALL_MANIFEST_TYPES */.YQ, signal);
    if ((0,oci_types/* isIndexMediaType */.$$)(m.mediaType)) {
        throw new errors/* CheckError */.tl(`${(0,reference/* formatReference */.FH)(ref)}@${manifestDigest} is an index, not a platform's manifest`);
    }
    return { ...m.json, mediaType: m.mediaType };
}

;// CONCATENATED MODULE: ./actions/lib/registry/inspect.ts



async function getConfig(t, ref, manifestDigest, signal) {
    const manifest = await getImageManifest(t, ref, manifestDigest, signal);
    return getConfigBlob(t, ref, manifest.config.digest, signal);
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
        attestation: (0,oci_types/* isAttestation */.H3)(d)
    };
}
/** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
async function inspect(t, ref, signal) {
    const m = await getManifest(t, ref, undefined, signal);
    if ((0,oci_types/* isIndexMediaType */.$$)(m.mediaType)) {
        const platforms = (m.json.manifests ?? []).map(entryOf);
        return { digest: m.digest, mediaType: m.mediaType, isIndex: true, platforms };
    }
    const manifest = m.json;
    const config = await getConfigBlob(t, ref, manifest.config.digest, signal);
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
        throw new errors/* CheckError */.tl(`${what} is not an image index`);
    }
}
async function fromTag(t, ref, digest, signal) {
    try {
        const m = await getManifest(t, { ...ref, tag: referrersTag(digest), digest: undefined }, undefined, signal);
        return manifestsOf(m.body, `the referrers tag of ${digest}`);
    }
    catch (err) {
        if (err instanceof errors/* CheckError */.tl && /was not found/.test(err.message))
            return undefined;
        throw err;
    }
}
/**
 * The referrers of `digest` in `ref`'s repository: from the referrers API, or (404) from the
 * fallback tag; both are read, since a registry may have gained the API after a fallback was written.
 */
async function listReferrers(t, ref, digest, signal) {
    // The API and the fallback tag at once: one round trip for a digest with no referrers.
    const [apiRead, tagRead] = await Promise.allSettled([
        t.pull(ref, {
            method: 'GET',
            path: `/v2/${ref.repository}/referrers/${digest}`,
            headers: { accept: oci_types/* MEDIA_TYPES */.Z2.ociIndex },
            stream: true,
            signal
        }),
        fromTag(t, ref, digest, signal)
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
        const body = await readAll(res.stream, REFERRERS_LIMIT, undefined, signal);
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
        mediaType: oci_types/* MEDIA_TYPES */.Z2.ociIndex,
        manifests: [...listed.filter(d => d.digest !== descriptor.digest), descriptor]
    };
    const indexBody = Buffer.from(JSON.stringify(index));
    await putManifest(t, ref, referrersTag(subject), indexBody, oci_types/* MEDIA_TYPES */.Z2.ociIndex);
    return 'tag';
}

;// CONCATENATED MODULE: ./actions/lib/registry/client.ts
// The registry client the actions use: one transport (auth, retries, keep-alive) and the
// operations on it, by concern in manifests.ts, blobs.ts and inspect.ts.







/** A small client for the OCI distribution API with retries, auth challenges and keep-alive. */
class RegistryClient {
    t;
    /** Set on a view made by `within`: every read ends when it fires. */
    signal;
    constructor(options = {}, deps = {}) {
        this.t = new RegistryTransport(options, deps);
    }
    /**
     * The same client (connections, tokens, shared reads) whose reads all end when `signal` fires
     * (an image's deadline), for code that reads through several calls. Writes are not bound.
     */
    within(signal) {
        if (!signal)
            return this;
        const view = Object.create(this);
        view.signal = signal;
        return view;
    }
    stop(o) {
        return o?.signal ?? this.signal;
    }
    /** Frees keep-alive sockets; call when done so the process can exit promptly. */
    close() {
        this.t.close();
    }
    getManifest(ref, accept, o) {
        return getManifest(this.t, ref, accept, this.stop(o));
    }
    /** The digest a tag points to, or undefined when it does not exist. */
    headManifest(ref, o) {
        return headManifest(this.t, ref, this.stop(o));
    }
    putManifest(repoRef, tagOrDigest, body, mediaType) {
        return putManifest(this.t, repoRef, tagOrDigest, body, mediaType);
    }
    /** The manifest of one platform (not an index), by digest. */
    getImageManifest(ref, manifestDigest, o) {
        return getImageManifest(this.t, ref, manifestDigest, this.stop(o));
    }
    /** A blob as a stream, checked against its digest as it flows. */
    getBlob(ref, digest, o) {
        return getBlob(this.t, ref, digest, this.stop(o));
    }
    /** A small blob in memory (an attestation), at most `limit` bytes, checked against its digest. */
    getBlobBytes(ref, digest, limit, o) {
        return getBlobBytes(this.t, ref, digest, limit, this.stop(o));
    }
    /** The artifacts whose subject is `digest` (referrers API, or the distribution spec's tag fallback). */
    listReferrers(ref, digest, o) {
        return listReferrers(this.t, ref, digest, this.stop(o));
    }
    /** Pushes a manifest with a subject, and lists it in the fallback tag when the registry has no referrers API. */
    pushReferrer(ref, body, descriptor, subject) {
        return pushReferrer(this.t, ref, body, descriptor, subject);
    }
    /** An image config by its own digest, checked for the fields that are used. */
    getConfigBlob(ref, digest, o) {
        return getConfigBlob(this.t, ref, digest, this.stop(o));
    }
    blobExists(ref, digest, scopes) {
        return blobExists(this.t, ref, digest, scopes, this.signal);
    }
    /** Monolithic upload (POST then PUT); skipped when the registry already has the blob. */
    async pushBlob(ref, data) {
        const digest = sha256Digest(data);
        await pushBlobFrom(this.t, ref, () => external_node_stream_.Readable.from([data]), digest, data.length);
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
    /** A platform's config; `o.signal` (the image's deadline) gives the read up, socket and retries. */
    getConfig(ref, manifestDigest, o) {
        return getConfig(this.t, ref, manifestDigest, this.stop(o));
    }
    /** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
    inspect(ref, o) {
        return inspect(this.t, ref, this.stop(o));
    }
    async resolvePlatforms(ref) {
        return (await this.inspect(ref)).platforms;
    }
}

;// CONCATENATED MODULE: ./actions/lib/verify/allow.ts




/** Parses `glob=reason` lines. */
function parseAllow(lines, input = specs_generated/* VERIFY_PLATFORMS */.hP.inputs.allow.name) {
    return lines.map(l => {
        if (typeof l !== 'string')
            return l;
        const at = l.indexOf('=');
        const pattern = (at < 0 ? l : l.slice(0, at)).trim();
        const reason = at < 0 ? '' : l.slice(at + 1).trim();
        if (!pattern || !reason)
            throw (0,errors/* badInput */.AN)(input, l, 'expected glob=reason, for example docker.io/openebs/mayastor-*=amd64 only until 2.9');
        if (/\s/.test(pattern))
            throw (0,errors/* badInput */.AN)(input, l, 'the glob must not contain spaces');
        return { pattern, reason };
    });
}
function allowRegExp(pattern) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*+/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`);
}
/** The first rule matching the reference as written, normalised, in its short form or as resolved. */
function matchAllow(rules, names) {
    return rules.find(r => {
        const re = allowRegExp(r.pattern);
        return names.some(n => re.test(n));
    });
}
/** Parses `source=target` mirror lines; the target must name a registry host. */
function parseMirrors(lines, input = specs_generated/* VERIFY_PLATFORMS */.hP.inputs['registry-mirrors'].name) {
    return lines.map(l => {
        const m = typeof l === 'string'
            ? (() => {
                const at = l.indexOf('=');
                if (at <= 0 || at === l.length - 1)
                    throw (0,errors/* badInput */.AN)(input, l, 'expected source=target, for example docker.io=mirror.example/docker.io');
                return { source: l.slice(0, at).trim(), target: l.slice(at + 1).trim() };
            })()
            : l;
        const shown = typeof l === 'string' ? l : `${l.source}=${l.target}`;
        const probe = `${m.target.replace(/\/+$/, '')}/probe`;
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(probe, input);
        }
        catch {
            throw (0,errors/* badInput */.AN)(input, shown, `"${m.target}" is not a registry host with an optional path`);
        }
        const first = m.target.split('/')[0];
        if (ref.registry !== first && first !== 'index.docker.io') {
            throw (0,errors/* badInput */.AN)(input, shown, `the target must start with a registry host (like mirror.example or 127.0.0.1:5000), not "${first}"`);
        }
        return m;
    });
}
/** Required platforms that a pin keeps pods off. */
function pinExcludes(pin, platforms) {
    const archOf = (v) => {
        try {
            return (0,platform/* parsePlatform */.FL)(v, 'nodeSelector').architecture;
        }
        catch {
            return v.toLowerCase();
        }
    };
    const values = new Set(pin.values.map(archOf));
    return platforms
        .filter(p => (pin.kind === 'NotIn' ? values.has(p.architecture) : !values.has(p.architecture)))
        .map(platform/* formatPlatform */.Bq);
}

// EXTERNAL MODULE: ./actions/lib/core/lazy.ts
var lazy = __nccwpck_require__(96224);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
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
    const fd = await external_node_fs_.promises.open(file, 'r');
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const stream = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            hash.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        }
    });
    return { stream, digest: () => 'sha256:' + hash.digest('hex'), size: () => size };
}
async function fileDigest(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,promises_namespaceObject.pipeline)(external_node_fs_.createReadStream(file), hash);
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
    await (0,promises_namespaceObject.pipeline)(external_node_fs_.createReadStream(file), raw.stream, external_node_zlib_.createGzip(), gz.stream, external_node_fs_.createWriteStream(out));
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
            throw new errors/* CheckError */.tl(`layer ${layer.digest} in image archive ${image.source} is not the diffID its config lists (${diffIds[i]})`);
        }
        let gz = packed.get(layer.digest);
        if (!gz) {
            const out = external_node_path_.join(dir, `gzip${packed.size}.tar.gz`);
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
const tarStream = (0,lazy/* lazy */.R)(() => __nccwpck_require__(56118));
/**
 * What a gzip-compressed archive may unpack to: 32 times its own size, at least 256 MiB (a
 * filesystem compresses 2-5 times; a gzip bomb of 14 MB unpacks to gigabytes).
 */
const unpackBudget = (compressed) => Math.max(256 * 1024 * 1024, 32 * compressed);
/** Extracts regular files into `dir`, within the unpack budget; returns archive path → extracted file. */
async function extractArchive(file, dir) {
    const files = new Map();
    const extract = tarStream().extract();
    const source = external_node_fs_.createReadStream(file);
    const fail = (err) => extract.destroy(err);
    source.on('error', fail);
    const gzipped = await isGzip(file);
    // A plain tar cannot unpack to more than it holds; a gzip one is held to a budget.
    let left = gzipped ? unpackBudget(external_node_fs_.statSync(file).size) : Infinity;
    const budget = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            left -= chunk.length;
            if (left < 0)
                return done(new Error(`it unpacks to more than ${unpackBudget(external_node_fs_.statSync(file).size)} bytes (32 times its size)`));
            done(null, chunk);
        }
    });
    if (gzipped) {
        const gunzip = external_node_zlib_.createGunzip();
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
        const name = external_node_path_.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
        const type = entry.header.type;
        if (type !== 'file' && type !== 'contiguous-file' && type != null) {
            entry.resume();
            continue;
        }
        // Entry names never become paths, so a hostile archive cannot write outside `dir`.
        const out = external_node_path_.join(dir, `f${n++}`);
        await (0,promises_namespaceObject.pipeline)(entry, external_node_fs_.createWriteStream(out));
        files.set(name, out);
    }
    return files;
}
/** The regular files of a layout folder, by their path inside it. */
function listLayout(dir) {
    const files = new Map();
    const walk = (sub) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(dir, sub), { withFileTypes: true })) {
            const rel = sub ? `${sub}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(rel);
            else if (e.isFile())
                files.set(rel, external_node_path_.join(dir, rel));
        }
    };
    walk('');
    return files;
}
function readJson(files, name, archive) {
    const file = files.get(name);
    if (!file)
        throw new errors/* CheckError */.tl(`image archive ${archive} has no ${name}`);
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`${name} in image archive ${archive} is not valid JSON: ${err.message}`);
    }
}
const blobName = (digest) => `blobs/${digest.replace(':', '/')}`;
/** A blob of a layout, checked against its digest and size (one streaming pass). */
async function layoutBlob(files, d, archive) {
    const file = files.get(blobName(d.digest));
    if (!file)
        throw new errors/* CheckError */.tl(`image archive ${archive} lacks blob ${d.digest}`);
    const size = (await external_node_fs_.promises.stat(file)).size;
    const got = d.digest.startsWith('sha256:') ? await fileDigest(file) : d.digest;
    if (got !== d.digest || (typeof d.size === 'number' && size !== d.size)) {
        throw new errors/* CheckError */.tl(`blob ${d.digest} in image archive ${archive} is corrupt (${size} bytes hashing to ${got}, expected ${d.size})`);
    }
    return file;
}
function descriptorPlatform(d) {
    if (!d.platform?.os || !d.platform.architecture)
        return undefined;
    const { os: o, architecture, variant } = d.platform;
    return (0,platform/* normalisePlatformString */.rQ)([o, architecture, variant].filter(Boolean).join('/'));
}
/** Every image an OCI layout lists, through nested indexes; attestations left out. */
async function readLayoutImages(files, index, format, source) {
    const images = [];
    for (const d of (index.manifests ?? []).filter(x => !(0,oci_types/* isAttestation */.H3)(x))) {
        const body = external_node_fs_.readFileSync(await layoutBlob(files, d, source));
        if ((0,oci_types/* isIndexMediaType */.$$)(d.mediaType)) {
            images.push(...(await readLayoutImages(files, JSON.parse(body.toString('utf8')), format, source)));
            continue;
        }
        const json = JSON.parse(body.toString('utf8'));
        if (!json.config?.digest || !Array.isArray(json.layers)) {
            throw new errors/* CheckError */.tl(`manifest ${d.digest} in image archive ${source} has no config or layers`);
        }
        const blobs = new Map();
        for (const b of [json.config, ...json.layers])
            blobs.set(b.digest, await layoutBlob(files, b, source));
        const config = JSON.parse(external_node_fs_.readFileSync(blobs.get(json.config.digest), 'utf8'));
        const mediaType = json.mediaType ?? d.mediaType ?? oci_types/* MEDIA_TYPES */.Z2.ociManifest;
        const listedAs = descriptorPlatform(d);
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
        throw new errors/* CheckError */.tl(`image archive ${source} lists no image in index.json`);
    return images;
}
/** The layer blobs of a `docker save` entry: gzipped for a registry, or the raw tars checked against their diffIDs. */
async function dockerLayers(files, names, diffIds, dir, o) {
    // A layer listed twice (docker save shares identical layers) is packed once.
    const packed = new Map();
    const layers = [];
    for (const [i, name] of names.entries()) {
        const key = external_node_path_.posix.normalize(name);
        let layer = packed.get(key);
        if (!layer) {
            const file = files.get(key);
            if (!file)
                throw new errors/* CheckError */.tl(`image archive ${o.archive} lacks layer ${name}`);
            if (await isGzip(file)) {
                layer = {
                    mediaType: DOCKER_LAYER_GZIP,
                    digest: await fileDigest(file),
                    size: (await external_node_fs_.promises.stat(file)).size,
                    file
                };
            }
            else {
                const gz = external_node_path_.join(dir, `layer${packed.size}.tar.gz`);
                const { diffId, digest, size } = o.gzip
                    ? await gzipLayer(file, gz)
                    : { diffId: await fileDigest(file), digest: '', size: (await external_node_fs_.promises.stat(file)).size };
                // A layer that does not match its config's diffID would make an image nobody can pull.
                if (diffIds.length === names.length && diffIds[i] !== diffId) {
                    throw new errors/* CheckError */.tl(`layer ${name} in image archive ${o.archive} hashes to ${diffId}, but its config lists ${diffIds[i]}`);
                }
                if (o.gzip)
                    await external_node_fs_.promises.rm(file, { force: true });
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
        throw new errors/* CheckError */.tl(`manifest.json in image archive ${archive} lists no image`);
    }
    if (list.length > 1)
        throw new errors/* CheckError */.tl(`image archive ${archive} holds ${list.length} images; write one per platform`);
    const configFile = files.get(external_node_path_.posix.normalize(list[0].Config));
    if (!configFile)
        throw new errors/* CheckError */.tl(`image archive ${archive} lacks its config ${list[0].Config}`);
    const configBody = external_node_fs_.readFileSync(configFile);
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
        mediaType: gzip ? oci_types/* MEDIA_TYPES */.Z2.dockerManifest : oci_types/* MEDIA_TYPES */.Z2.ociManifest,
        config: {
            mediaType: gzip ? oci_types/* MEDIA_TYPES */.Z2.dockerConfig : oci_types/* MEDIA_TYPES */.Z2.ociConfig,
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
    if (!external_node_fs_.existsSync(file))
        throw new errors/* CheckError */.tl(`image archive ${file} was not written`);
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-archive-'));
    const dispose = () => external_node_fs_.rmSync(dir, { recursive: true, force: true });
    try {
        let files;
        try {
            files = await extractArchive(file, dir);
        }
        catch (err) {
            throw new errors/* CheckError */.tl(`image archive ${file} is not a readable tar: ${err.message}`);
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
        throw new errors/* CheckError */.tl(`image archive ${file} has neither index.json (oci-archive) nor manifest.json (docker-archive)`);
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

;// CONCATENATED MODULE: ./actions/lib/oci/archive-source.ts
// Image references that name archives on disk instead of a registry: `oci-archive:PATH`,
// `oci-layout:PATH` and `docker-archive:PATH`, each a file (or layout folder) or a folder of
// them. LocalImages reads them offline and answers as the registry client does, so verify
// and e2e check them with the same code and no registry is asked anything.












// Only an archive input is read or written as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const archive_source_tarStream = (0,lazy/* lazy */.R)(() => __nccwpck_require__(56118));
const LOCAL_SCHEMES = ['oci-archive', 'oci-layout', 'docker-archive'];
const LOCAL_RE = /^(oci-archive|oci-layout|docker-archive):(.+)$/;
const ARCHIVE_RE = /\.(tar|tar\.gz|tgz)$/;
/**
 * `scheme:PATH` as an ImageRef whose registry is `scheme:` and repository the absolute path, so
 * that it prints as `scheme:/abs/path`. Undefined when `value` names no local archive.
 */
function parseLocalReference(value, input) {
    const m = value.trim().match(LOCAL_RE);
    if (!m)
        return undefined;
    const abs = (0,paths/* readPath */.G7)(input, m[2], 'any');
    const ref = { registry: `${m[1]}:`, repository: abs.replace(/^\/+/, ''), original: value };
    // Prints as written, like a parsed registry reference.
    return Object.assign(Object.create({ toString: () => (0,reference/* formatReference */.FH)(ref) }), ref);
}
/** A registry reference, or a local archive reference. */
function parseImageReference(value, input) {
    return parseLocalReference(value, input) ?? (0,reference/* parseReference */.F2)(value, input);
}
function isLocalRef(ref) {
    return LOCAL_SCHEMES.includes(ref.registry.replace(/:$/, ''));
}
const localPath = (ref) => `/${ref.repository}`;
/** The platform a shard's archive name gives (`linux-arm64.tar`), if it names one. */
function platformFromName(file) {
    const base = external_node_path_.basename(file).replace(ARCHIVE_RE, '');
    try {
        return (0,platform/* formatPlatform */.Bq)((0,platform/* parsePlatform */.FL)(base.replace(/-/g, '/'), 'archive name'));
    }
    catch {
        return undefined;
    }
}
function configPlatform(config) {
    return (0,platform/* normalisePlatformString */.rQ)([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}
/** The archives and layouts a path names: itself, or the ones a folder holds (sorted). */
function sources(p) {
    const isLayout = (d) => external_node_fs_.existsSync(external_node_path_.join(d, 'index.json'));
    try {
        if (!external_node_fs_.statSync(p).isDirectory())
            return [{ file: p, layout: false }];
        if (isLayout(p))
            return [{ file: p, layout: true }];
        return external_node_fs_.readdirSync(p, { withFileTypes: true })
            .map(e => ({ file: external_node_path_.join(p, e.name), dir: e.isDirectory(), regular: e.isFile() }))
            .filter(e => (e.dir && isLayout(e.file)) || (e.regular && ARCHIVE_RE.test(e.file)))
            .sort((a, b) => (0,compare/* compareText */.n)(a.file, b.file))
            .map(e => ({ file: e.file, layout: e.dir }));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`cannot read ${p}: ${err.message}`);
    }
}
/** Images read from archives on disk, answering as the registry client does (the ref is ignored). */
class LocalImages {
    ref;
    images;
    opened;
    constructor(ref, images, opened) {
        this.ref = ref;
        this.images = images;
        this.opened = opened;
    }
    /** Reads every image `ref` names; a folder with none is a failure, never an empty pass. */
    static async open(ref) {
        const root = localPath(ref);
        const opened = [];
        const images = [];
        try {
            for (const s of sources(root)) {
                const archive = s.layout ? await openLayout(s.file) : await openArchive(s.file);
                opened.push(archive);
                const named = archive.images.length === 1 ? platformFromName(s.file) : undefined;
                for (const i of archive.images)
                    images.push({ ...i, platform: i.listedAs ?? named ?? configPlatform(i.config) });
            }
            if (images.length === 0)
                throw new errors/* CheckError */.tl(`${root} holds no image archive (*.tar, *.tar.gz) or OCI layout`);
            const seen = new Map();
            for (const i of images) {
                const other = seen.get(i.platform);
                if (other)
                    throw new errors/* CheckError */.tl(`two images for ${i.platform}: ${other} and ${i.source}`);
                seen.set(i.platform, i.source);
            }
        }
        catch (err) {
            opened.forEach(o => o.dispose());
            throw err;
        }
        return new LocalImages(ref, images, opened);
    }
    dispose() {
        this.opened.forEach(o => o.dispose());
    }
    image(digest) {
        const found = this.images.find(i => i.digest === digest);
        if (!found)
            throw new errors/* CheckError */.tl(`${localPath(this.ref)} has no manifest ${digest}`);
        return found;
    }
    entries() {
        return this.images.map(i => {
            const [os, architecture, variant] = i.platform.split('/');
            const platform = { os, architecture, ...(variant ? { variant } : {}) };
            return {
                platform,
                digest: i.digest,
                mediaType: i.mediaType,
                size: i.manifest.length,
                attestation: false
            };
        });
    }
    /** One image that says nothing of its platform is a single image; otherwise an index of them. */
    async inspect() {
        const only = this.images.length === 1 ? this.images[0] : undefined;
        if (only && !only.listedAs && !platformFromName(only.source)) {
            return { digest: only.digest, mediaType: only.mediaType, isIndex: false, platforms: this.entries() };
        }
        const platforms = this.entries();
        const index = Buffer.from(JSON.stringify({
            schemaVersion: 2,
            mediaType: oci_types/* MEDIA_TYPES */.Z2.ociIndex,
            manifests: platforms.map(e => ({
                mediaType: e.mediaType,
                digest: e.digest,
                size: e.size,
                platform: e.platform
            }))
        }));
        return { digest: sha256Digest(index), mediaType: oci_types/* MEDIA_TYPES */.Z2.ociIndex, isIndex: true, platforms };
    }
    async getImageManifest(_ref, digest) {
        const i = this.image(digest);
        return { ...i.json, mediaType: i.mediaType };
    }
    async getConfig(_ref, digest) {
        return this.image(digest).config;
    }
    /**
     * Writes one image as a `docker save` archive tagged `tag`, which `docker load` and
     * `podman load` read whatever the source format (they accept gzip and plain layer tars).
     */
    async saveForLoad(digest, tag, out) {
        const i = this.image(digest);
        const blob = (d) => i.blobs.get(d);
        const layers = i.json.layers.map((l, n) => ({ name: `layer${n}.tar`, file: blob(l.digest) }));
        const manifest = [{ Config: 'config.json', RepoTags: [tag], Layers: layers.map(l => l.name) }];
        const pack = archive_source_tarStream().pack();
        const written = (0,promises_namespaceObject.pipeline)(pack, external_node_fs_.createWriteStream(out));
        const add = async (name, file) => {
            const entry = pack.entry({ name, size: external_node_fs_.statSync(file).size });
            await (0,promises_namespaceObject.pipeline)(external_node_fs_.createReadStream(file), entry);
        };
        pack.entry({ name: 'manifest.json' }, JSON.stringify(manifest));
        await add('config.json', blob(i.json.config.digest));
        for (const l of layers)
            await add(l.name, l.file);
        pack.finalize();
        await written;
    }
    /** Blobs were checked against their digests when the archive was read. */
    async getBlob(_ref, digest) {
        const file = this.images.map(i => i.blobs.get(digest)).find(Boolean);
        if (!file)
            throw new errors/* CheckError */.tl(`${localPath(this.ref)} has no blob ${digest}`);
        return external_node_fs_.createReadStream(file);
    }
}

;// CONCATENATED MODULE: ./actions/lib/verify/targets.ts






const IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;

/**
 * Groups occurrences by normalised reference, keeping every source. A reference given in
 * `images` that does not parse is the user's mistake; one read from content is a warning.
 */
function collectTargets(direct, scanned, scan) {
    const byKey = new Map();
    const add = (written, how, loc, platforms, found) => {
        let ref;
        try {
            // Only images given directly may name archives on disk (oci-archive:PATH and the like).
            ref =
                how === 'input'
                    ? parseImageReference(written, IN.images.name)
                    : (0,reference/* parseReference */.F2)(written, IN.images.name);
        }
        catch (err) {
            if (!loc || how === 'input')
                throw err;
            scan.warnings.push({ ...loc, message: `not an image reference, not checked: ${(0,errors/* whyOf */.gf)(err)}` });
            return;
        }
        const key = (0,reference/* formatReference */.FH)(ref);
        let t = byKey.get(key);
        if (!t) {
            t = { ref, written: written.trim(), locations: [], found: new Set(), charts: new Set() };
            if (platforms)
                t.only = new Set();
            byKey.set(key, t);
        }
        t.found.add(how);
        if (found?.chart)
            t.charts.add(found.chart);
        if (loc && !t.locations.some(l => l.file === loc.file && l.line === loc.line))
            t.locations.push(loc);
        if (!platforms)
            t.only = undefined;
        else if (t.only)
            platforms.forEach(p => t.only?.add((0,platform/* normalisePlatformString */.rQ)(p)));
    };
    for (const d of direct) {
        if (d.sources?.length)
            d.sources.forEach(s => add(d.reference, 'input', s, d.platforms));
        else
            add(d.reference, 'input', undefined, d.platforms);
    }
    for (const s of scanned) {
        const { reference, how, source } = s.found;
        add(reference, how, source, source.platforms, s.found);
        s.found.overrides?.forEach(o => add(reference, how, o, source.platforms, s.found));
    }
    return [...byKey.values()];
}
/** A check that finds nothing to check fails, whatever fail-on says. */
function requireImages(input, value, r, how) {
    if (r.images.length)
        return;
    const why = [how, ...r.warnings.map(w => `${(0,scan_types/* formatSource */.j2)(w)}: ${w.message}`)].filter(Boolean);
    throw new errors/* CheckError */.tl(`no container image found in ${input} ${value}${why.length ? ` (${why.join('; ')})` : ''}`);
}
/** Reads every source of references (no registry): the chart, manifests and Dockerfiles. */
async function collectReferences(o, deps) {
    const scan = (0,scan_types/* emptyScan */.$6)();
    const scanned = [];
    const take = (r, input) => {
        (0,scan_types/* mergeScans */.VX)(scan, r);
        r.images.forEach(found => scanned.push({ found, input }));
    };
    let chart;
    // The scanners load here, on first use (chunk files): a run with only images never pays for them.
    if (o.chart) {
        const { scanChartInput } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(258), __nccwpck_require__.e(474)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32474));
        const c = await scanChartInput({ ...o.chart, cwd: o.cwd }, deps);
        chart = c.report;
        requireImages(IN.chart.name, o.chart.chart, c.scan, c.report.rendered === 'not rendered' ? 'not rendered' : '');
        take(c.scan, IN.chart.name);
    }
    if (o.manifests.length) {
        const { scanManifests } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(258), __nccwpck_require__.e(385)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16385));
        const r = scanManifests(o.manifests, { cwd: o.cwd });
        requireImages(IN.manifests.name, o.manifests.join(', '), r);
        take(r, IN.manifests.name);
    }
    if (o.dockerfiles.length) {
        const { scanDockerfiles } = await __nccwpck_require__.e(/* import() */ 768).then(__nccwpck_require__.bind(__nccwpck_require__, 40768));
        const r = scanDockerfiles(o.dockerfiles, {
            cwd: o.cwd,
            buildArgs: o.buildArgs,
            platforms: o.platforms,
            target: o.target
        });
        requireImages(IN.dockerfiles.name, o.dockerfiles.join(', '), r, r.notes.join('; '));
        take(r, IN.dockerfiles.name);
    }
    return { scan, scanned, ...(chart ? { chart } : {}) };
}

;// CONCATENATED MODULE: ./actions/lib/core/version.ts
/** This suite's version, as package.json gives it (test/unit/proof.test.ts keeps the two equal). */
const TOOL_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./actions/lib/proof/statement.ts
// The platform proof: an in-toto Statement v1 about one index, built from verify's results.
// Its schema is docs/platform-proof.schema.json (docs/platform-proof.md explains each field).

const PREDICATE_TYPE = 'https://github.com/openebs/arch-actions/platform-proof/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const statement_LEVEL_NAMES = ['', 'listed', 'configured', 'built right', 'runs', 'serves'];
/** Where and by what the check ran: the source revision and run URL on GitHub. */
function runContext(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const repo = env.GITHUB_REPOSITORY;
    return {
        tool: {
            name: 'arch-actions',
            version: TOOL_VERSION,
            ...(env.GITHUB_ACTION_REF ? { ref: env.GITHUB_ACTION_REF } : {})
        },
        ...(repo || env.GITHUB_SHA
            ? {
                source: {
                    ...(repo ? { repository: `${server}/${repo}` } : {}),
                    ...(env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {})
                }
            }
            : {}),
        ...(repo && env.GITHUB_RUN_ID
            ? {
                run: {
                    url: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
                    id: env.GITHUB_RUN_ID,
                    ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {})
                }
            }
            : {})
    };
}
/** The levels a passed platform check reached; a deep check that saw no ELF file proves no level 3. */
function reached(c) {
    if (c.level < 3)
        return c.level;
    return c.deep && !c.deep.unsupported && c.deep.executables > 0 ? 3 : 2;
}
function platformProof(c, runs) {
    let level = reached(c);
    const parity = runs.parity?.[c.platform];
    const cluster = runs.cluster?.[c.platform];
    if (parity?.ok && level >= 3)
        level = 4;
    if (cluster?.ok && level >= 4)
        level = 5;
    const d = c.deep;
    return {
        platform: c.platform,
        digest: c.digest ?? '',
        level,
        levels: Array.from({ length: level }, (_, i) => i + 1),
        ...(d && !d.unsupported
            ? {
                elf: {
                    machines: { ...(d.machines ?? {}) },
                    executables: d.executables,
                    files: d.files ?? 0,
                    layers: d.layersScanned
                }
            }
            : {}),
        ...(parity ? { parity } : {}),
        ...(cluster ? { cluster } : {})
    };
}
/**
 * The statement for one image that passed: subject = the index (name and digest), one entry per
 * platform checked with its manifest digest (`subjectName` names an archive's image). Undefined for an image that did not pass or has no
 * digest with its platforms (an archive folder): there is nothing to attach a proof to.
 */
function statementFor(image, signing, runs = {}, env = process.env, now = new Date(), subjectName) {
    if (image.status !== 'ok' || !image.digest || !image.platforms.length)
        return undefined;
    if (image.platforms.some(p => p.status !== 'ok' || !p.digest))
        return undefined;
    // `registry/repository` of the normalised reference: its digest and tag dropped.
    const name = subjectName ?? image.normalized.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    const [alg, hex] = image.digest.split(':');
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name, digest: { [alg]: hex } }],
        predicateType: PREDICATE_TYPE,
        predicate: {
            verdict: 'proven',
            signing,
            checkedAt: now.toISOString(),
            ...runContext(env),
            platforms: image.platforms.map(p => platformProof(p, runs))
        }
    };
}
/**
 * Why `predicate` does not cover the platforms and level asked for, or undefined when it does.
 * A platform's level must be at least `level`.
 */
function uncovered(predicate, platforms, level) {
    const gaps = [];
    for (const want of platforms) {
        const p = predicate.platforms.find(x => x.platform === want);
        if (!p)
            gaps.push(`${want} is not in it`);
        else if (p.level < level)
            gaps.push(`${want} is proven to level ${p.level} (${statement_LEVEL_NAMES[p.level]}), level ${level} is asked for`);
    }
    return gaps.length ? gaps.join('; ') : undefined;
}

;// CONCATENATED MODULE: ./actions/lib/proof/dsse.ts
// DSSE envelopes (the signing format of in-toto and cosign attestations): the signature is over
// the pre-authentication encoding of the payload type and the payload.



const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** DSSEv1 pre-authentication encoding. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload
    ]);
}
// ECDSA keys sign a SHA-256 digest (cosign's keys are P-256); Ed25519 signs the message itself.
const algorithmOf = (key) => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');
/** The statement in an envelope, signed with `key` (ECDSA, DER signature as cosign writes) or unsigned. */
function envelope(statement, key) {
    const payload = Buffer.from(JSON.stringify(statement), 'utf8');
    const signatures = key
        ? [
            {
                keyid: '',
                sig: external_node_crypto_.sign(algorithmOf(key), pae(IN_TOTO_PAYLOAD, payload), key).toString('base64')
            }
        ]
        : [];
    return { payloadType: IN_TOTO_PAYLOAD, payload: payload.toString('base64'), signatures };
}
/** An envelope from JSON text (a proof file or a registry blob); throws CheckError on any other shape. */
function parseEnvelope(text, what) {
    let e;
    try {
        e = JSON.parse(text);
    }
    catch {
        throw new errors/* CheckError */.tl(`${what} is not JSON`);
    }
    if (typeof e?.payloadType !== 'string' || typeof e.payload !== 'string' || !Array.isArray(e.signatures))
        throw new errors/* CheckError */.tl(`${what} is not a DSSE envelope`);
    return e;
}
/** True when one of the envelope's signatures is `key`'s over the envelope's own payload. */
function signedBy(e, key) {
    const data = pae(e.payloadType, Buffer.from(e.payload, 'base64'));
    return e.signatures.some(s => {
        try {
            return external_node_crypto_.verify(algorithmOf(key), data, key, Buffer.from(String(s.sig), 'base64'));
        }
        catch {
            return false;
        }
    });
}
/** The platform-proof statement inside an envelope; throws CheckError when it is anything else. */
function statementOf(e, what) {
    if (e.payloadType !== IN_TOTO_PAYLOAD)
        throw new errors/* CheckError */.tl(`${what} does not carry an in-toto statement`);
    let s;
    try {
        s = JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* CheckError */.tl(`${what}: its statement is not JSON`);
    }
    if (s?._type !== STATEMENT_TYPE || s.predicateType !== PREDICATE_TYPE)
        throw new errors/* CheckError */.tl(`${what} is not a platform proof (${PREDICATE_TYPE})`);
    if (!Array.isArray(s.subject) || !Array.isArray(s.predicate?.platforms))
        throw new errors/* CheckError */.tl(`${what}: its statement lacks a subject or platforms`);
    return s;
}

;// CONCATENATED MODULE: ./actions/lib/proof/attach.ts
// A proof in the registry: an OCI 1.1 referrer of the index (subject and artifactType; the tag
// fallback where the registry lacks the referrers API), and the same DSSE layer under cosign's
// `sha256-<hex>.att` tag, which `cosign verify-attestation` reads. A keyless proof also gets its
// whole Sigstore bundle as a referrer, laid out as GitHub's attest actions push it.





/** The artifact type of the referrer (an in-toto statement in a DSSE envelope). */
const ARTIFACT_TYPE = 'application/vnd.in-toto+json';
/** cosign's marker and predicate annotations on an attestation layer. */
const COSIGN_SIGNATURE = 'dev.cosignproject.cosign/signature';
const PREDICATE_ANNOTATION = 'predicateType';
const SIGNING_ANNOTATION = 'dev.openebs.arch-actions/signing';
/** The Sigstore bundle (v0.3) media type: the artifact type and layer type of a bundle referrer. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The predicate type of a bundle referrer, as `gh attestation verify --bundle-from-oci` reads it. */
const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const CREATED = 'org.opencontainers.image.created';
// The config of an artifact with no config of its own (image-spec 1.1's empty descriptor).
const EMPTY_CONFIG = { mediaType: 'application/vnd.oci.empty.v1+json', body: Buffer.from('{}') };
/** The tag cosign keeps a digest's attestations under. */
function cosignTag(digest) {
    return `${digest.replace(':', '-')}.att`;
}
function layerOf(body, extra) {
    return {
        mediaType: DSSE_MEDIA_TYPE,
        digest: sha256Digest(body),
        size: body.length,
        annotations: { [COSIGN_SIGNATURE]: '', [PREDICATE_ANNOTATION]: PREDICATE_TYPE, ...extra }
    };
}
/** The config cosign writes for an attestation manifest: an empty image whose layers are the envelopes. */
function configOf(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) },
        config: {}
    }));
}
async function manifestOf(client, ref, layers, extra, { mediaType, body: config } = { mediaType: oci_types/* MEDIA_TYPES */.Z2.ociConfig, body: configOf(layers) }) {
    await client.pushBlob(ref, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_types/* MEDIA_TYPES */.Z2.ociManifest,
        ...(extra.artifactType ? { artifactType: extra.artifactType } : {}),
        config: { mediaType, size: config.length, digest: sha256Digest(config) },
        layers,
        ...(extra.subject ? { subject: extra.subject } : {}),
        ...(extra.annotations ? { annotations: extra.annotations } : {})
    };
    const body = Buffer.from(JSON.stringify(manifest));
    return { body, digest: sha256Digest(body) };
}
/** cosign's `.att` manifest for the digest: the layers already there (other predicates) and ours. */
async function cosignLayers(client, ref, digest, ours) {
    const tagged = { ...ref, tag: cosignTag(digest), digest: undefined };
    if (!(await client.headManifest(tagged)))
        return [ours];
    const old = (await client.getManifest(tagged, [oci_types/* MEDIA_TYPES */.Z2.ociManifest])).json;
    const others = (old.layers ?? []).filter(l => l.annotations?.[PREDICATE_ANNOTATION] !== PREDICATE_TYPE);
    return [...others, ours];
}
/** One layer (its blob already pushed) as a referrer of `digest`; the manifest, and how it was recorded. */
async function pushReferrerOf(client, repo, digest, layer, what, config) {
    const subject = await client.getManifest({ ...repo, digest });
    const { artifactType, annotations } = what;
    const referrer = await manifestOf(client, repo, [layer], { artifactType, subject: { mediaType: subject.mediaType, digest, size: subject.size }, annotations }, config);
    const descriptor = {
        mediaType: oci_types/* MEDIA_TYPES */.Z2.ociManifest,
        digest: referrer.digest,
        size: referrer.body.length,
        artifactType,
        annotations: { ...annotations, ...what.listed }
    };
    return { referrer, recordedBy: await client.pushReferrer(repo, referrer.body, descriptor, digest) };
}
/**
 * Attaches the envelope to `ref@digest` (an index or manifest already in the registry): its body
 * as a blob, a referrer manifest with the index as subject, and cosign's attestation tag.
 */
async function attachProof(client, ref, digest, envelope, signing, created, keyless) {
    const repo = { ...ref, tag: undefined, digest: undefined };
    const body = Buffer.from(JSON.stringify(envelope));
    await client.pushBlob(repo, body);
    const layer = layerOf(body, keyless
        ? {
            'dev.sigstore.cosign/certificate': keyless.certificate,
            ...(keyless.rekorBundle ? { 'dev.sigstore.cosign/bundle': keyless.rekorBundle } : {})
        }
        : {});
    const { referrer, recordedBy } = await pushReferrerOf(client, repo, digest, layer, {
        artifactType: ARTIFACT_TYPE,
        annotations: { [CREATED]: created, [SIGNING_ANNOTATION]: signing },
        listed: { [PREDICATE_ANNOTATION]: PREDICATE_TYPE }
    });
    const tag = cosignTag(digest);
    // Only proofs cosign can check go where it looks: unsigned ones, and keyless ones outside the
    // public Rekor log (GitHub's own Sigstore instance, for private repositories), would fail there.
    if (signing === 'cosign-key' || keyless?.rekorBundle) {
        const layers = await cosignLayers(client, repo, digest, layer);
        const att = layers.length === 1 ? referrer : await manifestOf(client, repo, layers, {});
        await client.putManifest(repo, tag, att.body, oci_types/* MEDIA_TYPES */.Z2.ociManifest);
    }
    return { digest: referrer.digest, recordedBy, cosignTag: `${(0,reference/* formatReference */.FH)(repo)}:${tag}` };
}
/**
 * Attaches a keyless proof's Sigstore bundle (its JSON, as signed) to `ref@digest` as a referrer
 * whose artifact type and one layer are the bundle's media type, where `gh attestation verify
 * --bundle-from-oci` and `cosign verify-attestation --new-bundle-format` look for it.
 */
async function attachBundle(client, ref, digest, bundle, created) {
    const repo = { ...ref, tag: undefined, digest: undefined };
    const body = Buffer.from(JSON.stringify(bundle));
    await client.pushBlob(repo, body);
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, digest: sha256Digest(body), size: body.length };
    const annotations = {
        [CREATED]: created,
        'dev.sigstore.bundle.content': 'dsse-envelope',
        [BUNDLE_PREDICATE_ANNOTATION]: PREDICATE_TYPE
    };
    const pushed = await pushReferrerOf(client, repo, digest, layer, { artifactType: BUNDLE_MEDIA_TYPE, annotations }, EMPTY_CONFIG);
    return { digest: pushed.referrer.digest, recordedBy: pushed.recordedBy };
}

;// CONCATENATED MODULE: ./actions/lib/proof/keys.ts
// cosign keys: the encrypted private key `cosign generate-key-pair` writes (scrypt + NaCl secretbox
// around a PKCS#8 key) and the public key PEM. Signing and verifying use node:crypto (ECDSA).




// eslint-disable-next-line @typescript-eslint/no-require-imports
const nacl = (0,lazy/* lazy */.R)(() => __nccwpck_require__(80668));
const ENCRYPTED = /-----BEGIN (?:ENCRYPTED SIGSTORE|ENCRYPTED COSIGN) PRIVATE KEY-----([\s\S]*?)-----END/;
// cosign's own limits on its scrypt parameters (N up to 2^20 costs 1 GiB of memory at r = 8).
const MAX_SCRYPT_N = 1 << 20;
const KEY_TEXT_LIMIT = 64 * 1024;
/** A key input's text: PEM given inline, or read from the path it names. */
function pemOrPath(input, value) {
    if (value.includes('-----BEGIN '))
        return value;
    return (0,paths/* readInputFile */.jH)(input, value, KEY_TEXT_LIMIT).toString('utf8');
}
function parseEncrypted(input, body) {
    let k;
    try {
        k = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${input}: the cosign key's body is not the JSON cosign writes`);
    }
    const { N, r, p } = k?.kdf?.params ?? {};
    if (k?.kdf?.name !== 'scrypt' || k.cipher?.name !== 'nacl/secretbox')
        throw new errors/* ConfigurationError */.j1(`${input}: the cosign key is not sealed with scrypt and nacl/secretbox`);
    if (![N, r, p].every(Number.isInteger) ||
        N < 2 ||
        N > MAX_SCRYPT_N ||
        (N & (N - 1)) !== 0 ||
        r > 32 ||
        p > 16)
        throw new errors/* ConfigurationError */.j1(`${input}: the cosign key's scrypt parameters are out of range`);
    return k;
}
/**
 * The private key of a cosign key pair. `text` is the PEM (encrypted as cosign writes it, or a
 * plain PKCS#8 / SEC1 EC key); `input` names the input in errors; `password` opens it.
 */
function loadSigningKey(input, passwordInput, text, password) {
    const m = ENCRYPTED.exec(text);
    if (!m) {
        try {
            return external_node_crypto_.createPrivateKey(text);
        }
        catch {
            throw (0,errors/* badInput */.AN)(input, '(the key)', 'expected a cosign private key (PEM), or a path to one');
        }
    }
    const k = parseEncrypted(input, m[1]);
    const { N, r, p } = k.kdf.params;
    const secret = external_node_crypto_.scryptSync(Buffer.from(password, 'utf8'), Buffer.from(k.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024
    });
    const opened = nacl().secretbox.open(new Uint8Array(Buffer.from(k.ciphertext, 'base64')), new Uint8Array(Buffer.from(k.cipher.nonce, 'base64')), new Uint8Array(secret));
    if (!opened)
        throw new errors/* ConfigurationError */.j1(`${input}: the key does not open with ${passwordInput} (wrong password?)`);
    return external_node_crypto_.createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}
/** A cosign public key (PEM); `input` names the input in errors. */
function loadPublicKey(input, text) {
    try {
        return external_node_crypto_.createPublicKey(text);
    }
    catch {
        throw (0,errors/* badInput */.AN)(input, '(the key)', 'expected a public key (PEM, as cosign.pub), or a path to one');
    }
}
/** The public key's public half as PEM (what cosign.pub holds). */
function publicPem(key) {
    const pub = key.type === 'private' ? crypto.createPublicKey(key) : key;
    return pub.export({ type: 'spki', format: 'pem' }).toString();
}
/** A short name for a key: `sha256:` and the first 16 hex of its SubjectPublicKeyInfo. */
function keyName(key) {
    const pub = key.type === 'private' ? external_node_crypto_.createPublicKey(key) : key;
    const der = pub.export({ type: 'spki', format: 'der' });
    return `key sha256:${external_node_crypto_.createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}
/**
 * The signing key of the `signing-key` and `signing-key-password` inputs (names given), or
 * undefined when no key is given. The password falls back to $COSIGN_PASSWORD, as cosign's own.
 */
function signingKeyInput(keyInput, key, passwordInput, password, env = process.env) {
    if (!key)
        return undefined;
    return loadSigningKey(keyInput, passwordInput, pemOrPath(keyInput, key), password || env.COSIGN_PASSWORD || '');
}
/** The public key of a `proof-key` input (its name given), or undefined when none is given. */
function publicKeyInput(input, value) {
    return value ? loadPublicKey(input, pemOrPath(input, value)) : undefined;
}

;// CONCATENATED MODULE: ./actions/lib/proof/sigstore-root.ts
// The trust material keyless proofs are checked against: a Sigstore trusted root (its Fulcio CAs,
// Rekor logs, CT logs and timestamp authorities), from a file or, by default, the public-good
// instance's, fetched through TUF with a deadline and else the copy embedded in @sigstore/tuf.





/** The public-good Sigstore instance's TUF repository (Fulcio, Rekor: what GitHub uses for public repositories). */
const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
// A trusted root is a few kilobytes of certificates and keys.
const ROOT_LIMIT = 1024 * 1024;
// The TUF refresh: per request, and in all; past it the embedded root is used.
const TUF_REQUEST_MS = 5_000;
const TUF_TOTAL_MS = 20_000;
/** Why `json` cannot be a trusted root, or undefined when its shape is one. */
function rootProblem(json) {
    const r = json;
    if (!r || typeof r !== 'object' || !Array.isArray(r.certificateAuthorities))
        return 'it is not a Sigstore trusted root (no certificateAuthorities)';
    if (!r.certificateAuthorities.length)
        return 'it names no certificate authority';
    // Without a transparency log, a signed time can only come from a timestamp authority.
    if (!r.tlogs?.length && !r.timestampAuthorities?.length)
        return 'it names neither a transparency log nor a timestamp authority, so no signed time can be checked';
    return undefined;
}
/** The JSON values of `text`: one document, or JSON lines (as `gh attestation trusted-root` prints). */
function jsonValues(text) {
    try {
        return [JSON.parse(text)];
    }
    catch {
        try {
            return text
                .split('\n')
                .filter(l => l.trim())
                .map(l => JSON.parse(l));
        }
        catch {
            return undefined;
        }
    }
}
/**
 * The roots of a `proof-trusted-root` file (its input named): a trusted_root.json, or JSON lines of
 * several roots (each is tried); each checked for the shape of a trusted root.
 */
function readRootFile(input, file) {
    let text;
    try {
        if (external_node_fs_.statSync(file).size > ROOT_LIMIT)
            throw new Error(`it is over ${ROOT_LIMIT} bytes`);
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw (0,errors/* badInput */.AN)(input, file, `cannot read it: ${(0,errors/* whyOf */.gf)(err)}`);
    }
    const values = jsonValues(text);
    if (!values?.length)
        throw (0,errors/* badInput */.AN)(input, file, 'it is neither JSON nor JSON lines');
    values.forEach((v, i) => {
        const problem = rootProblem(v);
        if (problem)
            throw (0,errors/* badInput */.AN)(input, file, values.length > 1 ? `line ${i + 1}: ${problem}` : problem);
    });
    return values;
}
/** Trust material and thresholds from a trusted root's JSON; a bad certificate or key is a CheckError. */
async function rootOf(json, source) {
    const problem = rootProblem(json);
    if (problem)
        throw new errors/* CheckError */.tl(`the Sigstore trusted root from ${source} is unusable: ${problem}`);
    const { TrustedRoot } = await __nccwpck_require__.e(/* import() */ 654).then(__nccwpck_require__.t.bind(__nccwpck_require__, 19654, 23));
    const { toTrustMaterial } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(917), __nccwpck_require__.e(187)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54187));
    let material;
    try {
        material = toTrustMaterial(TrustedRoot.fromJSON(json));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`the Sigstore trusted root from ${source} is unusable: ${(0,errors/* whyOf */.gf)(err)}`);
    }
    const tlogs = material.tlogs.length > 0;
    return {
        material,
        thresholds: {
            tlogThreshold: tlogs ? 1 : 0,
            ctlogThreshold: material.ctlogs.length ? 1 : 0,
            tsaThreshold: tlogs ? 0 : 1
        },
        source
    };
}
/** The public-good trusted root embedded in @sigstore/tuf (as of its release). */
function embeddedRoot() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const seeds = __nccwpck_require__(8032);
    return JSON.parse(Buffer.from(seeds[PUBLIC_GOOD_TUF].targets['trusted_root.json'], 'base64').toString('utf8'));
}
/** The public-good root through TUF within TUF_TOTAL_MS, else (offline, blocked) the embedded one. */
async function publicGoodRoot(env = process.env) {
    const cachePath = external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'arch-actions-sigstore-tuf');
    let timer;
    try {
        const { getTrustedRoot } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(777), __nccwpck_require__.e(310), __nccwpck_require__.e(694)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84423));
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${TUF_TOTAL_MS / 1000} s`)), TUF_TOTAL_MS);
        });
        const fetched = getTrustedRoot({
            cachePath,
            mirrorURL: PUBLIC_GOOD_TUF,
            timeout: TUF_REQUEST_MS,
            retry: 1
        });
        fetched.catch(() => undefined);
        const root = await Promise.race([fetched, deadline]);
        const { TrustedRoot } = await __nccwpck_require__.e(/* import() */ 654).then(__nccwpck_require__.t.bind(__nccwpck_require__, 19654, 23));
        return await rootOf(TrustedRoot.toJSON(root), PUBLIC_GOOD_TUF);
    }
    catch (err) {
        toolkit/* info */.pq(`The Sigstore public-good trusted root could not be refreshed from ${PUBLIC_GOOD_TUF} (${(0,errors/* whyOf */.gf)(err)}); using the copy embedded in this release`);
        return rootOf(embeddedRoot(), 'the public-good root embedded in this release');
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./actions/lib/proof/sigstore.ts
// Keyless proofs trusted by identity: a Sigstore bundle is checked by @sigstore/verify against a
// trusted root (certificate chain to its CA, a signed time inside the certificate's validity, the
// signature over the DSSE envelope), then its certificate's identity and issuer against ours.


// A bundle holds one envelope (a statement of a few kilobytes per platform), a certificate and its proofs of time.
const BUNDLE_LIMIT = 2 * 1024 * 1024;
/** `/re/` is a pattern (anchored: it must match the whole identity); anything else is the identity itself. */
function identityOf(input, value) {
    if (/\s/.test(value))
        throw (0,errors/* badInput */.AN)(input, value, 'a certificate identity has no spaces');
    const m = /^\/(.+)\/$/.exec(value);
    if (!m)
        return value;
    try {
        return new RegExp(`^(?:${m[1]})$`);
    }
    catch (err) {
        throw (0,errors/* badInput */.AN)(input, value, `not a regular expression: ${(0,errors/* whyOf */.gf)(err)}`);
    }
}
function memo(load) {
    let loaded;
    return () => (loaded ??= load());
}
/**
 * The identity trust of three input values (identity, issuer, trusted-root path); undefined with
 * no identity. A bad value is a ConfigurationError naming its input.
 */
function identityTrust(names, values, env = process.env) {
    if (!values.identity) {
        if (values.trustedRoot)
            throw (0,errors/* badInput */.AN)(names.trustedRoot, values.trustedRoot, `it needs ${names.identity}: whose proofs to trust`);
        return undefined;
    }
    const identity = identityOf(names.identity, values.identity);
    const issuer = values.issuer;
    let url;
    try {
        url = new URL(issuer);
    }
    catch {
        url = undefined;
    }
    if (url?.protocol !== 'https:')
        throw (0,errors/* badInput */.AN)(names.issuer, issuer, 'an OIDC issuer is an https:// URL');
    const file = values.trustedRoot
        ? readRootFile(names.trustedRoot, values.trustedRoot)
        : undefined;
    const from = values.trustedRoot;
    return {
        identity,
        issuer,
        roots: memo(async () => file
            ? Promise.all(file.map((r, i) => rootOf(r, file.length > 1 ? `${from} (line ${i + 1})` : from)))
            : [await publicGoodRoot(env)])
    };
}
/** A short, quoted rendering of a value from a certificate, for a reason. */
const quoted = (v) => (v === undefined ? 'none' : JSON.stringify(v.slice(0, 200)));
// How far the library's checks got before an error (timestamps, chain, log entry, signature):
// with several roots, the failure of the one that got furthest is the bundle's reason.
const REACHED = { CERTIFICATE_ERROR: 1, TLOG_BODY_ERROR: 2, SIGNATURE_ERROR: 3 };
/** A library error as a named reason. */
function reasonOf(err) {
    const code = err.code ?? '';
    const why = (0,errors/* whyOf */.gf)(err);
    if (code === 'SIGNATURE_ERROR' || code === 'TLOG_BODY_ERROR')
        return `altered: its signature does not match its statement (${why})`;
    if (code === 'CERTIFICATE_ERROR') {
        const cause = err.cause;
        return `untrusted certificate chain: ${why}${cause ? ` (${(0,errors/* whyOf */.gf)(cause)})` : ''}`;
    }
    if (code === 'TIMESTAMP_ERROR' || code.startsWith('TLOG_'))
        return `no trusted signed time: ${why}`;
    return `not verified: ${why}`;
}
/** The bundle's signer, verified against one of the roots; else the reason of the one that got furthest. */
async function signerOf(bundle, roots, what) {
    const { Verifier, toSignedEntity } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(917), __nccwpck_require__.e(187)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54187));
    const entity = toSignedEntity(bundle);
    let furthest;
    for (const root of roots) {
        try {
            return new Verifier(root.material, root.thresholds).verify(entity);
        }
        catch (err) {
            const code = (e) => REACHED[e?.code ?? ''] ?? 0;
            if (furthest === undefined || code(err) > code(furthest))
                furthest = err;
        }
    }
    throw new errors/* CheckError */.tl(`${what}: ${reasonOf(furthest)}`);
}
/** The envelope of a bundle whose JSON is `json`: parsed, or a CheckError that names why not. */
async function parseBundle(json, what) {
    const { bundleFromJSON } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(40)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61040));
    let bundle;
    try {
        bundle = bundleFromJSON(json);
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`${what} is not a Sigstore bundle: ${(0,errors/* whyOf */.gf)(err)}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* CheckError */.tl(`${what} holds no DSSE envelope`);
    if (bundle.verificationMaterial.content.$case === 'publicKey')
        throw new errors/* CheckError */.tl(`${what} is signed with a key, not a certificate`);
    return { bundle, dsse: bundle.content.dsseEnvelope };
}
/**
 * The envelope in a Sigstore bundle (its JSON text) once the bundle verifies against the trust's
 * root and its certificate names the trusted identity and issuer; else a CheckError with a named reason.
 */
async function verifyBundle(text, trust, what) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* CheckError */.tl(`${what} is not JSON`);
    }
    const { bundle, dsse } = await parseBundle(json, what);
    const signer = await signerOf(bundle, await trust.roots(), what);
    const issuer = signer.identity?.extensions?.issuer;
    if (issuer !== trust.issuer)
        throw new errors/* CheckError */.tl(`${what}: wrong issuer: its certificate names ${quoted(issuer)}, not ${quoted(trust.issuer)}`);
    const san = signer.identity?.subjectAlternativeName;
    const ok = san !== undefined &&
        (typeof trust.identity === 'string' ? san === trust.identity : trust.identity.test(san));
    if (!ok)
        throw new errors/* CheckError */.tl(`${what}: wrong identity: its certificate names ${quoted(san)}, not ${typeof trust.identity === 'string' ? quoted(trust.identity) : `one matching ${String(trust.identity)}`}`);
    return {
        envelope: {
            payloadType: dsse.payloadType,
            payload: dsse.payload.toString('base64'),
            signatures: dsse.signatures.map(s => ({ keyid: s.keyid, sig: s.sig.toString('base64') }))
        },
        identity: san
    };
}

;// CONCATENATED MODULE: ./actions/lib/proof/find.ts







// An envelope holds one statement of a few kilobytes per platform.
const ENVELOPE_LIMIT = 1024 * 1024;
// A digest with more referrers than this is not read further (each costs a manifest request).
const MAX_CANDIDATES = 16;
/** True when some proof could be trusted. */
const trustsAny = (t) => t.keys.length > 0 || !!t.identity;
// A keyless proof's DSSE layer carries its certificate for cosign; it is trusted through its bundle.
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
function subjectMatches(s, digest) {
    const [alg, hex] = digest.split(':');
    return s.subject.some(x => x?.digest?.[alg] === hex);
}
/** The statement of an envelope signed as trusted, if it is about `digest`. */
function aboutDigest(e, digest, what, signer) {
    const statement = statementOf(e, what);
    if (!subjectMatches(statement, digest))
        throw new errors/* CheckError */.tl(`${what} is about another digest`);
    return { statement, by: statement.predicate.run?.url ?? signer, key: signer };
}
/** One candidate layer: read (bounded), checked against the trust and the subject digest. */
async function judge(client, ref, { layer, kind }, digest, trust) {
    const what = `proof ${layer.digest}`;
    if (kind === 'bundle') {
        const text = (await client.getBlobBytes(ref, layer.digest, BUNDLE_LIMIT)).toString('utf8');
        const { envelope, identity } = await verifyBundle(text, trust.identity, what);
        return aboutDigest(envelope, digest, what, `keyless: ${identity}`);
    }
    const e = parseEnvelope((await client.getBlobBytes(ref, layer.digest, ENVELOPE_LIMIT)).toString('utf8'), what);
    if (!e.signatures.length)
        throw new errors/* CheckError */.tl(`${what} is unsigned`);
    const key = trust.keys.find(k => signedBy(e, k));
    if (!key)
        throw new errors/* CheckError */.tl(`${what}: its signature does not match the trusted key`);
    return aboutDigest(e, digest, what, keyName(key));
}
async function layersOf(client, manifest) {
    const m = (await client.getManifest(manifest, [oci_types/* MEDIA_TYPES */.Z2.ociManifest])).json;
    return (m.layers ?? []).flatMap((layer) => {
        if (layer.mediaType === BUNDLE_MEDIA_TYPE)
            return [{ layer, kind: 'bundle' }];
        const ours = layer.mediaType === DSSE_MEDIA_TYPE && layer.annotations?.predicateType === PREDICATE_TYPE;
        return ours ? [{ layer, kind: 'dsse' }] : [];
    });
}
const isProof = (r) => (r.artifactType === ARTIFACT_TYPE && r.annotations?.predicateType === PREDICATE_TYPE) ||
    (r.artifactType === BUNDLE_MEDIA_TYPE && r.annotations?.[BUNDLE_PREDICATE_ANNOTATION] === PREDICATE_TYPE);
/** The layers that may hold a proof of `digest`: its referrers of our types, then cosign's tag. */
async function candidates(client, repo, digest) {
    const att = { ...repo, tag: cosignTag(digest), digest: undefined };
    // Both places at once: a digest without proofs costs one round trip, not two.
    const [listed, attDigest] = await Promise.all([
        client.listReferrers(repo, digest),
        client.headManifest(att)
    ]);
    const manifests = listed
        .filter(isProof)
        .slice(0, MAX_CANDIDATES)
        .map(r => ({ ...repo, digest: r.digest }));
    if (attDigest)
        manifests.push({ ...att, tag: undefined, digest: attDigest });
    const layers = (await Promise.all(manifests.map(m => layersOf(client, m)))).flat();
    const seen = new Set();
    return layers.filter(c => !seen.has(c.layer.digest) && seen.add(c.layer.digest)).slice(0, MAX_CANDIDATES);
}
/**
 * Which candidates the trust can judge (else why not): a keyless proof is judged through its
 * Sigstore bundle, never through its envelope's copy for cosign (the one with a certificate beside it).
 */
function judgeable(c, trust) {
    const what = `proof ${c.layer.digest}`;
    if (c.kind === 'bundle')
        return trust.identity ? c : `${what} is signed keyless (Sigstore), and no identity is trusted`;
    if (c.layer.annotations?.[CERTIFICATE_ANNOTATION] !== undefined)
        return undefined;
    return trust.keys.length ? c : `${what} is signed with a key, and no key is trusted`;
}
/** Every proof of `ref@digest` in its repository, sorted into valid (newest first) and refused. */
async function findProofs(client, ref, digest, trust) {
    const repo = { ...ref, tag: undefined, digest: undefined };
    const sorted = (await candidates(client, repo, digest)).map(c => judgeable(c, trust));
    const refused = sorted.filter((c) => typeof c === 'string');
    const layers = sorted.filter((c) => typeof c === 'object');
    const judged = await Promise.allSettled(layers.map(l => judge(client, repo, l, digest, trust)));
    const valid = [];
    for (const j of judged) {
        if (j.status === 'fulfilled')
            valid.push(j.value);
        else
            refused.push((0,errors/* whyOf */.gf)(j.reason));
    }
    valid.sort((a, b) => b.statement.predicate.checkedAt.localeCompare(a.statement.predicate.checkedAt));
    return { valid, refused };
}

;// CONCATENATED MODULE: ./actions/lib/proof/cover.ts
// Whether a digest's proofs cover what is asked: the newest valid proof whose platforms, at the
// index's own manifest digests, reach the level asked for. verify and the tag step both ask.



/**
 * Looks for a proof of `ref@digest` that covers `want` (normalised platform strings) at `level`;
 * `entries` maps each platform the index lists to its manifest digest, so a proof naming another
 * manifest for a platform does not count. `none` says why no proof does; `unknown`: unreadable.
 */
async function coveringProof(client, ref, digest, entries, want, level, trust) {
    let search;
    try {
        search = await findProofs(client, ref, digest, trust);
    }
    catch (err) {
        return { kind: 'unknown', reason: `its proofs could not be read: ${(0,errors/* whyOf */.gf)(err)}` };
    }
    const gaps = [];
    for (const p of search.valid) {
        const lie = p.statement.predicate.platforms.find(x => entries.has(x.platform) && entries.get(x.platform) !== x.digest);
        const gap = lie
            ? `it names ${lie.digest} for ${lie.platform}, the index ${entries.get(lie.platform)}`
            : uncovered(p.statement.predicate, want, level);
        if (!gap)
            return { kind: 'proven', proof: p };
        gaps.push(gap);
    }
    const why = [...gaps.map(g => `a valid proof does not cover it: ${g}`), ...search.refused];
    return { kind: 'none', reason: why.length ? why.join('; ') : 'no platform proof is attached' };
}

;// CONCATENATED MODULE: ./actions/lib/verify/proven.ts
// Proof reuse: a digest with a valid platform proof that covers the platforms and level asked for
// is not checked again (no config, no layer is read); with `require`, an image without one fails.




const proven_IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
/** Each platform the index lists (normalised) → its manifest digest. */
function platformDigests(image) {
    return new Map(image.platforms.map(e => {
        const { os, architecture, variant } = e.platform;
        return [(0,platform/* normalisePlatformString */.rQ)(`${os}/${architecture}${variant ? '/' + variant : ''}`), e.digest];
    }));
}
/**
 * Looks for a proof of `image` that covers `needed` at `level`. `none` when there is no valid
 * proof (with why), `unknown` when the proofs could not be read.
 */
async function provenByProof(client, ref, image, needed, level, policy) {
    const want = needed.map(platform/* formatPlatform */.Bq);
    const entries = platformDigests(image);
    const cover = await coveringProof(client, ref, image.digest, entries, want, level, policy.trust);
    if (cover.kind !== 'proven')
        return cover;
    const found = cover.proof;
    const byPlatform = new Map(found.statement.predicate.platforms.map(p => [p.platform, p]));
    const platforms = want.map(w => ({
        platform: w,
        status: 'ok',
        outcome: 'proven',
        level: Math.min(3, byPlatform.get(w).level),
        digest: entries.get(w) ?? byPlatform.get(w).digest,
        reason: `proven earlier by ${found.by}, not re-checked`
    }));
    return {
        kind: 'proven',
        platforms,
        proof: { by: found.by, key: found.key, checkedAt: found.statement.predicate.checkedAt }
    };
}
/**
 * With a proof policy: the platforms a valid proof stands for, or (`require`) the failure of an
 * image that has none; undefined when the image is to be checked.
 */
async function proofOutcome(client, ref, image, needed, o) {
    const policy = o.proof;
    if (!policy || policy.mode === 'ignore' || !trustsAny(policy.trust))
        return undefined;
    const out = await provenByProof(client, ref, image, needed, o.deep ? 3 : 2, policy);
    if (out.kind === 'proven')
        return out;
    if (policy.mode !== 'require')
        return undefined;
    const reason = `no valid platform proof (${proven_IN.proof.name}: require): ${out.reason}`;
    return {
        platforms: needed.map(p => out.kind === 'unknown'
            ? {
                platform: (0,platform/* formatPlatform */.Bq)(p),
                status: 'error',
                outcome: 'unknown',
                level: 1,
                unknown: 'error',
                reason
            }
            : { platform: (0,platform/* formatPlatform */.Bq)(p), status: 'missing', outcome: 'missing', level: 1, reason })
    };
}

;// CONCATENATED MODULE: ./actions/lib/verify/result-cache.ts
// Results kept by digest, for images that cannot carry our proof (a chart's third-party images):
// a digest proven once for some platforms and level is not read again, by the same version of the
// checks. One small JSON file per digest in a folder of at most MAX_ENTRIES: on runners restored and
// saved with @actions/cache, on a laptop under ~/.cache.








const ENTRY_LIMIT = 256 * 1024;
/** The folder keeps the newest this many digests; older ones are deleted after a run that wrote. */
const MAX_ENTRIES = 2000;
const CACHE_KEY = 'arch-actions-verified';
/**
 * The folder: `$XDG_CACHE_HOME/arch-actions/verified` when that is set, else on runners
 * `$RUNNER_TEMP/arch-actions/verified`, else `~/.cache/arch-actions/verified`.
 */
function defaultResultCacheDir(env = process.env) {
    if (env.XDG_CACHE_HOME)
        return external_node_path_.join(env.XDG_CACHE_HOME, 'arch-actions', 'verified');
    if (env.GITHUB_ACTIONS === 'true')
        return external_node_path_.join((0,paths/* scratchDir */.GA)(env), 'verified');
    return external_node_path_.join(external_node_os_.homedir(), '.cache', 'arch-actions', 'verified');
}
class ResultCache {
    dir;
    forInputs;
    /** Entries written in this run (a cache service saves only when there are some). */
    written = 0;
    /** Digests this run stored: an image met twice in one run is checked twice, so a run's report does not depend on which finished first. */
    mine = new Set();
    /**
     * `forInputs: false` keeps the images given directly out of it (checked each time), for a run
     * that signs a proof of each: a proof is written only for what the run checked.
     */
    constructor(dir, forInputs = true) {
        this.dir = dir;
        this.forInputs = forInputs;
    }
    file(digest) {
        return /^sha256:[0-9a-f]{64}$/.test(digest)
            ? external_node_path_.join(this.dir, `${digest.replace(':', '-')}.json`)
            : undefined;
    }
    read(digest) {
        const file = this.file(digest);
        try {
            if (!file || external_node_fs_.statSync(file).size > ENTRY_LIMIT)
                return undefined;
            const v = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
            return v?.digest === digest && v.tool === TOOL_VERSION && Array.isArray(v.platforms) ? v : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** The verdict of `digest`, kept by an earlier run, when it covers every platform asked for at `level` (and the index's digests). */
    lookup(digest, want, level) {
        if (this.mine.has(digest))
            return undefined;
        const v = this.read(digest);
        if (!v)
            return undefined;
        for (const [platform, manifest] of want) {
            const p = v.platforms.find(x => x.platform === platform);
            if (!p || p.level < level || p.digest !== manifest)
                return undefined;
        }
        return v;
    }
    /** Keeps what a check proved, merged with what the digest was proven for before (the higher level wins). */
    store(digest, platforms) {
        const file = this.file(digest);
        if (!file)
            return;
        const old = this.read(digest)?.platforms ?? [];
        const merged = new Map(old.map(p => [p.platform, p]));
        for (const p of platforms)
            if ((merged.get(p.platform)?.level ?? 0) <= p.level)
                merged.set(p.platform, p);
        const v = {
            digest,
            tool: TOOL_VERSION,
            checkedAt: new Date().toISOString(),
            platforms: [...merged.values()]
        };
        try {
            external_node_fs_.mkdirSync(this.dir, { recursive: true });
            external_node_fs_.writeFileSync(`${file}.tmp`, JSON.stringify(v));
            external_node_fs_.renameSync(`${file}.tmp`, file);
            this.written++;
            this.mine.add(digest);
        }
        catch (err) {
            toolkit/* debug */.Yz(`result cache: ${file}: ${err.message}`);
        }
    }
    /** After a run that wrote: deletes the oldest entries past `max`. Never fails the run. */
    prune(max = MAX_ENTRIES) {
        if (!this.written)
            return;
        try {
            const entries = external_node_fs_.readdirSync(this.dir)
                .filter(f => /^sha256-[0-9a-f]{64}\.json(\.tmp)?$/.test(f))
                .map(f => ({ file: external_node_path_.join(this.dir, f), at: external_node_fs_.statSync(external_node_path_.join(this.dir, f)).mtimeMs }));
            if (entries.length <= max)
                return;
            entries.sort((a, b) => b.at - a.at);
            for (const e of entries.slice(max))
                external_node_fs_.rmSync(e.file, { force: true });
        }
        catch (err) {
            toolkit/* debug */.Yz(`result cache: ${this.dir}: ${err.message}`);
        }
    }
}
/**
 * The results kept by digest when they may stand in for an image's checks: not with `proof: ignore`
 * (everything is checked), nor for an image given directly when the run signs proofs of those.
 */
function standingIn(results, proof, found) {
    if (!results || proof === 'ignore')
        return undefined;
    return results.forInputs || !found.has('input') ? results : undefined;
}
/** The platforms a cached verdict stands for, at `level`; undefined when it does not cover them all. */
function fromCache(cache, image, needed, level) {
    const entries = platformDigests(image);
    const want = new Map(needed.map(p => [(0,platform/* formatPlatform */.Bq)(p), entries.get((0,platform/* formatPlatform */.Bq)(p)) ?? '']));
    const v = cache.lookup(image.digest, want, level);
    if (!v)
        return undefined;
    const reason = 'checked earlier (cache), not re-checked';
    return {
        checkedAt: v.checkedAt,
        platforms: [...want].map(([platform, digest]) => ({
            platform,
            status: 'ok',
            outcome: 'proven',
            level: Math.min(3, v.platforms.find(p => p.platform === platform).level),
            digest,
            reason
        }))
    };
}
/** Keeps an image that was proven by checking it (not by a proof or the cache). */
function keepResult(cache, image) {
    if (!image.digest || image.outcome !== 'proven')
        return;
    if (image.platforms.some(p => p.outcome !== 'proven' || !p.digest))
        return;
    cache.store(image.digest, image.platforms.map(p => ({ platform: p.platform, digest: p.digest, level: p.level })));
}
/** True on a runner that has the cache service. */
function cacheService(env) {
    return !!env.ACTIONS_RUNTIME_TOKEN && !!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/** On a runner: the folder from the newest earlier run's cache. Never fails the job. */
async function restoreResults(dir, env = process.env) {
    if (!cacheService(env))
        return;
    try {
        const cache = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(777), __nccwpck_require__.e(844), __nccwpck_require__.e(272), __nccwpck_require__.e(116)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5116, 23));
        const hit = await cache.restoreCache([dir], `${CACHE_KEY}-${env.RUNNER_OS}-${env.GITHUB_RUN_ID}`, [
            `${CACHE_KEY}-${env.RUNNER_OS}-`
        ]);
        if (hit)
            toolkit/* info */.pq(`Results by digest restored from the cache (${hit})`);
    }
    catch (err) {
        toolkit/* warning */.$e(`The results cache could not be restored: ${err.message}`);
    }
}
/** On a runner: saves the folder when this run added to it. Never fails the job. */
async function saveResults(c, env = process.env) {
    if (!cacheService(env) || !c.written)
        return;
    try {
        const cache = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(777), __nccwpck_require__.e(844), __nccwpck_require__.e(272), __nccwpck_require__.e(116)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5116, 23));
        await cache.saveCache([c.dir], `${CACHE_KEY}-${env.RUNNER_OS}-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`);
    }
    catch (err) {
        toolkit/* warning */.$e(`The results cache could not be saved: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./actions/lib/verify/layer-shadow.ts
// Whiteouts: which paths of a lower layer never reach the container, as overlay filesystems apply them.
const OPAQUE = '.wh..wh..opq';
/**
 * What upper layers hide from lower ones, as overlay filesystems apply it: a file or
 * whiteout hides the same path below, and a whiteout, an opaque marker or a non-directory
 * hides everything under its path. Memory grows with the number of paths, not their size.
 */
class LayerShadow {
    paths = new Set();
    trees = new Set();
    pendingPaths = [];
    pendingTrees = [];
    hides(path) {
        if (this.paths.has(path))
            return true;
        for (let at = path.indexOf('/'); at > 0; at = path.indexOf('/', at + 1)) {
            if (this.trees.has(path.slice(0, at)))
                return true;
        }
        return this.trees.has(path);
    }
    /** Records an entry of the layer being read; it takes effect for the layers below. */
    record(path, isDirectory) {
        const slash = path.lastIndexOf('/');
        const dir = slash < 0 ? '' : path.slice(0, slash);
        const base = path.slice(slash + 1);
        if (base === OPAQUE) {
            if (dir)
                this.pendingTrees.push(dir);
        }
        else if (base.startsWith('.wh.')) {
            const gone = (dir ? `${dir}/` : '') + base.slice(4);
            this.pendingPaths.push(gone);
            this.pendingTrees.push(gone);
        }
        else {
            this.pendingPaths.push(path);
            if (!isDirectory)
                this.pendingTrees.push(path);
        }
    }
    /** Ends a layer: what it recorded now hides the layers below it. */
    commit() {
        for (const p of this.pendingPaths)
            this.paths.add(p);
        for (const t of this.pendingTrees)
            this.trees.add(t);
        this.pendingPaths = [];
        this.pendingTrees = [];
    }
    /** Forgets what a layer recorded, for a layer read again from the start. */
    discard() {
        this.pendingPaths = [];
        this.pendingTrees = [];
    }
}

;// CONCATENATED MODULE: ./actions/lib/verify/deep.ts








// Only the deep check reads layers; the other checks do not load a tar reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deep_tarStream = (0,lazy/* lazy */.R)(() => __nccwpck_require__(56118));

// The ELF header fields we need are in the first 20 bytes; 64 leaves room to spare.
const HEAD_BYTES = 64;
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
function startsWith(buf, magic) {
    return magic.every((b, i) => buf[i] === b);
}
function zstdDecompressor(mediaType) {
    const create = external_node_zlib_.createZstdDecompress;
    if (typeof create !== 'function') {
        throw new errors/* CheckError */.tl(`layer ${mediaType} is zstd-compressed, which Node ${process.version} cannot decompress (needs Node 22.15 or later)`);
    }
    return create();
}
/** Looks at the first bytes rather than trusting the media type: some tools mislabel layers. */
async function peek(source) {
    return new Promise((resolve, reject) => {
        const done = () => {
            source.off('readable', onReadable);
            source.off('error', reject);
            source.off('end', onEnd);
        };
        const onReadable = () => {
            const chunk = source.read();
            if (chunk === null)
                return;
            done();
            source.unshift(chunk);
            resolve(chunk);
        };
        const onEnd = () => {
            done();
            resolve(Buffer.alloc(0));
        };
        source.on('readable', onReadable);
        source.once('error', reject);
        source.once('end', onEnd);
    });
}
function decompressorFor(head, mediaType) {
    // Larger output chunks mean fewer callbacks through tar-stream: ~15 % faster on big layers.
    if (startsWith(head, GZIP_MAGIC))
        return external_node_zlib_.createGunzip({ chunkSize: 256 * 1024 });
    if (startsWith(head, ZSTD_MAGIC))
        return zstdDecompressor(mediaType);
    return undefined;
}
/** Reads a tar entry to its end, keeping only its first bytes (events: cheaper than async iteration). */
function readHead(entry) {
    return new Promise((resolve, reject) => {
        const parts = [];
        let size = 0;
        entry.on('data', (chunk) => {
            if (size >= HEAD_BYTES)
                return;
            const part = Buffer.from(chunk.subarray(0, HEAD_BYTES - size));
            parts.push(part);
            size += part.length;
        });
        entry.once('end', () => resolve(Buffer.concat(parts)));
        entry.once('error', reject);
    });
}
function isRegularFile(type) {
    return type === 'file' || type === 'contiguous-file' || type == null;
}
/** The tar entries of a layer, decompressed as its first bytes say; an error of any stage ends them. */
async function openTar(source, mediaType, onError) {
    const head = await peek(source);
    const decompress = decompressorFor(head, mediaType);
    const extract = deep_tarStream().extract();
    const fail = (err) => {
        onError(err);
        extract.destroy(err);
    };
    // tar-stream is a streamx Writable, so errors are forwarded by hand rather than via pipeline().
    source.on('error', fail);
    if (decompress) {
        decompress.on('error', fail);
        source.pipe(decompress).pipe(extract);
    }
    else {
        source.pipe(extract);
    }
    return { extract, decompress };
}
/** Reads one tar entry: its path, its kind and, for a file still visible, its ELF machine. */
async function readEntry(entry, opts) {
    const header = entry.header;
    const path = header.name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const base = path.slice(path.lastIndexOf('/') + 1);
    // Whiteouts mark deletions and carry no content; hidden files never reach the container.
    const content = isRegularFile(header.type) && !base.startsWith('.wh.');
    const read = content && !(opts.shadow?.hides(path) ?? false);
    const head = read ? await readHead(entry) : (entry.resume(), undefined);
    const machine = head ? parseElfHeader(head)?.machine : undefined;
    return { path, directory: header.type === 'directory', content, machine };
}
/** Judges one entry, in layer order, under the shadow of the layers above; true when the scan can end. */
function applyEntry(e, scan, opts) {
    const hidden = opts.shadow?.hides(e.path) ?? false;
    opts.shadow?.record(e.path, e.directory);
    if (hidden || !e.content)
        return false;
    scan.files++;
    if (e.machine === undefined || (opts.ignore && opts.ignore(e.path)))
        return false;
    const file = { path: e.path, machine: e.machine, machineName: machineName(e.machine) };
    scan.elfFiles.push(file);
    if (opts.expectedMachine !== undefined && e.machine !== opts.expectedMachine) {
        scan.mismatches.push(file);
        if (opts.stopOnMismatch)
            return true;
    }
    return opts.shouldStop?.(scan) ?? false;
}
/**
 * Streams one layer blob (gzip, zstd or plain tar) and reads the ELF header of each regular
 * file. Memory stays bounded: files are drained, never held.
 */
async function scanLayer(source, mediaType, opts = {}) {
    const scan = { files: 0, elfFiles: [], mismatches: [], stopped: false };
    let failure;
    const { extract, decompress } = await openTar(source, mediaType, err => {
        if (!scan.stopped)
            failure = failure ?? err;
    });
    let stopped = () => { };
    const stop = () => {
        scan.stopped = true;
        source.destroy();
        decompress?.destroy();
        extract.destroy();
        stopped();
    };
    const read = async () => {
        for await (const entry of extract) {
            if (scan.stopped)
                break;
            const seen = await readEntry(entry, opts);
            if (opts.record)
                opts.record.push(seen);
            else if (applyEntry(seen, scan, opts))
                return stop();
        }
    };
    // A stop from outside ends the scan at once: a destroyed tar stream need not end its iteration.
    const stop$ = new Promise(resolve => (stopped = resolve));
    opts.signal?.addEventListener('abort', stop, { once: true });
    if (opts.signal?.aborted)
        stop();
    const reading = read();
    try {
        await Promise.race([reading, stop$]);
    }
    catch (err) {
        if (!scan.stopped)
            failure = failure ?? err;
    }
    finally {
        opts.signal?.removeEventListener('abort', stop);
        reading.catch(() => undefined);
    }
    if (failure && !scan.stopped) {
        if (failure instanceof errors/* CheckError */.tl)
            throw failure;
        throw new MalformedLayer(`layer content is malformed (${mediaType}): ${failure.message}`);
    }
    return scan;
}
/** One layer, read once more from the start when its bytes fail their digest. */
async function scanLayerOnce(client, ref, layer, opts) {
    for (let attempt = 0;; attempt++) {
        const blob = await client.getBlob(ref, layer.digest, { signal: opts.signal });
        try {
            return await scanLayer(blob, layer.mediaType, opts);
        }
        catch (err) {
            blob.destroy();
            opts.shadow?.discard();
            opts.record?.splice(0);
            if (err instanceof IntegrityError && !(err instanceof MalformedLayer) && attempt === 0) {
                toolkit/* info */.pq(`${err.message}; reading it once more`);
                continue;
            }
            const why = err instanceof Error ? err.message : String(err);
            throw new errors/* CheckError */.tl(`layer ${layer.digest} of ${(0,reference/* formatReference */.FH)(ref)}: ${why}`);
        }
    }
}
/**
 * Checks that the binaries in one platform's layers were built for that platform.
 *
 * The layers are read at once, each into a record of its entries; the records are then judged
 * from the top down as soon as every layer above is in, so a file deleted or replaced by a later
 * layer (which never reaches the container) is skipped rather than blamed.
 *
 * Early stop: the first visible ELF file whose machine differs from the platform makes the
 * verdict certain (fail), so with `stopEarly` the reads end there. A pass is only certain after
 * every layer has been read, so otherwise all layers are scanned.
 */
async function scanImageLayers(client, ref, manifestDigest, expectedArch, options = {}) {
    const machine = expectedMachine(expectedArch);
    if (machine === undefined) {
        throw new errors/* CheckError */.tl(`no ELF machine is known for architecture "${expectedArch}" (${(0,reference/* formatReference */.FH)(ref)})`);
    }
    const manifest = await client.getImageManifest(ref, manifestDigest, { signal: options.signal });
    const verdict = {
        ok: true,
        executables: 0,
        mismatches: [],
        layersScanned: 0,
        layersTotal: manifest.layers.length
    };
    const top = [...manifest.layers].reverse();
    const records = [];
    const shadow = new LayerShadow();
    const judge = { expectedMachine: machine, stopOnMismatch: options.stopEarly, ignore: options.ignore };
    const stop = new AbortController();
    const abort = () => stop.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted)
        abort();
    // Judges the layers read so far, from the top down, up to the first one still being read.
    const judgeReady = () => {
        while (!stop.signal.aborted && records[verdict.layersScanned]) {
            const i = verdict.layersScanned++;
            const scan = { files: 0, elfFiles: [], mismatches: [], stopped: false };
            for (const e of records[i])
                if (applyEntry(e, scan, { ...judge, shadow }))
                    break;
            records[i] = undefined;
            shadow.commit();
            verdict.executables += scan.elfFiles.length;
            verdict.mismatches.push(...scan.mismatches);
            options.onLayer?.(scan);
            if (options.stopEarly && scan.mismatches.length > 0)
                abort();
        }
    };
    const read = async (layer, i) => {
        const record = [];
        try {
            await scanLayerOnce(client, ref, layer, { signal: stop.signal, record });
        }
        catch (err) {
            // A read cut short by the stop (a foreign binary found, or a deadline) is no failure of its own.
            if (stop.signal.aborted)
                return;
            abort();
            throw err;
        }
        if (stop.signal.aborted)
            return;
        records[i] = record;
        judgeReady();
    };
    try {
        await Promise.all(top.map(read));
    }
    finally {
        options.signal?.removeEventListener('abort', abort);
    }
    // Stopped from outside: what was read proves nothing.
    const why = options.signal?.reason;
    if (options.signal?.aborted)
        throw why instanceof Error ? why : new errors/* CheckError */.tl('the deep check was stopped');
    verdict.ok = verdict.mismatches.length === 0;
    return verdict;
}

;// CONCATENATED MODULE: ./actions/lib/verify/layer-progress.ts
// Progress of a deep check, for long reads: every few seconds, one line with the bytes read of
// each layer still being read and the binaries checked so far. A check that ends before the
// first tick prints nothing.


/** How often a long deep check says how far it got. */
const PROGRESS_INTERVAL_MS = 3000;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
/** Watches the reads of one platform's layers; `label` names the image and platform. */
function layerProgress(inner, label, opts = {}) {
    const log = opts.log ?? toolkit/* info */.pq;
    const started = Date.now();
    const layers = new Map();
    let judged = 0;
    let binaries = 0;
    let total = 0;
    const tick = () => {
        const reading = [...layers.values()].filter(l => l.read < l.size).sort((a, b) => a.index - b.index);
        const read = [...layers.values()].reduce((n, l) => n + l.read, 0);
        const each = reading.map(l => `layer ${l.index + 1}: ${mb(l.read)} of ${mb(l.size)}`);
        log(`deep check of ${label}: ${mb(read)} read, ${judged} of ${total} layers checked, ${binaries} binaries checked` +
            `${each.length ? `; ${each.join(', ')}` : ''} (${Math.round((Date.now() - started) / 1000)} s)`);
    };
    const timer = setInterval(tick, opts.intervalMs ?? PROGRESS_INTERVAL_MS);
    timer.unref();
    const reader = {
        getImageManifest: async (ref, digest, o) => {
            const m = await inner.getImageManifest(ref, digest, o);
            total = m.layers.length;
            m.layers.forEach((l, index) => layers.set(l.digest, { size: l.size, read: 0, index }));
            return m;
        },
        getBlob: async (ref, digest, o) => {
            const blob = await inner.getBlob(ref, digest, o);
            const layer = layers.get(digest);
            if (!layer)
                return blob;
            layer.read = 0;
            // Counted on the way through: a listener of its own would set the blob flowing.
            const counted = new external_node_stream_.Transform({
                transform(chunk, _enc, done) {
                    layer.read += chunk.length;
                    done(null, chunk);
                }
            });
            blob.on('error', err => counted.destroy(err));
            counted.on('close', () => blob.destroy());
            return blob.pipe(counted);
        }
    };
    return {
        reader,
        layer: scan => {
            judged++;
            binaries += scan.elfFiles.length;
        },
        stop: () => clearInterval(timer)
    };
}

;// CONCATENATED MODULE: ./actions/lib/verify/deep-check.ts
// Level 3 for one platform: its layers read and every visible binary's ELF machine checked.






/** Level 3 for one platform's manifest; `signal` ends the reads (the verdict is then void). */
async function deepCheck(reader, ref, digest, p, signal) {
    const expected = machineName(expectedMachine(p.architecture) ?? -1);
    // A long read says how far it got, every few seconds.
    const progress = layerProgress(reader, `${(0,reference/* formatReference */.FH)(ref)} ${(0,platform/* formatPlatform */.Bq)(p)}`);
    try {
        // Stops at the first foreign binary: from then on the verdict cannot change.
        const machines = {};
        let files = 0;
        const onLayer = (scan) => {
            files += scan.files;
            for (const f of scan.elfFiles)
                machines[f.machineName] = (machines[f.machineName] ?? 0) + 1;
            progress.layer(scan);
        };
        const v = await scanImageLayers(progress.reader, ref, digest, p.architecture, {
            stopEarly: true,
            onLayer,
            signal
        });
        const first = v.mismatches[0];
        return {
            executables: v.executables,
            files,
            machines,
            layersScanned: v.layersScanned,
            layersTotal: v.layersTotal,
            ...(first ? { mismatch: { ...first, expected } } : {})
        };
    }
    catch (err) {
        const why = (0,errors/* whyOf */.gf)(err);
        if (/zstd/i.test(why))
            return { executables: 0, files: 0, machines: {}, layersScanned: 0, layersTotal: 0, unsupported: why };
        throw err;
    }
    finally {
        progress.stop();
    }
}

;// CONCATENATED MODULE: ./actions/lib/verify/image.ts
// One image's verdict: listed (level 1), configured (level 2) and, with deep, built right (level 3).












/** How many of an index's platforms the report lists. */
const MAX_LISTED = 1000;

const howOrder = (h) => (h === 'input' ? -1 : scan_types/* FOUND_HOW */.s4.indexOf(h));
function platformOf(e) {
    return (0,platform/* normalisePlatformString */.rQ)(`${e.os}/${e.architecture}${e.variant ? '/' + e.variant : ''}`);
}
async function checkPlatform(reader, resolved, image, offered, p, deep, early, signal) {
    const want = (0,platform/* formatPlatform */.Bq)(p);
    const entry = offered.find(e => platformOf(e.platform) === want);
    if (!entry) {
        const has = (0,verify_platforms_untrusted/* listSome */.XT)(offered.map(e => platformOf(e.platform))) || 'nothing';
        const reason = image.isIndex
            ? `${want} is not in the index (it lists ${has})`
            : `single-platform image for ${has}`;
        return { platform: want, status: 'missing', outcome: 'missing', level: 1, reason };
    }
    const check = {
        platform: want,
        status: 'ok',
        outcome: 'proven',
        level: 1,
        digest: entry.digest
    };
    // The config and the layers are read at once (both start from the manifest); the config rules first.
    const [configRead, deepRead] = await Promise.allSettled([
        image.isIndex ? reader.getConfig(resolved, entry.digest, { signal }) : undefined,
        deep
            ? (early?.take(resolved, entry.digest, p) ?? deepCheck(reader, resolved, entry.digest, p, signal))
            : undefined
    ]);
    try {
        const config = settled(configRead);
        if (config) {
            const says = platformOf({ os: config.os, architecture: config.architecture, variant: config.variant });
            if (says !== want) {
                const reason = `the index lists ${want} but its config says ${says}`;
                return { ...check, status: 'wrong', outcome: 'missing', level: 2, reason };
            }
        }
        check.level = 2;
        if (deep) {
            check.deep = settled(deepRead);
            const m = check.deep.mismatch;
            // Layers that could not be read prove nothing past level 2.
            if (!check.deep.unsupported)
                check.level = 3;
            if (m) {
                check.status = 'wrong';
                check.outcome = 'missing';
                check.reason = `${m.path} is ${m.machineName} (e_machine ${m.machine}), expected ${m.expected}`;
            }
        }
    }
    catch (err) {
        return { ...check, status: 'error', outcome: 'unknown', unknown: unknownOf(err), reason: (0,errors/* whyOf */.gf)(err) };
    }
    return check;
}
const unknownOf = (err) => (err instanceof errors/* UnavailableError */.hG ? err.kind : 'error');
/** Every needed platform with the same verdict: the image could not be read, or does not exist. */
function wholeImage(needed, err) {
    const reason = (0,errors/* whyOf */.gf)(err);
    return needed.map(p => err instanceof errors/* NotFoundError */.m_
        ? { platform: (0,platform/* formatPlatform */.Bq)(p), status: 'missing', outcome: 'missing', level: 1, reason }
        : {
            platform: (0,platform/* formatPlatform */.Bq)(p),
            status: 'error',
            outcome: 'unknown',
            level: 0,
            unknown: unknownOf(err),
            reason
        });
}
/** The image's outcome, level and reason from its platforms. */
function image_judge(result) {
    const checks = result.platforms;
    result.level = checks.reduce((low, c) => (c.level < low ? c.level : low), 3);
    const missing = checks.some(c => c.outcome === 'missing');
    const unknown = checks.find(c => c.outcome === 'unknown');
    result.outcome = missing ? 'missing' : unknown ? 'unknown' : 'proven';
    result.status = missing ? 'failed' : unknown ? 'error' : 'ok';
    if (unknown)
        result.unknown = unknown.unknown;
    const bad = checks.filter(c => c.outcome !== 'proven');
    // One reason for the whole image when every platform has the same (an unreachable registry).
    const reasons = new Set(bad.map(c => c.reason));
    if (bad.length && reasons.size === 1 && bad.length === checks.length)
        result.reason = bad[0].reason;
    else if (bad.length)
        result.reason = bad.map(c => `${c.platform}: ${c.reason}`).join('; ');
}
function settled(r) {
    if (r.status === 'rejected')
        throw r.reason;
    return r.value;
}
/** The image's notes from its platforms' verdicts (judge gives its outcome and status). */
function settle(result) {
    for (const c of result.platforms) {
        if (c.deep?.unsupported)
            result.notes.push(`${c.platform}: layers not read (${c.deep.unsupported})`);
        else if (c.deep && c.deep.executables === 0)
            result.notes.push(`${c.platform}: no executables in its layers, nothing to check`);
    }
}
/** What the index offers, up to a bound: an index of 100,000 entries is not a report. */
function listAvailable(result, offered) {
    result.available = offered.slice(0, MAX_LISTED).map(e => platformOf(e.platform));
    if (offered.length > MAX_LISTED)
        result.notes.push(`the index lists ${offered.length} platforms; the report keeps the first ${MAX_LISTED}`);
}
/** `work` within the image deadline; past it, every needed platform is unknown, with the deadline named. */
function inTime(needed, late, work) {
    return Promise.race([work, late]).catch((err) => {
        if (err instanceof limits/* LimitError */.oC && err.limit === 'imageMs')
            return { platforms: wholeImage(needed, err) };
        throw err;
    });
}
/** Platforms at once (one image costs three round trips, not 1 + 2 per platform), within the deadline. */
async function platformChecks(needed, late, check) {
    const done = await inTime(needed, late, Promise.all(needed.map(check)));
    return Array.isArray(done) ? done : done.platforms;
}
/** An allow rule covers a known gap, never a registry that did not answer. */
function allowGap(result, t, allow) {
    if (result.outcome !== 'missing')
        return;
    const rule = matchAllow(allow, [t.written, result.normalized, result.resolved, (0,reference/* familiar */.ce)(t.ref)]);
    if (rule) {
        result.allowed = rule;
        result.status = 'allowed';
    }
}
/** What is known of an image before anything is read. */
function startResult(t, resolved, local) {
    return {
        reference: t.written,
        normalized: (0,reference/* formatReference */.FH)(t.ref),
        resolved: (0,reference/* formatReference */.FH)(resolved),
        sources: t.locations.map(scan_types/* formatSource */.j2),
        locations: t.locations,
        available: [],
        platforms: [],
        status: 'ok',
        outcome: 'proven',
        level: 0,
        registry: local ? 'local' : resolved.registry,
        notes: [],
        found: [...t.found].sort((a, b) => howOrder(a) - howOrder(b)),
        charts: [...t.charts].sort(),
        durationMs: 0
    };
}
/** One image against the required platforms, its reads in the image deadline; allow rules may allow it. */
async function checkImage(client, t, required, o, early) {
    const started = Date.now();
    // An archive on disk is read offline: no mirror, no registry.
    const local = isLocalRef(t.ref);
    const resolved = local ? t.ref : (0,reference/* applyMirrors */.J4)(t.ref, o.mirrors);
    const needed = t.only ? required.filter(p => t.only?.has((0,platform/* formatPlatform */.Bq)(p))) : required;
    const result = startResult(t, resolved, local);
    let image;
    let reader = client;
    const deadline = (0,limits/* startDeadline */.db)(o.imageMs, result.resolved, 'imageMs');
    try {
        if (local)
            reader = await LocalImages.open(t.ref);
        image = await Promise.race([reader.inspect(resolved, { signal: deadline.signal }), deadline.late]);
    }
    catch (err) {
        result.platforms = wholeImage(needed, err);
    }
    if (image) {
        result.digest = image.digest;
        const offered = image.platforms.filter(e => !e.attestation);
        listAvailable(result, offered);
        // Proofs are read within the image's deadline too.
        const proving = local
            ? undefined
            : proofOutcome(client.within(deadline.signal), resolved, image, needed, o);
        const proof = proving && (await inTime(needed, deadline.late, proving));
        const results = proof || local ? undefined : standingIn(o.results, o.proof?.mode, t.found);
        const kept = results && fromCache(results, image, needed, o.deep ? 3 : 2);
        const proven = proof ?? kept;
        try {
            result.platforms =
                proven?.platforms ??
                    (await platformChecks(needed, deadline.late, p => checkPlatform(reader, resolved, image, offered, p, o.deep, local ? undefined : early, deadline.signal)));
        }
        finally {
            deadline.stop();
            if (reader instanceof LocalImages)
                reader.dispose();
        }
        if (proof?.proof) {
            result.proof = proof.proof;
            result.notes.push(`proven earlier by ${proof.proof.by}, not re-checked`);
        }
        if (kept)
            result.cached = kept.checkedAt;
        if (kept)
            result.notes.push(kept.platforms[0].reason);
        settle(result);
    }
    image_judge(result);
    if (!local && !result.proof && !result.cached && o.results)
        keepResult(o.results, result);
    allowGap(result, t, o.allow);
    result.durationMs = Date.now() - started;
    return result;
}

;// CONCATENATED MODULE: ./actions/lib/verify/verify.ts
















const verify_IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
function normalise(opts) {
    const platforms = opts.platforms ?? (0,platform/* parsePlatforms */.qA)(parseList(verify_IN.platforms.default), verify_IN.platforms.name);
    if (!platforms.length)
        throw (0,errors/* badInput */.AN)(verify_IN.platforms.name, '', 'give at least one platform');
    for (const p of platforms) {
        if (opts.deep && expectedMachine(p.architecture) === undefined) {
            throw (0,errors/* badInput */.AN)(verify_IN.platforms.name, (0,platform/* formatPlatform */.Bq)(p), 'deep checks know no ELF machine for this architecture');
        }
    }
    const concurrency = opts.concurrency ?? Number(verify_IN.concurrency.default);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw (0,errors/* badInput */.AN)(verify_IN.concurrency.name, String(concurrency), 'expected a number from 1 to 64');
    }
    return {
        cwd: opts.cwd ?? process.cwd(),
        platforms,
        deep: !!opts.deep,
        allow: opts.allow ?? [],
        mirrors: opts.mirrors ?? [],
        ...(opts.proof ? { proof: opts.proof } : {}),
        ...(opts.results ? { results: opts.results } : {}),
        concurrency,
        imageMs: opts.limits?.imageMs ?? limits/* DEFAULT_LIMITS */.dR.imageMs
    };
}
function pinWarnings(pins, platforms) {
    const out = [];
    for (const pin of pins) {
        const excludes = pinExcludes(pin, platforms);
        if (!excludes.length)
            continue;
        const how = pin.kind === 'nodeSelector'
            ? `${pin.key}: ${pin.values[0]}`
            : `${pin.key} ${pin.kind} [${pin.values.join(', ')}]`;
        out.push({ ...pin, excludes, message: `${how} keeps pods off ${excludes.join(', ')}` });
    }
    return out;
}
async function checkAll(targets, o, client, early) {
    const images = await pool(targets, o.concurrency, t => checkImage(client, t, o.platforms, o, early));
    // One more try, after the rest, for images that met a registry error: a hiccup that
    // outlasted the request retries must not flip a verdict. A dead registry fails twice, fast.
    // An image that hit a limit (a deadline, a size) would only hit it again.
    const again = images
        .map((r, i) => (r.outcome === 'unknown' && !(0,limits/* hitLimit */.Tn)(r.reason) ? i : -1))
        .filter(i => i >= 0);
    const second = await pool(again, o.concurrency, i => checkImage(client, targets[i], o.platforms, o));
    again.forEach((i, k) => (images[i] = second[k]));
    return images;
}
function collect(opts, o, deps) {
    const chart = opts.chart && {
        chart: opts.chart,
        values: opts.values ?? [],
        set: opts.set ?? [],
        kubeVersion: opts.kubeVersion,
        helm: opts.helm ?? verify_IN.helm.default,
        toolMs: opts.limits?.toolMs
    };
    return collectReferences({
        ...(chart ? { chart } : {}),
        manifests: opts.manifests ?? [],
        dockerfiles: opts.dockerfiles ?? [],
        buildArgs: opts.buildArgs ?? {},
        ...(opts.target ? { target: opts.target } : {}),
        platforms: o.platforms.map(platform/* formatPlatform */.Bq),
        cwd: o.cwd
    }, { exec: deps.exec ?? exec/* quietRun */.c9, toolCache: deps.toolCache });
}
/**
 * Checks that every image, and every image the chart, manifests and Dockerfiles name, exists
 * for each required platform (levels 1 and 2, and 3 with `deep`). Never throws for a failing
 * image: the verdicts are in the result. Throws ConfigurationError for bad options, and
 * CheckError when an input yields no image at all.
 */
async function verifyPlatforms(opts, deps = {}) {
    const started = Date.now();
    const o = normalise(opts);
    const lintOnly = opts.lint === 'only';
    if (lintOnly && !opts.dockerfiles?.length)
        throw new errors/* ConfigurationError */.j1(`Nothing to lint: ${verify_IN.lint.name}: only needs the ${verify_IN.dockerfiles.name} input`);
    if (!opts.images?.length && !opts.chart && !opts.manifests?.length && !opts.dockerfiles?.length) {
        throw new errors/* ConfigurationError */.j1(`Nothing to check: give at least one of the inputs ${verify_IN.images.name}, ${verify_IN.chart.name}, ${verify_IN.manifests.name} or ${verify_IN.dockerfiles.name}`);
    }
    // The linter loads on first use (a chunk file): only runs given Dockerfiles need it.
    const linted = opts.lint === false || !opts.dockerfiles?.length
        ? []
        : (await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(849)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21849))).lintDockerfiles(opts.dockerfiles, {
            cwd: o.cwd,
            platforms: o.platforms,
            target: opts.target
        });
    const { scan, scanned, chart } = lintOnly
        ? { scan: (0,scan_types/* emptyScan */.$6)(), scanned: [], chart: undefined }
        : await collect(opts, o, deps);
    const targets = collectTargets(opts.images ?? [], scanned, scan);
    const client = deps.client ??
        new RegistryClient({
            insecureRegistries: opts.insecureRegistries,
            limits: opts.limits,
            ...opts.registry
        });
    let images;
    try {
        images = await checkAll(targets, o, client, deps.early);
        images.forEach(r => deps.onImage?.(r));
    }
    finally {
        if (!deps.client)
            client.close();
    }
    const entry = (i) => ({
        reference: i.reference,
        resolved: i.resolved,
        platforms: i.platforms.filter(p => p.outcome === 'missing').map(p => p.platform),
        reason: i.reason ?? '',
        sources: i.sources
    });
    const found = {};
    for (const i of images)
        for (const h of i.found)
            found[h] = (found[h] ?? 0) + 1;
    return {
        ok: images.every(i => i.status === 'ok' || i.status === 'allowed'),
        checked: images.length,
        platforms: o.platforms.map(platform/* formatPlatform */.Bq),
        deep: o.deep,
        verdict: verdictLine(images),
        outcomes: countOutcomes(images),
        images,
        missing: images.filter(i => i.status === 'failed').map(entry),
        unknown: unknownEntries(images),
        registries: silentRegistries(images),
        allowed: images
            .filter(i => i.status === 'allowed')
            .map(i => ({ ...entry(i), allowReason: i.allowed?.reason ?? '' })),
        pins: pinWarnings(scan.pins, o.platforms),
        findings: [
            ...linted,
            ...baseImageFindings(images, new Set(scanned.filter(s => s.input === verify_IN.dockerfiles.name).map(s => s.found.source.file)))
        ],
        notes: scan.notes,
        warnings: scan.warnings,
        found,
        ...(chart ? { chart } : {}),
        durationMs: Date.now() - started
    };
}

// EXTERNAL MODULE: ./actions/lib/verify/helm.ts
var helm = __nccwpck_require__(86308);
;// CONCATENATED MODULE: ./actions/lib/proof/keyless.ts
// Keyless signing on GitHub: @actions/attest signs the statement with a Sigstore certificate
// for the workflow's OIDC identity (id-token: write) and stores it with GitHub's attestations
// (attestations: write), where `gh attestation verify` finds it by digest.

/** True on a GitHub runner whose job may ask for an OIDC token (permissions: id-token: write). */
function keylessAvailable(env = process.env) {
    return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
}
/** The Rekor bundle cosign keeps beside an attestation layer, from a Sigstore bundle's log entry. */
function rekorBundleOf(entries) {
    const e = entries?.[0];
    if (!e?.inclusionPromise)
        return undefined;
    return JSON.stringify({
        SignedEntryTimestamp: e.inclusionPromise.signedEntryTimestamp,
        Payload: {
            body: e.canonicalizedBody,
            integratedTime: Number(e.integratedTime),
            logIndex: Number(e.logIndex),
            logID: Buffer.from(e.logId.keyId, 'base64').toString('hex')
        }
    });
}
/** Signs `statement` keyless and stores it as a GitHub attestation; `token` needs attestations: write. */
async function signKeyless(statement, token) {
    const { attest } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(119), __nccwpck_require__.e(777), __nccwpck_require__.e(310), __nccwpck_require__.e(917), __nccwpck_require__.e(225), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11485));
    const a = await attest({
        subjects: statement.subject,
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token
    });
    const dsse = a.bundle.dsseEnvelope;
    if (!dsse)
        throw new errors/* CheckError */.tl('the Sigstore bundle of the platform proof holds no DSSE envelope');
    const verification = a.bundle.verificationMaterial;
    return {
        envelope: {
            payloadType: dsse.payloadType,
            payload: dsse.payload,
            signatures: dsse.signatures.map(s => ({ keyid: s.keyid ?? '', sig: s.sig }))
        },
        certificate: a.certificate,
        bundle: a.bundle,
        ...(a.attestationID ? { attestationId: a.attestationID } : {}),
        ...(rekorBundleOf(verification.tlogEntries)
            ? { rekorBundle: rekorBundleOf(verification.tlogEntries) }
            : {})
    };
}
/** The token of a `github-token` input; its unexpanded default (the CLI, off GitHub) is no token. */
function githubToken(value) {
    return value.startsWith('${{') ? '' : value;
}

;// CONCATENATED MODULE: ./actions/lib/proof/inputs.ts
// The signing and trust inputs that verify-platforms, build and the tag step share, read the same way.







/**
 * The cosign key (unlocked with its password) and the token for keyless signing, both secrets
 * masked; the three specs are the action's signing key, its password and its GitHub token.
 */
function getSigningInputs(keySpec, passwordSpec, tokenSpec) {
    const password = getString(passwordSpec);
    if (password)
        toolkit/* setSecret */.Pq(password);
    const token = githubToken(getString(tokenSpec));
    if (token)
        toolkit/* setSecret */.Pq(token);
    const signingKey = signingKeyInput(keySpec.name, getString(keySpec), passwordSpec.name, password);
    return { signingKey, githubToken: token };
}
/**
 * `proof` and whom proofs must be signed by: the key `proof-key`, else (`signedWith`, the tag step)
 * the public half of the signing key, whose proofs the same pipeline wrote; and, where the action
 * has them (`identitySpecs`), the Sigstore identity of keyless proofs. `require` with nothing to
 * trust is a mistake in the inputs.
 */
function getProofInputs(modeSpec, keySpec, signedWith, identitySpecs) {
    const proof = getChoice(modeSpec);
    const key = publicKeyInput(keySpec.name, getString(keySpec)) ?? (signedWith && (0,external_node_crypto_.createPublicKey)(signedWith));
    const specs = identitySpecs;
    const identity = specs &&
        identityTrust({ identity: specs.identity.name, issuer: specs.issuer.name, trustedRoot: specs.trustedRoot.name }, {
            identity: getString(specs.identity),
            issuer: getString(specs.issuer),
            trustedRoot: getString(specs.trustedRoot)
        });
    if (proof === 'require' && !key && !identity)
        throw (0,errors/* badInput */.AN)(modeSpec.name, proof, specs
            ? `it needs ${keySpec.name} or ${specs.identity.name}: whom proofs must be signed by`
            : `it needs ${keySpec.name}: the key proofs must be signed with`);
    return { proof, proofKeys: key ? [key] : [], ...(identity ? { proofIdentity: identity } : {}) };
}

;// CONCATENATED MODULE: ./actions/verify-platforms/inputs.ts










const inputs_IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
const OUT = specs_generated/* VERIFY_PLATFORMS */.hP.outputs;
function getInputs() {
    return {
        images: getList(inputs_IN.images),
        chart: getString(inputs_IN.chart),
        values: getList(inputs_IN.values),
        set: getLines(inputs_IN.set),
        kubeVersion: parseKubeVersion(getString(inputs_IN['kube-version'])),
        helm: (0,helm/* parseHelmChoice */.Zb)(getString(inputs_IN.helm)),
        manifests: getList(inputs_IN.manifests),
        dockerfiles: getList(inputs_IN.dockerfiles),
        buildArgs: Object.fromEntries(parseKeyValues(inputs_IN['build-args'].name, getLines(inputs_IN['build-args'])).map(kv => [kv.key, kv.value])),
        target: getString(inputs_IN.target),
        platforms: (0,platform/* parsePlatforms */.qA)(getList(inputs_IN.platforms), inputs_IN.platforms.name),
        deep: getBool(inputs_IN.deep),
        allow: parseAllow(getLines(inputs_IN.allow), inputs_IN.allow.name),
        mirrors: parseMirrors(getLines(inputs_IN['registry-mirrors']), inputs_IN['registry-mirrors'].name),
        insecureRegistries: getList(inputs_IN['insecure-registries']),
        limits: getLimits(inputs_IN.limits),
        failOn: getChoice(inputs_IN['fail-on']),
        lint: getChoice(inputs_IN.lint),
        lintFailOn: getChoice(inputs_IN['lint-fail-on']),
        report: (0,paths/* writePath */.Jf)(inputs_IN.report.name, getString(inputs_IN.report) || defaultReportPath(), 'file'),
        concurrency: getInt(inputs_IN.concurrency, 1, 64),
        summary: getBool(inputs_IN.summary),
        prComment: getBool(inputs_IN['pr-comment']),
        resultCache: getBool(inputs_IN['result-cache']),
        resultCacheDir: resultCacheDir(),
        ...proofInputs()
    };
}
function proofInputs() {
    return {
        ...getSigningInputs(inputs_IN['signing-key'], inputs_IN['signing-key-password'], inputs_IN['github-token']),
        ...getProofInputs(inputs_IN.proof, inputs_IN['proof-key'], undefined, {
            identity: inputs_IN['proof-identity'],
            issuer: inputs_IN['proof-issuer'],
            trustedRoot: inputs_IN['proof-trusted-root']
        })
    };
}
/** `result-cache-dir`, a folder to write (its parent must exist), or the default for where it runs. */
function resultCacheDir() {
    const given = getString(inputs_IN['result-cache-dir']);
    return given ? (0,paths/* writePath */.Jf)(inputs_IN['result-cache-dir'].name, given, 'folder') : defaultResultCacheDir();
}
/** `1.34`, `v1.34.0`: what helm's --kube-version reads. */
function parseKubeVersion(value) {
    if (value && !/^v?\d+\.\d+(\.\d+)?$/.test(value))
        throw (0,errors/* badInput */.AN)(inputs_IN['kube-version'].name, value, 'expected a Kubernetes version such as 1.34 or v1.34.0');
    return value;
}

;// CONCATENATED MODULE: ./actions/lib/proof/write.ts







/** Attaches a signed proof (and a keyless one's Sigstore bundle) to its index; notes where in `written`. */
async function attach(client, t, e, statement, written, signed) {
    const digest = t.image.digest;
    const created = statement.predicate.checkedAt;
    const attached = await attachProof(client, t.attachTo, digest, e, written.signing, created, signed);
    written.referrer = attached.digest;
    written.recordedBy = attached.recordedBy;
    const how = (r) => (r === 'tag' ? 'referrers tag fallback' : 'referrers API');
    toolkit/* info */.pq(`Platform proof of ${written.subject} attached (${attached.digest}, ${how(attached.recordedBy)}; cosign: ${attached.cosignTag})`);
    if (signed && written.bundle) {
        const b = await attachBundle(client, t.attachTo, digest, signed.bundle, created);
        written.bundle.referrer = b.digest;
        toolkit/* info */.pq(`Its Sigstore bundle attached too (${b.digest}, ${how(b.recordedBy)})`);
    }
}
/** Writes (and, signed, attaches) a proof for each target that passed; returns what was written. */
async function writeProofs(targets, options, client) {
    const keyless = !options.key && !!options.keylessToken && keylessAvailable(options.env);
    const signing = options.key ? 'cosign-key' : keyless ? 'sigstore' : 'none';
    const out = [];
    for (const t of targets) {
        const now = new Date();
        const statement = statementFor(t.image, signing, options.runs, options.env, now, t.subjectName);
        if (!statement || !t.image.digest)
            continue;
        const signed = keyless ? await signKeyless(statement, options.keylessToken) : undefined;
        const e = signed?.envelope ?? envelope(statement, options.key);
        const hex = t.image.digest.replace(/^sha256:/, '');
        const name = `platform-proof-${hex.slice(0, 16)}${signing === 'none' ? '.unsigned' : ''}`;
        external_node_fs_.mkdirSync(options.dir, { recursive: true });
        const file = external_node_path_.join(options.dir, `${name}.intoto.json`);
        external_node_fs_.writeFileSync(file, JSON.stringify(e, null, 2) + '\n');
        const subject = `${statement.subject[0].name}@${t.image.digest}`;
        const written = { subject, file, signing };
        if (signed?.attestationId)
            written.attestationId = signed.attestationId;
        if (signed) {
            written.bundle = { file: external_node_path_.join(options.dir, `${name}.sigstore.json`) };
            external_node_fs_.writeFileSync(written.bundle.file, JSON.stringify(signed.bundle) + '\n');
        }
        if (t.attachTo && signing !== 'none' && client)
            await attach(client, { ...t, attachTo: t.attachTo }, e, statement, written, signed);
        else
            toolkit/* info */.pq(`Platform proof of ${subject} written to ${file}${signing === 'none' ? ' (unsigned)' : ''}`);
        out.push(written);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/verify/comment.ts
// The pull request's sticky comment: one comment per workflow job, found by a hidden marker and
// updated in place on every push, with the platform × level table, the chart's support matrix and
// links to the proofs and the run. A token that may not comment (forks: 403) skips it with a notice.





// Bounded: at most this many pages of 100 comments are searched for ours.
const MAX_PAGES = 10;
/**
 * The pull request of a `pull_request` (or `pull_request_target`) run, else undefined. `action`
 * keeps apart the comments of two actions in one job (none: verify-platforms).
 */
function pullRequestOf(env = process.env, action) {
    if (!/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
        return undefined;
    let number;
    try {
        const event = JSON.parse(external_node_fs_.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        number = event.pull_request?.number;
    }
    catch {
        return undefined;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (typeof number !== 'number' || !owner || !repo)
        return undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    return {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        owner,
        repo,
        number,
        key: `${env.GITHUB_WORKFLOW ?? ''}/${env.GITHUB_JOB ?? ''}${action ? ` ${action}` : ''}`,
        serverUrl,
        ...(env.GITHUB_RUN_ID
            ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {})
    };
}
const code = (s) => `\`${s.replace(/[`\r\n|]/g, ' ')}\``;
const marker = (key) => `<!-- arch-actions:verify ${key.replace(/-->/g, '')} -->`;
function proofCell(pr, digest, proofs) {
    const p = digest ? proofs.find(x => x.subject.endsWith(`@${digest}`)) : undefined;
    if (!p)
        return '–';
    if (p.attestationId)
        return `[attestation](${pr.serverUrl}/${pr.owner}/${pr.repo}/attestations/${encodeURIComponent(p.attestationId)})`;
    if (p.signing === 'none')
        return 'unsigned (not attached)';
    return `signed (${p.signing}), referrer ${code(p.referrer ?? '')}`;
}
/** The comment's Markdown: the marker, the platform × level table, the support matrix, the links. */
function commentBody(pr, result, proofs) {
    const head = `| Image | ${result.platforms.map(code).join(' | ')} | Proof |`;
    const rule = `| --- | ${result.platforms.map(() => '---').join(' | ')} | --- |`;
    const rows = result.images.map(i => {
        const cells = result.platforms.map(p => matrixCell(i, i.platforms.find(c => c.platform === p)));
        return `| ${code(i.reference)} | ${cells.join(' | ')} | ${proofCell(pr, i.digest, proofs)} |`;
    });
    return [
        marker(pr.key),
        `### ${result.ok ? '✅' : result.outcomes.missing ? '❌' : '❓'} arch-actions: ${count(result.checked, 'image')} checked for ${result.platforms.join(', ')}`,
        '',
        result.verdict,
        '',
        head,
        rule,
        ...rows,
        '',
        '<details><summary>Support matrix</summary>',
        '',
        supportMatrix(result),
        '',
        '</details>',
        '',
        pr.runUrl ? `[The run](${pr.runUrl})` : ''
    ].join('\n');
}
async function findOurs(o, pr) {
    const tag = marker(pr.key);
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await o.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: 100,
            page
        });
        const list = data;
        const ours = list.find(c => c.body?.startsWith(tag));
        if (ours)
            return ours.id;
        if (list.length < 100)
            return undefined;
    }
    return undefined;
}
/** Creates the comment, or updates ours in place; a 403 (no pull-requests: write) skips it with a notice. */
async function stickyComment(pr, token, body) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(844), __nccwpck_require__.e(225), __nccwpck_require__.e(228)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 93228, 23));
    const o = getOctokit(token, { baseUrl: pr.apiUrl });
    try {
        const id = await findOurs(o, pr);
        if (id !== undefined) {
            await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner: pr.owner,
                repo: pr.repo,
                comment_id: id,
                body
            });
            return 'updated';
        }
        await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            body
        });
        return 'created';
    }
    catch (err) {
        const status = err.status;
        if (status !== 403 && status !== 401 && status !== 404)
            throw err;
        toolkit/* notice */.lm(`The pull request comment was skipped: the token may not write comments here (HTTP ${status}; a fork, or no pull-requests: write permission): ${(0,errors/* whyOf */.gf)(err)}`);
        return 'skipped';
    }
}
/**
 * The sticky comment of `result` on this run's pull request, when `enabled`, with a token, on a
 * pull_request event; like the summary, it never fails the job.
 */
async function postComment(enabled, token, result, proofs, action) {
    const pr = enabled && token ? pullRequestOf(process.env, action) : undefined;
    if (!pr)
        return;
    try {
        const outcome = await stickyComment(pr, token, commentBody(pr, result, proofs));
        if (outcome !== 'skipped')
            toolkit/* info */.pq(`Pull request #${pr.number}: comment ${outcome}`);
    }
    catch (err) {
        toolkit/* warning */.$e(`The pull request comment failed: ${(0,errors/* whyOf */.gf)(err)}`);
    }
}

;// CONCATENATED MODULE: ./actions/verify-platforms/main.ts





















/**
 * A line per image as it finishes, but for one that lacks a platform: its problem is told once, by
 * its annotation after the check (and a silent registry's reason by its own).
 */
function progress(i) {
    const took = `${i.durationMs} ms`;
    if (i.outcome === 'proven')
        toolkit/* info */.pq(`✅ ${i.reference} (L${i.level}, ${took})`);
    else if (i.outcome === 'unknown' && i.unknown !== 'error')
        toolkit/* info */.pq(`❓ ${i.reference}: nothing proven (${i.registry} ${kindWords(i.unknown ?? 'error')}, ${took})`);
}
function check(inputs, results) {
    const lintOnly = inputs.lint === 'only';
    return toolkit/* group */.Os(lintOnly ? 'Lint Dockerfiles' : 'Check images', () => verifyPlatforms({
        images: inputs.images.map(reference => ({ reference })),
        chart: inputs.chart || undefined,
        values: inputs.values,
        set: inputs.set,
        kubeVersion: inputs.kubeVersion || undefined,
        helm: inputs.helm,
        manifests: inputs.manifests,
        dockerfiles: inputs.dockerfiles,
        buildArgs: inputs.buildArgs,
        target: inputs.target || undefined,
        lint: lintOnly ? 'only' : inputs.lint === 'true',
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        platforms: inputs.platforms,
        deep: inputs.deep,
        allow: inputs.allow,
        mirrors: inputs.mirrors,
        insecureRegistries: inputs.insecureRegistries,
        limits: inputs.limits,
        concurrency: inputs.concurrency,
        proof: { mode: inputs.proof, trust: { keys: inputs.proofKeys, identity: inputs.proofIdentity } },
        ...(results ? { results } : {})
    }, { onImage: progress }));
}
/**
 * A proof for each image given directly that passed and was checked here (not one a proof or the
 * results kept by digest stood in for); signed ones are attached to the index in its registry.
 */
async function prove(inputs, result) {
    const checked = result.images.filter(i => i.found.includes('input') &&
        i.status === 'ok' &&
        !i.proof &&
        !i.cached &&
        !isLocalRef(parseImageReference(i.reference, specs_generated/* VERIFY_PLATFORMS */.hP.inputs.images.name)));
    if (!checked.length)
        return [];
    const client = new RegistryClient({ insecureRegistries: inputs.insecureRegistries });
    try {
        return await toolkit/* group */.Os('Platform proofs', () => writeProofs(checked.map(image => ({
            image,
            attachTo: (0,reference/* parseReference */.F2)(image.normalized, specs_generated/* VERIFY_PLATFORMS */.hP.inputs.images.name)
        })), { dir: external_node_path_.dirname(inputs.report), key: inputs.signingKey, keylessToken: inputs.githubToken }, client));
    }
    finally {
        client.close();
    }
}
/** The run in one line: the images' verdict, and the lint's when it found something. */
function verdictOf(inputs, result) {
    const found = result.findings.filter(f => f.rule !== 'base-image-platform').length;
    const bad = failing(result.findings, inputs.lintFailOn).length;
    const lint = found
        ? `${count(found, 'lint finding')}${bad ? `, ${bad} at or above ${inputs.lintFailOn}` : ''}`
        : '';
    if (inputs.lint === 'only')
        return lint || 'no lint finding';
    return [result.verdict, lint].filter(Boolean).join('; ');
}
/**
 * The results kept by digest; a run that signs the proofs of the images given directly checks those
 * each time (a proof is written only for what was checked), and keeps the rest.
 */
function resultCache(inputs) {
    if (!inputs.resultCache)
        return undefined;
    const signs = !!inputs.signingKey || (!!inputs.githubToken && keylessAvailable());
    return new ResultCache(inputs.resultCacheDir, !signs);
}
async function run() {
    const inputs = getInputs();
    const lintOnly = inputs.lint === 'only';
    const results = resultCache(inputs);
    if (results)
        await restoreResults(results.dir);
    const result = await check(inputs, results);
    results?.prune();
    if (results)
        await saveResults(results);
    for (const note of result.notes)
        toolkit/* info */.pq(note);
    const chart = chartLine(result);
    if (chart)
        toolkit/* info */.pq(chart);
    annotate(result, inputs.failOn);
    annotateFindings(result.findings);
    const lintFailed = lintFailure(result.findings, inputs.lintFailOn);
    const reportPath = writeReport(inputs.report, result, specs_generated/* VERIFY_PLATFORMS */.hP.inputs.report.name, VERIFY_REPORT_VERSION);
    const verdict = verdictOf(inputs, result);
    toolkit/* setOutput */.uH(OUT.ok, String(result.ok && !lintFailed));
    toolkit/* setOutput */.uH(OUT.verdict, verdict);
    toolkit/* setOutput */.uH(OUT.missing, JSON.stringify(result.missing));
    toolkit/* setOutput */.uH(OUT.unknown, JSON.stringify(result.unknown));
    toolkit/* setOutput */.uH(OUT.checked, String(result.checked));
    toolkit/* setOutput */.uH(OUT.findings, JSON.stringify(result.findings));
    toolkit/* setOutput */.uH(OUT.report, reportPath);
    toolkit/* setOutput */.uH(OUT.matrix, supportMatrix(result));
    const proofs = await prove(inputs, result);
    toolkit/* setOutput */.uH(OUT.proofs, JSON.stringify(proofs));
    const checked = lintOnly
        ? count(result.findings.length, 'lint finding')
        : `${count(result.checked, 'image')} checked (found: ${foundCounts(result) || 'none'})`;
    toolkit/* info */.pq(`${checked} in ${result.durationMs} ms; ${OUT.report}: ${reportPath}`);
    await writeSummary(inputs.summary, s => addVerifySummary(s, result));
    await postComment(inputs.prComment, inputs.githubToken, result, proofs);
    const { error, warnings } = failureOf(result, inputs.failOn);
    for (const w of warnings)
        toolkit/* warning */.$e(`${w} (${specs_generated/* VERIFY_PLATFORMS */.hP.inputs['fail-on'].name}: ${inputs.failOn})`);
    const failures = [lintFailed, error].filter(f => f !== undefined);
    if (failures.length > 1)
        throw new errors/* CheckError */.tl(failures.map(f => f.message).join('; '));
    if (failures.length)
        throw failures[0];
}

;// CONCATENATED MODULE: ./actions/verify-platforms/index.ts


void (0,errors/* runAction */.Cs)(run);

})();

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map