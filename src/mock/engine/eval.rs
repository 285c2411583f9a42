//! Evaluating a syntax tree against a processor's context: the root names (`content`, `data`,
//! `header`, `customFields`, `variables`, `integration`, `lx`), property and index access,
//! and the operators. Method calls and functions are in `methods.rs`.
//!
//! Values are borrowed from the LDIF wherever possible ([`Val::Ref`]), so reading a large or
//! deeply nested `data` never copies it.

use serde_json::Value;

use super::expr::{Ast, BinOp, UnOp};
use super::template::Evaluator;
use super::value::{
    bounded_clone, compare, is_empty, loose_eq, to_bool, to_index, to_num, to_text, type_name, Num,
};

static NULL: Value = Value::Null;

/// One element of a `forEach`: its value, its key (maps only) and its index (-1 for maps).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Each<'a> {
    pub value: &'a Value,
    pub key: Option<&'a str>,
    pub index: i64,
}

/// What an expression can see.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    /// The content item `{type, id, data}`.
    pub content: &'a Value,
    pub data: &'a Value,
    /// The whole LDIF (`header.customFields.x`, `header.connectorId`, …).
    pub header: &'a Value,
    /// An object: configuration defaults and collected variables.
    pub variables: &'a Value,
    /// `{factsheet: …}` when the processor works on an existing fact sheet, else null.
    pub lx: &'a Value,
    /// `integration.now`.
    pub now: &'a str,
    pub content_index: i64,
    pub max_content_index: i64,
    /// The processor-level `forEach` element.
    pub each: Option<Each<'a>>,
    /// The update-level `forEach` element (`integration.updates.*`).
    pub update_each: Option<Each<'a>>,
}

impl<'a> Ctx<'a> {
    /// A context with nothing but `now` (for tests and header-only evaluation).
    pub fn empty(now: &'a str) -> Self {
        Ctx {
            content: &NULL,
            data: &NULL,
            header: &NULL,
            variables: &NULL,
            lx: &NULL,
            now,
            content_index: 0,
            max_content_index: 0,
            each: None,
            update_each: None,
        }
    }
}

/// An evaluated value: borrowed, owned, or one of the special `integration` objects.
#[derive(Debug, Clone)]
pub(crate) enum Val<'a> {
    Ref(&'a Value),
    Own(Value),
    /// `integration`.
    Integration,
    /// `integration.updates`.
    Updates,
}

impl<'a> Val<'a> {
    /// The JSON value; the special objects are not values.
    pub fn value(&self) -> Result<&Value, String> {
        match self {
            Val::Ref(v) => Ok(v),
            Val::Own(v) => Ok(v),
            Val::Integration => {
                Err("'integration' is not a value; use one of its properties".into())
            }
            Val::Updates => {
                Err("'integration.updates' is not a value; use one of its properties".into())
            }
        }
    }

    /// An owned copy (refused when nested too deeply).
    pub fn into_owned(self) -> Result<Value, String> {
        match self {
            Val::Own(v) => Ok(v),
            other => bounded_clone(other.value()?),
        }
    }

    pub fn null() -> Self {
        Val::Ref(&NULL)
    }
}

impl Evaluator {
    /// Evaluates a syntax tree.
    pub fn eval<'a>(&self, ast: &Ast, ctx: &Ctx<'a>) -> Result<Val<'a>, String> {
        match ast {
            Ast::Lit(v) => Ok(Val::Own(v.clone())),
            Ast::Ident(name) => ident(name, ctx),
            Ast::Index(base, key) => {
                let b = self.eval(base, ctx)?;
                let k = self.eval(key, ctx)?;
                index(b, k.value()?, ctx)
            }
            Ast::Call(base, name, args) => {
                let b = self.eval(base, ctx)?;
                let args = args
                    .iter()
                    .map(|a| self.eval(a, ctx))
                    .collect::<Result<Vec<_>, _>>()?;
                self.call_method(b, name, &args)
            }
            Ast::Func(ns, name, args) => {
                let args = args
                    .iter()
                    .map(|a| self.eval(a, ctx))
                    .collect::<Result<Vec<_>, _>>()?;
                self.call_function(ns, name, args)
            }
            Ast::List(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.eval(i, ctx)?.into_owned()?);
                }
                Ok(Val::Own(Value::Array(out)))
            }
            Ast::Unary(op, inner) => {
                let v = self.eval(inner, ctx)?;
                let v = v.value()?;
                Ok(Val::Own(match op {
                    UnOp::Not => Value::Bool(!to_bool(v)?),
                    UnOp::Empty => Value::Bool(is_empty(v)),
                    UnOp::Neg => match to_num(v)? {
                        Num::Int(i) => match i.checked_neg() {
                            Some(n) => Num::Int(n),
                            None => Num::Float(-(i as f64)),
                        },
                        Num::Float(f) => Num::Float(-f),
                    }
                    .into_value()?,
                }))
            }
            Ast::Binary(BinOp::And, a, b) => {
                let l = to_bool(self.eval(a, ctx)?.value()?)?;
                let r = l && to_bool(self.eval(b, ctx)?.value()?)?;
                Ok(Val::Own(Value::Bool(r)))
            }
            Ast::Binary(BinOp::Or, a, b) => {
                let l = to_bool(self.eval(a, ctx)?.value()?)?;
                let r = l || to_bool(self.eval(b, ctx)?.value()?)?;
                Ok(Val::Own(Value::Bool(r)))
            }
            Ast::Binary(op, a, b) => {
                let l = self.eval(a, ctx)?;
                let r = self.eval(b, ctx)?;
                binary(*op, l.value()?, r.value()?).map(Val::Own)
            }
            Ast::Ternary(c, a, b) => {
                if to_bool(self.eval(c, ctx)?.value()?)? {
                    self.eval(a, ctx)
                } else {
                    self.eval(b, ctx)
                }
            }
        }
    }
}

