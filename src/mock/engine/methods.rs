//! Method calls (`a.m(x)`) and namespaced functions (`helper:toList(x)`) of the JUEL subset.
//!
//! Strings have Java's methods (indices count UTF-16 units, as Java's do): `trim`, `strip`,
//! `toUpperCase`, `toLowerCase`, `length`, `isEmpty`, `isBlank`, `contains`, `startsWith`,
//! `endsWith`, `indexOf`, `lastIndexOf`, `substring`, `charAt`, `concat`, `equals`,
//! `equalsIgnoreCase`, `matches`, `replace`, `replaceAll`, `replaceFirst`, `split`,
//! `toString`. Lists have `size`, `get`, `isEmpty`, `contains`, `indexOf`, `subList` and the
//! aggregations LeanIX offers on variables: `count`, `sum`, `average`, `min`, `max`,
//! `distinct`, `join`. Maps have `get`, `containsKey`, `keySet`, `values`, `size`, `isEmpty`.
//! `integration` has `toJson(x)` and `toObject(text)`. Functions: `helper:toList`,
//! `helper:getFromMap`, `math:abs|ceil|floor|round|max|min`.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::eval::Val;
use super::template::Evaluator;
use super::value::{
    bounded_clone, compare, is_empty, json_text, loose_eq, to_index, to_num, to_text, too_deep,
    type_name, Num, MAX_VALUE_DEPTH,
};

fn want(name: &str, args: &[Val<'_>], counts: &[usize]) -> Result<(), String> {
    if counts.contains(&args.len()) {
        Ok(())
    } else {
        Err(format!(
            "method '{name}' takes {} argument(s), not {}",
            counts
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" or "),
            args.len()
        ))
    }
}

