// courier: require('path'), written for courier with the behaviour of path-browserify 0.0.1,
// the POSIX-only `path` postman-sandbox 4.7.1 bundles: resolve (working directory '/'),
// normalize, isAbsolute, join, relative, dirname, basename, extname, sep and delimiter.
// That version has no parse, format, posix or win32.
(function (native, require) {
  'use strict';

  var exports = {};

  // Drops '.' segments and folds '..' into the segment before it; leftover '..' are kept in
  // front when the path may climb above its start.
  function fold(parts, keepAbove) {
    var up = 0;
    for (var i = parts.length - 1; i >= 0; i--) {
      if (parts[i] === '.') {
        parts.splice(i, 1);
      } else if (parts[i] === '..') {
        parts.splice(i, 1);
        up++;
      } else if (up) {
        parts.splice(i, 1);
        up--;
      }
    }
    if (keepAbove) {
      for (; up > 0; up--) parts.unshift('..');
    }
    return parts;
  }

  function segments(p) {
    return p.split('/').filter(function (s) { return !!s; });
  }

  exports.resolve = function resolve() {
    var resolved = '';
    var absolute = false;
    for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
      var p = i >= 0 ? arguments[i] : '/';
      if (typeof p !== 'string') throw new TypeError('Arguments to path.resolve must be strings');
      if (!p) continue;
      resolved = p + '/' + resolved;
      absolute = p.charAt(0) === '/';
    }
    resolved = fold(segments(resolved), !absolute).join('/');
    return ((absolute ? '/' : '') + resolved) || '.';
  };

  exports.normalize = function normalize(p) {
    var absolute = exports.isAbsolute(p);
    var trailing = p.substr(-1) === '/';
    p = fold(segments(p), !absolute).join('/');
    if (!p && !absolute) p = '.';
    if (p && trailing) p += '/';
    return (absolute ? '/' : '') + p;
  };

  exports.isAbsolute = function isAbsolute(p) {
    return p.charAt(0) === '/';
  };

  exports.join = function join() {
    var parts = Array.prototype.slice.call(arguments).filter(function (p) {
      if (typeof p !== 'string') throw new TypeError('Arguments to path.join must be strings');
      return p;
    });
    return exports.normalize(parts.join('/'));
  };

  exports.relative = function relative(from, to) {
    from = exports.resolve(from).substr(1);
    to = exports.resolve(to).substr(1);
    // Trims empty segments at both ends (the package's slice bound is start-relative).
    function trim(arr) {
      var start = 0;
      while (start < arr.length && arr[start] === '') start++;
      var end = arr.length - 1;
      while (end >= 0 && arr[end] === '') end--;
      return start > end ? [] : arr.slice(start, end - start + 1);
    }
    var fromParts = trim(from.split('/'));
    var toParts = trim(to.split('/'));
    var length = Math.min(fromParts.length, toParts.length);
    var same = length;
    for (var i = 0; i < length; i++) {
      if (fromParts[i] !== toParts[i]) {
        same = i;
        break;
      }
    }
    var out = [];
    for (var j = same; j < fromParts.length; j++) out.push('..');
    return out.concat(toParts.slice(same)).join('/');
  };

  exports.sep = '/';
  exports.delimiter = ':';

  exports.dirname = function dirname(p) {
    if (typeof p !== 'string') p = p + '';
    if (p.length === 0) return '.';
    var rooted = p.charCodeAt(0) === 47;
    var end = -1;
    var onSlashes = true;
    for (var i = p.length - 1; i >= 1; --i) {
      if (p.charCodeAt(i) === 47) {
        if (!onSlashes) {
          end = i;
          break;
        }
      } else {
        onSlashes = false;
      }
    }
    if (end === -1) return rooted ? '/' : '.';
    if (rooted && end === 1) return '/';
    return p.slice(0, end);
  };

  function lastSegment(p) {
    if (typeof p !== 'string') p = p + '';
    var start = 0;
    var end = -1;
    for (var i = p.length - 1; i >= 0; --i) {
      if (p.charCodeAt(i) === 47) {
        if (end !== -1) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        end = i + 1;
      }
    }
    return end === -1 ? '' : p.slice(start, end);
  }

  exports.basename = function basename(p, ext) {
    var f = lastSegment(p);
    if (ext && f.substr(-1 * ext.length) === ext) f = f.substr(0, f.length - ext.length);
    return f;
  };

  exports.extname = function extname(p) {
    if (typeof p !== 'string') p = p + '';
    var dot = -1;
    var partStart = 0;
    var end = -1;
    // 0: nothing seen before the last dot yet; 1: only dots; -1: some other character.
    var beforeDot = 0;
    for (var i = p.length - 1; i >= 0; --i) {
      var code = p.charCodeAt(i);
      if (code === 47) {
        if (end !== -1) {
          partStart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) end = i + 1;
      if (code === 46) {
        if (dot === -1) dot = i;
        else if (beforeDot !== 1) beforeDot = 1;
      } else if (dot !== -1) {
        beforeDot = -1;
      }
    }
    if (dot === -1 || end === -1 || beforeDot === 0 ||
        (beforeDot === 1 && dot === end - 1 && dot === partStart + 1)) {
      return '';
    }
    return p.slice(dot, end);
  };

  return exports;
})
