//! The live page's links: a token anyone with the link may use, kept only as its hash.
//!
//! A token is 160 random bits written as 40 lowercase hex digits (the caller supplies
//! the random bytes: the core does no I/O). The store keeps SHA-256 of it, so a copy of
//! the database does not open anyone's page.

use sha2::{Digest, Sha256};
use std::fmt;

/// Random bytes in a token.
pub const TOKEN_BYTES: usize = 20;

/// A page token, as it appears in a link. Its `Debug` and `Display` never show it, so
/// that it cannot reach a log line by accident; `as_link_part` does, on purpose.
#[derive(Clone, PartialEq, Eq)]
pub struct TvToken(String);

impl TvToken {
    pub fn from_random(bytes: [u8; TOKEN_BYTES]) -> TvToken {
        TvToken(hex::encode(bytes))
    }

    /// A token read from a request path: 40 lowercase hex digits, or nothing.
    pub fn parse(text: &str) -> Option<TvToken> {
        let ok = text.len() == TOKEN_BYTES * 2
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| TvToken(text.to_string()))
    }

    /// What the store keeps: SHA-256 of the token, in hex.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    /// The token as the link's last path segment.
    pub fn as_link_part(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for TvToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TvToken(…)")
    }
}

/// The page's path for a token.
pub fn page_path(token: &TvToken) -> String {
    format!("/tv/{}", token.as_link_part())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_reads_back_and_hashes_the_same_way() {
        let token = TvToken::from_random([0xab; TOKEN_BYTES]);
        assert_eq!(token.as_link_part().len(), 40);
        let read = TvToken::parse(token.as_link_part()).unwrap();
        assert_eq!(read.hash(), token.hash());
        assert_ne!(token.hash(), token.as_link_part());
        assert_eq!(format!("{token:?}"), "TvToken(…)");
    }

    #[test]
    fn anything_but_forty_lowercase_hex_digits_is_no_token() {
        for bad in [
            "",
            "abc",
            &"A".repeat(40),
            &"g".repeat(40),
            &"a".repeat(41),
            "../etc/passwd",
        ] {
            assert!(TvToken::parse(bad).is_none(), "{bad}");
        }
    }
}