fn arg<'b>(args: &'b [Val<'_>], i: usize) -> Result<&'b Value, String> {
    args.get(i)
        .ok_or_else(|| format!("missing argument {}", i + 1))?
        .value()
}

fn text_arg(args: &[Val<'_>], i: usize) -> Result<String, String> {
    to_text(arg(args, i)?)
}

fn own(v: Value) -> Result<Val<'static>, String> {
    Ok(Val::Own(v))
}

fn find_u16(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    (from..hay.len().saturating_sub(needle.len() - 1)).find(|&i| hay[i..].starts_with(needle))
}

fn rfind_u16(hay: &[u16], needle: &[u16]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

fn position(i: Option<usize>) -> Value {
    i.map_or(Value::from(-1), Value::from)
}

impl Evaluator {
    /// `base.name(args)`.
    pub fn call_method<'a>(
        &self,
        base: Val<'a>,
        name: &str,
        args: &[Val<'_>],
    ) -> Result<Val<'a>, String> {
        match base {
            Val::Integration => return self.integration_method(name, args),
            Val::Updates => {
                return Err(format!("method '{name}' not found on integration.updates"))
            }
            _ => {}
        }
        if name == "get" && args.len() == 1 {
            return get(base, arg(args, 0)?);
        }
        let recv = base.value()?;
        match recv {
            Value::Null => Err(format!(
                "cannot call method '{name}' on null (the target is unreachable)"
            )),
            Value::String(s) => self.string_method(s, name, args).map(Val::Own),
            Value::Array(a) => list_method(a, name, args).map(Val::Own),
            Value::Object(m) => map_method(m, name, args).map(Val::Own),
            other => scalar_method(other, name, args).map(Val::Own),
        }
    }

    fn integration_method<'a>(&self, name: &str, args: &[Val<'_>]) -> Result<Val<'a>, String> {
        match name {
            "toJson" => {
                want(name, args, &[1])?;
                own(Value::String(json_text(arg(args, 0)?)?))
            }
            "toObject" => {
                want(name, args, &[1])?;
                let text = text_arg(args, 0)?;
                let v: Value = serde_json::from_str(&text).map_err(|e| format!("toObject: {e}"))?;
                if too_deep(&v, MAX_VALUE_DEPTH) {
                    return Err("toObject: the JSON is nested too deeply".into());
                }
                own(v)
            }
            _ => Err(format!("method '{name}' not found on integration")),
        }
    }

    fn string_method(&self, s: &str, name: &str, args: &[Val<'_>]) -> Result<Value, String> {
        match name {
            "trim" | "strip" | "toUpperCase" | "toLowerCase" | "toString" | "length"
            | "isEmpty" | "isBlank" => want(name, args, &[0])?,
            "contains" | "endsWith" | "equals" | "equalsIgnoreCase" | "concat" | "lastIndexOf"
            | "charAt" | "matches" => want(name, args, &[1])?,
            _ => {}
        }
        let unit = |v: &str| -> Vec<u16> { v.encode_utf16().collect() };
        Ok(match name {
            "trim" => Value::from(s.trim_matches(|c: char| c <= ' ')),
            "strip" => Value::from(s.trim()),
            "toUpperCase" => Value::from(s.to_uppercase()),
            "toLowerCase" => Value::from(s.to_lowercase()),
            "toString" => Value::from(s),
            "length" => Value::from(s.encode_utf16().count()),
            "isEmpty" => Value::Bool(s.is_empty()),
            "isBlank" => Value::Bool(s.trim().is_empty()),
            "contains" => Value::Bool(s.contains(text_arg(args, 0)?.as_str())),
            "startsWith" => {
                want(name, args, &[1, 2])?;
                let prefix = unit(&text_arg(args, 0)?);
                let from = if args.len() == 2 {
                    to_index(arg(args, 1)?)?
                } else {
                    0
                };
                let u = unit(s);
                let ok = usize::try_from(from)
                    .ok()
                    .and_then(|f| u.get(f..))
                    .is_some_and(|rest| rest.starts_with(&prefix));
                Value::Bool(ok)
            }
            "endsWith" => Value::Bool(s.ends_with(text_arg(args, 0)?.as_str())),
            "equals" => Value::Bool(matches!(arg(args, 0)?, Value::String(o) if o == s)),
            "equalsIgnoreCase" => Value::Bool(match arg(args, 0)? {
                Value::String(o) => o.to_lowercase() == s.to_lowercase(),
                _ => false,
            }),
            "concat" => Value::from(format!("{s}{}", text_arg(args, 0)?)),
            "indexOf" => {
                want(name, args, &[1, 2])?;
                let from = if args.len() == 2 {
                    to_index(arg(args, 1)?)?.max(0)
                } else {
                    0
                };
                let from = usize::try_from(from).unwrap_or(usize::MAX);
                position(find_u16(&unit(s), &unit(&text_arg(args, 0)?), from))
            }
            "lastIndexOf" => position(rfind_u16(&unit(s), &unit(&text_arg(args, 0)?))),
            "charAt" => {
                let u = unit(s);
                let i = to_index(arg(args, 0)?)?;
                let c = usize::try_from(i)
                    .ok()
                    .and_then(|i| u.get(i))
                    .ok_or_else(|| format!("charAt: index {i} is out of range"))?;
                Value::from(String::from_utf16_lossy(&[*c]))
            }
            "substring" => {
                want(name, args, &[1, 2])?;
                let u = unit(s);
                let b = to_index(arg(args, 0)?)?;
                let e = if args.len() == 2 {
                    to_index(arg(args, 1)?)?
                } else {
                    i64::try_from(u.len()).unwrap_or(i64::MAX)
                };
                let range = usize::try_from(b).ok().zip(usize::try_from(e).ok());
                match range {
                    Some((b, e)) if b <= e && e <= u.len() => {
                        Value::from(String::from_utf16_lossy(&u[b..e]))
                    }
                    _ => return Err(format!("substring: begin {b}, end {e}, length {}", u.len())),
                }
            }
            "matches" => Value::Bool(self.full_match(&text_arg(args, 0)?, s)?),
            "replace" => {
                want(name, args, &[2])?;
                let from = text_arg(args, 0)?;
                let to = text_arg(args, 1)?;
                if from.is_empty() {
                    return Err("replace: the target must not be empty".into());
                }
                Value::from(s.replace(&from, &to))
            }
            "replaceAll" => {
                want(name, args, &[2])?;
                Value::from(self.replace_all(s, &text_arg(args, 0)?, &text_arg(args, 1)?)?)
            }
            "replaceFirst" => {
                want(name, args, &[2])?;
                Value::from(self.replace_first(s, &text_arg(args, 0)?, &text_arg(args, 1)?)?)
            }
            "split" => {
                want(name, args, &[1, 2])?;
                let limit = if args.len() == 2 {
                    to_index(arg(args, 1)?)?
                } else {
                    0
                };
                Value::Array(self.split(s, &text_arg(args, 0)?, limit)?)
            }
            _ => return Err(format!("method '{name}' not found on type String")),
        })
    }

    /// Java's `String.split(regex, limit)`: no leading empty piece for a zero-width match at
    /// the start, and (limit 0) no trailing empty pieces.
    fn split(&self, s: &str, pattern: &str, limit: i64) -> Result<Vec<Value>, String> {
        if s.is_empty() {
            return Ok(vec![Value::from("")]);
        }
        let re = self.regex(pattern)?;
        let mut parts: Vec<&str> = Vec::new();
        let mut last = 0;
        for m in re.find_iter(s) {
            if limit > 0 && i64::try_from(parts.len()).unwrap_or(i64::MAX) >= limit - 1 {
                break;
            }
            if m.end() == 0 {
                continue;
            }
            parts.push(&s[last..m.start()]);
            last = m.end();
        }
        parts.push(&s[last..]);
        if limit == 0 {
            while parts.last() == Some(&"") {
                parts.pop();
            }
        }
        Ok(parts.into_iter().map(Value::from).collect())
    }

    /// `ns:name(args)`.
    pub fn call_function<'a>(
        &self,
        ns: &str,
        name: &str,
        args: Vec<Val<'a>>,
    ) -> Result<Val<'a>, String> {
        let full = format!("{ns}:{name}");
        match full.as_str() {
            "helper:toList" => {
                want(&full, &args, &[1])?;
                let mut args = args;
                match args.swap_remove(0) {
                    v @ Val::Ref(Value::Array(_)) => Ok(v),
                    Val::Own(v @ Value::Array(_)) => Ok(Val::Own(v)),
                    other => match other.value()? {
                        Value::Null => Ok(Val::Own(Value::Array(vec![]))),
                        _ => Ok(Val::Own(Value::Array(vec![other.into_owned()?]))),
                    },
                }
            }
            "helper:getFromMap" => {
                want(&full, &args, &[2])?;
                let key = arg(&args, 1)?.clone();
                let mut args = args;
                get(args.swap_remove(0), &key)
            }
            "math:abs" | "math:ceil" | "math:floor" | "math:round" => {
                want(&full, &args, &[1])?;
                let n = to_num(arg(&args, 0)?)?;
                let r = match (name, n) {
                    ("abs", Num::Int(i)) => Num::Int(i.checked_abs().unwrap_or(i64::MAX)),
                    (_, Num::Int(i)) => Num::Int(i),
                    ("abs", Num::Float(f)) => Num::Float(f.abs()),
                    ("ceil", Num::Float(f)) => Num::Float(f.ceil()),
                    ("floor", Num::Float(f)) => Num::Float(f.floor()),
                    (_, Num::Float(f)) => Num::Float((f + 0.5).floor()),
                };
                Ok(Val::Own(r.into_value()?))
            }
            "math:max" | "math:min" => {
                want(&full, &args, &[2])?;
                let (a, b) = (to_num(arg(&args, 0)?)?, to_num(arg(&args, 1)?)?);
                let pick_a = (a.as_f64() >= b.as_f64()) == (name == "max");
                Ok(Val::Own(if pick_a { a } else { b }.into_value()?))
            }
            _ => Err(format!("function '{full}' is not supported")),
        }
    }
}

