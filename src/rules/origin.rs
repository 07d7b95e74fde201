//! Cross-origin request checks from the headers browsers send on their own
//! (`Sec-Fetch-Site`, `Origin`), needing no token:
//!
//! | request | answer |
//! | --- | --- |
//! | method `GET`, `HEAD` or `OPTIONS` | same origin |
//! | `Sec-Fetch-Site: same-origin` or `none` | same origin |
//! | `Sec-Fetch-Site: same-site` or `cross-site` | only with a trusted `Origin` |
//! | no `Sec-Fetch-Site`, an `Origin` | its host and port are the `Host`'s, or it is trusted |
//! | neither header | same origin (not a browser, or one too old to send them) |
//!
//! Anything malformed (another `Sec-Fetch-Site` value, `Origin: null`, an
//! origin or host that is not `scheme://host[:port]` / `host[:port]`, a NUL
//! byte anywhere) answers no: a browser never sends such headers.

use std::net::Ipv6Addr;

/// A request value as found: missing (or null), a string, or something
/// else that no server would put there.
#[derive(Clone, Copy, Debug)]
pub enum Field<'a> {
    Absent,
    Value(&'a [u8]),
    Malformed,
}

/// What the decision reads from a request (`$_SERVER` names).
#[derive(Clone, Copy, Debug)]
pub struct Request<'a> {
    /// `REQUEST_METHOD`
    pub method: Field<'a>,
    /// `HTTP_SEC_FETCH_SITE`
    pub fetch_site: Field<'a>,
    /// `HTTP_ORIGIN`
    pub origin: Field<'a>,
    /// `HTTP_HOST`
    pub host: Field<'a>,
    /// `HTTPS`
    pub https: Field<'a>,
    /// `REQUEST_SCHEME`
    pub scheme: Field<'a>,
}

/// Whether the request comes from the site itself (or a trusted origin,
/// `trusted` being a space-separated list of `scheme://host[:port]`).
pub fn is_same_origin(request: &Request, trusted: &[u8]) -> bool {
    // Methods are case-sensitive; browsers send these in upper case, so any
    // other spelling is checked like an unsafe method.
    if let Field::Value(b"GET" | b"HEAD" | b"OPTIONS") = request.method {
        return true;
    }
    match request.fetch_site {
        Field::Value(b"same-origin" | b"none") => true,
        Field::Value(b"same-site" | b"cross-site") => {
            origin_of(request).is_some_and(|origin| is_trusted(&origin, trusted))
        }
        Field::Value(_) | Field::Malformed => false,
        Field::Absent => match request.origin {
            Field::Absent => true,
            _ => origin_of(request).is_some_and(|origin| {
                is_trusted(&origin, trusted) || matches_host(&origin, request)
            }),
        },
    }
}

fn origin_of(request: &Request) -> Option<Origin> {
    match request.origin {
        Field::Value(value) => Origin::parse(value),
        _ => None,
    }
}

fn is_trusted(origin: &Origin, trusted: &[u8]) -> bool {
    // The setting refuses a list holding anything but origins
    // (`trusted_list_faults`); should one get here, it matches nothing.
    trusted
        .split(u8::is_ascii_whitespace)
        .filter_map(Origin::parse)
        .any(|entry| entry == *origin)
}

/// What is wrong with each entry of a trusted-origins list that is not
/// `scheme://host[:port]`, one phrase per entry; empty when all are origins.
/// The two usual slips, a comma between origins and a trailing slash, are
/// named as such.
pub fn trusted_list_faults(list: &[u8]) -> Vec<String> {
    list.split(u8::is_ascii_whitespace)
        .filter(|entry| !entry.is_empty() && Origin::parse(entry).is_none())
        .map(|entry| {
            let why = if entry.contains(&b',') {
                "holds a comma (separate origins with spaces)"
            } else if has_path(entry) {
                "has a path (an origin is scheme://host[:port], without even a trailing slash)"
            } else {
                "is not scheme://host[:port]"
            };
            format!("\"{}\" {why}", entry.escape_ascii())
        })
        .collect()
}

