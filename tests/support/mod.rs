//! Shared helpers for courier's integration tests. Each test binary that says
//! `mod support;` compiles all of this, so unused items are expected.
#![allow(dead_code)]

pub mod certs;
pub mod script;
pub mod server;
mod wire;