/// `get(key)` on a list or map, without copying a borrowed container.
fn get<'a>(base: Val<'a>, key: &Value) -> Result<Val<'a>, String> {
    match base {
        Val::Ref(Value::Array(a)) => {
            let i = to_index(key)?;
            usize::try_from(i)
                .ok()
                .and_then(|i| a.get(i))
                .map(Val::Ref)
                .ok_or_else(|| format!("get: index {i} is out of range (size {})", a.len()))
        }
        Val::Ref(Value::Object(m)) => {
            Ok(m.get(to_text(key)?.as_str()).map_or(Val::null(), Val::Ref))
        }
        Val::Own(Value::Array(mut a)) => {
            let i = to_index(key)?;
            match usize::try_from(i) {
                Ok(i) if i < a.len() => Ok(Val::Own(a.swap_remove(i))),
                _ => Err(format!("get: index {i} is out of range (size {})", a.len())),
            }
        }
        Val::Own(Value::Object(mut m)) => Ok(m
            .remove(to_text(key)?.as_str())
            .map_or(Val::null(), Val::Own)),
        other => {
            let v = other.value()?;
            Err(format!("method 'get' not found on type {}", type_name(v)))
        }
    }
}

fn numbers(a: &[Value]) -> Result<Vec<Num>, String> {
    a.iter().filter(|v| !v.is_null()).map(to_num).collect()
}