fn ident<'a>(name: &str, ctx: &Ctx<'a>) -> Result<Val<'a>, String> {
    Ok(match name {
        "content" => Val::Ref(ctx.content),
        "data" => Val::Ref(ctx.data),
        "header" => Val::Ref(ctx.header),
        "customFields" => Val::Ref(ctx.header.get("customFields").unwrap_or(&NULL)),
        "variables" => Val::Ref(ctx.variables),
        "integration" => Val::Integration,
        "lx" => Val::Ref(ctx.lx),
        _ => return Err(format!("cannot resolve identifier '{name}'")),
    })
}

fn each_property<'a>(each: Option<Each<'a>>, name: &str, owner: &str) -> Result<Val<'a>, String> {
    match name {
        "valueOfForEach" => Ok(each.map_or(Val::null(), |e| Val::Ref(e.value))),
        "keyOfForEach" => Ok(each
            .and_then(|e| e.key)
            .map_or(Val::null(), |k| Val::Own(Value::String(k.to_string())))),
        "indexOfForEach" => Ok(each.map_or(Val::null(), |e| Val::Own(Value::from(e.index)))),
        _ => Err(format!("property '{name}' not found on {owner}")),
    }
}

/// `base.key` / `base[key]`.
fn index<'a>(base: Val<'a>, key: &Value, ctx: &Ctx<'a>) -> Result<Val<'a>, String> {
    match base {
        Val::Integration => {
            let name = to_text(key)?;
            match name.as_str() {
                "now" => Ok(Val::Own(Value::String(ctx.now.to_string()))),
                "contentIndex" => Ok(Val::Own(Value::from(ctx.content_index))),
                "maxContentIndex" => Ok(Val::Own(Value::from(ctx.max_content_index))),
                "updates" => Ok(Val::Updates),
                _ => each_property(ctx.each, &name, "integration"),
            }
        }
        Val::Updates => each_property(ctx.update_each, &to_text(key)?, "integration.updates"),
        Val::Ref(v) => match v {
            Value::Null => Ok(Val::null()),
            Value::Object(m) => Ok(m.get(to_text(key)?.as_str()).map_or(Val::null(), Val::Ref)),
            Value::Array(a) => {
                let i = to_index(key)?;
                Ok(usize::try_from(i)
                    .ok()
                    .and_then(|i| a.get(i))
                    .map_or(Val::null(), Val::Ref))
            }
            other => scalar_property(other, key),
        },
        Val::Own(v) => match v {
            Value::Null => Ok(Val::null()),
            Value::Object(mut m) => Ok(m
                .remove(to_text(key)?.as_str())
                .map_or(Val::null(), Val::Own)),
            Value::Array(mut a) => {
                let i = to_index(key)?;
                match usize::try_from(i) {
                    Ok(i) if i < a.len() => Ok(Val::Own(a.swap_remove(i))),
                    _ => Ok(Val::null()),
                }
            }
            other => scalar_property(&other, key),
        },
    }
}

/// Bean properties of scalars: only `String.empty` exists.
fn scalar_property<'a>(v: &Value, key: &Value) -> Result<Val<'a>, String> {
    let name = to_text(key)?;
    match (v, name.as_str()) {
        (Value::String(s), "empty") => Ok(Val::Own(Value::Bool(s.is_empty()))),
        _ => Err(format!(
            "property '{name}' not found on type {}",
            type_name(v)
        )),
    }
}

fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value, String> {
    use std::cmp::Ordering::*;
    let ord = |want: &[std::cmp::Ordering]| -> Result<Value, String> {
        Ok(Value::Bool(
            compare(a, b)?.is_some_and(|o| want.contains(&o)),
        ))
    };
    match op {
        BinOp::Eq => Ok(Value::Bool(loose_eq(a, b)?)),
        BinOp::Ne => Ok(Value::Bool(!loose_eq(a, b)?)),
        BinOp::Lt => ord(&[Less]),
        BinOp::Gt => ord(&[Greater]),
        BinOp::Le => ord(&[Less, Equal]),
        BinOp::Ge => ord(&[Greater, Equal]),
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            let (x, y) = (to_num(a)?, to_num(b)?);
            let r = match (x, y) {
                (Num::Int(i), Num::Int(j)) => {
                    let checked = match op {
                        BinOp::Add => i.checked_add(j),
                        BinOp::Sub => i.checked_sub(j),
                        _ => i.checked_mul(j),
                    };
                    match checked {
                        Some(n) => Num::Int(n),
                        None => Num::Float(float_op(op, i as f64, j as f64)),
                    }
                }
                _ => Num::Float(float_op(op, x.as_f64(), y.as_f64())),
            };
            r.into_value()
        }
        BinOp::Div => {
            let d = to_num(b)?.as_f64();
            if d == 0.0 {
                return Err("division by zero".into());
            }
            Num::Float(to_num(a)?.as_f64() / d).into_value()
        }
        BinOp::Mod => match (to_num(a)?, to_num(b)?) {
            (Num::Int(_), Num::Int(0)) => Err("division by zero".into()),
            (Num::Int(i), Num::Int(j)) => Num::Int(i.wrapping_rem(j)).into_value(),
            (x, y) => Num::Float(x.as_f64() % y.as_f64()).into_value(),
        },
        BinOp::And => Ok(Value::Bool(to_bool(a)? && to_bool(b)?)),
        BinOp::Or => Ok(Value::Bool(to_bool(a)? || to_bool(b)?)),
    }
}

fn float_op(op: BinOp, x: f64, y: f64) -> f64 {
    match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        _ => x * y,
    }
}
