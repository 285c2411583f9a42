#!/usr/bin/env node
// Regenerates tests/vectors/node_*.json: the Node built-ins and small libraries of Newman's
// sandbox (buffer, querystring, url, util, uuid, csv-parse/lib/sync, path, assert, events,
// timers, string_decoder, punycode), recorded from the REAL postman-sandbox 4.7.1 (the
// browserify bundle Newman 6.2.2 runs scripts in).
//
// Usage: node tests/vectors/gen/node.js <node_modules dir holding postman-sandbox@4.7.1> [out dir]
//        (or NODE_MODULES=<dir>). Never run by CI.
//
// Every snippet is evaluated inside one prerequest script of the real sandbox the way
// tests/support/script.rs `eval_each` does it (direct eval, JSON round trip, message of what
// is thrown), so the expectations are exactly what Newman's scripts observe.
'use strict';

const fs = require('fs');
const path = require('path');

const nodeModules = process.argv[2] || process.env.NODE_MODULES;
if (!nodeModules) {
  console.error('usage: node node.js <node_modules dir with postman-sandbox> [out dir]');
  process.exit(2);
}
const outDir = process.argv[3] || path.join(__dirname, '..');
const Sandbox = require(path.join(nodeModules, 'postman-sandbox'));

const groups = require('./node_cases.js');

function script(codes) {
  return 'var __codes = ' + JSON.stringify(codes) + ';\n' +
    'var __out = __codes.map(function (__c) {\n' +
    '  try {\n' +
    '    var __v = eval(__c);\n' +
    '    var __j = JSON.stringify(__v === undefined ? null : __v);\n' +
    '    return [true, __j === undefined ? null : JSON.parse(__j)];\n' +
    '  } catch (e) {\n' +
    '    return [false, String(e && e.message !== undefined ? e.message : e)];\n' +
    '  }\n' +
    '});\n' +
    'console.log(JSON.stringify(__out));';
}

function hasLoneSurrogate(v) {
  if (typeof v === 'string') return /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/.test(v);
  if (v && typeof v === 'object') return Object.keys(v).some((k) => hasLoneSurrogate(k) || hasLoneSurrogate(v[k]));
  return false;
}

function runAll(codes) {
  return new Promise((resolve, reject) => {
    Sandbox.createContext({}, (err, ctx) => {
      if (err) return reject(err);
      let got = null;
      ctx.on('console', (cursor, level, text) => {
        if (got === null && typeof text === 'string' && text.charAt(0) === '[') got = JSON.parse(text);
      });
      ctx.on('execution.error', (cursor, e) => reject(new Error('script error: ' + (e && e.message))));
      ctx.execute({ listen: 'prerequest', script: { exec: script(codes) } }, { timeout: 60000 }, (e) => {
        ctx.dispose();
        if (e) return reject(e);
        if (!got) return reject(new Error('no output'));
        resolve(got);
      });
    });
  });
}

(async () => {
  let total = 0;
  for (const name of Object.keys(groups)) {
    const codes = groups[name];
    const seen = new Set();
    for (const c of codes) {
      if (seen.has(c)) throw new Error('duplicate case in ' + name + ': ' + c);
      seen.add(c);
    }
    const results = await runAll(codes);
    const vectors = codes.map((code, i) => {
      const [ok, value] = results[i];
      // serde_json (the Rust side) cannot hold lone surrogates: such cases must be rewritten.
      if (hasLoneSurrogate(value)) {
        throw new Error('lone surrogate in the result of: ' + code);
      }
      return ok ? { code, result: value } : { code, throws: value };
    });
    const file = path.join(outDir, 'node_' + name + '.json');
    fs.writeFileSync(file, JSON.stringify(vectors, null, 1) + '\n');
    total += vectors.length;
    console.log(file + ': ' + vectors.length);
  }
  console.log('total', total);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
