//! Test cases, one module per area.

mod auth;
mod bad_input;
mod bodies;
mod flow;
mod leanix;
mod reports;
mod run_control;
mod scripts;
mod signing;
mod transport;
mod variables;
mod wire_url;
