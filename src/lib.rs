//! courier: a fast, Newman-compatible runner for Postman collections.
//!
//! The modules follow the data: [`collection`] (model and loading) → [`vars`] (scopes and
//! resolution) → [`request`] (URL, headers, body) → [`auth`] → [`http`] (client, cookies,
//! TLS) → [`runner`] (iterations, flow) → [`report`] (cli, json, junit, progress). [`cli`]
//! turns the command line into a validated run configuration; [`mock`] is the built-in
//! LeanIX Integration API emulator.

pub mod auth;
pub mod cli;
pub mod collection;
pub mod http;
pub mod mock;
pub mod report;
pub mod request;
pub mod runner;
pub mod script;
pub mod vars;