fn list_method(a: &[Value], name: &str, args: &[Val<'_>]) -> Result<Value, String> {
    match name {
        "size" | "count" | "isEmpty" | "toString" | "sum" | "average" | "min" | "max"
        | "distinct" => want(name, args, &[0])?,
        "contains" | "indexOf" => want(name, args, &[1])?,
        _ => {}
    }
    Ok(match name {
        "size" | "count" => Value::from(a.len()),
        "isEmpty" => Value::Bool(a.is_empty()),
        "toString" => {
            let parts = a
                .iter()
                .map(|v| {
                    if v.is_null() {
                        Ok("null".to_string())
                    } else {
                        to_text(v)
                    }
                })
                .collect::<Result<Vec<_>, _>>()?;
            Value::from(format!("[{}]", parts.join(", ")))
        }
        "contains" => {
            let x = arg(args, 0)?;
            Value::Bool(a.iter().any(|e| loose_eq(e, x).unwrap_or(false)))
        }
        "indexOf" => {
            let x = arg(args, 0)?;
            position(a.iter().position(|e| loose_eq(e, x).unwrap_or(false)))
        }
        "join" => {
            want(name, args, &[0, 1])?;
            let sep = if args.is_empty() {
                ",".to_string()
            } else {
                text_arg(args, 0)?
            };
            let parts = a.iter().map(to_text).collect::<Result<Vec<_>, _>>()?;
            Value::from(parts.join(&sep))
        }
        "sum" => {
            let mut total = Num::Int(0);
            for n in numbers(a)? {
                total = match (total, n) {
                    (Num::Int(x), Num::Int(y)) => x
                        .checked_add(y)
                        .map_or(Num::Float(x as f64 + y as f64), Num::Int),
                    (x, y) => Num::Float(x.as_f64() + y.as_f64()),
                };
            }
            total.into_value()?
        }
        "average" => {
            let n = numbers(a)?;
            if n.is_empty() {
                Value::Null
            } else {
                let total: f64 = n.iter().map(|x| x.as_f64()).sum();
                Num::Float(total / n.len() as f64).into_value()?
            }
        }
        "min" | "max" => {
            let mut best: Option<&Value> = None;
            for v in a.iter().filter(|v| !v.is_null()) {
                best = match best {
                    None => Some(v),
                    Some(b) => {
                        let ord = compare(v, b)?.unwrap_or(std::cmp::Ordering::Equal);
                        let better = if name == "min" {
                            ord.is_lt()
                        } else {
                            ord.is_gt()
                        };
                        Some(if better { v } else { b })
                    }
                };
            }
            best.map_or(Ok(Value::Null), bounded_clone)?
        }
        "distinct" => {
            let mut seen = HashSet::new();
            let mut out = Vec::new();
            for v in a {
                if seen.insert(json_text(v)?) {
                    out.push(v.clone());
                }
            }
            Value::Array(out)
        }
        "subList" => {
            want(name, args, &[2])?;
            let (b, e) = (to_index(arg(args, 0)?)?, to_index(arg(args, 1)?)?);
            let range = usize::try_from(b).ok().zip(usize::try_from(e).ok());
            match range {
                Some((b, e)) if b <= e && e <= a.len() => Value::Array(
                    a[b..e]
                        .iter()
                        .map(bounded_clone)
                        .collect::<Result<_, _>>()?,
                ),
                _ => {
                    return Err(format!(
                        "subList: {b}..{e} is out of range (size {})",
                        a.len()
                    ))
                }
            }
        }
        _ => return Err(format!("method '{name}' not found on type List")),
    })
}

fn map_method(m: &Map<String, Value>, name: &str, args: &[Val<'_>]) -> Result<Value, String> {
    match name {
        "size" | "isEmpty" | "keySet" | "values" | "toString" => want(name, args, &[0])?,
        "containsKey" => want(name, args, &[1])?,
        _ => {}
    }
    Ok(match name {
        "size" => Value::from(m.len()),
        "isEmpty" => Value::Bool(m.is_empty()),
        "containsKey" => Value::Bool(m.contains_key(text_arg(args, 0)?.as_str())),
        "keySet" => Value::Array(m.keys().map(|k| Value::from(k.as_str())).collect()),
        "values" => Value::Array(m.values().map(bounded_clone).collect::<Result<_, _>>()?),
        "toString" => {
            let parts = m
                .iter()
                .map(|(k, v)| {
                    Ok(format!(
                        "{k}={}",
                        if v.is_null() {
                            "null".into()
                        } else {
                            to_text(v)?
                        }
                    ))
                })
                .collect::<Result<Vec<_>, String>>()?;
            Value::from(format!("{{{}}}", parts.join(", ")))
        }
        _ => return Err(format!("method '{name}' not found on type Map")),
    })
}

fn scalar_method(v: &Value, name: &str, args: &[Val<'_>]) -> Result<Value, String> {
    Ok(match (v, name) {
        (_, "toString") => Value::from(to_text(v)?),
        (_, "equals") => Value::Bool(arg(args, 0)? == v),
        (Value::Number(_), "intValue" | "longValue") => match to_num(v)? {
            Num::Int(i) => Value::from(i),
            Num::Float(f) => Value::from(f.trunc() as i64),
        },
        (Value::Number(_), "doubleValue") => Num::Float(to_num(v)?.as_f64()).into_value()?,
        (Value::Bool(b), "booleanValue") => Value::Bool(*b),
        (_, "isEmpty") => Value::Bool(is_empty(v)),
        _ => {
            return Err(format!(
                "method '{name}' not found on type {}",
                type_name(v)
            ))
        }
    })
}
