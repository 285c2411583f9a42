//! `courier mock leanix`: a local emulator of the SAP LeanIX Integration API.
//!
//! It serves, over HTTPS by default (a CA and a server certificate generated at start) or plain
//! HTTP:
//!
//! - the MTM token exchange, `POST /services/mtm/v1/oauth2/token` (Basic `apitoken:<API token>`,
//!   `grant_type=client_credentials` in the form body or the query): see `auth.rs`;
//! - the Integration API under `/services/integration-api/v1`: processor configurations and
//!   synchronization runs, processed in the background by [`engine`]: see `api.rs`;
//! - a read-only view of the emulated workspace under `/services/pathfinder/v1` (documented in
//!   `pathfinder.rs`).
//!
//! The pieces: `handle.rs` starts and stops a server ([`start`], [`MockOptions`],
//! [`MockHandle`]), `server.rs` builds the router and runs the accept loop, `tls.rs` makes the
//! certificates, `state.rs` holds what the server knows, `runs.rs` drives the run lifecycle,
//! `store.rs` persists everything under `--state DIR`, and [`cli`] is the `courier mock leanix`
//! command.

mod api;
mod auth;
pub mod cli;
pub mod engine;
mod handle;
mod pathfinder;
mod runs;
mod server;
mod state;
mod store;
mod tls;

pub use cli::MockLeanixArgs;
pub use handle::{start, ConfigSource, MockError, MockHandle, MockOptions, RecordedRequest};
