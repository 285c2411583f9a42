//! Unit tests for scopes, the scope chain and `{{token}}` resolution.

use super::*;
use serde_json::json;

fn var(key: &str, value: Value) -> Variable {
    Variable::new(key, value)
}

fn disabled(key: &str, value: Value) -> Variable {
    Variable {
        enabled: false,
        ..Variable::new(key, value)
    }
}

fn typed(key: &str, value: Value, kind: &str) -> Variable {
    Variable {
        kind: Some(kind.to_owned()),
        ..Variable::new(key, value)
    }
}

fn scope(pairs: &[(&str, Value)]) -> VariableScope {
    VariableScope::from_vars(pairs.iter().map(|(k, v)| var(k, v.clone())).collect())
}

/// Resolves `template` with `env` as the environment and nothing else.
fn with_env(env: &VariableScope, template: &str) -> String {
    ScopeChain {
        environment: env,
        ..ScopeChain::only(&EMPTY_SCOPE)
    }
    .resolve(template)
    .into_owned()
}

#[test]
fn resolves_simple_tokens_and_keeps_surrounding_text() {
    let env = scope(&[("host", json!("example.com")), ("id", json!(7))]);
    assert_eq!(
        with_env(&env, "https://{{host}}/items/{{id}}?x=1"),
        "https://example.com/items/7?x=1"
    );
}

#[test]
fn nested_inner_token_resolves_first_then_outer() {
    let env = scope(&[("b", json!("name")), ("a_name", json!("final"))]);
    assert_eq!(with_env(&env, "{{a_{{b}}}}"), "final");
}

#[test]
fn values_containing_tokens_are_resolved_on_the_next_pass() {
    let env = scope(&[
        ("url", json!("{{scheme}}://{{host}}")),
        ("scheme", json!("https")),
        ("host", json!("{{sub}}.example.com")),
        ("sub", json!("api")),
    ]);
    assert_eq!(with_env(&env, "{{url}}/v1"), "https://api.example.com/v1");
}

#[test]
fn pass_limit_is_nineteen() {
    // Each pass adds one "x" in front of a self-referencing token.
    let env = scope(&[("a", json!("x{{a}}"))]);
    let expected = format!("{}{{{{a}}}}", "x".repeat(19));
    assert_eq!(with_env(&env, "{{a}}"), expected);
    assert_eq!(VARS_SUBREPLACE_LIMIT, 19);
}

#[test]
fn chain_of_exactly_nineteen_levels_resolves_but_twenty_does_not() {
    let mut vars: Vec<Variable> = (0..20)
        .map(|i| var(&format!("v{i}"), json!(format!("{{{{v{}}}}}", i + 1))))
        .collect();
    vars.push(var("v20", json!("end")));
    let env = VariableScope::from_vars(vars);
    // {{v2}} needs 19 passes (v2 → v3 → … → v20 → "end"); {{v1}} needs 20.
    assert_eq!(with_env(&env, "{{v2}}"), "end");
    assert_eq!(with_env(&env, "{{v1}}"), "{{v20}}");
}

#[test]
fn unresolved_tokens_stay_literal() {
    let env = scope(&[("known", json!("k"))]);
    assert_eq!(
        with_env(&env, "{{unknown}}-{{known}}-{{ also unknown }}"),
        "{{unknown}}-k-{{ also unknown }}"
    );
}

#[test]
fn template_without_resolvable_tokens_is_borrowed() {
    let env = scope(&[("a", json!("1"))]);
    let chain = ScopeChain::only(&env);
    assert!(matches!(
        chain.resolve("plain text"),
        Cow::Borrowed("plain text")
    ));
    assert!(matches!(chain.resolve(""), Cow::Borrowed("")));
    assert!(matches!(chain.resolve("{{missing}}"), Cow::Borrowed(_)));
    assert!(matches!(chain.resolve("{ {a} }"), Cow::Borrowed(_)));
    assert!(matches!(chain.resolve("{{a}}"), Cow::Owned(_)));
}

