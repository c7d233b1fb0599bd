import * as os from "os";
import { EOL } from "os";
import * as crypto from "crypto";
import * as fs from "fs";
import { constants, promises } from "fs";
import { readFileSync, statSync } from "node:fs";

//#region ../core/dist/pure-BLR6VRow.mjs
const TRANSPORT_MARKER = Symbol.for("plivo-verify.error.TransportError");
/**
* What a transport throws when no HTTP answer came. Transports that cannot tell the phase should say `sent`:
* the client then never repeats a create.
*/
var TransportError = class extends Error {
	name = "TransportError";
	phase;
	timedOut;
	/** A short system code such as `ECONNREFUSED`, never a message that could echo the request. */
	reason;
	constructor(reason, options) {
		super(`transport failure (${reason})`);
		this.reason = reason;
		this.phase = options.phase;
		this.timedOut = options.timedOut ?? false;
		Object.defineProperty(this, TRANSPORT_MARKER, { value: true });
	}
	static isInstance(value) {
		return typeof value === "object" && value !== null && value[TRANSPORT_MARKER] === true;
	}
};
/** System codes that prove no connection was made, so the server cannot have seen the request. */
const NOT_SENT_CODES = new Set([
	"ECONNREFUSED",
	"ENOTFOUND",
	"EAI_AGAIN",
	"EHOSTUNREACH",
	"ENETUNREACH",
	"UND_ERR_CONNECT_TIMEOUT"
]);
/** The system codes on an error, its cause chain and inside an AggregateError (Node tries several addresses). */
function systemCodes(error, depth = 0) {
	if (typeof error !== "object" || error === null || depth > 5) return [];
	const record = error;
	const own = typeof record.code === "string" ? [record.code] : [];
	const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => systemCodes(e, depth + 1)) : [];
	return [
		...own,
		...nested,
		...systemCodes(record.cause, depth + 1)
	];
}
/** True only when codes were found and every one of them proves the request never left. */
function provesNotSent(codes) {
	return codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
}
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) Object.assign(mergedDescriptors, Object.getOwnPropertyDescriptors(def));
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__ */ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
const propertyKeyTypes = /* @__PURE__ */ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
const NUMBER_FORMAT_RANGES = {
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
};
const BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required$1(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
	else iss.schema = iss.inst;
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
let installing;
let broke = false;
const breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
var _a$1;
/** A special constant with type `never` */
const NEVER = /* @__PURE__ */ Object.freeze({ status: "aborted" });
const _zodDesc = {
	value: void 0,
	enumerable: false
};
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
const _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
const _issuesDesc = {
	value: void 0,
	enumerable: false
};
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
const $ZodError = $constructor("$ZodError", initializer$1);
$constructor("$ZodError", initializer$1, void 0, { Parent: Error });
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) if (key === "__proto__") Object.defineProperty(obj, key, {
		value: make(),
		writable: true,
		enumerable: true,
		configurable: true
	});
	else obj[key] = make();
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
const _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
const validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
const validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
const _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" }, finalizeParams(fn, _params));
	};
	return fn;
};
const _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" }, finalizeParams(fn, _params));
	};
	return fn;
};
const _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid$1 = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
const date$1 = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
const anyString = /^[\s\S]{0,}$/;
const number$2 = /^-?\d+(?:\.\d+)?$/;
const lowercase = /^[^A-Z]*$/;
const uppercase = /^[^a-z]*$/;
const $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
const numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
const $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
const $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
const version = {
	major: 4,
	minor: 6,
	patch: 7
};
const $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
const $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
const $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
const $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
const $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid$1(v));
	} else def.pattern ?? (def.pattern = uuid$1());
	$ZodStringFormat.init(inst, def);
});
const $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
const $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
const $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
const $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date$1);
	$ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
