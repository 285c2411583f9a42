//! End-to-end tests: the real `courier` binary against in-process servers on 127.0.0.1,
//! asserting on the exact bytes that arrived.

mod cases;
mod harness;
mod support;
