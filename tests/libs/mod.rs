mod chai;
mod crypto_js;
mod lodash;
mod moment;
mod node;
mod require;
mod schema;
mod xml;
