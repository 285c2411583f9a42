//! The JUEL subset: every operator, access forms, string and list methods, functions and the
//! `integration` object, evaluated against a content item.

use serde_json::{json, Value};

use super::eval;

fn ok(src: &str, data: Value) -> Value {
    eval(src, data).unwrap_or_else(|e| panic!("{src}: {e}"))
}

fn err(src: &str) -> String {
    eval(src, json!({"s": "text", "n": 5, "list": [1, 2]})).expect_err(src)
}

#[test]
fn every_juel_operator_evaluates() {
    let d = json!({"a": {"b": "x"}, "n": 5, "s": "5", "t": true, "list": [1, 2, 3], "e": "", "z": null});
    let cases: &[(&str, Value)] = &[
        ("${'lit'}", json!("lit")),
        ("${\"dq\"}", json!("dq")),
        ("${42}", json!(42)),
        ("${2.5}", json!(2.5)),
        ("${true}", json!(true)),
        ("${null}", json!(null)),
        ("${data.a.b}", json!("x")),
        ("${data['a']['b']}", json!("x")),
        ("${data.list[1]}", json!(2)),
        ("${data.list[7]}", json!(null)),
        ("${data.n == 5}", json!(true)),
        ("${data.s == 5}", json!(true)),
        ("${data.n eq 5}", json!(true)),
        ("${data.n != 4}", json!(true)),
        ("${data.n ne 5}", json!(false)),
        ("${data.n < 6}", json!(true)),
        ("${data.n lt 5}", json!(false)),
        ("${data.n > 4}", json!(true)),
        ("${data.n gt 5}", json!(false)),
        ("${data.n <= 5}", json!(true)),
        ("${data.n ge 6}", json!(false)),
        ("${data.z < 1}", json!(false)),
        ("${'b' > 'a'}", json!(true)),
        ("${data.t && data.n > 1}", json!(true)),
        ("${data.t and false}", json!(false)),
        ("${false || data.t}", json!(true)),
        ("${false or false}", json!(false)),
        ("${!data.t}", json!(false)),
        ("${not false}", json!(true)),
        ("${empty data.e}", json!(true)),
        ("${empty data.z}", json!(true)),
        ("${empty data.missing}", json!(true)),
        ("${empty data.list}", json!(false)),
        ("${!empty data.a}", json!(true)),
        ("${data.n > 3 ? 'big' : 'small'}", json!("big")),
        ("${data.z == null ? 'none' : data.z}", json!("none")),
        ("${data.n + 1}", json!(6)),
        ("${data.s * 2}", json!(10)),
        ("${7 / 2}", json!(3.5)),
        ("${7 div 2}", json!(3.5)),
        ("${7 % 3}", json!(1)),
        ("${7 mod 3}", json!(1)),
        ("${-data.n}", json!(-5)),
        ("${1 + 2 * 3 == 7 && (1 + 2) * 3 == 9}", json!(true)),
        ("${[1, 'a'][1]}", json!("a")),
        // A false `&&` does not evaluate its right side.
        ("${false && data.missing.trim() == 'x'}", json!(false)),
    ];
    for (src, want) in cases {
        assert_eq!(&ok(src, d.clone()), want, "{src}");
    }
}

#[test]
fn content_data_and_text_with_several_parts() {
    let d = json!({"displayName": "Save the company", "n": 2.0, "list": ["a", null]});
    assert_eq!(ok("${content.id}", d.clone()), json!("c-1"));
    assert_eq!(ok("${content.type}", d.clone()), json!("prj"));
    assert_eq!(
        ok("${data.displayName} (${content.id})", d.clone()),
        json!("Save the company (c-1)")
    );
    assert_eq!(
        ok("[${data.missing}] ${data.n} ${data.list}", d.clone()),
        json!("[] 2.0 [a, null]")
    );
    assert_eq!(ok("plain text", d.clone()), json!("plain text"));
    assert_eq!(ok(r"costs \${data.n}", d.clone()), json!("costs ${data.n}"));
    assert_eq!(
        ok("${header.connectorId}/${customFields.none}", d.clone()),
        json!("courierTest/")
    );
    assert_eq!(ok("${variables.x.join('+')}", d), json!("a+b"));
}

#[test]
fn string_methods_behave_like_java() {
    let d = json!({"s": "  Hello World  ", "csv": "a,b,,c,,", "path": "a/b/c", "u": "Grüße"});
    let cases: &[(&str, Value)] = &[
        ("${data.s.trim()}", json!("Hello World")),
        ("${data.s.trim().toUpperCase()}", json!("HELLO WORLD")),
        ("${data.s.toLowerCase().trim()}", json!("hello world")),
        ("${data.path.replaceAll('/', '_')}", json!("a_b_c")),
        ("${data.path.replaceAll('(\\\\w)/', '$1-')}", json!("a-b-c")),
        ("${data.path.replaceFirst('/', '_')}", json!("a_b/c")),
        ("${data.path.replace('/', '')}", json!("abc")),
        ("${data.csv.split(',')}", json!(["a", "b", "", "c"])),
        ("${data.csv.split(',').size()}", json!(4)),
        ("${data.csv.split(',', -1).size()}", json!(6)),
        ("${data.path.split('/')[2]}", json!("c")),
        ("${data.s.trim().substring(6)}", json!("World")),
        ("${data.s.trim().substring(0, 5)}", json!("Hello")),
        ("${data.u.substring(3, 5)}", json!("ße")),
        ("${data.s.contains('World')}", json!(true)),
        ("${data.path.startsWith('a/')}", json!(true)),
        ("${data.path.startsWith('b', 2)}", json!(true)),
        ("${data.path.endsWith('/c')}", json!(true)),
        ("${data.u.length()}", json!(5)),
        ("${data.path.indexOf('/')}", json!(1)),
        ("${data.path.lastIndexOf('/')}", json!(3)),
        ("${data.path.indexOf('x')}", json!(-1)),
        ("${data.path.charAt(2)}", json!("b")),
        ("${data.path.matches('[a-c/]+')}", json!(true)),
        ("${data.path.matches('a')}", json!(false)),
        ("${data.path.equalsIgnoreCase('A/B/C')}", json!(true)),
        ("${data.path.concat('!')}", json!("a/b/c!")),
        ("${data.path.isEmpty()}", json!(false)),
        ("${data.path.empty}", json!(false)),
    ];
    for (src, want) in cases {
        assert_eq!(&ok(src, d.clone()), want, "{src}");
    }
}

