//! A minimal HTTP/1.1 server on 127.0.0.1 for stateful fakes: one thread per
//! connection, `Connection: close`, bodies by `Content-Length`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;
use std::time::Instant;

/// A request as received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path with query, as sent (`/repos/a/b/issues/1?x=1`).
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Request {
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or(&self.target)
    }

    /// A query parameter, decoded (`+` is a space).
    pub fn query(&self, name: &str) -> Option<String> {
        let query = self.target.split_once('?')?.1;
        query.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == name).then(|| percent_decode(&v.replace('+', " ")))
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

impl Request {
    /// The query parameters, decoded, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let query = self.target.split_once('?').map_or("", |(_, q)| q);
        url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect()
    }
}

/// One request a fake received.
#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    /// The path as the fake logs it (the fake GitHub: with the query; the fake
    /// Gitea: under its API root).
    pub path: String,
    /// The query parameters, decoded, in order.
    pub query: Vec<(String, String)>,
    /// The JSON body (`null` when there is none or it is not JSON).
    pub body: serde_json::Value,
    pub at: Instant,
}

impl Logged {
    /// The first value of query parameter `name`.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The requests a fake received, oldest first.
#[derive(Debug, Default)]
pub struct RequestLog(Vec<Logged>);

impl RequestLog {
    /// Logs `req` under `path`.
    pub fn record(&mut self, req: &Request, path: &str) {
        self.0.push(Logged {
            method: req.method.clone(),
            path: path.to_string(),
            query: req.query_pairs(),
            body: req.json(),
            at: Instant::now(),
        });
    }

    pub fn all(&self) -> Vec<Logged> {
        self.0.clone()
    }

    /// Requests with `method` whose path contains `path_contains`, in order.
    pub fn to(&self, method: &str, path_contains: &str) -> Vec<Logged> {
        self.0
            .iter()
            .filter(|r| r.method == method && r.path.contains(path_contains))
            .cloned()
            .collect()
    }

    pub fn clear(&mut self) {
        self.0.clear()
    }
}

/// Faults a fake applies to the requests they match, each a number of times.
#[derive(Debug)]
pub struct Faults<K>(Vec<Fault<K>>);

#[derive(Debug)]
struct Fault<K> {
    method: String,
    path_contains: String,
    /// Only requests whose body contains this (e.g. a GraphQL `mutation`).
    body_contains: Option<String>,
    kind: K,
    remaining: usize,
}

impl<K> Default for Faults<K> {
    fn default() -> Self {
        Faults(Vec::new())
    }
}

impl<K: Clone> Faults<K> {
    /// Applies `kind` to the next `times` requests whose method is `method`, whose
    /// path contains `path_contains` and, when given, whose body contains
    /// `body_contains`.
    pub fn add(
        &mut self,
        method: &str,
        path_contains: &str,
        body_contains: Option<String>,
        kind: K,
        times: usize,
    ) {
        self.0.push(Fault {
            method: method.into(),
            path_contains: path_contains.into(),
            body_contains,
            kind,
            remaining: times,
        });
    }

    /// The kind of the first fault `req` matches, counted as applied once.
    pub fn take(&mut self, req: &Request) -> Option<K> {
        let path = req.path();
        let fault = self.0.iter_mut().find(|f| {
            f.remaining > 0
                && f.method == req.method
                && path.contains(&f.path_contains)
                && f.body_contains
                    .as_ref()
                    .is_none_or(|b| req.body.contains(b.as_str()))
        })?;
        fault.remaining -= 1;
        Some(fault.kind.clone())
    }
}

/// A response to send.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn json(status: u16, body: &serde_json::Value) -> Response {
        Response {
            status,
            headers: vec![(
                "Content-Type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: body.to_string(),
        }
    }

    pub fn empty(status: u16) -> Response {
        Response {
            status,
            headers: vec![],
            body: String::new(),
        }
    }

    /// No answer at all: the connection is closed after the request was read.
    pub fn dropped() -> Response {
        Response::empty(0)
    }

    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

/// Serves `handler` on a free port until the process ends; returns the base URL.
pub fn serve(handler: Arc<dyn Fn(Request) -> Response + Send + Sync>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local addr");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let handler = handler.clone();
            thread::spawn(move || {
                let _ = handle(stream, handler.as_ref());
            });
        }
    });
    format!("http://{addr}")
}

fn handle(
    stream: TcpStream,
    handler: &(dyn Fn(Request) -> Response + Send + Sync),
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 {
            break;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let request = Request {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let response = handler(request);
    if response.status == 0 {
        return stream.shutdown(std::net::Shutdown::Both);
    }
    let mut out = stream;
    let reason = match response.status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };
    let mut head = format!("HTTP/1.1 {} {reason}\r\n", response.status);
    for (k, v) in &response.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        response.body.len()
    ));
    out.write_all(head.as_bytes())?;
    out.write_all(response.body.as_bytes())?;
    out.flush()
}

/// A plain HTTP/1.1 request from a test (e.g. to seed a third-party server):
/// returns the status and the body.
pub fn call(method: &str, url: &str, body: Option<&serde_json::Value>) -> (u16, String) {
    let rest = url.strip_prefix("http://").expect("http URL");
    let (host, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_string()), |(h, p)| (h, format!("/{p}")));
    let mut stream = TcpStream::connect(host).expect("connect");
    let payload = body.map(|b| b.to_string()).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer test\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    (status, body)
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// Decodes `%XX` escapes.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
