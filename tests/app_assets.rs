//! The static files the browser app ships with agree with the core.

/// The page prints with the same stylesheet the exports carry: `export::PRINT_CSS`
/// is www/print.css, which index.html links, and no second copy drifts in style.css.
#[test]
fn the_page_links_the_print_stylesheet() {
    let html = include_str!("../index.html");
    assert!(
        html.contains(r#"<link data-trunk rel="css" href="www/print.css" />"#),
        "index.html links www/print.css"
    );
    assert_eq!(
        headerscope::export::PRINT_CSS,
        include_str!("../www/print.css")
    );
    let style = include_str!("../www/style.css");
    assert!(
        !style.contains("a[href^='http']::after"),
        "the print rules of export::PRINT_CSS live in www/print.css only"
    );
    assert!(headerscope::export::PRINT_CSS.contains("details::details-content"));
}

/// index.html has no inline script and a CSP that allows DoH only to the listed services.
#[test]
fn index_html_has_a_strict_csp_and_no_inline_script() {
    let html = include_str!("../index.html");
    let csp_start = html
        .find("http-equiv=\"Content-Security-Policy\"")
        .expect("a CSP meta tag");
    let csp = &html[csp_start..];
    let csp = &csp[..csp.find("/>").expect("tag end")];
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval';",
        "style-src 'self';",
        "connect-src 'self' https://cloudflare-dns.com https://dns.google https://dns.quad9.net;",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"));
    // The only scripts are Trunk's (replaced by the boot.js loader, see Trunk.toml).
    assert!(
        !html.contains("<script"),
        "index.html must not carry a script of its own"
    );
    let trunk = include_str!("../Trunk.toml");
    assert!(trunk.contains("public_url = \"./\""));
    assert!(
        trunk.contains("pattern_script = \"<script type=\\\"module\\\" src=\\\"{base}boot.js\\\"")
    );
}

/// The CSP's connect-src names exactly the origins of the built-in DoH services.
#[test]
fn csp_allows_the_builtin_doh_services() {
    use headerscope::dns::doh::DohEndpoint;
    let html = include_str!("../index.html");
    let connect = html
        .split("connect-src 'self' ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .expect("connect-src");
    let mut allowed: Vec<&str> = connect.split_whitespace().collect();
    let mut origins: Vec<String> = [
        DohEndpoint::cloudflare(),
        DohEndpoint::google(),
        DohEndpoint::quad9(),
    ]
    .iter()
    .map(|e| {
        let rest = e.url.strip_prefix("https://").expect("https");
        format!("https://{}", rest.split('/').next().unwrap_or(rest))
    })
    .collect();
    origins.sort();
    allowed.sort();
    assert_eq!(allowed, origins);
}