const $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
const $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
const $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$2;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
const $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
const $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
const $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
const $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = new Date(payload.value);
		} catch (_err) {}
		const input = payload.value;
		const isDate = input instanceof Date;
		if (isDate && !Number.isNaN(input.getTime())) return payload;
		payload.issues.push({
			expected: "date",
			code: "invalid_type",
			input,
			...isDate ? { received: "Invalid Date" } : {},
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
const arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
const $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
const $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
const $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject$2 = isObject;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$2(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
const $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
const $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
const $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
const $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
const $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
const $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
const $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
const $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
	$ZodPipe.init(inst, def);
});
const $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
const $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
const recursive = /* @__PURE__ */ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
let handoff;
const open = [];
const memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
const error$1 = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error$1() };
}
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
/* @__NO_SIDE_EFFECTS__ */
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
/* @__NO_SIDE_EFFECTS__ */
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
/* @__NO_SIDE_EFFECTS__ */
function _coercedNumber(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		coerce: true,
		checks: [],
		...normalizeParams(params)
	}));
}
/* @__NO_SIDE_EFFECTS__ */
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
/* @__NO_SIDE_EFFECTS__ */
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _date(Class, params) {
	return new Class({
		type: "date",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
/* @__NO_SIDE_EFFECTS__ */
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
/* @__NO_SIDE_EFFECTS__ */
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
/* @__NO_SIDE_EFFECTS__ */
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
/* @__NO_SIDE_EFFECTS__ */
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
/* @__NO_SIDE_EFFECTS__ */
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _custom(Class, fn, _params) {
	const norm = normalizeParams(_params);
	norm.abort ?? (norm.abort = true);
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...norm
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
/* @__NO_SIDE_EFFECTS__ */
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) if (ctx.target === "draft-2020-12") result.$defs = defs;
	else result.definitions = defs;
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
const narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
const narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
const narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
const setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
const contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
const formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
const exactPatterns = new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
const numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) if (legacy) {
		json.minimum = exclusiveMinimum;
		json.exclusiveMinimum = true;
	} else json.exclusiveMinimum = exclusiveMinimum;
	else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) if (legacy) {
		json.maximum = exclusiveMaximum;
		json.exclusiveMaximum = true;
	} else json.exclusiveMaximum = exclusiveMaximum;
	else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
const neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {};
const dateProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
const customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
const unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
const intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
const nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
const optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
const initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
const ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer, void 0, { Parent: Error });
const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
const ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
const _ZodString = /* @__PURE__ */ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /* @__PURE__ */ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
const ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
const ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
const ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNumber = /* @__PURE__ */ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /* @__PURE__ */ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number$1(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
const ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
const ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
const ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
const ZodDate = /* @__PURE__ */ $constructor("ZodDate", (inst, def) => {
	$ZodDate.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
	inst.min = (value, params) => inst.check(/* @__PURE__ */ _gte(value, params));
	inst.max = (value, params) => inst.check(/* @__PURE__ */ _lte(value, params));
}, /* @__PURE__ */ derived({
	minDate: (inst) => {
		const { minimum } = aggregateChecks(inst);
		return minimum ? new Date(minimum) : null;
	},
	maxDate: (inst) => {
		const { maximum } = aggregateChecks(inst);
		return maximum ? new Date(maximum) : null;
	}
}, {}));
function date(params) {
	return /* @__PURE__ */ _date(ZodDate, params);
}
const ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
const ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required$1(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	return new ZodObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
function strictObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: never(),
		...normalizeParams(params)
	});
}
function looseObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: unknown(),
		...normalizeParams(params)
	});
}
const ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
const ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
const ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
const ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
const ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
const ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
const ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
const ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
const ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
const ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
const ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
const ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
	ZodPipe.init(inst, def);
	$ZodPreprocess.init(inst, def);
});
const ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
const ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function custom(fn, _params) {
	return /* @__PURE__ */ _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
function preprocess(fn, schema) {
	return new ZodPreprocess({
		type: "pipe",
		in: transform(fn),
		out: schema
	});
}
function number(params) {
	return /* @__PURE__ */ _coercedNumber(ZodNumber, params);
}
/**
* `+918707046406` → `+91******6406`, `+14155550100` → `+14*****0100`: enough to recognise a number, never enough to
* dial it. At least five digits stay hidden (100,000 candidates), so short numbers show fewer digits at the end.
*/
function maskPhoneNumber(phone) {
	const digits = String(phone ?? "").replace(/\D/g, "");
	if (digits.length < 6) return "*".repeat(digits.length);
	const HIDDEN = 5;
	const tail = Math.min(4, Math.max(0, digits.length - HIDDEN - 2));
	const head = Math.min(2, digits.length - HIDDEN - tail);
	return `+${digits.slice(0, head)}${"*".repeat(digits.length - head - tail)}${tail ? digits.slice(-tail) : ""}`;
}
const STANDALONE_DIGITS = /(?<![\w-])\+?\d{4,}(?![\w-])/g;
const PHONE_LIKE = /(?<![\w-])\+?\(?\d[\d\s().-]{5,}\d(?![\w-])/g;
/**
* Cleans text that came from outside (server error messages) before it goes into an error: each known secret
* is cut out, and standalone digit runs (codes, phone numbers) are masked.
*/
function scrubText(text, secrets) {
	let out = text;
	for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join("[redacted]");
	return out.replace(PHONE_LIKE, (match) => match.replace(/\D/g, "").length >= 7 && !/^\d{4}-\d{2}-\d{2}/.test(match) ? "[redacted]" : match).replace(STANDALONE_DIGITS, "[redacted]");
}
/**
* Every form in which a credential could come back in an echo: the raw token, URL-encoded, and the base64
* `authId:token` of the Basic header (standard and URL-safe alphabets, padding dropped so `=` and `%3D` endings both
* match).
*/
function secretForms(authId, authToken) {
	const basic = btoa(`${authId}:${authToken}`).replace(/=+$/, "");
	const forms = [
		authToken,
		encodeURIComponent(authToken),
		encodeURIComponent(authToken).replace(/%20/g, "+"),
		basic,
		basic.replace(/\+/g, "-").replace(/\//g, "_"),
		encodeURIComponent(basic),
		btoa(authToken).replace(/=+$/, "")
	];
	return [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}
const ECHOABLE_FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/**
* A caller's unknown key as it may appear in an error: the key itself when it looks like a field name, else a
* placeholder. A JSON body posted as a form arrives as one key holding the whole body, phone number included.
*/
function echoableFieldName(key) {
	return ECHOABLE_FIELD.test(key) && !/\d{4,}/.test(key) ? key : "(unrecognised key, not shown)";
}
const markerOf = (kind) => Symbol.for(`plivo-verify.error.${kind}`);
/**
* Base of every error thrown by the client. Messages and fields never carry the auth token or an OTP,
* and phone numbers appear masked. Narrow with `VerifyError.isInstance(x)` and then on `x.code`.
*/
var VerifyError = class VerifyError extends Error {
	static kind = "VerifyError";
	name = "VerifyError";
	code;
	operation;
	method;
	/** Request path without the query string (the query may hold a phone number). */
	path;
	retryable;
	status;
	/** Plivo's `api_id` when Plivo answered. */
	apiId;
	constructor(message, init) {
		super(message, init.cause === void 0 ? void 0 : { cause: init.cause });
		this.code = init.code;
		this.operation = init.operation;
		this.method = init.method;
		this.path = init.path;
		this.retryable = init.retryable;
		this.status = init.status;
		this.apiId = init.apiId;
		for (let type = new.target; typeof type === "function" && "kind" in type;) {
			Object.defineProperty(this, markerOf(type.kind), { value: true });
			if (type === VerifyError) break;
			type = Object.getPrototypeOf(type);
		}
	}
	/** Plivo's `api_id` under its wire name (the same value as `apiId`). */
	get api_id() {
		return this.apiId;
	}
	/**
	* True for errors of this class from any copy of core (bundles included). On the base class it narrows to the
	* union of all error classes, so `code` then discriminates (`code === 'rate_limited'` gives `retryAfterMs`).
	*/
	static isInstance(value) {
		const marker = markerOf(this.kind);
		return typeof value === "object" && value !== null && value[marker] === true;
	}
	toJSON() {
		const json = {
			name: this.name,
			message: this.message
		};
		for (const [key, value] of Object.entries(this)) if (value !== void 0) json[key] = value;
		return json;
	}
};
/** Caller input was rejected before any network call (`source: 'client'`), or Plivo answered 400 (`'server'`). */
var VerifyValidationError = class extends VerifyError {
	static kind = "VerifyValidationError";
	name = "VerifyValidationError";
	issues;
	source;
	constructor(message, init) {
		super(message, {
			...init,
			code: "validation",
			retryable: false
		});
		this.issues = init.issues;
		this.source = init.source;
	}
};
/** 401: the Auth ID / Auth Token pair was refused. */
var VerifyAuthenticationError = class extends VerifyError {
	static kind = "VerifyAuthenticationError";
	name = "VerifyAuthenticationError";
	constructor(message, init) {
		super(message, {
			...init,
			code: "authentication",
			retryable: false
		});
	}
};
/** 403: the account may not do this, e.g. the destination country is not enabled in geo permissions. */
var VerifyPermissionError = class extends VerifyError {
	static kind = "VerifyPermissionError";
	name = "VerifyPermissionError";
	/** True when Plivo refused a create for the destination country (geo permissions). */
	geoPermission;
	constructor(message, init) {
		super(message, {
			...init,
			code: "permission",
			retryable: false
		});
		this.geoPermission = init.geoPermission;
	}
};
/** 404: no such session (or account path). */
var VerifyNotFoundError = class extends VerifyError {
	static kind = "VerifyNotFoundError";
	name = "VerifyNotFoundError";
	constructor(message, init) {
		super(message, {
			...init,
			code: "not_found",
			retryable: false
		});
	}
};
/** 429 from Plivo after the retries were spent, or the client's own queue was full (`local: true`). */
var VerifyRateLimitError = class extends VerifyError {
	static kind = "VerifyRateLimitError";
	name = "VerifyRateLimitError";
	/** How long to wait before trying again, when known. */
	retryAfterMs;
	local;
	constructor(message, init) {
		super(message, {
			...init,
			code: "rate_limited",
			retryable: true
		});
		this.retryAfterMs = init.retryAfterMs;
		this.local = init.local;
	}
};
/** 5xx from Plivo. For create and validate the request may have been processed; it is never retried for them. */
var VerifyUpstreamError = class extends VerifyError {
	static kind = "VerifyUpstreamError";
	name = "VerifyUpstreamError";
	/** From a 503's `Retry-After`, when Plivo sent one. */
	retryAfterMs;
	constructor(message, init) {
		super(message, {
			...init,
			code: "upstream"
		});
		this.retryAfterMs = init.retryAfterMs;
	}
};
/** The request could not be completed: connection refused, DNS, reset or timeout of a read-only call. */
var VerifyNetworkError = class extends VerifyError {
	static kind = "VerifyNetworkError";
	name = "VerifyNetworkError";
	timedOut;
	constructor(message, init) {
		super(message, {
			...init,
			code: init.timedOut ? "timeout" : "network",
			retryable: true
		});
		this.timedOut = init.timedOut;
	}
};
/**
* A create or validate was sent but no answer came back (reset or timeout): Plivo may have processed it.
* It is not retried, so no second code goes out by accident. Reconcile with
* `sessions.findAttempts({ recipient, since: error.startedAt })`, or `sessions.get` for a validate.
*/
var VerifyAmbiguousError = class extends VerifyError {
	static kind = "VerifyAmbiguousError";
	name = "VerifyAmbiguousError";
	/** ISO time (UTC) at which the ambiguous call was started. */
	startedAt;
	timedOut;
	constructor(message, init) {
		super(message, {
			...init,
			code: "ambiguous",
			retryable: false
		});
		this.startedAt = init.startedAt;
		this.timedOut = init.timedOut;
	}
};
/** Plivo answered with something that is not the documented shape (e.g. HTML from a proxy, or other JSON). */
var VerifyProtocolError = class extends VerifyError {
	static kind = "VerifyProtocolError";
	name = "VerifyProtocolError";
	constructor(message, init) {
		super(message, {
			...init,
			code: "protocol",
			retryable: false
		});
	}
};
/** Plivo's error body `{ api_id, error }`; anything else yields empty fields. */
function readErrorBody(body) {
	try {
		const parsed = JSON.parse(body);
		if (typeof parsed !== "object" || parsed === null) return {
			apiId: void 0,
			error: void 0
		};
		const record = parsed;
		return {
			apiId: typeof record.api_id === "string" ? record.api_id : void 0,
			error: typeof record.error === "string" ? record.error : void 0
		};
	} catch {
		return {
			apiId: void 0,
			error: void 0
		};
	}
}
/** Maps a non-2xx answer to the error family. 429 and 503 get `retryAfterMs` from the caller. */
function errorFromResponse(response, context, retryAfterMs) {
	const { apiId, error } = readErrorBody(response.body);
	const detail = error === void 0 ? "" : `: ${scrubText(error, context.secrets)}`;
	const status = response.status;
	const where = `${context.method} ${context.path}`;
	const init = {
		operation: context.operation,
		method: context.method,
		path: context.path,
		status,
		apiId
	};
	switch (true) {
		case status === 401: return new VerifyAuthenticationError(`Plivo refused the credentials (401) for ${where}${detail}. Check the Auth ID and Auth Token.`, init);
		case status === 403: {
			const geoPermission = context.operation === "create";
			return new VerifyPermissionError(`Plivo answered 403 for ${where}${detail}.${geoPermission ? " The destination country may not be enabled in your geo permissions." : ""}`, {
				...init,
				geoPermission
			});
		}
		case status === 404: return new VerifyNotFoundError(`Not found (404) at ${where}${detail}`, init);
		case status === 429: return new VerifyRateLimitError(`Plivo rate limit reached (429) at ${where}${detail}`, {
			...init,
			retryAfterMs,
			local: false
		});
		case status >= 500: {
			const unsafe = context.method !== "GET";
			return new VerifyUpstreamError(`Plivo server error (${status}) at ${where}${detail}.${unsafe ? " The request may have been processed; check the session before sending again." : ""}`, {
				...init,
				retryable: !unsafe,
				retryAfterMs
			});
		}
		case status >= 400: return new VerifyValidationError(`Plivo rejected the request (${status}) at ${where}${detail}`, {
			...init,
			issues: [{
				field: "request",
				message: error === void 0 ? `HTTP ${status}` : scrubText(error, context.secrets)
			}],
			source: "server"
		});
		default: return new VerifyProtocolError(`Unexpected HTTP status ${status} at ${where}`, init);
	}
}
function editDistance(a, b) {
	const s = a.toLowerCase();
	const t = b.toLowerCase();
	const rows = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
	const at = (i, j) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i <= s.length; i += 1) for (let j = 1; j <= t.length; j += 1) {
		const cost = s[i - 1] === t[j - 1] ? 0 : 1;
		let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
		if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
		const row = rows[i];
		if (row) row[j] = best;
	}
	return at(s.length, t.length);
}
/**
* The known name an unknown key is probably a misspelling of (one edit for short names, two from five letters on),
* or undefined when none is close or two are equally close.
*/
function closestName(key, known) {
	if (key.length > 64) return void 0;
	const allowed = key.length >= 5 ? 2 : 1;
	let best;
	let bestDistance = allowed + 1;
	let tie = false;
	for (const name of known) {
		const distance = editDistance(key, name);
		if (distance < bestDistance) {
			best = name;
			bestDistance = distance;
			tie = false;
		} else if (distance === bestDistance) tie = true;
	}
	return best !== void 0 && !tie ? best : void 0;
}
/** An unknown key's message: with the explicit hint, else the closest known name, else none. */
function unknownKeyMessage(key, known, hints = {}) {
	const hint = Object.hasOwn(hints, key) ? hints[key] : closestName(key, known);
	return hint ? `unknown field; did you mean ${hint}?` : "unknown field";
}
/** One issue per key of a plain options object that is not in `known` (a misspelt option would be a silent no-op). */
function unknownKeyIssues(value, known, prefix) {
	return Object.keys(value).filter((key) => !known.includes(key)).map((key) => ({
		field: `${prefix}.${echoableFieldName(key)}`,
		message: unknownKeyMessage(key, known)
	}));
}
const defOf = (schema) => schema?._zod?.def;
function objectsAt(schema, path, depth = 0) {
	const def = defOf(schema);
	if (def === void 0 || depth > 32) return [];
	switch (def.type) {
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "nonoptional":
		case "readonly":
		case "catch": return objectsAt(def.innerType, path, depth + 1);
		case "pipe": return objectsAt(def.in, path, depth + 1);
		case "union": return def.options.flatMap((option) => objectsAt(option, path, depth + 1));
		case "object": {
			if (path.length === 0) return [def];
			const [head, ...rest] = path;
			const shape = def.shape;
			return head !== void 0 && Object.hasOwn(shape, head) ? objectsAt(shape[head], rest, depth + 1) : [];
		}
		default: return [];
	}
}
/** The field names a schema knows for the object at `path` (for did-you-mean hints on unknown keys). */
function knownKeysAt(schema, path) {
	return [...new Set(objectsAt(schema, path).flatMap((def) => Object.keys(def.shape)))];
}
const PLIVO_ACCOUNT_LIMIT = {
	limit: 300,
	windowMs: 5e3
};
const PLIVO_LIST_LIMIT = {
	limit: 20,
	windowMs: 6e4
};
const QUEUE_FULL = Symbol.for("plivo-verify.limiter.queue-full");
/** Thrown by the built-in limiter when too many callers wait; the client turns it into a local rate-limit error. */
var QueueFullError = class extends Error {
	name = "QueueFullError";
	retryAfterMs;
	constructor(retryAfterMs) {
		super("client-side rate limit queue is full");
		this.retryAfterMs = retryAfterMs;
		Object.defineProperty(this, QUEUE_FULL, { value: true });
	}
	static isInstance(value) {
		return typeof value === "object" && value !== null && value[QUEUE_FULL] === true;
	}
};
function isPositiveInteger(value) {
	return typeof value === "number" && Number.isInteger(value) && value > 0;
}
/** Checks limiter options; issues name the field under `prefix`. */
function checkWindowOptions(options, prefix) {
	if (typeof options !== "object" || options === null) return [{
		field: prefix,
		message: "expected { limit, windowMs, maxQueue? }, a RateLimiter or false"
	}];
	const { limit, windowMs, maxQueue } = options;
	const issues = unknownKeyIssues(options, [
		"limit",
		"windowMs",
		"maxQueue"
	], prefix);
	if (!isPositiveInteger(limit)) issues.push({
		field: `${prefix}.limit`,
		message: "expected an integer of 1 or more"
	});
	if (!isPositiveInteger(windowMs) || windowMs > 864e5) issues.push({
		field: `${prefix}.windowMs`,
		message: "expected milliseconds, an integer from 1 to 86400000"
	});
	if (maxQueue !== void 0 && !(typeof maxQueue === "number" && Number.isInteger(maxQueue) && maxQueue >= 0)) issues.push({
		field: `${prefix}.maxQueue`,
		message: "expected an integer of 0 or more"
	});
	return issues;
}
/**
* A strict sliding window, enforced where it matters: at the server. A granted slot counts while its request is in
* flight and, once released, is dated at its release (not its start) and counts for `windowMs` more. A request
* reaches the server after it starts and before it ends, so any two requests that arrive within one window were
* both counted when the later one was granted: no span of `windowMs` (ends included) sees more than `limit`
* arrivals, whatever the socket pool, event loop or latency did. Callers wait first come, first served and are
* woken by one timer (when the oldest dated slot leaves the window) or by a release; a caller aborted while
* waiting holds no slot. Every granted slot must be released, or it counts for ever.
*/
function slidingWindowLimiter(options, clock) {
	const issues = checkWindowOptions(options, "options");
	if (clock === null || typeof clock !== "object" || typeof clock.now !== "function" || typeof clock.sleep !== "function") issues.push({
		field: "clock",
		message: "expected { now(), sleep(ms, signal) }"
	});
	if (issues.length > 0) throw new VerifyValidationError(`Invalid rate limiter: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ")}`, {
		operation: "client",
		method: "NEW",
		path: "",
		issues,
		source: "client"
	});
	const { limit, windowMs } = options;
	const maxQueue = options.maxQueue ?? 1e3;
	const ended = [];
	let inFlight = 0;
	const queue = [];
	let timer;
	const forget = (now) => {
		while (ended.length > 0 && (ended[0] ?? 0) < now - windowMs) ended.shift();
	};
	const hasRoom = () => inFlight + ended.length < limit;
	const newRelease = () => {
		inFlight += 1;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			inFlight -= 1;
			ended.push(Math.max(clock.now(), ended[ended.length - 1] ?? 0));
			pump();
		};
	};
	function pump() {
		const now = clock.now();
		forget(now);
		while (queue.length > 0 && hasRoom()) {
			const waiter = queue.shift();
			waiter.signal?.removeEventListener("abort", waiter.onAbort);
			waiter.grant(newRelease());
		}
		if (queue.length === 0) {
			timer?.stop.abort();
			timer = void 0;
			return;
		}
		const mustLeave = inFlight + ended.length - limit + 1;
		if (mustLeave > ended.length) return;
		const at = (ended[mustLeave - 1] ?? now) + windowMs + 1;
		if (timer !== void 0 && timer.at <= at) return;
		timer?.stop.abort();
		const stop = new AbortController();
		timer = {
			at,
			stop
		};
		clock.sleep(Math.max(0, at - now), stop.signal).then(() => {
			if (timer?.stop === stop) timer = void 0;
			pump();
		}, () => {});
	}
	const estimateWait = (now) => {
		const starts = [...ended, ...Array.from({ length: inFlight }, () => now)];
		let slot = now;
		for (let i = 0; i <= queue.length; i += 1) {
			const blocking = starts.length >= limit ? (starts[starts.length - limit] ?? now) + windowMs + 1 : now;
			slot = Math.max(now, blocking, starts[starts.length - 1] ?? now);
			starts.push(slot);
		}
		return slot - now;
	};
	return {
		get waiting() {
			return queue.length;
		},
		acquire(signal) {
			if (signal?.aborted) return Promise.reject(signal.reason);
			forget(clock.now());
			if (queue.length === 0 && hasRoom()) return Promise.resolve(newRelease());
			if (queue.length >= maxQueue) return Promise.reject(new QueueFullError(estimateWait(clock.now())));
			return new Promise((resolve, reject) => {
				const waiter = {
					grant: resolve,
					signal,
					onAbort: () => {
						const index = queue.indexOf(waiter);
						if (index >= 0) queue.splice(index, 1);
						reject(signal?.reason);
						pump();
					}
				};
				signal?.addEventListener("abort", waiter.onAbort, { once: true });
				queue.push(waiter);
				pump();
			});
		}
	};
}
function resolveRetryPolicy(options) {
	if (options === false) return {
		maxAttempts: 1,
		baseDelayMs: 0,
		maxDelayMs: 0,
		maxElapsedMs: 0
	};
	return {
		maxAttempts: Math.max(1, Math.floor(options?.maxAttempts ?? 3)),
		baseDelayMs: Math.max(0, options?.baseDelayMs ?? 250),
		maxDelayMs: Math.max(0, options?.maxDelayMs ?? 8e3),
		maxElapsedMs: Math.max(0, options?.maxElapsedMs ?? 3e4)
	};
}
/** Full-jitter exponential backoff: a random wait in [0, min(cap, base·2^retry)]. */
function backoffDelay(policy, retry, random) {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
	return Math.round(ceiling * random());
}
/** `Retry-After` as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
	if (value === void 0 || value.trim() === "") return void 0;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1e3) : void 0;
	const date = Date.parse(value);
	return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
/** Takes a slot from each limiter in turn; the returned function gives every slot back (once). */
async function acquire(context, call) {
	const limiters = [call.operation === "list" ? context.listLimiter : void 0, context.accountLimiter];
	const releases = [];
	const releaseAll = (stillInFlight = false) => {
		for (const release of releases.splice(0)) release(stillInFlight);
	};
	for (const limiter of limiters) {
		if (limiter === void 0) continue;
		let release;
		try {
			release = await limiter.acquire(call.signal);
		} catch (error) {
			releaseAll();
			if (!QueueFullError.isInstance(error)) throw error;
			throw new VerifyRateLimitError(`Client-side rate limit queue is full for ${call.method} ${call.path}; try again in ${error.retryAfterMs} ms`, {
				operation: call.operation,
				method: call.method,
				path: call.path,
				retryAfterMs: error.retryAfterMs,
				local: true
			});
		}
		if (typeof release === "function") releases.push(release);
	}
	return releaseAll;
}
function parseJson(response, call) {
	try {
		return JSON.parse(response.body);
	} catch {
		throw new VerifyProtocolError(`Plivo answered ${response.status} with a body that is not JSON at ${call.method} ${call.path}`, {
			operation: call.operation,
			method: call.method,
			path: call.path,
			status: response.status
		});
	}
}
/**
* One attempt holds its rate-limit slots until it ends, however it ends, so they are dated at its end. An attempt
* that ended with no answer after its request may have left is released as still in flight: it may reach Plivo
* after this moment.
*/
async function attemptOnce(context, call, startedAt) {
	const release = await acquire(context, call);
	const ended = { stillInFlight: false };
	try {
		return await sendOnce(context, call, startedAt, ended);
	} finally {
		release(ended.stillInFlight);
	}
}
async function sendOnce(context, call, startedAt, ended) {
	const url = `${context.baseUrl}${call.path}${call.query && [...call.query].length > 0 ? `?${call.query}` : ""}`;
	const headers = {
		authorization: context.authorization,
		accept: "application/json",
		"user-agent": context.userAgent
	};
	if (call.body !== void 0) headers["content-type"] = "application/json";
	const where = {
		operation: call.operation,
		method: call.method,
		path: call.path
	};
	let response;
	try {
		response = await context.transport({
			method: call.method,
			url,
			headers,
			...call.body === void 0 ? {} : { body: JSON.stringify(call.body) },
			timeoutMs: context.timeoutMs,
			...call.signal === void 0 ? {} : { signal: call.signal }
		});
	} catch (cause) {
		const failure = TransportError.isInstance(cause) ? cause : new TransportError("UNKNOWN", { phase: "sent" });
		ended.stillInFlight = failure.phase === "sent";
		if (call.signal?.aborted === true && (failure.phase === "not-sent" || call.method === "GET")) throw call.signal?.reason;
		if (failure.phase === "sent" && call.method !== "GET") throw new VerifyAmbiguousError(`No answer to ${call.method} ${call.path} (${failure.reason}) after the request was sent: Plivo may have processed it. It was not retried.`, {
			...where,
			startedAt: new Date(startedAt).toISOString(),
			timedOut: failure.timedOut,
			cause: failure
		});
		return {
			kind: "retry",
			error: new VerifyNetworkError(`${failure.timedOut ? "Timed out" : "Network failure"} on ${call.method} ${call.path} (${failure.reason})`, {
				...where,
				timedOut: failure.timedOut,
				cause: failure
			}),
			waitMs: void 0
		};
	}
	const status = response.status;
	if (status >= 200 && status < 300 || call.passStatuses?.includes(status)) return {
		kind: "done",
		answer: {
			status,
			json: parseJson(response, call)
		}
	};
	const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers["retry-after"], context.clock.now()) : void 0;
	const error = errorFromResponse(response, {
		...where,
		secrets: [...context.secrets, ...call.secrets ?? []]
	}, retryAfterMs);
	if (status === 429 || status >= 500 && call.method === "GET") return {
		kind: "retry",
		error,
		waitMs: retryAfterMs
	};
	throw error;
}
/**
* Sends one API call through the rate limiter and the retry policy. A call that may send a code is repeated
* only when it provably was not processed (429, or the request never left).
*/
async function apiRequest(context, call) {
	const startedAt = context.clock.now();
	for (let attempt = 1;; attempt += 1) {
		call.signal?.throwIfAborted();
		const outcome = await attemptOnce(context, call, startedAt);
		if (outcome.kind === "done") return outcome.answer;
		const wait = outcome.waitMs ?? backoffDelay(context.retry, attempt - 1, context.random);
		const elapsed = context.clock.now() - startedAt;
		if (attempt >= context.retry.maxAttempts || elapsed + wait > context.retry.maxElapsedMs) throw outcome.error;
		await context.clock.sleep(wait, call.signal);
	}
}
function valueAt(input, path) {
	let value = input;
	for (const key of path) {
		if (typeof value !== "object" || value === null) return void 0;
		value = value[key];
	}
	return value;
}
function describe(issue, input, where) {
	const base = issue.path.map(String);
	if (issue.code === "unrecognized_keys") {
		const known = where.schema ? knownKeysAt(where.schema, issue.path) : [];
		return issue.keys.map((key) => ({
			field: [
				where.prefix,
				...base,
				echoableFieldName(key)
			].filter(Boolean).join("."),
			message: unknownKeyMessage(key, known, where.hints)
		}));
	}
	return [{
		field: [where.prefix, ...base].filter(Boolean).join(".") || where.prefix || where.whole || "input",
		message: issue.code === "invalid_type" && valueAt(input, issue.path) === void 0 ? "is required" : issue.message
	}];
}
/**
* A schema's issues as `{ field, message }`, the form every adapter reports: one per field, "is required" only
* when the field is absent, unknown keys named only when they look like field names. Never echoes a value.
*/
function fieldIssues(error, input, options = {}) {
	return error.issues.flatMap((issue) => describe(issue, input, options));
}
/** Runs a schema over caller input; on failure throws a `VerifyValidationError` naming every bad field. */
function parseInput(schema, input, where) {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issues = fieldIssues(result.error, input, {
		schema,
		...where
	});
	const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
	throw new VerifyValidationError(`Invalid ${where.operation} request: ${summary}`, {
		operation: where.operation,
		method: where.method,
		path: where.path,
		issues,
		source: "client"
	});
}
/** Plivo's API origin: the client's default `baseUrl`, and what adapters show as the default in their settings. */
const PLIVO_API_BASE_URL = "https://api.plivo.com";
/** Node clamps longer timers to 1 ms, so every call would time out at once; 10 minutes is already generous. */
const MAX_TIMEOUT_MS = 6e5;
/** Why a base URL cannot be used as the prefix of every request path, or undefined. */
function baseUrlProblem(value) {
	let url;
	try {
		url = new URL(value);
	} catch {
		return `expected an absolute http(s) URL, e.g. ${PLIVO_API_BASE_URL}`;
	}
	if (url.protocol !== "http:" && url.protocol !== "https:") return `expected an absolute http(s) URL, e.g. ${PLIVO_API_BASE_URL}`;
	if (url.search || url.hash || value.includes("#") || value.includes("?")) return "expected no query or fragment: just the scheme, host and optional path prefix";
	if (url.username || url.password) return "expected no user name or password in the URL";
	if (/\/v1\/Account\//i.test(url.pathname)) return `expected the API root without /v1/Account/…, e.g. ${PLIVO_API_BASE_URL} (core adds the path)`;
}
const httpUrl$1 = string({ message: `expected an absolute http(s) URL, e.g. ${PLIVO_API_BASE_URL}` }).superRefine((value, ctx) => {
	const problem = baseUrlProblem(value);
	if (problem !== void 0) ctx.addIssue({
		code: "custom",
		message: problem
	});
});
/** An integer number of milliseconds from `min` to `max`, with one message naming the range. */
const milliseconds = (max, min = 0) => number$1({ message: `expected milliseconds, an integer from ${min} to ${max}` }).int({ message: `expected milliseconds, an integer from ${min} to ${max}` }).min(min, { message: `expected milliseconds, an integer from ${min} to ${max}` }).max(max, { message: `expected milliseconds, an integer from ${min} to ${max}` });
const isFunction = (value) => typeof value === "function";
const ClientOptionsSchema = strictObject({
	authId: string({ message: "is required: your Plivo Auth ID (MA… or SA…)" }).regex(/^(MA|SA)[A-Z0-9]{18}$/, { message: "expected MA or SA followed by 18 upper-case letters or digits" }),
	authToken: string({ message: "is required: your Plivo Auth Token" }).min(1, { message: "must not be empty" }).regex(/^[\x21-\x7e]+$/, { message: "expected printable ASCII without spaces (check for a pasted newline)" }),
	baseUrl: httpUrl$1.optional(),
	timeoutMs: milliseconds(MAX_TIMEOUT_MS, 1).optional(),
	transport: custom(isFunction, { message: "expected a transport function (request) => response" }),
	clock: custom((value) => typeof value === "object" && value !== null && isFunction(value.now) && isFunction(value.sleep), { message: "expected a clock { now(): number; sleep(ms, signal?): Promise<void> }" }),
	random: custom(isFunction, { message: "expected a function returning a number in [0, 1)" }).optional(),
	retry: union([literal(false), strictObject({
		maxAttempts: number$1({ message: "expected an integer from 1 to 10" }).int({ message: "expected an integer from 1 to 10" }).min(1, { message: "expected an integer from 1 to 10" }).max(10, { message: "expected an integer from 1 to 10" }).optional(),
		baseDelayMs: milliseconds(MAX_TIMEOUT_MS).optional(),
		maxDelayMs: milliseconds(MAX_TIMEOUT_MS).optional(),
		maxElapsedMs: milliseconds(36e5).optional()
	})], { message: "expected false or { maxAttempts?, baseDelayMs?, maxDelayMs?, maxElapsedMs? }" }).optional(),
	rateLimit: unknown().optional()
}, { message: "expected an options object { authId, authToken, … }" });
const WHERE = {
	operation: "client",
	method: "NEW",
	path: "",
	prefix: "options",
	hints: {
		timeout: "timeoutMs",
		retries: "retry",
		rateLimits: "rateLimit",
		ratelimit: "rateLimit",
		baseURL: "baseUrl",
		baseurl: "baseUrl",
		url: "baseUrl",
		authID: "authId",
		auth_id: "authId",
		token: "authToken",
		auth_token: "authToken"
	}
};
/** Every client option checked at once; a `VerifyValidationError` names each bad one (`options.timeoutMs`, …). */
function checkClientOptions(options) {
	const parsed = parseInput(ClientOptionsSchema, options, WHERE);
	return {
		authId: parsed.authId,
		authToken: parsed.authToken,
		baseUrl: parsed.baseUrl,
		timeoutMs: parsed.timeoutMs,
		transport: parsed.transport,
		clock: parsed.clock,
		random: parsed.random,
		retry: resolveRetryPolicy(parsed.retry)
	};
}
function isLimiter(value) {
	return typeof value === "object" && value !== null && isFunction(value.acquire);
}
/** The account and list limiters for `rateLimit` (default: Plivo's documented limits, strict sliding windows). */
function resolveLimiters(rateLimit, clock) {
	if (rateLimit === false) return {
		account: void 0,
		list: void 0
	};
	if (rateLimit !== void 0 && (typeof rateLimit !== "object" || rateLimit === null)) throw invalid([{
		field: "options.rateLimit",
		message: "expected false or { account?, list? }"
	}]);
	const limits = rateLimit ?? {};
	const issues = unknownKeyIssues(limits, ["account", "list"], "options.rateLimit");
	const pick = (value, fallback, name) => {
		if (value === false) return void 0;
		if (value === void 0) return slidingWindowLimiter(fallback, clock);
		if (isLimiter(value)) return value;
		const found = checkWindowOptions(value, `options.rateLimit.${name}`);
		issues.push(...found);
		return found.length === 0 ? slidingWindowLimiter(value, clock) : void 0;
	};
	const account = pick(limits.account, PLIVO_ACCOUNT_LIMIT, "account");
	const list = pick(limits.list, PLIVO_LIST_LIMIT, "list");
	if (issues.length > 0) throw invalid(issues);
	return {
		account,
		list
	};
}
function invalid(issues) {
	return new VerifyValidationError(`Invalid client request: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ")}`, {
		operation: "client",
		method: "NEW",
		path: "",
		issues,
		source: "client"
	});
}
/** UI-driven callers send `''` or `null` for an empty optional field: that means "not given". */
function emptyToUndefined(value) {
	return value === "" || value === null ? void 0 : value;
}
/**
* An optional field that also takes `''` and `null` as "not given", with its metadata on the outside so that
* `describeFields` and `z.toJSONSchema` find it.
*/
function optionalField(schema, meta) {
	return preprocess((value) => emptyToUndefined(value), schema.optional()).optional().meta(meta);
}
/** A required field (empty values stay errors). */
function requiredField(schema, meta) {
	return schema.meta(meta);
}
const FORMATTING = /[\s\-().]/g;
const E164_DIGITS = /^[1-9]\d{6,14}$/;
/**
* The digits of a number as Plivo stores and returns it (`+1 (415) 555-0100` → `14155550100`), without checking
* it: for comparing two spellings of one number, or masking every form of it.
*/
function phoneDigits(value) {
	const compact = value.trim().replace(FORMATTING, "");
	return compact.startsWith("+") ? compact.slice(1) : compact;
}
/**
* A phone number in E.164, with or without `+`, formatting characters allowed. Normalised to the digits-only
* form Plivo stores and returns (`+1 (415) 555-0100` → `14155550100`).
*/
const PhoneNumber = string().transform((value, ctx) => {
	const digits = phoneDigits(value);
	if (!E164_DIGITS.test(digits)) {
		ctx.addIssue({
			code: "custom",
			message: "expected a phone number in E.164 format, e.g. +14155550100 (country code, 7 to 15 digits)"
		});
		return NEVER;
	}
	return digits;
});
const Channel = _enum(["sms", "voice"], { message: "expected sms or voice" });
/** Plivo stores callback URLs up to 2,048 characters; a longer one would only fail at Plivo. */
const MAX_URL_LENGTH = 2048;
const httpUrl = string().max(MAX_URL_LENGTH, { message: `expected at most ${MAX_URL_LENGTH} characters` }).refine((value) => {
	try {
		const url = new URL(value);
		return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
	} catch {
		return false;
	}
}, { message: "expected an absolute http(s) URL, e.g. https://example.com/verify/status" });
const uuid = string({ message: "expected a UUID" }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: "expected a UUID" });
const SessionUuid = uuid;
const CODE_LENGTH = "expected an integer from 4 to 8";
const DTMF = "expected a single DTMF digit, an integer from 0 to 9";
/** Parameters of `sessions.create` (Plivo's wire names); each field carries its label, description and example. */
const createSessionParamsSchema = strictObject({
	recipient: requiredField(PhoneNumber, {
		title: "Recipient",
		description: "Phone number to send the code to, in E.164 (country code first); spaces and dashes are removed.",
		examples: ["+14155550100"]
	}),
	app_uuid: optionalField(uuid, {
		title: "App UUID",
		description: "Verify application whose settings (template, expiry, attempts) apply; the default app if empty.",
		examples: ["d2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11"]
	}),
	channel: optionalField(Channel, {
		title: "Channel",
		description: "How the code is delivered: sms (default) or voice.",
		examples: ["sms"]
	}),
	url: optionalField(httpUrl, {
		title: "Status Callback URL",
		description: "Absolute http(s) URL Plivo calls when the session status changes (at most 2,048 characters).",
		examples: ["https://example.com/verify/status"]
	}),
	method: optionalField(_enum(["GET", "POST"], { message: "expected GET or POST" }), {
		title: "Callback Method",
		description: "HTTP method of the status callback (Plivo uses POST if empty); needs a callback URL.",
		examples: ["POST"]
	}),
	locale: optionalField(string().regex(/^[a-z]{2}(_[A-Z]{2})?$/, { message: "expected a locale like en or en_US (ISO 639-1 + ISO 3166-1)" }), {
		title: "Locale",
		description: "Language of the message (ISO 639-1, optional ISO 3166-1 region), e.g. en or en_US.",
		examples: ["en_US"]
	}),
	brand_name: optionalField(string({ message: "expected a brand name" }).trim().min(1, { message: "expected a non-empty brand name" }).max(100, { message: "expected at most 100 characters" }), {
		title: "Brand Name",
		description: "Replaces the brand_name placeholder of the app template; overrides the app setting.",
		examples: ["Acme"]
	}),
	app_hash: optionalField(string({ message: "expected the 11-character Android SMS Retriever app hash" }).regex(/^[A-Za-z0-9+/]{11}$/, { message: "expected the 11-character Android SMS Retriever app hash" }), {
		title: "Android App Hash",
		description: "Android SMS Retriever hash appended to the SMS (sms channel only).",
		examples: ["FA+9qCX9VSu"]
	}),
	code_length: optionalField(number$1({ message: CODE_LENGTH }).int({ message: CODE_LENGTH }).min(4, { message: CODE_LENGTH }).max(8, { message: CODE_LENGTH }), {
		title: "Code Length",
		description: "Digits in the code, 4 to 8; overrides the app's setting.",
		examples: [6]
	}),
	dtmf: optionalField(number$1({ message: DTMF }).int({ message: DTMF }).min(0, { message: DTMF }).max(9, { message: DTMF }), {
		title: "DTMF",
		description: "Voice channel only: the key (0 to 9) the listener presses, as Plivo defines for voice codes.",
		examples: [9]
	}),
	fraud_check: optionalField(string({ message: "expected a Fraud Shield setting such as disabled" }).min(1).max(32, { message: "expected at most 32 characters" }), {
		title: "Fraud Check",
		description: "Fraud Shield setting for this SMS (sms channel only), e.g. disabled.",
		examples: ["disabled"]
	})
}).superRefine((params, ctx) => {
	const channel = params.channel ?? "sms";
	if (params.method !== void 0 && params.url === void 0) ctx.addIssue({
		code: "custom",
		path: ["method"],
		message: "method applies to the status callback: set url too"
	});
	if (params.app_hash !== void 0 && channel !== "sms") ctx.addIssue({
		code: "custom",
		path: ["app_hash"],
		message: "app_hash is only used by the sms channel"
	});
	if (params.fraud_check !== void 0 && channel !== "sms") ctx.addIssue({
		code: "custom",
		path: ["fraud_check"],
		message: "fraud_check is only used by the sms channel"
	});
	if (params.dtmf !== void 0 && channel !== "voice") ctx.addIssue({
		code: "custom",
		path: ["dtmf"],
		message: "dtmf is only used by the voice channel"
	});
});
const PLIVO_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const SESSION_TIME_MESSAGE = "expected UTC time as YYYY-MM-DD HH:MM[:ss[.uuuuuu]], an ISO 8601 date-time or a valid Date";
function pad(value, width = 2) {
	return String(value).padStart(width, "0");
}
function realDate(year, month, day, hour, minute, second) {
	if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isValidDate(date) {
	return !Number.isNaN(date.getTime());
}
function format(date, withMillis) {
	const base = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
	const millis = date.getUTCMilliseconds();
	return withMillis && millis !== 0 ? `${base}.${pad(millis, 3)}` : base;
}
/**
* A time filter value in Plivo's format, or undefined when it is not a real time. Plivo-format strings are kept
* as written (after checking the calendar); Dates and ISO strings are converted to UTC.
*/
function toSessionTime(value) {
	if (value instanceof Date) return isValidDate(value) ? format(value, true) : void 0;
	const text = value.trim();
	const plivo = PLIVO_TIME.exec(text);
	if (plivo) {
		const [, y, mo, d, h, mi, s] = plivo.map(Number);
		return realDate(y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : s ?? 0) ? text : void 0;
	}
	const iso = ISO_TIME.exec(text);
	if (!iso) return void 0;
	const [, y, mo, d, h, mi, s] = iso.slice(0, 7).map(Number);
	if (!realDate(y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : s ?? 0)) return void 0;
	const zone = iso[8];
	const withZone = zone === void 0 ? `${text}Z` : zone.length === 5 ? `${text.slice(0, -5)}${zone.slice(0, 3)}:${zone.slice(3)}` : text;
	const date = new Date(withZone);
	return isValidDate(date) ? format(date, true) : void 0;
}
function dateToIso(value) {
	if (!(value instanceof Date)) return value;
	return isValidDate(value) ? value.toISOString() : "Invalid Date";
}
/** A time filter: Plivo's format, an ISO 8601 string or a Date; sent in Plivo's format. */
const sessionTimeSchema = preprocess(dateToIso, string({ message: SESSION_TIME_MESSAGE }).transform((value, ctx) => {
	const time = toSessionTime(value);
	if (time === void 0) {
		ctx.addIssue({
			code: "custom",
			message: SESSION_TIME_MESSAGE
		});
		return NEVER;
	}
	return time;
}));
const DEFAULT_SKEW_MS = 6e4;
const SESSION_LOOKBACK_MS = 1440 * 6e4;
/** Wire times (`2026-11-26T12:00:00.123000Z`, or `2026-11-26 12:00:00`, UTC) in ms; NaN when unreadable. */
function wireTimeMs(text) {
	const plivo = toSessionTime(text);
	if (plivo === void 0) return NaN;
	return Date.parse(`${plivo.replace(" ", "T")}Z`);
}
const FindAttemptsSchema = strictObject({
	recipient: PhoneNumber,
	since: union([string(), date()], { message: SESSION_TIME_MESSAGE }).transform((value, ctx) => {
		const ms = value instanceof Date ? value.getTime() : wireTimeMs(value);
		if (Number.isNaN(ms)) {
			ctx.addIssue({
				code: "custom",
				message: SESSION_TIME_MESSAGE
			});
			return NEVER;
		}
		return ms;
	}),
	skewMs: milliseconds(36e5).optional(),
	lookbackMs: milliseconds(7 * 864e5).optional()
});
/** Checks the query and turns it into list filters plus the time from which attempts count. */
function findAttemptsQuery(query, where) {
	const parsed = parseInput(FindAttemptsSchema, query, {
		...where,
		prefix: "query"
	});
	const fromMs = parsed.since - (parsed.skewMs ?? DEFAULT_SKEW_MS);
	return {
		filters: {
			recipient: parsed.recipient,
			session_time__gte: new Date(fromMs - (parsed.lookbackMs ?? SESSION_LOOKBACK_MS))
		},
		fromMs
	};
}
/** Keeps the attempts made at or after `fromMs`; an attempt whose time cannot be read counts (it may be one). */
function pickAttempts(sessions, fromMs) {
	const attempts = [];
	const matched = [];
	for (const session of sessions) {
		const recent = session.attempt_details.filter((attempt) => {
			const at = wireTimeMs(attempt.time);
			return Number.isNaN(at) || at >= fromMs;
		});
		const createdAt = wireTimeMs(session.created_at);
		if (recent.length > 0 || !Number.isNaN(createdAt) && createdAt >= fromMs) matched.push(session);
		for (const attempt of recent) attempts.push({
			...attempt,
			session_uuid: session.session_uuid
		});
	}
	attempts.sort((a, b) => (wireTimeMs(a.time) || 0) - (wireTimeMs(b.time) || 0));
	return {
		sessions: matched,
		attempts
	};
}
const intInRange = (min, max, message) => number$1({ message }).int({ message }).min(min, { message }).max(max, { message });
const TIME_EXAMPLE = "2026-11-26 12:00:00";
const TIME_FORMAT = "UTC, as YYYY-MM-DD HH:MM[:ss], an ISO 8601 date-time or a Date";
const listSessionsFiltersSchema = strictObject({
	app_uuid: optionalField(SessionUuid, {
		title: "App UUID",
		description: "Only sessions sent with this Verify application.",
		examples: ["d2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11"]
	}),
	status: optionalField(_enum([
		"in-progress",
		"verified",
		"expired"
	], { message: "expected in-progress, verified or expired" }), {
		title: "Status",
		description: "Only sessions in this status.",
		examples: ["verified"]
	}),
	recipient: optionalField(PhoneNumber, {
		title: "Recipient",
		description: "Only sessions sent to this phone number (E.164).",
		examples: ["+14155550100"]
	}),
	subaccount: optionalField(string({ message: "expected a subaccount Auth ID (SA followed by 18 characters)" }).regex(/^SA[A-Z0-9]{18}$/, { message: "expected a subaccount Auth ID (SA followed by 18 characters)" }), {
		title: "Subaccount",
		description: "Only sessions of this subaccount (its Auth ID).",
		examples: ["SAXXXXXXXXXXXXXXXXXX"]
	}),
	limit: optionalField(intInRange(1, 20, `expected an integer from 1 to 20`), {
		title: "Limit",
		description: "Sessions per page, 1 to 20 (Plivo default 20).",
		examples: [20]
	}),
	offset: optionalField(intInRange(0, Number.MAX_SAFE_INTEGER, "expected an integer of 0 or more"), {
		title: "Offset",
		description: "Sessions to skip (for paging).",
		examples: [0]
	}),
	session_time: optionalField(sessionTimeSchema, {
		title: "Session Time",
		description: `Only sessions created at exactly this time (${TIME_FORMAT}).`,
		examples: [TIME_EXAMPLE]
	}),
	session_time__gt: optionalField(sessionTimeSchema, {
		title: "Created After",
		description: `Only sessions created after this time (${TIME_FORMAT}).`,
		examples: [TIME_EXAMPLE]
	}),
	session_time__gte: optionalField(sessionTimeSchema, {
		title: "Created At Or After",
		description: `Only sessions created at or after this time (${TIME_FORMAT}).`,
		examples: [TIME_EXAMPLE]
	}),
	session_time__lt: optionalField(sessionTimeSchema, {
		title: "Created Before",
		description: `Only sessions created before this time (${TIME_FORMAT}).`,
		examples: [TIME_EXAMPLE]
	}),
	session_time__lte: optionalField(sessionTimeSchema, {
		title: "Created At Or Before",
		description: `Only sessions created at or before this time (${TIME_FORMAT}).`,
		examples: [TIME_EXAMPLE]
	}),
	country: optionalField(string({ message: "expected an ISO 3166-1 alpha-2 country code, e.g. US" }).regex(/^[A-Za-z]{2}$/, { message: "expected an ISO 3166-1 alpha-2 country code, e.g. US" }).transform((value) => value.toUpperCase()), {
		title: "Country",
		description: "Only sessions to this country (ISO 3166-1 alpha-2).",
		examples: ["US"]
	}),
	alias: optionalField(string().min(1), {
		title: "App Alias",
		description: "Only sessions sent with the Verify application of this alias.",
		examples: ["default_verify_app"]
	}),
	brand_name: optionalField(string().min(1), {
		title: "Brand Name",
		description: "Only sessions sent with this brand name.",
		examples: ["Acme"]
	}),
	app_hash: optionalField(string().min(1), {
		title: "Android App Hash",
		description: "Only sessions sent with this Android app hash.",
		examples: ["FA+9qCX9VSu"]
	})
});
/** The official node SDK sends these mangled keys; name the right one instead of silently ignoring them. */
const MISSPELLED_FILTERS = {
	session_time_gt: "session_time__gt",
	session_time_gte: "session_time__gte",
	session_time_lt: "session_time__lt",
	session_time_lte: "session_time__lte"
};
/** Amounts are decimal strings on the wire; numbers from odd responses are kept exact as strings. */
const money = union([string(), number$1()]).nullish().transform((value) => value === null || value === void 0 ? "0" : String(value));
const text = string().nullish().transform((value) => value ?? "");
/** The session statuses Plivo documents (after folding its case variants and aliases). */
const SESSION_STATUSES$1 = [
	"in-progress",
	"verified",
	"expired"
];
const STATUS_ALIASES = {
	"in-progress": "in-progress",
	in_progress: "in-progress",
	verified: "verified",
	validated: "verified",
	expired: "expired"
};
/** Case variants (`Expired`) and aliases (`validated`) seen in Plivo's docs are folded to the three statuses. */
const status = string().transform((value) => {
	const key = value.trim().toLowerCase();
	return STATUS_ALIASES[key] ?? key;
});
const attemptDetailFields = {
	channel: text,
	attempt_uuid: text,
	status: text,
	time: text,
	brand_name: string().nullish(),
	app_hash: string().nullish(),
	code_length: number$1().nullish(),
	dtmf: number$1().nullish(),
	fraud_check: string().nullish()
};
const AttemptDetail = looseObject(attemptDetailFields);
object(attemptDetailFields);
const attemptChargeFields = {
	attempt_uuid: text,
	channel: text,
	charge: money
};
const AttemptCharge = looseObject(attemptChargeFields);
object(attemptChargeFields);
const chargesFields = {
	total_charge: money,
	validation_charge: money,
	attempt_charges: array(AttemptCharge).nullish().transform((value) => value ?? [])
};
const Charges = looseObject(chargesFields);
object(chargesFields);
const sessionFields = {
	api_id: string().optional(),
	session_uuid: string(),
	app_uuid: text,
	alias: text,
	recipient: text,
	channel: text,
	status,
	count: number$1().nullish(),
	locale: string().nullish(),
	requestor_ip: text,
	destination_country_iso2: text,
	destination_network: string().nullish(),
	attempt_details: array(AttemptDetail).nullish().transform((value) => value ?? []),
	charges: Charges.nullish().transform((value) => value ?? {
		total_charge: "0",
		validation_charge: "0",
		attempt_charges: []
	}),
	created_at: text,
	updated_at: text
};
/** A Verify session as returned by get (with `api_id`) and in lists (without). Unknown fields are kept at run time. */
const Session = looseObject(sessionFields);
object(sessionFields);
const CreateSessionResponse = looseObject({
	api_id: string(),
	message: string(),
	session_uuid: string(),
	invalid_number: string().optional()
});
const ListMeta = looseObject({
	limit: number$1(),
	offset: number$1(),
	next: string().nullish().transform((value) => value ?? null),
	previous: string().nullish().transform((value) => value ?? null)
});
const ListSessionsResponse = looseObject({
	api_id: string(),
	meta: ListMeta,
	sessions: array(Session).nullish().transform((value) => value ?? [])
});
const ValidateSessionBody = looseObject({
	api_id: string().optional(),
	message: string().optional(),
	session_uuid: string().optional(),
	error: string().optional()
});
/** Fills `count` from `attempt_details` when Plivo leaves it out. */
function normaliseSession(session) {
	return {
		...session,
		count: session.count ?? session.attempt_details.length
	};
}
/** Arguments of `sessions.validate`. The OTP stays a string: a number would lose leading zeros. */
const validateSessionParamsSchema = strictObject({
	session_uuid: requiredField(SessionUuid, {
		title: "Session UUID",
		description: "The session_uuid returned when the code was sent.",
		examples: ["8e712097-8090-4644-81e7-8f4265d8354e"]
	}),
	otp: requiredField(string({ message: "expected the code as a string of 4 to 8 digits (a number would lose leading zeros)" }).trim().regex(/^\d{4,8}$/, { message: "expected 4 to 8 digits" }), {
		title: "Code",
		description: "The code the user entered, as a string of 4 to 8 digits.",
		examples: ["123456"]
	})
});
/**
* The one place where Plivo's refusal texts become reasons (documented in the README table). Plivo does not
* document these texts; the patterns cover the texts seen from Plivo, its SDKs' tests and the sandbox. Order
* matters: "maximum validation attempts" must not read as a wrong code, "already validated" not as success.
*/
const REASON_PATTERNS = [
	["already_verified", /\balready\s+(validated|verified)\b/i],
	["too_many_attempts", /\b(maximum|max|too many|exceeded|limit)\b.*\b(attempts?|validations?|tries)\b/i],
	["expired", /\bexpired?\b/i],
	["wrong_code", /\b(invalid|incorrect|wrong|mismatch(ed)?)\b.*\b(otp|code|passcode)\b|\b(otp|code|passcode)\b.*\b(invalid|incorrect|wrong)\b/i]
];
/** Maps Plivo's refusal text (its `error` or `message`) to a reason; anything not recognised is `unknown`. */
function validationFailureReason(text) {
	for (const [reason, pattern] of REASON_PATTERNS) if (pattern.test(text)) return reason;
	return "unknown";
}
const SESSION_PATH = "Verify/Session/";
const GetSessionParams = strictObject({ session_uuid: SessionUuid });
/** Only the signal is taken from call options: nothing a caller passes can change the request itself. */
function signalOf(call) {
	const signal = typeof call === "object" && call !== null ? call.signal : void 0;
	return signal instanceof AbortSignal ? { signal } : {};
}
function toQuery(filters) {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(filters)) if (value !== void 0) query.set(key, String(value));
	return query;
}
function parseAnswer(schema, json, where) {
	const result = schema.safeParse(json);
	if (result.success) return result.data;
	const fields = [...new Set(result.error.issues.map((issue) => issue.path.join(".") || "body"))].join(", ");
	throw new VerifyProtocolError(`Plivo's ${where.operation} answer (${where.status}) did not have the documented shape (fields: ${fields})`, where);
}
/** Builds the client from fully injected parts; the Node entry fills in axios and timers. */
function createVerifyClientWith(options) {
	const checked = checkClientOptions(options);
	const limiters = resolveLimiters(options.rateLimit, checked.clock);
	const basePath = `/v1/Account/${checked.authId}/${SESSION_PATH}`;
	const context = {
		baseUrl: (checked.baseUrl ?? "https://api.plivo.com").replace(/\/+$/, ""),
		authorization: `Basic ${btoa(`${checked.authId}:${checked.authToken}`)}`,
		authId: checked.authId,
		authToken: checked.authToken,
		secrets: secretForms(checked.authId, checked.authToken),
		transport: checked.transport,
		clock: checked.clock,
		random: checked.random ?? Math.random,
		timeoutMs: checked.timeoutMs ?? 15e3,
		retry: checked.retry,
		accountLimiter: limiters.account,
		listLimiter: limiters.list,
		userAgent: "plivo-verify-kit-core"
	};
	const sessionPath = (uuid) => `${basePath}${encodeURIComponent(uuid)}/`;
	async function list(filters = {}, call = {}) {
		const where = {
			operation: "list",
			method: "GET",
			path: basePath
		};
		const parsed = parseInput(listSessionsFiltersSchema, filters, {
			...where,
			prefix: "filters",
			hints: MISSPELLED_FILTERS
		});
		const answer = await apiRequest(context, {
			...where,
			method: "GET",
			query: toQuery(parsed),
			secrets: parsed.recipient ? [parsed.recipient] : [],
			...signalOf(call)
		});
		const body = parseAnswer(ListSessionsResponse, answer.json, {
			...where,
			status: answer.status
		});
		return {
			api_id: body.api_id,
			meta: body.meta,
			sessions: body.sessions.map(normaliseSession)
		};
	}
	async function* iterate(filters = {}, call = {}) {
		const first = parseInput(listSessionsFiltersSchema, filters, {
			operation: "list",
			method: "GET",
			path: basePath,
			prefix: "filters",
			hints: MISSPELLED_FILTERS
		});
		const pageSize = first.limit ?? 20;
		let offset = first.offset ?? 0;
		const seen = /* @__PURE__ */ new Set();
		while (true) {
			const page = await list({
				...filters,
				limit: pageSize,
				offset
			}, call);
			for (const session of page.sessions) {
				if (seen.has(session.session_uuid)) continue;
				seen.add(session.session_uuid);
				yield session;
			}
			if (page.meta.next === null || page.sessions.length === 0) return;
			offset += page.sessions.length;
		}
	}
	return { sessions: {
		async create(params, call = {}) {
			const where = {
				operation: "create",
				method: "POST",
				path: basePath
			};
			const body = parseInput(createSessionParamsSchema, params, where);
			const answer = await apiRequest(context, {
				...where,
				method: "POST",
				body,
				secrets: [body.recipient],
				...signalOf(call)
			});
			return parseAnswer(CreateSessionResponse, answer.json, {
				...where,
				status: answer.status
			});
		},
		async validate(sessionUuid, otp, call = {}) {
			const checkedArgs = parseInput(validateSessionParamsSchema, {
				session_uuid: sessionUuid,
				otp
			}, {
				operation: "validate",
				method: "POST",
				path: basePath
			});
			const where = {
				operation: "validate",
				method: "POST",
				path: sessionPath(checkedArgs.session_uuid)
			};
			const answer = await apiRequest(context, {
				...where,
				method: "POST",
				body: { otp: checkedArgs.otp },
				secrets: [checkedArgs.otp],
				passStatuses: [400],
				...signalOf(call)
			});
			const body = parseAnswer(ValidateSessionBody, answer.json, {
				...where,
				status: answer.status
			});
			const text = body.error ?? body.message ?? "";
			const message = scrubText(text, [...context.secrets, checkedArgs.otp]);
			const base = {
				api_id: body.api_id ?? "",
				message,
				session_uuid: checkedArgs.session_uuid
			};
			if (answer.status >= 200 && answer.status < 300 && body.message?.trim() === "session validated successfully.") return {
				valid: true,
				...base
			};
			return {
				valid: false,
				reason: validationFailureReason(text),
				...base,
				status: answer.status
			};
		},
		async get(sessionUuid, call = {}) {
			const { session_uuid } = parseInput(GetSessionParams, { session_uuid: sessionUuid }, {
				operation: "get",
				method: "GET",
				path: basePath
			});
			const where = {
				operation: "get",
				method: "GET",
				path: sessionPath(session_uuid)
			};
			const answer = await apiRequest(context, {
				...where,
				method: "GET",
				...signalOf(call)
			});
			const session = normaliseSession(parseAnswer(Session, answer.json, {
				...where,
				status: answer.status
			}));
			return {
				...session,
				api_id: session.api_id ?? ""
			};
		},
		list,
		iterate,
		async findAttempts(query, call = {}) {
			const checkedQuery = findAttemptsQuery(query, {
				operation: "list",
				method: "GET",
				path: basePath
			});
			const found = [];
			for await (const session of iterate(checkedQuery.filters, call)) found.push(session);
			return pickAttempts(found, checkedQuery.fromMs);
		}
	} };
}
const SESSION_STATUSES = {
	"in-progress": "in-progress",
	in_progress: "in-progress",
	verified: "verified",
	validated: "verified",
	expired: "expired"
};
const CHANNEL_STATUSES = new Set([
	"queued",
	"sent",
	"delivered",
	"undelivered",
	"failed",
	"ringing",
	"in-progress",
	"answer",
	"completed"
]);
const optionalText = string().optional().transform((value) => value === void 0 || value === "" ? null : value);
const callbackEventFields = {
	SessionUUID: string().min(1),
	SessionStatus: string().transform((value) => SESSION_STATUSES[value.trim().toLowerCase()] ?? "unknown"),
	Channel: string().transform((value) => value.trim().toLowerCase()),
	ChannelStatus: string().transform((value) => {
		const folded = value.trim().toLowerCase();
		return CHANNEL_STATUSES.has(folded) ? folded : "unknown";
	}),
	AttemptSequence: number().int().min(1),
	AttemptUUID: string().min(1),
	Recipient: string().min(1),
	RequestTime: string().min(1),
	ChannelErrorCode: optionalText
};
/** A session status callback (wire names kept; unknown parameters are kept at run time). */
const CallbackEvent = looseObject(callbackEventFields);
object(callbackEventFields);
/**
* The attempt (code sent) a create that started at `since` made, after a `VerifyAmbiguousError`: the newest
* attempt since then to the same recipient, on the same channel (Plivo's default when none was named) and, when
* the create named one, of the same app (another app's or channel's code for that number is not this create's).
* `undefined` when the session list shows none; a failed lookup throws (it proves nothing either way).
*/
async function findSentAttempt(sessions, create, since, options = {}) {
	const found = await sessions.findAttempts({
		recipient: create.recipient,
		since
	}, options);
	const channel = create.channel ?? "sms";
	const appOf = new Map(found.sessions.map((session) => [session.session_uuid, session.app_uuid]));
	return found.attempts.filter((attempt) => attempt.channel === channel).filter((attempt) => !create.app_uuid || appOf.get(attempt.session_uuid) === create.app_uuid).at(-1);
}
const K = new Uint32Array([
	1116352408,
	1899447441,
	3049323471,
	3921009573,
	961987163,
	1508970993,
	2453635748,
	2870763221,
	3624381080,
	310598401,
	607225278,
	1426881987,
	1925078388,
	2162078206,
	2614888103,
	3248222580,
	3835390401,
	4022224774,
	264347078,
	604807628,
	770255983,
	1249150122,
	1555081692,
	1996064986,
	2554220882,
	2821834349,
	2952996808,
	3210313671,
	3336571891,
	3584528711,
	113926993,
	338241895,
	666307205,
	773529912,
	1294757372,
	1396182291,
	1695183700,
	1986661051,
	2177026350,
	2456956037,
	2730485921,
	2820302411,
	3259730800,
	3345764771,
	3516065817,
	3600352804,
	4094571909,
	275423344,
	430227734,
	506948616,
	659060556,
	883997877,
	958139571,
	1322822218,
	1537002063,
	1747873779,
	1955562222,
	2024104815,
	2227730452,
	2361852424,
	2428436474,
	2756734187,
	3204031479,
	3329325298
]);
const encoder = new TextEncoder();

//#endregion
//#region ../core/dist/node-clock.mjs
/**
* Wall-clock time and timer-based sleep. Built into the Node entry; `@plivo-verify/core/clock` serves it alone
* (no other import) to code on the pure entry that runs where timers exist: edge and serverless runtimes.
*/
const nodeClock = {
	now: () => Date.now(),
	sleep: (ms, signal) => new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(signal.reason);
			return;
		}
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		signal?.addEventListener("abort", onAbort, { once: true });
	})
};