#[test]
fn lists_maps_and_aggregations() {
    let d = json!({"nums": [3, "4", 1.5, null], "tags": ["b", "a", "b"], "m": {"k": "v", "n": 1}});
    let cases: &[(&str, Value)] = &[
        ("${data.tags.size()}", json!(3)),
        ("${data.tags.get(1)}", json!("a")),
        ("${data.tags.contains('a')}", json!(true)),
        ("${data.tags.indexOf('b')}", json!(0)),
        ("${data.tags.distinct()}", json!(["b", "a"])),
        ("${data.tags.join()}", json!("b,a,b")),
        ("${data.tags.subList(1, 3)}", json!(["a", "b"])),
        ("${data.nums.sum()}", json!(8.5)),
        ("${data.nums.average()}", json!(8.5 / 3.0)),
        ("${data.nums.max()}", json!("4")),
        ("${data.nums.min()}", json!(1.5)),
        ("${data.nums.count()}", json!(4)),
        ("${data.m.get('k')}", json!("v")),
        ("${data.m.containsKey('n')}", json!(true)),
        ("${data.m.keySet()}", json!(["k", "n"])),
        ("${data.m.size()}", json!(2)),
        ("${data.m}", json!({"k": "v", "n": 1})),
        ("${data.m.toString()}", json!("{k=v, n=1}")),
        ("${data.tags.toString()}", json!("[b, a, b]")),
        ("${data.m.n.toString()}", json!("1")),
    ];
    for (src, want) in cases {
        assert_eq!(&ok(src, d.clone()), want, "{src}");
    }
}

#[test]
fn helper_math_and_integration_functions() {
    let d = json!({"tags": "Important,Mature", "list": ["x"], "obj": {"a": [1]}});
    assert_eq!(
        ok("${helper:toList(data.tags.split(','))}", d.clone()),
        json!(["Important", "Mature"])
    );
    assert_eq!(ok("${helper:toList(data.list)}", d.clone()), json!(["x"]));
    assert_eq!(
        ok("${helper:toList(data.tags)}", d.clone()),
        json!(["Important,Mature"])
    );
    assert_eq!(ok("${helper:toList(data.none)}", d.clone()), json!([]));
    assert_eq!(
        ok("${helper:getFromMap(data.obj, 'a')}", d.clone()),
        json!([1])
    );
    assert_eq!(
        ok(
            "${math:round(2.5)} ${math:max(1, 4)} ${math:abs(-3)}",
            d.clone()
        ),
        json!("3.0 4 3")
    );
    assert_eq!(ok("${integration.contentIndex}", d.clone()), json!(0));
    assert_eq!(
        ok("${integration.now}", d.clone()),
        json!("2024-01-02T03:04:05.000")
    );
    assert_eq!(ok("${integration.valueOfForEach}", d.clone()), json!(null));
    assert_eq!(
        ok("${integration.toJson(data.obj)}", d.clone()),
        json!("{\"a\":[1]}")
    );
    assert_eq!(
        ok("${integration.toObject('{\"k\": [true]}').k[0]}", d),
        json!(true)
    );
}

#[test]
fn evaluation_errors_are_messages_not_panics() {
    for (src, needle) in [
        (
            "${data.missing.trim()}",
            "cannot call method 'trim' on null",
        ),
        ("${nope}", "cannot resolve identifier 'nope'"),
        (
            "${data.s.length}",
            "property 'length' not found on type String",
        ),
        (
            "${data.s.frobnicate()}",
            "method 'frobnicate' not found on type String",
        ),
        ("${data.s.substring(9)}", "substring"),
        ("${data.list.get(5)}", "out of range"),
        ("${data.list['x']}", "cannot coerce 'x' to a number"),
        ("${1 / 0}", "division by zero"),
        ("${data.s == 1}", "cannot coerce 'text' to a number"),
        ("${data.n && true}", "cannot coerce Long to a boolean"),
        ("${foo:bar(1)}", "function 'foo:bar' is not supported"),
        (
            "${data.s.replaceAll('(', 'x')}",
            "invalid regular expression",
        ),
        ("${data.s.replaceAll('t', '$2')}", "no group 2"),
        ("${integration}", "'integration' is not a value"),
        (
            "${integration.bogus}",
            "property 'bogus' not found on integration",
        ),
        ("${data.s.trim(1, 2, 3)}", ""),
        ("${data +}", "expected"),
    ] {
        let e = err(src);
        assert!(e.contains(needle), "{src}: {e}");
    }
}