#[test]
fn names_with_spaces_slashes_dots_and_dashes() {
    let env = scope(&[
        ("my var", json!("1")),
        ("path/to/thing", json!("2")),
        ("a.b.c", json!("3")),
        ("x-y", json!("4")),
        ("ünïcode", json!("5")),
        ("", json!("empty")),
    ]);
    assert_eq!(
        with_env(
            &env,
            "{{my var}}|{{path/to/thing}}|{{a.b.c}}|{{x-y}}|{{ünïcode}}|{{}}"
        ),
        "1|2|3|4|5|empty"
    );
}

#[test]
fn brace_edge_cases_follow_the_regex() {
    let env = scope(&[("a", json!("A")), ("b", json!("B"))]);
    assert_eq!(with_env(&env, "{{{a}}}"), "{A}");
    assert_eq!(with_env(&env, "{{a}b}}"), "{{a}b}}");
    assert_eq!(with_env(&env, "{{a}}}}"), "A}}");
    assert_eq!(with_env(&env, "{{{{a}}"), "{{A");
    assert_eq!(with_env(&env, "{{a"), "{{a");
    assert_eq!(with_env(&env, "}}{{b}}{{"), "}}B{{");
}

#[test]
fn braces_produced_by_a_substitution_can_form_a_new_token() {
    let env = scope(&[("open", json!("{")), ("b", json!("B"))]);
    // Pass 1: "{" + "{b}}" → "{{b}}"; pass 2 resolves it.
    assert_eq!(with_env(&env, "{{open}}{b}}"), "B");
}

#[test]
fn precedence_local_data_environment_collection_globals() {
    let local = scope(&[("k", json!("local"))]);
    let data = scope(&[("k", json!("data")), ("d", json!("data"))]);
    let env = scope(&[
        ("k", json!("env")),
        ("d", json!("env")),
        ("e", json!("env")),
    ]);
    let coll = scope(&[
        ("k", json!("coll")),
        ("e", json!("coll")),
        ("c", json!("coll")),
    ]);
    let glob = scope(&[
        ("k", json!("glob")),
        ("c", json!("glob")),
        ("g", json!("glob")),
    ]);
    let chain = ScopeChain {
        local: &local,
        data: &data,
        environment: &env,
        collection: &coll,
        globals: &glob,
    };
    assert_eq!(
        chain.resolve("{{k}} {{d}} {{e}} {{c}} {{g}}"),
        "local data env coll glob"
    );
    assert_eq!(chain.lookup("k").as_deref(), Some("local"));
    assert_eq!(chain.lookup("g").as_deref(), Some("glob"));
    assert_eq!(chain.lookup("nothing"), None);
}

#[test]
fn disabled_entries_are_skipped_and_fall_through_to_lower_scopes() {
    let env = VariableScope::from_vars(vec![disabled("k", json!("env-disabled"))]);
    let glob = scope(&[("k", json!("global"))]);
    let chain = ScopeChain {
        environment: &env,
        globals: &glob,
        ..ScopeChain::only(&EMPTY_SCOPE)
    };
    assert_eq!(chain.resolve("{{k}}"), "global");
    assert!(!env.has("k"));
    assert_eq!(env.get_value("k"), None);
}

#[test]
fn last_enabled_duplicate_wins() {
    let env = VariableScope::from_vars(vec![
        var("dup", json!("1")),
        var("dup", json!("2")),
        var("one", json!("1")),
        disabled("one", json!("2")),
    ]);
    assert_eq!(with_env(&env, "{{dup}} {{one}}"), "2 1");
    assert_eq!(env.get_value("dup"), Some(&json!("2")));
}

#[test]
fn large_scopes_use_the_index_with_the_same_semantics() {
    let mut vars: Vec<Variable> = (0..40).map(|i| var(&format!("k{i}"), json!(i))).collect();
    vars.push(var("k3", json!("later")));
    vars.push(disabled("k4", json!("off")));
    let mut env = VariableScope::from_vars(vars);
    assert_eq!(env.get_value("k3"), Some(&json!("later")));
    assert_eq!(env.get_value("k4"), Some(&json!(4)));
    env.set("k3", json!("set"));
    env.set("new", json!(true));
    assert_eq!(with_env(&env, "{{k3}} {{new}} {{k39}}"), "set true 39");
    env.unset("k4");
    assert!(!env.has("k4"));
    assert_eq!(env.vars().iter().filter(|v| v.key == "k4").count(), 1); // disabled kept
    assert_eq!(env.get_value("k5"), Some(&json!(5)));
}

