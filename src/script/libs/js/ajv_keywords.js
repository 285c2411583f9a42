// courier: internal helper of require('ajv'): custom keywords (ajv.addKeyword with `validate`,
// `compile` or `macro` definitions), as Ajv 6 runs them. Written for courier.
(function (native, require) {
  'use strict';

  var c = require('_ajv_compile');
  var hasOwn = Object.prototype.hasOwnProperty;
  var IDENTIFIER = /^[a-z_$][a-z0-9_$-]*$/i;

  // The schema Ajv checks keyword definitions against.
  function definitionSchema() {
    var simpleTypes = { 'enum': ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] };
    var SIMPLE = '#/definitions/simpleTypes';
    return {
      $id: 'https://github.com/ajv-validator/ajv/blob/master/lib/definition_schema.js',
      definitions: { simpleTypes: simpleTypes },
      type: 'object',
      dependencies: {
        schema: ['validate'],
        $data: ['validate'],
        statements: ['inline'],
        valid: { not: { required: ['macro'] } }
      },
      properties: {
        type: {
          anyOf: [{ $ref: SIMPLE }, { type: 'array', items: { $ref: SIMPLE }, minItems: 1, uniqueItems: true }]
        },
        schema: { type: 'boolean' },
        statements: { type: 'boolean' },
        dependencies: { type: 'array', items: { type: 'string' } },
        metaSchema: { type: 'object' },
        modifying: { type: 'boolean' },
        valid: { type: 'boolean' },
        $data: { type: 'boolean' },
        async: { type: 'boolean' },
        errors: { anyOf: [{ type: 'boolean' }, { 'const': 'full' }] }
      }
    };
  }

  function validateKeyword(definition, throwError) {
    validateKeyword.errors = null;
    var v = this._validateKeyword = this._validateKeyword || this.compile(definitionSchema(), true);
    if (v(definition)) return true;
    validateKeyword.errors = v.errors;
    if (throwError) throw new Error('custom keyword definition is invalid: ' + this.errorsText(v.errors));
    return false;
  }

  function addKeyword(keyword, definition) {
    var RULES = this.RULES;
    if (RULES.keywords[keyword]) throw new Error('Keyword ' + keyword + ' is already defined');
    if (!IDENTIFIER.test(keyword)) throw new Error('Keyword ' + keyword + ' is not a valid identifier');
    if (definition) {
      this.validateKeyword(definition, true);
      var dataType = definition.type;
      if (Array.isArray(dataType)) dataType.forEach(function (t) { addRule(t); });
      else addRule(dataType);
      var metaSchema = definition.metaSchema;
      if (metaSchema) definition.validateSchema = this.compile(metaSchema, true);
    }
    RULES.keywords[keyword] = RULES.all[keyword] = true;
    return this;

    function addRule(type) {
      var group;
      for (var i = 0; i < RULES.length; i++) {
        if (RULES[i].type === type) {
          group = RULES[i];
          break;
        }
      }
      if (!group) {
        group = { type: type, rules: [] };
        RULES.push(group);
      }
      var rule = { keyword: keyword, definition: definition, custom: true, code: customRule, implements: definition.implements };
      group.rules.push(rule);
      RULES.custom[keyword] = rule;
    }
  }

  function getKeyword(keyword) {
    var rule = this.RULES.custom[keyword];
    return rule ? rule.definition : this.RULES.keywords[keyword] || false;
  }

  function removeKeyword(keyword) {
    var RULES = this.RULES;
    delete RULES.keywords[keyword];
    delete RULES.all[keyword];
    delete RULES.custom[keyword];
    for (var i = 0; i < RULES.length; i++) {
      var list = RULES[i].rules;
      for (var j = 0; j < list.length; j++) {
        if (list[j].keyword === keyword) {
          list.splice(j, 1);
          break;
        }
      }
    }
    return this;
  }

  // The rule code of a custom keyword (what Ajv's custom.jst generates).
  function customRule(it, keyword) {
    var self = it.self;
    var opts = it.opts;
    var rule = it.RULES.custom[keyword];
    var def = rule.definition;
    var schemaValue = it.schema[keyword];
    var parentSchema = it.schema;
    var errSchemaPath = it.errSchemaPath + '/' + keyword;
    var breakOnError = !it.allErrors;

    if (opts.validateSchema !== false) {
      var deps = def.dependencies;
      if (deps && !deps.every(function (k) { return hasOwn.call(parentSchema, k); })) {
        throw new Error('parent schema must have all required keywords: ' + deps.join(','));
      }
      if (def.validateSchema && !def.validateSchema(schemaValue)) {
        var message = 'keyword schema is invalid: ' + self.errorsText(def.validateSchema.errors);
        if (opts.validateSchema === 'log') self.logger.error(message);
        else throw new Error(message);
      }
    }

    var validate;
    if (def.compile) {
      validate = def.compile.call(self, schemaValue, parentSchema, it);
    } else if (def.macro) {
      validate = def.macro.call(self, schemaValue, parentSchema, it);
      if (opts.validateSchema !== false) self.validateSchema(validate, true);
    } else if (def.inline) {
      throw new Error('custom keyword "' + keyword + '": inline keywords are not supported by courier');
    } else {
      validate = def.validate;
      if (!validate) return null;
    }
    if (validate === undefined) throw new Error('custom keyword "' + keyword + '"failed to compile');

    function customError(path, data) {
      return c.makeError(it, keyword, path, errSchemaPath, { keyword: keyword },
        'should pass "' + keyword + '" keyword validation', schemaValue, parentSchema, data);
    }

    if (def.macro) {
      var node = it.gen(c.child(it, validate, it.errSchemaPath, { compositeRule: true }));
      return function (data, path, pd, pk, root, st) {
        var ok = node.call(this, data, path, pd, pk, root, st);
        if (!def.valid && !ok) c.failExtra(st, it, customError(path, data));
      };
    }

    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      validate.errors = null;
      var ctx = opts.passContext ? this : self;
      var valid = def.compile || def.schema === false
        ? validate.call(ctx, data, path, pd, pk, root)
        : validate.call(ctx, schemaValue, data, parentSchema, path, pd, pk, root);
      if (def.modifying && pd) data = pd[pk];
      if (def.valid || valid) return;
      var ruleErrors = validate.errors;
      if (def.errors !== false && Array.isArray(ruleErrors)) {
        st.v = st.v === null ? ruleErrors : st.v.concat(ruleErrors);
        st.n = st.v.length;
        for (var i = errs; i < st.n; i++) {
          var e = st.v[i];
          if (e.dataPath === undefined) e.dataPath = path;
          e.schemaPath = errSchemaPath;
          if (opts.verbose) {
            e.schema = schemaValue;
            e.data = data;
          }
        }
      } else {
        c.fail(st, it, breakOnError, customError(path, data));
      }
    };
  }

  return { add: addKeyword, get: getKeyword, remove: removeKeyword, validate: validateKeyword };
})
