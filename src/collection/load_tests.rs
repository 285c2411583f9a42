//! Unit tests for `load.rs`: decoding, positioned JSON errors, collection recognition.

use super::*;

fn p() -> &'static Path {
    Path::new("c.json")
}

fn json_err(e: LoadError) -> (usize, usize, String, String) {
    match e {
        LoadError::Json {
            line,
            column,
            path,
            message,
            ..
        } => (line, column, path, message),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

fn wrong_kind(text: &str) -> String {
    match parse_collection(p(), text) {
        Err(LoadError::WrongKind { message, .. }) => message,
        other => panic!("expected WrongKind, got {other:?}"),
    }
}

fn utf16(s: &str, be: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = std::iter::once(0xFEFF)
        .filter(|_| bom)
        .chain(s.encode_utf16());
    for u in units {
        out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[test]
fn decodes_utf8_and_strips_bom() {
    assert_eq!(decode_bytes(p(), b"{\"a\":1}").unwrap(), "{\"a\":1}");
    let with_bom = [&[0xEF, 0xBB, 0xBF][..], "{\"é\":1}".as_bytes()].concat();
    assert_eq!(decode_bytes(p(), &with_bom).unwrap(), "{\"é\":1}");
}

#[test]
fn decodes_utf16_with_and_without_bom() {
    let text = "{\"név\": \"✓\"}";
    assert_eq!(decode_bytes(p(), &utf16(text, false, true)).unwrap(), text);
    assert_eq!(decode_bytes(p(), &utf16(text, true, true)).unwrap(), text);
    assert_eq!(decode_bytes(p(), &utf16(text, false, false)).unwrap(), text);
    assert_eq!(decode_bytes(p(), &utf16(text, true, false)).unwrap(), text);
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let e = decode_bytes(p(), b"{\"a\": \"\xff\"}").unwrap_err();
    assert!(matches!(e, LoadError::Decode { offset: 7, .. }));
    assert_eq!(
        e.to_string(),
        "c.json: not valid UTF-8 at byte offset 7 (line 1); courier reads UTF-8 and UTF-16 text"
    );
}

#[test]
fn broken_utf16_is_an_error_not_a_panic() {
    let odd = [0xFF, 0xFE, b'{', 0, b'}'];
    assert!(matches!(
        decode_bytes(p(), &odd),
        Err(LoadError::Decode { offset: 4, .. })
    ));
    let lone_surrogate = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0];
    assert!(matches!(
        decode_bytes(p(), &lone_surrogate),
        Err(LoadError::Decode { offset: 4, .. })
    ));
}

#[test]
fn missing_file_is_not_found() {
    let e = read_text(Path::new("definitely/not/here.json")).unwrap_err();
    assert!(matches!(e, LoadError::NotFound(_)));
    assert_eq!(e.to_string(), "definitely/not/here.json: no such file");
}

#[test]
fn syntax_error_reports_line_column_and_path() {
    let text = "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [\n    {\"name\": \"a\",}\n  ]\n}";
    let e = parse_collection(p(), text).unwrap_err();
    let shown = e.to_string();
    let (line, column, path, message) = json_err(e);
    assert_eq!((line, column), (4, 18));
    assert_eq!(path, "item[0]");
    assert_eq!(message, "collection is not valid JSON: trailing comma");
    assert_eq!(shown, format!("c.json:4:18: item[0]: {message}"));
}

#[test]
fn trailing_garbage_is_a_syntax_error() {
    let (line, column, path, message) =
        json_err(parse_json::<Value>(p(), "{}\n}", "file").unwrap_err());
    assert_eq!((line, column, path.as_str()), (2, 1, ""));
    assert_eq!(message, "file is not valid JSON: trailing characters");
}

#[test]
fn wrong_shape_inside_a_request_points_at_the_field() {
    // `request` is an untagged string-or-object field, which serde reports as a whole; the
    // loader re-checks it to name the offending field.
    let text = r#"{"info": {"name": "x"}, "item": [
  {"name": "a", "request": "http://a"},
  {"name": "b", "request": {"method": "GET",
      "header": 42}}
]}"#;
    let e = parse_collection(p(), text).unwrap_err();
    assert_eq!(
        e.to_string(),
        "c.json:4:17: item[1].request.header: invalid type: integer `42`, \
         expected a list of headers or a header string"
    );
}

#[test]
fn wrong_shape_of_request_and_headers() {
    let text = r#"{"info": {}, "item": [{"request": true}]}"#;
    let (.., path, message) = json_err(parse_collection(p(), text).unwrap_err());
    assert_eq!(path, "item[0].request");
    assert_eq!(
        message,
        "invalid type: boolean `true`, expected a URL string or a request object"
    );

    let text = r#"{"info": {}, "item": [{"request": {"header": [{"key": "a", "value": []}]}}]}"#;
    let (.., path, message) = json_err(parse_collection(p(), text).unwrap_err());
    assert_eq!(path, "item[0].request.header[0].value");
    assert_eq!(message, "expected a string");

    let text = r#"{"info": {}, "item": [{"request": {"method": 1}}]}"#;
    let (.., path, _) = json_err(parse_collection(p(), text).unwrap_err());
    assert_eq!(path, "item[0].request.method");
}

#[test]
fn wrong_shape_outside_untagged_fields_uses_json_words() {
    let text = "{\"info\": {}, \"item\": [{\"name\": \"f\", \"item\": {}}]}";
    let (line, column, path, message) = json_err(parse_collection(p(), text).unwrap_err());
    assert_eq!(path, "item[0].item");
    assert_eq!((line, column), (1, 45));
    assert_eq!(message, "invalid type: object, expected an array");
}

#[test]
fn environment_is_not_a_collection() {
    let env = r#"{"id": "1", "name": "dev", "values": [{"key": "a", "value": "1"}]}"#;
    assert_eq!(
        wrong_kind(env),
        "this looks like a Postman environment, not a collection; pass it with -e/--environment"
    );
    let globals = r#"{"values": [], "_postman_variable_scope": "globals"}"#;
    assert!(wrong_kind(globals).contains("globals file"));
    assert!(wrong_kind(r#"[{"key": "a", "value": 1}]"#).contains("legacy globals"));
    assert!(wrong_kind(r#"[{"user": "a"}]"#).contains("iteration data"));
    assert!(wrong_kind(r#"{"foo": 1}"#).contains("no `info` or `item` field (top-level keys: foo)"));
    assert!(wrong_kind("\"x\"").contains("found string \"x\""));
    assert!(wrong_kind("{}").contains("empty JSON object"));
}

#[test]
fn v1_collection_is_refused() {
    let v1 = r#"{"id": "1", "name": "old", "order": ["r1"], "requests": [{"id": "r1"}]}"#;
    assert!(wrong_kind(v1).starts_with("this is a Postman v1 collection"));
}

#[test]
fn empty_file_says_so() {
    let e = parse_collection(p(), " \n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "c.json: the file is empty (expected JSON for the collection)"
    );
}

#[test]
fn api_wrapper_and_missing_info_are_accepted() {
    let wrapped = r#"{"collection": {"info": {"name": "w"}, "item": [{"name": "r", "request": "http://x"}]}}"#;
    let c = parse_collection(p(), wrapped).unwrap();
    assert_eq!(c.info.name, "w");
    assert_eq!(c.items.len(), 1);
    let bad = r#"{"collection": {"info": {}, "item": 3}}"#;
    let (.., path, _) = json_err(parse_collection(p(), bad).unwrap_err());
    assert_eq!(path, "collection.item");
    let no_info = parse_collection(p(), r#"{"item": []}"#).unwrap();
    assert_eq!(no_info.info.name, "");
}

#[test]
fn item_paths_are_depth_first_with_folders() {
    let text = r#"{"info": {}, "item": [
        {"name": "a", "request": "http://a"},
        {"name": "f", "item": [{"name": "b", "request": "http://b"}, {"name": "g", "item": [
            {"name": "c", "request": "http://c"}]}]},
        {"name": "d", "request": "http://d"}]}"#;
    let c = parse_collection(p(), text).unwrap();
    let refs = item_paths(&c);
    let got: Vec<(String, &str)> = refs
        .iter()
        .map(|r| (r.path(), r.item.name.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("item[0]".to_string(), "a"),
            ("item[1]".into(), "f"),
            ("item[1].item[0]".into(), "b"),
            ("item[1].item[1]".into(), "g"),
            ("item[1].item[1].item[0]".into(), "c"),
            ("item[2]".into(), "d"),
        ]
    );
    let names: Vec<&str> = lineage(&c, &[1, 1, 0])
        .unwrap()
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(names, ["f", "g", "c"]);
    assert_eq!(item_at(&c, &[2]).map(|i| i.name.as_str()), Some("d"));
    assert!(item_at(&c, &[0, 0]).is_none());
    assert!(item_at(&c, &[7]).is_none());
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let text = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let (.., message) = json_err(parse_collection(p(), &text).unwrap_err());
    assert!(message.contains("recursion limit"), "{message}");
}
