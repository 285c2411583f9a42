//! Reading the emulated workspace (bearer token required, like every API call).
//!
//! - `GET /services/pathfinder/v1/factSheets?type=Project&externalId=0123-459` lists fact
//!   sheets, shaped like LeanIX's Pathfinder REST answer:
//!   `{"status": "OK", "type": "FactSheetListResponse", "errors": [], "total": N, "data": [...],
//!   "cursor": …}`. Both filters are optional and exact (`externalId` is an emulator extension).
//!   `pageSize` (default 100) and `cursor` (from the previous answer, `null` on the last page)
//!   page through the list.
//! - `GET /services/pathfinder/v1/factSheets/{id}` answers one fact sheet:
//!   `{"status": "OK", "type": "FactSheetResponse", "errors": [], "data": {...}}`, or 404.
//! - `GET /services/courier/v1/workspace` (the emulator's own) answers the whole workspace: fact
//!   sheets, relations, tag groups and tags.
//!
//! Each fact sheet is shaped like the GraphQL/REST answer: `id`, `type`, `name`, `displayName`,
//! `description`, `externalId {externalId, type}`, `lifecycle {phases: [{phase, startDate}]}`,
//! `tags`, `relations`, `status`, `createdAt`, `updatedAt`, `rev`, then every other field.
//! Archived (deleted) fact sheets are left out of the list but still answered by id.
//!
//! ```text
//! curl --cacert ca.pem -H "Authorization: Bearer $TOKEN" \
//!   "https://127.0.0.1:8443/services/pathfinder/v1/factSheets?type=Project&externalId=0123-459"
//! ```

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use serde_json::{json, Value};

use super::server::{errors, json_response};
use super::state::Shared;

const DEFAULT_PAGE_SIZE: usize = 100;

fn bad(message: String) -> Response {
    json_response(
        StatusCode::BAD_REQUEST,
        &json!({"status": "ERROR", "type": "ErrorResponse", "errors": [message], "data": null}),
    )
}

pub(crate) async fn list_fact_sheets(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let mut ty = None;
    let mut external_id = None;
    let mut page_size = DEFAULT_PAGE_SIZE;
    let mut offset = 0usize;
    for (k, v) in url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        match k.as_ref() {
            "type" if !v.is_empty() => ty = Some(v.into_owned()),
            "externalId" if !v.is_empty() => external_id = Some(v.into_owned()),
            "pageSize" => match v.parse::<usize>() {
                Ok(n) if n > 0 => page_size = n,
                _ => return bad(format!("pageSize must be a positive integer, not {v:?}")),
            },
            "cursor" if !v.is_empty() => match v.parse::<usize>() {
                Ok(n) => offset = n,
                Err(_) => return bad(format!("unknown cursor {v:?}")),
            },
            _ => {}
        }
    }
    let (total, data) = {
        let inner = shared.inner();
        let all = inner
            .workspace
            .find_fact_sheets(ty.as_deref(), external_id.as_deref());
        let data: Vec<Value> = all
            .iter()
            .skip(offset)
            .take(page_size)
            .map(|fs| inner.workspace.fact_sheet_json(fs))
            .collect();
        (all.len(), data)
    };
    let next = offset.saturating_add(page_size);
    let cursor = (next < total).then(|| next.to_string());
    json_response(
        StatusCode::OK,
        &json!({
            "status": "OK",
            "type": "FactSheetListResponse",
            "errors": [],
            "total": total,
            "data": data,
            "cursor": cursor,
        }),
    )
}

pub(crate) async fn get_fact_sheet(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> Response {
    let found = {
        let inner = shared.inner();
        inner
            .workspace
            .fact_sheet(&id)
            .map(|fs| inner.workspace.fact_sheet_json(fs))
    };
    match found {
        Some(data) => json_response(
            StatusCode::OK,
            &json!({"status": "OK", "type": "FactSheetResponse", "errors": [], "data": data}),
        ),
        None => errors(
            StatusCode::NOT_FOUND,
            [format!("Fact sheet {id} does not exist")],
        ),
    }
}

pub(crate) async fn workspace(State(shared): State<Arc<Shared>>) -> Response {
    let value = serde_json::to_value(&shared.inner().workspace);
    match value {
        Ok(v) => json_response(StatusCode::OK, &v),
        Err(e) => errors(
            StatusCode::INTERNAL_SERVER_ERROR,
            [format!("cannot encode the workspace: {e}")],
        ),
    }
}