#[test]
fn value_formatting_undefined_null_numbers_booleans() {
    let env = VariableScope::from_vars(vec![
        Variable {
            value: None,
            ..var("undef", json!(0))
        },
        var("null", Value::Null),
        var("int", json!(42)),
        var("float", json!(1.5)),
        var("whole_float", json!(2.0)),
        var("big", json!(1e21)),
        var("t", json!(true)),
        var("f", json!(false)),
        var("empty", json!("")),
    ]);
    assert_eq!(
        with_env(
            &env,
            "[{{undef}}|{{null}}|{{int}}|{{float}}|{{whole_float}}|{{big}}|{{t}}|{{f}}|{{empty}}]"
        ),
        "[|null|42|1.5|2|1e+21|true|false|]"
    );
}

#[test]
fn object_and_array_values_substitute_their_js_to_string_and_stop_the_chain() {
    let env = scope(&[
        ("obj", json!({"a": 1})),
        ("arr", json!([1, "two", null, [3, 4], {"x": 1}, true])),
    ]);
    let glob = scope(&[("obj", json!("global"))]);
    let chain = ScopeChain {
        environment: &env,
        globals: &glob,
        ..ScopeChain::only(&EMPTY_SCOPE)
    };
    assert_eq!(chain.resolve("{{obj}}"), "[object Object]");
    assert_eq!(chain.resolve("{{arr}}"), "1,two,,3,4,[object Object],true");
}

#[test]
fn typed_variables_cast_like_postman() {
    let env = VariableScope::from_vars(vec![
        typed("b", json!("false"), "boolean"),
        typed("b0", json!(0), "boolean"),
        typed("n", json!(" 12.50 "), "number"),
        typed("nan", json!("abc"), "number"),
        typed("hex", json!("0x1F"), "Number"),
        typed("s", json!(5), "string"),
        Variable {
            value: None,
            ..typed("s_undef", json!(0), "string")
        },
        typed("arr", json!("[1, 2]"), "array"),
        typed("bad_arr", json!("{}"), "array"),
        typed("obj", json!("{\"a\":1}"), "object"),
        typed("secret", json!("hush"), "secret"),
        typed("default", json!({"a": 1}), "default"),
    ]);
    assert_eq!(
        with_env(&env, "{{b}} {{b0}} {{n}} {{nan}} {{hex}} {{s}} {{s_undef}}"),
        "true false 12.5 NaN 31 5 undefined"
    );
    assert_eq!(
        with_env(&env, "{{arr}}|{{bad_arr}}|{{obj}}|{{secret}}|{{default}}"),
        "1,2||[object Object]|hush|[object Object]"
    );
    let get = |k: &str| env.get(k).and_then(Variable::typed_value);
    assert_eq!(get("b"), Some(json!(true)));
    assert_eq!(get("n"), Some(json!(12.5)));
    assert_eq!(get("nan"), Some(Value::Null));
    assert_eq!(get("arr"), Some(json!([1, 2])));
    assert_eq!(get("bad_arr"), None);
    assert_eq!(get("s"), Some(json!("5")));
}

#[test]
fn data_row_null_keeps_token_literal_in_requests_but_not_in_replace_in() {
    let data = scope(&[("n", Value::Null), ("zero", json!(0)), ("f", json!(false))]);
    let env = scope(&[("n", json!("env"))]);
    let chain = ScopeChain {
        data: &data,
        environment: &env,
        ..ScopeChain::only(&EMPTY_SCOPE)
    };
    assert_eq!(chain.resolve("{{n}} {{zero}} {{f}}"), "{{n}} 0 false");
    assert_eq!(chain.lookup("n"), None);
    assert_eq!(chain.replace_in("{{n}} {{zero}}"), "null 0");
}

