// courier: internal helper of csv_parse.js, written for courier: the character loop of
// csv-parse 1.2.4 (Parser.__write): fields, quotes, escapes, comments, row delimiter
// detection and trimming, returning an Error for malformed input. Called on a Parser with
// (text, end); when `end` is false a short tail is kept for the next call.
(function (native, require) {
  'use strict';

  function trimRight(text) {
    return text.replace(/\s+$/, '');
  }

  function startsAt(chars, i, list) {
    return list.some(function (rd) { return chars.substr(i, rd.length) === rd; });
  }

  // Whether the unread tail might be the start of something longer (wait for more input).
  function undecidable(self, chars, i) {
    var o = self.options;
    var s = self._;
    var l = chars.length;
    var rest = chars.substr(i, l - i);
    var prefixOf = function (text) { return text.substr(0, l - i) === rest; };
    return (!o.rowDelimiter && i + 3 > l) ||
      (!s.commenting && l - i < o.comment.length && prefixOf(o.comment)) ||
      (o.rowDelimiter && l - i < s.rowDelimiterLength && o.rowDelimiter.some(prefixOf)) ||
      (o.rowDelimiter && s.quoting && l - i < o.quote.length + s.rowDelimiterLength &&
        o.rowDelimiter.some(function (rd) { return prefixOf(o.quote + rd); })) ||
      (l - i <= o.delimiter.length && prefixOf(o.delimiter)) ||
      (l - i <= o.escape.length && prefixOf(o.escape));
  }

  return function write(chars, end) {
    var o = this.options;
    var s = this._;
    var ltrim = o.trim || o.ltrim;
    var rtrim = o.trim || o.rtrim;
    chars = s.buf + chars;
    var l = chars.length;
    var i = 0;
    if (this.lines === 0 && chars.charCodeAt(0) === 0xfeff) i++;
    while (i < l) {
      if (!end && undecidable(this, chars, i)) break;
      var ch = s.nextChar ? s.nextChar : chars.charAt(i);
      s.nextChar = l > i + 1 ? chars.charAt(i + 1) : '';
      if (o.raw) s.rawBuf += ch;

      // The first '\n', '\r' or '\r\n' outside quotes fixes the row delimiter.
      if (o.rowDelimiter == null) {
        var after = i;
        var found = null;
        if (!s.quoting && (ch === '\n' || ch === '\r')) {
          found = ch;
          after += 1;
        } else if (s.quoting && ch === o.quote && (s.nextChar === '\n' || s.nextChar === '\r')) {
          found = s.nextChar;
          after += 2;
        }
        if (found) {
          if (found === '\r' && chars.charAt(after) === '\n') found += '\n';
          o.rowDelimiter = [found];
          s.rowDelimiterLength = found.length;
        }
      }

      if (!s.commenting && ch === o.escape) {
        var escapeIsQuote = o.escape === o.quote;
        if (!(escapeIsQuote && s.field == null && !s.quoting) && (s.nextChar === o.escape || s.nextChar === o.quote)) {
          i++;
          ch = s.nextChar;
          s.nextChar = chars.charAt(i + 1);
          if (s.field == null) s.field = '';
          s.field += ch;
          if (o.raw) s.rawBuf += ch;
          i++;
          continue;
        }
      }

      if (!s.commenting && ch === o.quote) {
        if (s.quoting) {
          var closesAtRow = o.rowDelimiter && startsAt(chars, i + 1, o.rowDelimiter);
          var closesAtField = chars.substr(i + 1, o.delimiter.length) === o.delimiter;
          var closesAtComment = s.nextChar === o.comment;
          if (s.nextChar && !closesAtRow && !closesAtField && !closesAtComment) {
            if (!o.relax) {
              return Error('Invalid closing quote at line ' + (this.lines + 1) + '; found ' +
                JSON.stringify(s.nextChar) + ' instead of delimiter ' + JSON.stringify(o.delimiter));
            }
            s.quoting = false;
            if (s.field) s.field = '' + o.quote + s.field;
          } else {
            s.quoting = false;
            s.closingQuote = o.quote.length;
            i++;
            if (end && i === l) {
              s.line.push(this.autoParse(s.field || ''));
              s.field = null;
            }
            continue;
          }
        } else if (!s.field) {
          s.quoting = true;
          i++;
          continue;
        } else if (s.field != null && !o.relax) {
          return Error('Invalid opening quote at line ' + (this.lines + 1));
        }
      }

      var atRow = o.rowDelimiter && startsAt(chars, i, o.rowDelimiter);
      if (atRow || (end && i === l - 1)) this.lines++;
      var wasCommenting = false;
      if (!s.commenting && !s.quoting && o.comment && chars.substr(i, o.comment.length) === o.comment) {
        s.commenting = true;
      } else if (s.commenting && atRow) {
        wasCommenting = true;
        s.commenting = false;
      }
      var atDelimiter = chars.substr(i, o.delimiter.length) === o.delimiter;

      if (!s.commenting && !s.quoting && (atDelimiter || atRow)) {
        var rowLength;
        if (atRow) {
          rowLength = o.rowDelimiter.filter(function (rd) { return chars.substr(i, rd.length) === rd; })[0].length;
        }
        if (atRow && s.line.length === 0 && s.field == null && (wasCommenting || o.skip_empty_lines)) {
          i += rowLength;
          s.nextChar = chars.charAt(i);
          continue;
        }
        if (rtrim && !s.closingQuote) s.field = s.field != null ? trimRight(s.field) : undefined;
        s.line.push(this.autoParse(s.field || ''));
        s.closingQuote = 0;
        s.field = null;
        if (atDelimiter) {
          i += o.delimiter.length;
          s.nextChar = chars.charAt(i);
          if (end && !s.nextChar) {
            atRow = true;
            s.line.push('');
          }
        }
        if (atRow) {
          var err = this.pushLine(s.line);
          if (err) return err;
          s.line = [];
          i += rowLength;
          s.nextChar = chars.charAt(i);
          continue;
        }
      } else if (!s.commenting && !s.quoting && (ch === ' ' || ch === '\t')) {
        if (s.field == null) s.field = '';
        if (!(ltrim && !s.field)) s.field += ch;
        i++;
      } else if (!s.commenting) {
        if (s.field == null) s.field = '';
        s.field += ch;
        i++;
      } else {
        i++;
      }

      if (!s.commenting && s.field != null && s.field.length > o.max_limit_on_data_read) {
        return Error('Field exceeds max_limit_on_data_read setting (' + o.max_limit_on_data_read + ') ' +
          JSON.stringify(o.delimiter));
      }
      if (!s.commenting && s.line != null && s.line.length > o.max_limit_on_data_read) {
        return Error('Row delimiter not found in the file ' + JSON.stringify(o.rowDelimiter));
      }
    }
    if (end) {
      if (s.field != null) {
        if (rtrim && !s.closingQuote) s.field = trimRight(s.field);
        s.line.push(this.autoParse(s.field || ''));
        s.field = null;
      }
      if (l === 0) this.lines++;
      if (s.line.length > o.max_limit_on_data_read) {
        return Error('Row delimiter not found in the file ' + JSON.stringify(o.rowDelimiter));
      }
    }
    s.buf = chars.substr(i);
    return null;
  };
})
