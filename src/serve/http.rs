//! The HTTP side of `serve` (hyper, HTTP/1.1): `POST /webhook`, `GET /healthz`,
//! `GET /metrics`. It judges each delivery ([`super::delivery::judge`]), queues
//! what is accepted — committed before the answer — and wakes the worker. It never
//! talks to a tracker, so a flood of forged deliveries costs no tracker request.

use super::delivery::{judge, source_of, Verdict, MAX_BODY};
use super::monitor::{Monitor, Outcome};
use super::queue::{now_ms, Queue};
use super::signature::Secrets;
use super::Wake;
type Full = http_body_util::Full<hyper::body::Bytes>;
use http::{Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;

/// What every request handler shares.
pub struct Shared {
    pub secrets: Secrets,
    pub queue: Mutex<Queue>,
    pub monitor: Arc<Monitor>,
    pub wake: Sender<Wake>,
}

fn answer(status: StatusCode, content_type: &str, body: String) -> Response<Full> {
    let mut response = Response::new(Full::from(body));
    *response.status_mut() = status;
    if let Ok(v) = content_type.parse() {
        response.headers_mut().insert(http::header::CONTENT_TYPE, v);
    }
    response
}

fn text(status: StatusCode, body: &str) -> Response<Full> {
    answer(status, "text/plain; charset=utf-8", format!("{body}\n"))
}

/// The queue as it is now, for `/healthz` and `/metrics`: the worker counts it only
/// between batches, and may be busy (a slow tracker, another run's lock).
fn count_waiting(shared: &Shared) {
    if let Ok(Ok(depth)) = shared.queue.lock().map(|q| q.depth()) {
        shared.monitor.set_queue_depth(depth);
    }
}

/// Routes one request.
async fn route(shared: Arc<Shared>, request: Request<Incoming>) -> Response<Full> {
    match (request.method(), request.uri().path()) {
        (&Method::POST, "/webhook") => webhook(&shared, request).await,
        (&Method::GET, "/healthz") => {
            count_waiting(&shared);
            let health = shared.monitor.health();
            let body = serde_json::to_string(&health).unwrap_or_else(|_| "{}".into());
            answer(StatusCode::OK, "application/json", body)
        }
        (&Method::GET, "/metrics") => {
            count_waiting(&shared);
            let metrics = shared.monitor.metrics();
            answer(
                StatusCode::OK,
                "text/plain; version=0.0.4; charset=utf-8",
                metrics,
            )
        }
        (_, "/webhook" | "/healthz" | "/metrics") => {
            text(StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
        }
        _ => text(StatusCode::NOT_FOUND, "not found"),
    }
}

/// `POST /webhook`: judged, then queued before it is answered.
async fn webhook(shared: &Shared, request: Request<Incoming>) -> Response<Full> {
    let (parts, body) = request.into_parts();
    let source = source_of(&parts.headers);
    let declared = parts
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let body = match declared {
        Some(n) if n > MAX_BODY => None,
        _ => Limited::new(body, MAX_BODY)
            .collect()
            .await
            .ok()
            .map(|b| b.to_bytes()),
    };
    let Some(body) = body else {
        shared.monitor.delivery(source, Outcome::TooLarge);
        return text(StatusCode::PAYLOAD_TOO_LARGE, "body over 1 MiB");
    };
    let (outcome, response) = match judge(&parts.headers, &body, &shared.secrets) {
        Verdict::Unauthorized => (
            Outcome::Unauthorized,
            text(StatusCode::UNAUTHORIZED, "bad or missing signature"),
        ),
        Verdict::Malformed => (
            Outcome::Malformed,
            text(StatusCode::BAD_REQUEST, "malformed JSON"),
        ),
        Verdict::Unused(_) => (
            Outcome::Unused,
            text(StatusCode::ACCEPTED, "event not used"),
        ),
        Verdict::Accepted(delivery) => {
            let pushed = match shared.queue.lock() {
                Ok(queue) => queue.push(&delivery, now_ms()).map_err(|e| e.to_string()),
                Err(_) => Err("the queue is unavailable".to_string()),
            };
            match pushed {
                Ok(true) => {
                    let _ = shared.wake.send(Wake::Delivery);
                    (Outcome::Accepted, text(StatusCode::OK, "queued"))
                }
                Ok(false) => (Outcome::Duplicate, text(StatusCode::OK, "already received")),
                Err(e) => (
                    Outcome::Failed,
                    text(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        &format!("not queued: {e}"),
                    ),
                ),
            }
        }
    };
    shared.monitor.delivery(source, outcome);
    response
}

/// Serves on `listener` until `stop` resolves; connections are served one task
/// each. Returns when no new connection is accepted any more.
pub async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    stop: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => return,
        };
        let Ok((stream, _)) = accepted else {
            continue;
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let shared = shared.clone();
                async move { Ok::<_, std::convert::Infallible>(route(shared, request).await) }
            });
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await;
        });
    }
}
