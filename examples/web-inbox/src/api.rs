//! The JSON API the page calls. Every handler answers an [`ApiError`] on failure.

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};
use sms_inbox::{CustomerId, MessageId, MessageStatus, ThreadCursor, ThreadFilter, ThreadQuery};

use crate::events::{EventKind, InboxEvent};
use crate::views::{CustomerView, MessageView, ThreadRow, ThreadView};
use crate::{ApiError, AppState};

/// The result of a handler.
pub type ApiResult<T = Json<Value>> = Result<T, ApiError>;

/// Thread-list rows per page when the request does not say.
pub const DEFAULT_PAGE: usize = 30;

/// Who the consent ledger says unsubscribed a customer from this page. A host puts its
/// signed-in user here.
pub const MERCHANT_ACTOR: &str = "merchant (web inbox)";

/// `GET /api/shop`: the shop's name, masked number, mode and total unread count.
pub async fn shop(State(state): State<AppState>) -> ApiResult {
    let shop = state.shop();
    let unread_total = state.inbox().unread_total(shop.id).await?;
    Ok(Json(json!({
        "name": shop.name,
        "number": shop.numbers.first().map(|n| n.masked()),
        "demo": state.options().demo_phone,
        "twilio": state.options().twilio.is_some(),
        "unread_total": unread_total,
    })))
}

/// The query of `GET /api/threads`.
#[derive(Debug, Deserialize)]
pub struct ThreadsQuery {
    /// `all` (default), `unread` or `unsubscribed`.
    pub filter: Option<String>,
    /// Rows per page, 1 to 200.
    pub limit: Option<usize>,
    /// The `next` of the previous page.
    pub after: Option<String>,
}

/// `GET /api/threads?filter=&limit=&after=`: one page of threads, newest activity first.
pub async fn threads(
    State(state): State<AppState>,
    query: Result<Query<ThreadsQuery>, QueryRejection>,
) -> ApiResult {
    let Query(query) = query?;
    let filter = match query.filter.as_deref().unwrap_or("all") {
        "all" => ThreadFilter::All,
        "unread" => ThreadFilter::Unread,
        "unsubscribed" => ThreadFilter::Unsubscribed,
        other => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                format!("invalid filter: {other:?} is not all, unread or unsubscribed"),
            ));
        }
    };
    let after = match query.after.as_deref().filter(|a| !a.is_empty()) {
        Some(cursor) => Some(cursor.parse::<ThreadCursor>()?),
        None => None,
    };
    let shop = state.shop().id;
    let page = state
        .inbox()
        .threads(
            shop,
            &ThreadQuery {
                filter,
                limit: query.limit.unwrap_or(DEFAULT_PAGE),
                after,
            },
        )
        .await?;
    let unread_total = state.inbox().unread_total(shop).await?;
    let rows: Vec<ThreadRow> = page.threads.iter().map(ThreadRow::from).collect();
    Ok(Json(json!({
        "threads": rows,
        "next": page.next.map(|c| c.to_string()),
        "unread_total": unread_total,
    })))
}

/// `GET /api/threads/{customer}`: the conversation, orders and subscription. Reading
/// does not mark it read; the page posts to `/read` once it shows it.
pub async fn thread(State(state): State<AppState>, Path(customer): Path<String>) -> ApiResult {
    let customer: CustomerId = customer.parse()?;
    let thread = state.inbox().thread(state.shop().id, customer).await?;
    Ok(Json(json!(ThreadView::from(&thread))))
}

/// The query of `GET /api/threads/{customer}/messages`.
#[derive(Debug, Deserialize)]
pub struct OlderQuery {
    /// The id of the oldest message the page shows.
    pub before: String,
    /// At most this many, 1 to 200 (default 50).
    pub limit: Option<usize>,
}

