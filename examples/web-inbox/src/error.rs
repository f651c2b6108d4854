//! One JSON error shape for every handler: `{"error": {"code": "...", "message": "..."}}`.

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sms_inbox::Error;

/// An error answer: a status, a stable machine-readable code and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// A stable code, e.g. `"unsubscribed"`.
    pub code: &'static str,
    /// What happened and what to do.
    pub message: String,
}

impl ApiError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// 404 for a path that names nothing.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// 403 for a webhook whose signature does not verify.
    pub fn bad_signature() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "bad_signature",
            "X-Twilio-Signature does not match this request: check the auth token and \
             that --public-url is the URL configured in Twilio",
        )
    }
}

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        let message = error.to_string();
        let (status, code) = match &error {
            Error::NotFound { .. } => (StatusCode::NOT_FOUND, "not_found"),
            Error::Unsubscribed { .. } => (StatusCode::CONFLICT, "unsubscribed"),
            Error::EmptyBody => (StatusCode::UNPROCESSABLE_ENTITY, "empty_body"),
            Error::BodyTooLong { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "body_too_long"),
            Error::Invalid { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
            Error::InvalidPhone { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_phone"),
            Error::UnknownNumber { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "unknown_number"),
            Error::Carrier { .. } => (StatusCode::BAD_GATEWAY, "carrier"),
            Error::Store { .. } if error.is_retryable() => {
                (StatusCode::SERVICE_UNAVAILABLE, "store_busy")
            }
            _ => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        if status.is_server_error() {
            tracing::warn!(code, error = %error, "request failed");
        }
        Self::new(status, code, message)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let status = match rejection.status() {
            StatusCode::UNSUPPORTED_MEDIA_TYPE => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            StatusCode::PAYLOAD_TOO_LARGE => StatusCode::PAYLOAD_TOO_LARGE,
            StatusCode::BAD_REQUEST => StatusCode::BAD_REQUEST,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        Self::new(status, "bad_json", rejection.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_query",
            rejection.body_text(),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "code": self.code, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}
