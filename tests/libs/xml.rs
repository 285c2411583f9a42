//! XML and HTML: `require('xml2js')` (xml2js 0.4.23 over sax 1.2.4), the legacy `xml2Json`
//! global of postman-sandbox 4.7.1, and `require('cheerio')` / the `cheerio` global (0.22).

use crate::support::script::{all_pass, check_vectors_in_slices, json_response, results, Harness};
use courier::script::Listen;
use serde_json::json;

const ECHO_XML: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<food>\n    \
    <name>Homestyle Breakfast</name>\n    <price>$8.95</price>\n    \
    <description>Two eggs, bacon or sausage, toast, and our ever-popular hash browns</description>\n    \
    <calories>950</calories>\n</food>";

#[tokio::test]
async fn xml2js_matches_the_real_library() {
    check_vectors_in_slices("xml2js.json", 250).await;
}

#[tokio::test]
async fn cheerio_matches_the_real_library() {
    check_vectors_in_slices("cheerio.json", 120).await;
}

#[tokio::test]
async fn xml2json_global_reads_an_xml_response_like_the_super_sandbox_collection() {
    // The usage in newman-super-sandbox-test: xml2Json(responseBody), logged and tested.
    let mut h = Harness::new();
    let response = json_response(200, ECHO_XML);
    let code = "try {\n\
                  var jsonObject = xml2Json(responseBody);\n\
                  console.log(jsonObject);\n\
                  tests['xml2Json'] = !!jsonObject;\n\
                } catch (e) {\n\
                  console.log('xml2Json not supported');\n\
                  tests['xml2Json'] = false;\n\
                }\n\
                tests['calories'] = jsonObject.food.calories === '950';";
    let out = h.run(Listen::Test, &[code], Some(&response)).await;
    all_pass(&out);
    assert_eq!(
        results(&out),
        vec![
            ("xml2Json".to_string(), None),
            ("calories".to_string(), None)
        ]
    );
    // Newman warns once per script for the legacy xml2Json and tests globals.
    assert_eq!(out.console.len(), 3, "{:?}", out.console);
    assert_eq!(
        out.console[0].text,
        "Using \"xml2Json\" is deprecated. Use \"require('xml2js')\" instead."
    );
    assert_eq!(
        out.console[2].text,
        "Using \"tests\" is deprecated. Use \"pm.test()\" instead."
    );
    assert_eq!(
        out.console[1].text,
        "{\n  food: {\n    name: 'Homestyle Breakfast',\n    price: '$8.95',\n    \
         description: 'Two eggs, bacon or sausage, toast, and our ever-popular hash browns',\n    \
         calories: '950'\n  }\n}"
    );
}

#[tokio::test]
async fn xml2json_global_gives_undefined_for_a_json_body() {
    let mut h = Harness::new();
    let out = h
        .test("tests['parsed'] = xml2Json(responseBody) !== undefined;")
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        results(&out),
        vec![(
            "parsed".to_string(),
            Some("expected false to be truthy".to_string())
        )]
    );
}

#[tokio::test]
async fn xml2js_parse_string_promise_settles_after_the_script_body() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var xml2js = require('xml2js');\n\
             xml2js.parseStringPromise('<a x=\"1\">t</a>').then(function (r) {\n\
               pm.environment.set('ok', JSON.stringify(r));\n\
             });\n\
             xml2js.parseStringPromise('<a>').catch(function (e) {\n\
               pm.environment.set('err', e.message);\n\
             });\n\
             new xml2js.Parser({explicitArray: false}).parseStringPromise('<b>2</b>').then(function (r) {\n\
               pm.environment.set('parser', JSON.stringify(r));\n\
             });",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let env = &h.scopes.environment;
    assert_eq!(
        env.get_value("ok"),
        Some(&json!("{\"a\":{\"_\":\"t\",\"$\":{\"x\":\"1\"}}}"))
    );
    assert_eq!(
        env.get_value("err"),
        Some(&json!("Unclosed root tag\nLine: 0\nColumn: 3\nChar: "))
    );
    assert_eq!(env.get_value("parser"), Some(&json!("{\"b\":\"2\"}")));
}

#[tokio::test]
async fn xml2js_async_option_calls_back_later() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var order = [];\n\
             require('xml2js').parseString('<a>1</a>', {async: true}, function (e, r) {\n\
               order.push(r.a[0]);\n\
               pm.environment.set('order', order.join(','));\n\
             });\n\
             order.push('sync');",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        h.scopes.environment.get_value("order"),
        Some(&json!("sync,1"))
    );
}

#[tokio::test]
async fn xml2js_assertion_inside_the_callback_fails_the_test() {
    // The callback runs synchronously, so pm.expect inside it belongs to the enclosing pm.test.
    let mut h = Harness::new();
    let out = h
        .test(
            "var xml2js = require('xml2js');\n\
             pm.test('value', function () {\n\
               xml2js.parseString('<r><v>1</v></r>', function (err, res) {\n\
                 pm.expect(res.r.v[0]).to.eql('2');\n\
               });\n\
             });\n\
             pm.test('error', function () {\n\
               xml2js.parseString('<r>', function (err) {\n\
                 pm.expect(err).to.equal(null);\n\
               });\n\
             });",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let got = results(&out);
    assert_eq!(
        got[0].1.as_deref(),
        Some("expected '1' to deeply equal '2'")
    );
    assert!(
        got[1]
            .1
            .as_deref()
            .unwrap_or_default()
            .starts_with("expected Error: Unclosed root tag"),
        "{got:?}"
    );
}

#[tokio::test]
async fn cheerio_global_and_require_scrape_an_html_response() {
    let mut h = Harness::new();
    let html = "<html><head><title>Shop &amp; Co</title></head><body>\
                <ul><li class=\"p\" data-id=\"1\">Tea</li><li class=\"p\" data-id=\"2\">Caf&eacute;</li></ul>\
                <a href=\"/next?page=2\">next</a></body></html>";
    let response = json_response(200, html);
    let code = "var $ = cheerio.load(responseBody);\n\
                var $2 = require('cheerio').load(pm.response.text());\n\
                pm.test('scrape', function () {\n\
                  pm.expect($('title').text()).to.equal('Shop & Co');\n\
                  pm.expect($('li.p').length).to.equal(2);\n\
                  pm.expect($('li').last().text()).to.equal('Caf\\u00e9');\n\
                  pm.expect($('li').map(function (i, el) { return $(el).data('id'); }).get()).to.eql([1, 2]);\n\
                  pm.expect($2('a').attr('href')).to.equal('/next?page=2');\n\
                  pm.expect($('ul').html()).to.include('Caf&#xE9;');\n\
                  pm.expect(cheerio.load).to.equal(require('cheerio').load);\n\
                });";
    let out = h.run(Listen::Test, &[code], Some(&response)).await;
    all_pass(&out);
    assert_eq!(results(&out), vec![("scrape".to_string(), None)]);
}

#[tokio::test]
async fn large_documents_parse_within_the_script_limits() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var parts = [];\n\
             for (var i = 0; i < 2000; i++) parts.push('<item id=\"' + i + '\"><name>n' + i + '</name><v>' + i + '</v></item>');\n\
             var xml = '<list>' + parts.join('') + '</list>';\n\
             var r; require('xml2js').parseString(xml, function (e, v) { r = v; });\n\
             var $ = require('cheerio').load(xml, {xmlMode: true});\n\
             pm.environment.set('counts', r.list.item.length + ' ' + $('item').length + ' ' + $('item[id=\"1999\"] v').text());",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        h.scopes.environment.get_value("counts"),
        Some(&json!("2000 2000 1999"))
    );
}