#[test]
fn data_row_lodash_paths_keep_the_token_literal() {
    let data = scope(&[
        ("user", json!({"name": "ann", "tags": ["a"]})),
        ("list", json!([1, 2])),
        ("s", json!("abc")),
        ("a.b", json!("direct")),
    ]);
    let env = scope(&[
        ("user.name", json!("env")),
        ("user.age", json!("env-age")),
        ("list[1]", json!("env-list")),
        ("list.length", json!("env-len")),
        ("s.length", json!("env-s")),
        ("s.9", json!("env-s9")),
    ]);
    let chain = ScopeChain {
        data: &data,
        environment: &env,
        ..ScopeChain::only(&EMPTY_SCOPE)
    };
    assert_eq!(chain.resolve("{{user.name}}"), "{{user.name}}");
    assert_eq!(chain.resolve("{{user.tags[0]}}"), "{{user.tags[0]}}");
    assert_eq!(chain.resolve("{{user[\"name\"]}}"), "{{user[\"name\"]}}");
    assert_eq!(chain.resolve("{{user.age}}"), "env-age");
    assert_eq!(chain.resolve("{{list[1]}}"), "{{list[1]}}");
    assert_eq!(chain.resolve("{{list.length}}"), "{{list.length}}");
    assert_eq!(chain.resolve("{{s.length}}"), "{{s.length}}");
    assert_eq!(chain.resolve("{{s.9}}"), "env-s9");
    assert_eq!(chain.resolve("{{a.b}}"), "direct");
    assert_eq!(chain.replace_in("{{user.name}}"), "env");
}

#[test]
fn object_prototype_names_follow_postman_plain_object_index() {
    let env = scope(&[("constructor", json!("env")), ("valueOf", json!("env"))]);
    assert_eq!(with_env(&env, "{{constructor}}"), "[object Object]");
    assert_eq!(with_env(&env, "{{__proto__}}"), "[object Object]");
    assert_eq!(with_env(&env, "{{toString}}"), "[object Undefined]");
    assert_eq!(with_env(&env, "{{isPrototypeOf}}"), "false");
    assert_eq!(with_env(&env, "{{valueOf}}"), "{{valueOf}}");
    let local = scope(&[("constructor", json!("mine"))]);
    assert_eq!(ScopeChain::only(&local).resolve("{{constructor}}"), "mine");
}

#[test]
fn user_variable_shadows_dynamic_variable() {
    let glob = scope(&[("$guid", json!("not-random"))]);
    let chain = ScopeChain {
        globals: &glob,
        ..ScopeChain::only(&EMPTY_SCOPE)
    };
    assert_eq!(chain.resolve("{{$guid}}"), "not-random");
    assert_eq!(
        ScopeChain::only(&EMPTY_SCOPE).resolve("{{$notAThing}}"),
        "{{$notAThing}}"
    );
}

#[test]
fn each_dynamic_occurrence_gets_a_fresh_value() {
    let out = ScopeChain::only(&EMPTY_SCOPE)
        .resolve("{{$guid}} {{$guid}}")
        .into_owned();
    let (a, b) = out.split_once(' ').unwrap_or_default();
    assert_eq!(a.len(), 36);
    assert_eq!(b.len(), 36);
    assert_ne!(a, b);
}

#[test]
fn dynamic_values_can_be_nested_inside_names() {
    let env = scope(&[("mode", json!("$randomInt"))]);
    let out = with_env(&env, "{{{{mode}}}}");
    let n: u32 = out.parse().unwrap_or(u32::MAX);
    assert!(n <= 1000, "{out}");
}

