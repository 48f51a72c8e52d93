//! DNS-over-HTTPS (RFC 8484 wire format and the JSON API): the codec shared by
//! the client and the test server, and the [`DohResolver`]. The transport is
//! gloo-net in the browser and reqwest natively.

pub mod codec;
pub mod transport;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use transport::runtime;

use super::{DnsError, DnsResult, RType, Resolver};
use crate::i18n::phrases::intake::Intake;
use crate::tr;
use futures::future::{FutureExt, LocalBoxFuture};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DohFormat {
    /// `application/dns-json` (Cloudflare / Google JSON API).
    Json,
    /// RFC 8484 `application/dns-message`.
    Wire,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DohEndpoint {
    pub url: String,
    pub format: DohFormat,
}

impl DohEndpoint {
    pub fn cloudflare() -> DohEndpoint {
        DohEndpoint {
            url: "https://cloudflare-dns.com/dns-query".into(),
            format: DohFormat::Json,
        }
    }
    pub fn google() -> DohEndpoint {
        DohEndpoint {
            url: "https://dns.google/resolve".into(),
            format: DohFormat::Json,
        }
    }
    pub fn quad9() -> DohEndpoint {
        DohEndpoint {
            url: "https://dns.quad9.net/dns-query".into(),
            format: DohFormat::Wire,
        }
    }

    /// A user-given endpoint. The format follows from the URL: a path ending in
    /// `/resolve` (Google's JSON API) or a `ct=application/dns-json` query
    /// parameter (Cloudflare's JSON switch) means JSON, anything else is RFC 8484
    /// wire format, which every DoH server speaks. Only http and https URLs are
    /// accepted.
    pub fn custom(url: &str) -> Result<DohEndpoint, String> {
        let url = url.trim();
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| format!("'{url}' is not an http:// or https:// URL"))?;
        let host = rest.split(['/', '?']).next().unwrap_or("");
        if host.is_empty() {
            return Err(format!("'{url}' has no host"));
        }
        if url.contains('#') || url.chars().any(char::is_whitespace) {
            return Err(format!("'{url}' has a fragment or white space"));
        }
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let ct_json = codec::query_params(&format!("?{query}"))
            .iter()
            .any(|(k, v)| k == "ct" && codec::content_type_is(v, codec::JSON_CONTENT_TYPE));
        let format = if path.trim_end_matches('/').ends_with("/resolve") || ct_json {
            DohFormat::Json
        } else {
            DohFormat::Wire
        };
        Ok(DohEndpoint {
            url: url.to_string(),
            format,
        })
    }

    /// A user-given endpoint with the format stated rather than guessed.
    pub fn custom_with_format(url: &str, format: DohFormat) -> Result<DohEndpoint, String> {
        DohEndpoint::custom(url).map(|e| DohEndpoint { format, ..e })
    }
}

/// Resolves over DoH with a per-query timeout.
///
/// Natively the HTTP requests run on an internal tokio runtime, so the futures
/// this resolver returns can be driven by any executor
/// (`futures::executor::block_on` included).
pub struct DohResolver {
    pub endpoint: DohEndpoint,
    pub timeout_ms: u64,
}

impl DohResolver {
    pub fn new(endpoint: DohEndpoint) -> DohResolver {
        DohResolver {
            endpoint,
            timeout_ms: 5000,
        }
    }

    pub fn with_timeout_ms(mut self, ms: u64) -> DohResolver {
        self.timeout_ms = ms;
        self
    }

    async fn resolve(&self, name: &str, rtype: RType) -> DnsResult {
        let response = transport::fetch(self.request(name, rtype)?, self.timeout_ms).await?;
        self.answer(&response, name, rtype)
    }

    /// The HTTP request that asks this endpoint for `name`'s `rtype` records.
    pub fn request(&self, name: &str, rtype: RType) -> Result<transport::HttpRequest, DnsError> {
        Ok(match self.endpoint.format {
            DohFormat::Json => transport::HttpRequest {
                url: codec::json_url(&self.endpoint.url, name, rtype),
                shown: self.endpoint.url.clone(),
                accept: codec::JSON_CONTENT_TYPE.into(),
                limit: codec::MAX_JSON_LEN,
            },
            DohFormat::Wire => transport::HttpRequest {
                url: codec::wire_get_url(&self.endpoint.url, &codec::wire_query(name, rtype)?),
                shown: self.endpoint.url.clone(),
                accept: codec::WIRE_CONTENT_TYPE.into(),
                limit: codec::MAX_WIRE_LEN,
            },
        })
    }

    /// The answer in the endpoint's response to [`DohResolver::request`].
    pub fn answer(
        &self,
        response: &transport::HttpResponse,
        name: &str,
        rtype: RType,
    ) -> DnsResult {
        interpret(
            self.endpoint.format,
            &self.endpoint.url,
            response,
            name,
            rtype,
        )
    }
}

