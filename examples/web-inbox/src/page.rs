//! The one HTML page, and its CSS and JavaScript, compiled into the binary.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::{ApiError, AppState};

/// The inbox page: a shell the script fills from the JSON API.
#[derive(Debug, Template)]
#[template(path = "inbox.html")]
pub struct InboxPage {
    /// The shop's name, in the title and the header.
    pub shop_name: String,
    /// The shop's masked number.
    pub shop_number: String,
    /// Unread messages across the shop when the page was served.
    pub unread_total: u64,
    /// Whether to show the demo phone.
    pub demo: bool,
}

/// `GET /`: the inbox page.
pub async fn inbox(State(state): State<AppState>) -> Result<Response, ApiError> {
    let shop = state.shop();
    let page = InboxPage {
        shop_name: shop.name.clone(),
        shop_number: shop.numbers.first().map(|n| n.masked()).unwrap_or_default(),
        unread_total: state.inbox().unread_total(shop.id).await?,
        demo: state.options().demo_phone,
    };
    let html = page.render().map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "template",
            format!("the page could not be rendered: {e}"),
        )
    })?;
    Ok(Html(html).into_response())
}

/// The static assets: name, content type, contents.
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../assets/app.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    ),
    (
        "segments.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/segments.js"),
    ),
    (
        "icon.svg",
        "image/svg+xml",
        include_str!("../assets/icon.svg"),
    ),
];

/// `GET /assets/{name}`: one of the embedded assets.
pub async fn asset(Path(name): Path<String>) -> Result<Response, ApiError> {
    let (_, content_type, body) = ASSETS
        .iter()
        .find(|(n, _, _)| *n == name)
        .ok_or_else(|| ApiError::not_found(format!("no asset named {name:?}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, *content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        *body,
    )
        .into_response())
}