//#endregion
//#region ../core/dist/index.mjs
/** A keep-alive agent of `AgentClass` (http's or https') that records which of its sockets finished connecting. */
function markingAgent(AgentClass, maxSockets, connected) {
	const agent = new AgentClass({
		keepAlive: true,
		maxSockets
	});
	const create = agent.createConnection.bind(agent);
	agent.createConnection = (options, callback) => {
		const socket = create(options, callback);
		const net = socket;
		if (net) if (net.connecting === false) connected.add(net);
		else net.once("connect", () => connected.add(net));
		return socket;
	};
	return agent;
}
function lowerCased(headers) {
	const out = {};
	for (const [name, value] of Object.entries(headers)) if (value !== void 0) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
	return out;
}
/**
* `not-sent` only on positive proof: the error's system codes say no connection was made, or the time ran out
* before the request had a connected socket. A caller's abort and everything else are `sent`.
*/
function toTransportError(error, stopped, opened) {
	if (stopped === "canceled") return new TransportError("ERR_CANCELED", { phase: "sent" });
	if (stopped === "timeout") return opened ? new TransportError("ETIMEDOUT", {
		phase: "sent",
		timedOut: true
	}) : new TransportError("ECONNECTTIMEOUT", {
		phase: "not-sent",
		timedOut: true
	});
	const codes = systemCodes(error);
	if (provesNotSent(codes)) return new TransportError(codes[0] ?? "UNKNOWN", { phase: "not-sent" });
	return new TransportError(codes[0] ?? "UNKNOWN", { phase: "sent" });
}
/**
* A transport on `node:http`/`node:https` with keep-alive agents: the cheapest per request on Node (several times
* less CPU than `fetch` or axios), for servers that call Plivo at a high rate. Same failure phases as the axios
* transport: a timeout before the socket connected is `not-sent`, after it `sent`.
*/
function nodeHttpTransport(options = {}) {
	const maxSockets = options.maxSockets ?? 50;
	const connected = /* @__PURE__ */ new WeakSet();
	const schemes = /* @__PURE__ */ new Map();
	const loading = /* @__PURE__ */ new Map();
	const load = (secure) => {
		let pending = loading.get(secure);
		if (pending === void 0) {
			pending = (secure ? import("node:https") : import("node:http")).then((module) => {
				const scheme = {
					request: module.request,
					agent: markingAgent(module.Agent, maxSockets, connected)
				};
				schemes.set(secure, scheme);
				return scheme;
			});
			loading.set(secure, pending);
		}
		return pending;
	};
	return async (request) => {
		const secure = request.url.startsWith("https:");
		const scheme = schemes.get(secure) ?? await load(secure);
		const headers = { ...request.headers };
		if (request.body !== void 0) headers["content-length"] = String(Buffer.byteLength(request.body));
		return new Promise((resolve, reject) => {
			let stopped;
			let settled = false;
			const req = scheme.request(request.url, {
				method: request.method,
				headers,
				agent: scheme.agent
			});
			const stop = (why) => {
				stopped ??= why;
				fail(void 0);
				req.destroy();
			};
			const timer = setTimeout(() => stop("timeout"), request.timeoutMs);
			const onAbort = () => stop("canceled");
			const settle = (outcome) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				request.signal?.removeEventListener("abort", onAbort);
				outcome();
			};
			const fail = (error) => {
				const socket = req.socket;
				const opened = socket !== null && socket !== void 0 && connected.has(socket);
				settle(() => reject(toTransportError(error, stopped, opened)));
			};
			if (request.signal?.aborted) onAbort();
			else request.signal?.addEventListener("abort", onAbort, { once: true });
			req.on("error", fail);
			req.once("response", (res) => {
				res.setEncoding("utf8");
				let body = "";
				res.on("data", (chunk) => {
					body += chunk;
				});
				res.on("error", fail);
				res.once("end", () => settle(() => resolve({
					status: res.statusCode ?? 0,
					headers: lowerCased(res.headers),
					body
				})));
				res.once("close", () => fail(void 0));
			});
			req.end(request.body);
		});
	};
}