/// Turns an HTTP response into an answer or a clear error.
fn interpret(
    format: DohFormat,
    url: &str,
    response: &transport::HttpResponse,
    name: &str,
    rtype: RType,
) -> DnsResult {
    if response.status != 200 {
        let body = codec::snippet(&response.body);
        let status = response.status;
        return Err(DnsError::Transport(if body.trim().is_empty() {
            tr!(Intake::HttpStatus, status = status, url = url)
        } else {
            tr!(
                Intake::HttpStatusBody,
                status = status,
                url = url,
                body = body.trim()
            )
        }));
    }
    if response.truncated {
        let limit = match format {
            DohFormat::Json => codec::MAX_JSON_LEN,
            DohFormat::Wire => codec::MAX_WIRE_LEN,
        };
        return Err(DnsError::Protocol(tr!(Intake::BodyTooLong, n = limit)));
    }
    let ctype = response.content_type.as_deref().unwrap_or("");
    let shown = if ctype.is_empty() {
        tr!(Intake::NoContentType)
    } else {
        crate::i18n::text::Text::verbatim(ctype)
    };
    match format {
        DohFormat::Wire => {
            if !codec::content_type_is(ctype, codec::WIRE_CONTENT_TYPE) {
                return Err(DnsError::Protocol(tr!(
                    Intake::WrongContentType,
                    expected = codec::WIRE_CONTENT_TYPE,
                    got = shown,
                    start = codec::snippet(&response.body)
                )));
            }
            codec::decode_wire_answer(&response.body, name, rtype)
        }
        DohFormat::Json => {
            if !codec::is_json_content_type(ctype) {
                return Err(DnsError::Protocol(tr!(
                    Intake::WrongContentType,
                    expected = codec::JSON_CONTENT_TYPE,
                    got = shown,
                    start = codec::snippet(&response.body)
                )));
            }
            codec::decode_json_answer(&response.body)
        }
    }
}

impl Resolver for DohResolver {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        self.resolve(name, rtype).boxed_local()
    }

    fn describe(&self) -> String {
        let f = match self.endpoint.format {
            DohFormat::Json => "JSON",
            DohFormat::Wire => "RFC 8484 wire",
        };
        format!("DoH {} ({f})", self.endpoint.url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::text::Text;

    #[test]
    fn custom_endpoints_pick_their_format() {
        let e = DohEndpoint::custom("https://dns.google/resolve").expect("valid");
        assert_eq!(e.format, DohFormat::Json);
        let e =
            DohEndpoint::custom(" https://cloudflare-dns.com/dns-query?ct=application/dns-json ")
                .expect("valid");
        assert_eq!(e.format, DohFormat::Json);
        assert_eq!(
            e.url,
            "https://cloudflare-dns.com/dns-query?ct=application/dns-json"
        );
        let e = DohEndpoint::custom("http://127.0.0.1:8053/dns-query").expect("valid");
        assert_eq!(e.format, DohFormat::Wire);
        let e = DohEndpoint::custom("https://dns.example/resolver").expect("valid");
        assert_eq!(e.format, DohFormat::Wire, "only a path ending in /resolve");
        let e = DohEndpoint::custom_with_format("https://dns.example/q", DohFormat::Json)
            .expect("valid");
        assert_eq!(e.format, DohFormat::Json);
        for bad in [
            "dns.google/resolve",
            "ftp://x/",
            "https://",
            "https:///p",
            "https://x/#f",
        ] {
            assert!(DohEndpoint::custom(bad).is_err(), "{bad}");
        }
    }

    fn response(status: u16, ctype: Option<&str>, body: &[u8]) -> transport::HttpResponse {
        transport::HttpResponse {
            status,
            content_type: ctype.map(str::to_string),
            body: body.to_vec(),
            truncated: false,
        }
    }

    #[test]
    fn http_failures_map_to_clear_errors() {
        let url = "https://dns.example/dns-query";
        let res = interpret(
            DohFormat::Wire,
            url,
            &response(502, Some("text/plain"), b"upstream down\n"),
            "a.test",
            RType::A,
        );
        assert_eq!(
            res.map_err(|e| e.to_string()),
            Err(DnsError::Transport(Text::verbatim(
                "HTTP 502 from https://dns.example/dns-query: upstream down"
            ))
            .to_string())
        );
        let res = interpret(
            DohFormat::Wire,
            url,
            &response(200, None, b"x"),
            "a.test",
            RType::A,
        );
        assert_eq!(
            res.map_err(|e| e.to_string()),
            Err(DnsError::Protocol(Text::verbatim(
                "expected application/dns-message, got no content type: x"
            ))
            .to_string())
        );
        let res = interpret(
            DohFormat::Json,
            url,
            &response(200, Some("application/dns-message"), &[0, 0]),
            "a.test",
            RType::A,
        );
        assert_eq!(
            res.map_err(|e| e.to_string()),
            Err(DnsError::Protocol(Text::verbatim(
                "expected application/dns-json, got application/dns-message: bytes 00 00"
            ))
            .to_string())
        );
        let mut cut = response(200, Some("application/dns-json"), b"{");
        cut.truncated = true;
        let res = interpret(DohFormat::Json, url, &cut, "a.test", RType::A);
        assert!(matches!(res, Err(DnsError::Protocol(m)) if m.en().contains("longer than")));
    }

    #[test]
    fn describe_names_endpoint_and_format() {
        assert_eq!(
            DohResolver::new(DohEndpoint::quad9()).describe(),
            "DoH https://dns.quad9.net/dns-query (RFC 8484 wire)"
        );
        assert_eq!(
            DohResolver::new(DohEndpoint::cloudflare()).describe(),
            "DoH https://cloudflare-dns.com/dns-query (JSON)"
        );
    }
}
