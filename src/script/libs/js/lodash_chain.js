// courier: the lodash wrapper (internal library '_lodash_chain'): `_(value)` and `_.chain(value)`
// sequences, evaluated when `.value()` is called, with lodash's split between methods that
// return wrappers and methods that return plain values in implicit chains. Shared by the
// lodash 4 module and the lodash 3 legacy global.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var arrayProto = Array.prototype;

  // Builds a lodash function object. `api` holds the static functions; `chainable` names
  // those returning wrappers in implicit chains (all others return plain values);
  // `extraChainable` holds wrapper-only methods (tap, thru...), `arrayMethods` the Array
  // methods the wrapper forwards as [name, returnsPlainValue, usesTap].
  // `v3` switches to lodash 3's rules: mixin's argument detection and `chain` option, Array and
  // String methods applied to the raw value, `toString`/`run`/`concat` on the wrapper and no
  // iterator protocol.
  function build(api, chainable, arrayMethods, v3) {
    function Wrapper(value, chainAll) {
      this.__wrapped__ = value;
      this.__actions__ = [];
      this.__chain__ = !!chainAll;
      this.__index__ = 0;
      this.__values__ = undefined;
    }
    function lodash(value) {
      if (C.isObjectLike(value) && !C.isArray(value)) {
        if (value instanceof Wrapper) return value;
        if (C.own.call(value, '__wrapped__')) return cloneWrapper(value);
      }
      return new Wrapper(value);
    }
    Wrapper.prototype = lodash.prototype;
    lodash.prototype.constructor = Wrapper;

    function cloneWrapper(w) {
      var r = new Wrapper(w.__wrapped__, w.__chain__);
      r.__actions__ = w.__actions__ ? w.__actions__.slice() : [];
      r.__index__ = w.__index__;
      r.__values__ = w.__values__;
      return r;
    }
    function wrapperValue() {
      var result = this.__wrapped__;
      if (result instanceof Wrapper) result = result.value();
      var actions = this.__actions__;
      for (var i = 0; i < actions.length; i++) {
        var a = actions[i];
        result = a.func.apply(a.thisArg, [result].concat(arrayProto.slice.call(a.args)));
      }
      return result;
    }

    function functionNames(o) { return C.keys(o).filter(function (k) { return C.isFunction(o[k]); }); }
    function mixin(object, source, options) {
      var props = C.keys(source);
      var names = props.filter(function (k) { return C.isFunction(source[k]); });
      var swap = v3 ? (options == null && !(props.length && names.length ? names.length : C.isObject(source))) :
        (options == null && !(C.isObject(source) && (names.length || !props.length)));
      if (swap) {
        options = source;
        source = object;
        object = this;
        names = functionNames(source);
      } else if (v3 && !(props.length && names.length)) {
        names = functionNames(source);
      }
      var chain = v3 ? (options === false ? false : (C.isObject(options) && 'chain' in options) ? options.chain : true) :
        (!(C.isObject(options) && 'chain' in options) || !!options.chain);
      var isFunc = C.isFunction(object);
      names.forEach(function (name) {
        var func = source[name];
        object[name] = func;
        if (!isFunc) return;
        object.prototype[name] = function () {
          var chainAll = this.__chain__;
          if (chain || chainAll) {
            var r = object(this.__wrapped__);
            r.__actions__ = this.__actions__.slice();
            r.__actions__.push({ func: func, args: arguments, thisArg: object });
            r.__chain__ = chainAll;
            return r;
          }
          return func.apply(object, [this.value()].concat(arrayProto.slice.call(arguments)));
        };
      });
      return object;
    }

    function chain(value) {
      var r = lodash(value);
      r.__chain__ = true;
      return r;
    }
    api.chain = chain;
    api.tap = function (value, interceptor) { interceptor(value); return value; };
    api.thru = function (value, interceptor) { return interceptor(value); };
    api.mixin = mixin;
    api.noConflict = function () { return this; };

    var wrapped = {};
    var plain = {};
    Object.keys(api).forEach(function (name) {
      if (typeof api[name] !== 'function') lodash[name] = api[name];
      else if (chainable.indexOf(name) > -1 || name === 'chain' || name === 'tap' || name === 'thru' || name === 'mixin') wrapped[name] = api[name];
      else plain[name] = api[name];
    });
    mixin(lodash, wrapped);
    mixin(lodash, plain, v3 ? false : { chain: false });

    var proto = lodash.prototype;
    proto.value = proto.valueOf = proto.toJSON = wrapperValue;
    proto.chain = function () { return chain(this); };
    proto.commit = function () { return new Wrapper(this.value(), this.__chain__); };
    proto.next = function () {
      if (this.__values__ === undefined) this.__values__ = lodash.toArray(this.value());
      var done = this.__index__ >= this.__values__.length;
      return { done: done, value: done ? undefined : this.__values__[this.__index__++] };
    };
    proto.plant = function (value) {
      var result, previous;
      var parent = this;
      while (parent instanceof Wrapper) {
        var c = cloneWrapper(parent);
        c.__index__ = 0;
        c.__values__ = undefined;
        if (result) previous.__wrapped__ = c;
        else result = c;
        previous = c;
        parent = parent.__wrapped__;
      }
      previous.__wrapped__ = value;
      return result;
    };
    if (v3) {
      delete proto.next;
      proto.run = wrapperValue;
      proto.toString = function () { return this.value() + ''; };
      proto.concat = function () {
        var values = C.baseFlatten(arguments, 1, function (v) { return C.isArray(v) || C.isArguments(v); });
        return this.thru(function (array) { return (C.isArray(array) ? array : [Object(array)]).concat(values); });
      };
    } else if (typeof Symbol === 'function' && Symbol.iterator) {
      proto[Symbol.iterator] = function () { return this; };
    }
    (arrayMethods || []).forEach(function (m) {
      var name = m[0];
      var fn = arrayProto[name] || String.prototype[name];
      var isString = !arrayProto[name];
      proto[name] = function () {
        var args = arguments;
        var apply = function (value) {
          var target = v3 ? value : isString ? C.toString(value) : (C.isArray(value) ? value : []);
          return fn.apply(target, args);
        };
        if (m[1] && !this.__chain__) return apply(this.value());
        return this[m[2] ? 'tap' : 'thru'](apply);
      };
    });
    return lodash;
  }

  return { build: build };
})
