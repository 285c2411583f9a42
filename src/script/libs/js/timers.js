// courier: require('timers'), written for courier: the members of timers-browserify 1.4.2 (what
// postman-sandbox 4.7.1 bundles), delegating to the sandbox's own timer functions. In Newman
// the bundled module calls globals the sandbox has removed, so its setTimeout & co. throw
// "setTimeout is not defined"; courier makes them work like the script's globals instead.
(function (native, require) {
  'use strict';

  var g = globalThis;
  var exports = {};

  exports.setTimeout = function () {
    return g.setTimeout.apply(undefined, arguments);
  };
  exports.setInterval = function () {
    return g.setInterval.apply(undefined, arguments);
  };
  exports.clearInterval = function (id) {
    return g.clearInterval(id);
  };
  exports.clearTimeout = function (id) {
    return g.clearTimeout(id);
  };

  // The legacy "idle timeout" helpers of Node's timers module.
  exports.enroll = function (item, msecs) {
    g.clearTimeout(item._idleTimeoutId);
    item._idleTimeout = msecs;
  };
  exports.unenroll = function (item) {
    g.clearTimeout(item._idleTimeoutId);
    item._idleTimeout = -1;
  };
  exports.active = function (item) {
    g.clearTimeout(item._idleTimeoutId);
    var msecs = item._idleTimeout;
    if (msecs >= 0) {
      item._idleTimeoutId = g.setTimeout(function () {
        if (item._onTimeout) item._onTimeout();
      }, msecs);
    }
  };
  exports._unrefActive = exports.active;

  exports.setImmediate = function () {
    return g.setImmediate.apply(undefined, arguments);
  };
  exports.clearImmediate = function (id) {
    return g.clearImmediate(id);
  };

  return exports;
})
