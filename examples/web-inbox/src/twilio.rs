//! Twilio's webhooks: `POST /twilio/inbound` (a customer texted) and
//! `POST /twilio/status` (a delivery status). Each is checked against
//! `X-Twilio-Signature` over the public URL before anything is read or stored; a bad
//! signature gets 403.

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use sms_inbox::carrier::twilio::{FormParams, InboundWebhook, StatusCallback};

use crate::events::{EventKind, InboxEvent};
use crate::{ApiError, AppState, WebhookAuth};

/// The header Twilio signs its requests with.
pub const SIGNATURE_HEADER: &str = "x-twilio-signature";

/// The TwiML that tells Twilio not to answer on its own: the inbox sends its own
/// replies.
const EMPTY_TWIML: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#;

/// `POST /twilio/inbound`: a text from a customer. 200 with empty TwiML once stored.
pub async fn inbound(
    axum::extract::State(state): axum::extract::State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let form = verified_form(&state, &uri, &headers, &body)?;
    let sms = InboundWebhook::from_params(&form)?.into_inbound_sms();
    let received = state.inbox().receive(sms).await?;
    tracing::info!(
        customer = %received.customer.id,
        duplicate = received.duplicate,
        intent = received.classification.intent.as_str(),
        "twilio inbound text"
    );
    notify_received(&state, &received);
    Ok((
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        EMPTY_TWIML,
    )
        .into_response())
}

/// `POST /twilio/status`: a delivery status for a text the shop sent. 204 once applied;
/// 404 when no message has that `MessageSid`.
pub async fn status(
    axum::extract::State(state): axum::extract::State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let form = verified_form(&state, &uri, &headers, &body)?;
    let callback = StatusCallback::from_params(&form)?;
    let report = callback.to_status_report(chrono::Utc::now());
    let message = state.inbox().apply_status(state.shop().id, &report).await?;
    state.notify(InboxEvent::new(EventKind::Status, message.customer_id));
    Ok(StatusCode::NO_CONTENT)
}

/// Tells pages about a received text: the thread, and its consent when it changed.
pub fn notify_received(state: &AppState, received: &sms_inbox::Received) {
    if received.duplicate {
        return;
    }
    let customer = received.customer.id;
    state.notify(InboxEvent::new(EventKind::Inbound, customer));
    if !received.cancelled.is_empty() || received.classification.intent != sms_inbox::Intent::None {
        state.notify(InboxEvent::new(EventKind::Consent, customer));
    }
}

/// The webhook's parameters, once its signature is checked against the public URL.
fn verified_form(
    state: &AppState,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<FormParams, ApiError> {
    let Some(auth) = &state.options().twilio else {
        return Err(ApiError::not_found(
            "Twilio webhooks are off: start the server with TWILIO_ACCOUNT_SID, \
             TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER and --public-url",
        ));
    };
    let signature = headers
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let form = FormParams::parse(body)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_form", e.to_string()))?;
    if signature.is_empty()
        || !form.verify_signature(&auth.auth_token, &public_url(auth, uri), signature)
    {
        tracing::warn!(path = uri.path(), "webhook signature rejected");
        return Err(ApiError::bad_signature());
    }
    Ok(form)
}

/// The URL Twilio requested, as it sees it: the public base, the path and the query.
pub fn public_url(auth: &WebhookAuth, uri: &Uri) -> String {
    let path_and_query = uri
        .path_and_query()
        .map_or_else(|| uri.path(), |pq| pq.as_str());
    format!(
        "{}{}",
        auth.public_url.trim_end_matches('/'),
        path_and_query
    )
}
