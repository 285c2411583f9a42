// courier: require('csv-parse/lib/sync'), written for courier with the behaviour of csv-parse
// 1.2.4 (the version postman-sandbox 4.7.1 bundles): parse(input, options) -> records, with
// that version's options (delimiter, rowDelimiter, quote, escape, columns true/array/function,
// comment, objname, trim/ltrim/rtrim, auto_parse, auto_parse_date, relax, relax_column_count,
// skip_empty_lines, skip_lines_with_empty_values, from, to, raw, max_limit_on_data_read), its
// error messages, and its quirks (a leading BOM is skipped; a last line without a row
// delimiter whose column count is wrong is silently dropped). Newer options such as cast,
// from_line, to_line, bom, info or record_delimiter do not exist in this version.
(function (native, require) {
  'use strict';

  var Buffer = require('buffer').Buffer;
  var StringDecoder = require('string_decoder').StringDecoder;
  var IS_INT = /^(\-|\+)?([1-9]+[0-9]*)$/;

  function Parser(options) {
    options.objectMode = true;
    var o = this.options = {};
    for (var k in options) o[k] = options[k];
    if (o.rowDelimiter == null) o.rowDelimiter = null;
    if (typeof o.rowDelimiter === 'string') o.rowDelimiter = [o.rowDelimiter];
    if (o.delimiter == null) o.delimiter = ',';
    if (o.quote !== undefined && !o.quote) o.quote = '';
    if (o.quote == null) o.quote = '"';
    if (o.escape == null) o.escape = '"';
    if (o.columns == null) o.columns = null;
    if (o.comment == null) o.comment = '';
    if (o.objname == null) o.objname = false;
    ['trim', 'ltrim', 'rtrim', 'auto_parse', 'auto_parse_date', 'relax', 'relax_column_count',
      'skip_empty_lines', 'skip_lines_with_empty_values'].forEach(function (name) {
      if (o[name] == null) o[name] = false;
    });
    if (o.max_limit_on_data_read == null) o.max_limit_on_data_read = 128000;
    this.lines = 0;
    this.count = 0;
    this.skipped_line_count = 0;
    this.empty_line_count = 0;
    this._ = {
      decoder: new StringDecoder(),
      quoting: false,
      commenting: false,
      field: null,
      nextChar: null,
      closingQuote: 0,
      line: [],
      rawBuf: '',
      buf: '',
      rowDelimiterLength: o.rowDelimiter ? Math.max.apply(Math, o.rowDelimiter.map(function (v) { return v.length; })) : undefined
    };
  }

  Parser.prototype.autoParse = function (value) {
    if (!this.options.auto_parse) return value;
    if (IS_INT.test(value)) return parseInt(value);
    if (value - parseFloat(value) + 1 >= 0) return parseFloat(value);
    if (this.options.auto_parse_date) {
      var m = Date.parse(value);
      if (!isNaN(m)) return new Date(m);
    }
    return value;
  };

  // Turns a finished line into a record (or the column names) and hands it to push().
  Parser.prototype.pushLine = function (line) {
    var o = this.options;
    if (o.skip_lines_with_empty_values && line.join('').trim() === '') return undefined;
    if (o.columns === true) {
      o.columns = line;
      return undefined;
    }
    if (typeof o.columns === 'function') {
      try {
        o.columns = o.columns.call(null, line);
      } catch (err) {
        return err;
      }
      return undefined;
    }
    if (!this._.line_length && line.length > 0) this._.line_length = o.columns ? o.columns.length : line.length;
    if (line.length === 1 && line[0] === '') {
      this.empty_line_count++;
    } else if (line.length !== this._.line_length) {
      if (o.relax_column_count) {
        this.count++;
        this.skipped_line_count++;
      } else if (o.columns != null) {
        return Error('Number of columns on line ' + this.lines + ' does not match header');
      } else {
        return Error('Number of columns is inconsistent on line ' + this.lines);
      }
    } else {
      this.count++;
    }
    var row = line;
    if (o.columns != null) {
      var named = {};
      for (var i = 0; i < line.length; i++) {
        if (o.columns[i] === false) continue;
        named[o.columns[i]] = line[i];
      }
      row = o.objname ? [named[o.objname], named] : named;
    }
    if (this.count < o.from || this.count > o.to) return undefined;
    if (o.raw) {
      this.push({ raw: this._.rawBuf, row: row });
      this._.rawBuf = '';
    } else {
      this.push(row);
    }
    return null;
  };

  Parser.prototype.write = require('_csv_write');

  Parser.prototype.flush = function () {
    var err = this.write(this._.decoder.end(), true);
    if (err) throw err;
    if (this._.quoting) throw new Error('Quoted field not terminated at line ' + (this.lines + 1));
    // An error for the last line is passed to the stream's flush callback, which the sync
    // API ignores.
    if (this._.line.length > 0) this.pushLine(this._.line);
  };

  return function parse(data, options) {
    if (options == null) options = {};
    var records = options.objname ? {} : [];
    if (data instanceof Buffer) data = new StringDecoder().write(data);
    var parser = new Parser(options);
    parser.push = function (record) {
      if (options.objname) records[record[0]] = record[1];
      else records.push(record);
    };
    var err = parser.write(data, false);
    if (err) throw err;
    parser.flush();
    return records;
  };
})
