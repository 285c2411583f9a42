//! The HTTP side: the router (routes, auth layer, body limit, request log, JSON fallbacks) and
//! the accept loop, which serves HTTP/1.1 and HTTP/2 over TLS or plain TCP and shuts down
//! gracefully.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::{GracefulShutdown, Watcher};
use hyper_util::service::TowerToHyperService;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use super::handle::RecordedRequest;
use super::state::Shared;
use super::{api, auth, pathfinder};

/// How long a TLS handshake may take.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long shutdown waits for open connections to finish their requests.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// A JSON response.
pub(crate) fn json_response(status: StatusCode, value: &Value) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// `{"errors": [...]}` with `status`.
pub(crate) fn errors(status: StatusCode, messages: impl IntoIterator<Item = String>) -> Response {
    let messages: Vec<String> = messages.into_iter().collect();
    json_response(status, &json!({ "errors": messages }))
}

/// An empty response with `status`.
pub(crate) fn empty(status: StatusCode) -> Response {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = status;
    resp
}

/// An error answer: `{"errors": [...]}` with a status. Small, so `Result`s stay cheap.
#[derive(Debug)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub messages: Vec<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            messages: vec![message.into()],
        }
    }

    /// 400 with one message.
    pub fn bad(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Request body is larger than the limit (--max-body-size)",
        )
    }

    /// The rejection of a body extractor (413 over the limit).
    pub fn from_rejection(r: &BytesRejection) -> Self {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::too_large()
        } else {
            Self::new(r.status(), r.body_text())
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        errors(self.status, self.messages)
    }
}

/// The request body as JSON: 413 over the limit, 400 with the parse error when malformed.
pub(crate) fn json_body(body: Result<Bytes, BytesRejection>) -> Result<Value, ApiError> {
    let bytes = body.map_err(|r| ApiError::from_rejection(&r))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad(
            "Request body is empty; a JSON document is expected",
        ));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::bad(format!("Malformed JSON in the request body: {e}")))
}

async fn not_found(request: Request) -> Response {
    errors(
        StatusCode::NOT_FOUND,
        [format!(
            "No such endpoint: {} {}",
            request.method(),
            request.uri().path()
        )],
    )
}

async fn method_not_allowed(request: Request) -> Response {
    errors(
        StatusCode::METHOD_NOT_ALLOWED,
        [format!(
            "Method {} is not allowed on {}",
            request.method(),
            request.uri().path()
        )],
    )
}

/// Middleware: records every request (method, path, query, status) in the handle's log.
async fn record(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_string();
    let query = request.uri().query().map(String::from);
    let response = next.run(request).await;
    shared.record(RecordedRequest {
        method,
        path,
        query,
        status: response.status().as_u16(),
    });
    response
}

/// All routes.
pub(crate) fn router(shared: Arc<Shared>, max_body: usize) -> Router {
    let runs = "/services/integration-api/v1/synchronizationRuns";
    let fast = "/services/integration-api/v1/fastSynchronizationRuns";
    let protected = Router::new()
        .route(
            "/services/integration-api/v1/configurations",
            get(api::get_configurations)
                .put(api::put_configuration)
                .delete(api::delete_configuration),
        )
        .route(runs, get(api::list_runs).post(api::create_run))
        .route(
            &format!("{runs}/withConfig"),
            post(api::create_run_with_config),
        )
        .route(&format!("{runs}/{{id}}/start"), post(api::start_run))
        .route(&format!("{runs}/{{id}}/stop"), post(api::stop_run))
        .route(&format!("{runs}/{{id}}/status"), get(api::run_status))
        .route(&format!("{runs}/{{id}}/progress"), get(api::run_progress))
        .route(&format!("{runs}/{{id}}/stats"), get(api::run_stats))
        .route(&format!("{runs}/{{id}}/results"), get(api::run_results))
        .route(
            &format!("{runs}/{{id}}/resultsUrl"),
            get(api::run_results_url),
        )
        .route(&format!("{runs}/{{id}}/warnings"), get(api::run_warnings))
        .route(fast, post(api::fast_run))
        .route(
            &format!("{fast}/withConfig"),
            post(api::fast_run_with_config),
        )
        .route(
            "/services/pathfinder/v1/factSheets",
            get(pathfinder::list_fact_sheets),
        )
        .route(
            "/services/pathfinder/v1/factSheets/{id}",
            get(pathfinder::get_fact_sheet),
        )
        .route("/services/courier/v1/workspace", get(pathfinder::workspace))
        .route_layer(from_fn_with_state(
            Arc::clone(&shared),
            auth::require_bearer,
        ));
    Router::new()
        .route("/services/mtm/v1/oauth2/token", post(auth::token))
        .merge(protected)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(from_fn_with_state(Arc::clone(&shared), record))
        .with_state(shared)
}

/// Serves one connection until it closes or shutdown drains it.
async fn serve_connection<I>(io: I, app: Router, watcher: Watcher)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = TowerToHyperService::new(app);
    let builder = auto::Builder::new(TokioExecutor::new());
    let connection = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
    // A connection error (client went away, bad request bytes) concerns that client only.
    let _ = watcher.watch(connection.into_owned()).await;
}

/// Accepts connections until `stop` changes (or its sender is dropped), then lets open
/// connections finish their requests for up to `DRAIN_TIMEOUT`.
pub(crate) async fn serve(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    app: Router,
    mut stop: watch::Receiver<bool>,
) {
    let graceful = GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => accepted,
        };
        let tcp = match accepted {
            Ok((tcp, _)) => tcp,
            Err(_) => {
                // Out of file descriptors and the like: back off instead of spinning.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = tcp.set_nodelay(true);
        let app = app.clone();
        let watcher = graceful.watcher();
        let tls = tls.clone();
        tokio::spawn(async move {
            match tls {
                None => serve_connection(tcp, app, watcher).await,
                Some(acceptor) => {
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await
                    {
                        serve_connection(stream, app, watcher).await;
                    }
                }
            }
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown()).await;
}