/// An origin followed by a path: `https://host/` or `https://host/app`.
fn has_path(entry: &[u8]) -> bool {
    let Some(at) = entry.windows(3).position(|w| w == b"://") else {
        return false;
    };
    let authority_end = at + 3;
    entry[authority_end..]
        .iter()
        .position(|&c| c == b'/')
        .is_some_and(|slash| Origin::parse(&entry[..authority_end + slash]).is_some())
}

/// The origin names the host the request was sent to. A `Host` without a
/// port means the default port of the scheme the request arrived on.
fn matches_host(origin: &Origin, request: &Request) -> bool {
    if !matches!(origin.scheme.as_str(), "http" | "https") {
        return false;
    }
    let Field::Value(host) = request.host else {
        return false;
    };
    let Some((name, port)) = parse_authority(host) else {
        return false;
    };
    let scheme = request_scheme(request);
    // `http://host:443` is another origin than `https://host`, though both
    // name the same port: where the request's scheme is known, it counts.
    if scheme.is_some_and(|scheme| scheme != origin.scheme) {
        return false;
    }
    let port = port.or(Some(if scheme == Some("https") { 443 } else { 80 }));
    name == origin.host && port == origin.port
}

/// The scheme the request arrived on, when the server says: https when
/// `HTTPS` is set to anything but empty or `off` (as PHP's SAPIs set it),
/// http when it is set otherwise; without `HTTPS`, what `REQUEST_SCHEME`
/// says. The listening port says nothing about the scheme, so
/// `SERVER_PORT` is not consulted.
fn request_scheme(request: &Request) -> Option<&'static str> {
    let https = match (request.https, request.scheme) {
        (Field::Value(https), _) => !https.is_empty() && !https.eq_ignore_ascii_case(b"off"),
        (Field::Absent, Field::Value(scheme)) if scheme.eq_ignore_ascii_case(b"https") => true,
        (Field::Absent, Field::Value(scheme)) if scheme.eq_ignore_ascii_case(b"http") => false,
        _ => return None,
    };
    Some(if https { "https" } else { "http" })
}

/// `scheme://host[:port]` with case and default ports normalised.
#[derive(Debug, PartialEq)]
struct Origin {
    scheme: String,
    host: Host,
    /// Explicit, or the scheme's default; `None` for a scheme without one.
    port: Option<u16>,
}

impl Origin {
    fn parse(text: &[u8]) -> Option<Origin> {
        let split = text.windows(3).position(|w| w == b"://")?;
        let (scheme, authority) = (&text[..split], &text[split + 3..]);
        let first = scheme.first()?;
        if !first.is_ascii_alphabetic()
            || !scheme
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        {
            return None;
        }
        let scheme = String::from_utf8_lossy(scheme).to_ascii_lowercase();
        let (host, port) = parse_authority(authority)?;
        let default = match scheme.as_str() {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        };
        Some(Origin {
            scheme,
            host,
            port: port.or(default),
        })
    }
}

#[derive(Debug, PartialEq)]
enum Host {
    /// A registered name or IPv4 address, in lower case.
    Name(String),
    /// A bracketed IPv6 literal, compared as an address.
    V6(Ipv6Addr),
}

/// `host[:port]`: a name of letters, digits and `-._~`, or `[IPv6]`; the
/// port, when given, is 1 to 65535.
fn parse_authority(text: &[u8]) -> Option<(Host, Option<u16>)> {
    let (host, rest) = if let Some(inner) = text.strip_prefix(b"[") {
        let end = inner.iter().position(|&c| c == b']')?;
        let address = std::str::from_utf8(&inner[..end]).ok()?.parse().ok()?;
        (Host::V6(address), &inner[end + 1..])
    } else {
        let end = text.iter().position(|&c| c == b':').unwrap_or(text.len());
        let name = &text[..end];
        if name.is_empty()
            || !name
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~'))
        {
            return None;
        }
        let name = String::from_utf8_lossy(name).to_ascii_lowercase();
        (Host::Name(name), &text[end..])
    };
    let port = match rest {
        [] => None,
        [b':', digits @ ..] => Some(parse_port(digits)?),
        _ => return None,
    };
    Some((host, port))
}