/// `GET /api/threads/{customer}/messages?before=&limit=`: older messages, oldest first.
pub async fn older_messages(
    State(state): State<AppState>,
    Path(customer): Path<String>,
    query: Result<Query<OlderQuery>, QueryRejection>,
) -> ApiResult {
    let Query(query) = query?;
    let customer: CustomerId = customer.parse()?;
    let before: MessageId = query.before.parse()?;
    let limit = query.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            format!("invalid limit: {limit} is outside 1 to 200"),
        ));
    }
    let shop = state.shop().id;
    // The message must be in this thread, or "before" would page another customer's.
    let anchor = state.inbox().message(shop, before).await?;
    if anchor.customer_id != customer {
        return Err(ApiError::not_found(format!(
            "message {before} not found in this thread"
        )));
    }
    let mut messages = state
        .inbox()
        .older_messages(shop, customer, before, limit + 1)
        .await?;
    let has_older = messages.len() > limit;
    if has_older {
        messages.remove(0);
    }
    let messages: Vec<MessageView> = messages.iter().map(MessageView::from).collect();
    Ok(Json(
        json!({ "messages": messages, "has_older": has_older }),
    ))
}

/// The body of `POST /api/threads/{customer}/messages`.
#[derive(Debug, Deserialize)]
pub struct ReplyBody {
    /// The text to send.
    pub body: String,
}

/// `POST /api/threads/{customer}/messages`: sends the merchant's reply. 201 with the
/// message; 409 when the customer is unsubscribed, 422 for an empty or too long body,
/// 502 when the carrier failed (the message stays in the thread as failed).
pub async fn reply(
    State(state): State<AppState>,
    Path(customer): Path<String>,
    body: Result<Json<ReplyBody>, JsonRejection>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let customer: CustomerId = customer.parse()?;
    let Json(ReplyBody { body }) = body?;
    let result = state.inbox().reply(state.shop().id, customer, &body).await;
    if matches!(
        result,
        Ok(_)
            | Err(sms_inbox::Error::Carrier {
                message: Some(_),
                ..
            })
    ) {
        state.notify(InboxEvent::new(EventKind::Outbound, customer));
    }
    let message = result?;
    crate::demo::schedule_delivery(&state, &message);
    Ok((
        StatusCode::CREATED,
        Json(json!({ "message": MessageView::from(&message) })),
    ))
}

/// `POST /api/threads/{customer}/read`: marks the thread read; answers the shop's
/// new unread total.
pub async fn mark_read(State(state): State<AppState>, Path(customer): Path<String>) -> ApiResult {
    let customer: CustomerId = customer.parse()?;
    let shop = state.shop().id;
    // mark_read on an unknown customer would quietly do nothing; say 404 instead.
    state.inbox().store().customer(shop, customer).await?;
    state.inbox().mark_read(shop, customer).await?;
    state.notify(InboxEvent::new(EventKind::Read, customer));
    let unread_total = state.inbox().unread_total(shop).await?;
    Ok(Json(json!({ "unread_total": unread_total })))
}

/// `POST /api/threads/{customer}/unsubscribe`: the merchant unsubscribes the customer;
/// planned texts are cancelled. Unsubscribing twice is not an error.
pub async fn unsubscribe(State(state): State<AppState>, Path(customer): Path<String>) -> ApiResult {
    let customer: CustomerId = customer.parse()?;
    let updated = state
        .inbox()
        .unsubscribe(state.shop().id, customer, MERCHANT_ACTOR)
        .await?;
    state.notify(InboxEvent::new(EventKind::Consent, customer));
    Ok(Json(json!({ "customer": CustomerView::from(&updated) })))
}

/// `POST /api/messages/{message}/cancel`: cancels a planned or queued message. 409 when
/// it has already gone out.
pub async fn cancel_message(
    State(state): State<AppState>,
    Path(message): Path<String>,
) -> ApiResult {
    let message: MessageId = message.parse()?;
    let updated = state
        .inbox()
        .cancel_message(state.shop().id, message)
        .await?;
    if updated.status != MessageStatus::Cancelled {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "not_cancellable",
            format!(
                "message {message} is {}: only planned or queued messages can be cancelled",
                updated.status.as_str()
            ),
        ));
    }
    state.notify(InboxEvent::new(EventKind::Status, updated.customer_id));
    Ok(Json(json!({ "message": MessageView::from(&updated) })))
}

/// Any other path: a JSON 404.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such page or API endpoint: see the example's README")
}
