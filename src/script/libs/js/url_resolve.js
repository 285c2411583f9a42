// courier: internal helper of url.js, written for courier: Url.prototype.resolveObject with the
// behaviour of the url 0.11.0 package (relative reference resolution of legacy Url objects,
// including its handling of protocols without '//', "psychotic" URLs such as mailto:).
(function (native, require) {
  'use strict';

  return function (Url, SLASHED, HOSTLESS) {
    function copyKeys(from, to, skip) {
      Object.keys(from).forEach(function (k) {
        if (k !== skip) to[k] = from[k];
      });
    }

    function setPath(result) {
      if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
      }
    }

    // Moves "user@host" found in the host field into auth and host.
    function splitAuthInHost(result) {
      var parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
      if (parts) {
        result.auth = parts.shift();
        result.host = result.hostname = parts.shift();
      }
    }

    return function resolveObject(relative) {
      if (typeof relative === 'string') {
        var parsed = new Url();
        parsed.parse(relative, false, true);
        relative = parsed;
      }

      var result = new Url();
      copyKeys(this, result);
      result.hash = relative.hash;

      if (relative.href === '') {
        result.href = result.format();
        return result;
      }

      // "//host/path": everything but the protocol comes from the reference.
      if (relative.slashes && !relative.protocol) {
        copyKeys(relative, result, 'protocol');
        if (SLASHED[result.protocol] && result.hostname && !result.pathname) result.path = result.pathname = '/';
        result.href = result.format();
        return result;
      }

      if (relative.protocol && relative.protocol !== result.protocol) {
        if (!SLASHED[relative.protocol]) {
          copyKeys(relative, result);
          result.href = result.format();
          return result;
        }
        result.protocol = relative.protocol;
        if (!relative.host && !HOSTLESS[relative.protocol]) {
          var rel = (relative.pathname || '').split('/');
          while (rel.length && !(relative.host = rel.shift()));
          if (!relative.host) relative.host = '';
          if (!relative.hostname) relative.hostname = '';
          if (rel[0] !== '') rel.unshift('');
          if (rel.length < 2) rel.unshift('');
          result.pathname = rel.join('/');
        } else {
          result.pathname = relative.pathname;
        }
        result.search = relative.search;
        result.query = relative.query;
        result.host = relative.host || '';
        result.auth = relative.auth;
        result.hostname = relative.hostname || relative.host;
        result.port = relative.port;
        if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
        result.slashes = result.slashes || relative.slashes;
        result.href = result.format();
        return result;
      }

      var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
      var isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
      var mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
      var removeAllDots = mustEndAbs;
      var srcPath = (result.pathname && result.pathname.split('/')) || [];
      var relPath = (relative.pathname && relative.pathname.split('/')) || [];
      var psychotic = result.protocol && !SLASHED[result.protocol];

      // Without '//', relative links may climb into the host part, which lives in the path
      // while resolving.
      if (psychotic) {
        result.hostname = '';
        result.port = null;
        if (result.host) {
          if (srcPath[0] === '') srcPath[0] = result.host;
          else srcPath.unshift(result.host);
        }
        result.host = '';
        if (relative.protocol) {
          relative.hostname = null;
          relative.port = null;
          if (relative.host) {
            if (relPath[0] === '') relPath[0] = relative.host;
            else relPath.unshift(relative.host);
          }
          relative.host = null;
        }
        mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
      }

      if (isRelAbs) {
        result.host = relative.host || relative.host === '' ? relative.host : result.host;
        result.hostname = relative.hostname || relative.hostname === '' ? relative.hostname : result.hostname;
        result.search = relative.search;
        result.query = relative.query;
        srcPath = relPath;
      } else if (relPath.length) {
        srcPath.pop();
        srcPath = srcPath.concat(relPath);
        result.search = relative.search;
        result.query = relative.query;
      } else if (relative.search != null) {
        // Only a new query: "?foo".
        if (psychotic) {
          result.hostname = result.host = srcPath.shift();
          splitAuthInHost(result);
        }
        result.search = relative.search;
        result.query = relative.query;
        setPath(result);
        result.href = result.format();
        return result;
      }

      if (!srcPath.length) {
        result.pathname = null;
        result.path = result.search ? '/' + result.search : null;
        result.href = result.format();
        return result;
      }

      // A path ending in '.' or '..' (or empty) keeps a trailing slash.
      var last = srcPath.slice(-1)[0];
      var trailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
        (last === '.' || last === '..')) || last === '';

      var up = 0;
      for (var i = srcPath.length; i >= 0; i--) {
        last = srcPath[i];
        if (last === '.') {
          srcPath.splice(i, 1);
        } else if (last === '..') {
          srcPath.splice(i, 1);
          up++;
        } else if (up) {
          srcPath.splice(i, 1);
          up--;
        }
      }
      if (!mustEndAbs && !removeAllDots) {
        for (; up > 0; up--) srcPath.unshift('..');
      }
      if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
      if (trailingSlash && srcPath.join('/').substr(-1) !== '/') srcPath.push('');

      var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

      if (psychotic) {
        result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
        splitAuthInHost(result);
      }

      mustEndAbs = mustEndAbs || (result.host && srcPath.length);
      if (mustEndAbs && !isAbsolute) srcPath.unshift('');

      if (!srcPath.length) {
        result.pathname = null;
        result.path = null;
      } else {
        result.pathname = srcPath.join('/');
      }
      setPath(result);
      result.auth = relative.auth || result.auth;
      result.slashes = result.slashes || relative.slashes;
      result.href = result.format();
      return result;
    };
  };
})