fn parse_port(digits: &[u8]) -> Option<u16> {
    if digits.is_empty() || digits.len() > 5 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let port: u32 = digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    u16::try_from(port).ok().filter(|&p| p != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_list_faults_name_commas_paths_and_the_rest() {
        assert!(trusted_list_faults(b"").is_empty());
        assert!(trusted_list_faults(b"  https://a.example\thttp://[::1]:8080 ").is_empty());
        assert_eq!(
            trusted_list_faults(b"https://a.example,https://b.example"),
            [
                "\"https://a.example,https://b.example\" holds a comma (separate origins with spaces)"
            ]
        );
        assert_eq!(trusted_list_faults(b"https://a.example/").len(), 1);
        assert!(trusted_list_faults(b"https://a.example/app")[0].contains("has a path"));
        for bad in [
            "*",
            "null",
            "a.example",
            "https://",
            "https://a.example:0",
            "https://a b",
        ] {
            assert!(
                trusted_list_faults(bad.as_bytes())
                    .iter()
                    .all(|f| f.ends_with("is not scheme://host[:port]")),
                "{bad}"
            );
        }
    }

    const POST: Request<'static> = Request {
        method: Field::Value(b"POST"),
        fetch_site: Field::Absent,
        origin: Field::Absent,
        host: Field::Value(b"example.com"),
        https: Field::Absent,
        scheme: Field::Absent,
    };

    fn site(value: &'static [u8]) -> Request<'static> {
        Request {
            fetch_site: Field::Value(value),
            ..POST
        }
    }

    fn origin(value: &'static [u8]) -> Request<'static> {
        Request {
            origin: Field::Value(value),
            ..POST
        }
    }

    fn with_host(request: Request<'static>, host: &'static [u8]) -> Request<'static> {
        Request {
            host: Field::Value(host),
            ..request
        }
    }

    /// `origin` against `host` on a plain-http request, for each row.
    fn pairs(rows: &[(&'static [u8], &'static [u8], bool)]) {
        for &(o, host, expected) in rows {
            let request = with_host(origin(o), host);
            assert_eq!(yes(&request), expected, "{o:?} against {host:?}");
        }
    }

    fn https(request: Request<'static>) -> Request<'static> {
        Request {
            https: Field::Value(b"on"),
            ..request
        }
    }

    fn yes(request: &Request) -> bool {
        is_same_origin(request, b"")
    }

    /// Every value, and a non-string, is refused in the field `with` fills.
    fn all_refused(values: &[&'static [u8]], with: impl Fn(Field<'static>) -> Request<'static>) {
        for &value in values {
            assert!(!yes(&with(Field::Value(value))), "{value:?}");
        }
        assert!(!yes(&with(Field::Malformed)));
    }

    #[test]
    fn safe_methods_pass_whatever_the_headers() {
        for method in [&b"GET"[..], b"HEAD", b"OPTIONS"] {
            let request = Request {
                method: Field::Value(method),
                fetch_site: Field::Value(b"cross-site"),
                origin: Field::Value(b"https://evil.example"),
                ..POST
            };
            assert!(yes(&request), "{method:?}");
        }
    }

    #[test]
    fn methods_are_case_sensitive() {
        all_refused(
            &[
                b"get", b"Get", b"GET\0", b"GET ", b"PUT", b"DELETE", b"PATCH",
            ],
            |method| Request {
                method,
                fetch_site: Field::Value(b"cross-site"),
                ..POST
            },
        );
    }

    #[test]
    fn fetch_site_decides_when_present() {
        assert!(yes(&site(b"same-origin")));
        assert!(yes(&site(b"none")));
        assert!(!yes(&site(b"same-site")));
        assert!(!yes(&site(b"cross-site")));
    }

    #[test]
    fn fetch_site_values_are_exact_tokens() {
        all_refused(
            &[
                b"Same-Origin",
                b"SAME-ORIGIN",
                b"same-origin ",
                b" none",
                b"same-origin\0",
                b"",
                b"same-origin, none",
                b"unknown",
            ],
            |fetch_site| Request { fetch_site, ..POST },
        );
    }

    #[test]
    fn fetch_site_wins_over_a_matching_origin() {
        let request = Request {
            fetch_site: Field::Value(b"cross-site"),
            origin: Field::Value(b"http://example.com"),
            ..POST
        };
        assert!(!yes(&request));
    }

    #[test]
    fn trusted_origins_lift_same_site_and_cross_site() {
        let trusted = b"https://app.example  http://other.example:8080\thttps://[::1]";
        for fetch_site in [&b"same-site"[..], b"cross-site"] {
            for (origin, expected) in [
                (&b"https://app.example"[..], true),
                (b"https://APP.example:443", true),
                (b"HTTPS://app.example", true),
                (b"http://other.example:8080", true),
                (b"https://[0:0::1]:443", true),
                (b"http://app.example", false),
                (b"https://app.example:8443", false),
                (b"http://other.example", false),
                (b"https://evil.example", false),
                (b"null", false),
                (b"https://app.example\0", false),
            ] {
                let request = Request {
                    fetch_site: Field::Value(fetch_site),
                    origin: Field::Value(origin),
                    ..POST
                };
                assert_eq!(is_same_origin(&request, trusted), expected, "{origin:?}");
            }
            let no_origin = Request {
                fetch_site: Field::Value(fetch_site),
                ..POST
            };
            assert!(!is_same_origin(&no_origin, trusted));
        }
    }

    #[test]
    fn malformed_trusted_entries_match_nothing() {
        let request = Request {
            fetch_site: Field::Value(b"cross-site"),
            origin: Field::Value(b"https://app.example"),
            ..POST
        };
        for trusted in [
            &b"https://app.example/"[..],
            b"app.example",
            b"https://app.example:0",
            b"https://app.example:99999",
            b"*",
            b"null",
        ] {
            assert!(!is_same_origin(&request, trusted), "{trusted:?}");
        }
        assert!(is_same_origin(
            &request,
            b"junk https://app.example/ https://app.example"
        ));
    }

    #[test]
    fn origin_must_name_the_host() {
        pairs(&[
            (b"http://example.com", b"example.com", true),
            (b"http://EXAMPLE.com", b"example.com", true),
            (b"HTTP://example.com:80", b"example.com", true),
            (b"http://example.org", b"example.com", false),
            (b"http://sub.example.com", b"example.com", false),
            (b"http://example.com:8080", b"example.com", false),
            (b"http://example.com", b"Example.COM", true),
            (b"http://example.com", b"example.com:80", true),
            (b"http://example.com:8080", b"example.com:8080", true),
            (b"http://example.com", b"example.com:8080", false),
        ]);
    }

    #[test]
    fn default_ports_follow_the_request_scheme() {
        assert!(yes(&https(origin(b"https://example.com"))));
        assert!(yes(&https(origin(b"https://example.com:443"))));
        assert!(!yes(&https(origin(b"http://example.com"))));
        let explicit = with_host(origin(b"https://example.com"), b"example.com:443");
        assert!(yes(&https(explicit)));
        pairs(&[
            (b"https://example.com", b"example.com", false),
            (b"https://example.com", b"example.com:443", true),
            (b"http://example.com:443", b"example.com:443", true),
        ]);
        for value in [&b""[..], b"off", b"OFF"] {
            let request = Request {
                https: Field::Value(value),
                scheme: Field::Value(b"https"),
                ..origin(b"https://example.com")
            };
            assert!(!yes(&request), "HTTPS={value:?}");
        }
        let by_scheme = Request {
            scheme: Field::Value(b"HTTPS"),
            ..origin(b"https://example.com")
        };
        assert!(yes(&by_scheme));
    }

    #[test]
    fn a_known_request_scheme_must_be_the_origins() {
        assert!(!yes(&https(origin(b"http://example.com:443"))));
        assert!(!yes(&https(with_host(
            origin(b"http://example.com:443"),
            b"example.com:443"
        ))));
        let plain = Request {
            scheme: Field::Value(b"http"),
            ..origin(b"https://example.com:80")
        };
        assert!(!yes(&plain));
        let off = Request {
            https: Field::Value(b"off"),
            ..with_host(origin(b"https://example.com:8443"), b"example.com:8443")
        };
        assert!(!yes(&off));
        let unknown = with_host(origin(b"http://example.com:443"), b"example.com:443");
        assert!(yes(&unknown));
    }

    #[test]
    fn ipv6_hosts_compare_as_addresses() {
        pairs(&[
            (b"http://[::1]:8080", b"[::1]:8080", true),
            (b"http://[0:0:0:0:0:0:0:1]", b"[::1]", true),
            (b"http://[2001:DB8::1]", b"[2001:db8::1]:80", true),
            (b"http://[::1]", b"[::2]", false),
            (b"http://[::1]:8080", b"[::1]", false),
            (b"http://::1", b"::1", false),
            (b"http://[::1", b"[::1", false),
            (b"http://[fe80::1%25eth0]", b"[fe80::1%25eth0]", false),
            (b"http://[::1]x", b"[::1]x", false),
        ]);
    }

    #[test]
    fn malformed_origins_fail() {
        all_refused(
            &[
                b"null",
                b"",
                b"example.com",
                b"http://",
                b"http://example.com/",
                b"http://example.com/path",
                b"http://user@example.com",
                b"http://example.com:",
                b"http://example.com:0",
                b"http://example.com:65536",
                b"http://example.com:123456",
                b"http://example.com:+80",
                b"http://example.com\0",
                b"http://exa\0mple.com",
                b"http://example.com ",
                b"1http://example.com",
                b"ht tp://example.com",
                b"://example.com",
            ],
            |origin| Request { origin, ..POST },
        );
    }

    #[test]
    fn only_web_schemes_match_the_host() {
        assert!(!yes(&with_host(
            origin(b"ftp://example.com:80"),
            b"example.com:80"
        )));
        let extension = origin(b"chrome-extension://abcdef");
        assert!(!yes(&extension));
        assert!(is_same_origin(&extension, b"chrome-extension://abcdef"));
    }

    #[test]
    fn a_bad_host_fails_an_origin_check() {
        all_refused(
            &[
                b"",
                b"example.com\0",
                b"example.com:",
                b"exa mple.com",
                b"example.com:80:80",
            ],
            |host| Request {
                host,
                ..origin(b"http://example.com")
            },
        );
        let no_host = Request {
            host: Field::Absent,
            ..origin(b"http://example.com")
        };
        assert!(!yes(&no_host));
    }

    #[test]
    fn no_headers_means_no_browser_to_protect() {
        assert!(yes(&POST));
        let no_host = Request {
            host: Field::Absent,
            method: Field::Absent,
            ..POST
        };
        assert!(yes(&no_host));
    }

    #[test]
    fn ports_parse_strictly() {
        assert_eq!(parse_port(b"1"), Some(1));
        assert_eq!(parse_port(b"65535"), Some(65535));
        assert_eq!(parse_port(b"00080"), Some(80));
        for bad in [&b""[..], b"0", b"65536", b"-1", b"8a", b"000080"] {
            assert_eq!(parse_port(bad), None, "{bad:?}");
        }
    }
}
