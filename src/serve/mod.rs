//! `serve`: the webhook receiver (PRODUCT §15). Trackers tell us in real time that
//! an issue changed; we re-judge what links it, level-triggered as always, so a
//! delivery is only ever a hint to look again — never a command to replay.
//!
//! Two threads. The HTTP side ([`http`], on a tokio runtime of its own) checks who
//! sent a delivery ([`signature`], [`delivery`]), queues it durably ([`queue`])
//! and answers; it never talks to a tracker. The worker ([`work`], on the calling
//! thread, where the command context lives) takes the queue in batches and does
//! the work one batch at a time. SIGTERM (or Ctrl-C) stops the listener; the
//! worker then drains the queue and `serve` exits 0. A SIGKILL loses nothing that
//! was answered 2xx: it is still queued, and handled on the next start.

pub mod delivery;
pub mod http;
pub mod monitor;
pub mod queue;
pub mod signature;
pub mod work;

use crate::context::Context;
use crate::error::{exit, CliError};
use monitor::Monitor;
use queue::Queue;
use signature::Secrets;
use std::net::SocketAddr;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

/// What wakes the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// A delivery was queued.
    Delivery,
    /// The listener stopped: drain the queue and return.
    Stop,
}

/// How `serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    /// Judge everything after this long without a delivery.
    pub poll: Duration,
}

fn failure(what: &str, e: impl std::fmt::Display) -> CliError {
    CliError::new(exit::FAILURE, format!("{what}: {e}"))
}

/// Runs the receiver until SIGTERM or Ctrl-C; `on_listening` is told the address
/// bound (the port chosen when `--listen` asked for port 0).
pub fn serve(
    ctx: &Context,
    options: &ServeOptions,
    secrets: Secrets,
    on_listening: impl FnOnce(SocketAddr),
) -> Result<i32, CliError> {
    let listener = std::net::TcpListener::bind(options.listen).map_err(|e| {
        failure(&format!("cannot listen on {}", options.listen), e)
            .hint("choose another address with --listen HOST:PORT")
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|e| failure("cannot listen", e))?;
    let bound = listener
        .local_addr()
        .map_err(|e| failure("cannot listen", e))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failure("cannot start the runtime", e))?;
    let stop = {
        let _entered = runtime.enter();
        stop_signal().map_err(|e| failure("cannot listen for SIGTERM", e))?
    };
    let monitor = Arc::new(Monitor::default());
    let (wake, woken) = mpsc::channel();
    let shared = Arc::new(http::Shared {
        secrets,
        queue: Mutex::new(Queue::open(&ctx.root)?),
        monitor: monitor.clone(),
        wake: wake.clone(),
    });
    let server = std::thread::spawn(move || {
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener);
            if let Ok(listener) = listener {
                http::serve(listener, shared, stop).await;
            }
        });
        runtime.shutdown_timeout(Duration::from_secs(5));
        let _ = wake.send(Wake::Stop);
    });
    on_listening(bound);
    let worker = work::Worker {
        ctx,
        queue: Queue::open(&ctx.root)?,
        monitor,
        poll: options.poll,
    };
    let code = worker.run(&woken)?;
    let _ = server.join();
    Ok(code)
}

/// Resolves on SIGTERM or Ctrl-C (registered now, so a signal sent from here on
/// is never missed).
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()> + Send> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

/// The secret of each source: its environment variable (as `var` reads it), else
/// the keyring entry `webhook:<source>`.
pub fn secrets(var: impl Fn(&str) -> Option<String>, keyring: &crate::secrets::Keyring) -> Secrets {
    let mut secrets = Secrets::default();
    for source in signature::Source::ALL {
        let from_env = source
            .env_vars()
            .iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .map(octocrab::secrecy::SecretString::from);
        let found = from_env.or_else(|| keyring.get(&source.keyring_account()).ok().flatten());
        if let Some(secret) = found {
            secrets = secrets.with(source, secret);
        }
    }
    secrets
}