//#endregion
//#region ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/utils.js
/**
* Sanitizes an input into a string so it can be passed into issueCommand safely
* @param input input to sanitize into a string
*/
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
/**
*
* @param annotationProperties
* @returns The command properties to send with the actual annotation command
* See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
*/
function toCommandProperties(annotationProperties) {
	if (!Object.keys(annotationProperties).length) return {};
	return {
		title: annotationProperties.title,
		file: annotationProperties.file,
		line: annotationProperties.startLine,
		endLine: annotationProperties.endLine,
		col: annotationProperties.startColumn,
		endColumn: annotationProperties.endColumn
	};
}

//#endregion
//#region ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/command.js
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
const CMD_STRING = "::";
var Command = class {
	constructor(command, properties, message) {
		if (!command) command = "missing.command";
		this.command = command;
		this.properties = properties;
		this.message = message;
	}
	toString() {
		let cmdStr = CMD_STRING + this.command;
		if (this.properties && Object.keys(this.properties).length > 0) {
			cmdStr += " ";
			let first = true;
			for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
				const val = this.properties[key];
				if (val) {
					if (first) first = false;
					else cmdStr += ",";
					cmdStr += `${key}=${escapeProperty(val)}`;
				}
			}
		}
		cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
		return cmdStr;
	}
};
function escapeData(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

//#endregion
//#region ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
	const convertedValue = toCommandValue(value);
	if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
	if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
	return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}

