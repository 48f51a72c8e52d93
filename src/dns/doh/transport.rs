//! One HTTP GET with a deadline and a body-size cap: gloo-net (fetch) in the
//! browser, reqwest on an internal tokio runtime natively.

/// Serializable: in the browser the inspection engine encodes the query and
/// the page, whose Content-Security-Policy governs where requests go, makes
/// the request (src/app/protocol.rs).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct HttpRequest {
    pub url: String,
    /// How errors name the server: the endpoint, without the query's parameters.
    pub shown: String,
    pub accept: std::borrow::Cow<'static, str>,
    /// Body bytes beyond this are not read; `truncated` says so.
    pub limit: usize,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct HttpResponse {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// The body was longer than the request's limit and was cut.
    pub truncated: bool,
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::fetch;
/// The one tokio runtime native HTTP runs on (DoH, and the CLI's fetches).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use native::runtime;
#[cfg(target_arch = "wasm32")]
pub use web::fetch;

/// A transport error with its whole cause chain, which is where the useful
/// part ("connection refused", "dns error") sits.
fn describe_error(url: &str, err: &dyn std::error::Error) -> crate::i18n::text::Text {
    let mut text = format!("{url}: {err}");
    let mut source = err.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = s.source();
    }
    // The HTTP stack's own words: outside text.
    crate::i18n::text::Text::Verbatim(text)
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{describe_error, HttpRequest, HttpResponse};
    use crate::dns::DnsError;
    use crate::i18n::phrases::intake::Intake;
    use std::sync::OnceLock;
    use std::time::Duration;

    /// reqwest needs a tokio runtime, while callers may drive futures with any
    /// executor: requests run here and are awaited through their JoinHandle.
    pub(crate) fn runtime() -> Result<&'static tokio::runtime::Runtime, DnsError> {
        static RT: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
        RT.get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("headerscope-doh")
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| DnsError::Transport(crate::tr!(Intake::DohRuntime, error = e)))
    }

    fn client() -> Result<&'static reqwest::Client, DnsError> {
        static CLIENT: OnceLock<Result<reqwest::Client, String>> = OnceLock::new();
        CLIENT
            .get_or_init(|| {
                reqwest::Client::builder()
                    .user_agent(concat!("headerscope/", env!("CARGO_PKG_VERSION")))
                    .build()
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| DnsError::Transport(crate::tr!(Intake::HttpClient, error = e)))
    }

    /// Aborts the request when the caller stops waiting for it.
    struct AbortOnDrop(tokio::task::JoinHandle<Result<HttpResponse, DnsError>>);

    impl Drop for AbortOnDrop {
        fn drop(&mut self) {
            self.0.abort();
        }
    }

    pub async fn fetch(req: HttpRequest, timeout_ms: u64) -> Result<HttpResponse, DnsError> {
        let client = client()?.clone();
        let deadline = Duration::from_millis(timeout_ms);
        let task = runtime()?.spawn(async move {
            tokio::time::timeout(deadline, get(&client, &req))
                .await
                .unwrap_or(Err(DnsError::Timeout))
        });
        let mut guard = AbortOnDrop(task);
        match (&mut guard.0).await {
            Ok(result) => result,
            Err(e) if e.is_cancelled() => Err(DnsError::Cancelled),
            Err(e) => Err(DnsError::Transport(crate::tr!(
                Intake::DohFailed,
                error = e
            ))),
        }
    }

    async fn get(client: &reqwest::Client, req: &HttpRequest) -> Result<HttpResponse, DnsError> {
        let mut resp = client
            .get(&req.url)
            .header(reqwest::header::ACCEPT, req.accept.as_ref())
            .send()
            .await
            .map_err(|e| DnsError::Transport(describe_error(&req.shown, &e.without_url())))?;
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let mut body = Vec::new();
        let mut truncated = false;
        // Read chunk by chunk so that a hostile body is cut at the limit instead of buffered whole.
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| DnsError::Transport(describe_error(&req.shown, &e.without_url())))?
        {
            let room = req.limit.saturating_sub(body.len());
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Ok(HttpResponse {
            status,
            content_type,
            body,
            truncated,
        })
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{describe_error, HttpRequest, HttpResponse};
    use crate::dns::DnsError;
    use futures::future::{select, Either};

    pub async fn fetch(req: HttpRequest, timeout_ms: u64) -> Result<HttpResponse, DnsError> {
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let limit = req.limit;
        let request = async move {
            let resp = gloo_net::http::Request::get(&req.url)
                .header("accept", &req.accept)
                .abort_signal(signal.as_ref())
                .send()
                .await
                .map_err(|e| DnsError::Transport(describe_error(&req.shown, &e)))?;
            let status = resp.status();
            let content_type = resp.headers().get("content-type");
            let declared = resp
                .headers()
                .get("content-length")
                .and_then(|l| l.trim().parse::<usize>().ok());
            if declared.is_some_and(|l| l > limit) {
                return Ok(HttpResponse {
                    status,
                    content_type,
                    body: Vec::new(),
                    truncated: true,
                });
            }
            let mut body = resp
                .binary()
                .await
                .map_err(|e| DnsError::Transport(describe_error(&req.shown, &e)))?;
            let truncated = body.len() > limit;
            body.truncate(limit);
            Ok(HttpResponse {
                status,
                content_type,
                body,
                truncated,
            })
        };
        let timeout =
            gloo_timers::future::TimeoutFuture::new(u32::try_from(timeout_ms).unwrap_or(u32::MAX));
        match select(Box::pin(request), timeout).await {
            Either::Left((result, _)) => result,
            Either::Right(_) => {
                if let Some(c) = controller {
                    c.abort();
                }
                Err(DnsError::Timeout)
            }
        }
    }
}
