// courier: require('events'), written for courier with the behaviour of the events 2.1.0
// package that postman-sandbox 4.7.1 bundles: EventEmitter (also as .EventEmitter and the
// module itself) with on/addListener, prependListener, once, prependOnceListener,
// removeListener, removeAllListeners, emit, listeners, rawListeners, listenerCount,
// eventNames, set/getMaxListeners, and the static listenerCount / defaultMaxListeners.
// This version has no `off` and no static `once`; its leak warning prints nothing in the
// sandbox (the bundle drops console calls).
(function (native, require) {
  'use strict';

  var defaultMaxListeners = 10;

  function EventEmitter() {
    if (!this._events || !Object.prototype.hasOwnProperty.call(this, '_events')) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  }
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._maxListeners = undefined;

  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get: function () { return defaultMaxListeners; },
    set: function (arg) {
      if (typeof arg !== 'number' || arg < 0 || arg !== arg) {
        throw new TypeError('"defaultMaxListeners" must be a positive number');
      }
      defaultMaxListeners = arg;
    }
  });

  var proto = EventEmitter.prototype;

  proto.setMaxListeners = function setMaxListeners(n) {
    if (typeof n !== 'number' || n < 0 || isNaN(n)) throw new TypeError('"n" argument must be a positive number');
    this._maxListeners = n;
    return this;
  };

  function maxListeners(emitter) {
    return emitter._maxListeners === undefined ? EventEmitter.defaultMaxListeners : emitter._maxListeners;
  }

  proto.getMaxListeners = function getMaxListeners() {
    return maxListeners(this);
  };

  proto.emit = function emit(type) {
    var events = this._events;
    var unhandled = type === 'error';
    if (events) unhandled = unhandled && events.error == null;
    else if (!unhandled) return false;
    if (unhandled) {
      var er = arguments.length > 1 ? arguments[1] : undefined;
      if (er instanceof Error) throw er;
      var err = new Error('Unhandled "error" event. (' + er + ')');
      err.context = er;
      throw err;
    }
    var handler = events[type];
    if (!handler) return false;
    var args = Array.prototype.slice.call(arguments, 1);
    if (typeof handler === 'function') {
      handler.apply(this, args);
    } else {
      var list = handler.slice();
      for (var i = 0; i < list.length; i++) list[i].apply(this, args);
    }
    return true;
  };

  function register(target, type, listener, prepend) {
    if (typeof listener !== 'function') throw new TypeError('"listener" argument must be a function');
    var events = target._events;
    var existing;
    if (!events) {
      events = target._events = Object.create(null);
      target._eventsCount = 0;
    } else {
      if (events.newListener) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
      existing = events[type];
    }
    if (!existing) {
      events[type] = listener;
      ++target._eventsCount;
      return target;
    }
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    if (!existing.warned) {
      var m = maxListeners(target);
      if (m && m > 0 && existing.length > m) existing.warned = true;
    }
    return target;
  }

  proto.addListener = function addListener(type, listener) {
    return register(this, type, listener, false);
  };
  proto.on = proto.addListener;
  proto.prependListener = function prependListener(type, listener) {
    return register(this, type, listener, true);
  };

  function onceWrap(target, type, listener) {
    var fired = false;
    var wrapped = function () {
      if (fired) return undefined;
      target.removeListener(type, wrapped);
      fired = true;
      var result = listener.apply(target, arguments);
      return arguments.length > 3 ? undefined : result;
    };
    wrapped.listener = listener;
    return wrapped;
  }

  proto.once = function once(type, listener) {
    if (typeof listener !== 'function') throw new TypeError('"listener" argument must be a function');
    this.on(type, onceWrap(this, type, listener));
    return this;
  };
  proto.prependOnceListener = function prependOnceListener(type, listener) {
    if (typeof listener !== 'function') throw new TypeError('"listener" argument must be a function');
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

  proto.removeListener = function removeListener(type, listener) {
    if (typeof listener !== 'function') throw new TypeError('"listener" argument must be a function');
    var events = this._events;
    if (!events) return this;
    var list = events[type];
    if (!list) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) {
        this._events = Object.create(null);
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      var position = -1;
      var original;
      for (var i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          original = list[i].listener;
          position = i;
          break;
        }
      }
      if (position < 0) return this;
      list.splice(position, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener) this.emit('removeListener', type, original || listener);
    }
    return this;
  };

  proto.removeAllListeners = function removeAllListeners(type) {
    var events = this._events;
    if (!events) return this;
    if (!events.removeListener) {
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type]) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
      }
      return this;
    }
    if (arguments.length === 0) {
      var keys = Object.keys(events);
      for (var k = 0; k < keys.length; k++) {
        if (keys[k] !== 'removeListener') this.removeAllListeners(keys[k]);
      }
      this.removeAllListeners('removeListener');
      this._events = Object.create(null);
      this._eventsCount = 0;
      return this;
    }
    var listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners) {
      for (var i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  };

  function listenersOf(target, type, unwrap) {
    var events = target._events;
    if (!events) return [];
    var found = events[type];
    if (!found) return [];
    if (typeof found === 'function') return unwrap ? [found.listener || found] : [found];
    return found.map(function (l) { return unwrap ? l.listener || l : l; });
  }

  proto.listeners = function listeners(type) {
    return listenersOf(this, type, true);
  };
  proto.rawListeners = function rawListeners(type) {
    return listenersOf(this, type, false);
  };

  function listenerCount(type) {
    var events = this._events;
    if (events) {
      var found = events[type];
      if (typeof found === 'function') return 1;
      if (found) return found.length;
    }
    return 0;
  }
  EventEmitter.listenerCount = function (emitter, type) {
    return typeof emitter.listenerCount === 'function' ? emitter.listenerCount(type) : listenerCount.call(emitter, type);
  };
  proto.listenerCount = listenerCount;

  proto.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };

  return EventEmitter;
})