#[test]
fn scope_set_updates_effective_entry_or_appends() {
    let mut s = VariableScope::from_vars(vec![
        var("a", json!(1)),
        var("a", json!(2)),
        disabled("b", json!("off")),
        typed("t", json!("x"), "boolean"),
    ]);
    s.set("a", json!(3));
    assert_eq!(s.vars()[0].value, Some(json!(1)));
    assert_eq!(s.vars()[1].value, Some(json!(3)));
    s.set("b", json!("on"));
    assert_eq!(s.len(), 5);
    assert_eq!(s.get_value("b"), Some(&json!("on")));
    assert!(!s.vars()[2].enabled);
    s.set("t", json!(""));
    assert_eq!(
        s.get("t").map(|v| v.text().into_owned()).as_deref(),
        Some("false")
    );
}

#[test]
fn scope_unset_removes_enabled_entries_and_keeps_disabled_ones() {
    let mut s = VariableScope::from_vars(vec![
        var("a", json!(1)),
        disabled("a", json!(2)),
        var("a", json!(3)),
        var("b", json!(4)),
    ]);
    s.unset("a");
    assert!(!s.has("a"));
    assert_eq!(s.vars().len(), 2);
    assert!(!s.vars()[0].enabled);
    s.clear();
    assert!(s.is_empty());
}

#[test]
fn to_object_is_enabled_only_last_wins_first_position() {
    let s = VariableScope::from_vars(vec![
        var("x", json!(1)),
        var("y", json!(2)),
        var("x", json!(3)),
        disabled("y", json!("off")),
        disabled("z", json!("off")),
        Variable {
            value: None,
            ..var("u", json!(0))
        },
        typed("n", json!("7"), "number"),
    ]);
    let obj = s.to_object();
    assert_eq!(Value::Object(obj.clone()), json!({"x": 3, "y": 2, "n": 7}));
    assert_eq!(obj.keys().collect::<Vec<_>>(), ["x", "y", "n"]);
    let all = s.to_object_all();
    assert_eq!(
        Value::Object(all),
        json!({"x": 3, "y": "off", "z": "off", "n": 7})
    );
}

#[test]
fn js_string_formats_like_javascript() {
    let cases: &[(Value, &str)] = &[
        (json!(1.0), "1"),
        (json!(-0.0), "0"),
        (json!(0.1), "0.1"),
        (json!(1e21), "1e+21"),
        (json!(1e20), "100000000000000000000"),
        (json!(123456789012345680000.0), "123456789012345680000"),
        (json!(1.5e-7), "1.5e-7"),
        (json!(0.000001), "0.000001"),
        (json!(1e-7), "1e-7"),
        (json!(-2.5e30), "-2.5e+30"),
        (json!(0.1 + 0.2), "0.30000000000000004"),
        (json!(9007199254740993u64), "9007199254740992"),
        (json!(u64::MAX), "18446744073709552000"),
        (json!(i64::MIN), "-9223372036854776000"),
        (json!(-17), "-17"),
        (json!(123.456), "123.456"),
        (json!(5e-324), "5e-324"),
        (json!(1.7976931348623157e308), "1.7976931348623157e+308"),
        (json!(true), "true"),
        (json!(false), "false"),
        (Value::Null, "null"),
        (json!("text"), "text"),
    ];
    for (v, want) in cases {
        assert_eq!(js_string(v).as_deref(), Some(*want), "{v}");
    }
    assert_eq!(js_string(&json!([1])), None);
    assert_eq!(js_string(&json!({})), None);
    assert_eq!(js_number_string(f64::NAN), "NaN");
    assert_eq!(js_number_string(f64::NEG_INFINITY), "-Infinity");
}

#[test]
fn js_number_coercion_matches_string_to_number() {
    let cases: &[(&str, &str)] = &[
        ("", "0"),
        ("  42  ", "42"),
        ("\u{FEFF}7\n", "7"),
        ("1e3", "1000"),
        (".5", "0.5"),
        ("5.", "5"),
        ("+3", "3"),
        ("-Infinity", "-Infinity"),
        ("0b101", "5"),
        ("0o17", "15"),
        ("-0x10", "NaN"),
        ("inf", "NaN"),
        ("1_000", "NaN"),
        ("12px", "NaN"),
        ("1e", "NaN"),
    ];
    for (input, want) in cases {
        assert_eq!(
            js::f64_string(js::string_to_number(input)),
            *want,
            "{input:?}"
        );
    }
}