//#endregion
//#region ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/summary.js
var __awaiter$1 = void 0 && (void 0).__awaiter || function(thisArg, _arguments, P, generator) {
	function adopt(value) {
		return value instanceof P ? value : new P(function(resolve) {
			resolve(value);
		});
	}
	return new (P || (P = Promise))(function(resolve, reject) {
		function fulfilled(value) {
			try {
				step(generator.next(value));
			} catch (e) {
				reject(e);
			}
		}
		function rejected(value) {
			try {
				step(generator["throw"](value));
			} catch (e) {
				reject(e);
			}
		}
		function step(result) {
			result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
		}
		step((generator = generator.apply(thisArg, _arguments || [])).next());
	});
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
	constructor() {
		this._buffer = "";
	}
	/**
	* Finds the summary file path from the environment, rejects if env var is not found or file does not exist
	* Also checks r/w permissions.
	*
	* @returns step summary file path
	*/
	filePath() {
		return __awaiter$1(this, void 0, void 0, function* () {
			if (this._filePath) return this._filePath;
			const pathFromEnv = process.env[SUMMARY_ENV_VAR];
			if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
			try {
				yield access(pathFromEnv, constants.R_OK | constants.W_OK);
			} catch (_a) {
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
		const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
		if (!content) return `<${tag}${htmlAttrs}>`;
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
		return __awaiter$1(this, void 0, void 0, function* () {
			const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
			const filePath = yield this.filePath();
			yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
			return this.emptyBuffer();
		});
	}
	/**
	* Clears the summary buffer and wipes the summary file
	*
	* @returns {Summary} summary instance
	*/
	clear() {
		return __awaiter$1(this, void 0, void 0, function* () {
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
		this._buffer = "";
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
		return this.addRaw(EOL);
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
		const attrs = Object.assign({}, lang && { lang });
		const element = this.wrap("pre", this.wrap("code", code), attrs);
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
		const tag = ordered ? "ol" : "ul";
		const listItems = items.map((item) => this.wrap("li", item)).join("");
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
		const tableBody = rows.map((row) => {
			const cells = row.map((cell) => {
				if (typeof cell === "string") return this.wrap("td", cell);
				const { header, data, colspan, rowspan } = cell;
				const tag = header ? "th" : "td";
				const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
				return this.wrap(tag, data, attrs);
			}).join("");
			return this.wrap("tr", cells);
		}).join("");
		const element = this.wrap("table", tableBody);
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
		const element = this.wrap("details", this.wrap("summary", label) + content);
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
		const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
		const element = this.wrap("img", null, Object.assign({
			src,
			alt
		}, attrs));
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
		const allowedTag = [
			"h1",
			"h2",
			"h3",
			"h4",
			"h5",
			"h6"
		].includes(tag) ? tag : "h1";
		const element = this.wrap(allowedTag, text);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML thematic break (<hr>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addSeparator() {
		const element = this.wrap("hr", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML line break (<br>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addBreak() {
		const element = this.wrap("br", null);
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
		const attrs = Object.assign({}, cite && { cite });
		const element = this.wrap("blockquote", text, attrs);
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
		const element = this.wrap("a", text, { href });
		return this.addRaw(element).addEOL();
	}
};
const _summary = new Summary();
const summary = _summary;

//#endregion
//#region ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js
var __awaiter = void 0 && (void 0).__awaiter || function(thisArg, _arguments, P, generator) {
	function adopt(value) {
		return value instanceof P ? value : new P(function(resolve) {
			resolve(value);
		});
	}
	return new (P || (P = Promise))(function(resolve, reject) {
		function fulfilled(value) {
			try {
				step(generator.next(value));
			} catch (e) {
				reject(e);
			}
		}
		function rejected(value) {
			try {
				step(generator["throw"](value));
			} catch (e) {
				reject(e);
			}
		}
		function step(result) {
			result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
		}
		step((generator = generator.apply(thisArg, _arguments || [])).next());
	});
};
/**
* The code to exit an action
*/
var ExitCode;
(function(ExitCode) {
	/**
	* A code indicating that the action was successful
	*/
	ExitCode[ExitCode["Success"] = 0] = "Success";
	/**
	* A code indicating that the action was a failure
	*/
	ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
* Registers a secret which will get masked from logs
*
* @param secret - Value of the secret to be masked
* @remarks
* This function instructs the Actions runner to mask the specified value in any
* logs produced during the workflow run. Once registered, the secret value will
* be replaced with asterisks (***) whenever it appears in console output, logs,
* or error messages.
*
* This is useful for protecting sensitive information such as:
* - API keys
* - Access tokens
* - Authentication credentials
* - URL parameters containing signatures (SAS tokens)
*
* Note that masking only affects future logs; any previous appearances of the
* secret in logs before calling this function will remain unmasked.
*
* @example
* ```typescript
* // Register an API token as a secret
* const apiToken = "abc123xyz456";
* setSecret(apiToken);
*
* // Now any logs containing this value will show *** instead
* console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
* ```
*/
function setSecret(secret) {
	issueCommand("add-mask", {}, secret);
}
/**
* Gets the value of an input.
* Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
* Returns an empty string if the value is not defined.
*
* @param     name     name of the input to get
* @param     options  optional. See InputOptions.
* @returns   string
*/
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
/**
* Sets the value of an output.
*
* @param     name     name of the output to set
* @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
*/
function setOutput(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
/**
* Sets the action status to failed.
* When the action exits it will be with an exit code of 1
* @param message add error issue message
*/
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error(message);
}
/**
* Adds an error issue
* @param message error issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function error(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a warning issue
* @param message warning issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a notice issue
* @param message notice issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Writes info to log with console.log.
* @param message info message
*/
function info(message) {
	process.stdout.write(message + os.EOL);
}

//#endregion
//#region src/action-io.ts
/** The runner-backed implementation (`@actions/core`). */
function actionsIo(env) {
	return {
		getInput: (name) => getInput(name),
		setSecret: (value) => setSecret(value),
		setOutput: (name, value) => setOutput(name, value),
		info: (line) => info(line),
		warning: (message, title) => warning(message, { title }),
		notice: (message, title) => notice(message, { title }),
		setFailed: (message) => setFailed(message),
		async writeSummary(heading, rows) {
			if (!env.GITHUB_STEP_SUMMARY) return;
			await summary.addHeading(heading, 3).addTable([rows.map(([label]) => ({
				data: label,
				header: true
			})), rows.map(([, value]) => value)]).write();
		}
	};
}

//#endregion
//#region src/action-contract.ts
const INPUT_NAMES = [
	"mode",
	"auth-id",
	"auth-token",
	"api-url",
	"recipient",
	"approver",
	"approver-phones",
	"channel",
	"app-uuid",
	"locale",
	"brand-name",
	"code-length",
	"callback-url",
	"session-uuid",
	"otp",
	"timeout-seconds",
	"poll-interval-seconds",
	"fail-on-reuse",
	"require-approver-match"
];
const MODES = [
	"send",
	"wait",
	"validate",
	"status"
];
/**
* Action inputs that are Plivo fields, with their wire names in core's schemas: the field's rules come from
* core (one definition), the action only renames it.
*/
const CREATE_FIELD_INPUTS = {
	recipient: "recipient",
	"app-uuid": "app_uuid",
	channel: "channel",
	"callback-url": "url",
	locale: "locale",
	"brand-name": "brand_name",
	"code-length": "code_length"
};
const VALIDATE_FIELD_INPUTS = {
	"session-uuid": "session_uuid",
	otp: "otp"
};

//#endregion
//#region src/action-failure.ts
/**
* A failure whose message is already the whole story for the user (what happened to the code, what to do next):
* printed as is, without the "Plivo Verify … failed" framing.
*/
var ActionFailure = class extends Error {
	name = "ActionFailure";
};

//#endregion
//#region src/input-error.ts
/** Thrown before any network call when inputs are missing or malformed; names every bad input. */
var InputError = class extends Error {
	name = "InputError";
	issues;
	constructor(issues) {
		super(issues.map((issue) => `input \`${issue.input}\`: ${issue.message}`).join("; "));
		this.issues = issues;
	}
};

//#endregion
//#region src/plain-text.ts
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
/** `value` without control characters: it can never start a second line. */
function plainText(value) {
	return value.replace(CONTROL, "");
}
/** `value` for an HTML context (the job summary is rendered as GitHub-flavoured Markdown with HTML). */
function escapeHtml(value) {
	return value.replace(/[&<>"']/g, (char) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&#39;"
	})[char] ?? char);
}

//#endregion
//#region src/job-summary.ts
/** The job summary: who can read the repository can read it, so it carries no phone number, code or token. */
async function writeJobSummary(io, facts) {
	const rows = [
		["Mode", facts.mode],
		["Recipient", facts.recipientMasked ?? "—"],
		["Status", facts.status],
		["Attempts", facts.attempts === void 0 ? "—" : String(facts.attempts)],
		["Time", `${(facts.elapsedMs / 1e3).toFixed(1)} s`]
	];
	if (facts.note !== void 0) rows.push(["Note", facts.note]);
	await io.writeSummary("Plivo Verify", rows.map(([label, value]) => [label, escapeHtml(plainText(value))]));
}

//#endregion
//#region src/otp-source.ts
/**
* The OTP from the `otp` input, or else from the dispatch event's `inputs.otp`. Reading it from the event file
* keeps it out of the step's `with:` header, which the runner prints before the action can mask anything.
*/
function readOtp(otpInput, eventPath) {
	if (otpInput !== "") return {
		otp: otpInput,
		from: "input"
	};
	if (!eventPath) return {
		otp: "",
		from: "none"
	};
	let payload;
	try {
		payload = JSON.parse(readFileSync(eventPath, "utf8"));
	} catch {
		return {
			otp: "",
			from: "none",
			problem: "the event payload (GITHUB_EVENT_PATH) could not be read as JSON"
		};
	}
	const inputs = payload?.inputs;
	const value = typeof inputs === "object" && inputs !== null ? inputs.otp : void 0;
	if (typeof value === "string" && value.trim() !== "") return {
		otp: value.trim(),
		from: "event"
	};
	if (typeof value === "number") return {
		otp: "",
		from: "none",
		problem: "inputs.otp in the event must be a string"
	};
	return {
		otp: "",
		from: "none"
	};
}

//#endregion
//#region src/phone-variants.ts
/**
* Every spelling of a number the logs could show: as given, digits only, and `+digits`. The runner masks exact
* strings only, so each form is registered.
*/
function phoneVariants(value) {
	const trimmed = value.trim();
	const digits = phoneDigits(trimmed);
	return [...new Set([
		trimmed,
		digits,
		`+${digits}`
	])].filter((variant) => variant.replace(/\D/g, "").length >= 4);
}

//#endregion
//#region src/approver-phones.ts
const NUMBER_LIKE = /\+?\d[\d\s().-]{5,}\d/g;
/**
* Every phone number in the raw `approver-phones` value, in every spelling. When it parses as a JSON object only the
* values are numbers: the keys are user ids and logins, and a registered key would be starred in every later line
* and would make the runner drop any output containing it. Anything else (malformed JSON, an array, a value that is
* not a string) is scanned for digit runs: masking must not depend on the secret being well-formed.
*/
function approverPhoneSecrets(raw) {
	const found = /* @__PURE__ */ new Set();
	const scan = (text) => {
		for (const match of text.matchAll(NUMBER_LIKE)) for (const variant of phoneVariants(match[0])) found.add(variant);
	};
	let parsed;
	try {
		parsed = JSON.parse(raw);
	} catch {
		scan(raw);
		return [...found];
	}
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
		scan(raw);
		return [...found];
	}
	for (const value of Object.values(parsed)) if (typeof value === "string") {
		for (const variant of phoneVariants(value)) found.add(variant);
		scan(value);
	} else scan(JSON.stringify(value) ?? "");
	return [...found];
}
const KEY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/**
* Parses the JSON map. Error messages name the key, never the value, and never echo the raw text (the runner
* only masks the whole secret, not the numbers inside it). `checkPhone` is core's recipient rule.
*/
function parseApproverPhones(raw, checkPhone) {
	const input = "approver-phones";
	let parsed;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { issues: [{
			input,
			message: "is not valid JSON (expected {\"<user id or login>\": \"+<E.164 number>\", …})"
		}] };
	}
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { issues: [{
		input,
		message: "expected a JSON object mapping GitHub user ids or logins to numbers"
	}] };
	const issues = [];
	const phones = /* @__PURE__ */ new Map();
	for (const [key, value] of Object.entries(parsed)) {
		if (!KEY.test(key)) {
			issues.push({
				input,
				message: `key #${phones.size + issues.length + 1} is not a GitHub user id or login`
			});
			continue;
		}
		if (typeof value !== "string") {
			issues.push({
				input,
				message: `the value for "${key}" must be a string like "+14155550100"`
			});
			continue;
		}
		const problem = checkPhone(value);
		if (problem !== void 0) {
			issues.push({
				input,
				message: `the value for "${key}": ${problem}`
			});
			continue;
		}
		const normalisedKey = key.toLowerCase();
		if (phones.has(normalisedKey)) {
			issues.push({
				input,
				message: `"${key}" appears twice (logins are compared case-insensitively)`
			});
			continue;
		}
		phones.set(normalisedKey, value.trim());
	}
	if (phones.size === 0 && issues.length === 0) issues.push({
		input,
		message: "has no entries"
	});
	return issues.length > 0 ? { issues } : { phones };
}
/**
* The identifiers the map is searched for, in order. Ids are tried first (logins can be renamed and re-registered
* by someone else), then the login, case-insensitively. An all-digit key is an id: a login made of digits never
* matches it, or the user whose login is `583231` would get the number of the user whose id is 583231.
*/
function approverCandidates(identity) {
	const loginCanMatch = !(identity.approverIsLogin && /^\d+$/.test(identity.approver));
	return {
		...identity.approverId ? { id: identity.approverId } : {},
		...loginCanMatch && identity.approver !== "" ? { login: identity.approver } : {}
	};
}
/** The approver's number, found by `approverCandidates`. */
function resolveApprover(phones, identity) {
	const { id, login } = approverCandidates(identity);
	for (const candidate of [id, login]) {
		if (candidate === void 0) continue;
		const phone = phones.get(candidate.toLowerCase());
		if (phone !== void 0) return {
			key: candidate,
			phone
		};
	}
}
/** Who the approver is, from the `approver` input or the runner's environment. */
function approverIdentity(approverInput, env) {
	const approver = approverInput || env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || "";
	if (approver === "") return void 0;
	const same = (login) => login !== void 0 && login.toLowerCase() === approver.toLowerCase();
	const sameUser = same(env.GITHUB_ACTOR);
	const isLogin = approverInput === "" || same(env.GITHUB_TRIGGERING_ACTOR) || same(env.GITHUB_ACTOR);
	return {
		approver,
		approverId: sameUser ? env.GITHUB_ACTOR_ID : void 0,
		...isLogin ? { approverIsLogin: true } : {}
	};
}

//#endregion
//#region src/core-fields.ts
function problemsOf(schema, input) {
	const result = schema.safeParse(input);
	return result.success ? [] : fieldIssues(result.error, input);
}
/** Core's verdict on create parameters (recipient, channel, code_length, …). */
function checkCreateParams(params) {
	return problemsOf(createSessionParamsSchema, params);
}
/** Core's verdict on a session uuid and an OTP. */
function checkValidateParams(sessionUuid, otp) {
	return problemsOf(validateSessionParamsSchema, {
		session_uuid: sessionUuid,
		otp
	});
}
/** Core's verdict on a phone number (the recipient rule), or undefined when it is fine. */
function checkPhone(value) {
	const result = createSessionParamsSchema.shape.recipient.safeParse(value);
	return result.success ? void 0 : result.error.issues[0]?.message ?? "expected a phone number in E.164 format";
}
/** Client options as core names them in its errors → the action's inputs. */
const CONNECTION_FIELD_INPUTS = {
	"auth-id": "options.authId",
	"auth-token": "options.authToken",
	"api-url": "options.baseUrl"
};
const still = {
	now: () => 0,
	sleep: async () => {}
};
/** Core's verdict on the credentials' shape and the base URL (building a client sends nothing). */
function checkConnection(connection) {
	try {
		createVerifyClientWith({
			authId: connection.authId,
			authToken: connection.authToken,
			baseUrl: connection.apiUrl,
			transport: async () => {
				throw new TransportError("UNUSED", { phase: "not-sent" });
			},
			clock: still
		});
		return [];
	} catch (error) {
		if (VerifyValidationError.isInstance(error)) return error.issues.map(({ field, message }) => ({
			field,
			message
		}));
		throw error;
	}
}
/** True when `value` is a session uuid by core's rule (a UUID): anything else from an answer is not used. */
function isSessionUuid(value) {
	return typeof value === "string" && checkValidateParams(value, "0000").length === 0;
}

//#endregion
//#region src/parse-inputs.ts
/** action.yml spells it out too (YAML has no imports); action-contract.test.ts holds the two equal. */
const DEFAULT_API_URL = PLIVO_API_BASE_URL;
const DEFAULTS = {
	"api-url": DEFAULT_API_URL,
	"timeout-seconds": "600",
	"poll-interval-seconds": "10",
	"fail-on-reuse": "true",
	"require-approver-match": "true"
};
const MIN_POLL_SECONDS = 5;
const MIN_POLL_SECONDS_LOOPBACK = .05;
const MAX_TIMEOUT_SECONDS = 360 * 60;
const LOOPBACK_HOSTS = new Set([
	"127.0.0.1",
	"localhost",
	"[::1]"
]);
/** Inputs each mode uses; anything else given is reported as ignored. */
const INPUTS_BY_MODE = {
	send: [
		...Object.keys(CREATE_FIELD_INPUTS),
		"approver",
		"approver-phones",
		"fail-on-reuse"
	],
	wait: [
		"session-uuid",
		"timeout-seconds",
		"poll-interval-seconds",
		"fail-on-reuse"
	],
	validate: [
		"session-uuid",
		"otp",
		"approver",
		"approver-phones",
		"require-approver-match",
		"fail-on-reuse"
	],
	status: ["session-uuid"]
};
const ALWAYS_USED = [
	"mode",
	"auth-id",
	"auth-token",
	"api-url"
];
/** Inputs given a value that the mode does not use (a likely mistake worth a warning). */
function ignoredInputs(mode, raw) {
	const used = new Set([...ALWAYS_USED, ...INPUTS_BY_MODE[mode]]);
	if (mode === "send" && raw.recipient !== "") {
		used.delete("approver");
		used.delete("approver-phones");
	}
	return Object.keys(raw).filter((name) => raw[name] !== "" && !used.has(name) && raw[name] !== DEFAULTS[name]);
}
function parseBoolean(raw, name, issues) {
	const value = raw[name] === "" ? DEFAULTS[name] : raw[name];
	if (/^(true|True|TRUE)$/.test(value)) return true;
	if (/^(false|False|FALSE)$/.test(value)) return false;
	issues.push({
		input: name,
		message: "expected true or false"
	});
	return false;
}
/** Strict decimal parsing: `10`, `0.5`; not `1e3`, `0x10`, ` 10s` or `-1`. */
function parseSeconds(raw, name, range, issues) {
	const value = raw[name] === "" ? DEFAULTS[name] : raw[name];
	const pattern = range.integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
	const number = Number(value);
	if (!pattern.test(value) || number < range.min || number > range.max) {
		const kind = range.integer ? "a whole number of seconds" : "a number of seconds";
		issues.push({
			input: name,
			message: `expected ${kind} from ${range.min} to ${range.max}`
		});
	}
	return number;
}
function parseApiUrl(raw, issues) {
	const value = raw["api-url"] === "" ? DEFAULT_API_URL : raw["api-url"];
	try {
		const url = new URL(value);
		const loopback = LOOPBACK_HOSTS.has(url.hostname);
		if (url.protocol === "https:" || url.protocol === "http:" && loopback) return {
			url: value.replace(/\/+$/, ""),
			loopback
		};
	} catch {}
	issues.push({
		input: "api-url",
		message: "expected an https:// URL (or http://127.0.0.1 for a local sandbox)"
	});
	return {
		url: DEFAULT_API_URL,
		loopback: false
	};
}
function toInputIssues(problems, names) {
	const inputByField = new Map(Object.entries(names).map(([input, field]) => [field, input]));
	return problems.map(({ field, message }) => ({
		input: inputByField.get(field) ?? field,
		message
	}));
}
function required(raw, name, why, issues) {
	if (raw[name] === "") issues.push({
		input: name,
		message: `is required ${why}`
	});
	return raw[name];
}
async function resolveFromMap(raw, env, issues, why) {
	const identity = approverIdentity(raw.approver, env);
	if (identity === void 0) {
		issues.push({
			input: "approver",
			message: `is required ${why} (GITHUB_TRIGGERING_ACTOR is not set either)`
		});
		return;
	}
	if (raw["approver-phones"] === "") {
		issues.push({
			input: "approver-phones",
			message: `is required ${why}`
		});
		return;
	}
	const parsed = parseApproverPhones(raw["approver-phones"], checkPhone);
	if ("issues" in parsed) {
		issues.push(...parsed.issues);
		return;
	}
	const found = resolveApprover(parsed.phones, identity);
	if (found === void 0) {
		issues.push({
			input: "approver",
			message: notFoundMessage(raw, env, identity, parsed.phones)
		});
		return;
	}
	return {
		approver: identity.approver,
		phone: found.phone
	};
}
/** Why the approver has no entry: who was looked up, by which identifiers (never a number from the map). */
function notFoundMessage(raw, env, identity, phones) {
	const { id, login } = approverCandidates(identity);
	const tried = [...id ? [`user id ${id} (GITHUB_ACTOR_ID)`] : [], ...login ? [`${identity.approverIsLogin ? "login" : "id or login"} "${login}"`] : []];
	const source = raw.approver === "" ? " (GITHUB_TRIGGERING_ACTOR)" : "";
	let message = `"${identity.approver}"${source} has no entry in approver-phones (tried ${tried.join(", ") || "nothing"})`;
	if (raw.approver === "") message += ". The map is looked up for the user who triggered this run, so a re-run by another user looks up that user";
	if ([...phones.keys()].every((key) => /^\d+$/.test(key)) && id === void 0) {
		const actor = env.GITHUB_ACTOR ? ` (it belongs to GITHUB_ACTOR "${env.GITHUB_ACTOR}")` : "";
		message += `. Every key of approver-phones is a user id, and no user id is known for "${identity.approver}": GITHUB_ACTOR_ID is only used for the same user${actor}. Add this user's id to the map, or set approver`;
	}
	return message;
}
/**
* Turns raw inputs into a checked configuration, or throws an `InputError` naming every bad input. Plivo fields
* are checked by core's own rules. No network call happens here.
*/
async function parseInputs(raw, env, otp) {
	const issues = [];
	const mode = raw.mode;
	if (!MODES.includes(mode)) {
		const list = MODES.join(", ");
		throw new InputError([{
			input: "mode",
			message: raw.mode === "" ? `is required (one of ${list})` : `expected one of ${list}`
		}]);
	}
	const authId = required(raw, "auth-id", "(your Plivo Auth ID)", issues);
	const authToken = required(raw, "auth-token", "(your Plivo Auth Token, from a secret)", issues);
	const api = parseApiUrl(raw, issues);
	const connection = {
		authId,
		authToken,
		apiUrl: api.url
	};
	if (authId !== "" && authToken !== "") issues.push(...toInputIssues(checkConnection(connection), CONNECTION_FIELD_INPUTS));
	let config;
	if (mode === "send") {
		let recipient = raw.recipient;
		let approver;
		if (recipient === "") {
			approver = await resolveFromMap(raw, env, issues, "when recipient is not given");
			recipient = approver?.phone ?? "";
		}
		const codeLength = raw["code-length"];
		const params = {
			recipient,
			app_uuid: raw["app-uuid"] || void 0,
			channel: raw.channel || void 0,
			url: raw["callback-url"] || void 0,
			locale: raw.locale || void 0,
			brand_name: raw["brand-name"] || void 0,
			code_length: codeLength === "" ? void 0 : /^\d+$/.test(codeLength) ? Number(codeLength) : codeLength
		};
		for (const key of Object.keys(params)) if (params[key] === void 0) delete params[key];
		if (recipient !== "") {
			const problems = checkCreateParams(params);
			issues.push(...toInputIssues(problems, approver ? {
				"approver-phones": "recipient",
				...CREATE_FIELD_INPUTS
			} : CREATE_FIELD_INPUTS));
		}
		const failOnReuse = parseBoolean(raw, "fail-on-reuse", issues);
		config = {
			mode,
			connection,
			params,
			approver,
			failOnReuse
		};
	} else {
		const sessionUuid = required(raw, "session-uuid", `in ${mode} mode`, issues);
		const checkedOtp = mode === "validate" ? otp : "000000";
		if (mode === "validate" && otp === "") issues.push({
			input: "otp",
			message: "is required in validate mode (as the input, or inputs.otp of a workflow_dispatch event)"
		});
		if (sessionUuid !== "" && (mode !== "validate" || otp !== "")) {
			const problems = checkValidateParams(sessionUuid, checkedOtp);
			issues.push(...toInputIssues(problems, VALIDATE_FIELD_INPUTS));
		}
		if (mode === "wait") {
			const timeoutSeconds = parseSeconds(raw, "timeout-seconds", {
				min: 1,
				max: MAX_TIMEOUT_SECONDS,
				integer: true
			}, issues);
			const pollSeconds = parseSeconds(raw, "poll-interval-seconds", {
				min: api.loopback ? MIN_POLL_SECONDS_LOOPBACK : MIN_POLL_SECONDS,
				max: 3600,
				integer: false
			}, issues);
			const failOnReuse = parseBoolean(raw, "fail-on-reuse", issues);
			config = {
				mode,
				connection,
				sessionUuid,
				timeoutMs: timeoutSeconds * 1e3,
				pollIntervalMs: pollSeconds * 1e3,
				failOnReuse
			};
		} else if (mode === "validate") config = {
			mode,
			connection,
			sessionUuid,
			otp,
			mustMatch: parseBoolean(raw, "require-approver-match", issues) ? await resolveFromMap(raw, env, issues, "when require-approver-match is true") : void 0,
			failOnReuse: parseBoolean(raw, "fail-on-reuse", issues)
		};
		else config = {
			mode,
			connection,
			sessionUuid
		};
	}
	if (issues.length > 0) throw new InputError(issues);
	return config;
}
/** Same number, whatever the formatting (`+1 415…` vs Plivo's `1415…`). */
function samePhone(a, b) {
	return phoneDigits(a) === phoneDigits(b);
}

//#endregion
//#region src/plain-io.ts
const API_ID = /^[A-Za-z0-9-]{1,100}$/;
/**
* The runner, with every printed message and output stripped of control characters: text from an answer (an
* error message, a status) can never start a line of its own, so it can never be read as a workflow command.
* Secrets are registered as given (the runner must match them exactly).
*/
function plainIo(io) {
	return {
		getInput: (name) => io.getInput(name),
		setSecret: (value) => io.setSecret(value),
		setOutput: (name, value) => {
			const plain = plainText(value);
			io.setOutput(name, name === "api-id" && !API_ID.test(plain) ? "" : plain);
		},
		info: (line) => io.info(plainText(line)),
		warning: (message, title) => io.warning(plainText(message), plainText(title)),
		notice: (message, title) => io.notice(plainText(message), plainText(title)),
		setFailed: (message) => io.setFailed(plainText(message)),
		writeSummary: (heading, rows) => io.writeSummary(heading, rows)
	};
}

//#endregion
//#region src/session-reuse.ts
/** What to do about a shared session: the same words in send, wait and validate. */
const REUSE_ADVICE = "Wait for the open session to expire before sending again, or run the release gate in a concurrency group per approver (a concurrency group keyed by github.triggering_actor).";
/** True when another send added an attempt to this session (Plivo reuses an open session for the same recipient). */
function isReused(session) {
	return session.count > 1;
}
/** The warning or failure text for a session with `count` attempts. */
function reuseMessage(sessionUuid, recipientMasked, count) {
	return `Session ${sessionUuid} for ${recipientMasked} has ${count} attempts: another send reused it, so one code unlocks more than one run. ${REUSE_ADVICE}`;
}

//#endregion
//#region src/session-status.ts
/**
* A session status from an answer, as the action prints and outputs it: one of core's documented statuses (core has
* already folded Plivo's case variants), else `unknown`. Workflows interpolate the `status` output into `run:` lines
* and the summary renders it, so an unexpected value never passes through.
*/
function knownStatus(value) {
	return SESSION_STATUSES$1.includes(value) ? value : "unknown";
}

//#endregion
//#region src/run-send.ts
/** What a user can do after a send whose outcome is unknown, without a session uuid and without a second code. */
const MAYBE_SENT_ADVICE = "Check the approver's phone. Do not re-run at once: a re-run while that code is open reuses its session (and fails with fail-on-reuse). Wait until the code expires (the Verify application's code lifetime) before running the workflow again.";
/**
* Sends a code. Plivo reuses an open session for the same recipient (same code, one more attempt), so a second
* release run inside the code's expiry could be unlocked by the first run's code: that is detected from the
* session's attempt count, and fails the step unless `fail-on-reuse` is false. The step also fails unless the
* session reads back `in-progress`: a session that is already verified would let `mode: wait` pass at once.
*/
async function runSend(context, config) {
	const { io, client, signal, facts, progress } = context;
	const recipientMasked = maskPhoneNumber(config.params.recipient);
	facts.recipientMasked = recipientMasked;
	const who = config.approver ? ` (approver ${config.approver.approver})` : "";
	progress.phase = "sending";
	let sessionUuid;
	try {
		const created = await client.sessions.create(config.params, { signal });
		sessionUuid = created.session_uuid;
		io.setOutput("api-id", created.api_id);
	} catch (error) {
		if (signal.aborted || !VerifyAmbiguousError.isInstance(error)) throw error;
		sessionUuid = await reconcile(context, config, error);
	}
	if (!isSessionUuid(sessionUuid)) throw new ActionFailure(`Plivo answered the send with a malformed session uuid. A code may have been sent to ${recipientMasked}, but this run cannot follow its session. ${MAYBE_SENT_ADVICE}`);
	progress.phase = "sent";
	progress.sessionUuid = sessionUuid;
	io.setOutput("session-uuid", sessionUuid);
	io.setOutput("recipient-masked", recipientMasked);
	facts.status = "in-progress";
	let session;
	let readBackProblem = "";
	try {
		session = await client.sessions.get(sessionUuid, { signal });
	} catch (error) {
		if (signal.aborted) throw error;
		readBackProblem = VerifyError.isInstance(error) ? `${error.code}: ${error.message}` : String(error);
	}
	const status = session === void 0 ? "unknown" : knownStatus(session.status);
	facts.attempts = session?.count;
	facts.status = status;
	io.setOutput("status", status);
	io.setOutput("reused", session === void 0 ? "unknown" : isReused(session) ? "true" : "false");
	io.info(`Code sent to ${recipientMasked}${who}; session ${sessionUuid}.`);
	if (session === void 0) {
		facts.note = "failed: session not read back";
		io.setFailed(`The code was sent to ${recipientMasked} (session ${sessionUuid}), but the session could not be read back (${readBackProblem}), so it is not known to be open and unshared. Run mode status with this session before relying on it, or ${REUSE_ADVICE.charAt(0).toLowerCase()}${REUSE_ADVICE.slice(1)}`);
		return;
	}
	if (status !== "in-progress") {
		facts.note = `failed: session reads back ${status}`;
		io.setFailed(`The code was sent to ${recipientMasked}, but session ${sessionUuid} reads back as ${status}, not in-progress: this run cannot be gated on it. Send a new code.`);
		return;
	}
	if (isReused(session)) {
		const message = reuseMessage(sessionUuid, recipientMasked, session.count);
		if (config.failOnReuse) {
			facts.note = "failed: session reused (fail-on-reuse)";
			io.setFailed(`${message} Failing because fail-on-reuse is true.`);
			return;
		}
		facts.note = "session reused";
		io.warning(`${message} Continuing because fail-on-reuse is false.`, "Reused Verify session");
	}
	io.notice(`Code sent to ${recipientMasked}${who}. Session: ${sessionUuid}`, "Verification code sent");
}
/**
* The create was sent but its answer was lost: look the attempt up (core's `findSentAttempt`) instead of guessing.
* Found → its session, with a warning. Not found, or the lookup failed → "a code may have been sent", never a resend.
*/
async function reconcile(context, config, error) {
	const { io, client, signal } = context;
	const recipientMasked = maskPhoneNumber(config.params.recipient);
	let attempt;
	try {
		attempt = await findSentAttempt(client.sessions, config.params, error.startedAt, { signal });
	} catch (lookupError) {
		if (signal.aborted) throw lookupError;
		const why = VerifyError.isInstance(lookupError) ? lookupError.code : "error";
		throw new ActionFailure(`Plivo's answer to the send was lost (${error.code}) and the session list could not be read to find the attempt (${why}). A code may have been sent to ${recipientMasked}. ${MAYBE_SENT_ADVICE}`);
	}
	if (attempt === void 0) throw new ActionFailure(`Plivo's answer to the send was lost (${error.code}) and no attempt to ${recipientMasked} since ${error.startedAt} shows in the session list yet. A code may still have been sent. ${MAYBE_SENT_ADVICE}`);
	io.warning(`Plivo's answer to the send was lost (${error.code}); the code was found in the session list instead (session ${attempt.session_uuid}).`, "Send answer lost");
	return attempt.session_uuid;
}

//#endregion
//#region src/secret-masking.ts
/**
* Registers every secret with the runner before the action prints anything: the token (and the Basic
* credentials built from it), the OTP, the recipient and every number in the approver map, each in all the
* spellings a log could show. The runner only masks lines printed after this.
*/
function maskSecrets(io, secrets) {
	const values = /* @__PURE__ */ new Set();
	if (secrets.authToken !== "") {
		values.add(secrets.authToken);
		try {
			values.add(btoa(`${secrets.authId}:${secrets.authToken}`));
		} catch {}
	}
	if (secrets.otp !== "") values.add(secrets.otp);
	if (secrets.recipient !== "") for (const variant of phoneVariants(secrets.recipient)) values.add(variant);
	if (secrets.approverPhones !== "") for (const variant of approverPhoneSecrets(secrets.approverPhones)) values.add(variant);
	for (const value of values) io.setSecret(value);
}
/**
* Registers a number learned from Plivo (a session's recipient) in every spelling, before anything derived from
* it is printed: wait and status runs have no approver map to mask it up front.
*/
function maskLearnedNumber(io, number) {
	if (number !== "") for (const variant of phoneVariants(number)) io.setSecret(variant);
}

//#endregion
//#region src/run-status.ts
/** One GET: the session's status as outputs. Any status is a success; gating is the workflow's decision. */
async function runStatus(context, config) {
	const { io, client, signal, facts } = context;
	const session = await client.sessions.get(config.sessionUuid, { signal });
	maskLearnedNumber(io, session.recipient);
	facts.recipientMasked = maskPhoneNumber(session.recipient);
	facts.attempts = session.count;
	facts.status = knownStatus(session.status);
	io.setOutput("session-uuid", config.sessionUuid);
	io.setOutput("status", facts.status);
	io.setOutput("valid", facts.status === "verified" ? "true" : "false");
	io.setOutput("recipient-masked", facts.recipientMasked);
	io.setOutput("api-id", session.api_id);
	io.info(`Session ${config.sessionUuid}: ${facts.status} (${session.count} attempt(s)).`);
}

//#endregion
//#region src/run-validate.ts
/**
* Checks the approver's code. The session is read first (no code is checked yet): a session another send reused
* is refused with `fail-on-reuse`, and with `require-approver-match` the submitter (the dispatching user) must map
* to the session's recipient. Both are checked before the code is tried, so a refused run does not use up one of
* Plivo's 10 validations.
*/
async function runValidate(context, config) {
	const { io, client, signal, facts, progress } = context;
	io.setOutput("session-uuid", config.sessionUuid);
	progress.phase = "checking";
	const session = await client.sessions.get(config.sessionUuid, { signal });
	maskLearnedNumber(io, session.recipient);
	facts.recipientMasked = maskPhoneNumber(session.recipient);
	facts.attempts = session.count;
	io.setOutput("recipient-masked", facts.recipientMasked);
	const refuse = (reason, note, message) => {
		facts.status = knownStatus(session.status);
		facts.note = note;
		io.setOutput("status", facts.status);
		io.setOutput("valid", "false");
		io.setOutput("reason", reason);
		io.setFailed(`${message} The code was not tried.`);
	};
	io.setOutput("reused", isReused(session) ? "true" : "false");
	if (isReused(session)) {
		const message = reuseMessage(config.sessionUuid, facts.recipientMasked, session.count);
		if (config.failOnReuse) {
			refuse("session_reused", "failed: session reused (fail-on-reuse)", `${message} Failing because fail-on-reuse is true.`);
			return;
		}
		io.warning(`${message} Continuing because fail-on-reuse is false.`, "Reused Verify session");
	}
	if (config.mustMatch !== void 0 && !samePhone(session.recipient, config.mustMatch.phone)) {
		refuse("approver_mismatch", "submitter is not the recipient", `${config.mustMatch.approver} is not the recipient of session ${config.sessionUuid}: only the approver the code was sent to may submit it (require-approver-match).`);
		return;
	}
	progress.phase = "validating";
	const result = await client.sessions.validate(config.sessionUuid, config.otp, { signal });
	if (result.api_id) io.setOutput("api-id", result.api_id);
	if (result.valid) {
		facts.status = "verified";
		io.setOutput("status", "verified");
		io.setOutput("valid", "true");
		io.info(`Session ${config.sessionUuid} is verified.`);
		return;
	}
	const reason = result.reason;
	facts.status = reason === "expired" ? "expired" : reason === "already_verified" ? "verified" : "rejected";
	io.setOutput("status", facts.status);
	facts.note = reason;
	io.setOutput("valid", "false");
	io.setOutput("reason", reason);
	io.setFailed(`The code was not accepted for session ${config.sessionUuid} (${reason}): ${result.message}`);
}

//#endregion
//#region src/wait-for-verification.ts
const seconds = (ms) => `${Math.round(ms / 1e3)}s`;
const LAST_POLL_BUDGET_MS = 1e3;
/**
* Polls a session until it is verified (success), expired, the timeout passes or the run is cancelled. Status
* callbacks need a public endpoint, which a runner does not have, hence polling. A failed poll that may
* succeed later (network, 429, 5xx) is reported and retried at the next interval (or after Retry-After).
* `timeoutMs` is a hard limit: each poll (with core's own retries and Retry-After waits inside it) is aborted
* when the time left runs out.
*/
async function waitForVerification(options) {
	const { clock, signal } = options;
	const deadlineSignal = options.deadlineSignal ?? ((ms) => AbortSignal.timeout(ms));
	const start = clock.now();
	const deadline = start + options.timeoutMs;
	let polls = 0;
	let session;
	const outcome = (status) => ({
		status,
		session,
		polls,
		elapsedMs: clock.now() - start
	});
	while (true) {
		if (signal.aborted) return outcome("cancelled");
		polls += 1;
		let pause = options.intervalMs;
		const pollDeadline = deadlineSignal(Math.max(LAST_POLL_BUDGET_MS, deadline - clock.now()));
		try {
			session = await options.getSession(AbortSignal.any([signal, pollDeadline]));
			if (options.stopWhen?.(session)) return outcome("stopped");
			const status = knownStatus(session.status);
			if (status === "verified") return outcome("verified");
			if (status === "expired") return outcome("expired");
			const now = clock.now();
			options.progress(`poll ${polls}: ${status} · ${seconds(now - start)} elapsed · ${seconds(Math.max(0, deadline - now))} remaining`);
		} catch (error) {
			if (signal.aborted) return outcome("cancelled");
			if (pollDeadline.aborted) {
				options.progress(`poll ${polls}: no answer before the deadline (timeout-seconds)`);
				return outcome("timeout");
			}
			if (!VerifyError.isInstance(error) || !error.retryable) throw error;
			const retryAfter = error.retryAfterMs ?? 0;
			pause = Math.max(pause, retryAfter);
			options.progress(`poll ${polls}: failed (${error.code}), trying again in ${seconds(pause)}`);
		}
		const remaining = deadline - clock.now();
		if (remaining <= 0) return outcome("timeout");
		try {
			await clock.sleep(Math.min(pause, remaining), signal);
		} catch {
			return outcome("cancelled");
		}
	}
}

//#endregion
//#region src/run-wait.ts
/** Polls until the approver's code is validated elsewhere (e.g. by the submit-code workflow). */
async function runWait(context, config) {
	const { io, client, clock, signal, facts } = context;
	io.setOutput("session-uuid", config.sessionUuid);
	io.info(`Waiting for session ${config.sessionUuid} to be verified (timeout ${config.timeoutMs / 1e3}s, every ${config.pollIntervalMs / 1e3}s).`);
	let masked = "";
	let warnedReuse = false;
	const outcome = await waitForVerification({
		timeoutMs: config.timeoutMs,
		intervalMs: config.pollIntervalMs,
		clock,
		signal,
		getSession: async (callSignal) => {
			const polled = await client.sessions.get(config.sessionUuid, { signal: callSignal });
			if (polled.recipient !== masked) {
				masked = polled.recipient;
				maskLearnedNumber(io, masked);
			}
			return polled;
		},
		stopWhen: (session) => {
			if (!isReused(session)) return false;
			if (config.failOnReuse) return true;
			if (!warnedReuse) {
				warnedReuse = true;
				io.warning(`${reuseMessage(config.sessionUuid, maskPhoneNumber(session.recipient), session.count)} Continuing because fail-on-reuse is false.`, "Reused Verify session");
			}
			return false;
		},
		progress: (line) => io.info(line)
	});
	const session = outcome.session;
	if (session !== void 0) {
		facts.recipientMasked = maskPhoneNumber(session.recipient);
		facts.attempts = session.count;
		io.setOutput("recipient-masked", facts.recipientMasked);
		io.setOutput("reused", isReused(session) ? "true" : "false");
		if (session.api_id) io.setOutput("api-id", session.api_id);
	}
	const status = outcome.status === "stopped" ? knownStatus(session?.status) : outcome.status;
	facts.status = status;
	io.setOutput("status", status);
	io.setOutput("valid", outcome.status === "verified" ? "true" : "false");
	const after = `after ${Math.round(outcome.elapsedMs / 1e3)}s and ${outcome.polls} poll(s)`;
	switch (outcome.status) {
		case "verified":
			io.info(`Session ${config.sessionUuid} is verified ${after}.`);
			return;
		case "expired":
			io.setFailed(`Session ${config.sessionUuid} expired before the code was validated (${after}). Send a new code.`);
			return;
		case "timeout":
			io.setFailed(`Timed out ${after} (timeout-seconds ${config.timeoutMs / 1e3}): session ${config.sessionUuid} is still not verified.`);
			return;
		case "cancelled":
			facts.note = "cancelled";
			io.setFailed(`Cancelled while waiting for session ${config.sessionUuid} (${after}).`);
			return;
		case "stopped":
			facts.note = "failed: session reused (fail-on-reuse)";
			io.setFailed(`${reuseMessage(config.sessionUuid, facts.recipientMasked ?? "the recipient", session?.count ?? 2)} Failing because fail-on-reuse is true: this run is not verified, whatever the session's status.`);
			return;
	}
}

//#endregion
//#region src/runner-files.ts
const RUNNER_FILES = ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"];
/**
* Fails before any request when a file command points at a file that does not exist: otherwise the code would be
* sent and the step would then fail without its `session-uuid` output, and a re-run would send again.
*/
function checkRunnerFiles(env) {
	for (const name of RUNNER_FILES) {
		const path = env[name];
		if (path === void 0 || path === "") continue;
		let isFile = false;
		try {
			isFile = statSync(path).isFile();
		} catch {}
		if (!isFile) throw new ActionFailure(`${name} points at ${path}, which is not an existing file, so the step could not record its results. Nothing was sent to Plivo.`);
	}
}

//#endregion
//#region src/main.ts
/** Per-request timeout: a poll should not hang past the runner's cancellation grace. */
const REQUEST_TIMEOUT_MS = 1e4;
function describeError(error, progress) {
	if (error instanceof InputError) return `Invalid inputs: ${error.message}`;
	if (error instanceof ActionFailure) return error.message;
	const text = VerifyError.isInstance(error) ? `Plivo Verify ${error.operation} failed (${error.code}): ${error.message}` : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
	const sentence = text.replace(/\.$/, "");
	if (progress.phase === "sent") return `${sentence}. The code was sent (session ${progress.sessionUuid}).`;
	if (progress.phase === "checking") return `${sentence}. The code was not checked.`;
	if (VerifyAmbiguousError.isInstance(error)) {
		const what = progress.phase === "validating" ? "The code may have been checked" : "A code may have been sent";
		return `${error.message.replace(/\.$/, "")}. ${what}: check the approver's phone or run mode status before trying again.`;
	}
	return text;
}
/** The cancellation message: what happened to the code, by how far the mode got. */
function describeCancel(progress) {
	switch (progress.phase) {
		case "sending": return "Cancelled before the send was answered. A code may have been sent.";
		case "sent": return `Cancelled after the code was sent (session ${progress.sessionUuid}).`;
		case "checking": return "Cancelled while reading the session (no validate request was made). The code was not checked.";
		case "validating": return "Cancelled before the code check was answered. The code may have been checked.";
		default: return "Cancelled before the Plivo call finished.";
	}
}
/** The action: read inputs, mask secrets, check everything, then one mode. Never throws; failures end in setFailed. */
async function run(deps) {
	const { env, clock, signal } = deps;
	const io = plainIo(deps.io);
	const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, io.getInput(name)]));
	const otp = readOtp(raw.otp, raw.mode === "validate" ? env.GITHUB_EVENT_PATH : void 0);
	maskSecrets(io, {
		authId: raw["auth-id"],
		authToken: raw["auth-token"],
		otp: otp.otp,
		recipient: raw.recipient,
		approverPhones: raw["approver-phones"]
	});
	const startedAt = clock.now();
	const mode = MODES.includes(raw.mode) ? raw.mode : "—";
	const facts = { mode };
	const progress = { phase: "starting" };
	try {
		if (otp.problem !== void 0) throw new InputError([{
			input: "otp",
			message: `is empty and ${otp.problem}`
		}]);
		const config = await parseInputs(raw, env, otp.otp);
		for (const name of ignoredInputs(config.mode, raw)) io.warning(`Input ${name} is not used in ${config.mode} mode and was ignored.`, "Unused input");
		if (otp.from === "event") io.info("Read the code from the workflow_dispatch inputs (inputs.otp).");
		checkRunnerFiles(env);
		const context = {
			io,
			client: createVerifyClientWith({
				authId: config.connection.authId,
				authToken: config.connection.authToken,
				baseUrl: config.connection.apiUrl,
				transport: deps.transport,
				clock,
				timeoutMs: REQUEST_TIMEOUT_MS
			}),
			clock,
			signal,
			startedAt,
			facts,
			progress
		};
		if (config.mode === "send") await runSend(context, config);
		else if (config.mode === "wait") await runWait(context, config);
		else if (config.mode === "validate") await runValidate(context, config);
		else await runStatus(context, config);
	} catch (error) {
		if (signal.aborted) {
			facts.status = "cancelled";
			facts.note = "cancelled";
			try {
				io.setOutput("status", "cancelled");
			} catch {}
			io.setFailed(describeCancel(progress));
		} else {
			facts.status ??= "failed";
			io.setFailed(describeError(error, progress));
		}
	}
	facts.status ??= "failed";
	try {
		await writeJobSummary(io, {
			status: "failed",
			...facts,
			mode: facts.mode ?? mode,
			elapsedMs: clock.now() - startedAt
		});
	} catch (error) {
		io.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`, "Job summary");
	}
}

//#endregion
//#region src/index.ts
const cancel = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => cancel.abort(/* @__PURE__ */ new Error(`received ${signal}`)));
await run({
	io: actionsIo(process.env),
	env: process.env,
	transport: nodeHttpTransport(),
	clock: nodeClock,
	signal: cancel.signal
});
process.exit();

//#endregion
export {  };